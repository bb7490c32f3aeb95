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

/// Writes the work and whether it was exported to storage, and notes whether it could.
fn write_now(studio: Studio) {
    let Some(text) = studio.exported_text.get_untracked() else {
        return;
    };
    let exported = studio.exported.get_untracked();
    let is_exported = if exported.as_deref() == Some(text.as_str()) {
        "yes"
    } else {
        "no"
    };
    let kept = store(KEPT_KEY, &text) && store(EXPORTED_KEY, is_exported);
    studio.kept.set(Some(kept));
}

/// Restores the work of the last visit, then keeps every change.
pub fn keep(studio: Studio) {
    if let Some(text) = stored(KEPT_KEY) {
        if let Ok(work) = open_story(&text) {
            let exported = (stored(EXPORTED_KEY).as_deref() == Some("yes")).then(|| text.clone());
            studio.start(work, exported);
            studio.kept.set(Some(true));
            studio
                .notice
                .set("Your story from the last visit is back.".into());
        }
    }
    // Written once the edits pause (a story is tens of kilobytes, a keystroke is not), and
    // at once when the page goes away.
    let pending: Rc<RefCell<Option<TimeoutHandle>>> = Rc::default();
    let waiting = pending.clone();
    Effect::new(move |_| {
        studio.exported_text.track();
        studio.exported.track();
        if let Some(waiting) = waiting.take() {
            waiting.clear();
        }
        let write = move || write_now(studio);
        waiting.replace(set_timeout_with_handle(write, Duration::from_millis(KEEP_AFTER_MS)).ok());
    });
    let flush = gloo_events::EventListener::new(
        &crate::host::ground::window().expect("the studio runs in a window"),
        "pagehide",
        move |_| {
            if let Some(waiting) = pending.take() {
                waiting.clear();
                write_now(studio);
            }
        },
    );
    flush.forget();
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
