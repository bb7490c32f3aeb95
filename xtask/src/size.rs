//! `cargo xtask size`: raw, gzip -9 and brotli (quality 11, window 22) sizes of every file
//! in dist/, as served compressed by a typical static host.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cmd::{self, Result};

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

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer
            .write_all(bytes)
            .expect("writing to a Vec cannot fail");
    } // dropping the writer flushes the final block
    out
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
    let total_label = format!("total ({} files)", rows.len());
    let mut lines: Vec<[String; 4]> =
        vec![["file".into(), "raw".into(), "gzip".into(), "brotli".into()]];
    for (name, s) in rows {
        lines.push([
            name.clone(),
            s.raw.to_string(),
            s.gzip.to_string(),
            s.brotli.to_string(),
        ]);
    }
    let total_row = [
        total_label,
        sum.raw.to_string(),
        sum.gzip.to_string(),
        sum.brotli.to_string(),
    ];
    let mut widths = [0usize; 4];
    for line in lines.iter().chain(std::iter::once(&total_row)) {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let render = |cells: &[String; 4]| {
        format!(
            "{:<w0$}  {:>w1$}  {:>w2$}  {:>w3$}",
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3]
        )
    };
    let mut out = String::new();
    for line in &lines {
        out.push_str(&render(line));
        out.push('\n');
    }
    out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 6));
    out.push('\n');
    out.push_str(&render(&total_row));
    out.push('\n');
    out.push_str(&format!(
        "total: raw {}, gzip {}, brotli {}\n",
        kib(sum.raw),
        kib(sum.gzip),
        kib(sum.brotli)
    ));
    out
}

/// Every file under `dir`, recursively, sorted by path.
fn files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Measures every file under `dir`; names are relative to `dir`, with `/`.
pub fn measure_dir(dir: &Path) -> Result<Vec<(String, Sizes)>> {
    let files = files_under(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    files
        .iter()
        .map(|path| {
            let bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path
                .strip_prefix(dir)
                .unwrap_or(path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            Ok((name, measure(&bytes)))
        })
        .collect()
}

pub fn run() -> Result {
    let dist = cmd::root().join("dist");
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
    let budget = read_budget(&cmd::root().join("xtask").join("size-budget.toml"))?;
    check_budget(&rows, budget)
}

/// What the story page itself loads: the top level of dist/ but for what only host pages
/// load (`embed.js` and the script embed's bundle, `rural-story-embed*`) and the pages of
/// single charts (`chart-<id>.html`, loaded instead of `index.html`).
pub fn first_load(rows: &[(String, Sizes)]) -> Sizes {
    let loaded: Vec<(String, Sizes)> = rows
        .iter()
        .filter(|(name, _)| {
            !name.contains('/')
                && name != "embed.js"
                && !name.starts_with("rural-story-embed")
                && !name.starts_with("chart-")
        })
        .cloned()
        .collect();
    total(&loaded)
}

fn read_budget(path: &Path) -> Result<u64> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_budget(&text)
        .ok_or_else(|| format!("{}: no `first_load_brotli_bytes = N` line", path.display()))
}

pub fn parse_budget(text: &str) -> Option<u64> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| {
            l.strip_prefix("first_load_brotli_bytes")?
                .trim()
                .strip_prefix('=')?
                .trim()
                .replace('_', "")
                .parse()
                .ok()
        })
}

pub fn check_budget(rows: &[(String, Sizes)], budget: u64) -> Result {
    let first = first_load(rows);
    println!(
        "first load: {} bytes brotli ({} gzip, {} raw); budget {budget} bytes brotli",
        first.brotli, first.gzip, first.raw
    );
    if first.brotli > budget {
        return Err(format!(
            "the first load is {} bytes brotli, over the budget of {budget} (xtask/size-budget.toml)",
            first.brotli
        ));
    }
    Ok(())
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
    fn budget_counts_the_first_load_only_and_fails_above_it() {
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
            row("app_bg.wasm", 100),
            row("embed.js", 1000),
            row("chart-money.html", 1000),
            row("rural-story-embed_bg.wasm", 1000),
            row("rural-story-embed.js", 1000),
            row("examples/a.html", 1000),
        ];
        assert_eq!(first_load(&rows).brotli, 110);
        assert!(check_budget(&rows, 110).is_ok());
        assert!(check_budget(&rows, 109).is_err());
        assert_eq!(
            parse_budget("# note\nfirst_load_brotli_bytes = 245_000\n"),
            Some(245_000)
        );
        assert_eq!(parse_budget("nothing"), None);
    }

    #[test]
    fn measures_a_directory_recursively() {
        let dir = std::env::temp_dir().join(format!("xtask-size-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("assets/img")).unwrap();
        std::fs::write(dir.join("index.html"), repetitive()).unwrap();
        std::fs::write(dir.join("assets/img/a.svg"), b"<svg/>").unwrap();
        let rows = measure_dir(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["assets/img/a.svg", "index.html"]);
        assert_eq!(rows[0].1.raw, 6);
    }
}
