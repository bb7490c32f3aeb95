//! The widget's own page: URL parameters, stored preferences, the document's title,
//! `lang` and theme, the URL fragment.

use super::{Embedding, Placement};
use crate::chart::Theme;
use crate::Lang;
use gloo_storage::{LocalStorage, Storage};

const LANG_KEY: &str = "rural-story.lang";

/// The browser window; `None` where there is none: natively, when the story is rendered
/// to static HTML at build time (browser calls would panic there).
pub(super) fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

pub(super) fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// A query parameter of the page's URL (`?lang=en` → `Some("en")`).
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// How the page at this URL is embedded: on its own, or in a frame of another page.
pub fn page_embedding() -> Embedding {
    let window = window();
    let framed = window
        .as_ref()
        .and_then(|w| w.parent().ok().flatten())
        .zip(window.as_ref())
        .is_some_and(|(parent, own)| parent != *own);
    let href = window
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    Embedding {
        placement: if framed {
            Placement::Frame
        } else {
            Placement::Page
        },
        // `?chart=<id>`, or a page prerendered for one chart (`chart-<id>.html`).
        chart: query_param("chart")
            .or_else(|| {
                document()?
                    .get_element_by_id("rural-story")?
                    .get_attribute("data-chart")
            })
            .filter(|c| !c.is_empty()),
        base_url: base_of(&href),
        frame_id: query_param("id").unwrap_or_default(),
    }
}

/// `https://a.org/story/index.html?x#y` → `https://a.org/story/`.
pub fn base_of(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let path = &href[..end];
    match path.rfind('/') {
        Some(slash) => path[..=slash].to_string(),
        None => format!("{path}/"),
    }
}

/// The language to start in: the URL's `?lang=` wins, then the reader's last choice,
/// then the story's own language.
pub fn initial_lang() -> Lang {
    query_param("lang")
        .and_then(|code| Lang::from_code(&code))
        .or_else(stored_lang)
        .unwrap_or_default()
}

/// A theme forced by the URL (`?theme=dark`); otherwise the reader's system setting rules.
pub fn forced_theme() -> Option<Theme> {
    query_param("theme").and_then(|code| Theme::from_code(&code))
}

pub fn stored_lang() -> Option<Lang> {
    window()?;
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
}

/// Remembers the reader's choice on the widget's own origin. Storage may be unavailable
/// (private modes, sandboxed iframes); then the choice lasts for this visit.
pub fn remember_lang(lang: Lang, placement: Placement) {
    if placement != Placement::Shadow && window().is_some() {
        let _ = LocalStorage::set(LANG_KEY, lang.code());
    }
}

/// Keeps `<html lang>`, `data-theme`, the title and the description in step with what is
/// shown.
pub fn apply_to_document(lang: Lang, theme: Theme, title: &str, description: &str) {
    let Some(document) = document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("data-theme", theme.code());
    }
    document.set_title(title);
    for selector in ["meta[name=description]", "meta[property='og:description']"] {
        if let Ok(Some(meta)) = document.query_selector(selector) {
            let _ = meta.set_attribute("content", description);
        }
    }
    if let Ok(Some(meta)) = document.query_selector("meta[property='og:title']") {
        let _ = meta.set_attribute("content", title);
    }
}

/// The URL's fragment without `#`, decoded; empty when there is none.
pub fn fragment() -> String {
    let Some(hash) = window().and_then(|w| w.location().hash().ok()) else {
        return String::new();
    };
    let id = hash.strip_prefix('#').unwrap_or_default();
    js_sys::decode_uri_component(id)
        .map(String::from)
        .unwrap_or_else(|_| id.to_string())
}

/// Points the URL at `#fragment` without scrolling or adding a history entry, so the
/// address is always a link to what the reader sees.
pub fn replace_fragment(fragment: &str) {
    let Some(window) = window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let url = format!("#{fragment}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Scrolls to the element the URL's `#fragment` names. The browser tried at load, before
/// the app had drawn it, so the app asks again once it has.
pub fn scroll_to_hash() {
    let id = fragment();
    if id.is_empty() {
        return;
    }
    if let Some(element) = document().and_then(|d| d.get_element_by_id(&id)) {
        element.scroll_into_view();
    }
}

/// The page's address with `#fragment` in place of any fragment it has.
pub fn link_to(fragment: &str) -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}
