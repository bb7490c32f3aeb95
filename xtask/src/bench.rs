//! `cargo xtask bench`: the release build, the sizes of dist/, then load timings of the app
//! against a hand-made baseline page in headless Chromium, the story page's interactions
//! (Event Timing, 4× CPU), then Lighthouse (mobile) on the story page, a chart page and the
//! baseline (xtask/bench/bench.mjs). It prints figures; it fails only
//! when something cannot run.

use crate::cmd::{self, Cmd, Result};
use crate::{build, size};

/// Cold loads per page and condition. On a 2-core machine single loads under 4× throttling
/// range over 2–3× (the baseline page: 204–512 ms), and the same baseline page's median of 7
/// was 448 ms in one run and 192 ms in another; 15 loads take about 5 minutes.
const DEFAULT_RUNS: u32 = 15;

/// Lighthouse runs per page. Its simulated throttling scales the CPU time of one unthrottled
/// load, so a busy machine still moves it (story page on a 2-core machine: performance 74–87,
/// TBT 490–1187 ms over 3 runs); 3 runs of the 3 pages take about 75 s.
const DEFAULT_LIGHTHOUSE_RUNS: u32 = 3;

const USAGE: &str = "bench [--runs N] [--interaction-runs N] [--lighthouse-runs N] [--interactions-only | --lighthouse-only]";

struct Args {
    /// Cold loads per page and condition for the load timings.
    runs: Option<u32>,
    lighthouse_runs: u32,
    /// Sequences of interactions (bench.mjs's default when absent).
    interaction_runs: Option<u32>,
    /// Skip the load timings (about 20 minutes): the build, sizes, then Lighthouse.
    lighthouse_only: bool,
    /// Only the interactions, after the build and sizes.
    interactions_only: bool,
}

fn parse(args: &[String]) -> Result<Args> {
    let mut parsed = Args {
        runs: None,
        lighthouse_runs: DEFAULT_LIGHTHOUSE_RUNS,
        interaction_runs: None,
        lighthouse_only: false,
        interactions_only: false,
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
        match flag.as_str() {
            "--runs" => parsed.runs = Some(count(args.next())?),
            "--lighthouse-runs" => parsed.lighthouse_runs = count(args.next())?,
            "--interaction-runs" => parsed.interaction_runs = Some(count(args.next())?),
            "--lighthouse-only" => parsed.lighthouse_only = true,
            "--interactions-only" => parsed.interactions_only = true,
            _ => return Err(format!("unknown argument `{flag}` (usage: {USAGE})")),
        }
    }
    if parsed.lighthouse_only && parsed.interactions_only {
        return Err("--lighthouse-only and --interactions-only exclude each other".into());
    }
    if (parsed.lighthouse_only || parsed.interactions_only) && parsed.runs.is_some() {
        return Err(
            "--runs sets the load timings, which --lighthouse-only and --interactions-only skip"
                .into(),
        );
    }
    Ok(parsed)
}

pub fn run(args: &[String]) -> Result {
    let args = parse(args)?;
    build::build(&[])?;
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
    let mut node = Cmd::new("node").args([
        "xtask/bench/bench.mjs",
        "--lighthouse-runs",
        &args.lighthouse_runs.to_string(),
    ]);
    if let Some(n) = args.interaction_runs {
        node = node.args(["--interaction-runs", &n.to_string()]);
    }
    if args.lighthouse_only {
        node = node.arg("--lighthouse-only");
    } else {
        if args.interactions_only {
            node = node.arg("--interactions-only");
        }
        let e2e = cmd::root().join("tests").join("e2e");
        if !e2e.join("node_modules").join("playwright-core").exists() {
            println!("installing playwright-core (tests/e2e/package-lock.json)…");
            Cmd::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .dir(&e2e)
                .run()?;
        }
        if !args.interactions_only {
            node = node.args(["--runs", &args.runs.unwrap_or(DEFAULT_RUNS).to_string()]);
        }
    }
    node.run()
}
