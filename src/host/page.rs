//! The widget's own page: its URL's parameters and fragment, the reader's remembered
//! language, and how the page is placed (on its own or in a frame). A script embed never
//! calls these: the host's page is not the widget's.

use super::ground::window;
use super::{storage, Placement};
use crate::Lang;

/// The storage key of the reader's language; `assets/prefs.js` reads the same key before
/// the first paint (tests/e2e checks that a choice made here is kept there).
pub const LANG_KEY: &str = "rural-story.lang";

/// A query parameter of the page's URL (`?lang=en` → `Some("en")`).
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|value| !value.trim().is_empty())
}

/// Where the widget's own page is: on its own, or in a frame of another page (its
/// addresses are relative to the page, so `enhance` needs no more).
pub fn page_placement() -> Placement {
    let window = window();
    let framed = window
        .as_ref()
        .and_then(|w| w.parent().ok().flatten())
        .zip(window.as_ref())
        .is_some_and(|(parent, own)| parent != *own);
    if framed {
        Placement::Frame
    } else {
        Placement::Page
    }
}

/// Remembers the language a reader chose, where storage is allowed (`prefs.js` reads it
/// before the page's first paint).
pub fn remember_lang_choice(lang: Lang) {
    storage::store(LANG_KEY, lang.code());
}

/// The URL's fragment without `#`, decoded; empty when there is none.
pub(super) fn fragment() -> String {
    let Some(hash) = window().and_then(|w| w.location().hash().ok()) else {
        return String::new();
    };
    let id = hash.strip_prefix('#').unwrap_or_default();
    js_sys::decode_uri_component(id)
        .map(String::from)
        .unwrap_or_else(|_| id.to_string())
}

/// Points the URL at `#fragment` without loading it, scrolling or adding a history entry,
/// so the address is always a link to what the reader sees.
pub(super) fn replace_fragment(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let url = format!("#{fragment}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
