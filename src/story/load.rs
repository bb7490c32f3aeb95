//! Loading: JSON text to a validated `Story`, or every problem found.

use super::{validate, Problem, Story};

/// The story shipped with the app, embedded at compile time: `assets/story.json`, or the
/// file `RURAL_STORY` names (build.rs).
pub const EMBEDDED_STORY: &str = include_str!(concat!(env!("OUT_DIR"), "/story.json"));

/// Why a story could not be used. Every variant names where the problem is.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The text is not JSON of the story's shape.
    Syntax { path: String, message: String },
    /// The JSON has the right shape but breaks the story's rules.
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// One line per problem, each starting with its JSON path.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Syntax { path, message } => vec![format!("{path}: {message}")],
            LoadError::Invalid(problems) => problems.iter().map(|p| p.to_string()).collect(),
        }
    }
}

impl LoadError {
    /// The problems grouped by what they are about: one line per figure (`figures[3] (id
    /// "figure-4"): to write: label.zh, label.en, stated_en; unit: …`), one per section and
    /// one for the units, so a fresh draft's hundreds of blanks read as a list of decisions.
    pub fn grouped_lines(&self) -> Vec<String> {
        let LoadError::Invalid(problems) = self else {
            return self.lines();
        };
        // (heading, fields left empty, other messages), in order of first appearance.
        let mut groups: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
        for problem in problems {
            let (heading, field) = match (&problem.figure, problem.path.find("].")) {
                (Some(id), Some(end)) => (
                    format!("{} (id \"{id}\")", &problem.path[..=end]),
                    problem.path[end + 2..].to_string(),
                ),
                _ => match problem.path.strip_prefix("units.") {
                    Some(field) => ("units".to_string(), field.to_string()),
                    // A section's heading and paragraphs: `sections[2]: to write: heading.en, …`.
                    None if problem.path.starts_with("sections[")
                        && problem.path.contains("].") =>
                    {
                        let end = problem.path.find("].").unwrap_or(0);
                        (
                            problem.path[..=end].to_string(),
                            problem.path[end + 2..].to_string(),
                        )
                    }
                    None => {
                        groups.push((problem.to_string(), Vec::new(), Vec::new()));
                        continue;
                    }
                },
            };
            let at = match groups.iter().position(|(h, ..)| *h == heading) {
                Some(at) => at,
                None => {
                    groups.push((heading, Vec::new(), Vec::new()));
                    groups.len() - 1
                }
            };
            if problem.message == "must not be empty" {
                groups[at].1.push(field);
            } else {
                groups[at].2.push(format!("{field}: {}", problem.message));
            }
        }
        groups
            .into_iter()
            .map(|(heading, empty, others)| {
                let mut parts = Vec::new();
                if !empty.is_empty() {
                    parts.push(format!("to write: {}", empty.join(", ")));
                }
                parts.extend(others);
                if parts.is_empty() {
                    heading
                } else {
                    format!("{heading}: {}", parts.join("; "))
                }
            })
            .collect()
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

/// Loads a story from bytes (a file, a data island): they must be UTF-8; a byte-order mark
/// is skipped.
pub fn load_bytes(bytes: &[u8]) -> Result<Story, LoadError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => load(text),
        Err(e) => Err(LoadError::Syntax {
            path: "$".into(),
            message: format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ),
        }),
    }
}

/// Parses without validating.
pub fn parse(json: &str) -> Result<Story, LoadError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let story = serde::Deserialize::deserialize(&mut de).map_err(|e: serde_json::Error| {
        LoadError::Syntax {
            path: super::json_path::path_at(json, e.line(), e.column()),
            message: e.to_string(),
        }
    })?;
    // Anything after the story is a mistake too (two stories pasted, a stray bracket).
    de.end().map_err(|e| LoadError::Syntax {
        path: "$".into(),
        message: e.to_string(),
    })?;
    Ok(story)
}

/// Parses and validates: the only way the app gets a story.
pub fn load(json: &str) -> Result<Story, LoadError> {
    let story = parse(json)?;
    let problems = validate(&story);
    if problems.is_empty() {
        Ok(story)
    } else {
        Err(LoadError::Invalid(problems))
    }
}
