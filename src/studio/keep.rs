//! Nothing is lost: the work is kept in the browser's storage as it changes (the studio says
//! where the browser keeps nothing), comes back on the next visit, and leaving with changes
//! not yet exported asks first.

use super::input::open_story;
use super::state::{Studio, EXPORTED_KEY, KEPT_KEY};
use crate::host::{store, stored};
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

/// How long the edits pause before the work is written to storage.
const KEEP_AFTER_MS: u64 = 400;

/// Restores the work of the last visit, then keeps every change.
pub fn keep(studio: Studio) {
    if let Some(text) = stored(KEPT_KEY) {
        if let Ok(work) = open_story(&text) {
            let exported = (stored(EXPORTED_KEY).as_deref() == Some("yes")).then(|| text.clone());
            studio.start(work, exported);
            studio
                .notice
                .set("Your story from the last visit is back.".into());
        }
    }
    // Written once the edits pause: a story is tens of kilobytes, a keystroke is not.
    let pending: Rc<RefCell<Option<TimeoutHandle>>> = Rc::default();
    Effect::new(move |_| {
        let text = studio.exported_text.get();
        let exported = studio.exported.get();
        if let Some(waiting) = pending.take() {
            waiting.clear();
        }
        let Some(text) = text else {
            return;
        };
        let write = move || {
            let is_exported = if exported.as_deref() == Some(text.as_str()) {
                "yes"
            } else {
                "no"
            };
            let kept = store(KEPT_KEY, &text) && store(EXPORTED_KEY, is_exported);
            studio.kept.set(Some(kept));
        };
        pending.replace(set_timeout_with_handle(write, Duration::from_millis(KEEP_AFTER_MS)).ok());
    });
    // Not passive, gloo's default: it cancels the event to ask.
    let asks = gloo_events::EventListener::new_with_options(
        &crate::host::ground::window().expect("the studio runs in a window"),
        "beforeunload",
        gloo_events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            if studio.unexported() {
                event.prevent_default();
                // Older browsers ask only when `returnValue` is set.
                let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
            }
        },
    );
    asks.forget();
}
