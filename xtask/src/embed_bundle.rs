//! The script embed's bundle: a second wasm beside the story page's, built from the
//! `rural-story-embed` binary, which carries the story loader and validator that
//! host-supplied stories need (the page's bundle does without them). Trunk builds the page's
//! bundle; this post-build hook builds the embed's the same way (cargo, wasm-bindgen, and
//! for release builds wasm-opt -Oz) into the same directory, where `embed.js` loads it.

use crate::cmd::{self, Cmd, Result};
use crate::tools::WASM_TARGET;
use std::path::{Path, PathBuf};

pub const BIN: &str = "rural-story-embed";

/// Builds the bundle into `dir`: `rural-story-embed.js` and `rural-story-embed_bg.wasm`.
pub fn run(dir: &Path, release: bool) -> Result {
    let mut build = Cmd::new("cargo").args([
        "build",
        "--offline",
        "--target",
        WASM_TARGET,
        "--package",
        "rural-story",
        "--bin",
        BIN,
    ]);
    if release {
        build = build.arg("--release");
    }
    build.run()?;
    let profile = if release { "release" } else { "debug" };
    let wasm = target_dir()
        .join(WASM_TARGET)
        .join(profile)
        .join(format!("{BIN}.wasm"));
    Cmd::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            BIN,
            "--out-dir",
        ])
        .arg(dir)
        .arg(wasm)
        .run()?;
    if release {
        // As Trunk runs it for the page's bundle (index.html, data-wasm-opt="z").
        let bundle = dir.join(format!("{BIN}_bg.wasm"));
        let mut output = std::ffi::OsString::from("--output=");
        output.push(&bundle);
        Cmd::new(cmd::npm_bin_dir().join("wasm-opt"))
            .arg(output)
            .arg("-Oz")
            .arg(&bundle)
            .run()?;
    }
    Ok(())
}

/// Where cargo puts what it builds.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| cmd::root().join("target"))
}
