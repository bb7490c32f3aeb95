use crate::story::LoadError;
use crate::ui::chart_view::ChartView;
use crate::ui::strings::strings;
use crate::ui::{in_lang, use_story, ErrorBox};
use leptos::prelude::*;

/// The compact view of one chart for embedding: title, chart, source line and a link to
/// the full story. An unknown chart id gets a message naming the charts there are.
#[component]
pub fn SingleChartView(chart_id: String) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let Some(chart) = ctx.story.charts.iter().find(|c| c.id == chart_id).cloned() else {
        let known: Vec<&str> = ctx.story.charts.iter().map(|c| c.id.as_str()).collect();
        let error = LoadError::Syntax {
            path: "chart".into(),
            message: format!(
                "unknown chart \"{chart_id}\" (charts: {})",
                known.join(", ")
            ),
        };
        return view! { <ErrorBox error=error lang=lang.get_untracked()/> }.into_any();
    };
    let meta = ctx.story.meta.clone();
    let embedding = ctx.embedding.clone();
    let target = embedding.outbound_target();
    let source = move || {
        let lang = lang.get();
        let colon = if lang == crate::Lang::Zh { "：" } else { ": " };
        format!(
            "{}{colon}{} · {}",
            strings(lang).source,
            meta.source.get(lang),
            meta.date
        )
    };
    let title = ctx.story.meta.title.clone();
    view! {
        <article class="story single-chart" lang=move || lang.get().tag()>
            <ChartView chart=chart/>
            <p class="single-chart-source">
                <span>{source}</span>
                " "
                // A host's story links to its own page, if it names one (`meta.story_url`).
                {embedding.has_story_page().then(|| view! {
                    <a href=move || embedding.story_url(lang.get()) target=target rel=target.map(|_| "noopener")>
                        {move || format!("{} →", strings(lang.get()).full_story)}
                    </a>
                })}
                <span class="visually-hidden">{in_lang(lang, title.clone())}</span>
            </p>
        </article>
    }
    .into_any()
}
