//! Charts: from the story model to a chart spec (panels, bars, labels, description), then
//! plotters draws the spec as SVG. No DOM: everything here runs and tests natively.

mod describe;
mod render;
mod spec;

pub use describe::describe;
pub use render::{render_svg, MarkBox, RenderedChart};
pub use spec::{build_spec, Bar, ChartSpec, Panel, Scale};
