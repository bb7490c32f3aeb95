use crate::ui::{tr, use_story};
use leptos::prelude::*;

/// One button that switches to the other language and remembers the choice.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let embedding = ctx.embedding.clone();
    let switch = move |_| {
        let next = lang.get_untracked().other();
        lang.set(next);
        embedding.remember_lang(next);
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || lang.get().other().tag()
            on:click=switch
        >
            {tr(lang, |s| s.switch_to)}
        </button>
    }
}
