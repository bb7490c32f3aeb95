//! Colours of a chart per theme. One hue for bars (safe for every kind of colour-blindness)
//! and direct value labels, so colour is never the only cue. Contrast against the page:
//! text ≥ 4.5:1, bars and gridlines ≥ 3:1 where they carry meaning.
//!
//! Charts are drawn in the light palette only. The dark palette reaches the reader through
//! assets/style.css, whose dark-theme rules map each light colour in the SVG to the dark
//! colour in the same place here; tests/charts.rs fails when the two disagree.

pub use crate::Theme;

impl Theme {
    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                bar: (0x00, 0x5a, 0x9c),
                text: (0x1a, 0x1a, 0x1a),
                muted: (0x59, 0x59, 0x59),
                grid: (0xc4, 0xc4, 0xc4),
            },
            Theme::Dark => Palette {
                bar: (0x56, 0xb4, 0xe9),
                text: (0xee, 0xee, 0xee),
                muted: (0xb4, 0xb4, 0xb4),
                grid: (0x55, 0x55, 0x55),
            },
        }
    }
}

/// RGB triples, so this module needs nothing from plotters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub bar: (u8, u8, u8),
    pub text: (u8, u8, u8),
    pub muted: (u8, u8, u8),
    pub grid: (u8, u8, u8),
}
