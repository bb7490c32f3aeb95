//! `render-static INDEX_HTML`: renders the story, with the same components the browser
//! runs, into the page's `<div id="rural-story">`, so the page that arrives already holds
//! the article, its key figures and every chart as SVG, for readers without JavaScript or
//! WebAssembly and for everyone before the wasm has loaded.

use leptos::prelude::*;
use rural_story::story::EMBEDDED_STORY;
use rural_story::ui::StoryApp;
use rural_story::Lang;
use std::process::ExitCode;

const MOUNT: &str = "<main id=\"rural-story\"></main>";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: render-static INDEX_HTML");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !page.contains(MOUNT) {
        eprintln!("{path}: no empty {MOUNT} to render into");
        return ExitCode::FAILURE;
    }
    let owner = Owner::new();
    let story =
        owner.with(|| view! { <StoryApp json=EMBEDDED_STORY initial_lang=Lang::Zh/> }.to_html());
    let page = page.replacen(
        MOUNT,
        &format!("<main id=\"rural-story\">{story}</main>"),
        1,
    );
    if let Err(e) = std::fs::write(&path, page) {
        eprintln!("{path}: cannot write: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "rendered the story into {path} ({} bytes of HTML)",
        story.len()
    );
    ExitCode::SUCCESS
}
