//! A paragraph's Chinese text cut into plain runs and the figures drafted from it, so the
//! studio shows every figure marked where its sentence states it.

use crate::story::numerals::find_number;
use serde_json::Value;

/// One run of a paragraph's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Plain text starting at byte `at` of the paragraph.
    Text { at: usize, text: String },
    /// The number as written of figure `id`.
    Figure { id: String, text: String },
}

/// `zh` cut at every figure of `figures` (the story's `figures` array) whose sentence it
/// holds, in order; a figure whose number is not found in its sentence is not marked.
pub fn pieces(zh: &str, figures: &[Value]) -> Vec<Piece> {
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    for figure in figures {
        let field = |name| figure.get(name).and_then(Value::as_str).unwrap_or("");
        let (quote, stated) = (field("quote").trim(), field("stated"));
        if quote.is_empty() || stated.is_empty() {
            continue;
        }
        let Some(sentence) = zh.find(quote) else {
            continue;
        };
        // The first place in the sentence not already marked (a sentence may state the
        // same number twice, once per figure).
        let mut from = sentence;
        while let Some(start) = find_number(&zh[..sentence + quote.len()], stated, from) {
            let end = start + stated.len();
            if spans.iter().all(|(s, e, _)| end <= *s || start >= *e) {
                spans.push((start, end, field("id").to_string()));
                break;
            }
            from = end;
        }
    }
    spans.sort();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, id) in spans {
        if start > at {
            out.push(Piece::Text {
                at,
                text: zh[at..start].to_string(),
            });
        }
        out.push(Piece::Figure {
            id,
            text: zh[start..end].to_string(),
        });
        at = end;
    }
    if at < zh.len() {
        out.push(Piece::Text {
            at,
            text: zh[at..].to_string(),
        });
    }
    out
}

/// The byte offset in `text` of UTF-16 offset `utf16` (what a DOM selection gives).
pub fn byte_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_figure_is_marked_in_its_own_sentence() {
        let zh = "去年有95个队。今年有95个队，投入6.38亿元。";
        let figures = [
            json!({ "id": "b", "stated": "95", "quote": "今年有95个队，投入6.38亿元。" }),
            json!({ "id": "a", "stated": "95", "quote": "去年有95个队。" }),
            json!({ "id": "c", "stated": "6.38亿", "quote": "今年有95个队，投入6.38亿元。" }),
            json!({ "id": "gone", "stated": "7", "quote": "不在这里。" }),
        ];
        let marked: Vec<(String, String)> = pieces(zh, &figures)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Figure { id, text } => Some((id, text)),
                Piece::Text { .. } => None,
            })
            .collect();
        let expected = [("a", "95"), ("b", "95"), ("c", "6.38亿")];
        assert_eq!(
            marked,
            expected.map(|(i, t)| (i.to_string(), t.to_string()))
        );
        let text: String = pieces(zh, &figures)
            .into_iter()
            .map(|p| match p {
                Piece::Figure { text, .. } | Piece::Text { text, .. } => text,
            })
            .collect();
        assert_eq!(text, zh);
    }

    #[test]
    fn dom_offsets_are_read_as_bytes() {
        assert_eq!(byte_offset("全区95个", 2), "全区".len());
        assert_eq!(byte_offset("ab", 9), 2);
    }
}
