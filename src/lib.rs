#![recursion_limit = "256"]
//! An interactive data story from one story JSON: the article in Chinese and English,
//! its key figures and its charts.
//!
//! Data flows one way: `story` (JSON → validated model) → `format` (numbers → text) →
//! `chart` (model → chart spec → SVG) → `ui` (Leptos components that write markup, at build
//! time and in script embeds) → `enhance` (the one behaviour, attached to that markup
//! wherever it is). `markup` names what the last two share; `host` is the only code that
//! reads or writes the page around the widget. `studio` is an app of its own, for making the
//! next story, built on all of them; nothing of the widget uses it.

pub mod chart;
pub mod embed;
pub mod enhance;
pub mod format;
pub mod host;
mod lang;
pub mod markup;
pub mod page_head;
pub mod story;
pub mod studio;
mod theme;
pub mod ui;
pub mod words;

pub use lang::Lang;
pub use theme::Theme;
