//! The wasm bundles Trunk does not build: each a binary of the `rural-story` package built
//! the way Trunk builds the page's (cargo, wasm-bindgen, and for release builds wasm-opt
//! -Oz) into a folder of the site, by a post-build hook (Trunk.toml).
//!
//! - [`EMBED`], the script embed's: `rural-story-embed`, which carries the story loader and
//!   validator that host-supplied stories need (the page's bundle does without them), beside
//!   the page's bundle, where `embed.js` loads it.
//! - [`STUDIO`], the story studio's: `rural-story-studio` into `studio/`, with its page,
//!   stylesheet and loader from `assets/studio/`. Only `studio/index.html` loads it.

use crate::project::{self, Result};
use crate::tools::WASM_TARGET;
use std::path::{Path, PathBuf};
use xshell::cmd;

/// One bundle: a binary, the folder of the site it goes into and the files that go with it.
pub struct Bundle {
    /// The binary: `BIN.js` and `BIN_bg.wasm`.
    pub bin: &'static str,
    /// The folder of the site, `""` for the top.
    pub folder: &'static str,
    /// A folder of the workspace whose files are copied into [`Bundle::folder`] first.
    pub assets: Option<&'static str>,
}

pub const EMBED: Bundle = Bundle {
    bin: "rural-story-embed",
    folder: "",
    assets: None,
};

pub const STUDIO: Bundle = Bundle {
    bin: "rural-story-studio",
    folder: "studio",
    assets: Some("assets/studio"),
};

impl Bundle {
    /// Builds the bundle into `site`'s folder: its assets, `BIN.js` and `BIN_bg.wasm`.
    pub fn build(&self, site: &Path, release: bool) -> Result {
        let Bundle { bin, .. } = self;
        let dir = site.join(self.folder);
        if let Some(assets) = self.assets {
            project::copy_files(assets, &dir)?;
        }
        let sh = project::shell()?;
        let release_flag = release.then_some("--release");
        project::run(cmd!(
            sh,
            "cargo build --offline --target {WASM_TARGET} --package rural-story --bin {bin} {release_flag...}"
        ))?;
        let profile = if release { "release" } else { "debug" };
        let wasm = target_dir()
            .join(WASM_TARGET)
            .join(profile)
            .join(format!("{bin}.wasm"));
        project::run(cmd!(
            sh,
            "wasm-bindgen --target web --no-typescript --out-name {bin} --out-dir {dir} {wasm}"
        ))?;
        if release {
            // As Trunk runs it for the page's bundle (index.html, data-wasm-opt="z").
            let bundle = dir.join(format!("{bin}_bg.wasm"));
            let wasm_opt = project::npm_bin_dir().join("wasm-opt");
            let mut output = std::ffi::OsString::from("--output=");
            output.push(&bundle);
            project::run(cmd!(sh, "{wasm_opt} {output} -Oz {bundle}"))?;
        }
        Ok(())
    }
}

/// Where cargo puts what it builds.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project::root().join("target"))
}
