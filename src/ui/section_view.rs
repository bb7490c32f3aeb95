use crate::markup::class;
use crate::story::Section;
use crate::ui::chart_view::ChartView;
use crate::ui::paragraph_view::ParagraphView;
use crate::ui::use_story;
use leptos::prelude::*;

/// One section: its numbered heading, its paragraphs, and each chart right after the
/// paragraph it illustrates.
#[component]
pub fn SectionView(section: Section) -> impl IntoView {
    let ctx = use_story();
    let heading = section.heading.clone().map(|heading| {
        view! {
            <h2 class="section-heading">
                {section.number.clone().map(|n| view! { <span class="section-number">{n}</span> })}
                <span class="section-title">{heading.get(ctx.lang).to_string()}</span>
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
        <section class=class::STORY_SECTION id=section.id>
            {heading}
            {body}
        </section>
    }
}
