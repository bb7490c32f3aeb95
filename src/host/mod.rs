//! Everything that touches the page around the widget: the URL, storage, the document,
//! downloads, the clipboard and mounting into a host's page. The only module that knows
//! where the widget runs; [`Embedding`] decides what each placement may touch.

mod embed;
mod embedding;
mod failure;
mod files;
pub mod ground;
mod page;
mod scope;
mod storage;
mod tooltip;

pub use embed::{data_island, placeholder_option, prepare_shadow_root};
pub use embedding::{Embedding, Placement, StoryPages};
pub use failure::{show_failure, show_page_panics, show_panics};
pub use files::{copy_text, download};
pub use ground::media_matches;
pub use page::{page_placement, query_param, remember_lang_choice, LANG_KEY};
pub use scope::{last_crossing, scroll_into_view_if_needed, scroll_to_figure, scroll_to_line};
pub use storage::{store, stored};
pub use tooltip::place_tip;
