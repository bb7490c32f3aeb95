//! Everything that reads or writes the page around the widget: the URL, storage, the
//! document's `lang` and theme, downloads, the clipboard, scrolling. The only module that
//! knows it runs in a browser page.

use crate::chart::Theme;
use crate::Lang;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

const LANG_KEY: &str = "rural-story.lang";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

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

/// A theme forced by the URL (`?theme=dark`); otherwise the reader's system setting rules.
pub fn forced_theme() -> Option<Theme> {
    query_param("theme").and_then(|code| Theme::from_code(&code))
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
    let Some(document) = document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    document.set_title(title);
}

/// `<html data-theme>` drives the page's colours in CSS.
pub fn apply_theme_to_document(theme: Theme) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", theme.code());
    }
}

/// The page's address with `#fragment` in place of any fragment it has.
pub fn link_to(fragment: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Saves `content` as a file named `filename` through a temporary object URL.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let document = document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "cannot create the file")?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot create a link")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies `text` to the clipboard; `Err` when the page may not (insecure origin, denied).
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the clipboard is not available".to_string())
}

/// Brings the marked figure in the article text into view and focuses it.
pub fn scroll_to_figure(figure_id: &str, smooth: bool) {
    let Some(document) = document() else { return };
    let selector = format!(
        ".figure-ref[data-figure=\"{}\"]",
        figure_id.replace('"', "")
    );
    let Ok(Some(element)) = document.query_selector(&selector) else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if smooth {
        web_sys::ScrollBehavior::Smooth
    } else {
        web_sys::ScrollBehavior::Instant
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus);
    }
}

/// Scrolls to the element the URL's `#fragment` names. The browser tried at load, before
/// the app had drawn it, so the app asks again once it has.
pub fn scroll_to_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let id = js_sys::decode_uri_component(id)
        .map(String::from)
        .unwrap_or_else(|_| id.to_string());
    if let Some(element) = document().and_then(|d| d.get_element_by_id(&id)) {
        element.scroll_into_view();
    }
}

/// The URL's fragment without `#`, decoded; empty when there is none.
pub fn fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let id = hash.strip_prefix('#').unwrap_or_default();
    js_sys::decode_uri_component(id)
        .map(String::from)
        .unwrap_or_else(|_| id.to_string())
}

/// Points the URL at `#fragment` without scrolling or adding a history entry, so the
/// address is always a link to what the reader sees.
pub fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{fragment}")),
        );
    }
}

/// Scrolls the element with `id` into view only as far as needed to show it whole.
pub fn scroll_into_view_if_needed(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Of the elements with these ids, the last one shown whose top has scrolled above
/// `line` (a share of the viewport's height). Hidden elements (no height) are skipped.
pub fn last_crossing(ids: &[String], line: f64) -> Option<usize> {
    let document = document()?;
    let height = web_sys::window()?.inner_height().ok()?.as_f64()?;
    ids.iter().enumerate().rev().find_map(|(i, id)| {
        let rect = document.get_element_by_id(id)?.get_bounding_client_rect();
        (rect.height() > 0.0 && rect.top() < height * line).then_some(i)
    })
}
