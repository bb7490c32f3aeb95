use crate::format::{format_figure, Style};
use crate::markup::class;
use crate::ui::use_story;
use leptos::prelude::*;

/// A figure as it stands in the text: focusable, with a tooltip giving its label and value
/// (also for figures no chart shows). `enhance` opens the tooltip and highlights the
/// figure's bars on hover and focus.
#[component]
pub fn FigureRef(figure_id: String, text: String) -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let tip = ctx.story.figure(&figure_id).and_then(|figure| {
        let unit = ctx.story.unit_of(figure)?;
        let value = format_figure(figure, unit, lang, Style::Full);
        Some(format!("{}: {value}", figure.label.get(lang)))
    });
    let tip_id = format!("tip-{figure_id}");
    let described_by = tip_id.clone();
    view! {
        <span class=class::FIGURE_REF tabindex="0" data-figure=figure_id aria-describedby=described_by>
            {text}
            <span class=class::FIGURE_TIP role="tooltip" id=tip_id hidden>
                {tip}
            </span>
        </span>
    }
}
