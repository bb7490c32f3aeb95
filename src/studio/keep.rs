//! Nothing is lost: the work is kept in the browser's storage as it changes (the studio says
//! where the browser keeps nothing), comes back on the next visit, and leaving with changes
//! not yet exported asks first.

use super::input::open_story;
use super::state::{Studio, EXPORTED_KEY, KEPT_KEY};
use crate::host::{store, stored};
use leptos::prelude::*;

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
    Effect::new(move |_| {
        let text = studio.work.with(|w| w.as_ref().map(|w| w.export()));
        let exported = studio.exported.get();
        if let Some(text) = text {
            let is_exported = if exported.as_deref() == Some(text.as_str()) {
                "yes"
            } else {
                "no"
            };
            let kept = store(KEPT_KEY, &text) && store(EXPORTED_KEY, is_exported);
            studio.kept.set(Some(kept));
        }
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
