//! `cargo xtask build` and `cargo xtask serve`: Trunk, after `setup` (which also runs
//! `cargo fetch`, so Trunk can run cargo offline). A build is then published (publish.rs);
//! `serve` keeps plain names for live reload.

use crate::cmd::{self, Cmd, Result};
use crate::{publish, tools};
use std::path::PathBuf;

/// `--offline=true` with the `=`: the flag takes a value and would swallow the next word.
const OFFLINE: &str = "--offline=true";

/// What a build is for, beyond Trunk's own arguments.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    /// The story JSON the site shows (default `assets/story.json`).
    pub story: Option<PathBuf>,
    /// The address the site is published at: absolute `hreflang`, canonical and `og:url`
    /// links (render-static checks it).
    pub site_url: Option<String>,
}

impl Options {
    /// Splits `--story FILE` and `--site-url URL` from the other arguments. The story file
    /// must exist (its content is checked by the build, which refuses an invalid story).
    pub fn split(args: &[String]) -> Result<(Options, Vec<String>)> {
        let mut options = Options::default();
        let mut rest = Vec::new();
        let mut words = args.iter();
        while let Some(word) = words.next() {
            match word.as_str() {
                "--story" => {
                    let file = words.next().ok_or("--story needs a FILE")?;
                    let path = std::fs::canonicalize(file)
                        .map_err(|e| format!("--story {file}: cannot read it ({e})"))?;
                    options.story = Some(path);
                }
                "--site-url" => {
                    let url = words.next().ok_or("--site-url needs a URL")?;
                    options.site_url = Some(url.clone());
                }
                _ => rest.push(word.clone()),
            }
        }
        Ok((options, rest))
    }

    /// `command` with the environment that carries these options to cargo, which Trunk and
    /// its hooks run: `RURAL_STORY` (build.rs) and `RURAL_STORY_SITE_URL` (render-static).
    fn apply(&self, mut command: Cmd) -> Cmd {
        if let Some(story) = &self.story {
            command = command.env("RURAL_STORY", story);
        }
        if let Some(url) = &self.site_url {
            command = command.env("RURAL_STORY_SITE_URL", url);
        }
        command
    }
}

/// `trunk build --release --offline=true [extra…]`, then publishing (content-hashed names,
/// precompressed files, `_headers`): writes dist/ (or `--dist DIR`). Tools must be set up.
pub fn trunk_build(extra: &[String], options: &Options) -> Result {
    options
        .apply(Cmd::new("trunk"))
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

/// `cargo xtask build [--story FILE] [--site-url URL] [Trunk's arguments…]`.
pub fn build(args: &[String]) -> Result {
    let (options, extra) = Options::split(args)?;
    tools::setup(false)?;
    trunk_build(&extra, &options)
}

/// `trunk serve --offline=true [extra…]`, e.g. `cargo xtask serve --port 8081`, with
/// `--story` and `--site-url` as for `build`.
pub fn serve(args: &[String]) -> Result {
    let (options, extra) = Options::split(args)?;
    tools::setup(false)?;
    options
        .apply(Cmd::new("trunk"))
        .args(["serve", OFFLINE])
        .args(&extra)
        .run()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_options_are_split_from_trunk_s_arguments() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let story = cmd::root().join("assets").join("story.json");
        let (options, rest) = Options::split(&words(&[
            "--site-url",
            "https://x.example/r/",
            "--dist",
            "out",
            "--story",
            &story.to_string_lossy(),
        ]))
        .unwrap();
        assert_eq!(options.site_url.as_deref(), Some("https://x.example/r/"));
        assert!(options.story.unwrap().ends_with("assets/story.json"));
        assert_eq!(rest, words(&["--dist", "out"]));
        assert_eq!(dist_dir(&rest), "out");
        assert!(Options::split(&words(&["--story", "no/such.json"]))
            .unwrap_err()
            .contains("no/such.json"));
        assert!(Options::split(&words(&["--site-url"])).is_err());
    }
}
