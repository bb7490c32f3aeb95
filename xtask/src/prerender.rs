//! Static first: after Trunk builds, the story is rendered natively (the `render-static`
//! binary, Leptos `ssr`) into the served `index.html`, so readers get the whole story before
//! or without WebAssembly. Trunk runs it as a hook (Trunk.toml).

use crate::cmd::{Cmd, Result};
use std::path::Path;

/// Renders into `dir/index.html`. As a hook it runs for release builds only, so that
/// `trunk serve` reloads stay fast; `always` runs it regardless.
pub fn run(dir: &Path, always: bool) -> Result {
    let profile = std::env::var("TRUNK_PROFILE").unwrap_or_default();
    if !always && profile != "release" {
        println!("prerender: skipped for the {profile} profile");
        return Ok(());
    }
    let index = dir.join("index.html");
    Cmd::new("cargo")
        .args([
            "run",
            "--quiet",
            "--offline",
            "--no-default-features",
            "--features",
            "ssr",
        ])
        .args(["--package", "rural-story", "--bin", "render-static", "--"])
        .arg(index.to_string_lossy().as_ref())
        .run()
}
