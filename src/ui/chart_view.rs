use crate::chart::{describe, Scale};
use crate::story::{Chart, Qualifier};
use crate::ui::chart_plot::ChartPlot;
use crate::ui::chart_render::{use_chart_render, ChartRender};
use crate::ui::chart_tools::ChartTools;
use crate::ui::data_table::DataTable;
use crate::ui::prerendered_drawings::prerendered_drawings;
use crate::ui::strings::{strings, Strings};
use crate::ui::{in_lang, tr, use_story};
use crate::Lang;
use leptos::html::Div;
use leptos::prelude::*;

/// One chart: title, takeaway, scale switch, the chart (or its table), tools, legend and a
/// long description.
#[component]
pub fn ChartView(chart: Chart) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let story = ctx.story.clone();
    let scale = RwSignal::new(Scale::Linear);
    let as_table = RwSignal::new(false);
    let container = NodeRef::<Div>::new();

    let id = chart.id.clone();
    let (title, takeaway, log_switch) = (
        chart.title.clone(),
        chart.takeaway.clone(),
        chart.log_switch,
    );
    // The legend names each mark the chart uses, with the article's words for it.
    let words_for = |shown: fn(Qualifier) -> bool| {
        let mut words: Vec<String> = Vec::new();
        let figures = chart.figures.iter().filter_map(|f| story.figure(f));
        for figure in figures {
            let meaning = Qualifier::from_word(&figure.qualifier).unwrap_or(Qualifier::Exact);
            if shown(meaning) && !words.contains(&figure.qualifier) {
                words.push(figure.qualifier.clone());
            }
        }
        words
    };
    // Ranges and "several" are named by how the article states them (三至五, 数百).
    let spans: Vec<String> = chart
        .figures
        .iter()
        .filter_map(|f| story.figure(f))
        .filter(|f| {
            f.upper.is_some() || Qualifier::from_word(&f.qualifier) == Some(Qualifier::Several)
        })
        .map(|f| f.stated.clone())
        .collect();
    let legend_rows = [
        (
            words_for(Qualifier::above),
            (|s| s.above) as fn(&Strings) -> &'static str,
        ),
        (words_for(Qualifier::below), |s| s.below),
        (words_for(|q| q == Qualifier::About), |s| s.about),
        (spans, |s| s.span),
    ];
    let chart_for_drawings = chart.clone();
    let ChartRender { spec, rendered } =
        use_chart_render(Signal::stored(chart), scale.into(), container);
    let description_id = format!("chart-{id}-description");
    // Prerendered, the page holds every drawing (both scales, two widths) and CSS shows
    // the one that applies; in the browser the drawing follows the switch and the width.
    let prerendered = (!cfg!(target_arch = "wasm32")).then(|| {
        let scales: &[Scale] = if log_switch {
            &[Scale::Linear, Scale::Log]
        } else {
            &[Scale::Linear]
        };
        let label = title.get(lang.get_untracked()).to_string();
        prerendered_drawings(
            &chart_for_drawings,
            scales,
            label,
            &description_id,
            Vec::new(),
        )
    });
    let scale_button = move |which: Scale| {
        view! {
            <button
                type="button"
                data-scale=which.code()
                aria-pressed=move || (scale.get() == which).to_string()
                on:click=move |_| scale.set(which)
            >
                {move || match which {
                    Scale::Linear => strings(lang.get()).linear,
                    Scale::Log => strings(lang.get()).log,
                }}
            </button>
        }
    };
    let title_text = in_lang(lang, title.clone());
    view! {
        <figure class="chart" id=format!("chart-{id}") data-chart=id.clone()>
            <figcaption>
                <h3 class="chart-title">{title_text.clone()}</h3>
                <p class="chart-takeaway">{in_lang(lang, takeaway.clone())}</p>
            </figcaption>
            <div class="chart-controls">
                {log_switch.then(|| view! {
                    <div class="scale-switch" role="group" aria-label=tr(lang, |s| s.scale)>
                        {scale_button(Scale::Linear)}
                        {scale_button(Scale::Log)}
                    </div>
                })}
                <button
                    type="button"
                    class="table-toggle"
                    // The enhancer swaps the button's words with this (prerendered page).
                    data-other=tr(lang, |s| s.show_chart)
                    aria-pressed=move || as_table.get().to_string()
                    on:click=move |_| as_table.update(|t| *t = !*t)
                >
                    {move || if as_table.get() { strings(lang.get()).show_chart } else { strings(lang.get()).show_table }}
                </button>
            </div>
            <div class="chart-body" node_ref=container>
                {prerendered}
                {cfg!(target_arch = "wasm32").then(|| view! {
                <Show
                    when=move || as_table.get()
                    fallback=move || view! {
                        <ChartPlot
                            spec=spec
                            rendered=rendered
                            label=Signal::derive(title_text.clone())
                            description_id=description_id.clone()
                        />
                    }
                >
                    <DataTable spec=spec/>
                </Show>
                })}
            </div>
            // The numbers as a table where there is no interactive chart: before the app
            // starts, without JavaScript, and on paper.
            <div class="chart-data">
                <DataTable spec=spec/>
            </div>
            <ul class="chart-legend">
                {legend_rows
                    .into_iter()
                    .filter(|(words, _)| !words.is_empty())
                    .map(|(words, text)| {
                        let line = move || {
                            let lang = lang.get();
                            let mark = text(strings(lang));
                            match lang {
                                Lang::Zh => format!("{mark}（{}）", words.join("、")),
                                Lang::En => format!("{mark} ({})", words.join(", ")),
                            }
                        };
                        view! { <li>{line}</li> }
                    })
                    .collect_view()}
            </ul>
            <ChartTools spec=spec rendered=rendered log_switch=log_switch/>
            <p class="chart-description visually-hidden" id=format!("chart-{id}-description")>
                {move || describe(&spec.get())}
            </p>
        </figure>
    }
}
