//! The drawings a page holds of each chart: one per scale the chart offers and per width in
//! [`PRERENDERED_WIDTHS`], each tagged (`data-scale`, `data-width`) so that CSS shows the
//! one the reader's switch and screen call for, without drawing anything on demand.

use crate::chart::{build_spec, render_svg, ChartSpec, RenderedChart, Scale};
use crate::story::{Chart, Step, Story};
use crate::ui::chart_plot::ChartPlot;
use crate::Lang;
use leptos::prelude::*;

/// The widths each chart is drawn for: phones (a 320 px screen's column, so the smallest
/// text stays 11 px there) and everything wider (the page's column). CSS shows the one that
/// fits its container (style.css, `.chart-body`).
pub const PRERENDERED_WIDTHS: [(&str, u32); 2] = [("narrow", 288), ("wide", 560)];

/// One drawing of a chart: its spec and what plotters drew (or why it could not).
pub struct Drawing {
    pub spec: ChartSpec,
    pub rendered: Result<RenderedChart, String>,
    pub scale: Scale,
    pub width_name: &'static str,
}

/// The scales a chart's own view offers.
pub fn chart_scales(chart: &Chart) -> Vec<Scale> {
    if chart.log_switch {
        vec![Scale::Linear, Scale::Log]
    } else {
        vec![Scale::Linear]
    }
}

/// The scale a tour step shows its chart in.
pub fn step_scale(step: &Step) -> Scale {
    if step.log_scale {
        Scale::Log
    } else {
        Scale::Linear
    }
}

/// Every drawing of `chart` at `scales`, in the order the page holds them.
pub fn drawings_of(story: &Story, chart: &Chart, lang: Lang, scales: &[Scale]) -> Vec<Drawing> {
    scales
        .iter()
        .flat_map(|&scale| PRERENDERED_WIDTHS.iter().map(move |&width| (scale, width)))
        .map(|(scale, (width_name, width))| {
            let spec = build_spec(story, chart, lang, scale, width);
            let rendered = render_svg(&spec);
            Drawing {
                spec,
                rendered,
                scale,
                width_name,
            }
        })
        .collect()
}

/// Every drawing the pages in `lang` hold: each chart's, and each tour step's. The build
/// writes the bar targets' places from these (src/ui/target_places.rs).
pub fn every_drawing(story: &Story, lang: Lang) -> Vec<Drawing> {
    let charts = story
        .charts
        .iter()
        .flat_map(|chart| drawings_of(story, chart, lang, &chart_scales(chart)));
    let steps = story.steps.iter().flat_map(|step| {
        let chart = story.charts.iter().find(|c| c.id == step.chart);
        chart
            .map(|chart| drawings_of(story, chart, lang, &[step_scale(step)]))
            .unwrap_or_default()
    });
    charts.chain(steps).collect()
}

/// The drawings of one chart as markup: a [`ChartPlot`] each, the scale tagged only where
/// the page holds both.
pub fn drawings_view(
    drawings: Vec<Drawing>,
    label: String,
    description_id: &str,
    emphasis: Vec<String>,
) -> impl IntoView {
    let tag_scale = drawings.iter().any(|d| d.scale != drawings[0].scale);
    drawings
        .into_iter()
        .map(|drawing| {
            let variant = format!("{}-{}", drawing.scale.code(), drawing.width_name);
            view! {
                <ChartPlot
                    spec=drawing.spec
                    rendered=drawing.rendered
                    label=label.clone()
                    description_id=description_id.to_string()
                    emphasis=emphasis.clone()
                    variant=variant
                    scale=tag_scale.then(|| drawing.scale.code())
                    drawn_for=drawing.width_name
                />
            }
        })
        .collect_view()
}
