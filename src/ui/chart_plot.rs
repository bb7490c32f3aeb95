use crate::chart::{ChartSpec, RenderedChart};
use crate::markup::class;
use crate::ui::target_places::{data_box, percent, place_of};
use crate::ui::{escape_html, use_story};
use crate::words::words;
use leptos::prelude::*;

/// One drawing of a chart, with one focusable target per bar and an empty tooltip.
/// Each target carries its place (`data-box`, `data-tip-top`) and its tooltip's label and
/// value; the sentence, the same in every drawing of the chart, is written once, on the
/// chart's table row (`data-quote`, src/ui/data_table.rs). The stylesheet places the
/// targets (a rule per box, src/ui/target_places.rs) and shows the text on hover until
/// `enhance` (src/enhance/marks.rs) fills the tooltip. No `style` attribute: a strict
/// Content-Security-Policy would refuse it.
#[component]
pub fn ChartPlot(
    spec: ChartSpec,
    rendered: Result<RenderedChart, String>,
    label: String,
    description_id: String,
    /// Figures to emphasise (the others are dimmed); empty emphasises none.
    emphasis: Vec<String>,
    /// Tells apart several drawings of one chart in a page (`log-narrow`), in ids.
    variant: String,
    /// The scale drawn, where the page holds both (`data-scale`, for CSS).
    scale: Option<&'static str>,
    /// The width class drawn for (`data-width`: `narrow`, `wide`).
    drawn_for: &'static str,
) -> impl IntoView {
    let lang = use_story().lang;
    let tip_id = format!("{description_id}-tip-{variant}");
    let (svg, marks, width, height) = match rendered {
        Ok(r) => (r.svg, r.marks, r.width, r.height),
        Err(e) => (
            format!("<p class=\"chart-error\">{}</p>", escape_html(&e)),
            Vec::new(),
            1,
            1,
        ),
    };
    let bars = spec.panels.iter().flat_map(|p| p.bars.iter());
    let targets = marks
        .iter()
        .zip(bars)
        .map(|(mark, bar)| {
            let emphasized = (!emphasis.is_empty()).then(|| emphasis.contains(&mark.figure_id));
            let (_, y, _, h) = mark.row;
            view! {
                <button
                    type="button"
                    class=class::MARK
                    class:emphasized=emphasized == Some(true)
                    class:dimmed=emphasized == Some(false)
                    data-figure=mark.figure_id.clone()
                    data-box=data_box(&place_of(mark, width, height))
                    data-tip-top=percent(y + h, height)
                    data-label=bar.label.clone()
                    data-value=bar.full_label.clone()
                    aria-label=format!("{}: {}", bar.label, bar.full_label)
                ></button>
            }
        })
        .collect_view();
    view! {
        <div class=class::CHART_PLOT data-scale=scale data-width=drawn_for>
            <div
                class="chart-svg"
                role="img"
                aria-label=label
                aria-describedby=description_id
                inner_html=svg
            ></div>
            <div class=class::CHART_MARKS role="group" aria-label=words(lang).marks>
                {targets}
            </div>
            <div class=class::CHART_TIP role="tooltip" id=tip_id hidden>
                <strong class=class::CHART_TIP_LABEL></strong>
                <span class=class::CHART_TIP_VALUE></span>
                <q class=class::CHART_TIP_QUOTE lang="zh-CN"></q>
                <button type="button" class=class::CHART_TIP_GO>{words(lang).show_in_text}</button>
            </div>
        </div>
    }
}
