//! Static first: after Trunk builds, the story is rendered natively (the `render-static`
//! binary, Leptos `ssr`) into the served `index.html`, so readers get the whole story before
//! or without WebAssembly. Trunk runs it as a hook (Trunk.toml).

use crate::project::{self, Result};
use std::path::Path;
use xshell::cmd;

/// Renders into `dir/index.html` (and writes the other pages beside it). It runs for every
/// build, `trunk serve` included: the page's wasm enhances the prerendered story and has
/// nothing to show without it.
pub fn run(dir: &Path) -> Result {
    let sh = project::shell()?;
    let index = dir.join("index.html");
    project::run(cmd!(
        sh,
        "cargo run --quiet --offline --no-default-features --features ssr --package rural-story --bin render-static -- {index}"
    ))
}
