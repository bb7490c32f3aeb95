//! A chart's bars as targets: one prerendered button per bar, placed over its row by the
//! stylesheet (`data-box`, percentages of the drawing, so it stays on its bar as the SVG
//! scales; src/ui/target_places.rs), and one tooltip per chart filled from the button's data.
//! Hover, focus or tap opens it; Escape or leaving the chart closes it; clicking a bar (or
//! tapping it a second time) goes to its sentence in the text.

use super::dom::{closest, data, find, find_all, focus, set_class, set_hidden, set_text};
use super::highlight::highlight;
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    /// How the last press began (`touch`, `mouse`, `pen`), to tell a tap from a click.
    static LAST_POINTER: RefCell<String> = const { RefCell::new(String::new()) };
}

pub fn activate(root: &Element, mark: &Element) {
    let Some(plot) = closest(mark, ".chart-plot") else {
        return;
    };
    for other in find_all(&plot, ".mark.active") {
        set_class(&other, "active", false);
        let _ = other.remove_attribute("aria-describedby");
    }
    set_class(mark, "active", true);
    if let Some(tip) = find(&plot, ".chart-tip") {
        set_text(&tip, ".chart-tip-label", &data(mark, "label"));
        set_text(&tip, ".chart-tip-value", &data(mark, "value"));
        set_text(
            &tip,
            ".chart-tip-quote",
            &quote(root, &data(mark, "figure")),
        );
        set_hidden(&tip, false);
        // The row's top and bottom, CSS percentages of the drawing like the rest of `data-box`.
        let row_top = data(mark, "box")
            .split(' ')
            .nth(1)
            .unwrap_or("0%")
            .to_string();
        crate::host::place_tip(&tip, mark, &row_top, &data(mark, "tip-top"));
        let _ = mark.set_attribute("aria-describedby", &tip.id());
    }
    highlight(root, Some(&data(mark, "figure")));
}

/// The sentence a figure comes from, written once per page on its table row.
fn quote(root: &Element, figure: &str) -> String {
    find(root, &format!("tr[data-figure=\"{figure}\"][data-quote]"))
        .map(|row| data(&row, "quote"))
        .unwrap_or_default()
}

pub fn deactivate(root: &Element, plot: &Element) {
    let mut was_open = false;
    for mark in find_all(plot, ".mark.active") {
        set_class(&mark, "active", false);
        let _ = mark.remove_attribute("aria-describedby");
        was_open = true;
    }
    if let Some(tip) = find(plot, ".chart-tip") {
        set_hidden(&tip, true);
    }
    if was_open {
        highlight(root, None);
    }
}

pub fn remember_pointer(kind: &str) {
    LAST_POINTER.with(|p| *p.borrow_mut() = kind.to_string());
}

/// A first tap shows the tooltip; tapping the same bar again, or clicking, goes to the text.
pub fn press(root: &Element, mark: &Element) {
    let touch = LAST_POINTER.with(|p| std::mem::take(&mut *p.borrow_mut())) == "touch";
    if touch && !mark.class_list().contains("active") {
        activate(root, mark);
    } else {
        go_to_text(root, &data(mark, "figure"));
    }
}

pub fn go_to_text_from_tip(root: &Element, button: &Element) {
    let active = closest(button, ".chart-plot").and_then(|plot| find(&plot, ".mark.active"));
    if let Some(mark) = active {
        go_to_text(root, &data(&mark, "figure"));
    }
}

fn go_to_text(root: &Element, figure_id: &str) {
    highlight(root, Some(figure_id));
    crate::host::scroll_to_figure(root, figure_id, !super::dom::reduced_motion());
}

/// Arrow keys, Home and End move between a chart's targets; `true` if the key was one.
pub fn move_focus(mark: &Element, key: &str) -> bool {
    let Some(parent) = mark.parent_element() else {
        return false;
    };
    let next = match key {
        "ArrowDown" | "ArrowRight" => mark.next_element_sibling(),
        "ArrowUp" | "ArrowLeft" => mark.previous_element_sibling(),
        "Home" => parent.first_element_child(),
        "End" => parent.last_element_child(),
        _ => return false,
    };
    if let Some(next) = next {
        focus(&next);
    }
    true
}
