use crate::chart::{build_spec, describe, Scale};
use crate::host;
use crate::story::{Chart, Step};
use crate::ui::chart_plot::ChartPlot;
use crate::ui::chart_render::PRERENDERED_WIDTHS;
use crate::ui::chart_render::{use_chart_render, ChartRender};
use crate::ui::prerendered_drawings::prerendered_drawings;
use crate::ui::strings::step_of;
use crate::ui::{in_lang, tr, use_story};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// Where a step card must reach, as a share of the viewport's height, to become current.
const ACTIVATION_LINE: f64 = 0.45;
/// Where previous/next put the card they go to: above the activation line, so reading
/// on from there keeps that step current.
const ARRIVAL_LINE: f64 = 0.3;
/// The width from which the chart is sticky beside the cards (style.css, `.steps-layout`).
const SIDE_BY_SIDE: &str = "(min-width: 48rem)";

/// The guided tour: one chart held in view while the text steps through it. On wide
/// screens the chart is sticky beside the steps; on phones, and in frames that grow to
/// their content, it sits beside or above the current step only. Each step emphasises its
/// figures, has previous/next buttons, a progress indicator and a deep link (`#step-<id>`).
#[component]
pub fn StepsView() -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let story = ctx.story.clone();
    let steps: Arc<Vec<(Step, Chart)>> = Arc::new(
        story
            .steps
            .iter()
            .filter_map(|s| {
                story
                    .charts
                    .iter()
                    .find(|c| c.id == s.chart)
                    .map(|c| (s.clone(), c.clone()))
            })
            .collect(),
    );
    if steps.is_empty() {
        return ().into_any();
    }
    let total = steps.len();
    let embedding = ctx.embedding.clone();
    let root = ctx.root;
    let start = embedding
        .linked_fragment()
        .strip_prefix("step-")
        .and_then(|id| steps.iter().position(|(s, _)| s.id == id))
        .unwrap_or(0);
    let current = RwSignal::new(start);

    let chart = {
        let steps = steps.clone();
        Signal::derive(move || steps[current.get()].1.clone())
    };
    let scale = {
        let steps = steps.clone();
        Signal::derive(move || {
            if steps[current.get()].0.log_scale {
                Scale::Log
            } else {
                Scale::Linear
            }
        })
    };
    let emphasis = {
        let steps = steps.clone();
        Signal::derive(move || steps[current.get()].0.figures.clone())
    };
    let container = NodeRef::<Div>::new();
    let ChartRender { spec, rendered } = use_chart_render(chart, scale, container);

    let step_ids: Arc<Vec<String>> = Arc::new(
        steps
            .iter()
            .map(|(s, _)| format!("step-{}", s.id))
            .collect(),
    );
    // Cards scroll past a sticky chart only where the page scrolls (not in a frame that
    // grows to its content) and the screen is wide enough.
    let scrolly = !embedding.is_framed();
    let reduced_motion = ctx.reduced_motion;
    // While previous/next scroll to a card, the cards it passes do not become current.
    let arriving = StoredValue::new(None::<Arrival>);
    let go = {
        let step_ids = step_ids.clone();
        let embedding = embedding.clone();
        move |i: usize| {
            current.set(i);
            embedding.show_fragment(&step_ids[i]);
            let Some(root) = root.get_untracked() else {
                return;
            };
            if scrolly && host::media_matches(SIDE_BY_SIDE) {
                arriving.set_value(Some(Arrival::at(i)));
                let smooth = !reduced_motion.get_untracked();
                host::scroll_to_line(&root, &step_ids[i], ARRIVAL_LINE, smooth);
            } else {
                host::scroll_into_view_if_needed(&root, &step_ids[i]);
            }
        }
    };
    // Reading on: the last step whose card has crossed the activation line is current.
    // Listening starts once mounted in a browser (effects never run when prerendering).
    if scrolly {
        let step_ids = step_ids.clone();
        Effect::new(move |_| {
            let step_ids = step_ids.clone();
            let listener = window_event_listener(leptos::ev::scroll, move |_| {
                let Some(root) = root.get_untracked() else {
                    return;
                };
                let crossing = host::last_crossing(&root, &step_ids, ACTIVATION_LINE);
                if let Some(arrival) = arriving.get_value() {
                    if !arrival.over(crossing) {
                        return;
                    }
                    arriving.set_value(None);
                }
                if let Some(i) = crossing.filter(|i| *i != current.get_untracked()) {
                    current.set(i);
                }
            });
            on_cleanup(move || listener.remove());
        });
    }

    let (go_prev, go_next) = (go.clone(), go.clone());
    let previous =
        move |_: leptos::ev::MouseEvent| go_prev(current.get_untracked().saturating_sub(1));
    let next =
        move |_: leptos::ev::MouseEvent| go_next((current.get_untracked() + 1).min(total - 1));
    let title = Signal::derive(move || chart.with(|c| c.title.get(lang.get()).to_string()));
    let cards = steps
        .iter()
        .enumerate()
        .map(|(i, (step, _))| {
            let text = step.text.clone();
            let id = format!("step-{}", step.id);
            let href = embedding.fragment_href(&id);
            let go = go.clone();
            // A plain click steps the tour in place (no history entry, and never the host
            // page's address); a click that opens a new tab or window follows the link.
            let follow = move |ev: leptos::ev::MouseEvent| {
                if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key()) {
                    ev.prevent_default();
                    go(i);
                }
            };
            view! {
                <li
                    class="step"
                    id=id
                    // The progress line for this step, for the page's enhancer.
                    data-progress=step_of(lang.get_untracked(), i + 1, total)
                    class:current=move || current.get() == i
                    aria-current=move || (current.get() == i).then_some("step")
                >
                    <p class="step-text">{in_lang(lang, text.clone())}</p>
                    // A link to this step where a page shows the story.
                    {href.map(|href| view! {
                        <a
                            class="step-link"
                            href=href
                            aria-label=tr(lang, |s| s.step_link)
                            on:click=follow
                        >
                            "#"
                        </a>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading" class="steps-heading">{tr(lang, |s| s.steps_heading)}</h2>
            <p class="steps-intro">{tr(lang, |s| s.steps_intro)}</p>
            <div class="steps-layout">
                <div class="steps-chart">
                    {cfg!(target_arch = "wasm32").then(|| view! { <h3 class="chart-title">{title}</h3> })}
                    <div class="steps-nav">
                        <button
                            type="button"
                            class="step-prev"
                            disabled=move || current.get() == 0
                            on:click=previous
                        >
                            {tr(lang, |s| s.previous)}
                        </button>
                        <span class="steps-progress" aria-live="polite">
                            {move || step_of(lang.get(), current.get() + 1, total)}
                        </span>
                        <progress max=total value={move || current.get() + 1} aria-hidden="true"></progress>
                        <button
                            type="button"
                            class="step-next"
                            disabled={move || current.get() + 1 >= total}
                            on:click=next
                        >
                            {tr(lang, |s| s.next)}
                        </button>
                    </div>
                    {if cfg!(target_arch = "wasm32") {
                        view! {
                            <div class="chart-body" node_ref=container>
                                <ChartPlot
                                    spec=spec
                                    rendered=rendered
                                    label=title
                                    description_id="steps-chart-description".to_string()
                                    emphasis=emphasis
                                />
                            </div>
                            <p class="visually-hidden" id="steps-chart-description">{move || describe(&spec.get())}</p>
                        }.into_any()
                    } else {
                        prerendered_step_views(&steps, start).into_any()
                    }}
                </div>
                <ol class="steps-list">{cards}</ol>
            </div>
        </section>
    }
    .into_any()
}

/// Every step's view of its chart, as the build writes them: title, drawing (with the
/// step's figures emphasised) and description; CSS shows the `current` one and the page's
/// enhancer (src/enhance/tour.rs) moves `current`.
fn prerendered_step_views(steps: &[(Step, Chart)], start: usize) -> impl IntoView {
    let ctx = use_story();
    let (lang, story) = (ctx.lang, ctx.story.clone());
    steps
        .iter()
        .enumerate()
        .map(|(i, (step, chart))| {
            let scale = if step.log_scale {
                Scale::Log
            } else {
                Scale::Linear
            };
            let title = chart.title.get(lang.get_untracked()).to_string();
            let description_id = format!("steps-chart-description-{i}");
            // The description names the figures, not the drawing: one per step serves all.
            let spec = build_spec(
                &story,
                chart,
                lang.get_untracked(),
                scale,
                PRERENDERED_WIDTHS[1].1,
            );
            let drawings = prerendered_drawings(
                chart,
                &[scale],
                title.clone(),
                &description_id,
                step.figures.clone(),
            );
            view! {
                <div class="step-view" class:current=i == start>
                    <h3 class="chart-title">{title.clone()}</h3>
                    <div class="chart-body">{drawings}</div>
                    <p class="visually-hidden" id=description_id>{describe(&spec)}</p>
                </div>
            }
        })
        .collect_view()
}

/// A scroll to a step's card that previous/next started.
#[derive(Clone, Copy)]
struct Arrival {
    step: usize,
    started: f64,
}

impl Arrival {
    /// Longer than any smooth scroll; after it, the reader's own scrolling rules again.
    const AT_MOST_MS: f64 = 1500.0;

    fn at(step: usize) -> Self {
        Arrival {
            step,
            started: js_sys::Date::now(),
        }
    }

    /// The scroll has reached its card, or taken too long (the reader scrolled elsewhere).
    fn over(self, crossing: Option<usize>) -> bool {
        crossing == Some(self.step) || js_sys::Date::now() - self.started > Self::AT_MOST_MS
    }
}
