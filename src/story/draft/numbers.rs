//! Every number a reader can find in a sentence, as the draft proposes it: its value, the
//! number as written, its unit word, word of change and qualifier; idioms, names and ranks
//! told apart.

use super::super::change::{change_next_to, Said};
use super::super::numerals::{
    find_number, read_stated, unit_word_at, POINTS_WORDS, RANGE_MARKS, ROUND_WORDS, UNIT_WORDS,
};
use super::super::qualifier::words_next_to;

/// Characters of a number written in Chinese numerals.
const CHINESE_DIGITS: &str = "零〇一二两三四五六七八九十百千万亿";

/// One number found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundNumber {
    pub value: f64,
    /// The number as written: `6.38亿`, `3070余万`, `十`, `50%`, `三至五`, `三分之一`, `上千`.
    pub stated: String,
    /// The upper end of a range (`三至五`: 5).
    pub upper: Option<f64>,
    /// The unit word after it: `元`, `名`, `%`, `个百分点`, `册`.
    pub unit: String,
    /// A first guess at what the unit measures: `money`, `year` (2018年) …
    pub dimension: &'static str,
    /// The word of change before it (增长, 下降, 翻), `""` for a level.
    pub change: String,
    /// The qualifier word next to it, `""` when plain.
    pub qualifier: String,
    /// The sentence it stands in, exactly as in its paragraph.
    pub sentence: String,
}

/// Every number with a unit in `sentence`, in order.
pub fn numbers_in(sentence: &str) -> Vec<FoundNumber> {
    let mut found = Vec::new();
    // 位居全市首位: first place.
    if sentence.contains("首位") {
        found.push(rank("首".into(), 1.0, "位", sentence));
    }
    let mut from = 0;
    while from < sentence.len() {
        let rest = &sentence[from..];
        let Some((offset, c)) = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit() || CHINESE_DIGITS.contains(*c))
        else {
            break;
        };
        let at = from + offset;
        let (stated, next) = match percent_in_words(sentence, at) {
            Some(stated) => {
                let end = at + stated.len();
                (Some(stated), end)
            }
            None => number_at(sentence, at, c.is_ascii_digit()),
        };
        from = next.max(at + c.len_utf8());
        let Some(stated) = stated else {
            continue;
        };
        let (at, stated) = whole_form(sentence, at, stated);
        from = from.max(at + stated.len());
        // Not ordinals (第三), not part of a longer number.
        let ordinal = sentence[..at].ends_with('第');
        if ordinal || find_number(sentence, &stated, at) != Some(at) {
            // 第三名, 第3位: a place in an order.
            let place = &sentence[at + stated.len()..];
            if let Some(unit) = ["位", "名"]
                .into_iter()
                .find(|u| ordinal && place.starts_with(u))
            {
                if let Some(reading) = read_stated(&stated) {
                    found.push(rank(format!("第{stated}"), reading.value, unit, sentence));
                }
            }
            continue;
        }
        // 一批, 新的一年, 一家人: a lone 一 is an article, not a count; idioms (三位一体) and
        // names (“百亿斤粮食”基地) hold numbers that are not figures.
        if stated == "一" || in_idiom(sentence, at) || in_name(sentence, at, &stated) {
            continue;
        }
        let Some(reading) = read_stated(&stated) else {
            continue;
        };
        let after = &sentence[at + stated.len()..];
        let inside = ["余", "多"]
            .into_iter()
            .find(|w| after.starts_with(w))
            .unwrap_or("");
        let rest = &after[inside.len()..];
        let arabic = stated.starts_with(|c: char| c.is_ascii_digit());
        // 翻两番: doubled twice, a multiple.
        let doublings =
            rest.starts_with('番') && sentence[..at].trim_end_matches('了').ends_with('翻');
        let unit = if stated.ends_with('%') || stated.starts_with("百分之") {
            Some("%")
        } else if doublings {
            Some("倍")
        } else if stated.contains("分之") || stated.contains(['：', ':']) {
            Some("") // 三分之一的农户: a fraction has no unit word
        } else if arabic {
            // Any measure word after digits (册, 辆, 台 …), but not a date's 月 or 日.
            unit_word_at(rest).filter(|u| !["月", "日", "时", "号", "分", "秒"].contains(u))
        } else {
            // After numerals in words, only the words of the list: 一事一议 is no count.
            POINTS_WORDS
                .into_iter()
                .chain(UNIT_WORDS)
                .find(|u| rest.starts_with(u))
        };
        let Some(unit) = unit else {
            continue;
        };
        // 一个个, 一批批: a reduplicated measure word says "one after another", not a count.
        let past_unit = after[inside.len()..].strip_prefix(unit);
        if !unit.is_empty() && !doublings && past_unit.is_some_and(|rest| rest.starts_with(unit)) {
            continue;
        }
        let words = words_next_to(sentence, at, &stated, unit);
        // 2018年: a calendar year, a date; 四年: a duration.
        let year = unit == "年"
            && stated.len() == 4
            && arabic
            && (1800.0..=2100.0).contains(&reading.value);
        found.push(FoundNumber {
            value: reading.value,
            upper: reading.upper,
            dimension: match () {
                _ if year => "year",
                _ if stated.contains(['：', ':']) => "colon_ratio",
                _ => dimension_of(unit),
            },
            change: match change_next_to(sentence, at, &stated) {
                Some(Said::By(word)) => word.to_string(),
                _ => String::new(),
            },
            stated,
            unit: unit.to_string(),
            qualifier: words.first().map_or(String::new(), |w| w.to_string()),
            sentence: sentence.to_string(),
        });
    }
    found
}

/// The whole number form that `stated` at byte `at` is part of: a round number in words
/// (上千, 数百), a fraction (三分之一) or a range (三至五, 3—5万); with where it starts.
fn whole_form(sentence: &str, at: usize, stated: String) -> (usize, String) {
    let magnitudes_only = stated.chars().all(|c| "十百千万亿".contains(c));
    if magnitudes_only {
        if let Some(word) = ROUND_WORDS.iter().find(|w| sentence[..at].ends_with(*w)) {
            return (at - word.len(), format!("{word}{stated}"));
        }
    }
    let after = &sentence[at + stated.len()..];
    let digit = |c: char| c.is_ascii_digit() || CHINESE_DIGITS.contains(c);
    // 2.6：1, 5:1: a ratio, its base second.
    for colon in ["：", ":"] {
        if let Some(rest) = after.strip_prefix(colon) {
            let second: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let whole = format!("{stated}{colon}{second}");
            if !second.is_empty() && read_stated(&whole).is_some() {
                return (at, whole);
            }
        }
    }
    if let Some(rest) = after.strip_prefix("分之") {
        let numerator: String = rest.chars().take_while(|c| digit(*c)).collect();
        let whole = format!("{stated}分之{numerator}");
        if !numerator.is_empty() && read_stated(&whole).is_some() {
            return (at, whole);
        }
    }
    for mark in RANGE_MARKS {
        let Some(rest) = after.strip_prefix(mark) else {
            continue;
        };
        let Some(first) = rest.chars().next().filter(|c| digit(*c)) else {
            continue;
        };
        let high_at = at + stated.len() + mark.len();
        if let (Some(high), _) = number_at(sentence, high_at, first.is_ascii_digit()) {
            let whole = format!("{stated}{mark}{high}");
            if read_stated(&whole).is_some_and(|r| r.upper.is_some()) {
                return (at, whole);
            }
        }
    }
    (at, stated)
}

/// `百分之五十` at byte `at`: a percentage in words, read whole.
fn percent_in_words(sentence: &str, at: usize) -> Option<String> {
    let rest = sentence[at..].strip_prefix("百分之")?;
    let digits: String = rest
        .chars()
        .take_while(|c| CHINESE_DIGITS.contains(*c) || c.is_ascii_digit())
        .collect();
    (!digits.is_empty()).then(|| format!("百分之{digits}"))
}

/// The number written at byte `at` (`None` if the characters there are not one), and where
/// scanning goes on. Arabic numerals take `.` and thousands commas, then 余 or 多 when 万 or
/// 亿 follow (3070余万), then 万/亿, then `%`; Chinese numerals take their own characters.
fn number_at(sentence: &str, at: usize, arabic: bool) -> (Option<String>, usize) {
    let rest = &sentence[at..];
    let mut end = 0;
    let chars: Vec<(usize, char)> = rest.char_indices().collect();
    let mut i = 0;
    if arabic {
        while i < chars.len() {
            let c = chars[i].1;
            let joins_digits = (c == '.' || c == ',')
                && chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit())
                && (c == '.'
                    || rest[chars[i].0 + 1..]
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .count()
                        == 3);
            if c.is_ascii_digit() || joins_digits {
                i += 1;
            } else {
                break;
            }
        }
    } else {
        while i < chars.len() && CHINESE_DIGITS.contains(chars[i].1) {
            i += 1;
        }
    }
    if i < chars.len()
        && "余多".contains(chars[i].1)
        && chars.get(i + 1).is_some_and(|(_, c)| "万亿".contains(*c))
    {
        i += 1;
    }
    while i < chars.len() && "万亿".contains(chars[i].1) {
        i += 1;
    }
    if i < chars.len() && chars[i].1 == '%' {
        i += 1;
    }
    if i > 0 {
        end = chars.get(i).map_or(rest.len(), |(b, _)| *b);
    }
    let stated = &rest[..end];
    let next = at + end.max(1);
    if stated.is_empty() || stated.chars().all(|c| "万亿".contains(c)) {
        return (None, next);
    }
    (Some(stated.to_string()), next)
}

/// A place in an order (首位, 第三名).
fn rank(stated: String, value: f64, unit: &str, sentence: &str) -> FoundNumber {
    FoundNumber {
        value,
        stated,
        upper: None,
        unit: unit.to_string(),
        dimension: "rank",
        change: String::new(),
        qualifier: String::new(),
        sentence: sentence.to_string(),
    }
}

/// Fixed phrases whose numbers count nothing.
const IDIOMS: [&str; 17] = [
    "三位一体",
    "百年",
    "一事一议",
    "一心一意",
    "千家万户",
    "千方百计",
    "四面八方",
    "五湖四海",
    "五花八门",
    "四通八达",
    "万无一失",
    "三番五次",
    "七上八下",
    "十全十美",
    "一带一路",
    "两学一做",
    "一批批",
];

/// Whether the number at byte `at` is inside one of the [`IDIOMS`].
fn in_idiom(sentence: &str, at: usize) -> bool {
    IDIOMS.iter().any(|idiom| {
        sentence
            .match_indices(idiom)
            .any(|(start, _)| (start..start + idiom.len()).contains(&at))
    })
}

/// Whether the number `stated` at byte `at` is part of a name: inside quotation marks or
/// title marks (“十佳”, 《…》), or right before the word that ends a name (百亿斤粮食基地).
fn in_name(sentence: &str, at: usize, stated: &str) -> bool {
    let before = &sentence[..at];
    // Inside a short quotation that closes after the number (a scraped page may have lost a
    // closing mark, which must not make the rest of the sentence a name).
    let after_number = &sentence[at + stated.len()..];
    let quoted = [('“', '”'), ('《', '》'), ('「', '」')]
        .iter()
        .any(|(open, close)| {
            let open_at = before
                .rfind(*open)
                .filter(|o| before.rfind(*close).is_none_or(|c| c < *o));
            match (open_at, after_number.find(*close)) {
                (Some(o), Some(c)) => {
                    before[o..].chars().count() + after_number[..c].chars().count() <= 20
                }
                _ => false,
            }
        });
    let after: String = sentence[at + stated.len()..]
        .chars()
        .take_while(|c| !"，,。；;、：:！？（(".contains(*c))
        .take(8)
        .collect();
    // A weight or an area before the name's last word: 百亿斤粮食基地 names a base (a count
    // of bases would be 3个基地).
    let name_ends = ["基地", "示范区", "工程", "计划", "行动"];
    let measure = after.starts_with(['斤', '吨', '亩', '元']);
    quoted || (measure && name_ends.iter().any(|w| after.contains(w)))
}

/// What kind of quantity a unit word measures, as a first guess.
fn dimension_of(unit: &str) -> &'static str {
    match unit {
        "元" | "美元" => "money",
        "斤" | "吨" | "担" | "千克" | "公斤" => "weight",
        "亩" | "平方米" | "平方公里" | "公顷" => "area",
        "%" => "percent",
        "个百分点" | "百分点" => "points",
        "" => "ratio",
        "倍" => "multiple",
        "年" | "周年" | "个月" | "天" | "岁" => "duration",
        _ => "count",
    }
}
