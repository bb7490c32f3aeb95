//! `cargo xtask test`: the one command that runs every check, as a list of steps.
//! Each step prints a header and its elapsed time; at the end one summary line per step.
//! To add a step (e.g. end-to-end tests), add one line to [`steps`].

use std::time::{Duration, Instant};

use crate::project::{self, Result};
use crate::{build, e2e, second_story, size, tools, versions};
use xshell::cmd;

pub struct Step {
    pub name: &'static str,
    run: Box<dyn Fn() -> Result>,
}

fn step(name: &'static str, run: impl Fn() -> Result + 'static) -> Step {
    Step {
        name,
        run: Box::new(run),
    }
}

/// A step that is one `cargo …` command, its arguments as written in a shell.
fn cargo(name: &'static str, args: &'static str) -> Step {
    step(name, move || {
        let sh = project::shell()?;
        let args = args.split_whitespace();
        project::run(cmd!(sh, "cargo {args...}"))
    })
}

/// Every check, in order. Cheap checks first, so a failure shows up early.
pub fn steps() -> Vec<Step> {
    vec![
        step("setup", || tools::setup(true)),
        cargo("fmt", "fmt --all -- --check"),
        cargo("clippy", "clippy --workspace --all-targets -- -D warnings"),
        cargo(
            "clippy-wasm",
            "clippy --target wasm32-unknown-unknown --package rural-story -- -D warnings",
        ),
        cargo(
            "clippy-ssr",
            "clippy --package rural-story --no-default-features --features ssr --bin render-static -- -D warnings",
        ),
        // `ssr` too: tests/markup_contract.rs renders pages as the build does.
        cargo("test-native", "test --workspace --features rural-story/ssr"),
        step("test-browser", || {
            // The runner (wasm-bindgen-test-runner, .cargo/config.toml) drives headless Chromium.
            let sh = project::shell()?;
            project::run(
                cmd!(
                    sh,
                    "cargo test --package rural-story --target wasm32-unknown-unknown --test web"
                )
                .env("CHROMEDRIVER", tools::CHROMEDRIVER)
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
            )
        }),
        step("build", || {
            build::trunk_build(&build::Options::default(), &[])
        }),
        step("size", size::run),
        step("e2e", e2e::run),
        step("versions", versions::run),
        step("second-story", second_story::run),
    ]
}

/// `1.2s`, `2m03s`.
pub fn format_duration(duration: Duration) -> String {
    let secs = duration.as_secs_f64();
    if secs < 60.0 {
        format!("{secs:.1}s")
    } else {
        let whole = duration.as_secs();
        format!("{}m{:02}s", whole / 60, whole % 60)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Pass,
    Fail(String),
    Skip,
}

/// `PASS fmt 1.2s`, `FAIL clippy 3.4s: …`, `SKIP build`, then `steps: N passed, N failed, N skipped`.
pub fn summary(results: &[(&str, Outcome, Duration)]) -> Vec<String> {
    let mut lines = Vec::new();
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for (name, outcome, elapsed) in results {
        let time = format_duration(*elapsed);
        lines.push(match outcome {
            Outcome::Pass => {
                passed += 1;
                format!("PASS {name} {time}")
            }
            Outcome::Fail(err) => {
                failed += 1;
                format!("FAIL {name} {time}: {err}")
            }
            Outcome::Skip => {
                skipped += 1;
                format!("SKIP {name} (not run: an earlier step failed)")
            }
        });
    }
    lines.push(format!(
        "steps: {passed} passed, {failed} failed, {skipped} skipped"
    ));
    lines
}

/// Runs the steps (all, or only those named in `only`), stopping at the first failure.
pub fn run(only: &[String]) -> Result {
    let all = steps();
    for name in only {
        if !all.iter().any(|s| s.name == name) {
            let names: Vec<&str> = all.iter().map(|s| s.name).collect();
            return Err(format!("no step `{name}`; steps: {}", names.join(", ")));
        }
    }
    let chosen: Vec<&Step> = all
        .iter()
        .filter(|s| only.is_empty() || only.iter().any(|n| n == s.name))
        .collect();

    let started = Instant::now();
    let mut results = Vec::new();
    let mut failed: Option<(&str, String)> = None;
    for (i, step) in chosen.iter().enumerate() {
        if failed.is_some() {
            results.push((step.name, Outcome::Skip, Duration::ZERO));
            continue;
        }
        println!("\n==> [{}/{}] {}", i + 1, chosen.len(), step.name);
        let t = Instant::now();
        let outcome = (step.run)();
        let elapsed = t.elapsed();
        match outcome {
            Ok(()) => {
                println!("<== {} passed in {}", step.name, format_duration(elapsed));
                results.push((step.name, Outcome::Pass, elapsed));
            }
            Err(err) => {
                println!(
                    "<== {} FAILED in {}: {err}",
                    step.name,
                    format_duration(elapsed)
                );
                results.push((step.name, Outcome::Fail(err.clone()), elapsed));
                failed = Some((step.name, err));
            }
        }
    }

    println!("\n==> summary ({})", format_duration(started.elapsed()));
    for line in summary(&results) {
        println!("{line}");
    }
    match failed {
        None => Ok(()),
        Some((name, err)) => Err(format!("step `{name}` failed: {err}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_names_are_unique_and_ordered() {
        let names: Vec<&str> = steps().iter().map(|s| s.name).collect();
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        assert_eq!(names.first(), Some(&"setup"));
        let pos = |n: &str| names.iter().position(|x| *x == n).unwrap();
        assert!(pos("build") < pos("size"));
    }

    #[test]
    fn the_help_names_every_step() {
        for step in steps() {
            let name = format!(" {},", step.name);
            let last = format!(" {}.", step.name);
            let help = crate::flags::help().replace('\n', " ");
            assert!(
                help.contains(&name) || help.contains(&last),
                "{}",
                step.name
            );
        }
    }

    #[test]
    fn durations() {
        assert_eq!(format_duration(Duration::from_millis(1234)), "1.2s");
        assert_eq!(format_duration(Duration::from_secs(123)), "2m03s");
    }

    #[test]
    fn summary_lines() {
        let lines = summary(&[
            ("fmt", Outcome::Pass, Duration::from_millis(1200)),
            (
                "clippy",
                Outcome::Fail("command failed".into()),
                Duration::from_secs(3),
            ),
            ("build", Outcome::Skip, Duration::ZERO),
        ]);
        assert_eq!(
            lines,
            [
                "PASS fmt 1.2s",
                "FAIL clippy 3.0s: command failed",
                "SKIP build (not run: an earlier step failed)",
                "steps: 1 passed, 1 failed, 1 skipped",
            ]
        );
    }

    #[test]
    fn unknown_step_is_an_error_before_anything_runs() {
        let err = run(&["no-such-step".to_string()]).unwrap_err();
        assert!(
            err.contains("no step `no-such-step`") && err.contains("fmt"),
            "{err}"
        );
    }
}
