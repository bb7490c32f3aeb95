//! The second story: the site built for `tests/stories/synthetic.json` (a made-up article
//! that uses every part of the schema) into `target/second-story`, and
//! `tests/e2e/second-story.mjs` run against it: a second article needs only its JSON.

use crate::build::{self, Options};
use crate::e2e;
use crate::project::{self, Result};

pub fn run() -> Result {
    let story = project::root().join("tests/stories/synthetic.json");
    let dist = project::root().join("target/second-story");
    build::trunk_build(
        &Options {
            story: Some(story),
            site_url: None,
            // From the root, as Trunk.toml names its own.
            dist: Some("target/second-story".into()),
        },
        &[],
    )?;
    e2e::run_file("second-story.mjs", &[("DIST_DIR", &dist)])
}
