use crate::host;
use crate::markup::class;
use crate::ui::{escape_html, use_story};
use crate::words::words;
use crate::Lang;
use leptos::prelude::*;

/// "Embed": the iframe code (sizing itself through `embed.js`, lazy, with a link fallback)
/// and the script-embed code, for the whole story (`chart` empty) or one chart, each with
/// a copy button (`enhance` copies). Each code is text in a `<pre>`, not a read-only
/// `<textarea>`: when a page is parsed, Chromium checks every form control's visibility,
/// forcing a layout of each closed `<details>` that holds one, one after another.
#[component]
pub fn EmbedCodes(
    #[prop(optional)] chart: Option<String>,
    title: String,
    /// Initial iframe height in pixels, before the widget reports its own.
    height: u32,
) -> impl IntoView {
    let ctx = use_story();
    let (lang, embedding) = (ctx.lang, ctx.embedding.clone());
    // They embed the widget's pages, which show its built-in story, not a host's.
    if !embedding.offers_embed_codes() {
        return ().into_any();
    }
    let w = words(lang);
    let (iframe, script) = embed_codes(&embedding, chart.as_deref(), lang, &title, height);
    let block = |label: &'static str, code: String| {
        view! {
            <figure class=class::EMBED_CODE>
                <figcaption>{label}</figcaption>
                // Focusable: its box scrolls when the code is longer than it.
                <pre tabindex="0"><code>{code}</code></pre>
            </figure>
            <button type="button" class=class::COPY_CODE>{w.copy_code}</button>
            <span class=class::COPY_STATUS role="status"></span>
        }
    };
    view! {
        <details class="embed">
            <summary>{w.embed}</summary>
            <div class="embed-panel">
                {block(w.embed_iframe, iframe)}
                {block(w.embed_script, script)}
            </div>
        </details>
    }
    .into_any()
}
/// (iframe code, script code) for a widget whose files live at `embedding.base_url`.
pub fn embed_codes(
    embedding: &host::Embedding,
    chart: Option<&str>,
    lang: Lang,
    title: &str,
    height: u32,
) -> (String, String) {
    let base = &embedding.base_url;
    // The name the frame would give itself anyway (assets/frame.js), written out for hosts
    // that match frames by name.
    let frame_id = chart.unwrap_or("story");
    let page = match chart {
        Some(chart) => format!("chart-{chart}.html"),
        None => "index.html".to_string(),
    };
    let src = embedding.page_url(&page, &[("lang", lang.code()), ("id", frame_id)]);
    // The widget's own story page: embed codes are offered only with its built-in story.
    let story = embedding.page_url("index.html", &[("lang", lang.code())]);
    let title = escape_html(title);
    let iframe = format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         frameborder=\"0\" scrolling=\"no\" data-rural-story-frame></iframe>\n\
         <noscript><a href=\"{story}\">{title}</a></noscript>\n\
         <script src=\"{base}embed.js\" defer></script>",
        src = escape_html(&src),
        story = escape_html(&story),
        base = escape_html(base),
    );
    let chart_attr = chart
        .map(|c| format!(" data-chart=\"{}\"", escape_html(c)))
        .unwrap_or_default();
    let script = format!(
        "<div data-rural-story{chart_attr} data-lang=\"{}\"><a href=\"{}\">{title}</a></div>\n\
         <script src=\"{}embed.js\" defer></script>",
        lang.code(),
        escape_html(&story),
        escape_html(base),
    );
    (iframe, script)
}
