#![recursion_limit = "256"]
//! An interactive data story from one story JSON: the article in Chinese and English,
//! its key figures and its charts.
//!
//! Data flows one way: `story` (JSON → validated model) → `chart` (model → chart spec →
//! SVG) → `ui` (Leptos views, rendered at build time and in script embeds). `enhance` makes
//! the prerendered page interactive without rebuilding it. `format` turns numbers into text;
//! `host` is the only code that reads or writes the page around the widget.

pub mod chart;
pub mod embed;
pub mod enhance;
pub mod format;
pub mod host;
mod lang;
pub mod page_head;
pub mod story;
pub mod ui;

pub use lang::Lang;
