//! Developer workflow for rural-story. Run `cargo xtask help`.

mod bench;
mod build;
mod cmd;
mod e2e;
mod embed_bundle;
mod headers;
mod loader;
mod prerender;
mod preview;
mod publish;
mod second_story;
mod size;
mod test;
mod tools;
mod validate;
mod versions;

use std::process::ExitCode;

const USAGE: &str = "\
cargo xtask — developer workflow for rural-story (commands run from the workspace root,
with xtask/tools/node_modules/.bin and $CARGO_HOME/bin first on PATH)

USAGE:
    cargo xtask <COMMAND> [ARGS]

COMMANDS:
    setup [--browser]   Install what is missing, skip what is present at the right version:
                        wasm32 target, trunk 0.21.14, wasm-opt 132 (npm, xtask/tools),
                        wasm-bindgen-cli at the Cargo.lock version; then `cargo fetch`.
                        --browser: also Chromium, ChromeDriver, fonts-noto-cjk (apt, as root).
    serve [--story FILE] [--site-url URL] [ARGS…]
                        setup, then `trunk serve --offline=true ARGS…` (e.g. --port 8081).
                        --story: the story JSON to build with (default assets/story.json).
                        --site-url: the address the site is published at (absolute
                        hreflang, canonical and og:url links; default: relative links).
    build [--story FILE] [--site-url URL] [ARGS…]
                        setup, then `trunk build --release --offline=true ARGS…` (writes dist/,
                        or --dist DIR), then publish it: content-hashed names for every loaded
                        file, .br and .gz beside every compressible file, and _headers.
    size                Raw, gzip -9 and brotli (q11) size of every file in dist/.
    e2e                 End-to-end tests on the built dist/ (tests/e2e, headless Chromium).
    preview [--port N] [--base /sub/path/] [--dir DIR]
                        Serve DIR (default dist/) on http://127.0.0.1:N (default 8090; 0: a
                        free port) under the sub-path --base (default /), with the headers of
                        DIR/_headers and its precompressed .br/.gz files, as the host will.
    bench [--runs N] [--interaction-runs N] [--lighthouse-runs N]
          [--interactions-only | --lighthouse-only]
                        Release build, sizes, and load timings against a hand-made baseline
                        page in headless Chromium (xtask/bench; median of N cold loads, default 15),
                        the story page's interactions (Event Timing, 4× CPU), then Lighthouse 12
                        (mobile) on the story, a chart and the baseline page.
    validate FILE       Check a story JSON file with the `validate-story` binary.
    draft-story ARTICLE.txt
                        Print a first draft of a story JSON for an article's plain text (one
                        paragraph per line): paragraphs, and every number with its value,
                        unit, qualifier and sentence; labels, English, meta and charts left
                        empty for a person (`validate` lists them with their paths).
    externalize-loader [DIR]
                        Move Trunk's inline wasm loader in DIR/index.html (default:
                        $TRUNK_STAGING_DIR) into DIR/start.js: a Trunk post-build hook, so the
                        site works under a strict Content-Security-Policy.
    embed-bundle [DIR]  Build the script embed's bundle (rural-story-embed.js and its wasm)
                        into DIR (default: $TRUNK_STAGING_DIR, release or debug as Trunk's
                        profile): a Trunk post-build hook.
    dev-examples        Copy examples/ into a development build ($TRUNK_STAGING_DIR; release
                        builds leave them out): a Trunk post-build hook.
    prerender [DIR]     Render the story into DIR/index.html and its other pages (default:
                        $TRUNK_STAGING_DIR): the same components, natively (ssr).
    test [STEP…]        Run every check: setup (with browser), fmt, clippy (native and wasm32),
                        native tests, browser tests, release build, size, end-to-end tests
                        (tests/e2e, headless Chromium on dist/ served by `preview` from a
                        sub-path), version mixing (a second build with a corrected story,
                        both deploys' files served together), the second story (the site built
                        for tests/stories/synthetic.json, end-to-end tests on it). Stops at the first
                        failure and prints one PASS/FAIL line per step. With STEP names, runs
                        only those steps.
    help                This text.
";

fn main() -> ExitCode {
    cmd::install_tool_path();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => ("help", &[][..]),
    };
    let result = match command {
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(())
        }
        "setup" => match rest {
            [] => tools::setup(false),
            [flag] if flag == "--browser" => tools::setup(true),
            _ => usage_error("setup takes only --browser"),
        },
        "serve" => build::serve(rest),
        "build" => build::build(rest),
        "size" if rest.is_empty() => size::run(),
        "size" => usage_error("size takes no arguments"),
        "validate" => match rest {
            [file] => validate::validate(file),
            _ => usage_error("validate takes one FILE"),
        },
        "draft-story" => match rest {
            [file] => validate::draft(file),
            _ => usage_error("draft-story takes one ARTICLE.txt"),
        },
        "e2e" if rest.is_empty() => e2e::run(),
        "preview" => preview::run(rest),
        "bench" => bench::run(rest),
        // Trunk's hook passes the directory in TRUNK_STAGING_DIR.
        "externalize-loader" => match (rest, std::env::var("TRUNK_STAGING_DIR")) {
            ([dir], _) => loader::externalize(std::path::Path::new(dir)),
            ([], Ok(dir)) => loader::externalize(std::path::Path::new(&dir)),
            _ => usage_error("externalize-loader takes one DIR (or TRUNK_STAGING_DIR)"),
        },
        "embed-bundle" => match (rest, std::env::var("TRUNK_STAGING_DIR")) {
            ([dir], _) => embed_bundle::run(std::path::Path::new(dir), true),
            ([], Ok(dir)) => {
                let release = std::env::var("TRUNK_PROFILE").as_deref() == Ok("release");
                embed_bundle::run(std::path::Path::new(&dir), release)
            }
            _ => usage_error("embed-bundle takes one DIR (or TRUNK_STAGING_DIR)"),
        },
        "dev-examples" => match (rest, std::env::var("TRUNK_STAGING_DIR")) {
            ([], Ok(dir)) => {
                let release = std::env::var("TRUNK_PROFILE").as_deref() == Ok("release");
                dev_examples(std::path::Path::new(&dir), release)
            }
            _ => usage_error("dev-examples runs as a Trunk hook (TRUNK_STAGING_DIR)"),
        },
        "prerender" => match (rest, std::env::var("TRUNK_STAGING_DIR")) {
            ([dir], _) => prerender::run(std::path::Path::new(dir)),
            ([], Ok(dir)) => prerender::run(std::path::Path::new(&dir)),
            _ => usage_error("prerender takes one DIR (or TRUNK_STAGING_DIR)"),
        },
        "test" => test::run(rest),
        other => usage_error(&format!("unknown command `{other}`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Copies examples/ into a development build's `dir` (a Trunk hook); release builds leave
/// them out.
fn dev_examples(dir: &std::path::Path, release: bool) -> cmd::Result {
    if release {
        return Ok(());
    }
    let source = cmd::root().join("examples");
    let target = dir.join("examples");
    std::fs::create_dir_all(&target)
        .map_err(|e| format!("cannot create {}: {e}", target.display()))?;
    let entries =
        std::fs::read_dir(&source).map_err(|e| format!("cannot list {}: {e}", source.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() {
            let name = path.file_name().unwrap_or_default();
            std::fs::copy(&path, target.join(name))
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn usage_error(message: &str) -> cmd::Result {
    eprint!("{USAGE}");
    Err(message.to_string())
}
