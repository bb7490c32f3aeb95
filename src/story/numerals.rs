//! Reads a number as the article writes it: `6.38亿`, `3070`, `16万`, `两`, `十`, `百万`, `50%`,
//! `百分之五十`, `三分之一`, `三至五`, `3—5万`, `上千`, `数百`, `首`, `第三`. The validator uses it to
//! check that a figure's value is what its sentence says, and what kind of number it is.

/// What kind of number the article writes; formatting and charts act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A plain amount: `6.38亿`, `3070`, `两`.
    Number,
    /// A percentage: `50%`, `百分之五十`.
    Percent,
    /// A difference of two percentages: `1.5` in `提高1.5个百分点`.
    Points,
    /// A fraction of a whole: `三分之一` is 1/3.
    Ratio,
    /// How many times another amount: `2.5` in `2.5倍`.
    Multiple,
    /// From one number to another: `三至五`, `3—5万` (30,000 to 50,000).
    Range,
    /// A round number in words, an order of magnitude rather than a count: `上千`, `数百`.
    Approximate,
    /// A place in an order: `首`, `第三`.
    Rank,
    /// A ratio written with a colon, its base second: `2.6：1`, `5:1` (2.6, 5).
    ColonRatio,
}

/// A written number read: its kind, its value (the lower end of a range) and the upper end
/// of a range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub kind: Kind,
    pub value: f64,
    pub upper: Option<f64>,
}

/// Words between the two ends of a range, as news text writes them.
pub const RANGE_MARKS: [&str; 7] = ["至", "到", "—", "–", "-", "~", "～"];

/// Words before a round number that make it an order of magnitude: 上千, 数百, 几十.
pub const ROUND_WORDS: [&str; 3] = ["上", "数", "几"];

/// `stated` read as a number of its kind, or `None` if it is not one. `倍` after it (outside
/// what is stated) makes a multiple: see [`read_in`].
pub fn read_stated(text: &str) -> Option<Reading> {
    let text = text.trim();
    let reading = |kind, value| {
        Some(Reading {
            kind,
            value,
            upper: None,
        })
    };
    if let Some((first, second)) = text.split_once(['：', ':']) {
        let (a, b) = (parse_single(first)?, parse_single(second)?);
        return (b > 0.0).then_some(Reading {
            kind: Kind::ColonRatio,
            value: a / b,
            upper: None,
        });
    }
    if let Some((low, high)) = split_range(text) {
        let high_value = parse_single(high)?;
        let low_value = parse_single(low)? * shared_magnitude(low, high)?;
        return (low_value < high_value).then_some(Reading {
            kind: Kind::Range,
            value: low_value,
            upper: Some(high_value),
        });
    }
    if text == "首" || text.starts_with('第') {
        return reading(Kind::Rank, parse_single(text)?);
    }
    if text.ends_with('%') || text.starts_with("百分之") {
        return reading(Kind::Percent, parse_single(text)?);
    }
    if let Some((denominator, numerator)) = text.split_once("分之") {
        let (d, n) = (parse_single(denominator)?, parse_single(numerator)?);
        return (d > 0.0 && n <= d).then_some(Reading {
            kind: Kind::Ratio,
            value: n / d,
            upper: None,
        });
    }
    if ROUND_WORDS.iter().any(|w| text.starts_with(w)) {
        return reading(Kind::Approximate, parse_single(text)?);
    }
    reading(Kind::Number, parse_single(text)?)
}

/// The number `stated` where it stands at byte `at` of `sentence`: a multiple when `倍`
/// follows it, percentage points when `个百分点` or `百分点` does.
pub fn read_in(sentence: &str, at: usize, stated: &str) -> Option<Reading> {
    let mut reading = read_stated(stated)?;
    let after = sentence.get(at + stated.len()..).unwrap_or("");
    if reading.kind == Kind::Number {
        let before = sentence[..at].trim_end_matches('了');
        if after.starts_with('倍') || (after.starts_with('番') && before.ends_with('翻')) {
            reading.kind = Kind::Multiple;
        } else if POINTS_WORDS.iter().any(|w| after.starts_with(w)) {
            reading.kind = Kind::Points;
        }
    }
    Some(reading)
}

/// What follows a difference of two percentages: 1.5个百分点, 两个百分点.
pub const POINTS_WORDS: [&str; 2] = ["个百分点", "百分点"];

/// What the lower end of a range takes from the upper end's magnitude words: 3至5万 is
/// 30,000 to 50,000, 三至五百 300 to 500, 三至五千万 30 to 50 million, 十至十五万 100,000 to
/// 150,000, 三百至五百 300 to 500.
fn shared_magnitude(low: &str, high: &str) -> Option<f64> {
    const MAGNITUDES: [char; 5] = ['十', '百', '千', '万', '亿'];
    let high = high.trim_end_matches('%');
    let digits_end = high.trim_end_matches(MAGNITUDES).len();
    let suffix = &high[digits_end..];
    let suffix = if !low.contains(MAGNITUDES) {
        suffix
    } else if !low.contains(['万', '亿']) {
        suffix.find(['万', '亿']).map_or("", |i| &suffix[i..])
    } else {
        ""
    };
    if suffix.is_empty() || digits_end == 0 {
        return Some(1.0);
    }
    parse_single(&format!("一{suffix}"))
}

/// The two ends of `三至五`, `3—5万`, `3%-5%`; `None` for anything else.
fn split_range(text: &str) -> Option<(&str, &str)> {
    RANGE_MARKS.iter().find_map(|mark| {
        let (low, high) = text.split_once(mark)?;
        (!low.is_empty() && !high.is_empty()).then_some((low, high))
    })
}

/// The value of a written number (the lower end of a range), or `None` if it is not one.
pub fn parse_stated(text: &str) -> Option<f64> {
    read_stated(text).map(|r| r.value)
}

/// One number without a range mark or a fraction.
fn parse_single(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = text.strip_suffix('%').unwrap_or(text);
    // A percentage in words: 百分之五十 is 50 (its unit is the story's %).
    let text = text.strip_prefix("百分之").unwrap_or(text);
    // Places: 首 (first), 第三, 第3.
    if text == "首" {
        return Some(1.0);
    }
    let text = text.strip_prefix('第').unwrap_or(text);
    // 上千 and 数百 are the round number itself; the word is the figure's qualifier.
    let text = ROUND_WORDS
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .filter(|rest| rest.starts_with(['十', '百', '千', '万', '亿']))
        .unwrap_or(text);
    if text.is_empty() {
        return None;
    }
    // An Arabic-numeral head (`29.36` in `29.36万`) counts as the first digit group.
    let head_len = text
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.' || *c == ',')
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    let head: Option<f64> = if head_len > 0 {
        Some(text[..head_len].replace(',', "").parse().ok()?)
    } else {
        None
    };
    let mut total = 0.0; // completed 万/亿 groups
    let mut section = 0.0; // below 万
    let mut digit: Option<f64> = head;
    for c in text[head_len..].chars() {
        match c {
            // The qualifier 余 sits inside numbers (3070余万); its meaning is the figure's
            // `qualifier`, so here it is skipped.
            '余' => {}
            '零' | '〇' => digit = Some(0.0),
            '一' => digit = Some(1.0),
            '二' | '两' => digit = Some(2.0),
            '三' => digit = Some(3.0),
            '四' => digit = Some(4.0),
            '五' => digit = Some(5.0),
            '六' => digit = Some(6.0),
            '七' => digit = Some(7.0),
            '八' => digit = Some(8.0),
            '九' => digit = Some(9.0),
            '十' | '百' | '千' => {
                let unit = match c {
                    '十' => 10.0,
                    '百' => 100.0,
                    _ => 1000.0,
                };
                section += digit.take().unwrap_or(1.0) * unit;
            }
            '万' | '亿' => {
                let unit = if c == '万' { 1e4 } else { 1e8 };
                section += digit.take().unwrap_or(0.0);
                if section == 0.0 {
                    section = 1.0;
                }
                total = (total + section) * unit;
                section = 0.0;
            }
            _ => return None,
        }
    }
    Some(total + section + digit.unwrap_or(0.0))
}

/// Where `number` occurs in `text` at or after byte `from` as a whole number: not part of a
/// longer one (the `2` in `772` or `2,000` does not count). Works for Chinese and English.
pub fn find_number(text: &str, number: &str, from: usize) -> Option<usize> {
    if number.is_empty() || from > text.len() {
        return None;
    }
    let joins =
        |c: char| c.is_ascii_alphanumeric() || "零〇一二三四五六七八九十百千万亿两".contains(c);
    let mut start = from;
    while let Some(offset) = text.get(start..)?.find(number) {
        let at = start + offset;
        let end = at + number.len();
        let mut before = text[..at].chars().rev();
        let prev = before.next();
        let digit_before = before.next().is_some_and(|c| c.is_ascii_digit());
        let prev_joins = match prev {
            Some('.') => digit_before,
            // A thousands separator only before a group of three digits (`2,000`).
            Some(',') => digit_before && leading_digits(number) == 3,
            Some(c) => joins(c),
            None => false,
        };
        let mut after = text[end..].chars();
        let ends_in_digit = number.ends_with(|c: char| c.is_ascii_digit());
        let next_joins = match after.next() {
            Some('.') => ends_in_digit && after.next().is_some_and(|c| c.is_ascii_digit()),
            // `12%,2021年`, `12,2021`: a comma that is not followed by a group of three
            // digits ends the number; Chinese text often has ASCII commas between clauses.
            Some(',') => ends_in_digit && leading_digits(&text[end + 1..]) == 3,
            // 1.5百分点: 百 starts the unit, not a longer number.
            Some(_) if text[end..].starts_with("百分点") => false,
            Some(c) => joins(c),
            None => false,
        };
        if !prev_joins && !next_joins {
            return Some(at);
        }
        start = at + number.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// How many ASCII digits `text` starts with.
fn leading_digits(text: &str) -> usize {
    text.chars().take_while(|c| c.is_ascii_digit()).count()
}

/// Chinese measure words and units that follow a number, longest first (平方米 before 米).
pub const UNIT_WORDS: [&str; 56] = [
    "平方公里",
    "平方米",
    "立方米",
    "公顷",
    "公里",
    "千克",
    "公斤",
    "人次",
    "场次",
    "户次",
    "周年",
    "个月",
    "元",
    "美元",
    "斤",
    "吨",
    "担",
    "亩",
    "米",
    "名",
    "人",
    "位",
    "支",
    "批",
    "个",
    "项",
    "家",
    "处",
    "户",
    "只",
    "头",
    "棵",
    "株",
    "期",
    "类",
    "届",
    "次",
    "场",
    "年",
    "天",
    "所",
    "座",
    "条",
    "件",
    "套",
    "台",
    "辆",
    "间",
    "栋",
    "篇",
    "部",
    "本",
    "份",
    "倍",
    "岁",
    "%",
];

/// The unit word the text starts with (it follows a number): the longest of
/// [`UNIT_WORDS`] (平方米 before 米, 个百分点 before 个), or else its first character when that
/// is a Chinese character that is not punctuation nor a word that ends a phrase (的, 和 …):
/// an open rule, so 册, 辆 and any other measure word are read.
pub fn unit_word_at(text: &str) -> Option<&str> {
    const NOT_UNITS: &str =
        "的和与及或等、，,。；;：:！？!?（）()“”\"'《》 —-~～至到余多左右以上下前后来间内外中";
    if let Some(word) = POINTS_WORDS
        .iter()
        .chain(UNIT_WORDS.iter())
        .find(|w| text.starts_with(*w))
    {
        return Some(&text[..word.len()]);
    }
    let c = text.chars().next()?;
    let ideograph = ('\u{4e00}'..='\u{9fff}').contains(&c);
    (ideograph && !NOT_UNITS.contains(c) && !"零〇一二两三四五六七八九十百千万亿".contains(c))
        .then(|| &text[..c.len_utf8()])
}

/// Equal up to floating-point noise from decimal multipliers (6.38 × 1e8).
pub fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_article_notations() {
        let cases = [
            ("6.38亿", 638_000_000.0),
            ("3070", 3070.0),
            ("16万", 160_000.0),
            ("29.36万", 293_600.0),
            ("252.73万", 2_527_300.0),
            ("两", 2.0),
            ("十", 10.0),
            ("四", 4.0),
            ("百万", 1_000_000.0),
            ("50%", 50.0),
            ("二十三", 23.0),
            ("1,070", 1070.0),
            ("3070余万", 30_700_000.0),
            ("十余", 10.0),
            ("2.5", 2.5),
            ("首", 1.0),
            ("第三", 3.0),
            ("第12", 12.0),
            ("百分之五十", 50.0),
            ("百分之三十五", 35.0),
        ];
        for (text, want) in cases {
            let got = parse_stated(text).unwrap_or_else(|| panic!("{text} not read"));
            assert!(same_value(got, want), "{text}: got {got}, want {want}");
        }
    }

    /// Sentences as Chinese news writes them, with the number a figure would state.
    #[test]
    fn reads_each_kind_of_number_in_news_sentences() {
        use Kind::*;
        let cases: [(&str, &str, Kind, f64, Option<f64>); 24] = [
            (
                "落地基础设施工程1070余项、投资额6.38亿元",
                "6.38亿",
                Number,
                6.38e8,
                None,
            ),
            ("近四年来,两批工作队", "两", Number, 2.0, None),
            (
                "村集体收入增长百分之五十以上",
                "百分之五十",
                Percent,
                50.0,
                None,
            ),
            (
                "全村三分之一的农户种植蓝莓",
                "三分之一",
                Ratio,
                1.0 / 3.0,
                None,
            ),
            (
                "超过三分之二的村庄通了公交",
                "三分之二",
                Ratio,
                2.0 / 3.0,
                None,
            ),
            ("销售额是2020年的2.5倍", "2.5", Multiple, 2.5, None),
            (
                "每户每年增收三至五千元",
                "三至五千",
                Range,
                3000.0,
                Some(5000.0),
            ),
            ("每亩增收3—5万元", "3—5万", Range, 30_000.0, Some(50_000.0)),
            ("工期预计3-5年", "3-5", Range, 3.0, Some(5.0)),
            ("年产值十至十五万元", "十至十五万", Range, 1e5, Some(1.5e5)),
            ("投资三至五千万元", "三至五千万", Range, 3e7, Some(5e7)),
            ("增长20%到30%", "20%到30%", Range, 20.0, Some(30.0)),
            ("带动上千名群众就业", "上千", Approximate, 1000.0, None),
            ("吸引数百家企业", "数百", Approximate, 100.0, None),
            ("几十个村庄", "几十", Approximate, 10.0, None),
            ("惠及数十万人次", "数十万", Approximate, 1e5, None),
            ("增幅位居全市首位", "首", Rank, 1.0, None),
            ("排名第三", "第三", Rank, 3.0, None),
            ("比上年提高1.5个百分点", "1.5", Points, 1.5, None),
            ("下降两个百分点", "两", Points, 2.0, None),
            ("增速回落0.3百分点", "0.3", Points, 0.3, None),
            ("产值翻了两番", "两", Multiple, 2.0, None),
            (
                "城乡居民收入比由5：1缩小到2.6：1",
                "2.6：1",
                ColonRatio,
                2.6,
                None,
            ),
            ("男女比例为1.05:1。", "1.05:1", ColonRatio, 1.05, None),
        ];
        for (sentence, stated, kind, value, upper) in cases {
            let at = find_number(sentence, stated, 0)
                .unwrap_or_else(|| panic!("{stated} is not a number of {sentence}"));
            let got = read_in(sentence, at, stated).unwrap_or_else(|| panic!("{stated} not read"));
            assert_eq!(got.kind, kind, "{sentence}");
            assert!(
                same_value(got.value, value),
                "{stated}: {} != {value}",
                got.value
            );
            match (got.upper, upper) {
                (Some(a), Some(b)) => assert!(same_value(a, b), "{stated}: upper {a} != {b}"),
                (a, b) => assert_eq!(a, b, "{stated}"),
            }
        }
        // A range runs upwards; a fraction is at most the whole.
        assert_eq!(read_stated("五至三"), None);
        assert_eq!(read_stated("三分之四"), None);
        assert_eq!(read_stated("上"), None);
    }

    #[test]
    fn finds_whole_numbers_only() {
        let zh = "发展党员344名,培养入党积极分子772名,每个帮扶村后备人才均超过2人。";
        assert_eq!(find_number(zh, "2", 0), zh.find("2人"));
        assert_eq!(find_number(zh, "72", 0), None);
        assert_eq!(find_number("近四年来", "四", 0), Some("近".len()));
        assert_eq!(find_number("第十四", "十", 0), None);
        let en = "over 2,000 households and 2 villages, 1.2 more";
        assert_eq!(find_number(en, "2", 0), en.find("2 villages"));
        assert_eq!(find_number(en, "2", en.len()), None);
        assert_eq!(find_number("the 100th year", "100", 0), None);
        // A comma separates thousands only before a group of three digits.
        let clauses = "收入增长12%,2021年继续增长,2,000户受益";
        assert_eq!(find_number(clauses, "12%", 0), clauses.find("12%"));
        assert_eq!(find_number(clauses, "2021", 0), clauses.find("2021"));
        assert_eq!(
            find_number(clauses, "2", 0),
            None,
            "2 of 2,000 is not a number of its own"
        );
        assert_eq!(find_number(clauses, "2,000", 0), clauses.find("2,000"));
        assert_eq!(find_number("共12,2021年起", "12", 0), Some("共".len()));
        assert_eq!(find_number("1,070余项", "070", 0), None);
        assert_eq!(find_number("增长3.5倍", "3", 0), None);
        assert_eq!(find_number("the 100th year", "100th", 0), Some(4));
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        for text in ["", "abc", "6.38亿元", "1.2.3", "%"] {
            assert_eq!(parse_stated(text), None, "{text}");
        }
    }
}
