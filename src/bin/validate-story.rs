//! `validate-story FILE…`: checks story JSON files and prints every problem with its JSON path.

use rural_story::story::{load_bytes, warnings};
use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: validate-story FILE…");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        match std::fs::read(file) {
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                failed = true;
            }
            Ok(bytes) => match load_bytes(&bytes) {
                Ok(story) => {
                    for warning in warnings(&story) {
                        eprintln!("{file}: warning: {warning}");
                    }
                    println!(
                        "{file}: valid ({} paragraphs, {} figures, {} charts, {} repairs)",
                        story.paragraphs().count(),
                        story.figures.len(),
                        story.charts.len(),
                        story.repairs.len()
                    )
                }
                Err(error) => {
                    failed = true;
                    // Grouped by figure: a fresh draft's blanks read as one line each.
                    for line in error.grouped_lines() {
                        eprintln!("{file}: {line}");
                    }
                }
            },
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
