//! Leptos components, one per file. They read signals and call the pure layers
//! (`story`, `format`, `chart`); they hold no number of their own.

mod app;
mod chart_plot;
mod chart_render;
mod chart_tools;
mod chart_view;
mod data_table;
mod embed_codes;
mod error_box;
mod figure_ref;
mod key_figures;
mod lang_switch;
mod masthead;
mod paragraph_view;
mod prerendered_drawings;
mod repairs;
mod section_view;
mod single_chart_view;
mod steps_view;
mod story_view;
pub mod strings;
mod target_places;

pub use app::StoryApp;
pub use error_box::ErrorBox;
pub use story_view::StoryView;
pub use target_places::target_place_rules;

use crate::chart::Theme;
use crate::host::Embedding;
use crate::story::Story;
use crate::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// What every component of one story may read: the story, the language and theme shown,
/// and the figure currently highlighted (by hover or focus, in the text or a chart).
#[derive(Clone)]
pub struct StoryContext {
    pub story: Arc<Story>,
    pub lang: RwSignal<Lang>,
    pub theme: Signal<Theme>,
    pub highlight: RwSignal<Option<String>>,
    /// Animate only when the reader has not asked for reduced motion.
    pub reduced_motion: Signal<bool>,
    /// Where and how this widget is embedded.
    pub embedding: Arc<Embedding>,
    /// The widget's root element: searches for its own elements start here, so they work
    /// inside a shadow root too.
    pub root: NodeRef<leptos::html::Div>,
}

/// The interface's word that `pick` chooses, in the language shown. Every word goes
/// through this one closure type, so the wasm holds one copy of the code that renders and
/// updates them, not one per word.
pub(crate) fn tr(
    lang: RwSignal<Lang>,
    pick: fn(&strings::Strings) -> &'static str,
) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
    move || pick(strings::strings(lang.get()))
}

/// The story's `text` in the language shown; one closure type for every such text.
pub(crate) fn in_lang(
    lang: RwSignal<Lang>,
    text: crate::story::Bilingual,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    move || text.get(lang.get()).to_string()
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
