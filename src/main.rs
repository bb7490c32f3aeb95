//! The story page's bundle: takes over the prerendered story in `#rural-story`. Script
//! embeds load their own bundle (`src/bin/rural-story-embed.rs`), which carries the story
//! loader and validator that this one does without.

use rural_story::ui::App;
use wasm_bindgen::prelude::*;

fn main() {
    rural_story::host::show_panics();
    let page_root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("rural-story"));
    if let Some(prerendered) = page_root {
        take_over(&prerendered);
    }
}

/// The page arrives with the story prerendered (render-static). The app is built beside it,
/// out of the document, and replaces it in one step: if anything fails on the way, readers
/// keep the prerendered story.
fn take_over(prerendered: &web_sys::Element) {
    let Ok(live) = prerendered.clone_node_with_deep(false) else {
        return;
    };
    let Ok(live) = live.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(live.clone(), App).forget();
    let _ = prerendered.replace_with_with_node_1(&live);
}

/// Called by `start.js` when starting the app threw: the same box a panic shows, above
/// what the page already shows.
#[wasm_bindgen]
pub fn show_failure(message: String) {
    rural_story::host::show_failure(&message);
}
