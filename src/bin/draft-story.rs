//! `draft-story ARTICLE.txt`: prints a first draft of a story JSON for the article's plain
//! text (paragraphs, and every number with its value, unit, qualifier and sentence); what
//! needs a person is left empty, and `validate-story` lists it with its path.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: draft-story ARTICLE.txt");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let draft = rural_story::story::draft::draft(&text);
    match serde_json::to_string_pretty(&draft) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{file}: {e}");
            ExitCode::FAILURE
        }
    }
}
