//! `cargo xtask validate FILE`: checks a story JSON with the main crate's `validate-story`;
//! `cargo xtask draft-story ARTICLE.txt`: a first draft of a story JSON (`draft-story`).

use std::path::{Path, PathBuf};

use crate::cmd::{Cmd, Result};

/// Commands run from the workspace root, so a relative FILE is taken from where the user is.
fn absolute(file: &Path) -> PathBuf {
    if file.is_absolute() {
        file.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(file))
            .unwrap_or_else(|_| file.to_path_buf())
    }
}

pub fn validate(file: &str) -> Result {
    story_bin("validate-story", file)?.run()
}

/// Prints a draft story JSON for the article in `file` (plain text, one paragraph per line).
pub fn draft(file: &str) -> Result {
    story_bin("draft-story", file)?.run_to_stdout()
}

/// `cargo run` of the main crate's binary `bin` on `file`, which must exist.
fn story_bin(bin: &str, file: &str) -> Result<Cmd> {
    let path = absolute(Path::new(file));
    if !path.is_file() {
        return Err(format!("{} is not a file", path.display()));
    }
    Ok(Cmd::new("cargo")
        .args([
            "run",
            "--quiet",
            "--package",
            "rural-story",
            "--bin",
            bin,
            "--",
        ])
        .arg(path))
}
