//! Numbers as readers read them: 万/亿 in Chinese, million/billion in English, with the
//! article's qualifier kept honest (1,070余项 is "1,070+", never "1,070"). Pure functions.

use crate::story::{Dimension, Figure, Place, Qualifier, Unit};
use crate::Lang;

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
    format_amount(
        figure.value,
        figure.upper,
        unit,
        &figure.qualifier,
        lang,
        style,
    )
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
        Lang::Zh => format_zh(amount, unit, qualifier_word, qualifier, style),
        Lang::En => format_en(amount, unit, qualifier, style),
    }
}

/// A value, or a range from `value` to `upper`.
#[derive(Clone, Copy)]
struct Amount {
    value: f64,
    upper: Option<f64>,
}

impl Amount {
    /// The numbers in `divisor`s, joined by the language's range mark: `3至5`, `3–5`.
    fn numbers(self, divisor: f64, mark: &str) -> String {
        let low = grouped(self.value / divisor);
        match self.upper {
            Some(upper) => format!("{low}{mark}{}", grouped(upper / divisor)),
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
    // 上千, 数百: the round number in words, as the article writes it.
    if place == Some(Place::Round) {
        if let Some(magnitude) = magnitude_zh(value) {
            return format!("{word}{magnitude}{unit_word}");
        }
    }
    let (number, magnitude) = match unit.dimension {
        Dimension::Year => (amount.years("至"), ""),
        Dimension::Ratio => (fraction_zh(value), ""),
        Dimension::Percent | Dimension::Duration => (amount.numbers(1.0, "至"), ""),
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
        Dimension::Percent | Dimension::Duration => (amount.numbers(1.0, "–"), ""),
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

/// The power of ten `value` is, in Chinese words: 1,000 is 千, 100,000 is 十万.
fn magnitude_zh(value: f64) -> Option<&'static str> {
    const WORDS: [&str; 8] = ["十", "百", "千", "万", "十万", "百万", "千万", "亿"];
    let power = power_of_ten(value)?;
    WORDS.get(power.checked_sub(1)?).copied()
}

/// "Several" of a power of ten in English: 数百 is `hundreds`, 数十万 `hundreds of thousands`.
fn several_en(value: f64) -> Option<&'static str> {
    const WORDS: [&str; 9] = [
        "dozens",
        "hundreds",
        "thousands",
        "tens of thousands",
        "hundreds of thousands",
        "millions",
        "tens of millions",
        "hundreds of millions",
        "billions",
    ];
    let power = power_of_ten(value)?;
    WORDS.get(power.checked_sub(1)?).copied()
}

fn power_of_ten(value: f64) -> Option<usize> {
    let power = value.log10().round();
    (power >= 0.0 && 10f64.powf(power) == value).then_some(power as usize)
}

/// The simplest fraction within rounding of `value` (three decimals are what a story
/// writes): 0.333 is 1/3. Denominators up to 12, as news writes fractions.
fn fraction(value: f64) -> Option<(u32, u32)> {
    (2..=12).find_map(|d| {
        let n = (value * d as f64).round();
        ((n / d as f64 - value).abs() < 5e-4 && n >= 1.0).then_some((n as u32, d))
    })
}

/// `三分之一`; a value no simple fraction fits is written as a decimal.
fn fraction_zh(value: f64) -> String {
    match fraction(value) {
        Some((n, d)) => format!("{}分之{}", chinese_number(d), chinese_number(n)),
        None => grouped(value),
    }
}

/// `1/3`.
fn fraction_digits(value: f64) -> String {
    match fraction(value) {
        Some((n, d)) => format!("{n}/{d}"),
        None => grouped(value),
    }
}

/// `one third`, `two thirds`, `one half`, `three quarters`.
fn fraction_en(value: f64) -> String {
    const ONES: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    const PARTS: [&str; 11] = [
        "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth",
    ];
    let Some((n, d)) = fraction(value) else {
        return grouped(value);
    };
    let part = PARTS[d as usize - 2];
    let part = match (n, part) {
        (1, _) => part.to_string(),
        (_, "half") => "halves".to_string(),
        _ => format!("{part}s"),
    };
    format!("{} {part}", ONES[n as usize - 1])
}

/// 1 to 99 in Chinese numerals: `三`, `十二`, `二十`.
fn chinese_number(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n as usize - 10] }),
        _ => {
            let ones = if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[n as usize % 10]
            };
            format!("{}十{ones}", DIGITS[n as usize / 10])
        }
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
        let cases: [(f64, &Unit, &str, Lang, Style, &str); 7] = [
            (1.0, &place, "", Lang::Zh, Style::Full, "第1位"),
            (1.0, &place, "", Lang::En, Style::Full, "1st place"),
            (22.0, &place, "", Lang::En, Style::Short, "22nd"),
            (12.0, &place, "", Lang::En, Style::Short, "12th"),
            (2.5, &times, "", Lang::Zh, Style::Full, "2.5倍"),
            (2.5, &times, "", Lang::En, Style::Full, "2.5 times"),
            (2.5, &times, "近", Lang::En, Style::Short, "nearly 2.5×"),
        ];
        for (value, unit, word, lang, style, want) in cases {
            assert_eq!(format_value(value, unit, word, lang, style), want);
        }
    }

    #[test]
    fn ranges_fractions_and_round_numbers_keep_their_kind() {
        use crate::story::Figure;
        let yuan = unit("元", "CNY", None, Dimension::Money);
        let years = unit("年", "years", Some("year"), Dimension::Duration);
        let share = unit("", "of households", None, Dimension::Ratio);
        let people = unit("名", "people", Some("person"), Dimension::Count);
        let firms = unit("家", "firms", Some("firm"), Dimension::Count);
        let range = |value: f64, upper: f64| Figure {
            id: "f".into(),
            value,
            unit: String::new(),
            qualifier: String::new(),
            upper: Some(upper),
            stated: String::new(),
            stated_en: String::new(),
            label: crate::story::Bilingual {
                zh: String::new(),
                en: String::new(),
            },
            quote: String::new(),
        };
        use Lang::{En, Zh};
        use Style::{Full, Short};
        let ranges: [(f64, f64, &Unit, Lang, Style, &str); 6] = [
            (30_000.0, 50_000.0, &yuan, Zh, Full, "3至5万元"),
            (30_000.0, 50_000.0, &yuan, Zh, Short, "3至5万"),
            (30_000.0, 50_000.0, &yuan, En, Full, "CNY 30,000–50,000"),
            (3e6, 5e7, &yuan, En, Short, "3–50M"),
            (3.0, 5.0, &years, Zh, Full, "3至5年"),
            (3.0, 5.0, &years, En, Full, "3–5 years"),
        ];
        for (low, high, unit, lang, style, want) in ranges {
            assert_eq!(format_figure(&range(low, high), unit, lang, style), want);
        }
        let third = 1.0 / 3.0;
        assert_eq!(format_value(third, &share, "", Zh, Full), "三分之一");
        assert_eq!(
            format_value(0.667, &share, "超过", Zh, Full),
            "超过三分之二"
        );
        assert_eq!(
            format_value(0.333, &share, "", En, Full),
            "one third of households"
        );
        assert_eq!(format_value(0.75, &share, "", En, Short), "3/4");
        assert_eq!(
            format_value(0.5, &share, "近", En, Full),
            "nearly one half of households"
        );
        assert_eq!(
            format_value(0.4, &share, "", En, Full),
            "two fifths of households"
        );
        assert_eq!(format_value(0.123, &share, "", En, Short), "0.123");
        assert_eq!(chinese_number(12), "十二");
        assert_eq!(chinese_number(20), "二十");
        assert_eq!(format_value(1000.0, &people, "上", Zh, Full), "上千名");
        assert_eq!(
            format_value(1000.0, &people, "上", En, Full),
            "about 1,000 people"
        );
        assert_eq!(format_value(1000.0, &people, "上", En, Short), "~1,000");
        assert_eq!(format_value(100.0, &firms, "数", Zh, Full), "数百家");
        assert_eq!(format_value(1e5, &firms, "数", Zh, Short), "数十万");
        assert_eq!(
            format_value(100.0, &firms, "数", En, Full),
            "hundreds of firms"
        );
        assert_eq!(format_value(10.0, &firms, "几", En, Short), "dozens");
        assert_eq!(format_value(1e6, &yuan, "数", En, Full), "CNY millions");
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
