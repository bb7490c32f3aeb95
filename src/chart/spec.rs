//! Model → chart spec: which bars, grouped into panels of one dimension each, with their
//! labels already formatted for the reader's language. Geometry comes later, from plotters.

use crate::format::{format_value, Style};
use crate::story::{Chart, Dimension, Qualifier, Story};
use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scale {
    #[default]
    Linear,
    /// Base-10 logarithmic: bars start at the power of ten below the smallest value.
    Log,
}

impl Scale {
    /// The scale's name in markup (`data-scale`).
    pub fn code(self) -> &'static str {
        match self {
            Scale::Linear => "linear",
            Scale::Log => "log",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub id: String,
    pub title: String,
    pub takeaway: String,
    pub lang: Lang,
    pub scale: Scale,
    /// Drawing width in CSS pixels; the height follows from the panels.
    pub width: u32,
    pub panels: Vec<Panel>,
}

/// Bars that share one axis: the same dimension, so never mixing 斤 with 只.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub dimension: Dimension,
    /// Names the unit of the panel's axis (`单位：元`, `CNY`).
    pub unit_caption: String,
    pub bars: Vec<Bar>,
    /// Gridlines with their labels, as (value, label); only on a logarithmic scale,
    /// where bar lengths alone would mislead.
    pub ticks: Vec<(f64, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub figure_id: String,
    pub label: String,
    pub value: f64,
    /// Value as shown on the bar, qualifier included (`1,070+`, `3,070余万`).
    pub value_label: String,
    /// Value with its unit, for descriptions and tooltips (`over CNY 30.7 million`).
    pub full_label: String,
    pub qualifier: Qualifier,
    /// The article's qualifier word (余, 超过 …), empty when exact.
    pub qualifier_word: String,
    /// The unit word in the reader's language (`元`, `CNY`, `projects`).
    pub unit: String,
    pub quote: String,
}

/// Builds the spec of `chart` for a reader of `lang`. The story is validated, so every
/// figure and unit it names exists; one that does not is skipped rather than drawn wrong.
pub fn build_spec(story: &Story, chart: &Chart, lang: Lang, scale: Scale, width: u32) -> ChartSpec {
    let mut panels: Vec<(Panel, &crate::story::Unit)> = Vec::new();
    for figure in chart.figures.iter().filter_map(|id| story.figure(id)) {
        let Some(unit) = story.unit_of(figure) else {
            continue;
        };
        let bar = Bar {
            figure_id: figure.id.clone(),
            label: figure.label.get(lang).to_string(),
            value: figure.value,
            value_label: format_value(figure.value, unit, &figure.qualifier, lang, Style::Short),
            full_label: format_value(figure.value, unit, &figure.qualifier, lang, Style::Full),
            qualifier: Qualifier::from_word(&figure.qualifier).unwrap_or(Qualifier::Exact),
            qualifier_word: figure.qualifier.clone(),
            unit: match lang {
                Lang::Zh => unit.zh.clone(),
                Lang::En => unit.en.clone(),
            },
            quote: figure.quote.clone(),
        };
        // Panels keep the order in which their first bar appears.
        match panels
            .iter_mut()
            .find(|(p, _)| p.dimension == unit.dimension)
        {
            Some((panel, _)) => panel.bars.push(bar),
            None => panels.push((
                Panel {
                    dimension: unit.dimension,
                    unit_caption: unit_caption(unit, lang),
                    bars: vec![bar],
                    ticks: Vec::new(),
                },
                unit,
            )),
        }
    }
    let panels = panels
        .into_iter()
        .map(|(mut panel, unit)| {
            if scale == Scale::Log {
                let (lo, hi) = panel.domain(scale);
                panel.ticks = (lo as i32..=hi.floor() as i32)
                    .map(|k| 10f64.powi(k))
                    .map(|v| (v, format_value(v, unit, "", lang, Style::Short)))
                    .collect();
            }
            panel
        })
        .collect();
    ChartSpec {
        id: chart.id.clone(),
        title: chart.title.get(lang).to_string(),
        takeaway: chart.takeaway.get(lang).to_string(),
        lang,
        scale,
        width,
        panels,
    }
}

fn unit_caption(unit: &crate::story::Unit, lang: Lang) -> String {
    match (lang, unit.dimension) {
        (_, Dimension::Count) => String::new(),
        (Lang::Zh, _) => format!("单位：{}", unit.zh),
        (Lang::En, _) => format!("in {}", unit.en),
    }
}

impl Scale {
    /// Position of `value` along the value axis, before plotters maps it to pixels.
    pub fn transform(self, value: f64) -> f64 {
        match self {
            Scale::Linear => value,
            Scale::Log => value.max(1.0).log10(),
        }
    }
}

impl Panel {
    /// The axis domain in transformed units: from 0 (or the power of ten below the
    /// smallest value) to the largest value.
    pub fn domain(&self, scale: Scale) -> (f64, f64) {
        let max = self.bars.iter().map(|b| b.value).fold(0.0, f64::max);
        match scale {
            // A share is drawn against the whole: 50% fills half the axis.
            Scale::Linear if self.dimension == Dimension::Percent => (0.0, max.max(100.0)),
            Scale::Linear => (0.0, if max > 0.0 { max } else { 1.0 }),
            Scale::Log => {
                let min = self
                    .bars
                    .iter()
                    .map(|b| b.value.max(1.0))
                    .fold(f64::INFINITY, f64::min);
                let lo = scale.transform(min).floor().max(0.0);
                let hi = scale.transform(max).max(lo + 1.0);
                (lo, hi)
            }
        }
    }
}
