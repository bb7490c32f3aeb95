//! Text ↔ chart: a figure hovered or focused in the text lights up its bars in every chart,
//! and a bar does the same for its sentence's figure. A figure in the text also opens its
//! own tooltip (label and value, prerendered).

use super::dom::{data, figure_selector, find, find_all, set_class, set_hidden};
use web_sys::Element;

/// Highlights `figure_id` (or nothing) across the widget.
pub fn highlight(root: &Element, figure_id: Option<&str>) {
    for element in find_all(root, ".highlighted") {
        set_class(&element, "highlighted", false);
    }
    if let Some(id) = figure_id.filter(|id| !id.is_empty()) {
        for class in [".mark", ".figure-ref"] {
            for element in find_all(root, &figure_selector(class, id)) {
                set_class(&element, "highlighted", true);
            }
        }
    }
}

pub fn show_figure(root: &Element, figure: &Element) {
    if let Some(tip) = find(figure, ".figure-tip") {
        set_hidden(&tip, false);
    }
    highlight(root, Some(&data(figure, "figure")));
}

pub fn hide_figure(root: &Element, figure: &Element) {
    close_tip(figure);
    if figure.class_list().contains("highlighted") {
        highlight(root, None);
    }
}

pub fn close_tip(figure: &Element) {
    if let Some(tip) = find(figure, ".figure-tip") {
        set_hidden(&tip, true);
    }
}
