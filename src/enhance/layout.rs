//! The story page's article sections and charts are laid out by the browser only as they near
//! the screen (`content-visibility: auto`, style.css). The first Tab's search for the next
//! focusable element lays out every one still skipped, all at once, in that keystroke (about
//! 300 ms at 4× CPU). Once the page has settled, this lays them out one per task instead
//! (each 6–25 ms at 4× CPU), so no keystroke, nor anything else a reader does, waits for
//! more than one of them.

use super::dom::find_all;
use crate::markup::compound;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// After the start, and between two parts: time for the reader's first moves to come first.
const START_MS: i32 = 500;
const BETWEEN_MS: i32 = 16;

/// Lays out the parts of `root` the browser skips, one per task.
pub fn lay_out_skipped_parts(root: &Element) {
    let mut parts = find_all(root, compound::SKIPPED_PARTS);
    // Taken from the end: the article's order.
    parts.reverse();
    next(parts, START_MS);
}

fn next(mut parts: Vec<Element>, delay: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if parts.is_empty() {
        return;
    }
    let task = Closure::once_into_js(move || {
        if let Some(part) = parts.pop() {
            // Asking where its first child is lays out this part (and only this one).
            if let Some(child) = part.first_element_child() {
                child.get_bounding_client_rect();
            }
        }
        next(parts, BETWEEN_MS);
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), delay);
}
