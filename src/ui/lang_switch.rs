use crate::host;
use crate::ui::strings::strings;
use crate::ui::use_story;
use leptos::prelude::*;

/// One button that switches to the other language and remembers the choice.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let placement = ctx.embedding.placement;
    let switch = move |_| {
        let next = lang.get_untracked().other();
        lang.set(next);
        host::remember_lang(next, placement);
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || lang.get().other().tag()
            on:click=switch
        >
            {move || strings(lang.get()).switch_to}
        </button>
    }
}
