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
        Just(Dimension::Year),
        Just(Dimension::Duration),
    ]
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
        if let Err(error) = load(&story.to_string()) {
            for line in error.lines() {
                prop_assert!(line.contains(": "), "{}", line);
            }
        }
    }

    #[test]
    fn reading_numbers_never_panics(text in "\\PC{0,24}", needle in "\\PC{0,4}", from in 0usize..40) {
        let _ = parse_stated(&text);
        let _ = find_number(&text, &needle, from);
    }

    #[test]
    fn formatting_never_panics_and_says_something(value in any::<f64>(), word in prop_oneof![Just(""), Just("余"), Just("超过"), Just("近"), Just("约")], dimension in dimension(), zh in "\\PC{0,3}", en in "\\PC{0,8}") {
        let unit = Unit { zh, en, en_one: None, dimension };
        for lang in [Lang::Zh, Lang::En] {
            for style in [Style::Full, Style::Short] {
                let text = format_value(value, &unit, word, lang, style);
                prop_assert!(!text.trim().is_empty());
            }
        }
    }
}
