//! Digits as written: plain (years, Chinese text) and grouped by thousands (English).

/// Up to four decimals, trailing zeros dropped, no grouping (years: `2018`).
pub(super) fn plain(value: f64) -> String {
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
