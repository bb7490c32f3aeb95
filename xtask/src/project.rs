//! Where things are (the workspace root, the tool directories) and the shell every command
//! runs in: from the workspace root, with the pinned tools first on PATH.

use std::path::{Path, PathBuf};
use xshell::Shell;

/// Errors are plain messages: xtask prints them and exits non-zero.
pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root: the parent of this crate's directory.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// `xtask/tools`: the npm project that pins wasm-opt (binaryen).
pub fn tools_dir() -> PathBuf {
    root().join("xtask").join("tools")
}

/// `xtask/tools/node_modules/.bin`, where npm puts wasm-opt.
pub fn npm_bin_dir() -> PathBuf {
    tools_dir().join("node_modules").join(".bin")
}

/// `$CARGO_HOME/bin`, default `~/.cargo/bin`: where `cargo install` puts trunk and wasm-bindgen.
pub fn cargo_bin_dir() -> PathBuf {
    match std::env::var_os("CARGO_HOME").filter(|h| !h.is_empty()) {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_else(|| "/root".into()))
            .join(".cargo")
            .join("bin"),
    }
}

/// Puts our tool directories first on this process's PATH, so the pinned tools win for every
/// command it starts (Trunk looks its tools up on PATH too).
pub fn install_tool_path() {
    let ours = [npm_bin_dir(), cargo_bin_dir()];
    let old = std::env::var_os("PATH").unwrap_or_default();
    let rest = std::env::split_paths(&old).filter(|d| !ours.contains(d));
    let path = std::env::join_paths(ours.iter().cloned().chain(rest))
        .expect("PATH entries contain no ':'");
    // Edition 2021: set_var is safe; xtask is single-threaded when main() calls this.
    std::env::set_var("PATH", path);
}

/// A shell at the workspace root.
pub fn shell() -> Result<Shell> {
    let sh = Shell::new().map_err(|e| e.to_string())?;
    sh.change_dir(root());
    Ok(sh)
}

/// Copies the files of the workspace's folder `from` (not its folders) into `to`, which is
/// created if missing.
pub fn copy_files(from: &str, to: &Path) -> Result {
    let sh = shell()?;
    sh.create_dir(to).map_err(|e| e.to_string())?;
    for path in sh.read_dir(from).map_err(|e| e.to_string())? {
        if path.is_file() {
            let name = path.file_name().unwrap_or_default();
            sh.copy_file(&path, to.join(name))
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Runs `cmd` (xshell prints it first); a failure names the command, and a missing program
/// says how to install it.
pub fn run(cmd: xshell::Cmd<'_>) -> Result {
    cmd.run().map_err(|e| {
        let hint = if e.to_string().starts_with("command not found") {
            " (not found on PATH: `cargo xtask setup` installs the tools)"
        } else {
            ""
        };
        format!("{e}{hint}")
    })
}

/// Runs `cmd` quietly and returns its stdout and stderr, or `None` if it cannot start or
/// exits non-zero. For version probes such as `trunk --version`.
pub fn probe(cmd: xshell::Cmd<'_>) -> Option<String> {
    let output = cmd.quiet().output().ok()?;
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    Some(text.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use xshell::cmd;

    #[test]
    fn root_is_parent_of_xtask() {
        assert!(root().join("xtask").join("Cargo.toml").is_file());
    }

    #[test]
    fn tool_path_puts_our_dirs_first() {
        install_tool_path();
        let path = std::env::var_os("PATH").unwrap();
        let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
        assert_eq!(dirs[..2], [npm_bin_dir(), cargo_bin_dir()]);
    }

    #[test]
    fn copies_the_files_of_a_folder_into_one_it_creates() {
        let to = std::env::temp_dir().join(format!("xtask-copy-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&to);
        copy_files("xtask", &to.join("x")).unwrap();
        assert!(to.join("x/Cargo.toml").is_file());
        assert!(!to.join("x/src").exists(), "files only, not folders");
        assert!(copy_files("no-such-folder", &to.join("y")).is_err());
        std::fs::remove_dir_all(&to).unwrap();
    }

    #[test]
    fn failures_name_the_command_and_missing_programs_the_fix() {
        let sh = shell().unwrap();
        assert!(run(cmd!(sh, "true")).is_ok());
        let err = run(cmd!(sh, "false")).unwrap_err();
        assert!(err.contains("`false`"), "{err}");
        let err = run(cmd!(sh, "no-such-program-xtask")).unwrap_err();
        assert!(err.contains("cargo xtask setup"), "{err}");
        assert_eq!(probe(cmd!(sh, "echo hi")).as_deref(), Some("hi"));
        assert_eq!(probe(cmd!(sh, "no-such-program-xtask")), None);
        assert_eq!(probe(cmd!(sh, "false")), None);
    }
}
