//! Reads a number as the article writes it: `6.38亿`, `3070`, `16万`, `两`, `十`, `百万`, `50%`.
//! The validator uses it to check that a figure's value is what its sentence says.

/// The value of a written number, or `None` if it is not one.
pub fn parse_stated(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = text.strip_suffix('%').unwrap_or(text);
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
        ];
        for (text, want) in cases {
            let got = parse_stated(text).unwrap_or_else(|| panic!("{text} not read"));
            assert!(same_value(got, want), "{text}: got {got}, want {want}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        for text in ["", "abc", "6.38亿元", "1.2.3", "%"] {
            assert_eq!(parse_stated(text), None, "{text}");
        }
    }
}
