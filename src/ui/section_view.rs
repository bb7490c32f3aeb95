use crate::story::Section;
use crate::ui::chart_view::ChartView;
use crate::ui::paragraph_view::ParagraphView;
use crate::ui::{in_lang, use_story};
use leptos::prelude::*;

/// One section: its numbered heading, its paragraphs, and each chart right after the
/// paragraph it illustrates.
#[component]
pub fn SectionView(section: Section) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let heading = section.heading.clone().map(|heading| {
        let number = section.number.clone();
        view! {
            <h2 class="section-heading">
                {number.map(|n| view! { <span class="section-number">{n}</span> })}
                <span class="section-title">{in_lang(lang, heading.clone())}</span>
            </h2>
        }
    });
    let body = section
        .paragraphs
        .into_iter()
        .map(|paragraph| {
            let charts: Vec<_> = ctx.story.charts_after(&paragraph.id).cloned().collect();
            view! {
                <ParagraphView paragraph=paragraph/>
                {charts.into_iter().map(|chart| view! { <ChartView chart=chart/> }).collect_view()}
            }
        })
        .collect_view();
    view! {
        <section class="story-section" id=section.id>
            {heading}
            {body}
        </section>
    }
}
