//! Text ↔ chart: a figure hovered or focused in the text lights up its bars in every chart,
//! and a bar does the same for its sentence's figure. A figure in the text also opens its
//! own tooltip (label and value, prerendered).

use super::dom::{data, find, find_all, set_class, set_hidden};
use crate::markup::{attr, compound, sel, state, with_figure};
use web_sys::Element;

/// Highlights `figure_id` (or nothing) across the widget.
pub fn highlight(root: &Element, figure_id: Option<&str>) {
    for element in find_all(root, compound::HIGHLIGHTED) {
        set_class(&element, state::HIGHLIGHTED, false);
    }
    if let Some(id) = figure_id.filter(|id| !id.is_empty()) {
        for class in [sel::MARK, sel::FIGURE_REF] {
            for element in find_all(root, &with_figure(class, id)) {
                set_class(&element, state::HIGHLIGHTED, true);
            }
        }
    }
}

pub fn show_figure(root: &Element, figure: &Element) {
    if let Some(tip) = find(figure, sel::FIGURE_TIP) {
        set_hidden(&tip, false);
    }
    highlight(root, Some(&data(figure, attr::FIGURE)));
}

pub fn hide_figure(root: &Element, figure: &Element) {
    close_tip(figure);
    if figure.class_list().contains(state::HIGHLIGHTED) {
        highlight(root, None);
    }
}

pub fn close_tip(figure: &Element) {
    if let Some(tip) = find(figure, sel::FIGURE_TIP) {
        set_hidden(&tip, true);
    }
}
