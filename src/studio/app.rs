//! The studio's page: a toolbar (undo, redo, a new story), the story's parts on the left,
//! what is left, publishing and the preview on the right.

use super::article::{Article, MetaFields};
use super::charts::{figure_lines, Charts, Figures, Steps, Units};
use super::keep::keep;
use super::preview::Preview;
use super::problems::ProblemList;
use super::publish::Publish;
use super::start::StartPanel;
use super::state::Studio;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn StudioApp() -> impl IntoView {
    let studio = Studio::new();
    provide_context(studio);
    keep(studio);
    // Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Y) outside a text field, where the field's own
    // undo comes first.
    let keys = gloo_events::EventListener::new_with_options(
        &crate::host::ground::document().expect("the studio runs in a document"),
        "keydown",
        gloo_events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let in_text = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if !(event.ctrl_key() || event.meta_key()) || in_text {
                return;
            }
            match (event.key().to_lowercase().as_str(), event.shift_key()) {
                ("z", false) => studio.undo(),
                ("z", true) | ("y", _) => studio.redo(),
                _ => return,
            }
            event.prevent_default();
        },
    );
    keys.forget();
    let started = Memo::new(move |_| studio.work.with(Option::is_some));
    let lines = figure_lines(studio);
    // What a person sees first comes in the first frame (the story's fields, the article, what
    // is left); the panels below it and the preview in the task after it.
    let rest = RwSignal::new(false);
    Effect::new(move |_| {
        if started.get() && !rest.get_untracked() {
            set_timeout(move || rest.set(true), std::time::Duration::ZERO);
        } else if !started.get() {
            rest.set(false);
        }
    });
    let new_story = move |_| {
        if studio.unexported()
            && !crate::host::ground::window()
                .and_then(|w| {
                    w.confirm_with_message(
                        "Start a new story? This one has changes you have not exported.",
                    )
                    .ok()
                })
                .unwrap_or(false)
        {
            return;
        }
        studio.work.set(None);
        studio.history.update(super::history::History::clear);
    };
    let kept = move || match studio.kept.get() {
        Some(false) => "This browser keeps nothing here: export your story before you leave.",
        Some(true) => "Kept in this browser as you work.",
        None => "",
    };
    view! {
        <header class="studio-header">
            <h1>"Story studio"</h1>
            <div class="toolbar" role="toolbar" aria-label="Story">
                <button type="button" on:click=move |_| studio.undo() disabled=move || !studio.history.with(|h| h.can_undo())>"Undo"</button>
                <button type="button" on:click=move |_| studio.redo() disabled=move || !studio.history.with(|h| h.can_redo())>"Redo"</button>
                <Show when=move || started.get()>
                    <button type="button" on:click=new_story>"New story"</button>
                </Show>
            </div>
            <p class="kept">{kept}</p>
            <p class="notice" role="status" aria-live="polite">{move || studio.notice.get()}</p>
        </header>
        <Show when=move || started.get() fallback=|| view! { <StartPanel/> }>
            <div class="studio">
                <div class="editor">
                    <MetaFields/>
                    <Article/>
                    <Show when=move || rest.get()>
                        <Units/>
                        <Figures lines=lines/>
                        <Charts lines=lines/>
                        <Steps lines=lines/>
                    </Show>
                </div>
                <aside class="side">
                    <ProblemList/>
                    <Show when=move || rest.get()>
                        <Publish/>
                        <Preview/>
                    </Show>
                </aside>
            </div>
        </Show>
    }
}
