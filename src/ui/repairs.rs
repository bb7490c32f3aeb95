use crate::ui::use_story;
use crate::words::words;
use crate::Lang;
use leptos::prelude::*;

/// The record of every change made to the scraped text, closed until a reader opens it.
#[component]
pub fn Repairs() -> impl IntoView {
    let ctx = use_story();
    let (lang, story) = (ctx.lang, ctx.story.clone());
    let w = words(lang);
    // Why the text needed repairs is the story's to say; the interface only introduces the
    // list. Chinese sentences follow each other without a space.
    let gap = if lang == Lang::Zh { "" } else { " " };
    let why = story
        .repairs_note
        .as_ref()
        .map(|n| format!("{}{gap}", n.get(lang)));
    let intro = format!("{}{}", why.unwrap_or_default(), w.repairs_intro);
    let rows = story
        .repairs
        .iter()
        .map(|r| {
            view! {
                <li class="repair">
                    <span class="repair-original">
                        {w.original}": "<del lang="zh-CN">{r.original.clone()}</del>
                    </span>
                    <span class="repair-repaired">
                        {w.repaired}": "<ins lang="zh-CN">{r.repaired.clone()}</ins>
                    </span>
                    <span class="repair-why">{r.why.get(lang).to_string()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="repairs">
            <summary>{w.repairs}</summary>
            <p>{intro}</p>
            <ol>{rows}</ol>
        </details>
    }
}
