//! Leptos components, one per file. They write markup and nothing else: no signal, no event
//! handler, no question of where they run. The build renders them natively into every page
//! (`render-static`); the script embed renders the same components in the browser. The
//! behaviour is `enhance`'s, which finds what they write through `crate::markup`.

mod app;
mod chart_plot;
mod chart_tools;
mod chart_view;
mod data_table;
mod drawings;
mod embed_codes;
mod error_box;
mod figure_ref;
mod key_figures;
mod masthead;
mod paragraph_view;
mod repairs;
mod section_view;
mod single_chart_view;
mod steps_view;
mod story_view;
mod target_places;

pub use app::StoryApp;
pub use drawings::{every_drawing, Drawing, PRERENDERED_WIDTHS};
pub use error_box::ErrorBox;
pub use story_view::StoryView;
pub use target_places::{place_of, target_place_rules};

use crate::host::Embedding;
use crate::story::Story;
use crate::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// What every component of one story reads: the story, the language it is shown in and
/// where it is embedded (for its addresses).
#[derive(Clone)]
pub struct StoryContext {
    pub story: Arc<Story>,
    pub lang: Lang,
    pub embedding: Arc<Embedding>,
}

/// The widget's markup for `story` in `lang`, as the build writes it into every page (the
/// script embed mounts the same `StoryApp` into its shadow root). Leptos marks the places of dynamic views with
/// `<!>`, an empty comment that validators report as bogus; `<!---->` is the same empty
/// comment, written validly (story text never holds a raw `<`: it is escaped).
#[cfg(feature = "ssr")]
pub fn render_html(
    story: Result<Story, crate::story::LoadError>,
    lang: Lang,
    theme: Option<crate::Theme>,
    embedding: Embedding,
) -> String {
    Owner::new()
        .with(|| {
            view! { <StoryApp story=story lang=lang theme=theme embedding=embedding/> }.to_html()
        })
        .replace("<!>", "<!---->")
}

pub(crate) fn use_story() -> StoryContext {
    expect_context::<StoryContext>()
}

/// Text made safe to place in HTML, as element content or a quoted attribute value.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
