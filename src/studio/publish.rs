//! Publishing: `story.json` to download (what `cargo xtask validate` accepts and
//! `cargo xtask build --story` builds) and an embed snippet carrying the story as a data
//! island, for any host page. What export would refuse is said, never saved silently.

use super::snippet::snippet;
use super::state::use_studio;
use super::Site;
use leptos::prelude::*;

#[component]
pub fn Publish() -> impl IntoView {
    let studio = use_studio();
    let site = expect_context::<Site>();
    let valid_id = Memo::new(move |_| {
        studio.checked.with(|c| match c {
            Some(Ok(story)) => Some(story.meta.id.clone()),
            _ => None,
        })
    });
    let download = move |_| {
        let Some(text) = studio
            .work
            .with_untracked(|w| w.as_ref().map(|w| w.export()))
        else {
            return;
        };
        let name = match valid_id.get_untracked() {
            Some(id) => format!("{id}.story.json"),
            None => "draft.story.json".to_string(),
        };
        match crate::host::download(&name, "application/json", &text) {
            Ok(()) => {
                studio.exported.set(Some(text));
                studio.notice.set(match valid_id.get_untracked() {
                    Some(_) => format!("Downloaded {name}."),
                    None => format!("Downloaded {name}: a draft, which the validator refuses until what is left is fixed."),
                });
            }
            Err(e) => studio.notice.set(format!("Could not download: {e}.")),
        }
    };
    // Made when asked for: the snippet carries the whole story, too much to remake and
    // show on every keystroke. Asked again after a change, it carries the change.
    let code = RwSignal::new(None::<String>);
    let valid = Memo::new(move |_| studio.checked.with(|c| matches!(c, Some(Ok(_)))));
    Effect::new(move |_| {
        // A change makes the snippet shown out of date: it goes.
        studio.exported_text.track();
        code.set(None);
    });
    let make = move |_| {
        let text = studio.exported_text.get_untracked();
        code.set(text.map(|text| snippet(&text, "zh", &site.embed_script)));
    };
    let copy = move |_| {
        let Some(text) = code.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            match crate::host::copy_text(&text).await {
                Ok(()) => {
                    studio.exported.set(studio.exported_text.get_untracked());
                    studio
                        .notice
                        .set("Copied the embed snippet: paste it into the page's HTML.".into());
                }
                Err(e) => studio.notice.set(format!(
                    "Could not copy ({e}): select the snippet and copy it."
                )),
            }
        });
    };
    view! {
        <section class="panel publish" aria-labelledby="publish-heading">
            <h2 id="publish-heading">"Publish"</h2>
            <button type="button" class="primary" on:click=download>
                {move || if valid_id.get().is_some() { "Download story.json" } else { "Download the draft (not yet valid)" }}
            </button>
            {move || match (valid.get(), code.get()) {
                (true, Some(code)) => view! {
                    <div class="field">
                        <label for="embed-snippet">"Embed snippet: the story travels with it, for any page"</label>
                        <textarea id="embed-snippet" readonly rows="4" prop:value=code></textarea>
                        <button type="button" on:click=copy>"Copy the embed snippet"</button>
                    </div>
                }.into_any(),
                (true, None) => view! {
                    <button type="button" on:click=make.clone()>"Make the embed snippet"</button>
                }.into_any(),
                (false, _) => view! { <p class="hint">"The embed snippet can be made once the story is valid."</p> }.into_any(),
            }}
        </section>
    }
}
