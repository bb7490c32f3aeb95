use crate::chart::{build_spec, describe};
use crate::markup::class;
use crate::story::{Chart, Step};
use crate::ui::drawings::{drawings_of, drawings_view, step_scale, PRERENDERED_WIDTHS};
use crate::ui::use_story;
use crate::words::{step_of, words};
use leptos::prelude::*;

/// The guided tour: one chart held in view while the text steps through it. Every step's
/// view of its chart is written (`.step-view`, with that step's figures emphasised) and CSS
/// shows the current one; each card has a deep link (`#step-<id>`). The first step is
/// current; `enhance` (src/enhance/tour.rs) moves `current` as the reader steps or reads on.
#[component]
pub fn StepsView() -> impl IntoView {
    let ctx = use_story();
    let (lang, story, embedding) = (ctx.lang, ctx.story.clone(), ctx.embedding.clone());
    let w = words(lang);
    let steps: Vec<(&Step, &Chart)> = story
        .steps
        .iter()
        .filter_map(|s| {
            story
                .charts
                .iter()
                .find(|c| c.id == s.chart)
                .map(|c| (s, c))
        })
        .collect();
    if steps.is_empty() {
        return ().into_any();
    }
    let total = steps.len();
    let cards = steps
        .iter()
        .enumerate()
        .map(|(i, (step, _))| {
            let id = format!("step-{}", step.id);
            // A link to this step where a page shows the story.
            let link = embedding.fragment_href(&id).map(|href| {
                view! { <a class=class::STEP_LINK href=href aria-label=w.step_link>"#"</a> }
            });
            view! {
                <li
                    class=class::STEP
                    class:current=i == 0
                    id=id
                    // The progress line for this step, which `enhance` shows when it is current.
                    data-progress=step_of(lang, i + 1, total)
                    aria-current=(i == 0).then_some("step")
                >
                    <p class="step-text">{step.text.get(lang).to_string()}</p>
                    {link}
                </li>
            }
        })
        .collect_view();
    let views = steps
        .iter()
        .enumerate()
        .map(|(i, (step, chart))| {
            let title = chart.title.get(lang).to_string();
            let description_id = format!("steps-chart-description-{i}");
            // The description names the figures, not the drawing: one per step serves all.
            let spec = build_spec(
                &story,
                chart,
                lang,
                step_scale(step),
                PRERENDERED_WIDTHS[1].1,
            );
            let drawings = drawings_of(&story, chart, lang, &[step_scale(step)]);
            view! {
                <div class=class::STEP_VIEW class:current=i == 0>
                    <h3 class="chart-title">{title.clone()}</h3>
                    <div class="chart-body">
                        {drawings_view(drawings, title, &description_id, step.figures.clone())}
                    </div>
                    <p class="visually-hidden" id=description_id.clone()>{describe(&spec)}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class=class::STEPS aria-labelledby="steps-heading">
            <h2 id="steps-heading" class="steps-heading">{w.steps_heading}</h2>
            <p class="steps-intro">{w.steps_intro}</p>
            <div class="steps-layout">
                <div class="steps-chart">
                    <div class=class::STEPS_NAV>
                        <button type="button" class=class::STEP_PREV disabled=true>
                            {w.previous}
                        </button>
                        <span class=class::STEPS_PROGRESS aria-live="polite">
                            {step_of(lang, 1, total)}
                        </span>
                        <progress max=total value=1 aria-hidden="true"></progress>
                        <button type="button" class=class::STEP_NEXT disabled=total < 2>
                            {w.next}
                        </button>
                    </div>
                    {views}
                </div>
                <ol class="steps-list">{cards}</ol>
            </div>
        </section>
    }
    .into_any()
}
