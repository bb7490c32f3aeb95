//! Model → chart spec: which bars, grouped into panels of one unit each (units of one
//! dimension share a panel only through a conversion the story declares), with their labels
//! already formatted for the reader's language. Geometry comes later, from plotters.

use crate::format::{format_figure, format_value, Style};
use crate::story::{Change, Chart, Dimension, Figure, Qualifier, Story, Unit};
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

    /// The scale `code` names (`linear`, `log`).
    pub fn from_code(code: &str) -> Option<Scale> {
        [Scale::Linear, Scale::Log]
            .into_iter()
            .find(|s| s.code() == code)
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

/// Bars that share one axis: one unit (the story's key, e.g. `jin`), so never 斤 beside
/// 只, nor 斤 beside 担 unless the story says how many 斤 one 担 is.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub unit: String,
    pub dimension: Dimension,
    /// Names the unit of the panel's axis (`单位：斤`, `in jin`), and each conversion its
    /// bars went through (`1担 = 100斤`).
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
    /// The figure's value, in its own unit.
    pub value: f64,
    /// The value in the panel's unit, which the bar's length shows (`value` × the
    /// conversion's factor, or `value`).
    pub drawn: f64,
    /// Where the bar's span of possible values ends, in the panel's unit: a range's upper
    /// end (三至五: 5), or the next power of ten for "several" (数百: 1,000). The bar is
    /// solid to `drawn` and open from there to here.
    pub drawn_upper: Option<f64>,
    /// The change the figure states, if any: a decrease is drawn left of zero (`drawn` is
    /// negative) and hatched, so it never reads as growth, in colour or without.
    pub change: Option<Change>,
    /// The change in the reader's language (`下降`, `down`; `增长`, `up`; `翻`, `doubled`),
    /// empty for a level: for tables and files, where a bare 4.7 would read as a level.
    pub change_word: String,
    /// What the change is measured against, in the reader's language (`同比`, `year on year`).
    pub base: String,
    /// The figure's upper end, in its own unit (a range's, for tables and files).
    pub upper: Option<f64>,
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
    let mut panels: Vec<(Panel, &Unit)> = Vec::new();
    let figures: Vec<_> = chart
        .figures
        .iter()
        .filter_map(|id| story.figure(id))
        .collect();
    for figure in &figures {
        let Some(unit) = story.unit_of(figure) else {
            continue;
        };
        // A place in an order has no length (the validator keeps ranks out of charts).
        if unit.dimension == Dimension::Rank {
            continue;
        }
        // Drawn in another unit only where the story converts it and the chart has figures
        // in that unit: 担 beside 斤, never alone.
        let conversion = story
            .conversion_from(&figure.unit)
            .filter(|c| figures.iter().any(|f| f.unit == c.to))
            .filter(|c| story.units.contains_key(&c.to));
        let (axis_key, factor) = match conversion {
            Some(c) => (c.to.as_str(), c.factor),
            None => (figure.unit.as_str(), 1.0),
        };
        let Some(axis_unit) = story.units.get(axis_key) else {
            continue;
        };
        // A converted bar states its own unit: its number is not in the panel's.
        let short = if conversion.is_some() {
            Style::Full
        } else {
            Style::Short
        };
        let qualifier = Qualifier::from_word(&figure.qualifier).unwrap_or(Qualifier::Exact);
        let bar = Bar {
            figure_id: figure.id.clone(),
            label: figure.label.get(lang).to_string(),
            value: figure.value,
            drawn: drawn(figure, unit, figure.value) * factor,
            drawn_upper: span_end(figure.value, figure.upper, qualifier)
                .map(|v| drawn(figure, unit, v) * factor),
            change: figure.change(),
            change_word: match (lang, figure.change()) {
                (_, None) => String::new(),
                (Lang::Zh, Some(_)) => figure.change.clone(),
                (Lang::En, Some(Change::Up)) => "up".into(),
                (Lang::En, Some(Change::Down)) => "down".into(),
                (Lang::En, Some(Change::Doubling)) => "doubled (times)".into(),
            },
            base: figure
                .base
                .as_ref()
                .map(|b| b.get(lang).to_string())
                .unwrap_or_default(),
            upper: figure.upper,
            value_label: format_figure(figure, unit, lang, short),
            full_label: format_figure(figure, unit, lang, Style::Full),
            qualifier,
            qualifier_word: figure.qualifier.clone(),
            unit: match lang {
                Lang::Zh => unit.zh.clone(),
                Lang::En => unit.en.clone(),
            },
            quote: figure.quote.clone(),
        };
        // Panels keep the order in which their first bar appears.
        let panel = match panels.iter().position(|(p, _)| p.unit == axis_key) {
            Some(i) => &mut panels[i].0,
            None => {
                panels.push((
                    Panel {
                        unit: axis_key.to_string(),
                        dimension: axis_unit.dimension,
                        unit_caption: unit_caption(axis_unit, lang),
                        bars: Vec::new(),
                        ticks: Vec::new(),
                    },
                    axis_unit,
                ));
                &mut panels.last_mut().expect("just pushed").0
            }
        };
        if let Some(c) = conversion {
            let note = conversion_note(unit, axis_unit, c.factor, lang);
            if !panel.unit_caption.contains(&note) {
                panel.unit_caption = format!("{}{}", panel.unit_caption, note);
            }
        }
        panel.bars.push(bar);
    }
    // Two panels never carry one caption: where units share a word (项目 and 品牌 both in
    // 个), each says what it counts.
    let captions: Vec<String> = panels.iter().map(|(p, _)| p.unit_caption.clone()).collect();
    for (panel, unit) in &mut panels {
        let shared = captions
            .iter()
            .filter(|c| **c == panel.unit_caption)
            .count()
            > 1;
        if let Some(name) = unit.name.as_ref().filter(|_| shared) {
            panel.unit_caption = named_caption(unit, name, lang, &panel.unit_caption);
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

/// What a bar's length shows for `value` of `figure`: a decrease below zero; a multiple as
/// the level against a base of 1 (增长1.3倍 is 2.3, 翻两番 is 4, 是…的2.5倍 is 2.5).
fn drawn(figure: &Figure, unit: &Unit, value: f64) -> f64 {
    match (figure.change(), unit.dimension) {
        (Some(Change::Up), Dimension::Multiple) => value + 1.0,
        (Some(Change::Doubling), _) => 2f64.powf(value),
        (Some(Change::Down), _) => -value,
        _ => value,
    }
}

/// Where a figure's possible values end above `value`: a range's upper end, or for 数百
/// ("several hundred") the next power of ten, which it stays below.
fn span_end(value: f64, upper: Option<f64>, qualifier: Qualifier) -> Option<f64> {
    match (upper, qualifier) {
        (Some(upper), _) => Some(upper),
        (None, Qualifier::Several) => Some(value * 10.0),
        _ => None,
    }
}

/// `（1担 = 100斤）`, ` (1 dan = 100 jin)`.
fn conversion_note(from: &Unit, to: &Unit, factor: f64, lang: Lang) -> String {
    let factor = crate::format::grouped(factor);
    match lang {
        Lang::Zh => format!("（1{} = {factor}{}）", from.zh, to.zh),
        Lang::En => {
            let one = from.en_one.as_deref().unwrap_or(&from.en);
            format!(" (1 {one} = {factor} {})", to.en)
        }
    }
}

/// A caption that says what its unit counts: `单位：个（合作社）`, `number of cooperatives`
/// (a conversion's note, if any, kept after it).
fn named_caption(unit: &Unit, name: &crate::story::Bilingual, lang: Lang, caption: &str) -> String {
    let plain = unit_caption(unit, lang);
    let note = caption.strip_prefix(plain.as_str()).unwrap_or("");
    let named = match (lang, unit.dimension) {
        (Lang::Zh, _) => format!("{plain}（{}）", name.zh),
        (Lang::En, Dimension::Count) => format!("number of {}", name.en),
        (Lang::En, _) => format!("{plain} ({})", name.en),
    };
    format!("{named}{note}")
}

/// Names a panel's unit: `单位：斤`, `in jin`; counts by what they count (`number of teams`).
fn unit_caption(unit: &Unit, lang: Lang) -> String {
    match (lang, unit.dimension) {
        // Against a base of 1, named: never a stray colon.
        (Lang::Zh, Dimension::ColonRatio) => format!("比值（{} = 1）", unit.zh),
        (Lang::En, Dimension::ColonRatio) => format!("ratio ({} = 1)", unit.en),
        (Lang::Zh, Dimension::Multiple) => format!("单位：{}（基数 = 1）", unit.zh),
        (Lang::En, Dimension::Multiple) => format!("{} the base level (base = 1)", unit.en),
        (Lang::Zh, Dimension::Ratio) => "占整体的比例".to_string(),
        (Lang::En, Dimension::Ratio) => "share of the whole".to_string(),
        (Lang::Zh, _) => format!("单位：{}", unit.zh),
        (Lang::En, Dimension::Count) => format!("number of {}", unit.en),
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
        let max = self
            .bars
            .iter()
            .map(|b| b.drawn_upper.unwrap_or(b.drawn).max(b.drawn))
            .fold(0.0, f64::max);
        // Decreases reach left of zero.
        let min = self
            .bars
            .iter()
            .map(|b| b.drawn_upper.unwrap_or(b.drawn).min(b.drawn))
            .fold(0.0, f64::min);
        let changes = self.bars.iter().any(|b| b.change.is_some());
        match scale {
            // A share is drawn against the whole: 50% fills half the axis (a change in a
            // share is not a share, and is drawn on its own scale).
            Scale::Linear if self.dimension == Dimension::Percent && !changes => {
                (0.0, max.max(100.0))
            }
            // A fraction likewise: a third fills a third of the axis.
            Scale::Linear if self.dimension == Dimension::Ratio => (0.0, max.max(1.0)),
            // A multiple is drawn against its base of 1, which the axis always shows.
            Scale::Linear
                if matches!(self.dimension, Dimension::Multiple | Dimension::ColonRatio) =>
            {
                (min, max.max(1.0))
            }
            Scale::Linear if max <= 0.0 && min < 0.0 => (min, 0.0),
            Scale::Linear => (min, if max > 0.0 { max } else { 1.0 }),
            Scale::Log => {
                let min = self
                    .bars
                    .iter()
                    .map(|b| b.drawn.max(1.0))
                    .fold(f64::INFINITY, f64::min);
                let lo = scale.transform(min).floor().max(0.0);
                let hi = scale.transform(max).max(lo + 1.0);
                (lo, hi)
            }
        }
    }
}
