//! The story as plain data: what the JSON says, typed. No DOM, no formatting.

use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// A field stories once had that the app no longer reads (`meta.language`,
/// `figures[].category`): a story that still has it loads, and the validator's warnings say
/// it is ignored. Whatever it holds is skipped unread.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Retired {
    pub present: bool,
}

impl<'de> Deserialize<'de> for Retired {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer)?;
        Ok(Retired { present: true })
    }
}

/// Text in both languages of the story.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// Schema version; the loader accepts only the one it knows.
    pub schema: u32,
    pub meta: Meta,
    pub units: BTreeMap<String, Unit>,
    pub sections: Vec<Section>,
    pub figures: Vec<Figure>,
    /// Figure ids shown in the key-figures strip, in order.
    pub key_figures: Vec<String>,
    pub charts: Vec<Chart>,
    /// A guided tour: the text steps through charts, one emphasis at a time.
    #[serde(default)]
    pub steps: Vec<Step>,
    pub repairs: Vec<Repair>,
    /// Why the source text needed repairs (shown above the list), when the story says.
    #[serde(default)]
    pub repairs_note: Option<Bilingual>,
    /// How units of one dimension convert, so their figures may share a chart's axis
    /// (`担` = 100 `斤`). Without one, each unit has a panel of its own.
    #[serde(default)]
    pub conversions: Vec<Conversion>,
}

/// One `from` is `factor` `to`: 1 担 = 100 斤 is `{"from": "dan", "to": "jin", "factor": 100}`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Conversion {
    pub from: String,
    pub to: String,
    pub factor: f64,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub id: String,
    pub title: Bilingual,
    /// One-sentence summary, used as the page description.
    pub summary: Bilingual,
    pub source: Bilingual,
    /// Address of the original article, or of its publisher when the article's own address
    /// is unknown: the page's canonical link and the byline's link to the source.
    #[serde(default)]
    pub source_url: Option<String>,
    /// Address of a page that shows this story, for a story a host page supplies: links and
    /// "copy link" inside its widget lead there (without it they are not offered).
    #[serde(default)]
    pub story_url: Option<String>,
    /// The article's date as far as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
    /// The date is not known exactly (a scraped page without one, a year from the text): the
    /// masthead says `约` / `around`.
    #[serde(default)]
    pub date_approximate: bool,
    /// None for an unsigned item (本报讯).
    #[serde(default)]
    pub authors: Vec<Bilingual>,
    /// Retired: the story is always in Chinese with an English translation.
    #[serde(default)]
    pub language: Retired,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Chinese unit word as the article writes it after a number: `元`, `斤`, `名`.
    pub zh: String,
    /// English unit, plural form: `people`, `jin`, `CNY`.
    pub en: String,
    /// English singular, when it differs (`team` for `teams`).
    #[serde(default)]
    pub en_one: Option<String>,
    /// What is measured. Charts never put two dimensions on one axis.
    pub dimension: Dimension,
    /// What the unit counts, for a chart that has another unit written with the same word
    /// (合作社 and 村 both in 个): its panel's caption names it (`单位：个（合作社）`,
    /// `number of cooperatives`), so no two panels carry the same caption.
    #[serde(default)]
    pub name: Option<Bilingual>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// Countable things: teams, projects, villages, people, sessions.
    Count,
    /// Amounts of money; English puts the currency first (`CNY 638 million`).
    Money,
    Weight,
    Area,
    Percent,
    /// A difference of two percentages, 个百分点 (`1.5个百分点`, `1.5 percentage points`):
    /// never `%`, never on a percentage's axis.
    Points,
    /// Calendar years and anniversaries: never grouped or scaled (`2018`, not `2,018`).
    Year,
    /// Durations in years (`nearly four years`).
    Duration,
    /// How many times another amount (2.5倍): a panel of its own, never on a money axis.
    Multiple,
    /// A part of a whole stated as a fraction (三分之一): `value` is the fraction (0.333),
    /// shown as one (`三分之一`, `one third`) and drawn against the whole.
    Ratio,
    /// A ratio written with a colon, its base second (城乡居民收入比2.6：1): `value` is the
    /// first term over the second (2.6), the unit's words name the base (农村居民, rural):
    /// shown as written (`2.6：1`), drawn against the base of 1. A change in it (下降0.03) is
    /// a plain difference.
    ColonRatio,
    /// A place in an order (首位, 第三): shown as text (`第1位`, `1st place`), never as a
    /// bar length.
    Rank,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    /// `01`, `02`, `03`; absent for the introduction.
    #[serde(default)]
    pub number: Option<String>,
    #[serde(default)]
    pub heading: Option<Bilingual>,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub id: String,
    /// Repaired Chinese text, as shown to readers.
    pub zh: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// Value in base units: 6.38亿元 is 638000000, 29.36万斤 is 293600, 50% is 50.
    pub value: f64,
    /// Key into `units`.
    pub unit: String,
    /// The qualifier word as the article puts it: "" (exact), 余, 超过, 超, 突破, 近, 上 (上千),
    /// 数 (数百).
    #[serde(default)]
    pub qualifier: String,
    /// The article's word of change before the number when the figure is a change, not a
    /// level: 增长, 提高, 下降, 减少 … (`value` stays positive: 下降4.7% is 4.7 with
    /// `下降`), 翻 for 翻两番. `""` for a level.
    #[serde(default)]
    pub change: String,
    /// What a change or a multiple is measured against, as the quote writes it and as English
    /// says it: `{"zh": "比上年", "en": "on the previous year"}`, `{"zh": "同比", "en": "year on
    /// year"}`, `{"zh": "2005年", "en": "the 2005 level"}` (是2005年的2.3倍).
    #[serde(default)]
    pub base: Option<Bilingual>,
    /// The upper end of a range, whose lower end is `value`: 三至五 is 3 to 5.
    #[serde(default)]
    pub upper: Option<f64>,
    /// The number exactly as written in the quote, e.g. `6.38亿`, `3070`, `两`, `50%`.
    pub stated: String,
    /// The same number as the English translation of that paragraph writes it:
    /// `1,070`, `638 million`, `two`. (Stories of the first form had none: the validator
    /// reports it empty.)
    #[serde(default)]
    pub stated_en: String,
    pub label: Bilingual,
    /// The sentence of the article that states the figure, exactly as in a paragraph.
    pub quote: String,
    /// Retired: charts and units say what a figure is.
    #[serde(default)]
    pub category: Retired,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub id: String,
    pub title: Bilingual,
    /// One sentence saying what the chart shows.
    pub takeaway: Bilingual,
    /// Figure ids, one bar each, in order.
    pub figures: Vec<String>,
    /// Paragraph id after which the chart appears.
    pub after: String,
    /// Offer a linear/logarithmic switch (for values spanning orders of magnitude).
    #[serde(default)]
    pub log_switch: bool,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Deep link fragment: `#step-<id>`.
    pub id: String,
    /// Chart id shown during this step.
    pub chart: String,
    /// Figures of that chart the step emphasises.
    pub figures: Vec<String>,
    #[serde(default)]
    pub log_scale: bool,
    pub text: Bilingual,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Repair {
    /// Paragraph id holding the repaired text.
    pub paragraph: String,
    /// The scraped text as it was.
    pub original: String,
    /// The text as shown, which must appear in the paragraph.
    pub repaired: String,
    pub why: Bilingual,
}
