use crate::story::LoadError;
use crate::words::words;
use crate::Lang;
use leptos::prelude::*;

/// Shown instead of the story when it cannot be used: every problem, with its JSON path.
#[component]
pub fn ErrorBox(error: LoadError, lang: Lang) -> impl IntoView {
    let lines = error.lines();
    view! {
        <section class="error-box" role="alert">
            <h1>{words(lang).error_title}</h1>
            <ul>{lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul>
        </section>
    }
}
