//! `cargo xtask bench`: the release build, the sizes of dist/, then load timings of the app
//! against a hand-made baseline page in headless Chromium (xtask/bench/bench.mjs). It prints
//! figures; it fails only when something cannot run.

use crate::cmd::{self, Cmd, Result};
use crate::{build, size};

/// Cold loads per page and condition. On a 2-core machine single loads under 4× throttling
/// range over 2–3× (the baseline page: 204–512 ms), and the same baseline page's median of 7
/// was 448 ms in one run and 192 ms in another; 15 loads take about 5 minutes.
const DEFAULT_RUNS: u32 = 15;

pub fn run(args: &[String]) -> Result {
    let runs = match args {
        [] => DEFAULT_RUNS,
        [flag, n] if flag == "--runs" => n
            .parse::<u32>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("--runs needs a positive integer, not `{n}`"))?,
        _ => return Err("bench takes only --runs N".into()),
    };
    build::build(&[])?;
    size::run()?;
    let e2e = cmd::root().join("tests").join("e2e");
    if !e2e.join("node_modules").join("playwright-core").exists() {
        println!("installing playwright-core (tests/e2e/package-lock.json)…");
        Cmd::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .dir(&e2e)
            .run()?;
    }
    Cmd::new("node")
        .args(["xtask/bench/bench.mjs", "--runs", &runs.to_string()])
        .run()
}
