//! The script embed's bundle, loaded only by `embed.js` on host pages: mounts the widget into
//! placeholders, with the built-in story or one the host supplies, which it checks with every
//! rule (the story page's bundle carries no loader or validator).

use wasm_bindgen::prelude::*;

fn main() {
    rural_story::host::show_panics();
}

/// Called by `embed.js` for each placeholder that comes near the viewport, with the
/// widget's address and its stylesheet's (whose published name carries a content hash).
#[wasm_bindgen]
pub fn mount_embed(
    placeholder: web_sys::HtmlElement,
    base_url: String,
    stylesheet_url: String,
) -> Result<(), JsValue> {
    rural_story::embed::mount_in_placeholder(placeholder, &base_url, &stylesheet_url)
        .map_err(|e| JsValue::from_str(&e))
}
