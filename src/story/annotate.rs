//! Finds where each figure stands in a paragraph's text, so the text can mark it and link
//! it to its chart. Pure: text in, segments out.

use super::numerals::find_number;
use super::{Figure, Paragraph, Story};
use crate::Lang;

/// A run of paragraph text; `figure` is set when the run states that figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub figure: Option<&'a str>,
}

/// The paragraph's text in `lang`, cut into plain runs and figure runs, in order.
pub fn annotate<'a>(story: &'a Story, paragraph: &'a Paragraph, lang: Lang) -> Vec<Segment<'a>> {
    let text = paragraph.text(lang);
    let spans = match lang {
        Lang::Zh => spans_zh(story, paragraph),
        Lang::En => spans_en(story, paragraph),
    };
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, id) in spans {
        if start > at {
            segments.push(Segment {
                text: &text[at..start],
                figure: None,
            });
        }
        segments.push(Segment {
            text: &text[start..end],
            figure: Some(id),
        });
        at = end;
    }
    if at < text.len() || segments.is_empty() {
        segments.push(Segment {
            text: &text[at..],
            figure: None,
        });
    }
    segments
}

/// Figures quoted in this paragraph with where their number starts in the Chinese text,
/// in text order.
fn located_zh<'a>(story: &'a Story, paragraph: &Paragraph) -> Vec<(usize, &'a Figure)> {
    let mut found: Vec<(usize, &Figure)> = story
        .figures
        .iter()
        .filter_map(|f| {
            let quote_at = paragraph.zh.find(&f.quote)?;
            let in_quote = find_number(&f.quote, &f.stated, 0)?;
            Some((quote_at + in_quote, f))
        })
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found
}

/// Chinese spans take in the qualifier and unit around the number: `超过16万人次`.
fn spans_zh<'a>(story: &'a Story, paragraph: &Paragraph) -> Vec<(usize, usize, &'a str)> {
    let text = paragraph.zh.as_str();
    let mut spans: Vec<(usize, usize, &str)> = Vec::new();
    for (at, figure) in located_zh(story, paragraph) {
        let mut start = at;
        let mut end = at + figure.stated.len();
        if !figure.qualifier.is_empty()
            && figure.qualifier != "余"
            && text[..start].ends_with(&figure.qualifier)
        {
            start -= figure.qualifier.len();
        }
        if text[end..].starts_with('余') {
            end += '余'.len_utf8();
        }
        if let Some(unit) = story.unit_of(figure).filter(|u| !u.zh.is_empty()) {
            if text[end..].starts_with(&unit.zh) {
                end += unit.zh.len();
            }
        }
        push_unless_overlapping(&mut spans, (start, end, figure.id.as_str()));
    }
    spans
}

/// English spans are found in the same order as the Chinese ones, each after the last,
/// since a translation keeps the order of a paragraph's numbers.
fn spans_en<'a>(story: &'a Story, paragraph: &Paragraph) -> Vec<(usize, usize, &'a str)> {
    let text = paragraph.en.as_str();
    let mut spans = Vec::new();
    let mut from = 0;
    for (_, figure) in located_zh(story, paragraph) {
        let found = find_number(text, &figure.stated_en, from)
            .or_else(|| find_number(text, &figure.stated_en, 0));
        if let Some(at) = found {
            let end = at + figure.stated_en.len();
            if push_unless_overlapping(&mut spans, (at, end, figure.id.as_str())) {
                from = end;
            }
        }
    }
    spans.sort_by_key(|(start, _, _)| *start);
    spans
}

fn push_unless_overlapping<'a>(
    spans: &mut Vec<(usize, usize, &'a str)>,
    span: (usize, usize, &'a str),
) -> bool {
    let overlaps = spans.iter().any(|(s, e, _)| span.0 < *e && *s < span.1);
    if !overlaps {
        spans.push(span);
    }
    !overlaps
}
