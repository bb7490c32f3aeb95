//! Charts: from the story model to a chart spec (panels, bars, labels, description), then
//! plotters draws the spec as SVG. No DOM: everything here runs and tests natively.

mod describe;
mod export;
mod palette;
mod render;
mod spec;

pub use describe::describe;
pub use export::{download_name, download_path, svg_document, to_csv};
pub use palette::{Palette, Theme};
pub use render::{render_svg, MarkBox, RenderedChart};
pub use spec::{build_spec, Bar, ChartSpec, Panel, Scale};
