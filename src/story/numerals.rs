//! Reads a number as the article writes it: `6.38亿`, `3070`, `16万`, `两`, `十`, `百万`, `50%`.
//! The validator uses it to check that a figure's value is what its sentence says.

/// The value of a written number, or `None` if it is not one.
pub fn parse_stated(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = text.strip_suffix('%').unwrap_or(text);
    // A percentage in words: 百分之五十 is 50 (its unit is the story's %).
    let text = text.strip_prefix("百分之").unwrap_or(text);
    // Places: 首 (first), 第三, 第3.
    if text == "首" {
        return Some(1.0);
    }
    let text = text.strip_prefix('第').unwrap_or(text);
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
