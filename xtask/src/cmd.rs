//! Running external commands: every command is printed before it runs, runs from the
//! workspace root with the tool PATH (see [`tool_path`]), and a failure becomes an error
//! message that names the command.

use std::ffi::OsString;
use std::fmt;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

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
    let home = std::env::var_os("CARGO_HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_else(|| "/root".into())).join(".cargo")
        });
    home.join("bin")
}

/// PATH with our tool directories in front, so the pinned tools win (Trunk looks them up on PATH).
pub fn tool_path() -> OsString {
    let ours = [npm_bin_dir(), cargo_bin_dir()];
    let mut dirs = ours.to_vec();
    if let Some(old) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&old).filter(|d| !ours.contains(d)));
    }
    std::env::join_paths(dirs).expect("PATH entries contain no ':'")
}

/// Sets PATH for this process, so that every command it starts (and their children) sees it.
pub fn install_tool_path() {
    // Edition 2021: set_var is safe; xtask is single-threaded when main() calls this.
    std::env::set_var("PATH", tool_path());
}

/// Finds `program` on the current PATH, like `which`.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// A command to run from the workspace root.
#[derive(Debug, Clone)]
pub struct Cmd {
    program: OsString,
    args: Vec<OsString>,
    envs: Vec<(OsString, OsString)>,
    dir: PathBuf,
}

impl Cmd {
    pub fn new(program: impl Into<OsString>) -> Self {
        Cmd {
            program: program.into(),
            args: Vec::new(),
            envs: Vec::new(),
            dir: root(),
        }
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.envs.push((key.into(), value.into()));
        self
    }

    pub fn dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.dir = dir.into();
        self
    }

    fn command(&self) -> Command {
        let mut command = Command::new(&self.program);
        command
            .args(&self.args)
            .current_dir(&self.dir)
            .env("PATH", tool_path());
        for (key, value) in &self.envs {
            command.env(key, value);
        }
        command
    }

    fn start_error(&self, err: std::io::Error) -> String {
        let hint = if err.kind() == ErrorKind::NotFound {
            " (not found on PATH: is it installed? `cargo xtask setup` installs the tools)"
        } else {
            ""
        };
        format!("could not start `{self}`: {err}{hint}")
    }

    /// Prints the command, runs it with inherited stdin/stdout/stderr and fails unless it exits 0.
    pub fn run(&self) -> Result {
        println!("$ {self}");
        self.run_unannounced()
    }

    /// As `run`, naming the command on stderr: stdout is the program's alone, for
    /// `cargo xtask draft-story ARTICLE.txt > story.json`.
    pub fn run_to_stdout(&self) -> Result {
        eprintln!("$ {self}");
        self.run_unannounced()
    }

    fn run_unannounced(&self) -> Result {
        let status = self.command().status().map_err(|e| self.start_error(e))?;
        if status.success() {
            Ok(())
        } else {
            let how = match status.code() {
                Some(code) => format!("exit code {code}"),
                None => "killed by a signal".to_string(),
            };
            Err(format!("command failed ({how}): {self}"))
        }
    }

    /// Runs quietly and returns stdout (stderr appended), or `None` if the program is missing
    /// or exits non-zero. For version probes such as `trunk --version`.
    pub fn probe(&self) -> Option<String> {
        let output = self
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .ok()?;
        if !output.status.success() {
            return None;
        }
        let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&output.stderr));
        Some(text.trim().to_string())
    }
}

fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

impl fmt::Display for Cmd {
    /// Shell-like: `KEY=value program arg…`, quoting words that need it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut words = Vec::new();
        for (key, value) in &self.envs {
            words.push(format!(
                "{}={}",
                key.to_string_lossy(),
                shell_word(&value.to_string_lossy())
            ));
        }
        words.push(shell_word(&self.program.to_string_lossy()));
        words.extend(self.args.iter().map(|a| shell_word(&a.to_string_lossy())));
        if self.dir != root() {
            write!(
                f,
                "(cd {} && {})",
                shell_word(&self.dir.to_string_lossy()),
                words.join(" ")
            )
        } else {
            f.write_str(&words.join(" "))
        }
    }
}

/// `1.2s`, `2m03s`.
pub fn format_duration(duration: Duration) -> String {
    let secs = duration.as_secs_f64();
    if secs < 60.0 {
        format!("{secs:.1}s")
    } else {
        let whole = duration.as_secs();
        format!("{}m{:02}s", whole / 60, whole % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_is_parent_of_xtask() {
        assert!(root().join("xtask").join("Cargo.toml").is_file());
    }

    #[test]
    fn display_quotes_only_what_needs_it() {
        let cmd = Cmd::new("cargo")
            .args(["test", "--offline=true", "a b", "it's"])
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
        assert_eq!(
            cmd.to_string(),
            r"WASM_BINDGEN_TEST_TIMEOUT=120 cargo test --offline=true 'a b' 'it'\''s'"
        );
    }

    #[test]
    fn tool_path_puts_our_dirs_first() {
        let path = tool_path();
        let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
        assert_eq!(dirs[0], npm_bin_dir());
        assert_eq!(dirs[1], cargo_bin_dir());
    }

    #[test]
    fn run_reports_failures_and_missing_programs() {
        assert!(Cmd::new("true").run().is_ok());
        let err = Cmd::new("false").run().unwrap_err();
        assert!(
            err.contains("exit code 1") && err.contains("false"),
            "{err}"
        );
        let err = Cmd::new("no-such-program-xtask").run().unwrap_err();
        assert!(err.contains("not found on PATH"), "{err}");
        assert_eq!(Cmd::new("echo").arg("hi").probe().as_deref(), Some("hi"));
        assert_eq!(Cmd::new("no-such-program-xtask").probe(), None);
    }

    #[test]
    fn durations() {
        assert_eq!(format_duration(Duration::from_millis(1234)), "1.2s");
        assert_eq!(format_duration(Duration::from_secs(123)), "2m03s");
    }
}
