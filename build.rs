//! Which story the binaries carry: `assets/story.json`, or the file the `RURAL_STORY`
//! environment variable names (`cargo xtask build --story FILE` sets it; a relative path is
//! taken from the workspace root). Copied into `OUT_DIR`, where `story::EMBEDDED_STORY`
//! includes it, so changing either rebuilds what embeds it.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo::rerun-if-env-changed=RURAL_STORY");
    let story = match std::env::var_os("RURAL_STORY") {
        Some(path) if !path.is_empty() => root.join(PathBuf::from(path)),
        _ => root.join("assets").join("story.json"),
    };
    println!("cargo::rerun-if-changed={}", story.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("story.json");
    if let Err(error) = std::fs::copy(&story, &out) {
        panic!("cannot read the story {}: {error}", story.display());
    }
}
