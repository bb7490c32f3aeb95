//! Finding and scrolling to elements of one widget. Queries start at the widget's own root,
//! so they work the same in a page and inside a shadow root.

use wasm_bindgen::JsCast;
use web_sys::Element;

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// Ids in a story are slugs (the validator checks), so they stand in a selector as they are.
fn by_id(root: &Element, id: &str) -> Option<Element> {
    find(root, &format!("[id=\"{id}\"]"))
}

/// Brings the marked figure in the article text into view and focuses it.
pub fn scroll_to_figure(root: &Element, figure_id: &str, smooth: bool) {
    let selector = crate::markup::with_figure(crate::markup::sel::FIGURE_REF, figure_id);
    let Some(element) = find(root, &selector) else {
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

/// Scrolls the element with `id` into view only as far as needed to show it whole.
pub fn scroll_into_view_if_needed(root: &Element, id: &str) {
    if let Some(element) = by_id(root, id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls the page so that the top of the element with `id` sits at `line` (a share of
/// the viewport's height).
pub fn scroll_to_line(root: &Element, id: &str, line: f64, smooth: bool) {
    let (Some(element), Some(window)) = (by_id(root, id), super::ground::window()) else {
        return;
    };
    let Some(height) = window.inner_height().ok().and_then(|h| h.as_f64()) else {
        return;
    };
    let options = web_sys::ScrollToOptions::new();
    options.set_top(element.get_bounding_client_rect().top() - height * line);
    options.set_behavior(if smooth {
        web_sys::ScrollBehavior::Smooth
    } else {
        web_sys::ScrollBehavior::Instant
    });
    window.scroll_by_with_scroll_to_options(&options);
}

/// Of the elements with these ids, the last one shown whose top has scrolled above
/// `line` (a share of the viewport's height). Hidden elements (no height) are skipped.
pub fn last_crossing(root: &Element, ids: &[String], line: f64) -> Option<usize> {
    let height = super::ground::window()?.inner_height().ok()?.as_f64()?;
    ids.iter().enumerate().rev().find_map(|(i, id)| {
        let rect = by_id(root, id)?.get_bounding_client_rect();
        (rect.height() > 0.0 && rect.top() < height * line).then_some(i)
    })
}
