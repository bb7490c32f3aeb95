use crate::format::{format_figure, Style};
use crate::ui::use_story;
use leptos::prelude::*;

/// A figure as it stands in the text: focusable, highlighted together with its chart mark,
/// with a tooltip giving its label and value (also for figures no chart shows).
#[component]
pub fn FigureRef(figure_id: String, text: String) -> impl IntoView {
    let ctx = use_story();
    let (lang, highlight) = (ctx.lang, ctx.highlight);
    let open = RwSignal::new(false);
    let tip = {
        let story = ctx.story.clone();
        let figure_id = figure_id.clone();
        move || {
            let lang = lang.get();
            let figure = story.figure(&figure_id)?;
            let unit = story.unit_of(figure)?;
            let value = format_figure(figure, unit, lang, Style::Full);
            Some(format!("{}: {value}", figure.label.get(lang)))
        }
    };
    let tip_id = format!("tip-{figure_id}");
    let tip_id_ref = tip_id.clone();
    let (show_id, hide_id, is_id) = (figure_id.clone(), figure_id.clone(), figure_id.clone());
    let show = move || {
        open.set(true);
        highlight.set(Some(show_id.clone()));
    };
    let hide = move || {
        open.set(false);
        highlight.update(|h| {
            if h.as_deref() == Some(hide_id.as_str()) {
                *h = None;
            }
        });
    };
    let (show2, hide2) = (show.clone(), hide.clone());
    view! {
        <span
            class="figure-ref"
            class:highlighted=move || highlight.get().as_deref() == Some(is_id.as_str())
            tabindex="0"
            data-figure=figure_id
            aria-describedby=tip_id_ref
            on:mouseenter=move |_| show()
            on:mouseleave=move |_| hide()
            on:focus=move |_| show2()
            on:blur=move |_| hide2()
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    open.set(false);
                }
            }
        >
            {text}
            <span class="figure-tip" role="tooltip" id=tip_id hidden=move || !open.get()>
                {tip}
            </span>
        </span>
    }
}
