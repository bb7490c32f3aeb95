//! A chart's linear/log and chart/table switches. Both states are in the page (both
//! drawings, and the table); a switch sets one attribute on the chart's `<figure>` and CSS
//! shows the matching one, so switching costs no drawing.

use super::dom::{closest, data, find_all, set_data};
use crate::markup::{attr, compound, sel};
use web_sys::Element;

pub fn scale(button: &Element) {
    let Some(figure) = closest(button, sel::CHART) else {
        return;
    };
    let scale = data(button, attr::SCALE);
    set_data(&figure, attr::SCALE, &scale);
    for other in find_all(&figure, compound::SCALE_BUTTON) {
        let pressed = data(&other, attr::SCALE) == scale;
        let _ = other.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    }
}

/// The button names what it would show next; `data-other` holds its other name.
pub fn table(button: &Element) {
    let Some(figure) = closest(button, sel::CHART) else {
        return;
    };
    let as_table = data(&figure, attr::VIEW) != "table";
    set_data(
        &figure,
        attr::VIEW,
        if as_table { "table" } else { "chart" },
    );
    let _ = button.set_attribute("aria-pressed", if as_table { "true" } else { "false" });
    let other = data(button, attr::OTHER);
    set_data(
        button,
        attr::OTHER,
        &button.text_content().unwrap_or_default(),
    );
    button.set_text_content(Some(&other));
}
