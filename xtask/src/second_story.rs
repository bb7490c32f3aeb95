//! The second story: the site built for `tests/stories/synthetic.json` (a made-up article
//! that uses every part of the schema) into `target/second-story`, and
//! `tests/e2e/second-story.mjs` run against it: a second article needs only its JSON.

use crate::build::{self, Options};
use crate::cmd::{self, Result};
use crate::e2e;

pub fn run() -> Result {
    let story = cmd::root()
        .join("tests")
        .join("stories")
        .join("synthetic.json");
    let dist = cmd::root().join("target").join("second-story");
    let relative = dist.strip_prefix(cmd::root()).unwrap_or(&dist);
    build::trunk_build(
        &[
            "--dist".to_string(),
            relative.to_string_lossy().into_owned(),
        ],
        &Options {
            story: Some(story),
            site_url: None,
        },
    )?;
    e2e::run_file("second-story.mjs", &[("DIST_DIR", &dist)])
}
