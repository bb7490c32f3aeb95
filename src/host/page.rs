//! The widget's own document: URL parameters, the reader's remembered language, the
//! document's title, `lang` and theme, the URL's fragment and query. Only
//! [`Embedding`](super::Embedding) decides whether a widget may touch these.

use super::{storage, Embedding, Placement, StoryPages};
use crate::chart::Theme;
use crate::Lang;

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
        .filter(|value| !value.trim().is_empty())
}

/// Whether the widget's window matches a media query (`(min-width: 48rem)`).
pub fn media_matches(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
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
    // `?chart=<id>`, or a page prerendered for one chart (`chart-<id>.html`).
    let chart = query_param("chart").or_else(|| {
        document()?
            .get_element_by_id("rural-story")?
            .get_attribute("data-chart")
            .filter(|c| !c.is_empty())
    });
    Embedding {
        placement: if framed {
            Placement::Frame
        } else {
            Placement::Page
        },
        chart,
        base_url: base_of(&href),
        pages: StoryPages::Widget,
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

/// The language to start in: the URL's `?lang=` wins, then the reader's last choice (where
/// storage is allowed), then the story's default.
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

fn stored_lang() -> Option<Lang> {
    // Earlier versions stored the code as a JSON string (`"en"`).
    storage::stored(LANG_KEY).and_then(|code| Lang::from_code(code.trim_matches('"')))
}

/// Remembers the language a reader chose, where storage is allowed (`prefs.js` reads it
/// before the page's first paint).
pub fn remember_lang_choice(lang: Lang) {
    storage::store(LANG_KEY, lang.code());
}

/// Remembers the reader's language: in storage where allowed, and in the address's
/// `?lang=` in any case, so a reload keeps it even where storage is blocked.
pub(super) fn remember_lang(lang: Lang) {
    storage::store(LANG_KEY, lang.code());
    replace_query_param("lang", lang.code());
}

/// Keeps `<html lang>`, `data-theme`, the title and the description in step with what is
/// shown.
pub(super) fn apply_to_document(lang: Lang, theme: Theme, title: &str, description: &str) {
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
pub(super) fn fragment() -> String {
    let Some(hash) = window().and_then(|w| w.location().hash().ok()) else {
        return String::new();
    };
    let id = hash.strip_prefix('#').unwrap_or_default();
    js_sys::decode_uri_component(id)
        .map(String::from)
        .unwrap_or_else(|_| id.to_string())
}

/// Puts `url` (relative: `?query#fragment`, `#fragment`) in the address bar without
/// loading it, scrolling or adding a history entry.
fn replace_url(url: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Points the URL at `#fragment`, so the address is always a link to what the reader sees.
pub(super) fn replace_fragment(fragment: &str) {
    replace_url(&format!("#{fragment}"));
}

/// Sets one query parameter of the address, keeping the others and the fragment.
fn replace_query_param(name: &str, value: &str) {
    let Some(location) = window().map(|w| w.location()) else {
        return;
    };
    let search = location.search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    params.set(name, value);
    let hash = location.hash().unwrap_or_default();
    replace_url(&format!("?{}{hash}", String::from(params.to_string())));
}

/// Scrolls to the element the URL's `#fragment` names. The browser tried at load, before
/// the app had drawn it, so the app asks again once it has.
pub(super) fn scroll_to_hash() {
    let id = fragment();
    if id.is_empty() {
        return;
    }
    if let Some(element) = document().and_then(|d| d.get_element_by_id(&id)) {
        element.scroll_into_view();
    }
}

/// The page's address with `#fragment` in place of any fragment it has.
pub(super) fn link_to(fragment: &str) -> Option<String> {
    let href = window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or_default();
    Some(format!("{base}#{fragment}"))
}
