//! `cargo xtask size`: raw, gzip -9 and brotli (quality 11, window 22) sizes of every file
//! in dist/, as served compressed by a typical static host.

use crate::project::{self, Result};
use crate::publish::{brotli, gzip, relative_files};
use crate::{bundle, headers};
use serde::Deserialize;
use std::path::Path;

/// Sizes in bytes of one file (or a total).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl std::ops::Add for Sizes {
    type Output = Sizes;
    fn add(self, other: Sizes) -> Sizes {
        Sizes {
            raw: self.raw + other.raw,
            gzip: self.gzip + other.gzip,
            brotli: self.brotli + other.brotli,
        }
    }
}

/// Measures one buffer: raw length, gzip -9 length, brotli q11/w22 length.
pub fn measure(bytes: &[u8]) -> Sizes {
    Sizes {
        raw: bytes.len() as u64,
        gzip: gzip(bytes).len() as u64,
        brotli: brotli(bytes).len() as u64,
    }
}

pub fn total(rows: &[(String, Sizes)]) -> Sizes {
    rows.iter().fold(Sizes::default(), |sum, (_, s)| sum + *s)
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// An aligned table: a header, one row per file, a rule and a total line.
pub fn table(rows: &[(String, Sizes)]) -> String {
    let sum = total(rows);
    let total_row = (format!("total ({} files)", rows.len()), sum);
    let all = || rows.iter().chain(std::iter::once(&total_row));
    let name = all()
        .map(|(n, _)| n.chars().count())
        .max()
        .unwrap_or(0)
        .max(4);
    // The widest number is the total's raw size.
    let num = sum.raw.to_string().len().max("brotli".len());
    let line = |n: &str, r: &str, g: &str, b: &str| {
        format!("{n:<name$}  {r:>num$}  {g:>num$}  {b:>num$}\n")
    };
    let mut out = line("file", "raw", "gzip", "brotli");
    for (i, (n, s)) in all().enumerate() {
        if i == rows.len() {
            out.push_str(&"-".repeat(name + 3 * num + 6));
            out.push('\n');
        }
        out.push_str(&line(
            n,
            &s.raw.to_string(),
            &s.gzip.to_string(),
            &s.brotli.to_string(),
        ));
    }
    out.push_str(&format!(
        "total: raw {}, gzip {}, brotli {}\n",
        kib(sum.raw),
        kib(sum.gzip),
        kib(sum.brotli)
    ));
    out
}

/// Measures every file under `dir` (but precompressed variants); names as
/// [`relative_files`].
pub fn measure_dir(dir: &Path) -> Result<Vec<(String, Sizes)>> {
    relative_files(dir)?
        .into_iter()
        .map(|name| {
            let path = dir.join(&name);
            let bytes =
                std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok((name, measure(&bytes)))
        })
        .collect()
}

pub fn run() -> Result {
    let dist = project::root().join("dist");
    if !dist.is_dir() {
        return Err(format!(
            "{} does not exist: run `cargo xtask build` first",
            dist.display()
        ));
    }
    let rows = measure_dir(&dist)?;
    if rows.is_empty() {
        return Err(format!(
            "{} is empty: run `cargo xtask build`",
            dist.display()
        ));
    }
    println!("sizes of dist/ (gzip -9, brotli quality 11 window 22):");
    print!("{}", table(&rows));
    let budget = read_budget(&project::root().join("xtask").join("size-budget.toml"))?;
    check_budget(&rows, &budget)
}

/// What the stored budget allows each kind of page to load first (brotli bytes).
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    #[serde(rename = "story_page_brotli_bytes")]
    pub story_page: u64,
    #[serde(rename = "chart_page_brotli_bytes")]
    pub chart_page: u64,
}

/// The files every page loads besides itself: the top level of dist/ but for pages, the
/// headers file and what only host pages load (`embed.js`, the script embed's bundle
/// `rural-story-embed*`).
fn shared(rows: &[(String, Sizes)]) -> Vec<(String, Sizes)> {
    rows.iter()
        .filter(|(name, _)| {
            !name.contains('/')
                && !name.ends_with(".html")
                && name != "embed.js"
                && name != headers::FILE
                && !name.starts_with("rural-story-embed")
        })
        .cloned()
        .collect()
}

/// Every prerendered page of one kind (each language's): the story pages (`index.html`,
/// `en/index.html`) or the single charts' (`chart-<id>.html`, `en/chart-<id>.html`).
pub fn pages(rows: &[(String, Sizes)], story: bool) -> Vec<(String, Sizes)> {
    rows.iter()
        .filter(|(name, _)| {
            let file = name.strip_prefix("en/").unwrap_or(name);
            !file.contains('/')
                && if story {
                    file == "index.html"
                } else {
                    file.starts_with("chart-") && file.ends_with(".html")
                }
        })
        .cloned()
        .collect()
}

/// The first load of `page`: the page and the files every page shares.
pub fn first_load(rows: &[(String, Sizes)], page: &(String, Sizes)) -> Sizes {
    let mut loaded = shared(rows);
    loaded.push(page.clone());
    total(&loaded)
}

/// The story studio's first load: its page (`studio/index.html`) and the files of its folder
/// (stylesheet, loader, glue, wasm), which only it loads; `None` if there is no studio.
pub fn studio_first_load(rows: &[(String, Sizes)]) -> Option<Sizes> {
    let folder = format!("{}/", bundle::STUDIO.folder);
    let loaded: Vec<(String, Sizes)> = rows
        .iter()
        .filter(|(name, _)| name.starts_with(&folder))
        .cloned()
        .collect();
    let page = format!("{folder}index.html");
    loaded
        .iter()
        .any(|(name, _)| *name == page)
        .then(|| total(&loaded))
}

fn read_budget(path: &Path) -> Result<Budget> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Prints the heaviest first load of each kind of page and fails if any page is over its
/// budget (or if there is no story page at all).
pub fn check_budget(rows: &[(String, Sizes)], budget: &Budget) -> Result {
    let mut over = Vec::new();
    for (kind, story, limit) in [
        ("story page", true, budget.story_page),
        ("chart page", false, budget.chart_page),
    ] {
        let loads: Vec<(String, Sizes)> = pages(rows, story)
            .iter()
            .map(|page| (page.0.clone(), first_load(rows, page)))
            .collect();
        let Some((name, heaviest)) = loads.iter().max_by_key(|(_, s)| s.brotli) else {
            if story {
                return Err("no story page (index.html) in dist/".into());
            }
            continue;
        };
        println!(
            "first load of a {kind}: at most {} bytes brotli ({name}: {} gzip, {} raw) over {} pages; budget {limit} bytes brotli",
            heaviest.brotli,
            heaviest.gzip,
            heaviest.raw,
            loads.len()
        );
        over.extend(
            loads
                .iter()
                .filter(|(_, s)| s.brotli > limit)
                .map(|(name, s)| {
                    format!(
                        "{name} loads {} bytes brotli first, over the {kind} budget of {limit}",
                        s.brotli
                    )
                }),
        );
    }
    // Reported, not budgeted: the studio is for newsrooms, not readers.
    if let Some(studio) = studio_first_load(rows) {
        println!(
            "first load of the studio page: {} bytes brotli ({} gzip, {} raw); no budget",
            studio.brotli, studio.gzip, studio.raw
        );
    }
    if over.is_empty() {
        Ok(())
    } else {
        Err(format!("{} (xtask/size-budget.toml)", over.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn repetitive() -> Vec<u8> {
        "<div class=\"story\">乡村 rural story</div>\n"
            .repeat(500)
            .into_bytes()
    }

    #[test]
    fn compression_shrinks_repetitive_data_and_round_trips() {
        let data = repetitive();
        let sizes = measure(&data);
        assert_eq!(sizes.raw, data.len() as u64);
        assert!(sizes.gzip < sizes.raw, "{sizes:?}");
        assert!(sizes.brotli < sizes.raw, "{sizes:?}");

        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&gzip(&data)[..])
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, data);
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(&brotli(&data)[..], 4096)
            .read_to_end(&mut unbrotlied)
            .unwrap();
        assert_eq!(unbrotlied, data);
    }

    #[test]
    fn empty_input_is_measured() {
        let sizes = measure(b"");
        assert_eq!(sizes.raw, 0);
        assert!(sizes.gzip > 0, "a gzip stream has a header");
    }

    #[test]
    fn totals_add_up_and_table_is_aligned() {
        let rows = vec![
            (
                "index.html".to_string(),
                Sizes {
                    raw: 1000,
                    gzip: 400,
                    brotli: 300,
                },
            ),
            (
                "app_bg.wasm".to_string(),
                Sizes {
                    raw: 200000,
                    gzip: 80000,
                    brotli: 60000,
                },
            ),
            ("app.js".to_string(), measure(&repetitive())),
        ];
        let sum = total(&rows);
        assert_eq!(sum.raw, 1000 + 200000 + rows[2].1.raw);
        assert_eq!(sum.gzip, 400 + 80000 + rows[2].1.gzip);
        assert_eq!(sum.brotli, 300 + 60000 + rows[2].1.brotli);

        let text = table(&rows);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("file") && lines[0].ends_with("brotli"));
        assert!(lines[2].starts_with("app_bg.wasm") && lines[2].ends_with("60000"));
        assert!(lines[5].starts_with("total (3 files)"));
        assert!(lines[5].ends_with(&sum.brotli.to_string()));
        // Header, rows, rule and total line have the same width.
        let width = lines[0].chars().count();
        assert!(
            lines[..6].iter().all(|l| l.chars().count() == width),
            "{text}"
        );
    }

    #[test]
    fn budgets_count_each_page_with_what_it_loads_and_fail_above_them() {
        let row = |name: &str, brotli: u64| {
            (
                name.to_string(),
                Sizes {
                    raw: brotli * 3,
                    gzip: brotli * 2,
                    brotli,
                },
            )
        };
        let rows = vec![
            row("index.html", 10),
            row("en/index.html", 12),
            row("app_bg.wasm", 100),
            row("embed.js", 1000),
            row("chart-money.html", 5),
            row("en/chart-money.html", 7),
            row("rural-story-embed_bg.wasm", 1000),
            row("rural-story-embed.js", 1000),
            row("examples/a.html", 1000),
            row("files/a.svg", 1000),
        ];
        assert_eq!(first_load(&rows, &rows[0]).brotli, 110);
        assert_eq!(studio_first_load(&rows), None);
        // The studio's files count for the studio page only.
        let mut with_studio = rows.clone();
        with_studio.extend([
            row("studio/index.html", 1),
            row("studio/studio-1.css", 20),
            row("studio/rural-story-studio_bg-2.wasm", 300_000),
        ]);
        assert_eq!(first_load(&with_studio, &with_studio[0]).brotli, 110);
        assert_eq!(
            studio_first_load(&with_studio).map(|s| s.brotli),
            Some(300_021)
        );
        assert!(check_budget(
            &with_studio,
            &Budget {
                story_page: 112,
                chart_page: 107,
            }
        )
        .is_ok());
        let fits = Budget {
            story_page: 112,
            chart_page: 107,
        };
        assert!(check_budget(&rows, &fits).is_ok());
        // The English story page is the heavier one; the English chart page likewise.
        let story_over = Budget {
            story_page: 111,
            chart_page: 107,
        };
        assert!(check_budget(&rows, &story_over)
            .unwrap_err()
            .contains("en/index.html"));
        let chart_over = Budget {
            story_page: 112,
            chart_page: 106,
        };
        assert!(check_budget(&rows, &chart_over)
            .unwrap_err()
            .contains("en/chart-money.html"));
        assert!(check_budget(&rows[2..], &fits).is_err(), "no story page");
        let stored = read_budget(&project::root().join("xtask/size-budget.toml")).unwrap();
        assert!(stored.story_page > stored.chart_page, "{stored:?}");
        assert_eq!(
            toml::from_str::<Budget>(
                "# note\nstory_page_brotli_bytes = 81_920\nchart_page_brotli_bytes = 65_536\n"
            ),
            Ok(Budget {
                story_page: 81_920,
                chart_page: 65_536
            })
        );
        assert!(toml::from_str::<Budget>("story_page_brotli_bytes = 1").is_err());
    }

    #[test]
    fn measures_a_directory_recursively() {
        let dir = std::env::temp_dir().join(format!("xtask-size-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("assets/img")).unwrap();
        std::fs::write(dir.join("index.html"), repetitive()).unwrap();
        std::fs::write(dir.join("assets/img/a.svg"), b"<svg/>").unwrap();
        std::fs::write(dir.join("index.html.br"), b"variant").unwrap();
        let rows = measure_dir(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["assets/img/a.svg", "index.html"]);
        assert_eq!(rows[0].1.raw, 6);
    }
}
