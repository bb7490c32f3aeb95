//! The story's rules, each broken rule reported with the JSON path where it is broken.

use super::change::{change_next_to, Change, Said, CHANGE_WORDS};
use super::numerals::{
    find_number, read_in, same_value, unit_word_at, Kind, Reading, POINTS_WORDS,
};
use super::qualifier::words_next_to;
use super::{Bilingual, Qualifier, Story};
use std::collections::HashSet;
use std::fmt;

/// One broken rule: where (a JSON path such as `figures[12].quote`) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// The id of the figure the path is in, which the message shows after its index
    /// (`figures[63] (id "grain-output").qualifier`): with 60 figures an index alone is
    /// hard to act on.
    pub figure: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.figure, self.path.find(']')) {
            (Some(id), Some(end)) => {
                let (index, rest) = self.path.split_at(end + 1);
                write!(f, "{index} (id \"{id}\"){rest}: {}", self.message)
            }
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Titles, labels, takeaways, notes.
const MAX_SHORT_TEXT: usize = 2_000;
/// A paragraph of the article.
const MAX_PARAGRAPH: usize = 20_000;

/// Every problem of the story; empty means valid.
pub fn validate(story: &Story) -> Vec<Problem> {
    let mut check = Checker::default();
    if story.schema != 1 {
        check.report(
            "schema",
            format!("unsupported version {} (expected 1)", story.schema),
        );
    }
    check_meta(story, &mut check);
    check_units(story, &mut check);
    check_conversions(story, &mut check);
    check_sections(story, &mut check);
    check_figures(story, &mut check);
    check_key_figures(story, &mut check);
    check_charts(story, &mut check);
    check_steps(story, &mut check);
    check_repairs(story, &mut check);
    check.problems
}

/// What the validator notes without refusing the story: fields of earlier forms of the
/// schema that it still accepts and ignores.
pub fn warnings(story: &Story) -> Vec<Problem> {
    let mut notes = Vec::new();
    let mut note = |path: String, message: &str, figure: Option<String>| {
        notes.push(Problem {
            path,
            message: message.to_string(),
            figure,
        })
    };
    if story.meta.language.present {
        note(
            "meta.language".into(),
            "retired field, ignored (a story is always Chinese with an English translation); delete it",
            None,
        );
    }
    for (i, figure) in story.figures.iter().enumerate() {
        if figure.category.present {
            note(
                format!("figures[{i}].category"),
                "retired field, ignored (a figure's unit and charts say what it is); delete it",
                Some(figure.id.clone()),
            );
        }
    }
    notes
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// The figure being checked, `figures[i]` and its id: its problems name it.
    figure: Option<(String, String)>,
}

impl Checker {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        let path = path.into();
        let figure = self.figure.as_ref().and_then(|(prefix, id)| {
            let field = path.strip_prefix(prefix.as_str())?;
            (field.starts_with('.') && field != ".id").then(|| id.clone())
        });
        self.problems.push(Problem {
            path,
            message: message.into(),
            figure,
        });
    }

    fn text(&mut self, path: &str, text: &Bilingual) {
        for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
            self.non_empty(&format!("{path}.{lang}"), value, MAX_SHORT_TEXT);
        }
    }

    /// Text that must say something, and not absurdly much (a pasted file, a runaway
    /// generator): both would break the page long before a reader noticed why.
    fn non_empty(&mut self, path: &str, value: &str, max_chars: usize) {
        if value.trim().is_empty() {
            self.report(path, "must not be empty");
        } else if value.len() > max_chars * 4 || value.chars().count() > max_chars {
            let count = value.chars().count();
            self.report(
                path,
                format!("too long ({count} characters; at most {max_chars})"),
            );
        }
    }

    /// Whether `id` is a slug not seen before; reported if not.
    fn unique_id(&mut self, seen: &mut HashSet<String>, path: &str, id: &str) -> bool {
        if !self.slug(path, id) {
            return false;
        }
        if !seen.insert(id.to_string()) {
            self.report(path, format!("duplicate id \"{id}\""));
            return false;
        }
        true
    }

    /// Ids become file names (`chart-<id>.html`), URL fragments, CSS selectors and query
    /// values: only lower-case ASCII letters, digits and hyphens are safe in all of them.
    fn slug(&mut self, path: &str, id: &str) -> bool {
        const MAX_ID_CHARS: usize = 64;
        let why = if id.is_empty() {
            "must not be empty".to_string()
        } else if id.len() > MAX_ID_CHARS {
            format!(
                "too long ({} characters; at most {MAX_ID_CHARS})",
                id.chars().count()
            )
        } else if let Some(bad) = id
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            format!("\"{id}\" contains {bad:?}: ids may hold only a-z, 0-9 and -")
        } else {
            return true;
        };
        self.report(path, why);
        false
    }
}

fn check_meta(story: &Story, check: &mut Checker) {
    let meta = &story.meta;
    check.slug("meta.id", &meta.id);
    check.text("meta.title", &meta.title);
    check.text("meta.summary", &meta.summary);
    check.text("meta.source", &meta.source);
    for (field, url) in [
        ("source_url", &meta.source_url),
        ("story_url", &meta.story_url),
    ] {
        if let Some(url) = url {
            if let Err(why) = check_web_address(url) {
                check.report(format!("meta.{field}"), why);
            }
        }
    }
    if !is_iso_date(&meta.date) {
        check.report(
            "meta.date",
            format!(
                "\"{}\" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY (mark one that is not known exactly \"date_approximate\": true)",
                meta.date
            ),
        );
    }
    for (i, author) in meta.authors.iter().enumerate() {
        check.text(&format!("meta.authors[{i}]"), author);
    }
}

/// An absolute `http(s)` address that can go into an `href` as it is.
fn check_web_address(url: &str) -> Result<(), String> {
    const MAX_URL_CHARS: usize = 2_000;
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("\"{url}\" must start with https:// or http://"))?;
    if url.chars().count() > MAX_URL_CHARS {
        return Err(format!("too long (at most {MAX_URL_CHARS} characters)"));
    }
    if rest.is_empty() || rest.starts_with('/') {
        return Err(format!("\"{url}\" has no host name"));
    }
    if let Some(bad) = url
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "\"<>`".contains(*c))
    {
        return Err(format!(
            "contains {bad:?}, which an address cannot hold (encode it)"
        ));
    }
    Ok(())
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let numeric = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    let lengths_ok = match parts.as_slice() {
        [year] => numeric(year, 4),
        [year, month] => numeric(year, 4) && numeric(month, 2),
        [year, month, day] => numeric(year, 4) && numeric(month, 2) && numeric(day, 2),
        _ => false,
    };
    let number = |i: usize, default: u32| parts.get(i).map_or(Some(default), |p| p.parse().ok());
    lengths_ok
        && number(1, 1).is_some_and(|m| (1..=12).contains(&m))
        && number(2, 1).is_some_and(|d| (1..=31).contains(&d))
}

fn check_units(story: &Story, check: &mut Checker) {
    for (id, unit) in &story.units {
        // A fraction may have no unit word (三分之一的农户), and calendar years have none
        // in English (2018).
        let unit_word_optional = unit.dimension == super::Dimension::Ratio;
        // A colon ratio's words name its base (农村居民, rural), which its caption shows.
        if unit.zh.trim().is_empty() && !unit_word_optional {
            check.report(format!("units.{id}.zh"), "must not be empty");
        }
        let en_optional = unit_word_optional || unit.dimension == super::Dimension::Year;
        if unit.en.trim().is_empty() && !en_optional {
            check.report(format!("units.{id}.en"), "must not be empty");
        }
        if unit.dimension == super::Dimension::Points
            && (unit.en.contains('%') || unit.zh.contains('%'))
        {
            check.report(
                format!("units.{id}"),
                "a difference of two percentages is written in percentage points (个百分点, \"percentage points\"), never %",
            );
        }
    }
}

/// A conversion joins two known units of one dimension by a positive factor, one per unit:
/// it is what lets their figures share a chart's axis.
fn check_conversions(story: &Story, check: &mut Checker) {
    let mut from_seen = HashSet::new();
    for (i, conversion) in story.conversions.iter().enumerate() {
        let path = format!("conversions[{i}]");
        let from = story.units.get(&conversion.from);
        let to = story.units.get(&conversion.to);
        for (field, id, unit) in [("from", &conversion.from, from), ("to", &conversion.to, to)] {
            if unit.is_none() {
                check.report(format!("{path}.{field}"), format!("unknown unit \"{id}\""));
            }
        }
        if let (Some(from), Some(to)) = (from, to) {
            if from.dimension != to.dimension {
                check.report(
                    format!("{path}.to"),
                    format!(
                        "\"{}\" and \"{}\" measure different things ({:?}, {:?}): they never share an axis",
                        conversion.from, conversion.to, from.dimension, to.dimension
                    ),
                );
            }
        }
        if let (Some(from), Some(to)) = (from, to) {
            let standard = super::standard_units::standard_factor(&from.zh, &to.zh);
            if let Some(standard) = standard.filter(|s| {
                conversion.factor.is_finite()
                    && !super::standard_units::agrees(conversion.factor, *s)
            }) {
                let shown = |v: f64| {
                    let text = format!("{v:.4}");
                    text.trim_end_matches('0').trim_end_matches('.').to_string()
                };
                check.report(
                    format!("{path}.factor"),
                    format!(
                        "1{} = {}{}, not {}",
                        from.zh,
                        shown(standard),
                        to.zh,
                        shown(conversion.factor)
                    ),
                );
            }
        }
        if conversion.from == conversion.to {
            check.report(format!("{path}.to"), "converts a unit into itself");
        }
        if !(conversion.factor.is_finite() && conversion.factor > 0.0) {
            check.report(
                format!("{path}.factor"),
                format!("{} is not a positive number", conversion.factor),
            );
        }
        if !from_seen.insert(conversion.from.as_str()) {
            check.report(
                format!("{path}.from"),
                format!("\"{}\" already has a conversion", conversion.from),
            );
        }
    }
}

fn check_sections(story: &Story, check: &mut Checker) {
    if story.sections.is_empty() {
        check.report("sections", "the story has no text");
    }
    let mut section_ids = HashSet::new();
    let mut paragraph_ids = HashSet::new();
    for (s, section) in story.sections.iter().enumerate() {
        let path = format!("sections[{s}]");
        check.unique_id(&mut section_ids, &format!("{path}.id"), &section.id);
        if let Some(heading) = &section.heading {
            check.text(&format!("{path}.heading"), heading);
        }
        if section.paragraphs.is_empty() {
            check.report(
                format!("{path}.paragraphs"),
                "a section needs at least one paragraph",
            );
        }
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            let path = format!("{path}.paragraphs[{p}]");
            check.unique_id(&mut paragraph_ids, &format!("{path}.id"), &paragraph.id);
            for (lang, text) in [("zh", &paragraph.zh), ("en", &paragraph.en)] {
                check.non_empty(&format!("{path}.{lang}"), text, MAX_PARAGRAPH);
            }
        }
    }
}

fn check_figures(story: &Story, check: &mut Checker) {
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
fn check_quote(story: &Story, figure: &super::Figure, path: &str, check: &mut Checker) {
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
    let Some(at) = find_number(&figure.quote, &figure.stated, 0) else {
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
    figure: &super::Figure,
    at: usize,
    path: &str,
    check: &mut Checker,
) {
    let duration = story
        .unit_of(figure)
        .is_some_and(|u| u.dimension == super::Dimension::Duration);
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
    figure: &super::Figure,
    at: usize,
    path: &str,
    check: &mut Checker,
) {
    use super::Dimension as D;
    let Some(unit) = story.unit_of(figure) else {
        return; // reported as unknown
    };
    let stated = &figure.stated;
    let after = &figure.quote[at + stated.len()..];
    // Words that a kind of number carries itself (50%, 三分之一, 首位, 2.6：1, 翻两番).
    let doubling = figure.change() == Some(super::Change::Doubling);
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
    figure: &super::Figure,
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
    use super::Dimension as D;
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
fn check_change_in_quote(figure: &super::Figure, at: usize, path: &str, check: &mut Checker) {
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
fn dimension_name(dimension: super::Dimension) -> String {
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
    figure: &super::Figure,
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

fn check_key_figures(story: &Story, check: &mut Checker) {
    for (i, id) in story.key_figures.iter().enumerate() {
        if story.figure(id).is_none() {
            check.report(
                format!("key_figures[{i}]"),
                format!("unknown figure \"{id}\""),
            );
        }
    }
}

fn check_charts(story: &Story, check: &mut Checker) {
    let mut ids = HashSet::new();
    for (i, chart) in story.charts.iter().enumerate() {
        let path = format!("charts[{i}]");
        check.unique_id(&mut ids, &format!("{path}.id"), &chart.id);
        check.text(&format!("{path}.title"), &chart.title);
        check.text(&format!("{path}.takeaway"), &chart.takeaway);
        if chart.figures.is_empty() {
            check.report(
                format!("{path}.figures"),
                "a chart needs at least one figure",
            );
        }
        for (j, id) in chart.figures.iter().enumerate() {
            let Some(figure) = story.figure(id) else {
                check.report(
                    format!("{path}.figures[{j}]"),
                    format!("unknown figure \"{id}\""),
                );
                continue;
            };
            let rank = story
                .unit_of(figure)
                .is_some_and(|u| u.dimension == super::Dimension::Rank);
            if rank {
                check.report(
                    format!("{path}.figures[{j}]"),
                    format!("\"{id}\" is a rank: it is shown as text (key figures, the article), never as a bar's length"),
                );
            }
        }
        check_captions_differ(story, chart, &path, check);
        let decrease = chart
            .figures
            .iter()
            .filter_map(|id| story.figure(id))
            .find(|f| f.change() == Some(Change::Down));
        if let Some(figure) = decrease.filter(|_| chart.log_switch) {
            check.report(
                format!("{path}.log_switch"),
                format!(
                    "\"{}\" is a decrease, drawn left of zero, which a logarithmic scale cannot show",
                    figure.id
                ),
            );
        }
        if !story.paragraphs().any(|p| p.id == chart.after) {
            check.report(
                format!("{path}.after"),
                format!("unknown paragraph \"{}\"", chart.after),
            );
        }
    }
}

/// Each unit of a chart has a panel whose caption names it by its word (`单位：个`,
/// `number of projects`): two units written alike need names that tell them apart.
fn check_captions_differ(story: &Story, chart: &super::Chart, path: &str, check: &mut Checker) {
    let mut units: Vec<&str> = Vec::new();
    for id in &chart.figures {
        let Some(figure) = story.figure(id) else {
            continue;
        };
        // A unit drawn on another's axis (担 on 斤) has no panel of its own.
        let converted = story.conversion_from(&figure.unit).is_some_and(|c| {
            chart
                .figures
                .iter()
                .any(|f| story.figure(f).is_some_and(|f| f.unit == c.to))
        });
        if !converted && !units.contains(&figure.unit.as_str()) {
            units.push(&figure.unit);
        }
    }
    for (i, a) in units.iter().enumerate() {
        for b in &units[i + 1..] {
            let (Some(ua), Some(ub)) = (story.units.get(*a), story.units.get(*b)) else {
                continue;
            };
            let word = if ua.zh == ub.zh {
                &ua.zh
            } else if ua.en == ub.en {
                &ua.en
            } else {
                continue;
            };
            let named_apart = match (&ua.name, &ub.name) {
                (Some(na), Some(nb)) => na.zh != nb.zh && na.en != nb.en,
                _ => false,
            };
            if !named_apart {
                check.report(
                    format!("{path}.figures"),
                    format!(
                        "units \"{a}\" and \"{b}\" are both written {word}: give each a \"name\" ({{\"zh\": \"合作社\", \"en\": \"cooperatives\"}}) so their panels' captions differ"
                    ),
                );
            }
        }
    }
}

fn check_steps(story: &Story, check: &mut Checker) {
    let mut ids = HashSet::new();
    for (i, step) in story.steps.iter().enumerate() {
        let path = format!("steps[{i}]");
        check.unique_id(&mut ids, &format!("{path}.id"), &step.id);
        check.text(&format!("{path}.text"), &step.text);
        let Some(chart) = story.charts.iter().find(|c| c.id == step.chart) else {
            check.report(
                format!("{path}.chart"),
                format!("unknown chart \"{}\"", step.chart),
            );
            continue;
        };
        for (j, id) in step.figures.iter().enumerate() {
            if !chart.figures.contains(id) {
                check.report(
                    format!("{path}.figures[{j}]"),
                    format!("\"{id}\" is not a figure of chart \"{}\"", chart.id),
                );
            }
        }
    }
}

fn check_repairs(story: &Story, check: &mut Checker) {
    if let Some(note) = &story.repairs_note {
        check.text("repairs_note", note);
    }
    for (i, repair) in story.repairs.iter().enumerate() {
        let path = format!("repairs[{i}]");
        check.text(&format!("{path}.why"), &repair.why);
        if repair.original == repair.repaired {
            check.report(format!("{path}.repaired"), "is the same as the original");
        }
        match story.paragraphs().find(|p| p.id == repair.paragraph) {
            None => check.report(
                format!("{path}.paragraph"),
                format!("unknown paragraph \"{}\"", repair.paragraph),
            ),
            Some(p) if !p.zh.contains(&repair.repaired) => {
                check.report(format!("{path}.repaired"), "not found in its paragraph")
            }
            Some(_) => {}
        }
    }
}
