use crate::chart::Scale;
use crate::story::Chart;
use crate::ui::chart_plot::ChartPlot;
use crate::ui::chart_render::{chart_render_at, ChartRender, PRERENDERED_WIDTHS};
use leptos::prelude::*;

/// Every drawing of one chart the prerendered page holds: one per scale in `scales` and per
/// width in [`PRERENDERED_WIDTHS`], each tagged (`data-scale`, `data-width`) so that CSS
/// shows the one the reader's switch and screen call for, without drawing in the browser.
pub fn prerendered_drawings(
    chart: &Chart,
    scales: &[Scale],
    label: String,
    description_id: &str,
    emphasis: Vec<String>,
) -> impl IntoView {
    let tag_scale = scales.len() > 1;
    scales
        .iter()
        .flat_map(|&scale| PRERENDERED_WIDTHS.iter().map(move |&width| (scale, width)))
        .map(|(scale, (width_name, width))| {
            let ChartRender { spec, rendered } = chart_render_at(chart, scale, width);
            view! {
                <ChartPlot
                    spec=spec
                    rendered=rendered
                    label=Signal::stored(label.clone())
                    description_id=description_id.to_string()
                    emphasis=Signal::stored(emphasis.clone())
                    variant=Some(format!("{}-{width_name}", scale.code()))
                    scale=tag_scale.then(|| scale.code())
                    drawn_for=Some(width_name)
                />
            }
        })
        .collect_view()
}
