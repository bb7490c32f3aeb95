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
    let embed_script = site.embed_script.clone();
    let code = Memo::new(move |_| {
        let valid = studio.checked.with(|c| matches!(c, Some(Ok(_))));
        valid.then(|| {
            studio.work.with(|w| {
                let w = w.as_ref()?;
                Some(snippet(&w.export(), "zh", &embed_script))
            })
        })?
    });
    let copy = move |_| {
        let Some(text) = code.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            match crate::host::copy_text(&text).await {
                Ok(()) => {
                    studio.exported.set(
                        studio
                            .work
                            .with_untracked(|w| w.as_ref().map(|w| w.export())),
                    );
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
            {move || match code.get() {
                Some(code) => view! {
                    <div class="field">
                        <label for="embed-snippet">"Embed snippet: the story travels with it, for any page"</label>
                        <textarea id="embed-snippet" readonly rows="4" prop:value=code></textarea>
                        <button type="button" on:click=copy>"Copy the embed snippet"</button>
                    </div>
                }.into_any(),
                None => view! { <p class="hint">"The embed snippet is ready once the story is valid."</p> }.into_any(),
            }}
        </section>
    }
}
