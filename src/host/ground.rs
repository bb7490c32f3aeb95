//! The ground floor of `host`: the browser's window and document, where there are any.
//! Everything else in `host` stands on this; nothing here imports back.

/// The browser window; `None` where there is none: natively, when the story is rendered
/// to static HTML at build time (browser calls would panic there).
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Whether the widget's window matches a media query (`(min-width: 48rem)`).
pub fn media_matches(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|list| list.matches())
}
