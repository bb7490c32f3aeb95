//! Small DOM helpers the enhancer shares. Every lookup starts from an element of the
//! widget, never from the document, so the same code works wherever the markup is.

use crate::Lang;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

pub fn find(scope: &Element, selector: &str) -> Option<Element> {
    scope.query_selector(selector).ok().flatten()
}

pub fn find_all(scope: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = scope.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The element's `data-<name>` (names from `crate::markup::attr`).
pub fn data(element: &Element, name: &str) -> String {
    element
        .get_attribute(&format!("data-{name}"))
        .unwrap_or_default()
}

pub fn set_text(scope: &Element, selector: &str, text: &str) {
    if let Some(element) = find(scope, selector) {
        element.set_text_content(Some(text));
    }
}

pub fn set_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}

pub fn set_hidden(element: &Element, hidden: bool) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        element.set_hidden(hidden);
    }
}

pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Whether the reader asked for reduced motion.
pub fn reduced_motion() -> bool {
    crate::host::media_matches("(prefers-reduced-motion: reduce)")
}

/// The language the widget in `root` shows (its nearest `lang`, or the first inside it).
pub fn page_lang(root: &Element) -> Lang {
    let tag = closest(root, "[lang]")
        .or_else(|| find(root, "[lang]"))
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    if tag.starts_with("en") {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// Sets the element's `data-<name>`.
pub fn set_data(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(&format!("data-{name}"), value);
}
