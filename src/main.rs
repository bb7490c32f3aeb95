//! The story page's bundle: makes the prerendered story in `#rural-story` interactive
//! without rebuilding it (`enhance`). It carries no story, parser, validator or renderer:
//! the build did all of that. Script embeds load their own bundle
//! (`src/bin/rural-story-embed.rs`), which renders any story in the browser.

use wasm_bindgen::prelude::*;

fn main() {
    rural_story::host::show_page_panics();
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector("#rural-story > .rural-story-root")
            .ok()
            .flatten()
    });
    if let Some(root) = root {
        rural_story::enhance::enhance(&root);
    }
}

/// Called by `start.js` when starting the app threw: the same box a panic shows, above
/// what the page already shows.
#[wasm_bindgen]
pub fn show_failure(message: String) {
    rural_story::host::show_failure(&message);
}
