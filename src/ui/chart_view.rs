use crate::chart::{build_spec, describe, render_svg, Scale};
use crate::story::{Chart, Qualifier};
use crate::ui::strings::strings;
use crate::ui::use_story;
use leptos::html::Div;
use leptos::prelude::*;

/// Drawing width before the container has been measured.
const DEFAULT_WIDTH: u32 = 560;

/// One chart: title, takeaway, an optional linear/log switch, the SVG drawn for the
/// container's width, a legend for qualifier markers and a long description.
#[component]
pub fn ChartView(chart: Chart) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let story = ctx.story.clone();
    let scale = RwSignal::new(Scale::Linear);
    let width = RwSignal::new(DEFAULT_WIDTH);
    let container = NodeRef::<Div>::new();

    // Draw at the container's real width, so labels stay legible on phones.
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = el.client_width();
            if w > 0 {
                width.set(w as u32);
            }
        }
    };
    container.on_load(move |_| measure());
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let id = chart.id.clone();
    let title = chart.title.clone();
    let takeaway = chart.takeaway.clone();
    let log_switch = chart.log_switch;
    let qualified =
        chart
            .figures
            .iter()
            .filter_map(|f| story.figure(f))
            .fold((false, false), |acc, f| {
                match Qualifier::from_word(&f.qualifier) {
                    Some(Qualifier::MoreThan) => (true, acc.1),
                    Some(Qualifier::Nearly) => (acc.0, true),
                    _ => acc,
                }
            });
    let spec = Memo::new(move |_| build_spec(&story, &chart, lang.get(), scale.get(), width.get()));
    let rendered = Memo::new(move |_| render_svg(&spec.get()));
    let svg = move || match rendered.get() {
        Ok(r) => r.svg,
        Err(e) => format!("<p class=\"chart-error\">{}</p>", escape(&e)),
    };
    let description_id = format!("chart-{id}-description");
    let scale_button = move |which: Scale| {
        view! {
            <button
                type="button"
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
    let label_title = title.clone();
    view! {
        <figure class="chart" id=format!("chart-{id}") data-chart=id.clone()>
            <figcaption>
                <h3 class="chart-title">{move || title.get(lang.get()).to_string()}</h3>
                <p class="chart-takeaway">{move || takeaway.get(lang.get()).to_string()}</p>
            </figcaption>
            {log_switch.then(|| view! {
                <div class="scale-switch" role="group" aria-label=move || strings(lang.get()).scale>
                    {scale_button(Scale::Linear)}
                    {scale_button(Scale::Log)}
                </div>
            })}
            <div
                class="chart-svg"
                node_ref=container
                role="img"
                aria-label=move || label_title.get(lang.get()).to_string()
                aria-describedby=description_id.clone()
                inner_html=svg
            ></div>
            <ul class="chart-legend">
                {qualified.0.then(|| view! { <li>{move || strings(lang.get()).more_than}</li> })}
                {qualified.1.then(|| view! { <li>{move || strings(lang.get()).nearly}</li> })}
            </ul>
            <p class="chart-description visually-hidden" id=description_id>
                {move || describe(&spec.get())}
            </p>
        </figure>
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
