//! What the story draws and shows first: its units, its figures at a glance (to choose key
//! figures and a chart's figures), its charts and its tour steps.

use super::fields::{BilingualField, CheckField, ChoiceField, TextField};
use super::state::{control_id, use_studio, Studio};
use super::work::Work;
use leptos::prelude::*;
use serde_json::Value;

/// What a unit may measure (the story's `dimension`).
const DIMENSIONS: [&str; 12] = [
    "count",
    "money",
    "weight",
    "area",
    "percent",
    "points",
    "year",
    "duration",
    "multiple",
    "ratio",
    "colon_ratio",
    "rank",
];

/// One line per figure: its id, the number as written, its unit's word and its label.
#[derive(Clone, PartialEq)]
pub struct FigureLine {
    id: String,
    unit: String,
    text: String,
}

/// Made once for the panels that list the figures, which share it.
pub fn figure_lines(studio: Studio) -> Memo<Vec<FigureLine>> {
    Memo::new(move |_| {
        studio.work.with(|w| {
            let Some(w) = w else { return Vec::new() };
            (0..w.figure_ids().len())
                .map(|i| {
                    let field = |name: &str| w.text(&format!("figures[{i}].{name}"));
                    let unit = field("unit");
                    let unit_word = w.text(&format!("units.{unit}.zh"));
                    let label = field("label.zh");
                    FigureLine {
                        id: field("id"),
                        unit,
                        text: format!("{}{unit_word} {label}", field("stated")),
                    }
                })
                .collect()
        })
    })
}

#[component]
pub fn Units() -> impl IntoView {
    let studio = use_studio();
    let ids = Memo::new(move |_| studio.read(Work::unit_ids));
    let dimensions = Signal::derive(|| {
        DIMENSIONS
            .iter()
            .map(|d| (d.to_string(), d.replace('_', " ")))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel units" aria-labelledby="units-heading">
            <h2 id="units-heading">"Units"</h2>
            {move || ids.get().into_iter().map(|id| {
                let at = format!("units.{id}");
                let used_by = {
                    let id = id.clone();
                    move || studio.work.with(|w| w.as_ref().map(|w| w.figures_in(&id)).unwrap_or_default())
                        .into_iter()
                        .map(|figure| {
                            let open = figure.clone();
                            view! { <button type="button" class="link used-by" on:click=move |_| studio.open_figure(&open)>{figure}</button>" " }
                        })
                        .collect_view()
                };
                view! {
                    <fieldset class="unit">
                        <legend>{id.clone()}</legend>
                        <div class="row">
                            <TextField path=format!("{at}.zh") label="Chinese word" lang="zh-CN"/>
                            <TextField path=format!("{at}.en") label="English word" lang="en"/>
                            <TextField path=format!("{at}.en_one") label="English, for one (optional)" lang="en"/>
                            <ChoiceField path=format!("{at}.dimension") label="Measures" options=dimensions/>
                        </div>
                        <p class="hint">"Used by: "{used_by}</p>
                    </fieldset>
                }
            }).collect_view()}
        </section>
    }
}

/// Every figure, to choose the key figures and the figures of a new chart.
#[component]
pub fn Figures(lines: Memo<Vec<FigureLine>>) -> impl IntoView {
    let studio = use_studio();
    let chosen = RwSignal::new(Vec::<String>::new());
    let keys = Memo::new(move |_| {
        studio
            .work
            .with(|w| w.as_ref().map(|w| w.key_figures()).unwrap_or_default())
    });
    let make_chart = move |_| {
        let figures = chosen.get_untracked();
        if figures.is_empty() {
            studio
                .notice
                .set("Choose the chart's figures first.".into());
            return;
        }
        let mut id = String::new();
        studio.edit(None, |w| id = w.add_chart(&figures));
        chosen.set(Vec::new());
        studio.notice.set(format!(
            "Made chart {id}: give it a title and a takeaway below."
        ));
    };
    view! {
        <section class="panel figures" aria-labelledby="figures-heading">
            <h2 id="figures-heading">"Figures"</h2>
            <p class="hint">"Key figures open the story. Choose figures for a chart: the reader draws one panel per unit."</p>
            <table>
                <thead><tr><th scope="col">"Figure"</th><th scope="col">"Key figure"</th><th scope="col">"For a new chart"</th><th scope="col"></th></tr></thead>
                <tbody>
                    {move || lines.get().into_iter().map(|line| {
                        let FigureLine { id, text, .. } = line;
                        let key_id = format!("key-{id}");
                        let chart_id = format!("choose-{id}");
                        let (a, b, c, d) = (id.clone(), id.clone(), id.clone(), id.clone());
                        view! {
                            <tr>
                                <th scope="row" lang="zh-CN">
                                    <button type="button" class="link" on:click=move |_| studio.open_figure(&a)>{format!("{id} · {text}")}</button>
                                </th>
                                <td><input type="checkbox" id=key_id aria-label=format!("{id}: key figure")
                                    prop:checked=move || keys.get().contains(&b)
                                    on:change=move |_| studio.edit(None, |w| w.toggle_key_figure(&c))/></td>
                                <td><input type="checkbox" id=chart_id aria-label=format!("{id}: for a new chart")
                                    prop:checked={ let d = d.clone(); move || chosen.get().contains(&d) }
                                    on:change=move |_| chosen.update(|list| {
                                        match list.iter().position(|f| *f == d) {
                                            Some(i) => { list.remove(i); }
                                            None => list.push(d.clone()),
                                        }
                                    })/></td>
                                <td></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <button type="button" on:click=make_chart>"Make a chart of the chosen figures"</button>
        </section>
    }
}

#[component]
pub fn Charts(lines: Memo<Vec<FigureLine>>) -> impl IntoView {
    let studio = use_studio();
    let count = Memo::new(move |_| studio.list_len("charts"));
    let paragraphs = Signal::derive(move || {
        studio.work.with(|w| {
            let Some(w) = w else { return Vec::new() };
            w.paragraphs()
                .into_iter()
                .map(|(path, zh)| {
                    let id = w.text(&format!("{path}.id"));
                    let start: String = zh.chars().take(24).collect();
                    (id.clone(), format!("{id}: {start}…"))
                })
                .collect()
        })
    });
    view! {
        <section class="panel charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">"Charts"</h2>
            {move || (count.get() == 0).then(|| view! { <p class="hint">"No chart yet: choose figures above and make one."</p> })}
            {move || (0..count.get()).map(|c| {
                let at = format!("charts[{c}]");
                let legend = { let at = at.clone(); move || studio.text(&format!("{at}.id")) };
                view! {
                    <fieldset class="chart">
                        <legend>{legend}</legend>
                        <BilingualField path=format!("{at}.title") label_zh="Title (Chinese)" label_en="Title (English)"/>
                        <BilingualField path=format!("{at}.takeaway") label_zh="Takeaway (Chinese)" label_en="Takeaway (English)" long=true/>
                        <ChoiceField path=format!("{at}.after") label="Shown after paragraph" options=paragraphs/>
                        <CheckField path=format!("{at}.log_switch") label="Offer a log scale"/>
                        <FigureChoice path=format!("{at}.figures") lines=lines legend="Figures"/>
                        <button type="button" class="danger" on:click=move |_| studio.edit(None, |w| w.remove_item("charts", c))>"Remove this chart"</button>
                    </fieldset>
                }
            }).collect_view()}
        </section>
    }
}

/// Checkboxes choosing figures for the list at `path` (a chart's or a step's `figures`).
#[component]
fn FigureChoice(path: String, lines: Memo<Vec<FigureLine>>, legend: &'static str) -> impl IntoView {
    let studio = use_studio();
    let chosen = {
        let path = path.clone();
        Memo::new(move |_| {
            studio.work.with(|w| {
                w.as_ref()
                    .and_then(|w| w.get(&path))
                    .and_then(Value::as_array)
                    .map(|l| {
                        l.iter()
                            .filter_map(|f| f.as_str().map(String::from))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    };
    let problems = {
        let path = path.clone();
        move || studio.problems_at(&path).join("; ")
    };
    let (path_attr, id) = (path.clone(), control_id(&path));
    view! {
        <fieldset class="figure-choice" data-path=path_attr id=id tabindex="-1">
            <legend>{legend}</legend>
            <p class="problem">{problems}</p>
            {move || lines.get().into_iter().map(|line| {
                let (toggle_id, shown_id) = (line.id.clone(), line.id.clone());
                let path = path.clone();
                view! {
                    <label class="check" lang="zh-CN">
                        <input type="checkbox" prop:checked=move || chosen.get().contains(&shown_id)
                            on:change=move |_| studio.edit(None, |w| w.toggle_in(&path, &toggle_id))/>
                        {format!("{} · {}", line.id, line.text)}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
pub fn Steps(lines: Memo<Vec<FigureLine>>) -> impl IntoView {
    let studio = use_studio();
    let count = Memo::new(move |_| studio.list_len("steps"));
    let charts = Signal::derive(move || {
        studio.work.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.chart_ids()
                        .into_iter()
                        .map(|c| (c.clone(), c))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        let Some(first) = charts.get_untracked().first().map(|(id, _)| id.clone()) else {
            studio
                .notice
                .set("A tour step shows a chart: make a chart first.".into());
            return;
        };
        studio.edit(None, |w| {
            w.add_step(&first);
        });
    };
    view! {
        <section class="panel steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading">"Tour"</h2>
            <p class="hint">"A tour walks the reader through a chart, one step at a time."</p>
            {move || (0..count.get()).map(|s| {
                let at = format!("steps[{s}]");
                let legend = { let at = at.clone(); move || studio.text(&format!("{at}.id")) };
                view! {
                    <fieldset class="step">
                        <legend>{legend}</legend>
                        <ChoiceField path=format!("{at}.chart") label="Chart" options=charts/>
                        <BilingualField path=format!("{at}.text") label_zh="What it says (Chinese)" label_en="What it says (English)" long=true/>
                        <FigureChoice path=format!("{at}.figures") lines=lines legend="Figures it lights up"/>
                        <button type="button" class="danger" on:click=move |_| studio.edit(None, |w| w.remove_item("steps", s))>"Remove this step"</button>
                    </fieldset>
                }
            }).collect_view()}
            <button type="button" on:click=add>"Add a tour step"</button>
        </section>
    }
}
