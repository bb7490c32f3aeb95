//! The story page's behaviour, attached to the page it arrives with. The build prerenders
//! every state a reader can reach without new data (both scales, the table, every tour step,
//! each language as its own page), so starting up adds no markup and moves none: it marks
//! the root live (CSS then shows the controls) and listens. The chart targets are placed by
//! the stylesheet (src/ui/target_places.rs) from the first paint.
//! Everything here is plain DOM work on elements found by class and data attributes; the
//! markup it relies on is written by the `ui` components when rendered at build time.

mod copy;
mod dom;
mod highlight;
mod lang_link;
mod marks;
mod switches;
mod tour;

use dom::closest;
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, PointerEvent};

/// Makes the prerendered story in `root` (`.rural-story-root`) interactive.
pub fn enhance(root: &Element) {
    name_unknown_chart();
    copy::absolute_embed_codes(root);
    let tour = tour::Tour::start(root);
    listen(root, tour);
    answer_where_the_reader_is(root);
    // Last: CSS shows the controls only once they work.
    let _ = root.set_attribute("data-live", "");
}

/// What handles one event type: given the widget's root and the event.
type Handler = Box<dyn Fn(&Element, &Event)>;

/// One listener per event type on the root, dispatched by what the event's target is.
fn listen(root: &Element, tour: Option<Rc<tour::Tour>>) {
    let on = |kind: &'static str, handler: Handler| {
        let root_for_handler = root.clone();
        EventListener::new_with_options(
            root,
            kind,
            EventListenerOptions::enable_prevent_default(),
            move |event| handler(&root_for_handler, event),
        )
        .forget();
    };
    on("mouseover", Box::new(open_tip));
    on(
        "mouseout",
        Box::new(|root, event| {
            let leaving = |selector: &str| {
                let from = target_closest(event, selector)?;
                let to = event
                    .dyn_ref::<web_sys::MouseEvent>()
                    .and_then(|e| e.related_target())
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                (!to.is_some_and(|to| from.contains(Some(&to)))).then_some(from)
            };
            if let Some(plot) = leaving(".chart-plot") {
                marks::deactivate(root, &plot);
            }
            if let Some(figure) = leaving(".figure-ref") {
                highlight::hide_figure(root, &figure);
            }
        }),
    );
    on("focusin", Box::new(open_tip));
    on(
        "focusout",
        Box::new(|root, event| {
            if let Some(figure) = target_closest(event, ".figure-ref") {
                highlight::hide_figure(root, &figure);
            }
        }),
    );
    on(
        "pointerdown",
        Box::new(|_, event| {
            if let Some(event) = event.dyn_ref::<PointerEvent>() {
                marks::remember_pointer(&event.pointer_type());
            }
        }),
    );
    on(
        "keydown",
        Box::new(|root, event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if event.key() == "Escape" {
                if let Some(plot) = target_closest(event, ".chart-plot") {
                    marks::deactivate(root, &plot);
                }
                if let Some(figure) = target_closest(event, ".figure-ref") {
                    highlight::close_tip(&figure);
                }
            } else if let Some(mark) = target_closest(event, ".mark") {
                if marks::move_focus(&mark, &event.key()) {
                    event.prevent_default();
                }
            }
        }),
    );
    on(
        "click",
        Box::new(move |root, event| {
            let Some(mouse) = event.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            if let Some(mark) = target_closest(event, ".mark") {
                marks::press(root, &mark);
            } else if let Some(go) = target_closest(event, ".chart-tip-go") {
                marks::go_to_text_from_tip(root, &go);
            } else if let Some(button) = target_closest(event, ".scale-switch button") {
                switches::scale(&button);
            } else if let Some(button) = target_closest(event, ".table-toggle") {
                switches::table(&button);
            } else if let Some(button) = target_closest(event, ".copy-link, .copy-code") {
                copy::copy(root, &button);
            } else if let Some(link) = target_closest(event, ".lang-switch") {
                lang_link::follow(root, &link);
            } else if let Some(tour) = &tour {
                if tour.click(root, mouse) {
                    event.prevent_default();
                }
            }
        }),
    );
}

/// `?chart=<id>` on the story's page leads to the chart's own page (prefs.js) when the
/// story has that chart (`data-charts` on `<html>`); otherwise the story stays, under a box
/// naming the charts there are.
fn name_unknown_chart() {
    let Some(asked) = crate::host::query_param("chart") else {
        return;
    };
    let charts = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("data-charts"));
    if let Some(charts) = charts.filter(|c| !c.split(' ').any(|id| id == asked)) {
        let list = charts.split(' ').collect::<Vec<_>>().join(", ");
        crate::host::show_failure(&format!("unknown chart \"{asked}\" (charts: {list})"));
    }
}

/// Pointing at or focusing a bar or a figure in the text opens its tooltip and highlights it.
fn open_tip(root: &Element, event: &Event) {
    if let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        open_tip_at(root, &target);
    }
}

/// Opens the tooltip of the bar or the text figure `target` is in, if it is in one.
fn open_tip_at(root: &Element, target: &Element) {
    if let Some(mark) = closest(target, ".mark") {
        marks::activate(root, &mark);
    }
    if let Some(figure) = closest(target, ".figure-ref") {
        highlight::show_figure(root, &figure);
    }
}

/// The bar or text figure the reader has focused or points at as the app starts answers at
/// once (a bar's tooltip came from CSS until then): `focusin` and `mouseover` come only as
/// focus or the pointer arrives.
fn answer_where_the_reader_is(root: &Element) {
    for selector in [
        ".mark:focus, .figure-ref:focus",
        ".mark:hover, .figure-ref:hover",
    ] {
        if let Some(target) = dom::find(root, selector) {
            open_tip_at(root, &target);
        }
    }
}

fn target_closest(event: &Event, selector: &str) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    closest(&target, selector)
}
