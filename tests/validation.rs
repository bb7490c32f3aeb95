//! The validator on the shipped story and on broken copies of it: every message names
//! the JSON path of what is wrong.

use rural_story::story::{load, parse, LoadError, EMBEDDED_STORY};
use serde_json::{json, Value};

fn shipped() -> Value {
    serde_json::from_str(EMBEDDED_STORY).expect("shipped story is JSON")
}

/// Loads a modified copy of the shipped story and returns its messages.
fn messages(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut story = shipped();
    edit(&mut story);
    match load(&story.to_string()) {
        Ok(_) => Vec::new(),
        Err(error) => error.lines(),
    }
}

fn assert_reports(lines: &[String], expected: &str) {
    assert!(
        lines.iter().any(|l| l == expected),
        "expected `{expected}` among {lines:#?}"
    );
}

#[test]
fn the_shipped_story_is_valid() {
    let story = load(EMBEDDED_STORY).unwrap_or_else(|e| panic!("shipped story invalid:\n{e}"));
    assert_eq!(story.meta.date, "2022-02-20");
    assert!(
        story.figures.len() >= 40,
        "only {} figures",
        story.figures.len()
    );
    assert_eq!(story.sections.len(), 4);
}

#[test]
fn an_unsigned_item_needs_no_authors_and_fields_the_schema_never_had_are_refused() {
    // 本报讯: no byline.
    assert_eq!(
        messages(|s| s["meta"]["authors"] = json!([])),
        Vec::<String>::new()
    );
    assert_eq!(
        messages(|s| {
            s["meta"].as_object_mut().unwrap().remove("authors");
        }),
        Vec::<String>::new()
    );
    // Fields the schema never had are refused, with their path (a misspelt field would
    // otherwise be silently ignored).
    let lines = messages(|s| s["meta"]["langauge"] = json!("zh"));
    assert!(
        lines
            .iter()
            .any(|l| l.contains("meta") && l.contains("unknown field `langauge`")),
        "{lines:#?}"
    );
    let lines = messages(|s| s["figures"][0]["colour"] = json!("red"));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("figures[0]") && l.contains("unknown field `colour`")),
        "{lines:#?}"
    );
}

#[test]
fn the_note_on_repairs_is_the_story_s_and_is_checked_like_any_text() {
    let story = load(EMBEDDED_STORY).unwrap();
    assert!(
        story.repairs_note.is_some(),
        "the shipped story says why its text was repaired"
    );
    let lines = messages(|s| s["repairs_note"]["en"] = json!(""));
    assert!(
        lines.iter().any(|l| l.starts_with("repairs_note.en")),
        "{lines:#?}"
    );
    assert_eq!(
        messages(|s| {
            s.as_object_mut().unwrap().remove("repairs_note");
        }),
        Vec::<String>::new()
    );
}

#[test]
fn a_quote_missing_from_the_article_is_reported() {
    let lines = messages(|s| s["figures"][12]["quote"] = json!("这句话不在文章里。"));
    assert_reports(
        &lines,
        &format!("{}.quote: not found in the article text", at(12)),
    );
}

#[test]
fn a_value_that_differs_from_its_sentence_is_reported() {
    let lines = messages(|s| {
        let f = s["figures"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|f| f["id"] == "infra-investment")
            .unwrap();
        f["value"] = json!(63800000);
    });
    let line = lines
        .iter()
        .find(|l| l.ends_with("differs from the stated \"6.38亿\" (638000000)"));
    assert!(
        line.is_some_and(|l| l.starts_with("figures[")
            && l.contains("] (id \"infra-investment\").value: 63800000")),
        "{lines:#?}"
    );
}

/// How messages name the shipped figure at `index`: `figures[12] (id "infra-investment")`.
fn at(index: usize) -> String {
    let id = shipped()["figures"][index]["id"]
        .as_str()
        .unwrap()
        .to_string();
    format!("figures[{index}] (id \"{id}\")")
}

/// The index of the shipped figure `id`.
fn figure_index(id: &str) -> usize {
    let story = shipped();
    let figures = story["figures"].as_array().unwrap();
    figures.iter().position(|f| f["id"] == id).unwrap()
}

#[test]
fn a_qualifier_must_be_the_word_the_quote_puts_next_to_the_number() {
    // 惠及群众超过16万人次: dropped, swapped, or added where the quote has none.
    let i = figure_index("beneficiaries");
    let fi = at(i);
    let dropped = messages(|s| s["figures"][i]["qualifier"] = json!(""));
    assert_reports(
        &dropped,
        &format!(
            "{fi}.qualifier: the quote says \"超过\" next to \"16万\": the figure must say so too"
        ),
    );
    let swapped = messages(|s| s["figures"][i]["qualifier"] = json!("约"));
    assert_reports(
        &swapped,
        &format!("{fi}.qualifier: the quote says \"超过\" next to \"16万\", not \"约\""),
    );
    let same_meaning = messages(|s| s["figures"][i]["qualifier"] = json!("逾"));
    assert!(
        same_meaning
            .iter()
            .any(|l| l.starts_with(&format!("{fi}.qualifier"))),
        "the article's own word, not a synonym"
    );
    // 发展党员344名: stated plainly.
    let j = figure_index("new-members");
    let fj = at(j);
    let added = messages(|s| s["figures"][j]["qualifier"] = json!("以上"));
    assert_reports(
        &added,
        &format!("{fj}.qualifier: the quote states \"344\" without \"以上\" next to it"),
    );
    // A word after the number and its unit (70%以上 style) is found too.
    let after = messages(|s| {
        let quote = s["figures"][j]["quote"]
            .as_str()
            .unwrap()
            .replace("344名", "344名以上");
        let old = s["figures"][j]["quote"].as_str().unwrap().to_string();
        for section in s["sections"].as_array_mut().unwrap() {
            for p in section["paragraphs"].as_array_mut().unwrap() {
                let zh = p["zh"].as_str().unwrap().replace(&old, &quote);
                p["zh"] = json!(zh);
            }
        }
        s["figures"][j]["quote"] = json!(quote);
    });
    assert_reports(
        &after,
        &format!(
            "{fj}.qualifier: the quote says \"以上\" next to \"344\": the figure must say so too"
        ),
    );
}

#[test]
fn conversions_join_known_units_of_one_dimension_by_a_positive_factor() {
    let add = |conversions: serde_json::Value| {
        messages(move |s| {
            s["units"]["dan"] = json!({"zh": "担", "en": "dan", "dimension": "weight"});
            s["conversions"] = conversions;
        })
    };
    assert_eq!(
        add(json!([{"from": "dan", "to": "jin", "factor": 100}])),
        Vec::<String>::new()
    );
    let lines = add(json!([
        {"from": "dan", "to": "yuan", "factor": 100},
        {"from": "furlong", "to": "jin", "factor": 0},
        {"from": "dan", "to": "dan", "factor": 1}
    ]));
    // Well-known units convert by their standard factor: 1吨 = 2000斤, not 1000.
    let tonnes = messages(|s| {
        s["units"]["tonne"] = json!({"zh": "吨", "en": "tonnes", "dimension": "weight"});
        s["conversions"] = json!([{"from": "tonne", "to": "jin", "factor": 1000}]);
    });
    assert_reports(&tonnes, "conversions[0].factor: 1吨 = 2000斤, not 1000");
    let mu = messages(|s| {
        s["conversions"] = json!([{"from": "mu", "to": "square_metre", "factor": 600}]);
    });
    assert_reports(&mu, "conversions[0].factor: 1亩 = 666.6667平方米, not 600");
    assert_eq!(
        messages(
            |s| s["conversions"] = json!([{"from": "mu", "to": "square_metre", "factor": 667}])
        ),
        Vec::<String>::new()
    );
    for expected in [
        "conversions[0].to: \"dan\" and \"yuan\" measure different things (Weight, Money): they never share an axis",
        "conversions[1].from: unknown unit \"furlong\"",
        "conversions[1].factor: 0 is not a positive number",
        "conversions[2].to: converts a unit into itself",
        "conversions[2].from: \"dan\" already has a conversion",
    ] {
        assert_reports(&lines, expected);
    }
}

#[test]
fn a_rank_is_text_never_a_bar() {
    // 增幅位居全区首位: a rank figure is valid in the story, refused in a chart.
    let add_rank = |in_chart: bool| {
        messages(move |s| {
            s["units"]["place"] =
                json!({"zh": "位", "en": "places", "en_one": "place", "dimension": "rank"});
            let quote = "辐射带动周边十余个村庄发展花生产业,增幅位居全区首位。";
            // A sentence of its own at the end of the first paragraph.
            let zh = s["sections"][0]["paragraphs"][0]["zh"]
                .as_str()
                .unwrap()
                .to_string();
            s["sections"][0]["paragraphs"][0]["zh"] = json!(format!("{zh}{quote}"));
            s["figures"].as_array_mut().unwrap().push(json!({
                "id": "growth-rank", "value": 1, "unit": "place", "stated": "首", "stated_en": "first",
                "label": {"zh": "增幅排名", "en": "growth rank"}, "quote": quote
            }));
            let en = s["sections"][0]["paragraphs"][0]["en"]
                .as_str()
                .unwrap()
                .to_string();
            s["sections"][0]["paragraphs"][0]["en"] =
                json!(format!("{en} Its growth ranks first in the district."));
            if in_chart {
                s["charts"][0]["figures"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!("growth-rank"));
            }
        })
    };
    assert_eq!(add_rank(false), Vec::<String>::new());
    let lines = add_rank(true);
    assert!(
        lines.iter().any(|l| l.starts_with("charts[0].figures[") && l.ends_with("\"growth-rank\" is a rank: it is shown as text (key figures, the article), never as a bar's length")),
        "{lines:#?}"
    );
}

#[test]
fn duplicate_ids_unknown_units_and_qualifiers_are_reported() {
    let lines = messages(|s| {
        let first_id = s["figures"][0]["id"].clone();
        s["figures"][1]["id"] = first_id.clone();
        s["figures"][2]["unit"] = json!("furlong");
        s["figures"][3]["qualifier"] = json!("大概");
    });
    let first_id = shipped()["figures"][0]["id"].as_str().unwrap().to_string();
    assert_reports(
        &lines,
        &format!("figures[1].id: duplicate id \"{first_id}\""),
    );
    assert!(
        lines.iter().any(|l| l.starts_with(
            "figures[2] (id \"cadres-total\").unit: unknown unit \"furlong\" (known: "
        )),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l
            .starts_with("figures[3] (id \"years-active\").qualifier: unknown qualifier \"大概\"")),
        "{lines:#?}"
    );
}

#[test]
fn negative_values_and_broken_references_are_reported() {
    let lines = messages(|s| {
        s["figures"][0]["value"] = json!(-5);
        s["charts"][0]["figures"][0] = json!("no-such-figure");
        s["charts"][1]["after"] = json!("no-such-paragraph");
        s["key_figures"][0] = json!("missing");
        s["repairs"][0]["paragraph"] = json!("nowhere");
    });
    assert_reports(
        &lines,
        "figures[0] (id \"start-year\").value: -5 is negative: a decrease is a positive value with the quote's word of change (\"change\": \"下降\")",
    );
    assert_reports(
        &lines,
        "charts[0].figures[0]: unknown figure \"no-such-figure\"",
    );
    assert_reports(
        &lines,
        "charts[1].after: unknown paragraph \"no-such-paragraph\"",
    );
    assert_reports(&lines, "key_figures[0]: unknown figure \"missing\"");
    assert_reports(
        &lines,
        "repairs[0].paragraph: unknown paragraph \"nowhere\"",
    );
}

#[test]
fn steps_must_point_at_charts_and_their_figures() {
    let lines = messages(|s| {
        s["steps"][0]["chart"] = json!("nowhere");
        s["steps"][1]["figures"][0] = json!("produce-sold");
        s["steps"][2]["id"] = s["steps"][3]["id"].clone();
    });
    assert_reports(&lines, "steps[0].chart: unknown chart \"nowhere\"");
    assert!(
        lines.iter().any(
            |l| l.starts_with("steps[1].figures[0]: \"produce-sold\" is not a figure of chart")
        ),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("steps[3].id: duplicate id")),
        "{lines:#?}"
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let lines = messages(|s| {
        s["schema"] = json!(2);
        s["meta"]["date"] = json!("20 Feb 2022");
        s["meta"]["title"]["en"] = json!("  ");
    });
    assert_reports(&lines, "schema: unsupported version 2 (expected 1)");
    assert_reports(
        &lines,
        "meta.date: \"20 Feb 2022\" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY (mark one that is not known exactly \"date_approximate\": true)",
    );
    assert_reports(&lines, "meta.title.en: must not be empty");
}

#[test]
fn shape_errors_name_their_path() {
    let mut story = shipped();
    story["figures"][4]["value"] = json!("many");
    match parse(&story.to_string()) {
        Err(LoadError::Syntax { path, message }) => {
            assert_eq!(path, "figures[4].value");
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let mut story = shipped();
    story["charts"][0]["colour"] = json!("red");
    let lines = load(&story.to_string()).unwrap_err().lines();
    assert!(
        lines[0].starts_with("charts[0].colour: unknown field `colour`"),
        "{lines:?}"
    );
}

#[test]
fn truncated_json_is_a_message_not_a_panic() {
    let half = (0..=EMBEDDED_STORY.len() / 2)
        .rev()
        .find(|i| EMBEDDED_STORY.is_char_boundary(*i))
        .unwrap();
    let cut = &EMBEDDED_STORY[..half];
    let lines = load(cut).unwrap_err().lines();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains("EOF"), "{lines:?}");
    assert!(load("").is_err());
}

#[test]
fn a_source_address_that_cannot_be_a_link_is_reported() {
    for (url, expected) in [
        (
            "www.sdchina.com",
            "meta.source_url: \"www.sdchina.com\" must start with https:// or http://",
        ),
        ("https://", "meta.source_url: \"https://\" has no host name"),
        (
            "https://a.org/x\" onmouseover=\"alert(1)",
            "meta.source_url: contains '\"', which an address cannot hold (encode it)",
        ),
    ] {
        let lines = messages(|s| s["meta"]["source_url"] = json!(url));
        assert_reports(&lines, expected);
    }
    // Optional: a story without one is valid.
    let lines = messages(|s| {
        s["meta"].as_object_mut().unwrap().remove("source_url");
    });
    assert!(lines.is_empty(), "{lines:#?}");
}

#[test]
fn ids_are_slugs_so_file_names_fragments_and_selectors_built_from_them_are_safe() {
    let lines = messages(|s| {
        s["meta"]["id"] = json!("Qingdao Story");
        s["charts"][0]["id"] = json!("../../etc/evil");
        s["steps"][0]["id"] = json!("a\"]<b>");
        s["sections"][0]["id"] = json!("");
        s["figures"][0]["id"] = json!("x".repeat(65));
    });
    assert_reports(
        &lines,
        "meta.id: \"Qingdao Story\" contains 'Q': ids may hold only a-z, 0-9 and -",
    );
    assert_reports(
        &lines,
        "charts[0].id: \"../../etc/evil\" contains '.': ids may hold only a-z, 0-9 and -",
    );
    assert_reports(
        &lines,
        "steps[0].id: \"a\"]<b>\" contains '\"': ids may hold only a-z, 0-9 and -",
    );
    assert_reports(&lines, "sections[0].id: must not be empty");
    assert_reports(
        &lines,
        "figures[0].id: too long (65 characters; at most 64)",
    );
}

/// The shipped story with one more sentence (in both languages) at the end of its first
/// paragraph, one more unit and one more figure stated in that sentence.
fn with_figure(zh: &str, en: &str, unit: (&str, Value), figure: Value) -> Vec<String> {
    let (zh, en) = (zh.to_string(), en.to_string());
    messages(move |s| {
        s["units"][unit.0] = unit.1;
        let paragraph = &mut s["sections"][0]["paragraphs"][0];
        for (lang, text) in [("zh", &zh), ("en", &en)] {
            let old = paragraph[lang].as_str().unwrap().to_string();
            paragraph[lang] = json!(format!("{old}{text}"));
        }
        let mut figure = figure;
        figure["quote"] = json!(zh);
        figure["label"] = json!({"zh": "新数字", "en": "new figure"});
        s["figures"].as_array_mut().unwrap().push(figure);
    })
}

#[test]
fn ranges_fractions_multiples_and_round_numbers_must_say_what_their_sentence_says() {
    let n = shipped()["figures"].as_array().unwrap().len();
    let yuan_per_mu = (
        "yuan-per-mu",
        json!({"zh": "元", "en": "CNY per mu", "dimension": "money"}),
    );
    let range = |figure: Value| {
        with_figure(
            "每亩增收3—5万元。",
            " Each mu earns CNY 30,000–50,000 more.",
            yuan_per_mu.clone(),
            figure,
        )
    };
    let base = json!({"id": "per-mu", "value": 30000, "upper": 50000, "unit": "yuan-per-mu",
        "stated": "3—5万", "stated_en": "30,000–50,000"});
    assert_eq!(range(base.clone()), Vec::<String>::new());
    let mut no_upper = base.clone();
    no_upper.as_object_mut().unwrap().remove("upper");
    assert_reports(
        &range(no_upper),
        &format!(
            "figures[{n}] (id \"per-mu\").upper: \"3—5万\" is a range: give its upper end (50000) as \"upper\""
        ),
    );
    let mut wrong_upper = base.clone();
    wrong_upper["upper"] = json!(5);
    let lines = range(wrong_upper);
    assert_reports(
        &lines,
        &format!(
            "figures[{n}] (id \"per-mu\").upper: 5 differs from the upper end of \"3—5万\" (50000)"
        ),
    );
    assert_reports(
        &lines,
        &format!("figures[{n}] (id \"per-mu\").upper: 5 must be a finite number above the value"),
    );
    // A plain number with an upper end is not a range.
    let lines = with_figure(
        "每亩增收5万元。",
        " Each mu earns CNY 50,000 more.",
        yuan_per_mu.clone(),
        json!({"id": "per-mu", "value": 50000, "upper": 60000, "unit": "yuan-per-mu",
            "stated": "5万", "stated_en": "50,000"}),
    );
    assert_reports(
        &lines,
        &format!(
            "figures[{n}] (id \"per-mu\").upper: \"5万\" is not a range (write it as the quote does: 三至五, 3—5)"
        ),
    );

    // A fraction needs a unit of dimension ratio, and a value to three decimals.
    let share = (
        "share-of-households",
        json!({"zh": "", "en": "of households", "dimension": "ratio"}),
    );
    let fraction = |value: f64, unit: (&str, Value)| {
        let key = unit.0.to_string();
        with_figure(
            "全村三分之一的农户种植蓝莓。",
            " One third of the households grow blueberries.",
            unit,
            json!({"id": "blueberries", "value": value, "unit": key,
                "stated": "三分之一", "stated_en": "One third"}),
        )
    };
    assert_eq!(fraction(0.333, share.clone()), Vec::<String>::new());
    assert_reports(
        &fraction(0.3, share.clone()),
        &format!(
            "figures[{n}] (id \"blueberries\").value: 0.3 differs from the stated \"三分之一\" (0.3333333333333333)"
        ),
    );
    let percent = (
        "per-cent",
        json!({"zh": "%", "en": "%", "dimension": "percent"}),
    );
    assert_reports(
        &fraction(0.333, percent),
        &format!("figures[{n}] (id \"blueberries\").unit: \"三分之一\" is a fraction: its unit must be of dimension \"ratio\", not \"percent\""),
    );

    // 倍 makes a multiple: never on a money axis.
    let multiple = |unit: (&str, Value)| {
        let key = unit.0.to_string();
        with_figure(
            "销售额是上年的2.5倍。",
            " Sales were 2.5 times the year before.",
            unit,
            json!({"id": "sales-times", "value": 2.5, "unit": key,
                "stated": "2.5", "stated_en": "2.5"}),
        )
    };
    let times = (
        "times",
        json!({"zh": "倍", "en": "times", "dimension": "multiple"}),
    );
    assert_eq!(multiple(times), Vec::<String>::new());
    assert_reports(
        &multiple(("money-times", json!({"zh": "倍", "en": "CNY", "dimension": "money"}))),
        &format!("figures[{n}] (id \"sales-times\").unit: \"2.5\" is a multiple (倍): its unit must be of dimension \"multiple\", not \"money\""),
    );

    // 上千, 数百: a round number whose word is the figure's qualifier.
    let round = |qualifier: &str| {
        with_figure(
            "带动上千名群众就业。",
            " About 1,000 people found work.",
            (
                "people",
                json!({"zh": "名", "en": "people", "dimension": "count"}),
            ),
            json!({"id": "jobs", "value": 1000, "unit": "people", "qualifier": qualifier,
                "stated": "上千", "stated_en": "1,000"}),
        )
    };
    assert_eq!(round("上"), Vec::<String>::new());
    assert_reports(
        &round(""),
        &format!("figures[{n}] (id \"jobs\").qualifier: the quote says \"上\" next to \"上千\": the figure must say so too"),
    );
}

/// The line about figure `id`'s `field` that says `message`, whatever names the figure.
fn assert_figure_reports(lines: &[String], id: &str, field: &str, message: &str) {
    let i = figure_index(id);
    assert!(
        lines.iter().any(|l| l.starts_with(&format!("figures[{i}]"))
            && l.ends_with(&format!(".{field}: {message}"))),
        "expected `figures[{i}]….{field}: {message}` among {lines:#?}"
    );
}

#[test]
fn the_unit_word_must_be_the_one_the_quote_writes_after_the_number() {
    // 山公鸡红头鸭1.3万只: birds, not head of cattle.
    let i = figure_index("poultry-sold");
    let lines = messages(|s| {
        s["units"]["head"] = json!({"zh": "头", "en": "head", "dimension": "count"});
        s["figures"][i]["unit"] = json!("head");
    });
    assert_figure_reports(
        &lines,
        "poultry-sold",
        "unit",
        "the quote writes \"1.3万只\", not \"1.3万头\": the unit \"head\" is 头, but the quote has 只",
    );
    let k = figure_index("collective-income");
    // 1070余项: the word follows what 余 adds; 项 is not 个.
    let j = figure_index("infra-projects");
    let lines = messages(|s| s["figures"][j]["unit"] = json!("project"));
    assert_figure_reports(
        &lines,
        "infra-projects",
        "unit",
        "the quote writes \"1070余项\", not \"1070余个\": the unit \"project\" is 个, but the quote has 项",
    );
    // In a unit written with its scale, 6181 is the number of 万元.
    let lines = messages(|s| {
        s["units"]["wan_yuan"] = json!({"zh": "万元", "en": "CNY 10,000", "dimension": "money"});
        s["figures"][k]["unit"] = json!("wan_yuan");
        s["figures"][k]["stated"] = json!("6181");
        s["figures"][k]["value"] = json!(6181);
    });
    assert_eq!(lines, Vec::<String>::new());
    // A scale the quote writes belongs in stated: 6181万元 is not 6181 yuan.
    let lines = messages(|s| {
        s["figures"][k]["stated"] = json!("6181");
        s["figures"][k]["value"] = json!(6181);
    });
    assert_figure_reports(
        &lines,
        "collective-income",
        "stated",
        "the quote writes \"6181万\": stated must include 万",
    );
}

#[test]
fn a_calendar_year_is_a_date_and_the_article_s_date_may_be_partial_or_approximate() {
    // 2018年首批: a year filed as a duration is refused.
    let i = figure_index("first-batch-year");
    let lines = messages(|s| s["figures"][i]["unit"] = json!("years"));
    assert_figure_reports(
        &lines,
        "first-batch-year",
        "unit",
        "\"2018\" is a calendar year (the quote writes \"2018年\"): its unit must be of dimension \"year\", not \"duration\"",
    );
    // 近四年: a duration stays one.
    assert_eq!(messages(|_| {}), Vec::<String>::new());
    for date in ["2022", "2022-02", "2022-02-20"] {
        assert_eq!(
            messages(|s| {
                s["meta"]["date"] = json!(date);
                s["meta"]["date_approximate"] = json!(true);
            }),
            Vec::<String>::new(),
            "{date}"
        );
    }
    for date in ["2022-2", "2022-13", "22", "2022-02-20-01"] {
        let lines = messages(|s| s["meta"]["date"] = json!(date));
        assert!(
            lines.iter().any(|l| l.starts_with("meta.date: ")),
            "{date}: {lines:#?}"
        );
    }
}

#[test]
fn units_written_alike_in_one_chart_need_names() {
    let lines = messages(|s| {
        s["units"]["brand"].as_object_mut().unwrap().remove("name");
    });
    assert_reports(
        &lines,
        "charts[0].figures: units \"project\" and \"brand\" are both written 个: give each a \"name\" ({\"zh\": \"合作社\", \"en\": \"cooperatives\"}) so their panels' captions differ",
    );
}

#[test]
fn an_empty_stated_or_stated_en_is_reported_as_empty() {
    let i = figure_index("infra-investment");
    let lines = messages(|s| {
        s["figures"][i]["stated_en"] = json!("");
    });
    assert_eq!(lines, [format!("{}.stated_en: must not be empty", at(i))]);
    let lines = messages(|s| s["figures"][i]["stated"] = json!(" "));
    assert_reports(&lines, &format!("{}.stated: must not be empty", at(i)));
}
