//! The command line, declared once: xflags generates the parser and `cargo xtask help` from
//! it, so the help lists exactly what is accepted.

use std::ffi::OsString;
use std::num::NonZeroU32;
use std::path::PathBuf;

xflags::xflags! {
    /// Developer workflow for rural-story. Commands run from the workspace root, with
    /// xtask/tools/node_modules/.bin and $CARGO_HOME/bin first on PATH.
    cmd xtask {
        /// This text.
        cmd help {}

        /// Install what is missing, skip what is present at the right version: the wasm32
        /// target, trunk 0.21.14, wasm-opt 132 (npm, xtask/tools), wasm-bindgen-cli at the
        /// Cargo.lock version; then `cargo fetch`.
        cmd setup {
            /// Also Chromium, ChromeDriver, fonts-noto-cjk and Java (apt, as root).
            optional --browser
        }

        /// setup, then `trunk serve --offline=true` with live reload
        /// (http://127.0.0.1:8080/), the example host pages included.
        cmd serve {
            /// The story JSON to build with (default assets/story.json).
            optional --story file: PathBuf
            /// The address the site is published at (absolute hreflang, canonical and
            /// og:url links; default: relative links).
            optional --site-url url: String
            /// The port to serve on (Trunk's default: 8080).
            optional --port port: u16
            /// More of Trunk's arguments, after `--`.
            repeated trunk_args: OsString
        }

        /// setup, then `trunk build --release --offline=true` into dist/, then publish it:
        /// content-hashed names for every loaded file, .br and .gz beside every
        /// compressible file, and _headers.
        cmd build {
            /// The story JSON to build with (default assets/story.json).
            optional --story file: PathBuf
            /// The address the site is published at (absolute hreflang, canonical and
            /// og:url links; default: relative links).
            optional --site-url url: String
            /// Build into this directory instead of dist/.
            optional --dist dir: PathBuf
            /// More of Trunk's arguments, after `--`.
            repeated trunk_args: OsString
        }

        /// Raw, gzip -9 and brotli (q11) size of every file in dist/, each kind of reader
        /// page's first load against xtask/size-budget.toml, and the studio page's.
        cmd size {}

        /// End-to-end tests on the built dist/ (tests/e2e, headless Chromium).
        cmd e2e {}

        /// Serve a built site as its host will: the headers of its _headers file and its
        /// precompressed .br/.gz files, under a sub-path.
        cmd preview {
            /// The port (default 8090; 0: a free one).
            optional --port port: u16
            /// The sub-path to serve under (default /), e.g. /graphics/2022/rural/.
            optional --base path: String
            /// The directory to serve (default dist/).
            optional --dir dir: PathBuf
        }

        /// Release build, sizes, cold-load timings against a hand-made baseline page, the
        /// story page's interactions (Event Timing, 4× CPU), repeat visits, then
        /// Lighthouse 12 (mobile) on the story, a chart and the baseline; writes the
        /// figures into docs/performance.md.
        cmd bench {
            /// Cold loads per page and condition (default 15).
            optional --runs n: NonZeroU32
            /// Readers whose interactions are timed (default 5).
            optional --interaction-runs n: NonZeroU32
            /// Lighthouse runs per page (default 3).
            optional --lighthouse-runs n: NonZeroU32
            /// Readers who visit again (default 5).
            optional --repeat-runs n: NonZeroU32
            /// Fresh studio pages timed (default 5).
            optional --studio-runs n: NonZeroU32
            /// Only the cold loads (after the build and sizes).
            optional --loads-only
            /// Only the interactions.
            optional --interactions-only
            /// Only the repeat visits.
            optional --repeat-only
            /// Only the studio (its draft and its preview).
            optional --studio-only
            /// Only Lighthouse.
            optional --lighthouse-only
        }

        /// Check a story JSON file with the `validate-story` binary.
        cmd validate {
            required file: PathBuf
        }

        /// Print a first draft of a story JSON for an article's plain text (one paragraph
        /// per line): paragraphs, and every number with its value, unit, qualifier and
        /// sentence; labels, English, meta and charts left for a person (`validate` lists
        /// them with their paths).
        cmd draft-story {
            required article: PathBuf
        }

        /// Trunk hook: move Trunk's inline wasm loader in DIR/index.html into DIR/start.js,
        /// for a strict Content-Security-Policy.
        cmd externalize-loader {
            /// Default: $TRUNK_STAGING_DIR.
            optional dir: PathBuf
        }

        /// Trunk hook: build the script embed's bundle (rural-story-embed.js and its wasm)
        /// into DIR, release or debug as Trunk's profile.
        cmd embed-bundle {
            /// Default: $TRUNK_STAGING_DIR.
            optional dir: PathBuf
        }

        /// Trunk hook: build the story studio's page and bundle into DIR/studio/: the files
        /// of assets/studio/ (index.html, studio.css, start.js), rural-story-studio.js and
        /// its wasm, release or debug as Trunk's profile.
        cmd studio-bundle {
            /// Default: $TRUNK_STAGING_DIR.
            optional dir: PathBuf
        }

        /// Trunk hook: copy examples/ into a development build ($TRUNK_STAGING_DIR);
        /// release builds leave them out.
        cmd dev-examples {}

        /// Trunk hook: render the story natively (ssr) into DIR/index.html and its other
        /// pages.
        cmd prerender {
            /// Default: $TRUNK_STAGING_DIR.
            optional dir: PathBuf
        }

        /// Run every check: setup (with browser), fmt, clippy (native and wasm32), native
        /// tests, browser tests, release build, size, end-to-end tests, version mixing, the
        /// second story. Stops at the first failure; one PASS/FAIL line per step.
        cmd test {
            /// Run only these steps: setup, fmt, clippy, clippy-wasm, clippy-ssr,
            /// test-native, test-browser, build, size, e2e, versions, second-story.
            repeated steps: String
        }
    }
}

/// The generated help.
pub fn help() -> &'static str {
    Xtask::HELP_
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(words: &[&str]) -> xflags::Result<Xtask> {
        Xtask::from_vec(words.iter().map(OsString::from).collect())
    }

    #[test]
    fn help_lists_every_flag_that_is_accepted() {
        for flag in [
            "--loads-only",
            "--repeat-only",
            "--repeat-runs",
            "--studio-only",
            "--studio-runs",
            "--interactions-only",
            "--site-url",
            "--dist",
        ] {
            assert!(help().contains(flag), "{flag}");
        }
        let Err(err) = parse(&["bench", "--fast"]) else {
            panic!("--fast accepted")
        };
        assert!(err.to_string().contains("--fast"), "{err}");
    }

    #[test]
    fn commands_take_their_flags_and_trunk_s_after_a_double_dash() {
        let XtaskCmd::Build(build) = parse(&["build", "--dist", "out", "--", "--features", "x"])
            .unwrap()
            .subcommand
        else {
            panic!("not build")
        };
        assert_eq!(build.dist, Some(PathBuf::from("out")));
        assert_eq!(build.trunk_args, ["--features", "x"]);
        let XtaskCmd::Bench(bench) = parse(&["bench", "--repeat-only", "--repeat-runs", "3"])
            .unwrap()
            .subcommand
        else {
            panic!("not bench")
        };
        assert!(bench.repeat_only);
        assert_eq!(bench.repeat_runs.map(NonZeroU32::get), Some(3));
        assert!(parse(&["bench", "--runs", "0"]).is_err());
        assert!(parse(&["preview", "--port", "http"]).is_err());
        assert!(parse(&["validate"]).is_err());
    }
}
