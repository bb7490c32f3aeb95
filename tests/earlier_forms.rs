//! Stories written for earlier forms of the schema keep working: retired fields are accepted
//! with a warning that says they are ignored, and what an old story cannot survive is a
//! message that says what to change. One story in every earlier form, built from the shipped
//! one as each form wrote it (the model's history: `stated_en` arrived in the second form,
//! `meta.language` and `figures[].category` were retired in the fourth).

use rural_story::story::{load, parse, warnings, EMBEDDED_STORY};
use serde_json::{json, Value};

fn shipped() -> Value {
    serde_json::from_str(EMBEDDED_STORY).unwrap()
}

/// The fields a story had before the app stopped reading them.
fn with_retired_fields(mut story: Value) -> Value {
    story["meta"]["language"] = json!("zh-CN");
    for figure in story["figures"].as_array_mut().unwrap() {
        figure["category"] = json!("rural");
    }
    story
}

#[test]
fn a_story_with_retired_fields_loads_and_is_warned() {
    let old = with_retired_fields(shipped());
    let story = load(&old.to_string()).unwrap_or_else(|e| panic!("{e}"));
    // The same story as the shipped one once the ignored fields are left aside.
    let mut same = story.clone();
    same.meta.language = Default::default();
    for figure in &mut same.figures {
        figure.category = Default::default();
    }
    assert_eq!(same, load(EMBEDDED_STORY).unwrap());
    let notes: Vec<String> = warnings(&story).iter().map(|w| w.to_string()).collect();
    assert_eq!(notes.len(), 1 + story.figures.len(), "{notes:#?}");
    assert_eq!(
        notes[0],
        "meta.language: retired field, ignored (a story is always Chinese with an English translation); delete it"
    );
    assert_eq!(
        notes[1],
        "figures[0] (id \"start-year\").category: retired field, ignored (a figure's unit and charts say what it is); delete it"
    );
    assert!(warnings(&load(EMBEDDED_STORY).unwrap()).is_empty());
}

#[test]
fn a_story_of_the_first_form_is_told_what_to_add() {
    // The first form had no stated_en: it parses, and each figure is told to give it.
    let mut old = with_retired_fields(shipped());
    for figure in old["figures"].as_array_mut().unwrap() {
        figure.as_object_mut().unwrap().remove("stated_en");
    }
    let json = old.to_string();
    assert!(parse(&json).is_ok());
    let lines = load(&json).unwrap_err().lines();
    let count = old["figures"].as_array().unwrap().len();
    assert_eq!(lines.len(), count, "{lines:#?}");
    assert!(
        lines
            .iter()
            .all(|l| l.ends_with(".stated_en: must not be empty")),
        "{lines:#?}"
    );
}
