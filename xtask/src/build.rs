//! `cargo xtask build` and `cargo xtask serve`: Trunk, after `setup` (which also runs
//! `cargo fetch`, so Trunk can run cargo offline). A build is then published (publish.rs);
//! `serve` keeps plain names for live reload.

use crate::cmd::{self, Cmd, Result};
use crate::{publish, tools};
use std::path::{Path, PathBuf};

/// `--offline=true` with the `=`: the flag takes a value and would swallow the next word.
const OFFLINE: &str = "--offline=true";

/// `trunk build --release --offline=true [extra…]`, then publishing (content-hashed names,
/// precompressed files, `_headers`): writes dist/ (or `--dist DIR`) for `story` (by default
/// `assets/story.json`). Tools must be set up.
pub fn trunk_build(extra: &[String], story: Option<&Path>) -> Result {
    with_story(Cmd::new("trunk"), story)
        .args(["build", "--release", OFFLINE])
        .args(extra)
        .run()?;
    publish::run(&cmd::root().join(dist_dir(extra)))
}

/// The `--dist DIR` (or `--dist=DIR`) among Trunk's arguments, else Trunk.toml's `dist`.
fn dist_dir(args: &[String]) -> String {
    let mut words = args.iter();
    while let Some(word) = words.next() {
        if word == "--dist" {
            if let Some(dir) = words.next() {
                return dir.clone();
            }
        } else if let Some(dir) = word.strip_prefix("--dist=") {
            return dir.to_string();
        }
    }
    "dist".to_string()
}

/// `cargo xtask build [--story FILE] [Trunk's arguments…]`.
pub fn build(args: &[String]) -> Result {
    let (story, extra) = story_option(args)?;
    tools::setup(false)?;
    trunk_build(&extra, story.as_deref())
}

/// `trunk serve --offline=true [extra…]`, e.g. `cargo xtask serve --port 8081`, with
/// `--story FILE` as for `build`.
pub fn serve(args: &[String]) -> Result {
    let (story, extra) = story_option(args)?;
    tools::setup(false)?;
    with_story(Cmd::new("trunk"), story.as_deref())
        .args(["serve", OFFLINE])
        .args(&extra)
        .run()
}

/// Splits `--story FILE` from the other arguments; the file must exist (its content is
/// checked by the build, which refuses an invalid story).
fn story_option(args: &[String]) -> Result<(Option<PathBuf>, Vec<String>)> {
    let mut story = None;
    let mut rest = Vec::new();
    let mut words = args.iter();
    while let Some(word) = words.next() {
        if word == "--story" {
            let file = words.next().ok_or("--story needs a FILE")?;
            let path = std::fs::canonicalize(file)
                .map_err(|e| format!("--story {file}: cannot read it ({e})"))?;
            story = Some(path);
        } else {
            rest.push(word.clone());
        }
    }
    Ok((story, rest))
}

/// Names the story the binaries embed (build.rs); cargo, run by Trunk and its hooks,
/// inherits it.
const STORY_VARIABLE: &str = "RURAL_STORY";

fn with_story(command: Cmd, story: Option<&Path>) -> Cmd {
    match story {
        Some(path) => command.env(STORY_VARIABLE, path),
        None => command,
    }
}
