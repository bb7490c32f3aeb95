//! A chart's bars as targets: one prerendered button per bar, placed over its row by the
//! stylesheet (`data-box`, percentages of the drawing, so it stays on its bar as the SVG
//! scales; src/ui/target_places.rs), and one tooltip per chart filled from the button's data.
//! Hover, focus or tap opens it; Escape or leaving the chart closes it; clicking a bar (or
//! tapping it a second time) goes to its sentence in the text.

use super::dom::{closest, data, find, find_all, focus, set_class, set_hidden, set_text};
use super::highlight::highlight;
use crate::markup::{attr, compound, sel, state, with_figure};
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    /// How the last press began (`touch`, `mouse`, `pen`), to tell a tap from a click.
    /// And whether the bar it began on already had its tooltip open: a tap's `mouseover`
    /// opens it before its `click` comes.
    static LAST_POINTER: RefCell<(String, bool)> = const { RefCell::new((String::new(), false)) };
}

/// Opens `mark`'s tooltip and highlights its figure. A bar already open is left as it is: a
/// tap sends `mouseover`, `focusin` and `click` to the same bar, and only the first need work.
pub fn activate(root: &Element, mark: &Element) {
    if mark.class_list().contains(state::ACTIVE) {
        return;
    }
    let Some(plot) = closest(mark, sel::CHART_PLOT) else {
        return;
    };
    for other in find_all(&plot, compound::ACTIVE_MARK) {
        set_class(&other, state::ACTIVE, false);
        let _ = other.remove_attribute("aria-describedby");
    }
    set_class(mark, state::ACTIVE, true);
    if let Some(tip) = find(&plot, sel::CHART_TIP) {
        set_text(&tip, sel::CHART_TIP_LABEL, &data(mark, attr::LABEL));
        set_text(&tip, sel::CHART_TIP_VALUE, &data(mark, attr::VALUE));
        set_text(
            &tip,
            sel::CHART_TIP_QUOTE,
            &quote(root, &data(mark, attr::FIGURE)),
        );
        set_hidden(&tip, false);
        // The row's top and bottom, CSS percentages of the drawing like the rest of `data-box`.
        let row_top = data(mark, attr::BOX)
            .split(' ')
            .nth(1)
            .unwrap_or("0%")
            .to_string();
        crate::host::place_tip(&tip, mark, &row_top, &data(mark, attr::TIP_TOP));
        let _ = mark.set_attribute("aria-describedby", &tip.id());
    }
    highlight(root, Some(&data(mark, attr::FIGURE)));
}

/// The sentence a figure comes from, written once per page on its table row.
fn quote(root: &Element, figure: &str) -> String {
    find(
        root,
        &format!("{}[data-{}]", with_figure("tr", figure), attr::QUOTE),
    )
    .map(|row| data(&row, attr::QUOTE))
    .unwrap_or_default()
}

pub fn deactivate(root: &Element, plot: &Element) {
    let mut was_open = false;
    for mark in find_all(plot, compound::ACTIVE_MARK) {
        set_class(&mark, state::ACTIVE, false);
        let _ = mark.remove_attribute("aria-describedby");
        was_open = true;
    }
    if let Some(tip) = find(plot, sel::CHART_TIP) {
        set_hidden(&tip, true);
    }
    if was_open {
        highlight(root, None);
    }
}

pub fn remember_pointer(kind: &str, target: Option<&Element>) {
    let was_open = target
        .and_then(|t| closest(t, sel::MARK))
        .is_some_and(|mark| mark.class_list().contains(state::ACTIVE));
    LAST_POINTER.with(|p| *p.borrow_mut() = (kind.to_string(), was_open));
}

/// A first tap shows the tooltip; tapping the same bar again, or clicking, goes to the text.
pub fn press(root: &Element, mark: &Element) {
    let (kind, was_open) = LAST_POINTER.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if kind == "touch" && !was_open {
        activate(root, mark);
    } else {
        go_to_text(root, &data(mark, attr::FIGURE));
    }
}

pub fn go_to_text_from_tip(root: &Element, button: &Element) {
    let active =
        closest(button, sel::CHART_PLOT).and_then(|plot| find(&plot, compound::ACTIVE_MARK));
    if let Some(mark) = active {
        go_to_text(root, &data(&mark, attr::FIGURE));
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
