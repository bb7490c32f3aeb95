//! `cargo xtask bench`: the release build and its sizes, then, in headless Chromium
//! (xtask/bench), cold loads of the app against a hand-made baseline page, the story page's
//! interactions (Event Timing, 4× CPU), repeat visits and Lighthouse (mobile). Both sites
//! are served by `preview`, as their host would. A full run writes the figures into
//! docs/performance.md; it fails only when something cannot run.

use crate::build::{self, Options};
use crate::project::{self, Result};
use crate::size::{self, Sizes};
use crate::{e2e, flags, headers, preview, publish, tools};
use serde::Deserialize;
use std::path::Path;
use xshell::cmd;

/// Cold loads per page and condition. On a 2-core machine single loads under 4× throttling
/// range over 2–3×; 15 loads take about 5 minutes.
const DEFAULT_RUNS: u32 = 15;

/// Where the figures go, between these markers; the rest of the file is written by hand.
const REPORT: &str = "docs/performance.md";
const START: &str = "<!-- bench:start: written by `cargo xtask bench`, do not edit -->";
const END: &str = "<!-- bench:end -->";

/// What the harness measured: rows of the one table, already formatted.
#[derive(Debug, Deserialize)]
struct Results {
    chromium: String,
    rows: Vec<Row>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Row {
    /// A heading row when `metric` is empty.
    section: String,
    metric: String,
    app: String,
    baseline: String,
    /// The ratio, or the target.
    note: String,
}

/// The `--…-only` flag given, if one is (at most one, and `--runs` only with the loads).
fn only(flags: &flags::Bench) -> Result<Option<&'static str>> {
    let only = [
        ("--loads-only", flags.loads_only),
        ("--interactions-only", flags.interactions_only),
        ("--repeat-only", flags.repeat_only),
        ("--studio-only", flags.studio_only),
        ("--lighthouse-only", flags.lighthouse_only),
    ]
    .into_iter()
    .filter(|(_, on)| *on)
    .map(|(flag, _)| flag)
    .collect::<Vec<_>>();
    if only.len() > 1 {
        return Err(format!("{} exclude each other", only.join(" and ")));
    }
    if flags.runs.is_some() && !matches!(only[..], [] | ["--loads-only"]) {
        return Err("--runs sets the cold loads, which this part skips".into());
    }
    Ok(only.first().copied())
}

pub fn run(flags: flags::Bench) -> Result {
    let only = only(&flags)?;

    // Built as a newsroom publishes it, knowing its address (absolute hreflang and
    // canonical links): the address it is then served at.
    let port = free_port()?;
    let site = format!("http://127.0.0.1:{port}/");
    tools::setup(false)?;
    let options = Options {
        site_url: Some(site.clone()),
        ..Options::default()
    };
    build::trunk_build(&options, &[])?;
    size::run()?;
    let root = project::root();
    let baseline = root.join("target/bench/baseline");
    prepare_baseline(&root.join("xtask/bench/baseline"), &baseline)?;
    let sizes = size_rows(&root.join("dist"), &baseline)?;
    preview::spawn(&root.join("dist"), port)?;
    let baseline_port = preview::spawn(&baseline, 0)?;

    let sh = project::shell()?;
    // Lighthouse and chrome-launcher are pinned in xtask/bench; playwright-core comes from
    // the end-to-end tests.
    if !sh.path_exists("xtask/bench/node_modules/lighthouse") {
        let _dir = sh.push_dir("xtask/bench");
        project::run(cmd!(sh, "npm ci --no-audit --no-fund"))?;
    }
    e2e::install()?;
    let results = root.join("target/bench/results.json");
    let runs = flags.runs.map_or(DEFAULT_RUNS, |n| n.get()).to_string();
    let counts = [
        ("--interaction-runs", flags.interaction_runs),
        ("--lighthouse-runs", flags.lighthouse_runs),
        ("--repeat-runs", flags.repeat_runs),
        ("--studio-runs", flags.studio_runs),
    ]
    .into_iter()
    .filter_map(|(flag, n)| n.map(|n| [flag.to_string(), n.to_string()]))
    .flatten();
    let baseline_origin = format!("http://127.0.0.1:{baseline_port}/");
    let parts = only.iter();
    project::run(cmd!(
        sh,
        "node xtask/bench/main.mjs --app {site} --baseline {baseline_origin} --results {results} --runs {runs} {counts...} {parts...}"
    ))?;
    if only.is_some() {
        println!("one part only: {REPORT} left as it is");
        return Ok(());
    }
    let text = std::fs::read_to_string(&results)
        .map_err(|e| format!("cannot read {}: {e}", results.display()))?;
    let results: Results =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", results.display()))?;
    let figures = figures(&machine(&results.chromium), &sizes, &results.rows);
    let report = root.join(REPORT);
    let old = std::fs::read_to_string(&report).unwrap_or_default();
    std::fs::write(&report, splice(&old, &figures))
        .map_err(|e| format!("cannot write {}: {e}", report.display()))?;
    println!("wrote {REPORT}");
    Ok(())
}

/// The baseline page as a host serves it: a copy with its precompressed files and a
/// `_headers` file, so that `preview` serves it as it serves dist/.
fn prepare_baseline(source: &Path, target: &Path) -> Result {
    let sh = project::shell()?;
    let _ = sh.remove_path(target);
    sh.create_dir(target).map_err(|e| e.to_string())?;
    for file in sh.read_dir(source).map_err(|e| e.to_string())? {
        sh.copy_file(&file, target).map_err(|e| e.to_string())?;
    }
    let rules = "/*\n  X-Content-Type-Options: nosniff\n  Cache-Control: no-cache\n";
    sh.write_file(target.join(headers::FILE), rules)
        .map_err(|e| e.to_string())?;
    publish::precompress(target).map(|_| ())
}

/// First loads, brotli: each kind of page's heaviest against the whole baseline page.
fn size_rows(dist: &Path, baseline: &Path) -> Result<Vec<Row>> {
    let app = size::measure_dir(dist)?;
    let mut base = size::measure_dir(baseline)?;
    // The host reads it; no page loads it.
    base.retain(|(name, _)| name != headers::FILE);
    let base_total = size::total(&base);
    let heaviest = |story: bool| -> Sizes {
        size::pages(&app, story)
            .iter()
            .map(|page| size::first_load(&app, page))
            .max_by_key(|s| s.brotli)
            .unwrap_or_default()
    };
    let mut rows = vec![section(
        "Sizes: first load, brotli (q11), every file it loads",
    )];
    for (label, sizes) in [
        ("story page", heaviest(true)),
        ("single chart page", heaviest(false)),
    ] {
        rows.push(Row {
            section: String::new(),
            metric: label.into(),
            app: kib(sizes.brotli),
            baseline: kib(base_total.brotli),
            note: ratio(sizes.brotli, base_total.brotli),
        });
    }
    Ok(rows)
}

fn section(title: &str) -> Row {
    Row {
        section: title.into(),
        metric: String::new(),
        app: String::new(),
        baseline: String::new(),
        note: String::new(),
    }
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

fn ratio(a: u64, b: u64) -> String {
    if b == 0 {
        "–".into()
    } else {
        format!("× {:.2}", a as f64 / b as f64)
    }
}

/// The machine, the day, the commit and the browser the figures come from.
fn machine(chromium: &str) -> String {
    let read = |file: &str, key: &str| {
        std::fs::read_to_string(file)
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                l.strip_prefix(key)
                    .map(|v| v.trim_start_matches([' ', '\t', ':', '=']))
            })
            .map(|v| v.trim().trim_matches('"').to_string())
    };
    let sh = project::shell().ok();
    let out = |program: &str, args: &[&str]| {
        sh.as_ref()
            .and_then(|sh| project::probe(sh.cmd(program).args(args)))
            .unwrap_or_else(|| "unknown".into())
    };
    let cpu = read("/proc/cpuinfo", "model name").unwrap_or_else(|| "unknown CPU".into());
    let memory = read("/proc/meminfo", "MemTotal")
        .and_then(|kb| kb.trim_end_matches(" kB").parse::<u64>().ok())
        .map_or("unknown".into(), |kb| {
            format!("{:.1} GiB", kb as f64 / 1048576.0)
        });
    let os = read("/etc/os-release", "PRETTY_NAME").unwrap_or_else(|| "unknown OS".into());
    format!(
        "Measured {} at commit `{}` on {cpu} ({} cores, {memory} memory), {os}, {chromium}.",
        out("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
        out("git", &["rev-parse", "--short", "HEAD"]),
        out("nproc", &[]),
    )
}

/// The generated part of the report: the machine, then one table.
fn figures(machine: &str, sizes: &[Row], rows: &[Row]) -> String {
    let mut out = format!(
        "{machine}\n\nThe app is the story as built (`dist/`); the baseline a hand-made page of \
         the same charts (`xtask/bench/baseline/`), measured in the same run, both served by \
         `cargo xtask preview`.\n\n| | app | baseline | app ÷ baseline, or target |\n|---|--:|--:|--:|\n"
    );
    for row in sizes.iter().chain(rows) {
        if row.metric.is_empty() {
            out.push_str(&format!("| **{}** | | | |\n", row.section));
        } else {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                row.metric, row.app, row.baseline, row.note
            ));
        }
    }
    out
}

/// `old` with the text between the markers replaced by `figures`; a file without them
/// gets them, after what it had (or after a title, for a new file).
fn splice(old: &str, figures: &str) -> String {
    let block = format!("{START}\n{figures}{END}");
    match (old.find(START), old.find(END)) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{block}{}", &old[..start], &old[end + END.len()..])
        }
        _ if old.trim().is_empty() => format!("# Performance\n\n{block}\n"),
        _ => format!("{}\n\n{block}\n", old.trim_end()),
    }
}

/// A port nothing listens on now (the system's choice for port 0).
fn free_port() -> Result<u16> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_replace_only_what_is_between_the_markers() {
        let old = format!(
            "# Performance\n\nintro\n\n{START}\nold table\n{END}\n\n## What dominates\n\nkept\n"
        );
        let new = splice(&old, "new table\n");
        assert_eq!(
            new,
            format!(
                "# Performance\n\nintro\n\n{START}\nnew table\n{END}\n\n## What dominates\n\nkept\n"
            )
        );
        assert_eq!(
            splice(&new, "new table\n"),
            new,
            "a second run changes nothing"
        );
        assert_eq!(
            splice("", "t\n"),
            format!("# Performance\n\n{START}\nt\n{END}\n")
        );
        assert_eq!(
            splice("# P\n\nhand\n", "t\n"),
            format!("# P\n\nhand\n\n{START}\nt\n{END}\n")
        );
    }

    #[test]
    fn the_report_keeps_its_hand_written_sections() {
        let stored = std::fs::read_to_string(project::root().join(REPORT)).unwrap();
        let (start, end) = (stored.find(START).unwrap(), stored.find(END).unwrap());
        let new = splice(&stored, "| figures |\n");
        assert_eq!(new[..start], stored[..start]);
        assert!(new.ends_with(&stored[end + END.len()..]));
        assert!(new.contains("## What dominates and why"));
    }

    #[test]
    fn one_table_with_a_heading_row_per_section() {
        let rows = [
            section("Cold load"),
            Row {
                section: "Cold load".into(),
                metric: "first paint".into(),
                app: "120 ms".into(),
                baseline: "100 ms".into(),
                note: "× 1.20".into(),
            },
        ];
        let text = figures("Measured today.", &[], &rows);
        assert!(text.starts_with("Measured today.\n\n"));
        let table: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(table.len(), 4, "{text}");
        assert_eq!(table[2], "| **Cold load** | | | |");
        assert_eq!(table[3], "| first paint | 120 ms | 100 ms | × 1.20 |");
        assert_eq!(
            (kib(2048), ratio(3, 2), ratio(1, 0)),
            ("2.0 KiB".into(), "× 1.50".into(), "–".into())
        );
    }

    #[test]
    fn one_part_at_a_time_and_runs_only_with_the_loads() {
        let bench = |words: &[&str]| {
            let mut all = vec!["bench"];
            all.extend(words);
            match flags::Xtask::from_vec(all.into_iter().map(Into::into).collect()) {
                Ok(flags::Xtask {
                    subcommand: flags::XtaskCmd::Bench(b),
                }) => only(&b),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(bench(&[]), Ok(None));
        assert_eq!(
            bench(&["--loads-only", "--runs", "2"]),
            Ok(Some("--loads-only"))
        );
        let both = bench(&["--repeat-only", "--lighthouse-only"]).unwrap_err();
        assert_eq!(
            both,
            "--repeat-only and --lighthouse-only exclude each other"
        );
        assert!(bench(&["--repeat-only", "--runs", "2"]).is_err());
    }

    #[test]
    fn the_harness_results_are_read() {
        let results: Results = serde_json::from_str(
            r#"{"chromium":"Chromium 1","rows":[{"section":"s","metric":"m","app":"1","baseline":"2","note":""}]}"#,
        )
        .unwrap();
        assert_eq!(results.rows[0].metric, "m");
    }
}
