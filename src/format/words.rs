//! Numbers in words: round numbers (千, 十万; hundreds), fractions (三分之一, one third), ordinals.

use super::digits::grouped;
/// The power of ten `value` is, in Chinese words: 1,000 is 千, 100,000 is 十万.
pub(super) fn magnitude_zh(value: f64) -> Option<&'static str> {
    const WORDS: [&str; 8] = ["十", "百", "千", "万", "十万", "百万", "千万", "亿"];
    let power = power_of_ten(value)?;
    WORDS.get(power.checked_sub(1)?).copied()
}

/// "Several" of a power of ten in English: 数百 is `hundreds`, 数十万 `hundreds of thousands`.
pub(super) fn several_en(value: f64) -> Option<&'static str> {
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
        // A part of a whole: at most the whole.
        let part = n >= 1.0 && n <= d as f64;
        ((n / d as f64 - value).abs() < 5e-4 && part).then_some((n as u32, d))
    })
}

/// `三分之一`; a value no simple fraction fits is written as a decimal.
pub(super) fn fraction_zh(value: f64) -> String {
    match fraction(value) {
        Some((n, d)) => format!("{}分之{}", chinese_number(d), chinese_number(n)),
        None => grouped(value),
    }
}

/// `1/3`.
pub(super) fn fraction_digits(value: f64) -> String {
    match fraction(value) {
        Some((n, d)) => format!("{n}/{d}"),
        None => grouped(value),
    }
}

/// `one third`, `two thirds`, `one half`, `three quarters`.
pub(super) fn fraction_en(value: f64) -> String {
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

/// 1 to 99 in Chinese numerals: `三`, `十二`, `二十`; larger numbers in digits.
pub(super) fn chinese_number(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n as usize - 10] }),
        100.. => n.to_string(),
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
pub(super) fn ordinal(value: f64) -> String {
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
