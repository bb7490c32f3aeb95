use crate::ui::{tr, use_story};
use leptos::prelude::*;

/// One button that switches to the other language and remembers the choice.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let embedding = ctx.embedding.clone();
    // Prerendered, each language is a page and the switch is a link to the other one (the
    // page's enhancer keeps the reader's place, src/enhance/lang_link.rs).
    if !cfg!(target_arch = "wasm32") {
        let other = lang.get_untracked().other();
        let href = embedding.page_in(other, &embedding.page_file());
        return view! {
            <a class="lang-switch" href=href lang=other.tag() hreflang=other.tag()>
                {tr(lang, |s| s.switch_to)}
            </a>
        }
        .into_any();
    }
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
    .into_any()
}
