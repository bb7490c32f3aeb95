//! Where a story starts: an article's text pasted (or HTML, kept as text), a file opened
//! (`.txt`, `.html`, `story.json`), or the story this site is built with.

use super::input::{draft_from_text, open_any, open_story};
use super::state::{use_studio, Studio};
use super::work::Work;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The largest file the studio reads: a story with every paragraph is under 1 MB.
const MAX_FILE_BYTES: f64 = 2_000_000.0;

#[component]
pub fn StartPanel() -> impl IntoView {
    let studio = use_studio();
    let text = RwSignal::new(String::new());
    let draft = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let started = draft_from_text(&text.get_untracked());
        begin(
            studio,
            started,
            "Drafted a story from the text: check its figures, then fill what is left.",
        );
    };
    let open_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_FILE_BYTES {
            studio.notice.set(format!(
                "{} is {:.1} MB: the studio opens an article's text or a story.json, up to 2 MB.",
                file.name(),
                file.size() / 1e6
            ));
            return;
        }
        let name = file.name();
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            match read.ok().and_then(|t| t.as_string()) {
                Some(content) => begin(studio, open_any(&content), &format!("Opened {name}.")),
                None => studio
                    .notice
                    .set(format!("{name} could not be read as text.")),
            }
        });
    };
    let built_in = move |_| {
        begin(
            studio,
            open_story(crate::story::EMBEDDED_STORY),
            "Opened the story this site is built with.",
        )
    };
    view! {
        <section class="panel start" aria-labelledby="start-heading">
            <h2 id="start-heading">"Start a story"</h2>
            <form on:submit=draft>
                <label for="article-text">"The article's text (Chinese; a page's HTML is read as its text)"</label>
                <textarea id="article-text" rows="10" lang="zh-CN"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <button type="submit" class="primary">"Draft the story"</button>
            </form>
            <div class="field">
                <label for="open-file">"Or open a file: an article (.txt, .html) or a story.json"</label>
                <input type="file" id="open-file" accept=".txt,.html,.htm,.json,text/plain,text/html,application/json" on:change=open_file/>
            </div>
            <button type="button" on:click=built_in>"Open the story this site shows"</button>
        </section>
    }
}

/// Starts on what was drafted or opened, or says why not (what is there stays).
fn begin(studio: Studio, started: Result<Work, String>, done: &str) {
    match started {
        Ok(work) => {
            let exported = work.opened.as_ref().map(|opened| opened.1.clone());
            studio.start(work, exported);
            studio.notice.set(done.to_string());
        }
        Err(why) => studio.notice.set(why),
    }
}
