//! Everything that touches the page around the widget: the URL, storage, the document,
//! messages to a parent page, downloads, the clipboard and mounting into a host's page.
//! The only module that knows where the widget runs.

mod embed;
mod failure;
mod files;
mod frame;
mod page;
mod scope;

pub use embed::{data_island, placeholder_option, prepare_shadow_root};
pub use failure::show_failure;
pub use files::{copy_text, download};
pub use frame::post_height;
pub use page::*;
pub use scope::{last_crossing, scroll_into_view_if_needed, scroll_to_figure};

/// Where the widget runs, which decides what it may touch outside itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Placement {
    /// Its own page: it owns the document's title, `lang`, theme and URL fragment.
    #[default]
    Page,
    /// Inside an iframe: like a page, and it tells the parent page its height.
    Frame,
    /// Mounted by the script embed into a shadow root of someone else's page: it touches
    /// nothing outside its own element (no title, no storage, no URL).
    Shadow,
}

/// How one widget is embedded: its placement, the view asked for and where the widget's
/// files live (for links and embed codes).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Embedding {
    pub placement: Placement,
    /// Show only this chart (`?chart=<id>` or `data-chart`).
    pub chart: Option<String>,
    /// The widget's base address, ending in `/`: `https://example.org/story/`.
    pub base_url: String,
    /// Names this widget in height messages to the parent page (`?id=`).
    pub frame_id: String,
}

impl Embedding {
    /// The address of the full story in `lang`.
    pub fn story_url(&self, lang: crate::Lang) -> String {
        format!("{}index.html?lang={}", self.base_url, lang.code())
    }

    /// The address of one chart's compact view in `lang`: its own prerendered page.
    pub fn chart_url(&self, chart: &str, lang: crate::Lang) -> String {
        format!("{}chart-{chart}.html?lang={}", self.base_url, lang.code())
    }
}
