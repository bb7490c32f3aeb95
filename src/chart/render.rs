//! Chart spec → SVG, drawn by plotters. Labels are placed by anchor (start/end), never
//! measured, so drawing needs no fonts and never touches the DOM. One drawing serves both
//! themes: it is drawn in the light palette, and the dark theme recolours it in CSS
//! (assets/style.css maps each light colour to its dark one), so a theme change never redraws.

use super::palette::{Palette, Theme};
use super::spec::{ChartSpec, Panel, Scale};
use crate::story::{Change, Dimension, Qualifier};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

const SIDE: u32 = 4;
/// Room right of the longest bar for the "more than" marker.
const MARKER_ROOM: u32 = 12;
const CAPTION_HEIGHT: u32 = 22;
const ROW_HEIGHT: u32 = 48;
const LABEL_BASELINE: f64 = 18.0;
const BAR_TOP: f64 = 24.0;
const BAR_BOTTOM: f64 = 40.0;
const PANEL_GAP: u32 = 12;
// plotters' SVG backend divides font sizes by 1.24 (points to pixels); sizes here are CSS pixels.
const PX: f64 = 1.24;
const FONT_SIZE: f64 = 14.0 * PX;
const TICK_FONT_SIZE: f64 = 11.0 * PX;

/// The palette as plotters colours.
struct Colors {
    bar: RGBColor,
    text: RGBColor,
    muted: RGBColor,
    grid: RGBColor,
}

impl From<Palette> for Colors {
    fn from(p: Palette) -> Self {
        let rgb = |(r, g, b): (u8, u8, u8)| RGBColor(r, g, b);
        Colors {
            bar: rgb(p.bar),
            text: rgb(p.text),
            muted: rgb(p.muted),
            grid: rgb(p.grid),
        }
    }
}

/// Where plotters drew one bar, in SVG pixels: the chart's own geometry, for hit-testing.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkBox {
    pub figure_id: String,
    /// The bar itself.
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    /// The bar's whole row (label, value and bar across the plot): the target to point at.
    pub row: (i32, i32, i32, i32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RenderedChart {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    pub marks: Vec<MarkBox>,
}

fn panel_height(panel: &Panel) -> u32 {
    let caption = if panel.unit_caption.is_empty() {
        0
    } else {
        CAPTION_HEIGHT
    };
    let ticks = if panel.ticks.is_empty() {
        0
    } else {
        CAPTION_HEIGHT
    };
    caption + ROW_HEIGHT * panel.bars.len() as u32 + ticks
}

/// Total drawing height for a spec.
pub fn chart_height(spec: &ChartSpec) -> u32 {
    let panels: u32 = spec.panels.iter().map(panel_height).sum();
    panels + PANEL_GAP * spec.panels.len().saturating_sub(1) as u32
}

/// Draws `spec` in the light palette's colours, which plotters writes as `fill="#RRGGBB"` and
/// `stroke="#RRGGBB"` attributes for the stylesheet's dark-theme rules to match.
pub fn render_svg(spec: &ChartSpec) -> Result<RenderedChart, String> {
    let colors = Colors::from(Theme::Light.palette());
    let width = spec.width.max(200);
    let height = chart_height(spec).max(1);
    let mut svg = String::new();
    let mut marks = Vec::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let mut top = 0;
        for panel in &spec.panels {
            let h = panel_height(panel);
            let area = root.clone().shrink((0, top), (width, h));
            draw_panel(&area, panel, spec.scale, &colors, &mut marks).map_err(|e| e.to_string())?;
            top += h + PANEL_GAP;
        }
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(RenderedChart {
        svg: without_defaults(&svg),
        width,
        height,
        marks,
    })
}

/// plotters' SVG without what SVG assumes anyway: full opacity, no stroke on a filled shape,
/// text anchored at its start, and the line breaks around each label (SVG drops a label's
/// leading and trailing white space). A page holds several drawings of each chart: this is a
/// fifth of their markup (the story page's drawings, 73 → 59 KB) that the browser need not
/// parse, for the same picture.
fn without_defaults(svg: &str) -> String {
    svg.replace(" opacity=\"1\"", "")
        .replace(" stroke=\"none\"", "")
        .replace(" text-anchor=\"start\"", "")
        .replace(">\n", ">")
        .replace("\n</text>", "</text>")
}

type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

fn text_style(size: f64, color: &RGBColor, h: HPos) -> TextStyle<'_> {
    TextStyle::from(("sans-serif", size).into_font())
        .color(color)
        .pos(Pos::new(h, VPos::Bottom))
}

fn draw_panel(
    area: &DrawingArea<SVGBackend, Shift>,
    panel: &Panel,
    scale: Scale,
    colors: &Colors,
    marks: &mut Vec<MarkBox>,
) -> DrawResult {
    let (lo, hi) = panel.domain(scale);
    let h = panel_height(panel) as f64;
    let caption = if panel.unit_caption.is_empty() {
        0.0
    } else {
        CAPTION_HEIGHT as f64
    };
    let rows_bottom = caption + ROW_HEIGHT as f64 * panel.bars.len() as f64;
    // x is the scaled value; y runs downward in pixels from the panel's top. The right
    // margin leaves room for qualifier markers past the longest bar.
    // Decreases reach left of zero, with their markers past their (left) end.
    let left_room = if lo < 0.0 { MARKER_ROOM } else { 0 };
    let chart = ChartBuilder::on(area)
        .margin_left(SIDE + left_room)
        .margin_right(SIDE + MARKER_ROOM)
        .build_cartesian_2d(lo..hi, h..0.0)?;
    let plot = chart.plotting_area();

    if caption > 0.0 {
        let style = text_style(12.0 * PX, &colors.muted, HPos::Left);
        plot.draw(&Text::new(panel.unit_caption.clone(), (lo, 16.0), style))?;
    }
    for (value, label) in &panel.ticks {
        let x = scale.transform(*value);
        plot.draw(&PathElement::new(
            vec![(x, caption), (x, rows_bottom)],
            colors.grid.stroke_width(1),
        ))?;
        // The ticks at the ends are anchored inwards, so their labels stay inside the drawing.
        let anchor = match x {
            x if x <= lo => HPos::Left,
            x if x >= hi => HPos::Right,
            _ => HPos::Center,
        };
        let style = text_style(TICK_FONT_SIZE, &colors.muted, anchor);
        plot.draw(&Text::new(label.clone(), (x, rows_bottom + 16.0), style))?;
    }
    // Zero, where decreases turn left; a multiple's base of 1 (the level it is measured
    // against). Both only where the axis holds them, on a linear scale.
    let base_value = match panel.dimension {
        Dimension::Multiple | Dimension::ColonRatio => Some(1.0),
        _ if lo < 0.0 => Some(0.0),
        _ => None,
    };
    let zero = scale.transform(0.0).clamp(lo, hi);
    let base = area.get_base_pixel();
    for (i, bar) in panel.bars.iter().enumerate() {
        let row = caption + ROW_HEIGHT as f64 * i as f64;
        let label = text_style(FONT_SIZE, &colors.text, HPos::Left);
        plot.draw(&Text::new(
            bar.label.clone(),
            (lo, row + LABEL_BASELINE),
            label,
        ))?;
        let value = text_style(FONT_SIZE, &colors.text, HPos::Right);
        plot.draw(&Text::new(
            bar.value_label.clone(),
            (hi, row + LABEL_BASELINE),
            value,
        ))?;
        let end = scale.transform(bar.drawn).clamp(lo, hi);
        let decrease = bar.change == Some(Change::Down);
        if decrease {
            // Outlined and hatched: a decrease never looks like a (solid) growth bar.
            plot.draw(&Rectangle::new(
                [(end, row + BAR_TOP + 1.0), (zero, row + BAR_BOTTOM - 1.0)],
                colors.bar.stroke_width(2),
            ))?;
            let (x0, y0) = chart.backend_coord(&(end, row + BAR_TOP));
            let (x1, y1) = chart.backend_coord(&(zero, row + BAR_BOTTOM));
            for segment in hatch((x0.min(x1), y0.min(y1)), (x0.max(x1), y0.max(y1)), 6) {
                let segment = segment.map(|(x, y)| (x - base.0, y - base.1));
                area.draw(&PathElement::new(
                    segment.to_vec(),
                    colors.bar.stroke_width(1),
                ))?;
            }
        } else {
            plot.draw(&Rectangle::new(
                [(zero, row + BAR_TOP), (end, row + BAR_BOTTOM)],
                colors.bar.filled(),
            ))?;
        }
        // A range (三至五) or "several" (数百): solid as far as is certain, an open box over
        // the values it may take. The mark covers both.
        let span_end = match bar.drawn_upper {
            Some(upper) => {
                let upper = scale.transform(upper).clamp(lo, hi);
                plot.draw(&Rectangle::new(
                    [(end, row + BAR_TOP + 1.0), (upper, row + BAR_BOTTOM - 1.0)],
                    colors.bar.stroke_width(2),
                ))?;
                upper
            }
            None => end,
        };
        let corners = [(zero, row + BAR_TOP), (span_end, row + BAR_BOTTOM)];
        let (x0, y0) = chart.backend_coord(&corners[0]);
        let (x1, y1) = chart.backend_coord(&corners[1]);
        let (rx0, ry0) = chart.backend_coord(&(lo, row + 2.0));
        let (rx1, ry1) = chart.backend_coord(&(hi, row + ROW_HEIGHT as f64 - 2.0));
        let mark = MarkBox {
            figure_id: bar.figure_id.clone(),
            x: x0.min(x1),
            y: y0.min(y1),
            width: (x1 - x0).abs().max(1),
            height: (y1 - y0).abs(),
            row: (
                rx0.min(rx1),
                ry0.min(ry1),
                (rx1 - rx0).abs(),
                (ry1 - ry0).abs(),
            ),
        };
        // Markers sit outside the plotting area, so they are drawn on the panel in its pixels.
        let (tip, direction) = if bar.drawn < 0.0 {
            ((mark.x - base.0, mark.y - base.1), -1)
        } else {
            ((mark.x + mark.width - base.0, mark.y - base.1), 1)
        };
        draw_qualifier_marker(
            area,
            bar.qualifier,
            tip,
            mark.height,
            direction,
            &colors.bar,
        )?;
        marks.push(mark);
    }
    if let Some(base_value) = base_value.filter(|_| scale == Scale::Linear) {
        // Across each bar only, over it, so it never runs through a label.
        for i in 0..panel.bars.len() {
            let row = caption + ROW_HEIGHT as f64 * i as f64;
            plot.draw(&PathElement::new(
                vec![
                    (base_value, row + BAR_TOP - 3.0),
                    (base_value, row + BAR_BOTTOM + 3.0),
                ],
                colors.muted.stroke_width(1),
            ))?;
        }
    }
    Ok(())
}

/// More than, at least: a solid wedge pointing on past the bar's end. Nearly, less than, at
/// most: a hollow wedge pointing back. About: a hollow diamond at the end. Exact values get
/// none, so the shape, not colour, carries the meaning.
fn draw_qualifier_marker(
    area: &DrawingArea<SVGBackend, Shift>,
    qualifier: Qualifier,
    (end, y): (i32, i32),
    height: i32,
    direction: i32,
    color: &RGBColor,
) -> DrawResult {
    let mid = y + height / 2;
    // Offsets point away from zero: rightwards past a bar, leftwards past a decrease.
    let at = |dx: i32, y: i32| (end + direction * dx, y);
    if qualifier.above() {
        let wedge = vec![at(2, y), at(10, mid), at(2, y + height)];
        area.draw(&Polygon::new(wedge, color.filled()))
    } else if qualifier.below() {
        let wedge = vec![at(10, y), at(2, mid), at(10, y + height), at(10, y)];
        area.draw(&PathElement::new(wedge, color.stroke_width(2)))
    } else if qualifier == Qualifier::About {
        let diamond = vec![
            at(2, mid),
            at(6, y),
            at(10, mid),
            at(6, y + height),
            at(2, mid),
        ];
        area.draw(&PathElement::new(diamond, color.stroke_width(2)))
    } else {
        Ok(())
    }
}

/// Diagonal lines `step` pixels apart filling the box from `(x0, y0)` to `(x1, y1)`, each
/// clipped to it.
fn hatch((x0, y0): (i32, i32), (x1, y1): (i32, i32), step: i32) -> Vec<[(i32, i32); 2]> {
    let height = y1 - y0;
    let mut lines = Vec::new();
    // Each line rises one pixel per pixel to the right, starting on the bottom edge at
    // `start` (which may lie left of the box, so lines fill its left corner too).
    let mut start = x0 - height;
    while start < x1 {
        let (from_x, from_y) = if start < x0 {
            (x0, y1 - (x0 - start))
        } else {
            (start, y1)
        };
        let (to_x, to_y) = if start + height > x1 {
            (x1, y1 - (x1 - start))
        } else {
            (start + height, y0)
        };
        if to_x > from_x {
            lines.push([(from_x, from_y), (to_x, to_y)]);
        }
        start += step;
    }
    lines
}
