use crate::chart::{describe, Scale};
use crate::host::{self, Placement};
use crate::story::{Chart, Step};
use crate::ui::chart_plot::ChartPlot;
use crate::ui::chart_render::{use_chart_render, ChartRender};
use crate::ui::strings::{step_of, strings};
use crate::ui::use_story;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// Where a step card must reach, as a share of the viewport's height, to become current.
const ACTIVATION_LINE: f64 = 0.45;

/// The guided tour: one chart held in view while the text steps through it. On wide
/// screens the chart is sticky beside the steps; on phones it sits above the current step.
/// Each step emphasises its figures, has previous/next buttons, a progress indicator and a
/// deep link (`#step-<id>`).
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
    let placement = ctx.embedding.placement;
    let root = ctx.root;
    // Deep links belong to the widget's own page (or frame), never to a host page's URL.
    let linked = if placement == Placement::Shadow {
        String::new()
    } else {
        host::fragment()
    };
    let start = linked
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
    let go = {
        let step_ids = step_ids.clone();
        move |i: usize| {
            current.set(i);
            if placement != Placement::Shadow {
                host::replace_fragment(&step_ids[i]);
            }
            if let Some(root) = root.get_untracked() {
                host::scroll_into_view_if_needed(&root, &step_ids[i]);
            }
        }
    };
    // Reading on: the last step whose card has crossed the activation line is current.
    // Listening starts once mounted in a browser (effects never run when prerendering).
    {
        let step_ids = step_ids.clone();
        Effect::new(move |_| {
            let step_ids = step_ids.clone();
            let listener = window_event_listener(leptos::ev::scroll, move |_| {
                let Some(root) = root.get_untracked() else {
                    return;
                };
                if let Some(i) = host::last_crossing(&root, &step_ids, ACTIVATION_LINE) {
                    if i != current.get_untracked() {
                        current.set(i);
                    }
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
            let anchor = format!("#step-{}", step.id);
            let go = go.clone();
            view! {
                <li
                    class="step"
                    id=format!("step-{}", step.id)
                    class:current=move || current.get() == i
                    aria-current=move || (current.get() == i).then_some("step")
                >
                    <p class="step-text">{move || text.get(lang.get()).to_string()}</p>
                    <a
                        class="step-link"
                        href=anchor
                        aria-label=move || strings(lang.get()).step_link
                        on:click=move |_| go(i)
                    >
                        "#"
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading" class="steps-heading">{move || strings(lang.get()).steps_heading}</h2>
            <p class="steps-intro">{move || strings(lang.get()).steps_intro}</p>
            <div class="steps-layout">
                <div class="steps-chart">
                    <h3 class="chart-title">{title}</h3>
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
                    <div class="steps-nav">
                        <button
                            type="button"
                            class="step-prev"
                            disabled=move || current.get() == 0
                            on:click=previous
                        >
                            {move || strings(lang.get()).previous}
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
                            {move || strings(lang.get()).next}
                        </button>
                    </div>
                </div>
                <ol class="steps-list">{cards}</ol>
            </div>
        </section>
    }
    .into_any()
}
