use crate::chart::{build_spec, render_svg, ChartSpec, RenderedChart, Scale};
use crate::story::Chart;
use crate::ui::use_story;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_resize_observer;

/// Drawing width before the container has been measured.
const DEFAULT_WIDTH: u32 = 560;

/// A chart's spec and drawing, kept in step with the language, scale and the width of
/// `container` (drawn for its real width, so labels stay legible on phones). The theme needs
/// no redraw: the stylesheet recolours the drawing.
#[derive(Clone, Copy)]
pub struct ChartRender {
    pub spec: Memo<ChartSpec>,
    pub rendered: Memo<Result<RenderedChart, String>>,
}

pub fn use_chart_render(
    chart: Signal<Chart>,
    scale: Signal<Scale>,
    container: NodeRef<Div>,
) -> ChartRender {
    let ctx = use_story();
    let lang = ctx.lang;
    let story = ctx.story.clone();
    let width = RwSignal::new(DEFAULT_WIDTH);
    use_resize_observer(container, move |entries, _| {
        if let Some(entry) = entries.first() {
            let w = entry.content_rect().width().round() as u32;
            if w > 0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    });
    let spec = Memo::new(move |_| {
        chart.with(|c| build_spec(&story, c, lang.get(), scale.get(), width.get()))
    });
    let rendered = Memo::new(move |_| render_svg(&spec.get()));
    ChartRender { spec, rendered }
}

/// The widths the build draws each chart for: phones (a 320 px screen's column, so the
/// smallest text stays 11 px there) and everything wider (the page's column). CSS shows the
/// one that fits its container (style.css, `.chart-body`).
pub const PRERENDERED_WIDTHS: [(&str, u32); 2] = [("narrow", 288), ("wide", DEFAULT_WIDTH)];

/// A chart's spec and drawing for a fixed language, scale and width: what the build writes.
pub fn chart_render_at(chart: &Chart, scale: Scale, width: u32) -> ChartRender {
    let ctx = use_story();
    let (story, lang, chart) = (ctx.story.clone(), ctx.lang, chart.clone());
    let spec = Memo::new(move |_| build_spec(&story, &chart, lang.get(), scale, width));
    let rendered = Memo::new(move |_| render_svg(&spec.get()));
    ChartRender { spec, rendered }
}
