use crate::chart::Theme;
use crate::host::Embedding;
use crate::story::{LoadError, Story};
use crate::ui::single_chart_view::SingleChartView;
use crate::ui::{ErrorBox, StoryContext, StoryView};
use crate::Lang;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{
    use_preferred_dark_with_options, use_prefers_reduced_motion, UsePreferredDarkOptions,
};
use std::sync::Arc;

/// A story as loaded: the story (or one chart of it), or the message naming what is wrong.
/// `forced_theme` forces a theme; without it the reader's system setting decides.
#[component]
pub fn StoryApp(
    story: Result<Story, LoadError>,
    initial_lang: Lang,
    #[prop(default = None)] forced_theme: Option<Theme>,
    #[prop(optional)] embedding: Embedding,
) -> impl IntoView {
    let root = NodeRef::<Div>::new();
    // Rendered ahead of time there is no reader to ask: the static page starts light.
    let prefers_dark = use_preferred_dark_with_options(
        UsePreferredDarkOptions::default().ssr_color_header_getter(|| None),
    );
    let theme = Signal::derive(move || {
        forced_theme.unwrap_or(if prefers_dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        })
    });
    let body = match story {
        Ok(story) => {
            let lang = RwSignal::new(initial_lang);
            let story = Arc::new(story);
            let (title, summary) = (story.meta.title.clone(), story.meta.summary.clone());
            // A single chart's page is titled by its chart first.
            let chart_title = embedding
                .chart
                .as_ref()
                .and_then(|id| story.charts.iter().find(|c| &c.id == id))
                .map(|c| c.title.clone());
            let shown = embedding.clone();
            Effect::new(move |_| {
                let lang = lang.get();
                let title = match &chart_title {
                    Some(chart) => format!("{} · {}", chart.get(lang), title.get(lang)),
                    None => title.get(lang).to_string(),
                };
                shown.show_in_document(lang, theme.get(), &title, summary.get(lang));
            });
            // Once the story is in the page, honour a deep link (`#chart-money`).
            let linked = embedding.clone();
            Effect::new(move |_| {
                let linked = linked.clone();
                request_animation_frame(move || linked.scroll_to_linked());
            });
            let chart = embedding.chart.clone();
            provide_context(StoryContext {
                story,
                lang,
                theme,
                highlight: RwSignal::new(None),
                reduced_motion: use_prefers_reduced_motion(),
                embedding: Arc::new(embedding),
                root,
            });
            match chart {
                Some(chart) => view! { <SingleChartView chart_id=chart/> }.into_any(),
                None => view! { <StoryView/> }.into_any(),
            }
        }
        Err(error) => view! { <ErrorBox error=error lang=initial_lang/> }.into_any(),
    };
    view! {
        <div
            class="rural-story-root"
            // Prerendered, the theme is CSS's (the system setting, or `?theme=` through
            // prefs.js): one page serves both.
            data-theme=move || {
                (cfg!(target_arch = "wasm32") || forced_theme.is_some()).then(|| theme.get().code())
            }
            // Set only where the app runs in a browser, not in the prerendered page: CSS
            // shows controls only when they work.
            data-live=cfg!(target_arch = "wasm32").then_some("")
            node_ref=root
        >
            {body}
        </div>
    }
}
