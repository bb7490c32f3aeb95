//! Loading: JSON text to a validated `Story`, or every problem found.

use super::{validate, Problem, Story};

/// The story shipped with the app, embedded at compile time.
pub const EMBEDDED_STORY: &str = include_str!("../../assets/story.json");

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

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

/// Parses without validating.
pub fn parse(json: &str) -> Result<Story, LoadError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        LoadError::Syntax {
            path: if path == "." { "$".into() } else { path },
            message: inner.to_string(),
        }
    })
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
