//! The guided tour. Every step's view of its chart is prerendered (`.step-view`, one per
//! step, with that step's figures emphasised); the tour only says which step is current.
//! On wide screens the chart is sticky beside the cards and reading on makes the card that
//! crosses the activation line current; previous/next scroll to their card; `#step-<id>`
//! links open the tour at that step.

use super::dom::{closest, data, find, find_all, set_class};
use super::Place;
use crate::host;
use crate::markup::{attr, compound, sel, state};
use gloo_events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlButtonElement, MouseEvent};

/// Where a step card must reach, as a share of the viewport's height, to become current.
const ACTIVATION_LINE: f64 = 0.45;
/// Where previous/next put the card they go to: above the activation line, so reading
/// on from there keeps that step current.
const ARRIVAL_LINE: f64 = 0.3;
/// The width from which the chart is sticky beside the cards (style.css, `.steps-layout`).
const SIDE_BY_SIDE: &str = "(min-width: 48rem)";
/// Longer than any smooth scroll; after it, the reader's own scrolling rules again.
const ARRIVAL_AT_MOST_MS: f64 = 1500.0;

pub struct Tour {
    section: Element,
    step_ids: Vec<String>,
    current: Cell<usize>,
    /// A scroll to a step's card that previous/next started, and when: the cards it passes
    /// do not become current on the way.
    arriving: Cell<Option<(usize, f64)>>,
    /// Cards scroll past a sticky chart only where the page scrolls: not in a frame that
    /// grows to its content.
    scrolly: bool,
    /// Where the tour is: on its own page it keeps the address a link to the current step.
    place: Rc<Place>,
}

impl Tour {
    pub fn start(root: &Element, place: Rc<Place>) -> Option<Rc<Tour>> {
        let section = find(root, sel::STEPS)?;
        let step_ids: Vec<String> = find_all(&section, compound::STEP_CARD)
            .iter()
            .map(|s| s.id())
            .collect();
        if step_ids.is_empty() {
            return None;
        }
        let tour = Rc::new(Tour {
            section,
            step_ids,
            current: Cell::new(0),
            arriving: Cell::new(None),
            scrolly: !place.embedding.is_framed(),
            place,
        });
        let linked = tour.place.embedding.linked_fragment();
        if let Some(i) = tour.step_ids.iter().position(|id| *id == linked) {
            tour.show(i);
        }
        Some(tour)
    }

    /// Reading on makes the card that crosses the activation line current, where the page
    /// scrolls: the listener, to keep while the tour is attached.
    pub fn follow_scrolling(self: Rc<Self>, root: &Element) -> Option<EventListener> {
        if !self.scrolly {
            return None;
        }
        let window = web_sys::window()?;
        let root = root.clone();
        Some(EventListener::new(&window, "scroll", move |_| {
            self.follow_reading(&root)
        }))
    }

    /// Handles a click inside the tour; `true` when it followed a step link in place.
    pub fn click(&self, root: &Element, event: &MouseEvent) -> bool {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return false;
        };
        let current = self.current.get();
        if closest(&target, sel::STEP_PREV).is_some() {
            self.go(root, current.saturating_sub(1));
        } else if closest(&target, sel::STEP_NEXT).is_some() {
            self.go(root, (current + 1).min(self.step_ids.len() - 1));
        } else if let Some(link) = closest(&target, sel::STEP_LINK) {
            // A plain click steps the tour in place (no history entry, and never a host
            // page's address); a click that opens a new tab or window follows the link.
            let plain =
                event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key());
            let step = closest(&link, sel::STEP).map(|s| s.id());
            if let Some(i) = step.and_then(|id| self.step_ids.iter().position(|s| *s == id)) {
                if plain {
                    self.go(root, i);
                    return true;
                }
            }
        }
        false
    }

    fn go(&self, root: &Element, i: usize) {
        self.show(i);
        let id = &self.step_ids[i];
        self.place.embedding.show_fragment(id);
        if self.scrolly && host::media_matches(SIDE_BY_SIDE) {
            self.arriving.set(Some((i, js_sys::Date::now())));
            host::scroll_to_line(root, id, ARRIVAL_LINE, !super::dom::reduced_motion());
        } else {
            host::scroll_into_view_if_needed(root, id);
        }
    }

    /// Reading on: the last step whose card has crossed the activation line is current.
    fn follow_reading(&self, root: &Element) {
        let crossing = host::last_crossing(root, &self.step_ids, ACTIVATION_LINE);
        if let Some((step, started)) = self.arriving.get() {
            let over = crossing == Some(step) || js_sys::Date::now() - started > ARRIVAL_AT_MOST_MS;
            if !over {
                return;
            }
            self.arriving.set(None);
        }
        if let Some(i) = crossing.filter(|i| *i != self.current.get()) {
            self.show(i);
        }
    }

    fn show(&self, i: usize) {
        self.current.set(i);
        for (n, card) in find_all(&self.section, sel::STEP).iter().enumerate() {
            set_class(card, state::CURRENT, n == i);
            let _ = if n == i {
                card.set_attribute("aria-current", "step")
            } else {
                card.remove_attribute("aria-current")
            };
            if n == i {
                super::dom::set_text(
                    &self.section,
                    sel::STEPS_PROGRESS,
                    &data(card, attr::PROGRESS),
                );
            }
        }
        for (n, view) in find_all(&self.section, sel::STEP_VIEW).iter().enumerate() {
            set_class(view, state::CURRENT, n == i);
        }
        if let Some(progress) = find(&self.section, compound::STEPS_PROGRESS_BAR) {
            let _ = progress.set_attribute("value", &(i + 1).to_string());
        }
        let last = self.step_ids.len() - 1;
        for (selector, disabled) in [(sel::STEP_PREV, i == 0), (sel::STEP_NEXT, i >= last)] {
            if let Some(button) =
                find(&self.section, selector).and_then(|b| b.dyn_into::<HtmlButtonElement>().ok())
            {
                button.set_disabled(disabled);
            }
        }
    }
}
