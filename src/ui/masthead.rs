use crate::ui::embed_codes::EmbedCodes;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::strings::strings;
use crate::ui::{in_lang, use_story};
use crate::Lang;
use leptos::prelude::*;

/// Headline, byline, source and date.
#[component]
pub fn Masthead() -> impl IntoView {
    let ctx = use_story();
    let lang = ctx.lang;
    let meta = ctx.story.meta.clone();
    let title = meta.title.clone();
    let authors = meta.authors.clone();
    let signed = !authors.is_empty();
    let byline = move || {
        let lang = lang.get();
        let names: Vec<&str> = authors.iter().map(|a| a.get(lang)).collect();
        let sep = if lang == Lang::Zh { "、" } else { ", " };
        format!("{} {}", strings(lang).by, names.join(sep))
    };
    let source_label = move || {
        let lang = lang.get();
        let colon = if lang == Lang::Zh { "：" } else { ": " };
        format!("{}{colon}", strings(lang).source)
    };
    let source_name = {
        let source = meta.source.clone();
        in_lang(lang, source.clone())
    };
    // A new tab: inside a frame, the publisher's site would replace the widget.
    let source = match meta.source_url.clone() {
        Some(url) => view! {
            <a href=url target="_blank" rel="noopener noreferrer">{source_name}</a>
        }
        .into_any(),
        None => source_name.into_any(),
    };
    let date = ctx.story.meta.date.clone();
    let embed_title = {
        let title = ctx.story.meta.title.clone();
        Signal::derive(in_lang(lang, title.clone()))
    };
    view! {
        <header class="masthead">
            <div class="masthead-tools">
                <EmbedCodes title=embed_title height=2400u32/>
                <LangSwitch/>
            </div>
            <h1 class="headline">{in_lang(lang, title.clone())}</h1>
            <p class="byline">
                // An unsigned item (本报讯) has no byline names.
                {signed.then(|| view! { <span class="authors">{byline}</span> })}
                <span class="source">{source_label}{source}</span>
                <time datetime=date.clone()>{move || crate::format::format_date(&meta, lang.get())}</time>
            </p>
        </header>
    }
}
