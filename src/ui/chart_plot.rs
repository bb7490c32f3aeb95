use crate::chart::{Bar, ChartSpec, MarkBox, RenderedChart};
use crate::host;
use crate::ui::strings::strings;
use crate::ui::{escape_html, tr, use_story};
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
    /// Figures to emphasise (the others are dimmed); empty emphasises none.
    #[prop(optional, into)]
    emphasis: Signal<Vec<String>>,
    /// Tells apart several drawings of one chart in a page (`log-narrow`), in ids.
    #[prop(default = None)]
    variant: Option<String>,
    /// The scale drawn, where the page holds both (`data-scale`, for CSS).
    #[prop(default = None)]
    scale: Option<&'static str>,
    /// The width class drawn for (`data-width`: `narrow`, `wide`), in prerendered pages.
    #[prop(default = None)]
    drawn_for: Option<&'static str>,
) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let marks = Marks {
        spec,
        active: RwSignal::new(None),
        highlight: ctx.highlight,
        last_pointer: StoredValue::new(String::new()),
        reduced_motion: ctx.reduced_motion,
        root: ctx.root,
    };
    let tip_id = match &variant {
        Some(variant) => format!("{description_id}-tip-{variant}"),
        None => format!("{description_id}-tip"),
    };

    let svg = move || match rendered.get() {
        Ok(r) => r.svg,
        Err(e) => format!("<p class=\"chart-error\">{}</p>", escape_html(&e)),
    };
    let geometry = move || {
        rendered
            .get()
            .map(|r| (r.marks, r.width, r.height))
            .unwrap_or_default()
    };
    // Targets and tooltip exist only where they work: in the browser, not in the prerendered
    // page (whose positioning styles a strict CSP would also refuse as inline styles).
    let live = cfg!(target_arch = "wasm32");
    let targets = {
        let tip_id = tip_id.clone();
        move || {
            if !live {
                return Some(prerendered_targets(marks, geometry(), emphasis).into_any());
            }
            let (boxes, width, height) = geometry();
            boxes
                .into_iter()
                .enumerate()
                .map(|(i, mark)| {
                    let id = mark.figure_id.clone();
                    let emphasis = Signal::derive(move || {
                        emphasis.with(|e| (!e.is_empty()).then(|| e.contains(&id)))
                    });
                    mark_target(i, &mark, (width, height), &tip_id, marks, emphasis)
                })
                .collect_view()
                .into_any()
                .into()
        }
    };
    // Once the tooltip shows its bar, it opens below or above it (src/host/tooltip.rs). It is
    // measured in the next animation frame, before that frame is painted: by then the
    // tooltip's text and the bar's `active` class are in the page.
    let tip_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move || {
        let Some(index) = marks.active.get() else {
            return;
        };
        let (boxes, _, height) = geometry();
        let Some(row) = boxes.get(index).map(|m| m.row) else {
            return;
        };
        let (top, bottom) = (percent(row.1, height), percent(row.1 + row.3, height));
        request_animation_frame(move || {
            let Some(tip) = tip_ref.get_untracked() else {
                return;
            };
            let bar = tip
                .parent_element()
                .and_then(|plot| plot.query_selector(".mark.active").ok().flatten());
            if let Some(bar) = bar {
                host::place_tip(&tip, &bar, &top, &bottom);
            }
        });
    });
    let tip = move || {
        let index = marks.active.get()?;
        let bar = marks.bar(index)?;
        Some(view! {
            <strong class="chart-tip-label">{bar.label}</strong>
            <span class="chart-tip-value">{bar.full_label}</span>
            <q class="chart-tip-quote" lang="zh-CN">{bar.quote}</q>
            <button type="button" class="chart-tip-go" on:click=move |_| marks.go_to_text(index)>
                {strings(lang.get()).show_in_text}
            </button>
        })
    };
    view! {
        <div
            class="chart-plot"
            data-scale=scale
            data-width=drawn_for
            on:mouseleave=move |_| marks.set_active(None)
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    marks.set_active(None);
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
            <div class="chart-marks" role="group" aria-label=tr(lang, |s| s.marks)>
                {targets}
            </div>
            {(!live).then(|| view! {
                // Filled and placed by the page's enhancer (src/enhance/marks.rs).
                <div class="chart-tip" role="tooltip" id=tip_id.clone() hidden>
                    <strong class="chart-tip-label"></strong>
                    <span class="chart-tip-value"></span>
                    <q class="chart-tip-quote" lang="zh-CN"></q>
                    <button type="button" class="chart-tip-go">{strings(lang.get_untracked()).show_in_text}</button>
                </div>
            })}
            {live.then(|| view! {
                <div
                    class="chart-tip"
                    role="tooltip"
                    id=tip_id
                    hidden=move || marks.active.get().is_none()
                    node_ref=tip_ref
                >
                    {tip}
                </div>
            })}
        </div>
    }
}

/// The state one chart's targets share.
#[derive(Clone, Copy)]
struct Marks {
    spec: Memo<ChartSpec>,
    /// The bar whose tooltip is open.
    active: RwSignal<Option<usize>>,
    highlight: RwSignal<Option<String>>,
    /// How the last press began (`touch`, `mouse`, `pen`), to tell a tap from a click.
    last_pointer: StoredValue<String>,
    reduced_motion: Signal<bool>,
    root: NodeRef<leptos::html::Div>,
}

impl Marks {
    fn bar(self, index: usize) -> Option<Bar> {
        self.spec.with(|s| {
            s.panels
                .iter()
                .flat_map(|p| p.bars.iter())
                .nth(index)
                .cloned()
        })
    }

    fn set_active(self, index: Option<usize>) {
        self.active.set(index);
        self.highlight
            .set(index.and_then(|i| self.bar(i)).map(|b| b.figure_id));
    }

    fn go_to_text(self, index: usize) {
        if let Some(bar) = self.bar(index) {
            self.highlight.set(Some(bar.figure_id.clone()));
            if let Some(root) = self.root.get_untracked() {
                host::scroll_to_figure(&root, &bar.figure_id, !self.reduced_motion.get_untracked());
            }
        }
    }
}

/// The targets as the build writes them: each carries its place (`data-box`, `data-tip-top`)
/// and its tooltip's label and value; the sentence, the same in every drawing of the chart,
/// is written once, on the chart's table row (`data-quote`, src/ui/data_table.rs). The
/// stylesheet places them (the build appends a rule per box, src/ui/target_places.rs) and
/// shows the text on hover until the page's enhancer (src/enhance/marks.rs) takes over. No
/// `style` attribute: a strict Content-Security-Policy would refuse it.
fn prerendered_targets(
    marks: Marks,
    (boxes, width, height): (Vec<MarkBox>, u32, u32),
    emphasis: Signal<Vec<String>>,
) -> impl IntoView {
    let emphasis = emphasis.get_untracked();
    boxes
        .into_iter()
        .enumerate()
        .filter_map(|(i, mark)| {
            let bar = marks.bar(i)?;
            let (x, y, w, h) = mark.row;
            let place = [
                percent(x, width),
                percent(y, height),
                percent(w, width),
                percent(h, height),
            ];
            let emphasized = (!emphasis.is_empty()).then(|| emphasis.contains(&mark.figure_id));
            Some(view! {
                <button
                    type="button"
                    class="mark"
                    class:emphasized=emphasized == Some(true)
                    class:dimmed=emphasized == Some(false)
                    data-figure=mark.figure_id
                    data-box=place.join(" ")
                    data-tip-top=percent(y + h, height)
                    data-label=bar.label.clone()
                    data-value=bar.full_label.clone()
                    aria-label=format!("{}: {}", bar.label, bar.full_label)
                ></button>
            })
        })
        .collect_view()
}

/// One bar's target: positioned in percentages of the drawing, so it stays on its bar as
/// the SVG scales. Arrow keys, Home and End move between targets.
fn mark_target(
    index: usize,
    mark: &MarkBox,
    (width, height): (u32, u32),
    tip_id: &str,
    marks: Marks,
    emphasis: Signal<Option<bool>>,
) -> impl IntoView {
    let (x, y, w, h) = mark.row;
    let figure_id = mark.figure_id.clone();
    let highlighted_id = figure_id.clone();
    let aria_label = move || {
        marks
            .bar(index)
            .map(|b| format!("{}: {}", b.label, b.full_label))
            .unwrap_or_default()
    };
    let tip_id = tip_id.to_string();
    let is_active = move || marks.active.get() == Some(index);
    view! {
        <button
            type="button"
            class="mark"
            class:active=is_active
            class:highlighted=move || marks.highlight.get().as_deref() == Some(highlighted_id.as_str())
            class:emphasized=move || emphasis.get() == Some(true)
            class:dimmed=move || emphasis.get() == Some(false)
            data-figure=figure_id
            aria-label=aria_label
            aria-describedby=move || is_active().then(|| tip_id.clone())
            style:left=percent(x, width)
            style:top=percent(y, height)
            style:width=percent(w, width)
            style:height=percent(h, height)
            on:mouseenter=move |_| marks.set_active(Some(index))
            on:focus=move |_| marks.set_active(Some(index))
            on:pointerdown=move |ev| marks.last_pointer.set_value(ev.pointer_type())
            on:click=move |_| {
                // A first tap shows the tooltip; tapping the same bar again goes to the text.
                let touch = marks.last_pointer.with_value(|p| p == "touch");
                marks.last_pointer.set_value(String::new());
                if touch && !is_active() {
                    marks.set_active(Some(index));
                } else {
                    marks.go_to_text(index);
                }
            }
            on:keydown=move_between_targets
        ></button>
    }
}

fn move_between_targets(ev: web_sys::KeyboardEvent) {
    let Some(target) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let Some(parent) = target.parent_element() else {
        return;
    };
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

fn percent(part: i32, whole: u32) -> String {
    format!("{:.3}%", part as f64 * 100.0 / whole.max(1) as f64)
}
