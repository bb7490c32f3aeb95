use crate::chart::{build_spec, describe, Scale};
use crate::markup::class;
use crate::story::{Change, Chart, Qualifier};
use crate::ui::chart_tools::ChartTools;
use crate::ui::data_table::DataTable;
use crate::ui::drawings::{chart_scales, drawings_of, drawings_view, PRERENDERED_WIDTHS};
use crate::ui::use_story;
use crate::words::{words, Words};
use crate::Lang;
use leptos::prelude::*;

/// One chart: title, takeaway, scale switch and table toggle, every drawing (CSS shows the
/// one that applies), its table, legend, tools and a long description.
#[component]
pub fn ChartView(chart: Chart) -> impl IntoView {
    let ctx = use_story();
    let (lang, story) = (ctx.lang, ctx.story.clone());
    let w = words(lang);
    let id = chart.id.clone();
    let title = chart.title.get(lang).to_string();
    let description_id = format!("chart-{id}-description");
    // The table, the tools and the description do not depend on the scale or the width.
    let spec = build_spec(&story, &chart, lang, Scale::Linear, PRERENDERED_WIDTHS[1].1);
    let drawings = drawings_of(&story, &chart, lang, &chart_scales(&chart));
    // An iframe of this chart starts at about its drawing's height, before it reports its own.
    let frame_height = drawings
        .iter()
        .find_map(|d| d.rendered.as_ref().ok())
        .map_or(400, |r| r.height + 260);
    let scale_buttons = chart.log_switch.then(|| {
        let button = |which: Scale, text: &'static str| {
            view! {
                <button type="button" data-scale=which.code() aria-pressed=(which == Scale::Linear).to_string()>
                    {text}
                </button>
            }
        };
        view! {
            <div class=class::SCALE_SWITCH role="group" aria-label=w.scale>
                {button(Scale::Linear, w.linear)}
                {button(Scale::Log, w.log)}
            </div>
        }
    });
    let legend = legend_lines(&chart, &story, lang)
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    view! {
        <figure class=class::CHART id=format!("chart-{id}") data-chart=id.clone()>
            <figcaption>
                <h3 class="chart-title">{title.clone()}</h3>
                <p class="chart-takeaway">{chart.takeaway.get(lang).to_string()}</p>
            </figcaption>
            <div class="chart-controls">
                {scale_buttons}
                // `enhance` swaps the button's words with `data-other`.
                <button type="button" class=class::TABLE_TOGGLE data-other=w.show_chart aria-pressed="false">
                    {w.show_table}
                </button>
            </div>
            <div class="chart-body">
                {drawings_view(drawings, title, &description_id, Vec::new())}
            </div>
            // The numbers as a table where there is no interactive chart: before the app
            // starts, without JavaScript, and on paper; `enhance` shows it on request.
            <div class="chart-data">
                <DataTable spec=spec.clone()/>
            </div>
            <ul class="chart-legend">{legend}</ul>
            <ChartTools spec=spec.clone() log_switch=chart.log_switch frame_height=frame_height/>
            <p class="chart-description visually-hidden" id=description_id.clone()>
                {describe(&spec)}
            </p>
        </figure>
    }
}

/// A legend line's mark, in the interface's words.
type LegendMark = fn(&Words) -> &'static str;

/// The legend: one line per mark the chart uses, with the article's words for it.
fn legend_lines(chart: &Chart, story: &crate::story::Story, lang: Lang) -> Vec<String> {
    let figures: Vec<_> = chart
        .figures
        .iter()
        .filter_map(|f| story.figure(f))
        .collect();
    let words_for = |shown: fn(Qualifier) -> bool| {
        let mut found: Vec<String> = Vec::new();
        for figure in &figures {
            let meaning = Qualifier::from_word(&figure.qualifier).unwrap_or(Qualifier::Exact);
            if shown(meaning) && !found.contains(&figure.qualifier) {
                found.push(figure.qualifier.clone());
            }
        }
        found
    };
    // Ranges and "several" are named by how the article states them (三至五, 数百).
    let spans: Vec<String> = figures
        .iter()
        .filter(|f| {
            f.upper.is_some() || Qualifier::from_word(&f.qualifier) == Some(Qualifier::Several)
        })
        .map(|f| f.stated.clone())
        .collect();
    // Decreases are named by the article's words for them (下降, 减少).
    let mut decreases: Vec<String> = Vec::new();
    for figure in &figures {
        if figure.change() == Some(Change::Down) && !decreases.contains(&figure.change) {
            decreases.push(figure.change.clone());
        }
    }
    let rows: [(Vec<String>, LegendMark); 5] = [
        (words_for(Qualifier::above), |w| w.above),
        (words_for(Qualifier::below), |w| w.below),
        (words_for(|q| q == Qualifier::About), |w| w.about),
        (spans, |w| w.span),
        (decreases, |w| w.decrease),
    ];
    rows.into_iter()
        .filter(|(found, _)| !found.is_empty())
        .map(|(found, mark)| {
            let mark = mark(words(lang));
            match lang {
                Lang::Zh => format!("{mark}（{}）", found.join("、")),
                Lang::En => format!("{mark} ({})", found.join(", ")),
            }
        })
        .collect()
}
