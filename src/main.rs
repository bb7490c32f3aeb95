use rural_story::ui::App;
use wasm_bindgen::prelude::*;

/// The story page mounts into `#rural-story`; a host page that loaded the widget through
/// `embed.js` has no such element and mounts into its placeholders instead.
fn main() {
    // A panic still reaches the console, and readers see a box saying so, not a blank area.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        rural_story::host::show_failure(&info.to_string());
    }));
    let page_root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("rural-story"));
    if let Some(root) = page_root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        // The page arrives with the story prerendered (render-static); the app replaces it
        // with the same markup in one go, before the browser paints again.
        root.set_inner_html("");
        leptos::mount::mount_to(root, App).forget();
    }
}

/// Called by `embed.js` for each placeholder that comes near the viewport.
#[wasm_bindgen]
pub fn mount_embed(placeholder: web_sys::HtmlElement, base_url: String) -> Result<(), JsValue> {
    rural_story::embed::mount_in_placeholder(placeholder, &base_url)
        .map_err(|e| JsValue::from_str(&e))
}
