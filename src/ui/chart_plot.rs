use crate::chart::{ChartSpec, MarkBox, RenderedChart};
use crate::host;
use crate::ui::strings::strings;
use crate::ui::use_story;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The drawn chart with one focusable target per bar, placed over the bar's row from the
/// geometry plotters reported, and one tooltip: label, value and the article's sentence.
/// Hover, focus or tap shows it; Escape hides it; clicking or Enter goes to the sentence.
#[component]
pub fn ChartPlot(
    spec: Memo<ChartSpec>,
    rendered: Memo<Result<RenderedChart, String>>,
    label: Signal<String>,
    description_id: String,
) -> impl IntoView {
    let ctx = use_story();
    let (lang, highlight) = (ctx.lang, ctx.highlight);
    let reduced_motion = ctx.reduced_motion;
    let active = RwSignal::new(None::<usize>);
    let last_pointer = StoredValue::new(String::new());
    let tip_id = format!("{description_id}-tip");

    let svg = move || match rendered.get() {
        Ok(r) => r.svg,
        Err(e) => format!("<p class=\"chart-error\">{}</p>", escape(&e)),
    };
    let marks = move || {
        rendered
            .get()
            .map(|r| (r.marks, r.width, r.height))
            .unwrap_or_default()
    };
    let bar_at =
        move |i: usize| spec.with(|s| s.panels.iter().flat_map(|p| p.bars.iter()).nth(i).cloned());

    let set_active = move |i: Option<usize>| {
        active.set(i);
        highlight.set(i.and_then(bar_at).map(|b| b.figure_id));
    };
    let go_to_text = move |i: usize| {
        if let Some(bar) = bar_at(i) {
            highlight.set(Some(bar.figure_id.clone()));
            host::scroll_to_figure(&bar.figure_id, !reduced_motion.get_untracked());
        }
    };

    let targets = {
        let tip_id = tip_id.clone();
        move || {
            let (boxes, width, height) = marks();
            boxes
                .into_iter()
                .enumerate()
                .map(|(i, mark)| {
                    mark_target(
                        i,
                        &mark,
                        (width, height),
                        &tip_id,
                        active,
                        highlight,
                        bar_at,
                        set_active,
                        go_to_text,
                        last_pointer,
                    )
                })
                .collect_view()
        }
    };
    let tip_top = move || {
        let (boxes, _, height) = marks();
        active
            .get()
            .and_then(|i| boxes.get(i).map(|m| percent(m.row.1 + m.row.3, height)))
            .unwrap_or_else(|| "0%".into())
    };
    let tip = move || {
        active.get().and_then(bar_at).map(|bar| {
            let index = active.get_untracked().unwrap_or(0);
            view! {
                <strong class="chart-tip-label">{bar.label}</strong>
                <span class="chart-tip-value">{bar.full_label}</span>
                <q class="chart-tip-quote" lang="zh-CN">{bar.quote}</q>
                <button type="button" class="chart-tip-go" on:click=move |_| go_to_text(index)>
                    {strings(lang.get()).show_in_text}
                </button>
            }
        })
    };
    view! {
        <div
            class="chart-plot"
            on:mouseleave=move |_| set_active(None)
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    set_active(None);
                }
            }
        >
            <div
                class="chart-svg"
                role="img"
                aria-label=move || label.get()
                aria-describedby=description_id.clone()
                inner_html=svg
            ></div>
            <div class="chart-marks" role="group" aria-label=move || strings(lang.get()).marks>
                {targets}
            </div>
            <div
                class="chart-tip"
                role="tooltip"
                id=tip_id
                hidden=move || active.get().is_none()
                style:top=tip_top
            >
                {tip}
            </div>
        </div>
    }
}

/// One bar's target: positioned in percentages of the drawing, so it stays on its bar as
/// the SVG scales. Arrow keys, Home and End move between targets.
#[allow(clippy::too_many_arguments)]
fn mark_target(
    index: usize,
    mark: &MarkBox,
    (width, height): (u32, u32),
    tip_id: &str,
    active: RwSignal<Option<usize>>,
    highlight: RwSignal<Option<String>>,
    bar_at: impl Fn(usize) -> Option<crate::chart::Bar> + Copy + Send + Sync + 'static,
    set_active: impl Fn(Option<usize>) + Copy + Send + Sync + 'static,
    go_to_text: impl Fn(usize) + Copy + Send + Sync + 'static,
    last_pointer: StoredValue<String>,
) -> impl IntoView {
    let (x, y, w, h) = mark.row;
    let figure_id = mark.figure_id.clone();
    let highlighted_id = figure_id.clone();
    let aria_label = move || {
        bar_at(index)
            .map(|b| format!("{}: {}", b.label, b.full_label))
            .unwrap_or_default()
    };
    let tip_id = tip_id.to_string();
    view! {
        <button
            type="button"
            class="mark"
            class:active=move || active.get() == Some(index)
            class:highlighted=move || highlight.get().as_deref() == Some(highlighted_id.as_str())
            data-figure=figure_id
            aria-label=aria_label
            aria-describedby=move || (active.get() == Some(index)).then(|| tip_id.clone())
            style:left=percent(x, width)
            style:top=percent(y, height)
            style:width=percent(w, width)
            style:height=percent(h, height)
            on:mouseenter=move |_| set_active(Some(index))
            on:focus=move |_| set_active(Some(index))
            on:pointerdown=move |ev| last_pointer.set_value(ev.pointer_type())
            on:click=move |_| {
                // A first tap shows the tooltip; tapping the same bar again goes to the text.
                let touch = last_pointer.with_value(|p| p == "touch");
                last_pointer.set_value(String::new());
                if touch && active.get_untracked() != Some(index) {
                    set_active(Some(index));
                } else {
                    go_to_text(index);
                }
            }
            on:keydown=move |ev| {
                let Some(target) = ev.current_target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return };
                let Some(parent) = target.parent_element() else { return };
                let next = match ev.key().as_str() {
                    "ArrowDown" | "ArrowRight" => target.next_element_sibling(),
                    "ArrowUp" | "ArrowLeft" => target.previous_element_sibling(),
                    "Home" => parent.first_element_child(),
                    "End" => parent.last_element_child(),
                    _ => return,
                };
                ev.prevent_default();
                if let Some(next) = next.and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
                    let _ = next.focus();
                }
            }
        ></button>
    }
}

fn percent(part: i32, whole: u32) -> String {
    format!("{:.3}%", part as f64 * 100.0 / whole.max(1) as f64)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
