use crate::markup::class;
use crate::story::{annotate, Paragraph};
use crate::ui::figure_ref::FigureRef;
use crate::ui::use_story;
use leptos::prelude::*;

/// A paragraph in the reader's language, each figure it states marked.
#[component]
pub fn ParagraphView(paragraph: Paragraph) -> impl IntoView {
    let ctx = use_story();
    let body = annotate(&ctx.story, &paragraph, ctx.lang)
        .into_iter()
        .map(|segment| match segment.figure {
            None => segment.text.to_string().into_any(),
            Some(figure_id) => view! {
                <FigureRef figure_id=figure_id.to_string() text=segment.text.to_string()/>
            }
            .into_any(),
        })
        .collect_view();
    view! { <p class=class::PARAGRAPH id=paragraph.id.clone()>{body}</p> }
}
