//! The script embed's bundle: a second wasm beside the story page's, built from the
//! `rural-story-embed` binary, which carries the story loader and validator that
//! host-supplied stories need (the page's bundle does without them). Trunk builds the page's
//! bundle; this post-build hook builds the embed's the same way (cargo, wasm-bindgen, and
//! for release builds wasm-opt -Oz) into the same directory, where `embed.js` loads it.

use crate::project::{self, Result};
use crate::tools::WASM_TARGET;
use std::path::{Path, PathBuf};
use xshell::cmd;

pub const BIN: &str = "rural-story-embed";

/// Builds the bundle into `dir`: `rural-story-embed.js` and `rural-story-embed_bg.wasm`.
pub fn run(dir: &Path, release: bool) -> Result {
    let sh = project::shell()?;
    let release_flag = release.then_some("--release");
    project::run(cmd!(
        sh,
        "cargo build --offline --target {WASM_TARGET} --package rural-story --bin {BIN} {release_flag...}"
    ))?;
    let profile = if release { "release" } else { "debug" };
    let wasm = target_dir()
        .join(WASM_TARGET)
        .join(profile)
        .join(format!("{BIN}.wasm"));
    project::run(cmd!(
        sh,
        "wasm-bindgen --target web --no-typescript --out-name {BIN} --out-dir {dir} {wasm}"
    ))?;
    if release {
        // As Trunk runs it for the page's bundle (index.html, data-wasm-opt="z").
        let bundle = dir.join(format!("{BIN}_bg.wasm"));
        let wasm_opt = project::npm_bin_dir().join("wasm-opt");
        let mut output = std::ffi::OsString::from("--output=");
        output.push(&bundle);
        project::run(cmd!(sh, "{wasm_opt} {output} -Oz {bundle}"))?;
    }
    Ok(())
}

/// Where cargo puts what it builds.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project::root().join("target"))
}
