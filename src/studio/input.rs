//! What a person brings to the studio: an article's text (typed, pasted, a `.txt` or an
//! HTML page, kept as text) or a `story.json`. Each is checked before anything is drafted
//! or opened, and refused with a message that says what is wrong.

use super::work::Work;
use crate::story::draft::draft;
use serde_json::Value;

/// The longest article the studio drafts: a long news feature is 20,000 characters.
pub const MAX_ARTICLE_CHARS: usize = 100_000;

/// Drafts a story from an article's text (or an HTML page's text).
pub fn draft_from_text(text: &str) -> Result<Work, String> {
    if looks_binary(text) {
        return Err("This is not text: it holds control characters. Paste the article's text, or open a .txt or .html file.".into());
    }
    let text = if looks_like_html(text) {
        html_to_text(text)
    } else {
        text.to_string()
    };
    let chars = text.chars().count();
    if text.trim().is_empty() {
        return Err("There is no text to draft from: paste the article's text first.".into());
    }
    if chars > MAX_ARTICLE_CHARS {
        return Err(format!(
            "This text is {chars} characters long; the studio drafts articles of up to {MAX_ARTICLE_CHARS}. Paste one article."
        ));
    }
    Ok(Work::new(draft(&text)))
}

/// Opens a `story.json`: any JSON object that says it is a story of schema 1 is opened,
/// valid or not (the validator then names what is wrong).
pub fn open_story(text: &str) -> Result<Work, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "This is not a story: it is not JSON (line {}, column {}: {e}).",
            e.line(),
            e.column()
        )
    })?;
    let Some(object) = json.as_object() else {
        return Err("This is not a story: a story.json is one JSON object.".into());
    };
    match object.get("schema").and_then(Value::as_u64) {
        Some(1) => Ok(Work::opened(json, text.to_string())),
        Some(other) => Err(format!(
            "This story is written in schema {other}; the studio reads schema 1."
        )),
        None => Err(
            "This JSON is not a story: it has no \"schema\" (a story.json starts with \"schema\": 1)."
                .into(),
        ),
    }
}

/// Either kind, told apart by the first character: a story is a JSON object.
pub fn open_any(text: &str) -> Result<Work, String> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') {
        open_story(text)
    } else {
        draft_from_text(text)
    }
}

/// NUL or other control characters a text never holds (tabs and line breaks aside).
fn looks_binary(text: &str) -> bool {
    text.chars()
        .take(10_000)
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count()
        > 2
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(200)
        .collect::<String>()
        .to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || {
        let tags = [
            "<p>", "<p ", "<div", "<br", "</p>", "<h1", "<h2", "<article",
        ];
        let text = text.to_ascii_lowercase();
        tags.iter().any(|t| text.contains(t))
    }
}

/// The text of an HTML page: a line per block, no tags, no scripts or styles, the common
/// entities read. Nothing of it is ever parsed as markup by the browser.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after[1..end].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &after[end + 1..];
        // What a script or style holds is not text.
        if !tag.starts_with('/') && matches!(name.as_str(), "script" | "style" | "noscript") {
            let close = format!("</{name}");
            // ASCII case only: a lower-cased copy keeps every byte where it was.
            rest = match rest.to_ascii_lowercase().find(&close) {
                Some(at) => &rest[at..],
                None => "",
            };
            continue;
        }
        let block = [
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "title",
            "blockquote",
        ];
        if block.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    out.push_str(rest);
    let entities = [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&ldquo;", "“"),
        ("&rdquo;", "”"),
        ("&mdash;", "—"),
        ("&amp;", "&"),
    ];
    let mut text = out;
    for (entity, character) in entities {
        text = text.replace(entity, character);
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_binary_and_huge_texts_are_refused_with_what_is_wrong() {
        assert!(draft_from_text("  \n ").unwrap_err().contains("no text"));
        assert!(draft_from_text("\u{0}\u{1}\u{2}PNG\u{3}")
            .unwrap_err()
            .contains("not text"));
        let huge = "字".repeat(MAX_ARTICLE_CHARS + 1);
        assert!(draft_from_text(&huge).unwrap_err().contains("100000"));
    }

    #[test]
    fn html_is_read_as_its_text_and_its_scripts_are_dropped() {
        let html = "<html><head><script>alert(1)</script><style>p{}</style></head>\
                    <body><p>全区共有<b>95</b>个工作队。</p><p>a &lt;b&gt; &amp; c</p></body></html>";
        assert_eq!(html_to_text(html), "全区共有95个工作队。\na <b> & c");
        let work = draft_from_text(html).unwrap();
        assert_eq!(work.text("figures[0].stated"), "95");
        assert!(!work.export().contains("alert"));
    }

    #[test]
    fn letters_whose_lower_case_is_longer_do_not_shift_where_a_script_ends() {
        // `İ` is two bytes, its lower case three: offsets in a lower-cased copy are not the
        // text's own.
        let html = "<script>var s = 'İİİİ';</script><p>全区95个工作队。</p>";
        assert_eq!(html_to_text(html), "全区95个工作队。");
    }

    #[test]
    fn a_story_of_another_schema_or_no_story_is_named_as_such() {
        assert!(open_story("{\"schema\": 2}")
            .unwrap_err()
            .contains("schema 2"));
        assert!(open_story("{\"title\": \"x\"}")
            .unwrap_err()
            .contains("no \"schema\""));
        assert!(open_story("[1, 2]")
            .unwrap_err()
            .contains("one JSON object"));
        assert!(open_story("{\"schema\": 1,")
            .unwrap_err()
            .contains("not JSON"));
        assert!(open_any("{\"schema\": 1}").is_ok());
        assert!(open_any("全区共有95个工作队。").is_ok());
    }
}
