use rural_story::ui::App;
use wasm_bindgen::prelude::*;

/// The story page mounts into `#rural-story`; a host page that loaded the widget through
/// `embed.js` has no such element and mounts into its placeholders instead.
fn main() {
    // A panic still reaches the console, and readers see a box saying so above what the
    // page already shows, never a blank area.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        rural_story::host::show_failure(&info.to_string());
    }));
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

/// Called by `embed.js` for each placeholder that comes near the viewport.
#[wasm_bindgen]
pub fn mount_embed(placeholder: web_sys::HtmlElement, base_url: String) -> Result<(), JsValue> {
    rural_story::embed::mount_in_placeholder(placeholder, &base_url)
        .map_err(|e| JsValue::from_str(&e))
}

/// Called by `start.js` and `embed.js` when starting the app threw: the same box a panic
/// shows, above what the page already shows.
#[wasm_bindgen]
pub fn show_failure(message: String) {
    rural_story::host::show_failure(&message);
}
