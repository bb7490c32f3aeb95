//! Leptos components, one per file. They read signals and call the pure layers
//! (`story`, `format`, `chart`); they hold no number of their own.

mod app;
mod chart_view;
mod error_box;
mod key_figures;
mod lang_switch;
mod masthead;
mod repairs;
mod section_view;
mod story_view;
pub mod strings;

pub use app::{App, StoryApp};
pub use error_box::ErrorBox;
pub use story_view::StoryView;

use crate::story::Story;
use crate::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// What every component of one story may read: the story and the language shown.
#[derive(Clone)]
pub struct StoryContext {
    pub story: Arc<Story>,
    pub lang: RwSignal<Lang>,
}

pub(crate) fn use_story() -> StoryContext {
    expect_context::<StoryContext>()
}
