//! Figures: each says what its sentence says (number, kind, unit word, qualifier, change,
//! base).

use super::Checker;
use crate::story::change::{change_next_to, Change, Said, CHANGE_WORDS};
use crate::story::numerals::{
    find_number, read_in, same_value, unit_word_at, Kind, Reading, POINTS_WORDS,
};
use crate::story::qualifier::words_next_to;
use crate::story::{Qualifier, Story};
use std::collections::HashSet;

pub(super) fn check_figures(story: &Story, check: &mut Checker) {
    let mut ids = HashSet::new();
    for (i, figure) in story.figures.iter().enumerate() {
        let path = format!("figures[{i}]");
        check.figure = None;
        if check.unique_id(&mut ids, &format!("{path}.id"), &figure.id) {
            check.figure = Some((path.clone(), figure.id.clone()));
        }
        if let Some(upper) = figure.upper {
            if !(upper.is_finite() && upper > figure.value) {
                check.report(
                    format!("{path}.upper"),
                    format!("{upper} must be a finite number above the value"),
                );
            }
        }
        if !figure.value.is_finite() {
            check.report(format!("{path}.value"), "must be a finite number");
        } else if figure.value < 0.0 {
            check.report(
                format!("{path}.value"),
                format!(
                    "{} is negative: a decrease is a positive value with the quote's word of change (\"change\": \"下降\")",
                    figure.value
                ),
            );
        }
        if !figure.change.is_empty() && Change::from_word(&figure.change).is_none() {
            let known: Vec<String> = std::iter::once("")
                .chain(CHANGE_WORDS.iter().map(|(w, _)| *w))
                .map(|w| format!("\"{w}\""))
                .collect();
            check.report(
                format!("{path}.change"),
                format!(
                    "unknown word of change \"{}\" (known: {})",
                    figure.change,
                    known.join(", ")
                ),
            );
        }
        if !story.units.contains_key(&figure.unit) {
            let known: Vec<&str> = story.units.keys().map(String::as_str).collect();
            check.report(
                format!("{path}.unit"),
                format!(
                    "unknown unit \"{}\" (known: {})",
                    figure.unit,
                    known.join(", ")
                ),
            );
        }
        if Qualifier::from_word(&figure.qualifier).is_none() {
            let known: Vec<String> = std::iter::once("")
                .chain(Qualifier::WORDS.iter().map(|w| w.word))
                .map(|w| format!("\"{w}\""))
                .collect();
            check.report(
                format!("{path}.qualifier"),
                format!(
                    "unknown qualifier \"{}\" (known: {})",
                    figure.qualifier,
                    known.join(", ")
                ),
            );
        }
        check.text(&format!("{path}.label"), &figure.label);
        if let Some(base) = &figure.base {
            check.text(&format!("{path}.base"), base);
            let before = find_number(&figure.quote, &figure.stated, 0)
                .map_or(figure.quote.as_str(), |at| &figure.quote[..at]);
            if !base.zh.trim().is_empty() && !before.contains(&base.zh) {
                check.report(
                    format!("{path}.base.zh"),
                    format!(
                        "\"{}\" does not stand before \"{}\" in the quote: the base is what the quote compares with (比上年, 同比, 比2005年)",
                        base.zh, figure.stated
                    ),
                );
            }
        }
        check_quote(story, figure, &path, check);
    }
    check.figure = None;
}

/// The quote must be a sentence of the article that states the figure's value.
fn check_quote(story: &Story, figure: &crate::story::Figure, path: &str, check: &mut Checker) {
    if figure.quote.trim().is_empty() {
        check.report(format!("{path}.quote"), "must not be empty");
        return;
    }
    let Some(paragraph) = story.paragraphs().find(|p| p.zh.contains(&figure.quote)) else {
        check.report(format!("{path}.quote"), "not found in the article text");
        return;
    };
    if figure.stated_en.trim().is_empty() {
        check.report(format!("{path}.stated_en"), "must not be empty");
    } else if find_number(&paragraph.en, &figure.stated_en, 0).is_none() {
        check.report(
            format!("{path}.stated_en"),
            format!(
                "\"{}\" does not occur as a number in the English of {}",
                figure.stated_en, paragraph.id
            ),
        );
    }
    // A unit written with its scale (万元, 万亩, 亿斤): 5800 in 5800万元 is the number.
    let scaled_unit = story
        .unit_of(figure)
        .map(|u| u.zh.as_str())
        .filter(|zh| zh.starts_with(['万', '亿']));
    let at = find_number(&figure.quote, &figure.stated, 0).or_else(|| {
        find_number(
            &figure.quote,
            &format!("{}{}", figure.stated, scaled_unit?),
            0,
        )
    });
    let Some(at) = at else {
        let scaled = ["万", "亿", "千", "百"]
            .into_iter()
            .find(|w| find_number(&figure.quote, &format!("{}{w}", figure.stated), 0).is_some());
        let message = match scaled {
            _ if figure.stated.trim().is_empty() => "must not be empty".to_string(),
            Some(scale) => format!(
                "the quote writes \"{}{scale}\": stated must include {scale}",
                figure.stated
            ),
            None => format!(
                "\"{}\" does not occur as a number in the quote",
                figure.stated
            ),
        };
        check.report(format!("{path}.stated"), message);
        return;
    };
    check_qualifier_in_quote(story, figure, at, path, check);
    check_change_in_quote(figure, at, path, check);
    let Some(reading) = read_in(&figure.quote, at, &figure.stated) else {
        check.report(
            format!("{path}.stated"),
            format!("\"{}\" is not a number", figure.stated),
        );
        return;
    };
    check_unit_word_in_quote(story, figure, at, path, check);
    check_year_as_duration(story, figure, at, path, check);
    check_reading(story, figure, reading, path, check);
}

/// A calendar year is a date wherever it appears: 2014年末 filed as a duration would print
/// `2,014年`, `2,014 years`.
fn check_year_as_duration(
    story: &Story,
    figure: &crate::story::Figure,
    at: usize,
    path: &str,
    check: &mut Checker,
) {
    let duration = story
        .unit_of(figure)
        .is_some_and(|u| u.dimension == crate::story::Dimension::Duration);
    let stated = &figure.stated;
    let four_digits = stated.len() == 4 && stated.bytes().all(|b| b.is_ascii_digit());
    let after = &figure.quote[at + stated.len()..];
    let plausible = stated
        .parse::<u32>()
        .is_ok_and(|y| (1800..=2100).contains(&y));
    if !(duration && four_digits && plausible && after.starts_with('年')) {
        return;
    }
    let when: String = after
        .chars()
        .take(2)
        .filter(|c| "年末底初中度".contains(*c))
        .collect();
    check.report(
        format!("{path}.unit"),
        format!(
            "\"{stated}\" is a calendar year (the quote writes \"{stated}{when}\"): its unit must be of dimension \"year\", not \"duration\""
        ),
    );
}

/// The unit's word follows the number in the quote (past 余 or 多 inside it: 20多个), as
/// the number and its qualifier are checked: 1687.5万只 is not in a unit of 头.
fn check_unit_word_in_quote(
    story: &Story,
    figure: &crate::story::Figure,
    at: usize,
    path: &str,
    check: &mut Checker,
) {
    use crate::story::Dimension as D;
    let Some(unit) = story.unit_of(figure) else {
        return; // reported as unknown
    };
    let stated = &figure.stated;
    let after = &figure.quote[at + stated.len()..];
    // Words that a kind of number carries itself (50%, 三分之一, 首位, 2.6：1, 翻两番).
    let doubling = figure.change() == Some(crate::story::Change::Doubling);
    if matches!(
        unit.dimension,
        D::Percent | D::Ratio | D::Rank | D::ColonRatio
    ) || doubling
    {
        return;
    }
    let inside = ["余", "多"]
        .into_iter()
        .find(|w| after.starts_with(w))
        .unwrap_or("");
    let after = &after[inside.len()..];
    let stated = format!("{stated}{inside}");
    let own = [unit.zh.as_str()];
    let written: &[&str] = if unit.dimension == D::Points {
        &POINTS_WORDS
    } else {
        &own
    };
    if written
        .iter()
        .any(|w| !w.is_empty() && after.starts_with(w))
    {
        return;
    }
    let message = match unit_word_at(after) {
        Some(word) => format!(
            "the quote writes \"{stated}{word}\", not \"{stated}{}\": the unit \"{}\" is {}, but the quote has {word}",
            unit.zh, figure.unit, unit.zh
        ),
        None => format!(
            "the quote writes no unit word after \"{stated}\", but the unit \"{}\" is {}",
            figure.unit, unit.zh
        ),
    };
    check.report(format!("{path}.unit"), message);
}

/// The figure says what the number it states says: its value, its range's upper end, and
/// a unit of the kind of number it is (a percentage, a fraction, a multiple, a rank).
fn check_reading(
    story: &Story,
    figure: &crate::story::Figure,
    reading: Reading,
    path: &str,
    check: &mut Checker,
) {
    let stated = &figure.stated;
    // A story writes a fraction to three decimals (0.333 for 三分之一).
    let close = |a: f64, b: f64| match reading.kind {
        Kind::Ratio => (a - b).abs() < 5e-4,
        _ => same_value(a, b),
    };
    if figure.value.is_finite() && !close(reading.value, figure.value) {
        check.report(
            format!("{path}.value"),
            format!(
                "{} differs from the stated \"{stated}\" ({})",
                figure.value, reading.value
            ),
        );
    }
    match (reading.upper, figure.upper) {
        (Some(upper), None) => check.report(
            format!("{path}.upper"),
            format!("\"{stated}\" is a range: give its upper end ({upper}) as \"upper\""),
        ),
        (None, Some(_)) => check.report(
            format!("{path}.upper"),
            format!("\"{stated}\" is not a range (write it as the quote does: 三至五, 3—5)"),
        ),
        (Some(upper), Some(given)) if !same_value(upper, given) => check.report(
            format!("{path}.upper"),
            format!("{given} differs from the upper end of \"{stated}\" ({upper})"),
        ),
        _ => {}
    }
    let Some(unit) = story.unit_of(figure) else {
        return; // reported as unknown
    };
    use crate::story::Dimension as D;
    let wanted = match reading.kind {
        Kind::Percent => Some((D::Percent, "a percentage")),
        Kind::Points => Some((D::Points, "a difference in percentage points (百分点)")),
        Kind::Ratio => Some((D::Ratio, "a fraction")),
        Kind::Multiple => Some((D::Multiple, "a multiple (倍)")),
        Kind::Rank => Some((D::Rank, "a place in an order")),
        Kind::ColonRatio => Some((D::ColonRatio, "a ratio (its base second)")),
        Kind::Number | Kind::Range | Kind::Approximate => None,
    };
    // A change in a ratio is a plain difference (下降0.03); a level is written with a colon.
    let difference = reading.kind == Kind::Number && !figure.change.is_empty();
    match wanted {
        None if unit.dimension == D::ColonRatio && !difference => check.report(
            format!("{path}.stated"),
            format!(
                "the unit \"{}\" is of dimension \"colon_ratio\", but \"{stated}\" is not a ratio written with a colon (2.6：1), nor a change in one (下降0.03 with \"change\")",
                figure.unit
            ),
        ),
        Some((dimension, what)) if unit.dimension != dimension => check.report(
            format!("{path}.unit"),
            format!(
                "\"{stated}\" is {what}: its unit must be of dimension \"{}\", not \"{}\"",
                dimension_name(dimension),
                dimension_name(unit.dimension)
            ),
        ),
        None if matches!(unit.dimension, D::Ratio | D::Multiple | D::Rank | D::Points) => check
            .report(
                format!("{path}.stated"),
                format!(
                "the unit \"{}\" is of dimension \"{}\", but \"{stated}\" is not {}",
                figure.unit,
                dimension_name(unit.dimension),
                match unit.dimension {
                    D::Ratio => "a fraction (三分之一)",
                    D::Multiple => "followed by 倍",
                    D::Points =>
                        "followed by 个百分点 (a percentage is in a unit of dimension \"percent\")",
                    _ => "a place (首, 第三)",
                }
            ),
            ),
        _ => {}
    }
}

/// The figure's word of change is the one the quote puts before its number: a change (增长,
/// 下降) is not a level (增长到, 降至, or no word), and 降低/减少 N 倍 has no value.
fn check_change_in_quote(
    figure: &crate::story::Figure,
    at: usize,
    path: &str,
    check: &mut Checker,
) {
    let given = figure.change.as_str();
    let Some(meaning) = Change::from_word(given).or(given.is_empty().then_some(Change::Up)) else {
        return; // reported as unknown
    };
    let stated = &figure.stated;
    let said = change_next_to(&figure.quote, at, stated);
    let message = match (given, said) {
        ("", None) | ("", Some(Said::To(..))) => return,
        (given, Some(Said::By(word))) if word == given => {
            let times = read_in(&figure.quote, at, stated).is_some_and(|r| r.kind == Kind::Multiple);
            if meaning == Change::Down && times {
                format!(
                    "\"{word}{stated}倍\" (a decrease by N times) cannot be turned into a value: Chinese editing rules count it wrong usage; give the fraction the article means as a percentage or a fraction (下降50%, 降至三分之一)"
                )
            } else {
                return;
            }
        }
        ("", Some(Said::By(word))) => format!(
            "the quote says \"{word}\" before \"{stated}\": the figure is a change, not a level, and must say \"change\": \"{word}\""
        ),
        (given, None) => format!("the quote states \"{stated}\" without \"{given}\" before it"),
        (_, Some(said @ Said::To(..))) => format!(
            "the quote says \"{}\" before \"{stated}\": the level reached, not a change: leave \"change\" empty",
            said.written()
        ),
        (given, Some(Said::By(word))) => {
            format!("the quote says \"{word}\" before \"{stated}\", not \"{given}\"")
        }
    };
    check.report(format!("{path}.change"), message);
}

/// A dimension as the story JSON writes it: `colon_ratio`.
fn dimension_name(dimension: crate::story::Dimension) -> String {
    let mut name = String::new();
    for (i, c) in format!("{dimension:?}").chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

/// The figure's qualifier is the word the quote puts next to its number (before it, in it,
/// or after it and its unit), and a number the quote qualifies is not given as exact.
fn check_qualifier_in_quote(
    story: &Story,
    figure: &crate::story::Figure,
    at: usize,
    path: &str,
    check: &mut Checker,
) {
    if Qualifier::from_word(&figure.qualifier).is_none() {
        return; // reported as unknown
    }
    let unit = story.units.get(&figure.unit).map_or("", |u| u.zh.as_str());
    let said = words_next_to(&figure.quote, at, &figure.stated, unit);
    let stated = &figure.stated;
    let message = match (figure.qualifier.as_str(), said.as_slice()) {
        ("", []) => return,
        (given, words) if words.contains(&given) => return,
        ("", words) => format!(
            "the quote says \"{}\" next to \"{stated}\": the figure must say so too",
            words.join("\", \"")
        ),
        (given, []) => {
            format!("the quote states \"{stated}\" without \"{given}\" next to it")
        }
        (given, words) => format!(
            "the quote says \"{}\" next to \"{stated}\", not \"{given}\"",
            words.join("\", \"")
        ),
    };
    check.report(format!("{path}.qualifier"), message);
}
