//! The version-mixing test: a newsroom corrects its story and deploys again, keeping the
//! files of the earlier deploy. This step builds a second site from a corrected story
//! (`target/versions/b`, the titles marked corrected) beside the release `dist/`, and runs
//! `tests/e2e/versions.mjs`, which serves both sets together, the newer entry points
//! winning, and checks that a reader holding either version's entry point loads only that
//! version's files.

use crate::project::{self, Result};
use crate::{build, e2e};
use std::path::Path;

/// Marks appended to the corrected story's titles, which the test looks for.
pub const CORRECTED: [(&str, &str); 2] = [("zh", "（更正）"), ("en", " (corrected)")];

pub fn run() -> Result {
    let dist = project::root().join("dist");
    if !dist.join("index.html").exists() {
        return Err("dist/ has no index.html: run `cargo xtask build` first".into());
    }
    let work = project::root().join("target").join("versions");
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let story = work.join("story-corrected.json");
    let original = project::root().join("assets").join("story.json");
    let text = std::fs::read_to_string(&original)
        .map_err(|e| format!("cannot read {}: {e}", original.display()))?;
    std::fs::write(&story, corrected(&text)?)
        .map_err(|e| format!("cannot write {}: {e}", story.display()))?;
    let second = work.join("b");
    build::trunk_build(
        &build::Options {
            story: Some(story),
            site_url: None,
            // From the root, as Trunk.toml names its own.
            dist: Some("target/versions/b".into()),
        },
        &[],
    )?;
    test(&dist, &second)
}

/// The story with each title marked as corrected.
pub fn corrected(story: &str) -> Result<String> {
    let mut json: serde_json::Value =
        serde_json::from_str(story).map_err(|e| format!("the story is not JSON: {e}"))?;
    for (lang, mark) in CORRECTED {
        let title = json
            .pointer_mut(&format!("/meta/title/{lang}"))
            .and_then(|t| t.as_str().map(|s| format!("{s}{mark}")))
            .ok_or(format!("the story has no meta.title.{lang}"))?;
        json["meta"]["title"][lang] = serde_json::Value::String(title);
    }
    serde_json::to_string_pretty(&json).map_err(|e| e.to_string())
}

fn test(first: &Path, second: &Path) -> Result {
    e2e::run_file("versions.mjs", &[("DIST_A", first), ("DIST_B", second)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corrected_story_differs_only_in_its_titles() {
        let original = std::fs::read_to_string(project::root().join("assets/story.json")).unwrap();
        let story = corrected(&original).unwrap();
        let json: serde_json::Value = serde_json::from_str(&story).unwrap();
        let before: serde_json::Value = serde_json::from_str(&original).unwrap();
        assert!(json["meta"]["title"]["en"]
            .as_str()
            .unwrap()
            .ends_with(" (corrected)"));
        assert!(json["meta"]["title"]["zh"]
            .as_str()
            .unwrap()
            .ends_with("（更正）"));
        assert_eq!(json["figures"], before["figures"]);
        assert!(corrected("{}").unwrap_err().contains("meta.title.zh"));
    }
}
