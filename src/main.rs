//! The story page's bundle: attaches the widget's behaviour (`enhance`) to the story the
//! build prerendered in `#rural-story`. It carries no story, parser, validator or renderer:
//! the build did all of that. Script embeds load their own bundle
//! (`src/bin/rural-story-embed.rs`), which renders the same markup in the browser first.

use rural_story::enhance::{enhance, Place};
use rural_story::markup::compound;
use wasm_bindgen::prelude::*;

fn main() {
    rural_story::host::show_page_panics();
    let root = rural_story::host::ground::document()
        .and_then(|d| d.query_selector(compound::PAGE_ROOT).ok().flatten());
    if let Some(root) = root {
        // Attached for the page's life.
        std::mem::forget(enhance(&root, Place::page()));
    }
}

/// Called by `start.js` when starting the app threw: the same box a panic shows, above
/// what the page already shows.
#[wasm_bindgen]
pub fn show_failure(message: String) {
    rural_story::host::show_failure(&message);
}
