//! Publishing: turns the built `dist/` into what a static host or CDN serves as it is.
//!
//! - **Hashed, immutable assets; stable entry points.** Every file the pages and `embed.js`
//!   load (stylesheet, scripts, glue, wasm) is renamed `name-<hash>.ext`, the hash taken
//!   from its content after the names it refers to were rewritten, so a file's name changes
//!   whenever anything it loads changes, in whichever folder it lies (`studio/` holds the
//!   studio's). A reference is an address relative to the file that makes it
//!   (`../style.css` in `studio/index.html` is `style.css`; its `./start.js` is not the
//!   reader's). Entry points keep their names: the pages (each language's story and chart
//!   pages, the studio's), `embed.js` and the downloads in `files/`. An entry point fetched
//!   today therefore only ever names today's files, while yesterday's files stay valid for
//!   readers who hold yesterday's entry point.
//! - **Precompressed files:** `x.br` (brotli 11) and `x.gz` (gzip 9) beside every
//!   compressible file, for hosts that serve them (nginx `brotli_static`, Caddy
//!   `precompressed`, `cargo xtask preview`).
//! - **Headers as a file:** `_headers` (Netlify and Cloudflare Pages read it; so does
//!   `cargo xtask preview`), listing every path by name so no two rules set one header.

use crate::headers::FILE as HEADERS_FILE;
use crate::links::{find_links, rewrite_links, split_path};
use crate::project::Result;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Entry points at the top of `dist/` that keep their names, besides the pages (`.html`).
const STABLE_NAMES: [&str; 2] = ["embed.js", HEADERS_FILE];

/// Files worth compressing (wasm and text).
const COMPRESSIBLE: [&str; 9] = [
    "html", "js", "mjs", "css", "wasm", "svg", "csv", "json", "txt",
];

/// The widget's own pages run under this policy: no inline script or style.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub fn run(dir: &Path) -> Result {
    let renamed = fingerprint(dir)?;
    let headers = headers_file(dir, &renamed)?;
    write(&dir.join(HEADERS_FILE), headers.as_bytes())?;
    let written = precompress(dir)?;
    println!(
        "published {}: {} files renamed with a content hash, {HEADERS_FILE}, {written} precompressed variants",
        dir.display(),
        renamed.len()
    );
    Ok(())
}

/// Renames every loaded file in `dir` with its content hash and rewrites the references to
/// it in every text file; returns the new names (paths in `dir`). A file is hashed once the
/// files it names are, so its hash covers theirs.
fn fingerprint(dir: &Path) -> Result<Vec<String>> {
    let mut pending: Vec<String> = relative_files(dir)?
        .into_iter()
        .filter(|name| keeps_no_name(name))
        .collect();
    // Text files by their path in `dir`, as it is now.
    let mut texts: Vec<String> = relative_files(dir)?
        .into_iter()
        .filter(|name| is_text(name))
        .collect();
    let mut renamed = Vec::new();
    while !pending.is_empty() {
        let ready = pending.iter().position(|name| {
            let content = std::fs::read(dir.join(name)).unwrap_or_default();
            let text = String::from_utf8_lossy(&content);
            !pending
                .iter()
                .any(|other| other != name && !find_links(&text, name, other).is_empty())
        });
        let Some(index) = ready else {
            return Err(format!(
                "cannot hash {}: they name each other",
                pending.join(", ")
            ));
        };
        let name = pending.remove(index);
        let content = read(&dir.join(&name))?;
        let (folder, file) = split_path(&name);
        let hashed_file = hashed_name(file, &content);
        let hashed = format!("{folder}{hashed_file}");
        std::fs::rename(dir.join(&name), dir.join(&hashed))
            .map_err(|e| format!("cannot rename {name}: {e}"))?;
        for text_file in texts.iter_mut() {
            if *text_file == name {
                text_file.clone_from(&hashed);
            }
            let path = dir.join(&*text_file);
            let text = String::from_utf8_lossy(&read(&path)?).into_owned();
            if let Some(rewritten) = rewrite_links(&text, text_file, &name, &hashed_file) {
                write(&path, rewritten.as_bytes())?;
            }
        }
        renamed.push(hashed);
    }
    renamed.sort();
    Ok(renamed)
}

/// Whether the file at `name` (a path in the site) gets a hashed name: every file but the
/// entry points (the pages, [`STABLE_NAMES`] at the top, the downloads in `files/`).
fn keeps_no_name(name: &str) -> bool {
    !name.ends_with(".html") && !STABLE_NAMES.contains(&name) && !name.starts_with("files/")
}

/// `style.css` → `style-<16 hex digits of SHA-256>.css`.
pub fn hashed_name(name: &str, content: &[u8]) -> String {
    let digest = Sha256::digest(content);
    let hash: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}-{hash}.{ext}"),
        None => format!("{name}-{hash}"),
    }
}

/// The `_headers` file: every path by name, so no two rules set the same header (hosts
/// differ in how they merge those).
fn headers_file(dir: &Path, hashed: &[String]) -> Result<String> {
    let pages: Vec<String> = relative_files(dir)?
        .into_iter()
        .filter(|name| name.ends_with(".html"))
        .collect();
    let others: Vec<String> = relative_files(dir)?
        .into_iter()
        .filter(|name| {
            !name.ends_with(".br")
                && !name.ends_with(".gz")
                && name != HEADERS_FILE
                && !hashed.contains(name)
                && !pages.contains(name)
        })
        .collect();
    Ok(headers_text(&pages, hashed, &others))
}

/// `pages`: the widget's own pages (strict policy, revalidated); `hashed`: immutable;
/// `others`: the other entry points (`embed.js`, downloads), revalidated.
pub fn headers_text(pages: &[String], hashed: &[String], others: &[String]) -> String {
    let mut text = String::from(
        "# Written by `cargo xtask build`: read by Netlify, Cloudflare Pages and `cargo xtask preview`.\n\
         # Paths are from the site's root; served from a sub-path, prefix them (README, Publishing).\n\
         /*\n  X-Content-Type-Options: nosniff\n  Access-Control-Allow-Origin: *\n",
    );
    let directories = pages
        .iter()
        .filter_map(|page| page.strip_suffix("index.html"));
    for path in directories.chain(pages.iter().map(String::as_str)) {
        let _ = write!(
            text,
            "/{path}\n  Cache-Control: no-cache\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}\n"
        );
    }
    for path in hashed {
        let _ = write!(text, "/{path}\n  Cache-Control: {IMMUTABLE}\n");
        if path.ends_with(".wasm") {
            text.push_str("  Content-Type: application/wasm\n");
        }
    }
    for path in others {
        let _ = write!(text, "/{path}\n  Cache-Control: no-cache\n");
    }
    text
}

/// gzip -9, as hosts compress.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

/// brotli quality 11, window 22, as hosts compress.
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

/// Writes `x.br` and `x.gz` beside every compressible file; returns how many.
pub fn precompress(dir: &Path) -> Result<usize> {
    let mut written = 0;
    for name in relative_files(dir)? {
        let compressible = name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| COMPRESSIBLE.contains(&ext));
        if !compressible {
            continue;
        }
        let path = dir.join(&name);
        let content = read(&path)?;
        write(&with_suffix(&path, ".br"), &brotli(&content))?;
        write(&with_suffix(&path, ".gz"), &gzip(&content))?;
        written += 2;
    }
    Ok(written)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Every file under `dir` but the precompressed variants (`x.br`, `x.gz`: the same file as
/// a host may send it), relative to `dir`, with `/`, sorted.
pub fn relative_files(dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let name = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if entry.file_type().is_file() && !name.ends_with(".br") && !name.ends_with(".gz") {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Whether the file at `name` may name another file: pages, scripts, stylesheets.
fn is_text(name: &str) -> bool {
    [".html", ".js", ".mjs", ".css"]
        .iter()
        .any(|e| name.ends_with(e))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::links::find_references;

    fn top_level_files(dir: &Path) -> Result<Vec<String>> {
        Ok(relative_files(dir)?
            .into_iter()
            .filter(|name| !name.contains('/'))
            .collect())
    }

    #[test]
    fn hashed_names_follow_the_content() {
        let a = hashed_name("rural-story_bg.wasm", b"one");
        assert!(
            a.starts_with("rural-story_bg-") && a.ends_with(".wasm"),
            "{a}"
        );
        assert_eq!(a.len(), "rural-story_bg-.wasm".len() + 16);
        assert_eq!(a, hashed_name("rural-story_bg.wasm", b"one"));
        assert_ne!(a, hashed_name("rural-story_bg.wasm", b"two"));
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("publish-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("en")).unwrap();
        dir
    }

    /// A dist like the real one: pages name prefs.js and style.css, prefs.js names start.js,
    /// start.js names the glue and the wasm, embed.js names the stylesheet.
    fn small_dist(dir: &Path, wasm: &[u8]) {
        let files: [(&str, &[u8]); 8] = [
            (
                "index.html",
                b"<link href=./style.css><script src=./prefs.js></script>",
            ),
            (
                "en/index.html",
                b"<link href=../style.css><script src=../prefs.js>",
            ),
            ("style.css", b"body{}"),
            ("prefs.js", b"import(new URL('start.js', s))"),
            (
                "start.js",
                b"import init from './app.js'; init('./app_bg.wasm')",
            ),
            ("app.js", b"new URL('app_bg.wasm', import.meta.url)"),
            ("app_bg.wasm", wasm),
            ("embed.js", b"new URL(\"style.css\", base)"),
        ];
        for (name, content) in files {
            std::fs::write(dir.join(name), content).unwrap();
        }
    }

    #[test]
    fn a_changed_wasm_renames_every_file_that_leads_to_it_and_no_other() {
        let names = |wasm: &[u8]| {
            let dir = temp_dir(&format!("v{}", wasm.len()));
            small_dist(&dir, wasm);
            run(&dir).unwrap();
            let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
            let embed = std::fs::read_to_string(dir.join("embed.js")).unwrap();
            let mut top = top_level_files(&dir).unwrap();
            top.retain(|n| n != "index.html" && n != "embed.js" && n != HEADERS_FILE);
            // Each reference now names a file that exists.
            for name in &top {
                let text = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
                for other in ["style.css", "prefs.js", "start.js", "app.js", "app_bg.wasm"] {
                    assert!(
                        find_references(&text, other).is_empty(),
                        "{name} names {other}"
                    );
                }
            }
            let headers = std::fs::read_to_string(dir.join(HEADERS_FILE)).unwrap();
            assert!(dir.join("index.html.br").exists() && dir.join("embed.js.gz").exists());
            let _ = std::fs::remove_dir_all(&dir);
            (top, index, embed, headers)
        };
        let (first, index_1, embed_1, headers) = names(b"\0asm one");
        let (second, index_2, embed_2, _) = names(b"\0asm second");
        assert_eq!(first.len(), 5, "{first:?}");
        let prefix = |names: &[String], p: &str| names.iter().find(|n| n.starts_with(p)).cloned();
        // The stylesheet does not lead to the wasm: same name in both versions.
        assert_eq!(prefix(&first, "style-"), prefix(&second, "style-"));
        assert_eq!(embed_1, embed_2);
        // Everything on the way from the page to the wasm changed its name.
        for p in ["app_bg-", "app-", "start-", "prefs-"] {
            assert_ne!(prefix(&first, p), prefix(&second, p), "{p}");
        }
        assert_ne!(index_1, index_2);
        let prefs = prefix(&first, "prefs-").unwrap();
        assert!(index_1.contains(&format!("src=./{prefs}")), "{index_1}");
        // Headers: hashed files immutable, pages revalidated under the policy.
        let wasm = prefix(&first, "app_bg-").unwrap();
        assert!(headers.contains(&format!(
            "/{wasm}\n  Cache-Control: {IMMUTABLE}\n  Content-Type: application/wasm\n"
        )));
        assert!(headers.contains("/en/\n  Cache-Control: no-cache\n  Content-Security-Policy:"));
        assert!(headers.contains("/embed.js\n  Cache-Control: no-cache\n"));
        assert!(!headers.contains("/index.html.br"));
    }

    #[test]
    fn the_studio_s_files_are_hashed_in_their_folder_and_its_page_has_the_pages_policy() {
        let dir = temp_dir("studio");
        small_dist(&dir, b"\0asm reader");
        std::fs::create_dir_all(dir.join("studio")).unwrap();
        let studio: [(&str, &[u8]); 5] = [
            (
                "index.html",
                b"<link href=./studio.css><script src=./start.js></script>\
                  <main data-reader-style=\"../style.css\" data-embed-script=\"../embed.js\">",
            ),
            ("studio.css", b"body{}.studio{}"),
            ("start.js", b"await import(\"./rural-story-studio.js\")"),
            (
                "rural-story-studio.js",
                b"new URL('rural-story-studio_bg.wasm', import.meta.url)",
            ),
            ("rural-story-studio_bg.wasm", b"\0asm studio"),
        ];
        for (name, content) in studio {
            std::fs::write(dir.join("studio").join(name), content).unwrap();
        }
        run(&dir).unwrap();
        let files = relative_files(&dir).unwrap();
        let find = |prefix: &str| {
            files
                .iter()
                .find(|n| n.starts_with(prefix))
                .unwrap_or_else(|| panic!("no {prefix}… in {files:?}"))
                .clone()
        };
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
        let page = read("studio/index.html");
        let (style, css, start) = (
            find("style-"),
            find("studio/studio-"),
            find("studio/start-"),
        );
        assert_ne!(start, find("start-"), "the reader's loader is another file");
        assert!(
            page.contains(&format!("data-reader-style=\"../{style}\"")),
            "{page}"
        );
        assert!(page.contains("data-embed-script=\"../embed.js\""), "{page}");
        assert!(page.contains(&format!("href=./{}>", &css["studio/".len()..])));
        assert!(page.contains(&format!("src=./{}>", &start["studio/".len()..])));
        let glue = find("studio/rural-story-studio-");
        assert!(read(&start).contains(&format!("\"./{}\"", &glue["studio/".len()..])));
        let wasm = find("studio/rural-story-studio_bg-");
        assert!(read(&glue).contains(&format!("'{}'", &wasm["studio/".len()..])));
        // The page is an entry point under the pages' policy; its files are immutable.
        let headers = read(HEADERS_FILE);
        for path in ["/studio/", "/studio/index.html"] {
            assert!(
                headers.contains(&format!(
                    "\n{path}\n  Cache-Control: no-cache\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}\n"
                )),
                "{path}: {headers}"
            );
        }
        assert!(headers.contains(&format!(
            "/{wasm}\n  Cache-Control: {IMMUTABLE}\n  Content-Type: application/wasm\n"
        )));
        assert!(headers.contains(&format!("/{css}\n  Cache-Control: {IMMUTABLE}\n")));
        assert!(dir.join(format!("{wasm}.br")).exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn files_naming_each_other_are_refused() {
        let dir = temp_dir("cycle");
        std::fs::write(dir.join("a.js"), "import './b.js'").unwrap();
        std::fs::write(dir.join("b.js"), "import './a.js'").unwrap();
        let error = fingerprint(&dir).unwrap_err();
        assert!(error.contains("a.js, b.js"), "{error}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
