use crate::chart::{
    download_name, download_path, svg_document, to_csv, ChartSpec, RenderedChart, Scale,
};
use crate::host;
use crate::ui::embed_codes::EmbedCodes;
use crate::ui::strings::strings;
use crate::ui::{tr, use_story};
use leptos::prelude::*;

/// Per-chart tools: the data as CSV, the drawing as SVG, a link to this chart.
#[component]
pub fn ChartTools(
    spec: Memo<ChartSpec>,
    rendered: Memo<Result<RenderedChart, String>>,
    /// The chart has a log scale too (its drawing is downloaded in the scale shown).
    #[prop(optional)]
    log_switch: bool,
) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let story_id = ctx.story.meta.id.clone();
    let embedding = ctx.embedding.clone();
    let copy_state = RwSignal::new(None::<bool>);
    let file_name = move |ext: &str| {
        format!(
            "{}-{}.{ext}",
            story_id,
            spec.with_untracked(|s| s.id.clone())
        )
    };
    let csv_name = file_name.clone();
    let download_csv = move |_| {
        let _ = host::download(
            &csv_name("csv"),
            "text/csv;charset=utf-8",
            &to_csv(&spec.get_untracked()),
        );
    };
    let download_svg = move |_| {
        if let Ok(r) = rendered.get_untracked() {
            let _ = host::download(&file_name("svg"), "image/svg+xml", &svg_document(&r.svg));
        }
    };
    let linkable = embedding.has_story_page();
    let copy_link = move |_| {
        let chart = spec.with_untracked(|s| s.id.clone());
        let Some(link) = embedding.chart_link(&chart, lang.get_untracked()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            copy_state.set(Some(host::copy_text(&link).await.is_ok()));
        });
    };
    if !cfg!(target_arch = "wasm32") {
        return prerendered_tools(spec, rendered, log_switch).into_any();
    }
    view! {
        <div class="chart-tools" role="group" aria-label=tr(lang, |s| s.chart_tools)>
            <button type="button" class="download-csv" on:click=download_csv>
                {tr(lang, |s| s.download_csv)}
            </button>
            <button type="button" class="download-svg" on:click=download_svg>
                {tr(lang, |s| s.download_svg)}
            </button>
            // Offered where a page shows the story (not for a host's story without one).
            {linkable.then(|| view! {
                <button type="button" class="copy-link" on:click=copy_link>
                    {tr(lang, |s| s.copy_link)}
                </button>
            })}
            <EmbedCodes
                chart=spec.with_untracked(|s| s.id.clone())
                title=Signal::derive(move || spec.with(|s| s.title.clone()))
                height=Signal::derive(move || rendered.with(|r| r.as_ref().map_or(400, |r| r.height + 260)))
            />
            <span class="copy-status" role="status">
                {move || copy_state.get().map(|ok| {
                    let s = strings(lang.get());
                    if ok { s.copied } else { s.copy_failed }
                })}
            </span>
        </div>
    }
    .into_any()
}

/// The tools as the build writes them: the files are links to what the build wrote
/// (`chart::download_path`), so they work without the wasm; a chart with both scales has a
/// drawing per scale and CSS shows the link for the one shown. Copying is the enhancer's.
fn prerendered_tools(
    spec: Memo<ChartSpec>,
    rendered: Memo<Result<RenderedChart, String>>,
    log_switch: bool,
) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang.get_untracked();
    let (story, chart) = (
        ctx.story.meta.id.clone(),
        spec.with_untracked(|s| s.id.clone()),
    );
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
                    class="download-svg"
                    href=file(scale, "svg")
                    download=download_name(&story, &chart, "svg")
                    data-scale=scale.map(Scale::code)
                >
                    {strings(lang).download_svg}
                </a>
            }
        })
        .collect_view();
    let link = format!(
        "{}#chart-{chart}",
        ctx.embedding.page_in(lang, "index.html")
    );
    view! {
        <div class="chart-tools" role="group" aria-label=strings(lang).chart_tools>
            <a class="download-csv" href=file(None, "csv") download=download_name(&story, &chart, "csv")>
                {strings(lang).download_csv}
            </a>
            {svg_links}
            <button type="button" class="copy-link" data-link=link>
                {strings(lang).copy_link}
            </button>
            <EmbedCodes
                chart=chart.clone()
                title=Signal::derive(move || spec.with(|s| s.title.clone()))
                height=Signal::derive(move || rendered.with(|r| r.as_ref().map_or(400, |r| r.height + 260)))
            />
            <span class="copy-status" role="status"></span>
        </div>
    }
}
