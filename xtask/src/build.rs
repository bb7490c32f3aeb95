//! `cargo xtask build` and `cargo xtask serve`: Trunk, after `setup` (which also runs
//! `cargo fetch`, so Trunk can run cargo offline).

use crate::cmd::{Cmd, Result};
use crate::tools;

/// `--offline=true` with the `=`: the flag takes a value and would swallow the next word.
const OFFLINE: &str = "--offline=true";

/// `trunk build --release --offline=true [extra…]`: writes dist/. Tools must be set up.
pub fn trunk_build(extra: &[String]) -> Result {
    Cmd::new("trunk")
        .args(["build", "--release", OFFLINE])
        .args(extra)
        .run()
}

pub fn build(extra: &[String]) -> Result {
    tools::setup(false)?;
    trunk_build(extra)
}

/// `trunk serve --offline=true [extra…]`, e.g. `cargo xtask serve --port 8081`.
pub fn serve(extra: &[String]) -> Result {
    tools::setup(false)?;
    Cmd::new("trunk").args(["serve", OFFLINE]).args(extra).run()
}
