use crate::ui::key_figures::KeyFigures;
use crate::ui::masthead::Masthead;
use crate::ui::repairs::Repairs;
use crate::ui::section_view::SectionView;
use crate::ui::steps_view::StepsView;
use crate::ui::use_story;
use leptos::prelude::*;

/// The whole story: masthead, key figures and tour, the sections with their charts, repairs.
#[component]
pub fn StoryView() -> impl IntoView {
    let ctx = use_story();
    let sections = ctx.story.sections.clone();
    view! {
        <article class="story" lang=ctx.lang.tag()>
            <Masthead/>
            // One box, so that phones can show the tour (and its chart) first (style.css).
            <div class="story-lead">
                <KeyFigures/>
                <StepsView/>
            </div>
            {sections.into_iter().map(|section| view! { <SectionView section=section/> }).collect_view()}
            <Repairs/>
        </article>
    }
}
