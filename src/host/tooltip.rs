//! Which side of its bar a chart's tooltip opens on. Below the bar by default; above it when
//! the screen has no room below and has room above, so a reader can read the tooltip and move
//! the pointer onto it (WCAG 1.4.13) even for a bar at the foot of the screen.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// `true` if a tooltip `tip_height` high opens above a bar from `bar_top` to `bar_bottom`
/// (viewport coordinates) on a screen `screen_height` high. When it fits on neither side it
/// stays below, where scrolling on reveals it.
pub fn opens_above(bar_top: f64, bar_bottom: f64, tip_height: f64, screen_height: f64) -> bool {
    bar_bottom + tip_height > screen_height && bar_top - tip_height >= 0.0
}

/// Places an open tooltip at `bar`, whose row spans `row_top` to `row_bottom` (CSS lengths
/// from the top of the drawing): under the row, or over it when [`opens_above`] says so.
/// Styles are set through the CSSOM, which a strict Content-Security-Policy allows.
pub fn place_tip(tip: &Element, bar: &Element, row_top: &str, row_bottom: &str) {
    let Some(style) = tip.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    let _ = style.set_property("top", row_bottom);
    let _ = style.set_property("bottom", "auto");
    let screen_height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(f64::INFINITY);
    let (bar, tip_height) = (
        bar.get_bounding_client_rect(),
        tip.get_bounding_client_rect().height(),
    );
    if opens_above(bar.top(), bar.bottom(), tip_height, screen_height) {
        let _ = style.set_property("top", "auto");
        let _ = style.set_property("bottom", &format!("calc(100% - {row_top})"));
    }
}

#[cfg(test)]
mod tests {
    use super::opens_above;

    #[test]
    fn a_tooltip_opens_below_its_bar_where_it_fits() {
        assert!(!opens_above(100.0, 140.0, 200.0, 900.0));
        assert!(!opens_above(100.0, 700.0, 200.0, 900.0));
    }

    #[test]
    fn a_tooltip_opens_above_a_bar_at_the_foot_of_the_screen() {
        assert!(opens_above(856.0, 900.0, 212.0, 900.0));
        assert!(opens_above(600.0, 700.0, 201.0, 900.0));
    }

    #[test]
    fn a_tooltip_that_fits_on_neither_side_stays_below() {
        assert!(!opens_above(100.0, 200.0, 300.0, 400.0));
    }
}
