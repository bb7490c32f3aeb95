//! `cargo xtask bench`: the release build, the sizes of dist/, then load timings of the app
//! against a hand-made baseline page in headless Chromium, the story page's interactions
//! (Event Timing, 4× CPU), then Lighthouse (mobile) on the story page, a chart page and the
//! baseline (xtask/bench/bench.mjs). It prints figures; it fails only
//! when something cannot run.

use crate::cmd::{self, Cmd, Result};
use crate::{build, e2e, size};

/// Cold loads per page and condition. On a 2-core machine single loads under 4× throttling
/// range over 2–3× (the baseline page: 204–512 ms), and the same baseline page's median of 7
/// was 448 ms in one run and 192 ms in another; 15 loads take about 5 minutes.
const DEFAULT_RUNS: u32 = 15;

/// Lighthouse runs per page. Its simulated throttling scales the CPU time of one unthrottled
/// load, so a busy machine still moves it (story page on a 2-core machine: performance 74–87,
/// TBT 490–1187 ms over 3 runs); 3 runs of the 3 pages take about 75 s.
const DEFAULT_LIGHTHOUSE_RUNS: u32 = 3;

const USAGE: &str = "bench [--runs N] [--interaction-runs N] [--lighthouse-runs N] [--repeat-runs N] [--loads-only | --interactions-only | --lighthouse-only | --repeat-only]";

/// The parts of the bench after the build and the sizes; `--…-only` runs one of them alone.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// Cold loads of the app and the baseline page.
    Loads,
    Interactions,
    /// Warm-cache repeat visits, served with the published headers.
    Repeat,
    Lighthouse,
}

impl Part {
    fn only_flag(self) -> &'static str {
        match self {
            Part::Loads => "--loads-only",
            Part::Interactions => "--interactions-only",
            Part::Repeat => "--repeat-only",
            Part::Lighthouse => "--lighthouse-only",
        }
    }
}

#[derive(Debug)]
struct Args {
    /// Cold loads per page and condition for the load timings.
    runs: Option<u32>,
    lighthouse_runs: u32,
    /// Sequences of interactions (bench.mjs's default when absent).
    interaction_runs: Option<u32>,
    /// Repeat visits per page (bench.mjs's default when absent).
    repeat_runs: Option<u32>,
    /// Only this part, after the build and sizes.
    only: Option<Part>,
}

fn parse(args: &[String]) -> Result<Args> {
    let mut parsed = Args {
        runs: None,
        lighthouse_runs: DEFAULT_LIGHTHOUSE_RUNS,
        interaction_runs: None,
        repeat_runs: None,
        only: None,
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let count = |value: Option<&String>| -> Result<u32> {
            let value = value.ok_or_else(|| format!("{flag} needs a value (usage: {USAGE})"))?;
            value
                .parse()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("{flag} needs a positive integer, not `{value}`"))
        };
        let only = [
            Part::Loads,
            Part::Interactions,
            Part::Repeat,
            Part::Lighthouse,
        ]
        .into_iter()
        .find(|part| part.only_flag() == flag);
        match (flag.as_str(), only) {
            (_, Some(part)) => {
                if let Some(other) = parsed.only.filter(|&o| o != part) {
                    return Err(format!(
                        "{} and {} exclude each other",
                        other.only_flag(),
                        part.only_flag()
                    ));
                }
                parsed.only = Some(part);
            }
            ("--runs", _) => parsed.runs = Some(count(args.next())?),
            ("--lighthouse-runs", _) => parsed.lighthouse_runs = count(args.next())?,
            ("--interaction-runs", _) => parsed.interaction_runs = Some(count(args.next())?),
            ("--repeat-runs", _) => parsed.repeat_runs = Some(count(args.next())?),
            _ => return Err(format!("unknown argument `{flag}` (usage: {USAGE})")),
        }
    }
    if parsed.only.is_some_and(|p| p != Part::Loads) && parsed.runs.is_some() {
        return Err("--runs sets the load timings, which the --…-only flags skip".into());
    }
    Ok(parsed)
}

pub fn run(args: &[String]) -> Result {
    let args = parse(args)?;
    // Built as a newsroom publishes it, knowing its address (absolute hreflang and
    // canonical links): the address bench.mjs then serves it at.
    let port = free_port()?;
    let site = format!("http://127.0.0.1:{port}/");
    build::build(&["--site-url".to_string(), site])?;
    size::run()?;
    // Lighthouse and chrome-launcher are pinned in xtask/bench; bench.mjs always imports them.
    let bench = cmd::root().join("xtask").join("bench");
    if !bench.join("node_modules").join("lighthouse").exists() {
        println!("installing lighthouse (xtask/bench/package-lock.json)…");
        Cmd::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .dir(&bench)
            .run()?;
    }
    // playwright-core (and the harness's preview server) come from the end-to-end tests.
    e2e::install()?;
    let mut node = Cmd::new("node")
        .arg("xtask/bench/bench.mjs")
        .args(["--lighthouse-runs", &args.lighthouse_runs.to_string()])
        .args(["--app-port", &port.to_string()])
        .env(e2e::XTASK_VARIABLE, e2e::xtask_binary()?);
    for (flag, value) in [
        ("--interaction-runs", args.interaction_runs),
        ("--repeat-runs", args.repeat_runs),
    ] {
        if let Some(n) = value {
            node = node.args([flag, &n.to_string()]);
        }
    }
    if let Some(part) = args.only {
        node = node.arg(part.only_flag());
    }
    if matches!(args.only, None | Some(Part::Loads)) {
        node = node.args(["--runs", &args.runs.unwrap_or(DEFAULT_RUNS).to_string()]);
    }
    node.run()
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

    fn args(words: &[&str]) -> Result<Args> {
        parse(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn one_part_alone_and_counts() {
        let parsed = args(&["--repeat-only", "--repeat-runs", "3"]).unwrap();
        assert_eq!(
            (parsed.only, parsed.repeat_runs),
            (Some(Part::Repeat), Some(3))
        );
        assert_eq!(args(&[]).unwrap().only, None);
        let both = args(&["--repeat-only", "--lighthouse-only"]).unwrap_err();
        assert!(
            both.contains("--repeat-only and --lighthouse-only"),
            "{both}"
        );
        assert!(args(&["--repeat-only", "--runs", "2"]).is_err());
        let loads = args(&["--loads-only", "--runs", "2"]).unwrap();
        assert_eq!((loads.only, loads.runs), (Some(Part::Loads), Some(2)));
        assert!(args(&["--repeat-runs", "0"])
            .unwrap_err()
            .contains("positive"));
        assert!(args(&["--fast"]).unwrap_err().contains("unknown argument"));
    }
}
