//! The last resort: if the app panics or throws anyway, every widget on the page shows a
//! readable box saying so, above whatever it already shows (the prerendered story, or the
//! live one as it was), never instead of it.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

const HEADING: &str = "出错了 · Something went wrong";
const CLASS: &str = "error-box failure-box";

/// From now on a panic reaches the console, and readers see a box saying so above what the
/// page already shows, never a blank area.
pub fn show_panics() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_failure(&info.to_string());
    }));
}

/// As `show_panics`, for the widget's own page: a panic also marks the page `data-failed`,
/// and style.css then shows it as it is without JavaScript (each chart's table, no
/// controls). Script embeds leave the host's document alone, so they do not use this.
pub fn show_page_panics() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_failure(&info.to_string());
        let html = super::ground::document().and_then(|d| d.document_element());
        if let Some(html) = html {
            let _ = html.set_attribute("data-failed", "");
        }
    }));
}

/// Puts a box holding `message` as text at the top of every widget on the page (its own
/// page, or the shadow roots of script embeds). A widget that already shows a box keeps
/// it: the first failure is the cause, later ones its consequences.
pub fn show_failure(message: &str) {
    let Some(document) = super::ground::document() else {
        return;
    };
    for widget in widgets(&document) {
        let shown = widget
            .query_selector(":scope > .failure-box")
            .ok()
            .flatten();
        if shown.is_none() {
            add_box(&widget, message);
        }
    }
}

/// The element of each widget that its box goes into: the app's root where it has one
/// (live or prerendered), otherwise the element that holds the widget.
fn widgets(document: &Document) -> Vec<Element> {
    let mut widgets = all(document.query_selector_all(".rural-story-root").ok());
    if widgets.is_empty() {
        widgets.extend(document.get_element_by_id("rural-story"));
    }
    for placeholder in all(document.query_selector_all("[data-rural-story]").ok()) {
        let Some(shadow) = placeholder.shadow_root() else {
            continue;
        };
        let inside = |selector: &str| shadow.query_selector(selector).ok().flatten();
        widgets.extend(inside(".rural-story-root").or_else(|| inside(super::embed::CONTAINER)));
    }
    widgets
}

fn all(list: Option<web_sys::NodeList>) -> Vec<Element> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Adds the box as the first child of `widget`, with `message` as its text.
fn add_box(widget: &Element, message: &str) {
    let html =
        format!("<section class=\"{CLASS}\" role=\"alert\"><h1>{HEADING}</h1><p></p></section>");
    let _ = widget.insert_adjacent_html("afterbegin", &html);
    if let Ok(Some(text)) = widget.query_selector(":scope > .failure-box > p") {
        text.set_text_content(Some(message));
    }
}
