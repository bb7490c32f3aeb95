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
    // A host's story has no files on the widget's server: its tools are buttons, and the
    // script embed makes the files from the story (`enhance::Place::save_file`).
    let built_in = ctx.embedding.is_built_in();
    let tool = move |class: &'static str,
                     href: String,
                     name: String,
                     scale: Option<Scale>,
                     text| {
        if built_in {
            view! { <a class=class href=href download=name data-scale=scale.map(Scale::code)>{text}</a> }
                .into_any()
        } else {
            view! { <button type="button" class=class data-scale=scale.map(Scale::code)>{text}</button> }
                .into_any()
        }
    };
    let svg_name = download_name(&story, &chart, "svg");
    let svg_links = scales
        .into_iter()
        .map(|scale| {
            tool(
                class::DOWNLOAD_SVG,
                file(scale, "svg"),
                svg_name.clone(),
                scale,
                w.download_svg,
            )
        })
        .collect_view();
    let csv_link = tool(
        class::DOWNLOAD_CSV,
        file(None, "csv"),
        download_name(&story, &chart, "csv"),
        None,
        w.download_csv,
    );
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
            {csv_link}
            {svg_links}
            {copy_link}
            <EmbedCodes chart=chart.clone() title=spec.title.clone() height=frame_height/>
            <span class=class::COPY_STATUS role="status"></span>
        </div>
    }
}
