//! Numbers as readers read them: 万/亿 in Chinese, million/billion in English, with the
//! article's qualifier kept honest (1,070余项 is "1,070+", never "1,070"). Pure functions.

mod change;
mod date;
mod digits;
#[cfg(test)]
mod tests;
mod words;

use crate::story::{Dimension, Figure, Place, Qualifier, Unit};
use crate::Lang;
pub use date::format_date;
pub use digits::grouped;
use digits::plain;
use words::{fraction_digits, fraction_en, fraction_zh, magnitude_zh, ordinal, several_en};

/// How much to say around the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// With the unit: `6.38亿元`, `over CNY 30.7 million`, `293,600 jin`.
    Full,
    /// Without the unit, for chart labels whose panel names it: `6.38亿`, `30.7M+`.
    Short,
}

/// A figure for a reader of `lang`: its value, or its range (`3至5万元`, `30,000–50,000`),
/// with the article's qualifier.
pub fn format_figure(figure: &Figure, unit: &Unit, lang: Lang, style: Style) -> String {
    let qualifier = Qualifier::from_word(&figure.qualifier).unwrap_or(Qualifier::Exact);
    let amount = Amount {
        value: figure.value,
        upper: figure.upper,
    };
    let amount = match lang {
        // In the article's own form: 12443元 stays 12443元, 6.38亿 stays 亿, 百万 stays 百万.
        Lang::Zh => format_zh(
            amount,
            unit,
            &figure.qualifier,
            qualifier,
            style,
            Some(&figure.stated),
        ),
        Lang::En => format_en(amount, unit, qualifier, style),
    };
    // A change in a colon ratio is a plain difference: 下降0.03, never 0.03：1.
    let amount = match (figure.change(), unit.dimension) {
        (Some(_), Dimension::ColonRatio) => plain(figure.value),
        _ => amount,
    };
    let shown = match figure.change() {
        // 下降4.7%, down 4.7%, −4.7%; 增长1.3倍, up 130%.
        Some(change) => change::with_change(figure, change, unit, amount, lang, style),
        None => amount,
    };
    match (&figure.base, style) {
        (Some(base), Style::Full) => change::against(figure, unit, base, shown, lang),
        _ => shown,
    }
}

/// A value formatted for a reader of `lang`.
pub fn format_value(
    value: f64,
    unit: &Unit,
    qualifier_word: &str,
    lang: Lang,
    style: Style,
) -> String {
    format_amount(value, None, unit, qualifier_word, lang, style)
}

fn format_amount(
    value: f64,
    upper: Option<f64>,
    unit: &Unit,
    qualifier_word: &str,
    lang: Lang,
    style: Style,
) -> String {
    let qualifier = Qualifier::from_word(qualifier_word).unwrap_or(Qualifier::Exact);
    let amount = Amount { value, upper };
    match lang {
        Lang::Zh => format_zh(amount, unit, qualifier_word, qualifier, style, None),
        Lang::En => format_en(amount, unit, qualifier, style),
    }
}

/// The magnitude a number written as `stated` is in: 亿 in `6.38亿`, 万 in `3070余万`, none
/// in `12443` (plain digits stay plain); `None` where the article writes no Arabic digits.
fn stated_magnitude(stated: &str) -> Option<(f64, &'static str)> {
    if stated.contains('亿') {
        Some((1e8, "亿"))
    } else if stated.contains('万') {
        Some((1e4, "万"))
    } else if stated.contains(|c: char| c.is_ascii_digit()) {
        Some((1.0, ""))
    } else {
        None
    }
}

/// A round number in words, kept as the article writes it: 百万, 百亿, 十万 (but 十 is 10).
fn round_in_words(stated: &str) -> bool {
    stated.chars().count() >= 2 && stated.chars().all(|c| "十百千万亿".contains(c))
}

/// A value, or a range from `value` to `upper`.
#[derive(Clone, Copy)]
struct Amount {
    value: f64,
    upper: Option<f64>,
}

impl Amount {
    /// The numbers in `divisor`s, joined by the language's range mark: `3至5`, `3–5`.
    /// Grouped by thousands in English; never in Chinese text, as statistical bulletins write
    /// it (`1070余项`, `1136.1万`, `12443元`).
    fn numbers(self, divisor: f64, mark: &str) -> String {
        let digits: fn(f64) -> String = if mark == "至" { plain } else { grouped };
        let low = digits(self.value / divisor);
        match self.upper {
            Some(upper) => format!("{low}{mark}{}", digits(upper / divisor)),
            None => low,
        }
    }

    /// Calendar years, never grouped: `2018`, `2021至2022`.
    fn years(self, mark: &str) -> String {
        match self.upper {
            Some(upper) => format!("{}{mark}{}", plain(self.value), plain(upper)),
            None => plain(self.value),
        }
    }

    /// The largest number stated, which picks the magnitude (万, million) for both ends.
    fn largest(self) -> f64 {
        self.upper.unwrap_or(self.value)
    }
}

fn format_zh(
    amount: Amount,
    unit: &Unit,
    word: &str,
    qualifier: Qualifier,
    style: Style,
    stated: Option<&str>,
) -> String {
    let value = amount.value;
    let place = Qualifier::entry(word)
        .filter(|_| qualifier != Qualifier::Exact)
        .map(|w| w.place);
    let unit_word = match (style, unit.dimension) {
        // A share keeps its % even where the panel names the unit: "50" alone would be a count.
        (Style::Full, _) | (Style::Short, Dimension::Percent) => unit.zh.as_str(),
        (Style::Short, _) => "",
    };
    if unit.dimension == Dimension::Rank {
        return format!("第{}{}", plain(value), unit.zh);
    }
    if unit.dimension == Dimension::ColonRatio {
        return colon_ratio(value, unit, Lang::Zh, style);
    }
    // 上千, 数百: the round number in words, as the article writes it.
    if place == Some(Place::Round) {
        if let Some(magnitude) = magnitude_zh(value) {
            return format!("{word}{magnitude}{unit_word}");
        }
    }
    let scale = stated.and_then(stated_magnitude);
    let (number, magnitude) = match unit.dimension {
        Dimension::Year => (amount.years("至"), ""),
        _ if stated.is_some_and(round_in_words) => (stated.unwrap_or_default().to_string(), ""),
        Dimension::Count | Dimension::Money | Dimension::Weight | Dimension::Area
            if scale.is_some() =>
        {
            let (divisor, word) = scale.unwrap_or((1.0, ""));
            (amount.numbers(divisor, "至"), word)
        }
        Dimension::Ratio => (fraction_zh(value), ""),
        Dimension::Percent | Dimension::Points | Dimension::Duration => {
            (amount.numbers(1.0, "至"), "")
        }
        _ if amount.largest() >= 1e8 => (amount.numbers(1e8, "至"), "亿"),
        _ if amount.largest() >= 1e4 => (amount.numbers(1e4, "至"), "万"),
        _ => (amount.numbers(1.0, "至"), ""),
    };
    // Where the article puts the word: 超过16万人次, 3,070余万元, 70%以上, 3,000元左右.
    let (before, inside, after) = match place {
        None | Some(Place::Round) => ("", "", ""),
        Some(Place::Before) => (word, "", ""),
        Some(Place::Inside) => ("", word, ""),
        Some(Place::After) => ("", "", word),
    };
    format!("{before}{number}{inside}{magnitude}{unit_word}{after}")
}

fn format_en(amount: Amount, unit: &Unit, qualifier: Qualifier, style: Style) -> String {
    let value = amount.value;
    if unit.dimension == Dimension::Rank {
        let place = ordinal(value);
        let word = unit.en_one.as_deref().unwrap_or(&unit.en);
        return match style {
            Style::Short => place,
            Style::Full => join_words(&[&place, word]),
        };
    }
    if unit.dimension == Dimension::ColonRatio {
        return colon_ratio(value, unit, Lang::En, style);
    }
    if qualifier == Qualifier::Several {
        if let Some(words) = several_en(value) {
            return match (style, unit.dimension) {
                (Style::Short, _) => words.to_string(),
                (Style::Full, Dimension::Money) => join_words(&[&unit.en, words]),
                (Style::Full, _) => join_words(&[words, "of", &unit.en]),
            };
        }
    }
    let (number, magnitude) = match unit.dimension {
        Dimension::Year => (amount.years("–"), ""),
        Dimension::Ratio if style == Style::Short => (fraction_digits(value), ""),
        Dimension::Ratio => (fraction_en(value), ""),
        Dimension::Percent | Dimension::Points | Dimension::Duration => {
            (amount.numbers(1.0, "–"), "")
        }
        _ if amount.largest() >= 1e9 => (amount.numbers(1e9, "–"), "billion"),
        _ if amount.largest() >= 1e6 => (amount.numbers(1e6, "–"), "million"),
        _ => (amount.numbers(1.0, "–"), ""),
    };
    if style == Style::Short {
        let magnitude = match magnitude {
            "billion" => "B",
            "million" => "M",
            _ => "",
        };
        let magnitude = match unit.dimension {
            Dimension::Percent => "%",
            // Percentage points, never `%`: `1.5 pts`.
            Dimension::Points => " pts",
            Dimension::Multiple => "×",
            _ => magnitude,
        };
        let shown = format!("{number}{magnitude}");
        return match qualifier {
            Qualifier::Exact | Qualifier::Several => shown,
            Qualifier::MoreThan => format!("{shown}+"),
            Qualifier::AtLeast => format!("≥{shown}"),
            Qualifier::About => format!("~{shown}"),
            Qualifier::Nearly => format!("nearly {shown}"),
            Qualifier::LessThan => format!("<{shown}"),
            Qualifier::AtMost => format!("≤{shown}"),
        };
    }
    let amount_words = join_words(&[&number, magnitude]);
    let singular = value == 1.0 && amount.upper.is_none() && qualifier == Qualifier::Exact;
    let unit_word = match (&unit.en_one, singular) {
        (Some(one), true) => one.as_str(),
        _ => unit.en.as_str(),
    };
    match (unit.dimension, qualifier) {
        (Dimension::Money, Qualifier::MoreThan) => join_words(&["over", unit_word, &amount_words]),
        (Dimension::Money, q) => join_words(&[q.english(), unit_word, &amount_words]),
        (Dimension::Percent, q) => with_qualifier(format!("{amount_words}%"), q),
        (Dimension::Ratio, q) => with_qualifier(join_words(&[&amount_words, unit_word]), q),
        (_, Qualifier::MoreThan) => join_words(&[&format!("{amount_words}+"), unit_word]),
        (_, q) => with_qualifier(join_words(&[&amount_words, unit_word]), q),
    }
}

/// `2.6：1`, `2.6：1（农村居民 = 1）`, `2.6:1 (rural = 1)`: as statistics write it, the
/// base second and named.
fn colon_ratio(value: f64, unit: &Unit, lang: Lang, style: Style) -> String {
    match (lang, style) {
        (Lang::Zh, Style::Short) => format!("{}：1", plain(value)),
        (Lang::Zh, Style::Full) => format!("{}：1（{} = 1）", plain(value), unit.zh),
        (Lang::En, Style::Short) => format!("{}:1", plain(value)),
        (Lang::En, Style::Full) => format!("{}:1 ({} = 1)", plain(value), unit.en),
    }
}

fn with_qualifier(text: String, qualifier: Qualifier) -> String {
    match qualifier {
        Qualifier::Exact => text,
        Qualifier::MoreThan => format!("over {text}"),
        q => format!("{} {text}", q.english()),
    }
}

fn join_words(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !w.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}
