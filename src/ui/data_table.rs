use crate::chart::ChartSpec;
use crate::words::words;
use leptos::prelude::*;

/// The chart's numbers as a real table, formatted exactly as on the chart's tooltips. Each
/// row also holds its figure's sentence (`data-quote`), once per page rather than once per
/// drawing: the tooltips read it from there (src/enhance/marks.rs).
#[component]
pub fn DataTable(spec: ChartSpec) -> impl IntoView {
    let w = words(spec.lang);
    let rows = spec
        .panels
        .iter()
        .flat_map(|p| p.bars.iter())
        .map(|bar| {
            view! {
                <tr data-figure=bar.figure_id.clone() data-quote=bar.quote.clone()>
                    <th scope="row">{bar.label.clone()}</th>
                    <td>{bar.full_label.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{spec.title.clone()}</caption>
            <thead>
                <tr>
                    <th scope="col">{w.label}</th>
                    <th scope="col">{w.value}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
