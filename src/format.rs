//! Numbers as readers read them: 万/亿 in Chinese, million/billion in English, with the
//! article's qualifier kept honest (1,070余项 is "1,070+", never "1,070"). Pure functions.

use crate::story::{Dimension, Place, Qualifier, Unit};
use crate::Lang;

/// How much to say around the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// With the unit: `6.38亿元`, `over CNY 30.7 million`, `293,600 jin`.
    Full,
    /// Without the unit, for chart labels whose panel names it: `6.38亿`, `30.7M+`.
    Short,
}

/// A figure's value formatted for a reader of `lang`.
pub fn format_value(
    value: f64,
    unit: &Unit,
    qualifier_word: &str,
    lang: Lang,
    style: Style,
) -> String {
    let qualifier = Qualifier::from_word(qualifier_word).unwrap_or(Qualifier::Exact);
    match lang {
        Lang::Zh => format_zh(value, unit, qualifier_word, qualifier, style),
        Lang::En => format_en(value, unit, qualifier, style),
    }
}

fn format_zh(value: f64, unit: &Unit, word: &str, qualifier: Qualifier, style: Style) -> String {
    if unit.dimension == Dimension::Rank {
        return format!("第{}{}", plain(value), unit.zh);
    }
    let (number, magnitude) = match unit.dimension {
        Dimension::Year => (plain(value), ""),
        Dimension::Percent | Dimension::Duration => (grouped(value), ""),
        _ if value >= 1e8 => (grouped(value / 1e8), "亿"),
        _ if value >= 1e4 => (grouped(value / 1e4), "万"),
        _ => (grouped(value), ""),
    };
    // Where the article puts the word: 超过16万人次, 3,070余万元, 70%以上, 3,000元左右.
    let place = Qualifier::entry(word).filter(|_| qualifier != Qualifier::Exact);
    let (before, inside, after) = match place.map(|w| w.place) {
        None => ("", "", ""),
        Some(Place::Before) => (word, "", ""),
        Some(Place::Inside) => ("", word, ""),
        Some(Place::After) => ("", "", word),
    };
    // A share keeps its % even where the panel names the unit: "50" alone would be a count.
    let unit_word = match (style, unit.dimension) {
        (Style::Full, _) | (Style::Short, Dimension::Percent) => unit.zh.as_str(),
        (Style::Short, _) => "",
    };
    format!("{before}{number}{inside}{magnitude}{unit_word}{after}")
}

fn format_en(value: f64, unit: &Unit, qualifier: Qualifier, style: Style) -> String {
    if unit.dimension == Dimension::Rank {
        let place = ordinal(value);
        let word = unit.en_one.as_deref().unwrap_or(&unit.en);
        return match style {
            Style::Short => place,
            Style::Full => join_words(&[&place, word]),
        };
    }
    let (number, magnitude) = match unit.dimension {
        Dimension::Year => (plain(value), ""),
        Dimension::Percent | Dimension::Duration => (grouped(value), ""),
        _ if value >= 1e9 => (grouped(value / 1e9), "billion"),
        _ if value >= 1e6 => (grouped(value / 1e6), "million"),
        _ => (grouped(value), ""),
    };
    if style == Style::Short {
        let magnitude = match magnitude {
            "billion" => "B",
            "million" => "M",
            _ => "",
        };
        let magnitude = match unit.dimension {
            Dimension::Percent => "%",
            Dimension::Multiple => "×",
            _ => magnitude,
        };
        let shown = format!("{number}{magnitude}");
        return match qualifier {
            Qualifier::Exact => shown,
            Qualifier::MoreThan => format!("{shown}+"),
            Qualifier::AtLeast => format!("≥{shown}"),
            Qualifier::About => format!("~{shown}"),
            Qualifier::Nearly => format!("nearly {shown}"),
            Qualifier::LessThan => format!("<{shown}"),
            Qualifier::AtMost => format!("≤{shown}"),
        };
    }
    let amount = join_words(&[&number, magnitude]);
    let singular = value == 1.0 && qualifier == Qualifier::Exact;
    let unit_word = match (&unit.en_one, singular) {
        (Some(one), true) => one.as_str(),
        _ => unit.en.as_str(),
    };
    match (unit.dimension, qualifier) {
        (Dimension::Money, Qualifier::MoreThan) => join_words(&["over", unit_word, &amount]),
        (Dimension::Money, q) => join_words(&[q.english(), unit_word, &amount]),
        (Dimension::Percent, q) => with_qualifier(format!("{amount}%"), q),
        (_, Qualifier::MoreThan) => join_words(&[&format!("{amount}+"), unit_word]),
        (_, q) => with_qualifier(join_words(&[&amount, unit_word]), q),
    }
}

/// `1st`, `2nd`, `3rd`, `11th`, `22nd`.
fn ordinal(value: f64) -> String {
    let n = value.round() as i64;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
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

/// Up to four decimals, trailing zeros dropped, no grouping (years: `2018`).
fn plain(value: f64) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

/// Like `plain`, with thousands separated by commas: `3,070`, `293,600`, `252.73`.
pub fn grouped(value: f64) -> String {
    let text = plain(value);
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let mut out = String::with_capacity(int.len() + int.len() / 3 + 8);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(zh: &str, en: &str, en_one: Option<&str>, dimension: Dimension) -> Unit {
        Unit {
            zh: zh.into(),
            en: en.into(),
            en_one: en_one.map(Into::into),
            dimension,
        }
    }

    #[test]
    fn formats_the_article_figures() {
        let yuan = unit("元", "CNY", None, Dimension::Money);
        let jin = unit("斤", "jin", None, Dimension::Weight);
        let item = unit("项", "projects", Some("project"), Dimension::Count);
        let times = unit("人次", "person-times", None, Dimension::Count);
        let percent = unit("%", "%", None, Dimension::Percent);
        let year = unit("年", "", None, Dimension::Year);
        let years = unit("年", "years", Some("year"), Dimension::Duration);
        let leader = unit("名", "leaders", Some("leader"), Dimension::Count);
        use Lang::{En, Zh};
        use Style::{Full, Short};
        let table: &[(f64, &Unit, &str, Lang, Style, &str)] = &[
            (638_000_000.0, &yuan, "", Zh, Full, "6.38亿元"),
            (30_700_000.0, &yuan, "余", Zh, Full, "3,070余万元"),
            (293_600.0, &jin, "", Zh, Full, "29.36万斤"),
            (160_000.0, &times, "超过", Zh, Full, "超过16万人次"),
            (1070.0, &item, "余", Zh, Full, "1,070余项"),
            (1070.0, &item, "余", Zh, Short, "1,070余"),
            (2_527_300.0, &yuan, "", Zh, Short, "252.73万"),
            (50.0, &percent, "", Zh, Full, "50%"),
            (50.0, &percent, "", Zh, Short, "50%"),
            (50.0, &percent, "", En, Short, "50%"),
            (2018.0, &year, "", Zh, Full, "2018年"),
            (4.0, &years, "近", Zh, Full, "近4年"),
            (638_000_000.0, &yuan, "", En, Full, "CNY 638 million"),
            (30_700_000.0, &yuan, "余", En, Full, "over CNY 30.7 million"),
            (40_000_000.0, &yuan, "超过", En, Short, "40M+"),
            (293_600.0, &jin, "", En, Full, "293,600 jin"),
            (1_000_000.0, &jin, "超", En, Full, "1 million+ jin"),
            (1070.0, &item, "余", En, Full, "1,070+ projects"),
            (1070.0, &item, "余", En, Short, "1,070+"),
            (1.0, &leader, "", En, Full, "1 leader"),
            (160_000.0, &times, "超过", En, Full, "160,000+ person-times"),
            (50.0, &percent, "", En, Full, "50%"),
            (2018.0, &year, "", En, Full, "2018"),
            (4.0, &years, "近", En, Full, "nearly 4 years"),
            (500_000.0, &times, "近", En, Short, "nearly 500,000"),
            (2_527_300.0, &yuan, "", En, Full, "CNY 2.5273 million"),
        ];
        for (value, unit, word, lang, style, want) in table {
            assert_eq!(
                &format_value(*value, unit, word, *lang, *style),
                want,
                "{value} {word} {lang:?} {style:?}"
            );
        }
    }

    #[test]
    fn every_qualifier_keeps_its_word_and_place() {
        let yuan = unit("元", "CNY", None, Dimension::Money);
        let share = unit("%", "%", None, Dimension::Percent);
        let village = unit("个", "villages", Some("village"), Dimension::Count);
        let cases: [(f64, &Unit, &str, &str, &str, &str); 8] = [
            (70.0, &share, "以上", "70%以上", "at least 70%", "≥70%"),
            (
                3000.0,
                &yuan,
                "左右",
                "3,000元左右",
                "about CNY 3,000",
                "~3,000",
            ),
            (
                3000.0,
                &yuan,
                "约",
                "约3,000元",
                "about CNY 3,000",
                "~3,000",
            ),
            (20.0, &village, "多", "20多个", "20+ villages", "20+"),
            (
                5.0,
                &village,
                "不足",
                "不足5个",
                "less than 5 villages",
                "<5",
            ),
            (5.0, &village, "以下", "5个以下", "at most 5 villages", "≤5"),
            (
                50.0,
                &village,
                "将近",
                "将近50个",
                "nearly 50 villages",
                "nearly 50",
            ),
            (600.0, &village, "逾", "逾600个", "600+ villages", "600+"),
        ];
        for (value, unit, word, zh, en, short) in cases {
            assert_eq!(format_value(value, unit, word, Lang::Zh, Style::Full), zh);
            assert_eq!(format_value(value, unit, word, Lang::En, Style::Full), en);
            assert_eq!(
                format_value(value, unit, word, Lang::En, Style::Short),
                short
            );
        }
        assert_eq!(
            format_value(70.0, &share, "以上", Lang::Zh, Style::Short),
            "70%以上"
        );
        assert_eq!(
            format_value(16e4, &village, "以上", Lang::Zh, Style::Short),
            "16万以上"
        );
    }

    #[test]
    fn ranks_are_places_and_multiples_are_times() {
        let place = unit("位", "places", Some("place"), Dimension::Rank);
        let times = unit("倍", "times", None, Dimension::Multiple);
        assert_eq!(
            format_value(1.0, &place, "", Lang::Zh, Style::Full),
            "第1位"
        );
        assert_eq!(
            format_value(1.0, &place, "", Lang::En, Style::Full),
            "1st place"
        );
        assert_eq!(
            format_value(22.0, &place, "", Lang::En, Style::Short),
            "22nd"
        );
        assert_eq!(
            format_value(12.0, &place, "", Lang::En, Style::Short),
            "12th"
        );
        assert_eq!(
            format_value(2.5, &times, "", Lang::Zh, Style::Full),
            "2.5倍"
        );
        assert_eq!(
            format_value(2.5, &times, "", Lang::En, Style::Full),
            "2.5 times"
        );
        assert_eq!(
            format_value(2.5, &times, "近", Lang::En, Style::Short),
            "nearly 2.5×"
        );
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(0.0), "0");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(1000.0), "1,000");
        assert_eq!(grouped(1_234_567.5), "1,234,567.5");
        assert_eq!(grouped(-4300.0), "-4,300");
        assert_eq!(grouped(0.12345), "0.1235");
    }
}
