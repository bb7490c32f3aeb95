use crate::story::{load, EMBEDDED_STORY};
use crate::ui::{ErrorBox, StoryContext, StoryView};
use crate::{host, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// The app as shipped: the embedded story, in the language the page asks for.
#[component]
pub fn App() -> impl IntoView {
    view! { <StoryApp json=EMBEDDED_STORY initial_lang=host::initial_lang()/> }
}

/// Any story JSON: the story if it is valid, otherwise the message naming what is wrong.
#[component]
pub fn StoryApp(#[prop(into)] json: String, initial_lang: Lang) -> impl IntoView {
    match load(&json) {
        Ok(story) => {
            let lang = RwSignal::new(initial_lang);
            let story = Arc::new(story);
            let title_story = story.clone();
            Effect::new(move |_| {
                let lang = lang.get();
                host::apply_lang_to_document(lang, title_story.meta.title.get(lang));
            });
            provide_context(StoryContext { story, lang });
            view! { <StoryView/> }.into_any()
        }
        Err(error) => view! { <ErrorBox error=error lang=initial_lang/> }.into_any(),
    }
}
