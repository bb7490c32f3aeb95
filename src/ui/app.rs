use crate::host::Embedding;
use crate::markup::class;
use crate::story::{LoadError, Story};
use crate::ui::single_chart_view::SingleChartView;
use crate::ui::{ErrorBox, StoryContext, StoryView};
use crate::{Lang, Theme};
use leptos::prelude::*;
use std::sync::Arc;

/// A story as loaded, in one language: the story (or one chart of it), or the message
/// naming what is wrong. `theme` forces a theme; without it the reader's system setting
/// decides (CSS).
#[component]
pub fn StoryApp(
    story: Result<Story, LoadError>,
    lang: Lang,
    #[prop(default = None)] theme: Option<Theme>,
    #[prop(optional)] embedding: Embedding,
) -> impl IntoView {
    let body = match story {
        Ok(story) => {
            let chart = embedding.chart.clone();
            provide_context(StoryContext {
                story: Arc::new(story),
                lang,
                embedding: Arc::new(embedding),
            });
            match chart {
                Some(chart) => view! { <SingleChartView chart_id=chart/> }.into_any(),
                None => view! { <StoryView/> }.into_any(),
            }
        }
        Err(error) => view! { <ErrorBox error=error lang=lang/> }.into_any(),
    };
    view! {
        <div class=class::ROOT data-theme=theme.map(Theme::code)>
            {body}
        </div>
    }
}
