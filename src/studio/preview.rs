//! The story as readers will see it: the reader's own components and `enhance`, in a shadow
//! root holding the reader's stylesheet, as a script embed shows a host's story. It shows
//! the last valid state of the story, in either language, at a phone's or a desktop's
//! width, light or dark.

use super::state::use_studio;
use super::Site;
use crate::embed::{file_asked, show_story, Shown};
use crate::enhance::Place;
use crate::host::{prepare_shadow_root, Embedding, Placement, StoryPages};
use crate::story::Story;
use crate::{Lang, Theme};
use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use web_sys::HtmlElement;

/// How long the edits pause before the preview shows them: a keystroke's frame is the
/// field's, and rendering a whole story takes several frames.
const PAUSE_MS: u64 = 120;

#[component]
pub fn Preview() -> impl IntoView {
    let studio = use_studio();
    let site = expect_context::<Site>();
    let lang = RwSignal::new(Lang::Zh);
    let phone = RwSignal::new(false);
    let dark = RwSignal::new(false);
    // The last story the validator accepted: a draft is shown once it is valid. Rendered
    // once the edits pause, in a task of its own, so typing never waits for the preview.
    let valid = RwSignal::new(None::<Story>);
    let pending: Rc<RefCell<Option<TimeoutHandle>>> = Rc::default();
    Effect::new(move |_| {
        let accepted = studio.checked.with(|checked| match checked {
            Some(Ok(story)) => Some(story.clone()),
            _ => None,
        });
        if let Some(story) = accepted {
            if let Some(waiting) = pending.take() {
                waiting.clear();
            }
            let handle = set_timeout_with_handle(
                move || valid.set(Some(story)),
                Duration::from_millis(PAUSE_MS),
            );
            pending.replace(handle.ok());
        }
    });
    let holder = NodeRef::<leptos::html::Div>::new();
    let container: Rc<RefCell<Option<HtmlElement>>> = Rc::default();
    let shown: Rc<RefCell<Option<Shown>>> = Rc::default();
    Effect::new(move |_| {
        let story = valid.get();
        let (lang_now, theme) = (
            lang.get(),
            if dark.get() {
                Theme::Dark
            } else {
                Theme::Light
            },
        );
        let Some(holder) = holder.get() else {
            return;
        };
        if container.borrow().is_none() {
            let prepared = prepare_shadow_root(&holder, &site.reader_style)
                .ok()
                .flatten();
            container.replace(prepared);
        }
        shown.replace(None);
        let (Some(story), Some(container)) = (story, container.borrow().clone()) else {
            return;
        };
        let embedding = Embedding {
            placement: Placement::Shadow,
            chart: None,
            base_url: site.base_url.clone(),
            pages: StoryPages::Host(story.meta.story_url.clone()),
        };
        let for_files = story.clone();
        let place = Place {
            embedding: embedding.clone(),
            switch_lang: Some(Box::new(move |other| lang.set(other))),
            save_file: Some(Box::new(move |root, link| {
                if let Some((name, media_type, content)) = file_asked(&for_files, root, link) {
                    let _ = crate::host::download(&name, media_type, &content);
                }
            })),
        };
        shown.replace(show_story(
            &container,
            Ok(story),
            lang_now,
            Some(theme),
            embedding,
            place,
        ));
    });
    let waiting = move || {
        valid.with(Option::is_none).then(|| {
            view! { <p class="hint">"The preview appears once the story is valid: see what is left."</p> }
        })
    };
    let stale = move || {
        (valid.with(Option::is_some) && studio.problems.with(|p| !p.is_empty())).then(|| {
            view! { <p class="hint stale">"The preview shows the story as it was when last valid."</p> }
        })
    };
    let toggle = |label: &'static str, on: RwSignal<bool>| {
        view! {
            <button type="button" aria-pressed=move || on.get().to_string() on:click=move |_| on.update(|v| *v = !*v)>{label}</button>
        }
    };
    view! {
        <section class="panel preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">"Preview"</h2>
            <div class="toolbar" role="group" aria-label="Preview as">
                <button type="button" aria-pressed=move || (lang.get() == Lang::Zh).to_string() on:click=move |_| lang.set(Lang::Zh)>"中文"</button>
                <button type="button" aria-pressed=move || (lang.get() == Lang::En).to_string() on:click=move |_| lang.set(Lang::En)>"English"</button>
                {toggle("Phone width", phone)}
                {toggle("Dark", dark)}
            </div>
            {waiting}
            {stale}
            <div class="preview-frame" class:phone=move || phone.get() class:dark=move || dark.get() node_ref=holder></div>
        </section>
    }
}
