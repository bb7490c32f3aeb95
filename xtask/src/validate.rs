//! `cargo xtask validate FILE`: checks a story JSON with the main crate's `validate-story`;
//! `cargo xtask draft-story ARTICLE.txt`: a first draft of a story JSON (`draft-story`).

use crate::project::{self, Result};
use std::path::{Path, PathBuf};
use xshell::cmd;

/// Commands run from the workspace root, so a relative FILE is taken from where the user is.
fn absolute(file: &Path) -> Result<PathBuf> {
    let path = std::path::absolute(file).map_err(|e| e.to_string())?;
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!("{} is not a file", path.display()))
    }
}

pub fn validate(file: &Path) -> Result {
    let sh = project::shell()?;
    let file = absolute(file)?;
    project::run(cmd!(
        sh,
        "cargo run --quiet --package rural-story --bin validate-story -- {file}"
    ))
}

/// Prints a draft story JSON for the article in `file` (plain text, one paragraph per line).
/// xshell names the command on stderr: stdout is the program's alone, for
/// `cargo xtask draft-story ARTICLE.txt > story.json`.
pub fn draft(file: &Path) -> Result {
    let sh = project::shell()?;
    let file = absolute(file)?;
    project::run(cmd!(
        sh,
        "cargo run --quiet --package rural-story --bin draft-story -- {file}"
    ))
}
