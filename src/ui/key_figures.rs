use crate::format::{format_figure, Style};
use crate::ui::use_story;
use crate::words::words;
use leptos::prelude::*;

/// The strip of headline numbers chosen in the story's `key_figures`.
#[component]
pub fn KeyFigures() -> impl IntoView {
    let ctx = use_story();
    let (lang, story) = (ctx.lang, ctx.story.clone());
    let items = story
        .key_figures
        .iter()
        .filter_map(|id| story.figure(id))
        .filter_map(|figure| {
            let unit = story.unit_of(figure)?;
            let value = format_figure(figure, unit, lang, Style::Full);
            let label = figure.label.get(lang).to_string();
            Some(view! {
                <li class="key-figure" data-figure=figure.id.clone() title=figure.quote.clone()>
                    <span class="key-figure-value">{value}</span>
                    <span class="key-figure-label">{label}</span>
                </li>
            })
        })
        .collect_view();
    view! {
        <section class="key-figures" aria-label=words(lang).key_figures>
            <ul>{items}</ul>
        </section>
    }
}
