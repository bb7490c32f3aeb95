//! Kinds of number the article states and the validator reads from its quote: percentage
//! points, decreases, "increased by N times" against "N times the level", colon ratios,
//! changes against a base. Each figure is added, with its sentence, to the shipped story.

use rural_story::story::{load, EMBEDDED_STORY};
use serde_json::{json, Value};

/// The shipped story with one more sentence (in both languages) at the end of its first
/// paragraph, one more unit and one more figure stated in that sentence; its messages.
fn with_figure(zh: &str, en: &str, unit: (&str, Value), figure: Value) -> Vec<String> {
    let mut s: Value = serde_json::from_str(EMBEDDED_STORY).unwrap();
    s["units"][unit.0] = unit.1;
    let paragraph = &mut s["sections"][0]["paragraphs"][0];
    for (lang, text) in [("zh", zh), ("en", en)] {
        let old = paragraph[lang].as_str().unwrap().to_string();
        paragraph[lang] = json!(format!("{old}{text}"));
    }
    let mut figure = figure;
    figure["quote"] = json!(zh);
    figure["label"] = json!({"zh": "新数字", "en": "new figure"});
    s["figures"].as_array_mut().unwrap().push(figure);
    match load(&s.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.lines(),
    }
}

/// A line about the added (last) figure's `field` saying `message`.
fn assert_reports(lines: &[String], field: &str, message: &str) {
    let n = serde_json::from_str::<Value>(EMBEDDED_STORY).unwrap()["figures"]
        .as_array()
        .unwrap()
        .len();
    assert!(
        lines.iter().any(|l| l.starts_with(&format!("figures[{n}]"))
            && l.ends_with(&format!(".{field}: {message}"))),
        "expected `figures[{n}]….{field}: {message}` among {lines:#?}"
    );
}

fn points_unit() -> (&'static str, Value) {
    (
        "points",
        json!({"zh": "个百分点", "en": "percentage points", "en_one": "percentage point",
            "dimension": "points"}),
    )
}

fn percent_unit() -> (&'static str, Value) {
    (
        "rate",
        json!({"zh": "%", "en": "%", "dimension": "percent"}),
    )
}

#[test]
fn percentage_points_are_their_own_kind() {
    let sentence = "城镇化率比上年提高1.5个百分点。";
    let english = " The urbanisation rate rose 1.5 percentage points on the year before.";
    let figure = |unit: &str| {
        json!({"id": "urban-rate-change", "value": 1.5, "unit": unit, "stated": "1.5",
            "stated_en": "1.5", "change": "提高"})
    };
    let mut plain = figure("points");
    plain.as_object_mut().unwrap().remove("change");
    // Points in a unit of points are valid; in a % unit they are refused.
    let ok = with_figure(sentence, english, points_unit(), plain.clone());
    assert_eq!(ok, Vec::<String>::new());
    assert!(
        !ok.iter()
            .any(|l| l.contains("urban") || l.contains(".unit:")),
        "{ok:#?}"
    );
    let mut in_percent = plain.clone();
    in_percent["unit"] = json!("rate");
    assert_reports(
        &with_figure(sentence, english, percent_unit(), in_percent),
        "unit",
        "\"1.5\" is a difference in percentage points (百分点): its unit must be of dimension \"points\", not \"percent\"",
    );
    // A percentage in a unit of points is refused too.
    let lines = with_figure(
        "城镇化率达到65%。",
        " The urbanisation rate reached 65%.",
        points_unit(),
        json!({"id": "urban-rate", "value": 65, "unit": "points", "stated": "65%",
            "stated_en": "65%"}),
    );
    assert_reports(
        &lines,
        "unit",
        "\"65%\" is a percentage: its unit must be of dimension \"percent\", not \"points\"",
    );
    // A unit of points never says %.
    let lines = with_figure(
        sentence,
        english,
        (
            "points",
            json!({"zh": "个百分点", "en": "%", "dimension": "points"}),
        ),
        plain,
    );
    assert!(
        lines.contains(&"units.points: a difference of two percentages is written in percentage points (个百分点, \"percentage points\"), never %".to_string()),
        "{lines:#?}"
    );
    // A plain number is not points.
    let lines = with_figure(
        "全年新建大棚65座。",
        " 65 greenhouses were built in the year.",
        points_unit(),
        json!({"id": "greenhouses", "value": 65, "unit": "points", "stated": "65",
            "stated_en": "65"}),
    );
    assert_reports(
        &lines,
        "stated",
        "the unit \"points\" is of dimension \"points\", but \"65\" is not followed by 个百分点 (a percentage is in a unit of dimension \"percent\")",
    );
}
