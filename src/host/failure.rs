//! The last resort: if the app panics anyway, every widget on the page shows a readable
//! box saying so, instead of a blank or frozen area.

use wasm_bindgen::JsCast;
use web_sys::Element;

const HEADING: &str = "出错了 · Something went wrong";

/// Replaces the content of every widget on the page (its own page, or the shadow roots of
/// script embeds) with an error box holding `message` as text.
pub fn show_failure(message: &str) {
    let Some(document) = super::page::document() else {
        return;
    };
    let mut roots: Vec<Element> = Vec::new();
    let mut collect = |list: Option<web_sys::NodeList>| {
        if let Some(list) = list {
            for i in 0..list.length() {
                if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    roots.push(e);
                }
            }
        }
    };
    collect(
        document
            .query_selector_all(".rural-story-root, #rural-story:empty")
            .ok(),
    );
    if let Ok(placeholders) = document.query_selector_all("[data-rural-story]") {
        for i in 0..placeholders.length() {
            let shadow = placeholders
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|e| e.shadow_root());
            collect(shadow.and_then(|s| s.query_selector_all(".rural-story-root").ok()));
        }
    }
    for root in roots {
        let Ok(section) = document.create_element("section") else {
            continue;
        };
        let _ = section.set_attribute("class", "error-box");
        let _ = section.set_attribute("role", "alert");
        let heading = document.create_element("h1").ok();
        let text = document.create_element("p").ok();
        if let (Some(heading), Some(text)) = (heading, text) {
            heading.set_text_content(Some(HEADING));
            text.set_text_content(Some(message));
            let _ = section.append_child(&heading);
            let _ = section.append_child(&text);
        }
        root.set_text_content(None);
        let _ = root.append_child(&section);
    }
}
