//! End-to-end tests: the release `dist/` served on 127.0.0.1 (by `xtask preview`, under a
//! sub-path with the headers of its `_headers`) and driven in Debian's headless
//! Chromium by playwright-core (tests/e2e, Node's own test runner), in host pages of another
//! site with real host libraries (pym.js, Datawrapper's snippets), and every built page
//! through the Nu Html Checker (vnu-jar, run with the machine's Java).

use crate::headers;
use crate::project::{self, Result};
use xshell::cmd;

pub fn run() -> Result {
    let dist = project::root().join("dist");
    if !dist.join("index.html").exists() {
        return Err("dist/ has no index.html: run `cargo xtask build` first".into());
    }
    if !dist.join(headers::FILE).exists() {
        return Err(format!(
            "dist/ has no {} (for `xtask preview`): run `cargo xtask build`",
            headers::FILE
        ));
    }
    install()?;
    let sh = project::shell()?;
    sh.change_dir("tests/e2e");
    project::run(
        cmd!(sh, "node --test --test-concurrency=1 .").env(XTASK_VARIABLE, xtask_binary()?),
    )
}

/// Installs the end-to-end tools (tests/e2e/package-lock.json) if any is missing.
pub fn install() -> Result {
    let sh = project::shell()?;
    sh.change_dir("tests/e2e");
    if !["playwright-core", "axe-core", "pym.js", "vnu-jar"]
        .iter()
        .all(|m| sh.path_exists(format!("node_modules/{m}")))
    {
        println!("installing the end-to-end tools (tests/e2e/package-lock.json)…");
        project::run(cmd!(sh, "npm ci --no-audit --no-fund"))?;
    }
    Ok(())
}

/// Runs one end-to-end file that is not part of the suite (`versions.mjs`,
/// `second-story.mjs`), with `vars` in its environment.
pub fn run_file(file: &str, vars: &[(&str, &std::path::Path)]) -> Result {
    install()?;
    let sh = project::shell()?;
    sh.change_dir("tests/e2e");
    let mut node = cmd!(sh, "node --test {file}").env(XTASK_VARIABLE, xtask_binary()?);
    for (name, path) in vars {
        let absolute = std::fs::canonicalize(path).unwrap_or(path.to_path_buf());
        node = node.env(name, absolute);
    }
    project::run(node)
}

/// Names the xtask binary for the harness, which serves dist/ with its `preview`.
pub const XTASK_VARIABLE: &str = "RURAL_STORY_XTASK";

/// This very binary, already built.
pub fn xtask_binary() -> Result<std::path::PathBuf> {
    std::env::current_exe().map_err(|e| format!("cannot find xtask's binary: {e}"))
}
