//! `cargo xtask setup`: checks each tool the build needs and installs only what is missing
//! or at the wrong version. Each check prints one line: `ok: X version` or `installing X…`.

use crate::project::{self, probe, run, Result};
use serde::Deserialize;
use std::path::Path;
use xshell::{cmd, Shell};

/// Trunk 0.22 needs a newer rustc than this project's toolchain; 0.21.14 is the pin.
pub const TRUNK_VERSION: &str = "0.21.14";
/// wasm-opt comes from npm `binaryen@132.0.0` (xtask/tools/package.json). Debian's binaryen
/// (108) silently produces a broken wasm: never use it.
pub const WASM_OPT_VERSION: &str = "132";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Debian packages for browser tests; the fonts make Chinese text render in screenshots.
pub const BROWSER_PACKAGES: [&str; 3] = ["chromium", "chromium-driver", "fonts-noto-cjk"];
const FONT_PACKAGE: &str = "fonts-noto-cjk";
/// Java for the Nu Html Checker, where the machine has none (Debian 12: OpenJDK 17).
const JAVA_PACKAGE: &str = "default-jre-headless";

/// Installs what is missing. With `browser`, also Chromium, ChromeDriver and CJK fonts.
pub fn setup(browser: bool) -> Result {
    let sh = project::shell()?;
    ensure_wasm_target(&sh)?;
    ensure_trunk(&sh)?;
    ensure_wasm_opt(&sh)?;
    // Fetch before reading Cargo.lock: it writes the lock file if there is none, and it lets
    // later `--offline` builds (Trunk's, and cargo's under it) find every crate.
    run(cmd!(sh, "cargo fetch"))?;
    ensure_wasm_bindgen(&sh)?;
    if browser {
        ensure_browser(&sh)?;
    }
    Ok(())
}

/// True if `output` (of `tool --version`) contains `version` as a whole word
/// (`trunk 0.21.14`, `wasm-opt version 132 (version_132)`, `v1.2`).
pub fn reports_version(output: &str, version: &str) -> bool {
    output
        .split(|c: char| c.is_whitespace() || "(),;".contains(c))
        .any(|word| word == version || word.strip_prefix('v') == Some(version))
}

/// The `version` of the `[[package]]` named `name` in a Cargo.lock. If several versions are
/// locked, the first one is returned.
pub fn locked_version(lock: &str, name: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Lock {
        #[serde(default)]
        package: Vec<Package>,
    }
    #[derive(Deserialize)]
    struct Package {
        name: String,
        version: String,
    }
    let lock: Lock = toml::from_str(lock).ok()?;
    lock.package
        .into_iter()
        .find(|p| p.name == name)
        .map(|p| p.version)
}

fn ensure_wasm_target(sh: &Shell) -> Result {
    let installed = probe(cmd!(sh, "rustup target list --installed"))
        .ok_or("`rustup target list --installed` failed: is rustup installed and on PATH?")?;
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        println!("ok: rust target {WASM_TARGET}");
        return Ok(());
    }
    println!("installing rust target {WASM_TARGET}…");
    run(cmd!(sh, "rustup target add {WASM_TARGET}"))
}

fn ensure_trunk(sh: &Shell) -> Result {
    let version = || probe(cmd!(sh, "trunk --version"));
    let found = version();
    if found
        .as_deref()
        .is_some_and(|v| reports_version(v, TRUNK_VERSION))
    {
        println!("ok: trunk {TRUNK_VERSION}");
        return Ok(());
    }
    println!(
        "installing trunk {TRUNK_VERSION}… (found: {}; this takes about 8 minutes)",
        found.as_deref().unwrap_or("none")
    );
    run(cmd!(
        sh,
        "cargo install trunk --version {TRUNK_VERSION} --locked"
    ))?;
    verify("trunk", version(), TRUNK_VERSION)
}

fn ensure_wasm_opt(sh: &Shell) -> Result {
    let wasm_opt = project::npm_bin_dir().join("wasm-opt");
    let version = || probe(cmd!(sh, "{wasm_opt} --version"));
    let found = version();
    if let Some(v) = found
        .as_deref()
        .filter(|v| reports_version(v, WASM_OPT_VERSION))
    {
        println!("ok: {v}");
        return Ok(());
    }
    println!(
        "installing wasm-opt {WASM_OPT_VERSION} (npm binaryen, xtask/tools/package-lock.json)… (found: {})",
        found.as_deref().unwrap_or("none")
    );
    if which::which("npm").is_err() {
        return Err(
            "npm not found on PATH: install Node.js and npm (Debian: apt-get install nodejs npm)"
                .into(),
        );
    }
    let _dir = sh.push_dir(project::tools_dir());
    run(cmd!(sh, "npm ci --no-audit --no-fund"))?;
    verify("wasm-opt", version(), WASM_OPT_VERSION)
}

fn ensure_wasm_bindgen(sh: &Shell) -> Result {
    let lock_path = project::root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    let version = locked_version(&lock, "wasm-bindgen").ok_or_else(|| {
        format!(
            "{} has no `wasm-bindgen` package: cannot tell which wasm-bindgen-cli to install",
            lock_path.display()
        )
    })?;
    let bindgen = || probe(cmd!(sh, "wasm-bindgen --version"));
    let found = bindgen();
    let right_version = found
        .as_deref()
        .is_some_and(|v| reports_version(v, &version));
    let runner = probe(cmd!(sh, "wasm-bindgen-test-runner --version"));
    let runner_ok = runner
        .as_deref()
        .is_some_and(|v| reports_version(v, &version));
    if right_version && runner_ok {
        println!("ok: wasm-bindgen {version} (+ wasm-bindgen-test-runner)");
        return Ok(());
    }
    println!(
        "installing wasm-bindgen-cli {version} (the version in Cargo.lock)… (found: {}; this takes a few minutes)",
        found.as_deref().unwrap_or("none")
    );
    // No --locked: the CLI's own lock file names a crate version this registry lacks.
    // Same version but the test runner is gone or differs: cargo would say "already installed".
    let force = right_version.then_some("--force");
    run(cmd!(
        sh,
        "cargo install wasm-bindgen-cli --version {version} {force...}"
    ))?;
    verify("wasm-bindgen", bindgen(), &version)
}

fn ensure_browser(sh: &Shell) -> Result {
    let status = "-f=${Status}";
    let fonts_installed = probe(cmd!(sh, "dpkg-query -W {status} {FONT_PACKAGE}"))
        .is_some_and(|s| s.contains("install ok installed"));
    let binaries_present = Path::new(CHROMIUM).is_file() && Path::new(CHROMEDRIVER).is_file();
    // The Nu Html Checker (vnu-jar, end-to-end step) runs on Java 11 or later.
    let java_present = which::which("java").is_ok();
    if binaries_present && fonts_installed && java_present {
        for (tool, path) in [("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER)] {
            let version = probe(cmd!(sh, "{path} --version"));
            println!(
                "ok: {}",
                version.unwrap_or_else(|| format!("{tool} ({path})"))
            );
        }
        println!("ok: {FONT_PACKAGE}");
        println!("ok: java");
        return Ok(());
    }
    let mut wanted: Vec<&str> = BROWSER_PACKAGES.to_vec();
    if !java_present {
        wanted.push(JAVA_PACKAGE);
    }
    let packages = wanted.join(" ");
    let is_root = probe(cmd!(sh, "id -u")).as_deref() == Some("0");
    if !is_root {
        return Err(format!(
            "browser tests need {CHROMIUM}, {CHROMEDRIVER} and {FONT_PACKAGE}; as root run: \
             apt-get update && apt-get install -y {packages}"
        ));
    }
    println!("installing {packages} (Debian)…");
    run(cmd!(sh, "apt-get update"))?;
    run(cmd!(sh, "apt-get install -y {wanted...}").env("DEBIAN_FRONTEND", "noninteractive"))?;
    for path in [CHROMIUM, CHROMEDRIVER] {
        if !Path::new(path).is_file() {
            return Err(format!(
                "{path} is still missing after apt-get install {packages}"
            ));
        }
    }
    Ok(())
}

/// After an install: the tool must now report the wanted version.
fn verify(tool: &str, found: Option<String>, version: &str) -> Result {
    match found {
        Some(v) if reports_version(&v, version) => {
            println!("ok: {v}");
            Ok(())
        }
        other => Err(format!(
            "{tool} still does not report version {version} after installing (it reports: {}); \
             is another {tool} earlier on PATH?",
            other.as_deref().unwrap_or("nothing: not found")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_locked_version_by_exact_name() {
        let lock = std::fs::read_to_string(project::root().join("Cargo.lock")).unwrap();
        // Cargo.toml pins wasm-bindgen exactly; its -backend and -test neighbours differ.
        let manifest = std::fs::read_to_string(project::root().join("Cargo.toml")).unwrap();
        let pinned = locked_version(&lock, "wasm-bindgen").unwrap();
        assert!(
            manifest.contains(&format!("wasm-bindgen = \"={pinned}\"")),
            "{pinned}"
        );
        assert_ne!(locked_version(&lock, "wasm-bindgen-test"), Some(pinned));
        assert_eq!(locked_version(&lock, "no-such-crate"), None);
        assert_eq!(locked_version("", "wasm-bindgen"), None);
        let two = "[[package]]\nname = \"a\"\nversion = \"1.0.0\"\n\n[[package]]\nname = \"b\"\nversion = \"2.0.0\"\n";
        assert_eq!(locked_version(two, "b").as_deref(), Some("2.0.0"));
    }

    #[test]
    fn version_words() {
        assert!(reports_version("trunk 0.21.14", "0.21.14"));
        assert!(!reports_version("trunk 0.21.1", "0.21.14"));
        assert!(!reports_version("trunk 0.21.140", "0.21.14"));
        assert!(reports_version("wasm-opt version 132 (version_132)", "132"));
        assert!(!reports_version(
            "wasm-opt version 108 (version_108)",
            "132"
        ));
        assert!(!reports_version("wasm-opt version 1320", "132"));
        assert!(reports_version("wasm-bindgen 0.2.130", "0.2.130"));
        assert!(reports_version("node v20.20.2", "20.20.2"));
    }
}
