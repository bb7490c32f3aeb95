use crate::story::LoadError;
use crate::ui::chart_view::ChartView;
use crate::ui::{use_story, ErrorBox};
use crate::words::words;
use crate::Lang;
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
        return view! { <ErrorBox error=error lang=lang/> }.into_any();
    };
    let meta = &ctx.story.meta;
    let w = words(lang);
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let date = crate::format::format_date(meta, lang);
    let source = format!("{}{colon}{} · {date}", w.source, meta.source.get(lang));
    let target = ctx.embedding.outbound_target();
    // A host's story links to its own page, if it names one (`meta.story_url`).
    let full_story = ctx.embedding.story_url(lang).map(|href| {
        view! {
            <a href=href target=target rel=target.map(|_| "noopener")>
                {format!("{} →", w.full_story)}
            </a>
        }
    });
    view! {
        <article class="story single-chart" lang=lang.tag()>
            <ChartView chart=chart/>
            <p class="single-chart-source">
                <span>{source}</span>
                " "
                {full_story}
                <span class="visually-hidden">{meta.title.get(lang).to_string()}</span>
            </p>
        </article>
    }
    .into_any()
}
