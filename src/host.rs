//! Everything that reads or writes the page around the widget: the URL, storage, the
//! document's `lang`. The only module that knows it runs in a browser page.

use crate::Lang;
use gloo_storage::{LocalStorage, Storage};

const LANG_KEY: &str = "rural-story.lang";

/// A query parameter of the page's URL (`?lang=en` → `Some("en")`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The language to start in: the URL's `?lang=` wins, then the reader's last choice,
/// then the story's own language.
pub fn initial_lang() -> Lang {
    query_param("lang")
        .and_then(|code| Lang::from_code(&code))
        .or_else(stored_lang)
        .unwrap_or_default()
}

pub fn stored_lang() -> Option<Lang> {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
}

/// Remembers the reader's choice. Storage may be unavailable (private modes, sandboxed
/// iframes); then the choice simply lasts for this visit.
pub fn remember_lang(lang: Lang) {
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}

/// Keeps `<html lang>` and the document title in step with the language shown.
pub fn apply_lang_to_document(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    document.set_title(title);
}
