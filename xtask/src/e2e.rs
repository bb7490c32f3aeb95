//! End-to-end tests: the release `dist/` served on 127.0.0.1 (by `xtask preview`, under a
//! sub-path with the headers of its `_headers`) and driven in Debian's headless
//! Chromium by playwright-core (tests/e2e, Node's own test runner), in host pages of another
//! site with real host libraries (pym.js, Datawrapper's snippets), and every built page
//! through the Nu Html Checker (vnu-jar, run with the machine's Java).

use crate::cmd::{self, Cmd, Result};

pub fn run() -> Result {
    let dir = cmd::root().join("tests").join("e2e");
    if !cmd::root().join("dist").join("index.html").exists() {
        return Err("dist/ has no index.html: run `cargo xtask build` first".into());
    }
    if !cmd::root().join("dist").join("_headers").exists() {
        return Err("dist/ has no _headers (for `xtask preview`): run `cargo xtask build`".into());
    }
    install()?;
    Cmd::new("node")
        .args(["--test", "--test-concurrency=1", "."])
        .env(XTASK_VARIABLE, xtask_binary()?)
        .dir(&dir)
        .run()
}

/// Installs the end-to-end tools (tests/e2e/package-lock.json) if any is missing.
pub fn install() -> Result {
    let dir = cmd::root().join("tests").join("e2e");
    let modules = dir.join("node_modules");
    if !["playwright-core", "axe-core", "pym.js", "vnu-jar"]
        .iter()
        .all(|m| modules.join(m).exists())
    {
        println!("installing the end-to-end tools (tests/e2e/package-lock.json)…");
        Cmd::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .dir(&dir)
            .run()?;
    }
    Ok(())
}

/// Runs one end-to-end file that is not part of the suite (`versions.mjs`,
/// `second-story.mjs`), with `vars` in its environment.
pub fn run_file(file: &str, vars: &[(&str, &std::path::Path)]) -> Result {
    install()?;
    let mut node = Cmd::new("node")
        .args(["--test", file])
        .env(XTASK_VARIABLE, xtask_binary()?)
        .dir(cmd::root().join("tests").join("e2e"));
    for (name, path) in vars {
        let absolute = std::fs::canonicalize(path).unwrap_or(path.to_path_buf());
        node = node.env(name, absolute);
    }
    node.run()
}

/// Names the xtask binary for the harness, which serves dist/ with its `preview`.
pub const XTASK_VARIABLE: &str = "RURAL_STORY_XTASK";

/// This very binary, already built.
pub fn xtask_binary() -> Result<std::path::PathBuf> {
    std::env::current_exe().map_err(|e| format!("cannot find xtask's binary: {e}"))
}
