use crate::ui::strings::strings;
use crate::ui::{tr, use_story};
use crate::Lang;
use leptos::prelude::*;

/// The record of every change made to the scraped text, closed until a reader opens it.
#[component]
pub fn Repairs() -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let story = ctx.story.clone();
    // Why the text needed repairs is the story's to say; the interface only introduces the list.
    let note = story.repairs_note.clone();
    let intro = move || {
        let lang = lang.get();
        // Chinese sentences follow each other without a space.
        let gap = if lang == Lang::Zh { "" } else { " " };
        let why = note.as_ref().map(|n| format!("{}{gap}", n.get(lang)));
        format!("{}{}", why.unwrap_or_default(), strings(lang).repairs_intro)
    };
    let rows = move || {
        let lang = lang.get();
        let s = strings(lang);
        story
            .repairs
            .iter()
            .map(|r| {
                view! {
                    <li class="repair">
                        <span class="repair-original">
                            {s.original}": "<del lang="zh-CN">{r.original.clone()}</del>
                        </span>
                        <span class="repair-repaired">
                            {s.repaired}": "<ins lang="zh-CN">{r.repaired.clone()}</ins>
                        </span>
                        <span class="repair-why">{r.why.get(lang).to_string()}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="repairs">
            <summary>{tr(lang, |s| s.repairs)}</summary>
            <p>{intro}</p>
            <ol>{rows}</ol>
        </details>
    }
}
