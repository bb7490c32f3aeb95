//! The story model: serde types, loading and validation. Knows nothing of the DOM.

mod annotate;
mod change;
pub mod draft;
mod json_path;
mod load;
mod model;
pub mod numerals;
pub mod outline;
mod qualifier;
mod standard_units;
mod validate;

pub use annotate::{annotate, Segment};
pub use change::{Change, CHANGE_WORDS};
pub use load::{load, load_bytes, parse, LoadError, EMBEDDED_STORY};
pub use model::*;
pub use qualifier::{Place, Qualifier};
pub use validate::{validate, warnings, Problem};

impl Story {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn unit_of(&self, figure: &Figure) -> Option<&Unit> {
        self.units.get(&figure.unit)
    }

    /// The declared conversion of unit `from` into another unit, if any.
    pub fn conversion_from(&self, from: &str) -> Option<&Conversion> {
        self.conversions.iter().find(|c| c.from == from)
    }

    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    pub fn charts_after<'a>(&'a self, paragraph_id: &'a str) -> impl Iterator<Item = &'a Chart> {
        self.charts.iter().filter(move |c| c.after == paragraph_id)
    }
}

impl Figure {
    /// The way the figure changed, when it states a change (增长, 下降, 翻 … 番).
    pub fn change(&self) -> Option<Change> {
        Change::from_word(&self.change)
    }
}

impl Bilingual {
    pub fn get(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Zh => &self.zh,
            crate::Lang::En => &self.en,
        }
    }
}

impl Paragraph {
    pub fn text(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Zh => &self.zh,
            crate::Lang::En => &self.en,
        }
    }
}
