use crate::markup::class;
use crate::ui::embed_codes::EmbedCodes;
use crate::ui::use_story;
use crate::words::words;
use crate::Lang;
use leptos::prelude::*;

/// Headline, byline, source and date; the embed codes and the link to the other language.
#[component]
pub fn Masthead() -> impl IntoView {
    let ctx = use_story();
    let (lang, meta, embedding) = (ctx.lang, ctx.story.meta.clone(), ctx.embedding.clone());
    let w = words(lang);
    let (colon, sep) = match lang {
        Lang::Zh => ("：", "、"),
        Lang::En => (": ", ", "),
    };
    // An unsigned item (本报讯) has no byline names.
    let byline = (!meta.authors.is_empty()).then(|| {
        let names: Vec<&str> = meta.authors.iter().map(|a| a.get(lang)).collect();
        view! { <span class="authors">{format!("{} {}", w.by, names.join(sep))}</span> }
    });
    let source_name = meta.source.get(lang).to_string();
    // A new tab: inside a frame, the publisher's site would replace the widget.
    let source = match meta.source_url.clone() {
        Some(url) => view! {
            <a href=url target="_blank" rel="noopener noreferrer">{source_name}</a>
        }
        .into_any(),
        None => source_name.into_any(),
    };
    // Each language is a page of its own; `enhance` keeps the reader's place on the way
    // (and in a script embed shows the other language in place).
    let other = lang.other();
    // A host's story has no page on the widget's server to link to: a button, which the
    // script embed answers in place.
    let switch = if embedding.is_built_in() {
        let other_page = embedding.page_in(other, &embedding.page_file());
        view! {
            <a class=class::LANG_SWITCH href=other_page lang=other.tag() hreflang=other.tag()>
                {w.switch_to}
            </a>
        }
        .into_any()
    } else {
        view! {
            <button type="button" class=class::LANG_SWITCH lang=other.tag()>{w.switch_to}</button>
        }
        .into_any()
    };
    let title = meta.title.get(lang).to_string();
    view! {
        <header class="masthead">
            <div class="masthead-tools">
                <EmbedCodes title=title.clone() height=2400u32/>
                {switch}
            </div>
            <h1 class="headline">{title}</h1>
            <p class="byline">
                {byline}
                <span class="source">{format!("{}{colon}", w.source)}{source}</span>
                <time datetime=meta.date.clone()>{crate::format::format_date(&meta, lang)}</time>
            </p>
        </header>
    }
}
