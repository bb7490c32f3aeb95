use crate::chart::Theme;
use crate::story::{load, EMBEDDED_STORY};
use crate::ui::{ErrorBox, StoryContext, StoryView};
use crate::{host, Lang};
use leptos::prelude::*;
use leptos_use::{use_preferred_dark, use_prefers_reduced_motion};
use std::sync::Arc;

/// The app as shipped: the embedded story, in the language and theme the page asks for.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <StoryApp json=EMBEDDED_STORY initial_lang=host::initial_lang() forced_theme=host::forced_theme()/>
    }
}

/// Any story JSON: the story if it is valid, otherwise the message naming what is wrong.
/// `forced_theme` forces a theme; without it the reader's system setting decides.
#[component]
pub fn StoryApp(
    #[prop(into)] json: String,
    initial_lang: Lang,
    #[prop(default = None)] forced_theme: Option<Theme>,
) -> impl IntoView {
    match load(&json) {
        Ok(story) => {
            let lang = RwSignal::new(initial_lang);
            let prefers_dark = use_preferred_dark();
            let theme = Signal::derive(move || {
                forced_theme.unwrap_or(if prefers_dark.get() {
                    Theme::Dark
                } else {
                    Theme::Light
                })
            });
            let story = Arc::new(story);
            let title = story.meta.title.clone();
            Effect::new(move |_| {
                let lang = lang.get();
                host::apply_lang_to_document(lang, title.get(lang));
            });
            Effect::new(move |_| host::apply_theme_to_document(theme.get()));
            provide_context(StoryContext {
                story,
                lang,
                theme,
                highlight: RwSignal::new(None),
                reduced_motion: use_prefers_reduced_motion(),
            });
            // Once the story is in the page, honour a deep link (`#chart-money`).
            Effect::new(move |_| request_animation_frame(host::scroll_to_hash));
            view! { <StoryView/> }.into_any()
        }
        Err(error) => view! { <ErrorBox error=error lang=initial_lang/> }.into_any(),
    }
}
