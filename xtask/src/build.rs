//! `cargo xtask build` and `cargo xtask serve`: Trunk, after `setup` (which also runs
//! `cargo fetch`, so Trunk can run cargo offline). A build is then published (publish.rs);
//! `serve` keeps plain names for live reload.

use crate::project::{self, Result};
use crate::{flags, publish, tools};
use std::ffi::OsString;
use std::path::PathBuf;
use xshell::cmd;

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
    /// Where the site goes (default `dist/`, Trunk.toml's), from the workspace root.
    pub dist: Option<PathBuf>,
}

impl Options {
    /// The story file must exist (its content is checked by the build, which refuses an
    /// invalid story); it is named absolutely, since cargo runs elsewhere.
    fn new(story: Option<PathBuf>, site_url: Option<String>) -> Result<Options> {
        let story = match story {
            Some(file) => Some(
                std::fs::canonicalize(&file)
                    .map_err(|e| format!("--story {}: cannot read it ({e})", file.display()))?,
            ),
            None => None,
        };
        Ok(Options {
            story,
            site_url,
            dist: None,
        })
    }

    /// `command` with the environment that carries these options to cargo, which Trunk and
    /// its hooks run: `RURAL_STORY` (build.rs) and `RURAL_STORY_SITE_URL` (render-static).
    fn apply<'a>(&self, mut command: xshell::Cmd<'a>) -> xshell::Cmd<'a> {
        if let Some(story) = &self.story {
            command = command.env("RURAL_STORY", story);
        }
        if let Some(url) = &self.site_url {
            command = command.env("RURAL_STORY_SITE_URL", url);
        }
        command
    }
}

/// `trunk build --release --offline=true [--dist DIR] [extra…]`, then publishing
/// (content-hashed names, precompressed files, `_headers`). Tools must be set up.
pub fn trunk_build(options: &Options, extra: &[OsString]) -> Result {
    let sh = project::shell()?;
    let dist = options.dist.clone().unwrap_or_else(|| "dist".into());
    project::run(options.apply(cmd!(
        sh,
        "trunk build --release {OFFLINE} --dist {dist} {extra...}"
    )))?;
    publish::run(&project::root().join(dist))
}

/// `cargo xtask build`.
pub fn build(flags: flags::Build) -> Result {
    let mut options = Options::new(flags.story, flags.site_url)?;
    options.dist = flags.dist;
    tools::setup(false)?;
    trunk_build(&options, &flags.trunk_args)
}

/// `cargo xtask serve`: `trunk serve --offline=true [--port N] [extra…]`.
pub fn serve(flags: flags::Serve) -> Result {
    let options = Options::new(flags.story, flags.site_url)?;
    tools::setup(false)?;
    let sh = project::shell()?;
    let port = flags.port.map(|p| ["--port".to_string(), p.to_string()]);
    let port = port.iter().flatten();
    let extra = &flags.trunk_args;
    project::run(options.apply(cmd!(sh, "trunk serve {OFFLINE} {port...} {extra...}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_is_named_absolutely_and_must_exist() {
        let options = Options::new(Some("../assets/story.json".into()), None).unwrap();
        assert!(options.story.unwrap().is_absolute());
        let err = Options::new(Some("no/such.json".into()), None).unwrap_err();
        assert!(err.contains("no/such.json"), "{err}");
    }

    #[test]
    fn options_reach_cargo_through_the_environment() {
        let sh = project::shell().unwrap();
        let options = Options {
            story: Some("/s.json".into()),
            site_url: Some("https://x.example/r/".into()),
            dist: None,
        };
        let shown = options.apply(cmd!(sh, "env")).read().unwrap();
        assert!(shown.lines().any(|l| l == "RURAL_STORY=/s.json"), "{shown}");
        assert!(shown
            .lines()
            .any(|l| l == "RURAL_STORY_SITE_URL=https://x.example/r/"));
    }
}
