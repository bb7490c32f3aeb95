//! A corpus of broken stories: each must give a clear message naming its JSON path, and
//! never panic. Most are the shipped story with one thing broken; some are raw text.

use rural_story::story::{load, load_bytes, EMBEDDED_STORY};
use serde_json::{json, Value};

fn shipped() -> Value {
    serde_json::from_str(EMBEDDED_STORY).unwrap()
}

fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut story = shipped();
    edit(&mut story);
    story.to_string().into_bytes()
}

fn raw(text: &str) -> Vec<u8> {
    text.as_bytes().to_vec()
}

/// (name, input, the JSON path the first matching message must start with).
fn corpus() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    // Cut a few characters into the first figure's quote.
    let quote_start = EMBEDDED_STORY.find("\"quote\": \"").unwrap() + "\"quote\": \"".len();
    let in_quote = EMBEDDED_STORY[quote_start..]
        .char_indices()
        .nth(5)
        .map(|(i, _)| quote_start + i)
        .unwrap();
    let deep = format!("{{\"schema\": {}1{}}}", "[".repeat(5000), "]".repeat(5000));
    let huge = "长".repeat(10 * 1024 * 1024 / 3);
    vec![
        ("empty text", raw(""), "$"),
        ("null", raw("null"), "$"),
        ("an array", raw("[]"), "$"),
        ("an empty object", raw("{}"), "$"),
        (
            "truncated inside a quote",
            raw(&EMBEDDED_STORY[..in_quote]),
            "figures[0].quote",
        ),
        (
            "truncated inside the first key",
            raw(&EMBEDDED_STORY[..10]),
            "$",
        ),
        (
            "trailing garbage",
            [EMBEDDED_STORY.as_bytes(), b" }"].concat(),
            "$",
        ),
        (
            "not UTF-8",
            [b"{\"schema\": \"".as_slice(), &[0xff, 0xfe], b"\"}"].concat(),
            "$",
        ),
        (
            "UTF-16 text",
            EMBEDDED_STORY
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes())
                .collect(),
            "$",
        ),
        (
            "schema as a string",
            edited(|s| s["schema"] = json!("1")),
            "schema",
        ),
        (
            "unsupported schema",
            edited(|s| s["schema"] = json!(2)),
            "schema",
        ),
        (
            "figures not an array",
            edited(|s| s["figures"] = json!({})),
            "figures",
        ),
        (
            "value a string",
            edited(|s| s["figures"][3]["value"] = json!("470")),
            "figures[3].value",
        ),
        (
            "negative value",
            edited(|s| s["figures"][0]["value"] = json!(-1)),
            "figures[0].value",
        ),
        (
            "value out of range",
            raw(&EMBEDDED_STORY.replacen("\"value\": 470", "\"value\": 1e400", 1)),
            "figures[2].value",
        ),
        (
            "NaN literal",
            raw(&EMBEDDED_STORY.replacen("\"value\": 470", "\"value\": NaN", 1)),
            "figures[2].value",
        ),
        (
            "huge value",
            edited(|s| s["figures"][2]["value"] = json!(1e300)),
            "figures[2].value",
        ),
        (
            "missing title",
            edited(|s| {
                s["meta"].as_object_mut().unwrap().remove("title");
            }),
            "meta",
        ),
        (
            "missing quote",
            edited(|s| {
                s["figures"][5].as_object_mut().unwrap().remove("quote");
            }),
            "figures[5]",
        ),
        (
            "unknown field",
            edited(|s| s["meta"]["colour"] = json!("red")),
            "meta.colour",
        ),
        (
            "duplicate figure id",
            edited(|s| s["figures"][1]["id"] = s["figures"][0]["id"].clone()),
            "figures[1].id",
        ),
        (
            "duplicate paragraph id",
            edited(|s| s["sections"][1]["paragraphs"][0]["id"] = json!("s00-p1")),
            "sections[1].paragraphs[0].id",
        ),
        (
            "unknown chart figure",
            edited(|s| s["charts"][2]["figures"][0] = json!("ghost")),
            "charts[2].figures[0]",
        ),
        (
            "chart after nowhere",
            edited(|s| s["charts"][0]["after"] = json!("nowhere")),
            "charts[0].after",
        ),
        (
            "chart without figures",
            edited(|s| s["charts"][1]["figures"] = json!([])),
            "charts[1].figures",
        ),
        (
            "unknown key figure",
            edited(|s| s["key_figures"][2] = json!("ghost")),
            "key_figures[2]",
        ),
        (
            "step on an unknown chart",
            edited(|s| s["steps"][0]["chart"] = json!("ghost")),
            "steps[0].chart",
        ),
        (
            "unknown unit",
            edited(|s| s["figures"][4]["unit"] = json!("parsec")),
            "figures[4].unit",
        ),
        (
            "unknown qualifier",
            edited(|s| s["figures"][4]["qualifier"] = json!("约")),
            "figures[4].qualifier",
        ),
        (
            "stated not a number",
            edited(|s| s["figures"][6]["stated"] = json!("很多")),
            "figures[6].stated",
        ),
        (
            "quote not in the article",
            edited(|s| s["figures"][7]["quote"] = json!("不在文中。")),
            "figures[7].quote",
        ),
        (
            "English number missing",
            edited(|s| s["figures"][2]["stated_en"] = json!("471")),
            "figures[2].stated_en",
        ),
        (
            "bad date",
            edited(|s| s["meta"]["date"] = json!("2022-13-40")),
            "meta.date",
        ),
        (
            "repair not in its paragraph",
            edited(|s| s["repairs"][0]["repaired"] = json!("没有这段")),
            "repairs[0].repaired",
        ),
        (
            "empty unit word",
            edited(|s| s["units"]["yuan"]["zh"] = json!(" ")),
            "units.yuan.zh",
        ),
        (
            "blank title",
            edited(|s| s["meta"]["title"]["zh"] = json!("   ")),
            "meta.title.zh",
        ),
        (
            "10 MB title",
            edited(|s| s["meta"]["title"]["en"] = json!(huge)),
            "meta.title.en",
        ),
        ("deep nesting", raw(&deep), "schema"),
        (
            "empty story",
            edited(|s| {
                for key in [
                    "sections",
                    "figures",
                    "key_figures",
                    "charts",
                    "steps",
                    "repairs",
                ] {
                    s[key] = json!([]);
                }
            }),
            "sections",
        ),
    ]
}

#[test]
fn every_broken_story_is_a_clear_message_with_its_path() {
    let corpus = corpus();
    assert!(corpus.len() >= 30, "{} cases", corpus.len());
    for (name, input, path) in corpus {
        assert!(!path.is_empty(), "{name}: expects no path");
        let error = match load_bytes(&input) {
            Ok(_) => panic!("{name}: accepted"),
            Err(e) => e,
        };
        let lines = error.lines();
        assert!(!lines.is_empty(), "{name}: no message");
        for line in &lines {
            let (at, message) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("{name}: `{line}` has no path"));
            assert!(
                !at.is_empty() && !message.trim().is_empty(),
                "{name}: `{line}`"
            );
            assert!(
                line.len() < 600,
                "{name}: message too long to read ({} bytes)",
                line.len()
            );
        }
        assert!(
            lines.iter().any(|l| without_id(l).starts_with(path)),
            "{name}: expected a message at `{path}`, got {lines:#?}"
        );
    }
}

/// A message with the figure's id taken out of its path: `figures[4].unit: …` for
/// `figures[4] (id "teams-first-batch").unit: …`.
fn without_id(line: &str) -> String {
    match (line.find(" (id \""), line.find("\").")) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{}", &line[..start], &line[end + 2..])
        }
        _ => line.to_string(),
    }
}

#[test]
fn the_shipped_story_loads_from_bytes_with_or_without_a_bom() {
    assert!(load_bytes(EMBEDDED_STORY.as_bytes()).is_ok());
    assert!(load_bytes(&[b"\xef\xbb\xbf".as_slice(), EMBEDDED_STORY.as_bytes()].concat()).is_ok());
    assert!(load(EMBEDDED_STORY).is_ok());
}
