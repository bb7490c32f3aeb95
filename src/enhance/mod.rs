//! The widget's one behaviour, attached to markup the components wrote: on the story page
//! and the chart pages (prerendered by the build) and in every script embed's shadow root
//! (rendered there by the same components). The markup holds every state a reader can reach
//! without new data (both scales, the table, every tour step), so this adds no markup and
//! moves none: it marks the root live (CSS then shows the controls) and listens.
//! Everything here is plain DOM work on elements found through `crate::markup`, starting
//! from the root, so it works the same in a document and in a shadow root.

mod copy;
mod dom;
mod highlight;
mod lang_link;
mod layout;
mod marks;
mod switches;
mod tour;

use crate::host::{Embedding, Placement};
use crate::markup::{attr, compound, sel};
use crate::Lang;
use dom::closest;
pub use dom::page_lang;
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, PointerEvent};

/// Where the markup is, and what only whoever put it there can do.
#[derive(Default)]
pub struct Place {
    /// What the widget may touch outside itself (its page's address, or nothing at all).
    pub embedding: Embedding,
    /// Shows the widget in another language where it is (a script embed renders its root
    /// again); without it the language link leads to the other language's page.
    pub switch_lang: Option<Box<dyn Fn(Lang)>>,
    /// Saves the file a pressed download link names, where the links cannot reach the
    /// build's files (a script embed makes it from its story); without it they are followed.
    pub save_file: Option<Box<SaveFile>>,
}

impl Place {
    /// The widget's own page (or a frame of it).
    pub fn page() -> Place {
        Place {
            embedding: Embedding {
                placement: crate::host::page_placement(),
                ..Embedding::default()
            },
            ..Place::default()
        }
    }
}

/// Saves the file of a download link (the root and the link pressed).
pub type SaveFile = dyn Fn(&Element, &Element);

/// The behaviour attached to one root; dropping it detaches it (a script embed does when
/// it renders the root again in another language).
pub struct Enhanced {
    _listeners: [EventListener; 7],
    _following_reading: Option<EventListener>,
}

/// Makes the markup in `root` (`.rural-story-root`) interactive.
pub fn enhance(root: &Element, place: Place) -> Enhanced {
    let place = Rc::new(place);
    if place.embedding.placement != Placement::Shadow {
        name_unknown_chart();
        layout::lay_out_skipped_parts(root);
    }
    copy::absolute_embed_codes(root);
    let tour = tour::Tour::start(root, place.clone());
    let listeners = listen(root, tour.clone(), place);
    let following_reading = tour.and_then(|tour| tour.follow_scrolling(root));
    answer_where_the_reader_is(root);
    // Last: CSS shows the controls only once they work.
    dom::set_data(root, attr::LIVE, "");
    Enhanced {
        _listeners: listeners,
        _following_reading: following_reading,
    }
}

/// What handles one event type: given the widget's root and the event.
type Handler = Box<dyn Fn(&Element, &Event)>;

/// One listener per event type on the root, dispatched by what the event's target is.
fn listen(root: &Element, tour: Option<Rc<tour::Tour>>, place: Rc<Place>) -> [EventListener; 7] {
    let on = |kind: &'static str, handler: Handler| {
        let root_for_handler = root.clone();
        EventListener::new_with_options(
            root,
            kind,
            EventListenerOptions::enable_prevent_default(),
            move |event| handler(&root_for_handler, event),
        )
    };
    [
        on("mouseover", Box::new(open_tip)),
        on("mouseout", Box::new(close_tip_left)),
        on("focusin", Box::new(open_tip)),
        on(
            "focusout",
            Box::new(|root, event| {
                if let Some(figure) = target_closest(event, sel::FIGURE_REF) {
                    highlight::hide_figure(root, &figure);
                }
            }),
        ),
        on(
            "pointerdown",
            Box::new(|_, event| {
                if let Some(event) = event.dyn_ref::<PointerEvent>() {
                    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
                    marks::remember_pointer(&event.pointer_type(), target.as_ref());
                }
            }),
        ),
        on("keydown", Box::new(key)),
        on(
            "click",
            Box::new(move |root, event| {
                if click(root, event, &place, tour.as_deref()) {
                    event.prevent_default();
                }
            }),
        ),
    ]
}

/// The pointer leaving a chart's drawing or a text figure closes its tooltip.
fn close_tip_left(root: &Element, event: &Event) {
    let leaving = |selector: &str| {
        let from = target_closest(event, selector)?;
        let to = event
            .dyn_ref::<web_sys::MouseEvent>()
            .and_then(|e| e.related_target())
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        (!to.is_some_and(|to| from.contains(Some(&to)))).then_some(from)
    };
    if let Some(plot) = leaving(sel::CHART_PLOT) {
        marks::deactivate(root, &plot);
    }
    if let Some(figure) = leaving(sel::FIGURE_REF) {
        highlight::hide_figure(root, &figure);
    }
}

/// Escape closes tooltips; arrow keys, Home and End move between a drawing's bars.
fn key(root: &Element, event: &Event) {
    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if event.key() == "Escape" {
        if let Some(plot) = target_closest(event, sel::CHART_PLOT) {
            marks::deactivate(root, &plot);
        }
        if let Some(figure) = target_closest(event, sel::FIGURE_REF) {
            highlight::close_tip(&figure);
        }
    } else if let Some(mark) = target_closest(event, sel::MARK) {
        if marks::move_focus(&mark, &event.key()) {
            event.prevent_default();
        }
    }
}

/// Handles a click; `true` when it was handled in place of the browser's default.
fn click(root: &Element, event: &Event, place: &Place, tour: Option<&tour::Tour>) -> bool {
    let Some(mouse) = event.dyn_ref::<web_sys::MouseEvent>() else {
        return false;
    };
    if let Some(mark) = target_closest(event, sel::MARK) {
        marks::press(root, &mark);
    } else if let Some(go) = target_closest(event, sel::CHART_TIP_GO) {
        marks::go_to_text_from_tip(root, &go);
    } else if let Some(button) = target_closest(event, compound::SCALE_BUTTON) {
        switches::scale(&button);
    } else if let Some(button) = target_closest(event, sel::TABLE_TOGGLE) {
        switches::table(&button);
    } else if let Some(button) = target_closest(event, compound::COPY_BUTTON) {
        copy::copy(root, &button);
    } else if let Some(link) = target_closest(event, sel::LANG_SWITCH) {
        return lang_link::follow(root, &link, place.switch_lang.as_deref());
    } else if let Some((save_file, link)) = place
        .save_file
        .as_deref()
        .and_then(|save| Some((save, target_closest(event, compound::DOWNLOAD)?)))
    {
        save_file(root, &link);
        return true;
    } else if let Some(tour) = tour {
        return tour.click(root, mouse);
    }
    false
}

/// `?chart=<id>` on the story's page leads to the chart's own page (prefs.js) when the
/// story has that chart (`data-charts` on `<html>`); otherwise the story stays, under a box
/// naming the charts there are.
fn name_unknown_chart() {
    let Some(asked) = crate::host::query_param("chart") else {
        return;
    };
    let charts = crate::host::ground::document()
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
    if let Some(mark) = closest(target, sel::MARK) {
        marks::activate(root, &mark);
    }
    if let Some(figure) = closest(target, sel::FIGURE_REF) {
        highlight::show_figure(root, &figure);
    }
}

/// The bar or text figure the reader has focused or points at as the app starts answers at
/// once (a bar's tooltip came from CSS until then): `focusin` and `mouseover` come only as
/// focus or the pointer arrives.
fn answer_where_the_reader_is(root: &Element) {
    for selector in [compound::FOCUSED_TARGET, compound::HOVERED_TARGET] {
        if let Some(target) = dom::find(root, selector) {
            open_tip_at(root, &target);
        }
    }
}

fn target_closest(event: &Event, selector: &str) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    closest(&target, selector)
}
