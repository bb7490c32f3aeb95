use crate::chart::{download_name, download_path, ChartSpec, Scale};
use crate::markup::class;
use crate::ui::embed_codes::EmbedCodes;
use crate::ui::use_story;
use crate::words::words;
use leptos::prelude::*;

/// Per-chart tools: the data as CSV, the drawing as SVG, a link to this chart, its embed
/// codes. The files are links to what the build wrote (`chart::download_path`), so they work
/// without the wasm; a chart with both scales has a drawing per scale and CSS shows the link
/// for the one shown. In a script embed `enhance` makes the files from the story instead.
#[component]
pub fn ChartTools(
    spec: ChartSpec,
    /// The chart has a log scale too (its drawing is downloaded in the scale shown).
    log_switch: bool,
    /// The height an iframe of this chart starts at, before it reports its own.
    frame_height: u32,
) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let w = words(lang);
    let (story, chart) = (ctx.story.meta.id.clone(), spec.id.clone());
    let base = ctx.embedding.base_url.clone();
    let file = |scale: Option<Scale>, ext: &str| {
        format!("{base}{}", download_path(&story, &chart, scale, lang, ext))
    };
    let scales: Vec<Option<Scale>> = if log_switch {
        vec![Some(Scale::Linear), Some(Scale::Log)]
    } else {
        vec![None]
    };
    let svg_links = scales
        .into_iter()
        .map(|scale| {
            view! {
                <a
                    class=class::DOWNLOAD_SVG
                    href=file(scale, "svg")
                    download=download_name(&story, &chart, "svg")
                    data-scale=scale.map(Scale::code)
                >
                    {w.download_svg}
                </a>
            }
        })
        .collect_view();
    // Offered where a page shows the story (not for a host's story without one).
    let copy_link = ctx.embedding.chart_link(&chart, lang).map(|link| {
        view! {
            <button type="button" class=class::COPY_LINK data-link=link>
                {w.copy_link}
            </button>
        }
    });
    view! {
        <div class=class::CHART_TOOLS role="group" aria-label=w.chart_tools>
            <a class=class::DOWNLOAD_CSV href=file(None, "csv") download=download_name(&story, &chart, "csv")>
                {w.download_csv}
            </a>
            {svg_links}
            {copy_link}
            <EmbedCodes chart=chart.clone() title=spec.title.clone() height=frame_height/>
            <span class=class::COPY_STATUS role="status"></span>
        </div>
    }
}
