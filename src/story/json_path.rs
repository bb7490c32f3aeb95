//! The JSON path (`figures[3].value`) of a position in JSON text: where a parse error
//! happened, for messages an author can follow.
//!
//! serde_json reports errors by line and column only. Tracking the path while parsing
//! (serde_path_to_error) costs a second, heavier deserializer for every story type in the
//! wasm; this walks the text once, and only when there is an error to report.

/// One open container on the way to the position.
enum Level {
    /// In an object, after the key just read (none yet: just opened).
    Object(Option<String>),
    /// In an array, at the element index (none yet: just opened).
    Array(Option<usize>),
}

/// The path of the value being read at `line` (1-based) and `column` (bytes from the line's
/// start), as serde_json reports them: `$` at the top level.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let line_start = if line <= 1 {
        0
    } else {
        json.match_indices('\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    path_at_offset(json, line_start.saturating_add(column).min(json.len()))
}

/// The path of the value being read at byte `offset`.
pub fn path_at_offset(json: &str, offset: usize) -> String {
    let bytes = &json.as_bytes()[..offset.min(json.len())];
    let mut stack: Vec<Level> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if !matches!(
            byte,
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b']' | b'}'
        ) {
            // Something starts here: the first element of an array that had none.
            if let Some(Level::Array(index @ None)) = stack.last_mut() {
                *index = Some(0);
            }
        }
        match byte {
            b'{' => stack.push(Level::Object(None)),
            b'[' => stack.push(Level::Array(None)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => {
                if let Some(Level::Array(Some(index))) = stack.last_mut() {
                    *index += 1;
                }
            }
            b'"' => {
                let end = string_end(bytes, i);
                // A string in an object, not after a colon, is a key; one the text ends
                // in is not read yet, so the path stays at its object.
                if let Some(Level::Object(key)) = stack.last_mut() {
                    if end < bytes.len() && !after_colon(bytes, i) {
                        *key = Some(String::from_utf8_lossy(&bytes[i + 1..end]).into_owned());
                    }
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// Index of the closing quote of the string opening at `start` (or the text's end).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Whether the nearest byte before `i` that is not whitespace is a colon.
fn after_colon(bytes: &[u8], i: usize) -> bool {
    bytes[..i]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b':')
}

fn render(stack: &[Level]) -> String {
    let mut path = String::new();
    for level in stack {
        match level {
            Level::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Array(Some(index)) => path.push_str(&format!("[{index}]")),
            Level::Object(None) | Level::Array(None) => {}
        }
    }
    if path.is_empty() {
        "$".into()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path just after the first byte of `marker` in `json`: where serde_json points
    /// when a value is wrong.
    fn at(json: &str, marker: &str) -> String {
        path_at_offset(json, json.find(marker).expect("marker in text") + 1)
    }

    #[test]
    fn names_keys_and_indices_on_the_way() {
        let json = r#"{"meta": {"title": {"zh": "x", "en": "y"}}, "figures": [{"id": "a"}, {"id": "b", "value": "many"}], "units": {"yuan": {"zh": "元"}}}"#;
        assert_eq!(at(json, r#""y""#), "meta.title.en");
        assert_eq!(at(json, r#""many""#), "figures[1].value");
        assert_eq!(at(json, r#""a""#), "figures[0].id");
        assert_eq!(at(json, r#""元""#), "units.yuan.zh");
        assert_eq!(path_at_offset(json, 0), "$");
    }

    #[test]
    fn a_closed_object_leaves_the_path_of_its_parent() {
        // serde_json reports a missing field just after the object's closing brace.
        let json = r#"{"meta": {"id": "x"}, "figures": []}"#;
        let after_meta = json.find('}').unwrap() + 1;
        assert_eq!(path_at_offset(json, after_meta), "meta");
    }

    #[test]
    fn strings_with_brackets_quotes_and_commas_do_not_confuse_it() {
        let json = r#"{"a": ["x, ]\"}", {"b": [1, 2, "[{"]}], "c": 3}"#;
        assert_eq!(at(json, "3}"), "c");
        assert_eq!(at(json, "2,"), "a[1].b[1]");
    }

    #[test]
    fn a_key_the_text_ends_in_is_not_part_of_the_path() {
        assert_eq!(path_at_offset(r#"{"meta": {"tit"#, 14), "meta");
        assert_eq!(path_at_offset(r#"{"meta": {"title": "x"#, 21), "meta.title");
    }

    #[test]
    fn nested_arrays_count_their_own_elements() {
        let json = "[[1, 2], [3, [4, 5]]]";
        assert_eq!(at(json, "5"), "[1][1][1]");
        assert_eq!(at(json, "3"), "[1][0]");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any text, any position (inside a character, past the end): a path, never a panic.
        #[test]
        fn any_text_and_position_give_a_path(
            json in r#"[{}\[\]",:\\ \na-z0-9长]{0,80}"#,
            offset in 0usize..100,
            line in 0usize..6,
            // Small columns, and columns at the edge of overflow.
            column in proptest::prop_oneof![0usize..200, (usize::MAX - 100)..=usize::MAX],
        ) {
            proptest::prop_assert!(!path_at_offset(&json, offset).is_empty());
            proptest::prop_assert!(!path_at(&json, line, column).is_empty());
        }
    }

    #[test]
    fn lines_and_columns_are_read_as_serde_json_counts_them() {
        let json = "{\n  \"a\": 1,\n  \"b\": \"x\"\n}";
        // `"x"` starts at line 3, column 7 (bytes from the line start, 0-based).
        assert_eq!(path_at(json, 3, 7), "b");
        assert_eq!(path_at(json, 1, 0), "$");
    }
}
