//! The story's rules, each broken rule reported with the JSON path where it is broken.

use super::{Bilingual, Story};
use std::collections::HashSet;
use std::fmt;

mod charts;
mod figures;
mod units;

use charts::check_charts;
use figures::check_figures;
use units::{check_conversions, check_units};

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
