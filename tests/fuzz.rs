//! Property tests, bounded (PROPTEST_CASES, default 256 per property): the loader, the
//! validator, the number reader and the formatter never panic, whatever they are given.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rural_story::format::{format_value, Style};
use rural_story::story::numerals::{find_number, parse_stated};
use rural_story::story::{load, load_bytes, Dimension, Unit, EMBEDDED_STORY};
use rural_story::Lang;

fn dimension() -> impl Strategy<Value = Dimension> {
    prop_oneof![
        Just(Dimension::Count),
        Just(Dimension::Money),
        Just(Dimension::Weight),
        Just(Dimension::Area),
        Just(Dimension::Percent),
        Just(Dimension::Points),
        Just(Dimension::Year),
        Just(Dimension::Duration),
        Just(Dimension::Multiple),
        Just(Dimension::Ratio),
        Just(Dimension::ColonRatio),
        Just(Dimension::Rank),
    ]
}

/// The value a JSON path such as `figures[3].quote` or `units.yuan.zh` names (`$` is the
/// whole document), if there is one.
fn resolve<'a>(value: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    match path {
        "$" => return Some(value),
        "" => return None,
        _ => {}
    }
    path.split('.').try_fold(value, |value, step| {
        let (key, indices) = step.split_once('[').unwrap_or((step, ""));
        let mut value = if key.is_empty() {
            value
        } else {
            value.get(key)?
        };
        for index in indices.split('[').filter(|i| !i.is_empty()) {
            value = value.get(index.strip_suffix(']')?.parse::<usize>().ok()?)?;
        }
        Some(value)
    })
}

#[test]
fn json_paths_resolve_to_their_place() {
    let story: serde_json::Value = serde_json::from_str(EMBEDDED_STORY).unwrap();
    assert_eq!(
        resolve(&story, "figures[2].value"),
        Some(&serde_json::json!(470))
    );
    assert!(resolve(&story, "charts[0].figures[1]").is_some());
    assert!(resolve(&story, "units.yuan.zh").is_some());
    assert!(resolve(&story, "figures[9999].value").is_none());
    assert!(resolve(&story, "figure[2].value").is_none());
    assert!(resolve(&story, "").is_none());
}

proptest! {
    #[test]
    fn loading_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = load_bytes(&bytes);
    }

    #[test]
    fn loading_a_damaged_story_never_panics(cut in 0usize..EMBEDDED_STORY.len(), at in 0usize..EMBEDDED_STORY.len(), byte in any::<u8>()) {
        let mut bytes = EMBEDDED_STORY.as_bytes().to_vec();
        bytes[at] = byte;
        bytes.truncate(cut.max(1));
        let _ = load_bytes(&bytes);
    }

    #[test]
    fn any_edit_of_one_value_gives_messages_with_paths(index in 0usize..53, value in any::<f64>(), text in ".{0,40}") {
        let mut story: serde_json::Value = serde_json::from_str(EMBEDDED_STORY).unwrap();
        let count = story["figures"].as_array().unwrap().len();
        let figure = &mut story["figures"][index % count];
        figure["value"] = serde_json::json!(value);
        figure["quote"] = serde_json::json!(text);
        let edited = format!("figures[{}]", index % count);
        if let Err(error) = load(&story.to_string()) {
            let lines = error.lines();
            for line in &lines {
                let (path, message) = line.split_once(": ").unwrap_or((line, ""));
                // `figures[3] (id "x").value` names figures[3].value.
                let path = match (path.find(" (id \""), path.find("\").")) {
                    (Some(start), Some(end)) if start < end => format!("{}{}", &path[..start], &path[end + 2..]),
                    _ => path.to_string(),
                };
                let path = path.as_str();
                prop_assert!(!message.trim().is_empty(), "no message: {}", line);
                prop_assert!(resolve(&story, path).is_some(), "`{}` names no place in the story", line);
            }
            prop_assert!(
                lines.iter().any(|l| l.starts_with(&format!("{edited}.")) || l.starts_with(&format!("{edited} (id")) || l.starts_with(&format!("{edited}:"))),
                "no message points at the edited {}: {:#?}", edited, lines
            );
        }
    }

    #[test]
    fn reading_numbers_never_panics(text in "\\PC{0,24}", needle in "\\PC{0,4}", from in 0usize..40) {
        let _ = parse_stated(&text);
        let _ = find_number(&text, &needle, from);
    }

    #[test]
    fn formatting_never_panics_and_says_something(value in any::<f64>(), word in prop_oneof![Just(""), Just("余"), Just("超过"), Just("近"), Just("约")], dimension in dimension(), zh in "\\PC{0,3}", en in "\\PC{0,8}") {
        let unit = Unit { zh, en, en_one: None, dimension, name: None };
        for lang in [Lang::Zh, Lang::En] {
            for style in [Style::Full, Style::Short] {
                let text = format_value(value, &unit, word, lang, style);
                prop_assert!(!text.trim().is_empty());
            }
        }
    }
}
