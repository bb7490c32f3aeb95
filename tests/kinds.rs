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
    let plain = figure("points");
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

fn growth_unit() -> (&'static str, Value) {
    (
        "growth",
        json!({"zh": "%", "en": "%", "dimension": "percent"}),
    )
}

#[test]
fn a_decrease_says_so_and_its_word_is_the_quote_s() {
    let sentence = "全年粮食产量同比下降4.7%。";
    let english = " Grain output fell 4.7% year on year.";
    let figure = |change: &str| {
        json!({"id": "grain-change", "value": 4.7, "unit": "growth", "stated": "4.7%",
            "stated_en": "4.7%", "change": change})
    };
    assert_eq!(
        with_figure(sentence, english, growth_unit(), figure("下降")),
        Vec::<String>::new()
    );
    assert_reports(
        &with_figure(sentence, english, growth_unit(), figure("")),
        "change",
        "the quote says \"下降\" before \"4.7%\": the figure is a change, not a level, and must say \"change\": \"下降\"",
    );
    assert_reports(
        &with_figure(sentence, english, growth_unit(), figure("减少")),
        "change",
        "the quote says \"下降\" before \"4.7%\", not \"减少\"",
    );
    assert_reports(
        &with_figure(sentence, english, growth_unit(), figure("跌破")),
        "change",
        "unknown word of change \"跌破\" (known: \"\", \"增长\", \"提升\", \"增加\", \"提高\", \"上升\", \"上涨\", \"扩大\", \"增\", \"下降\", \"减少\", \"降低\", \"回落\", \"下滑\", \"下跌\", \"缩小\", \"缩减\", \"减\", \"降\", \"涨\", \"升\", \"翻\")",
    );
    let mut negative = figure("");
    negative["value"] = json!(-4.7);
    assert_reports(
        &with_figure(sentence, english, growth_unit(), negative),
        "value",
        "-4.7 is negative: a decrease is a positive value with the quote's word of change (\"change\": \"下降\")",
    );
    // A word of change where the quote states a level.
    assert_reports(
        &with_figure(
            "全年粮食产量降至4.7万吨。",
            " Grain output fell to 47,000 tonnes.",
            ("tonne", json!({"zh": "吨", "en": "tonnes", "dimension": "weight"})),
            json!({"id": "grain", "value": 47000, "unit": "tonne", "stated": "4.7万",
                "stated_en": "47,000", "change": "降"}),
        ),
        "change",
        "the quote says \"降至\" before \"4.7万\": the level reached, not a change: leave \"change\" empty",
    );
}

fn times_unit() -> (&'static str, Value) {
    (
        "times",
        json!({"zh": "倍", "en": "times", "dimension": "multiple"}),
    )
}

#[test]
fn an_increase_by_n_times_is_not_n_times_the_level() {
    let increase = |change: &str| {
        with_figure(
            "农民收入比2005年增长了1.3倍。",
            " Farmers' incomes rose 130% on 2005.",
            times_unit(),
            json!({"id": "income-times", "value": 1.3, "unit": "times", "stated": "1.3",
                "stated_en": "130%", "change": change}),
        )
    };
    assert_eq!(increase("增长"), Vec::<String>::new());
    assert_reports(
        &increase(""),
        "change",
        "the quote says \"增长\" before \"1.3\": the figure is a change, not a level, and must say \"change\": \"增长\"",
    );
    // 是…的 N 倍, 增长到 N 倍: a level, with no word of change.
    let level = |sentence: &str, change: &str| {
        with_figure(
            sentence,
            " Farmers' incomes were 2.3 times the 2005 level.",
            times_unit(),
            json!({"id": "income-level", "value": 2.3, "unit": "times", "stated": "2.3",
                "stated_en": "2.3", "change": change}),
        )
    };
    assert_eq!(level("农民收入是2005年的2.3倍。", ""), Vec::<String>::new());
    assert_eq!(
        level("农民收入增长到2005年的2.3倍。", ""),
        Vec::<String>::new()
    );
    assert_reports(
        &level("农民收入增长到2.3倍。", "增长"),
        "change",
        "the quote says \"增长到\" before \"2.3\": the level reached, not a change: leave \"change\" empty",
    );
    // 翻两番: doubled twice.
    let doubled = with_figure(
        "全县产值比2010年翻了两番。",
        " The county's output quadrupled on 2010.",
        times_unit(),
        json!({"id": "output-doublings", "value": 2, "unit": "times", "stated": "两",
            "stated_en": "quadrupled", "change": "翻"}),
    );
    assert_eq!(doubled, Vec::<String>::new());
    // 降低 N 倍 has no value.
    let lines = with_figure(
        "生产成本降低了2倍。",
        " Production costs were cut to a third.",
        times_unit(),
        json!({"id": "cost-times", "value": 2, "unit": "times", "stated": "2",
            "stated_en": "a third", "change": "降低"}),
    );
    assert_reports(
        &lines,
        "change",
        "\"降低2倍\" (a decrease by N times) cannot be turned into a value: Chinese editing rules count it wrong usage; give the fraction the article means as a percentage or a fraction (下降50%, 降至三分之一)",
    );
}

/// The shipped story with the sentences, units and figures given, and one chart of them.
fn story_with(
    sentences: &[(&str, &str)],
    units: &[(&str, Value)],
    figures: &[Value],
) -> rural_story::story::Story {
    let mut s: Value = serde_json::from_str(EMBEDDED_STORY).unwrap();
    for (key, unit) in units {
        s["units"][*key] = unit.clone();
    }
    let paragraph = &mut s["sections"][0]["paragraphs"][0];
    for (zh, en) in sentences {
        for (lang, text) in [("zh", zh), ("en", en)] {
            let old = paragraph[lang].as_str().unwrap().to_string();
            paragraph[lang] = json!(format!("{old}{text}"));
        }
    }
    let mut ids = Vec::new();
    for figure in figures {
        let mut figure = figure.clone();
        figure["label"] = json!({"zh": "新数字", "en": "new figure"});
        ids.push(figure["id"].clone());
        s["figures"].as_array_mut().unwrap().push(figure);
    }
    let after = s["sections"][0]["paragraphs"][0]["id"].clone();
    s["charts"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "new-chart",
        "title": {"zh": "新图", "en": "new chart"}, "takeaway": {"zh": "新图。", "en": "New."},
        "figures": ids, "after": after}));
    load(&s.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_chart_draws_decreases_left_of_zero_hatched_and_multiples_as_levels() {
    use rural_story::chart::{build_spec, render_svg, Scale};
    use rural_story::Lang;
    let (up, down) = ("粮食产量比上年增长3.2%。", "油料产量同比下降4.7%。");
    let (income, level) = ("农民收入比2005年增长了1.3倍。", "工业产值是2005年的2.5倍。");
    let story = story_with(
        &[
            (up, " Grain output rose 3.2%."),
            (down, " Oil crops fell 4.7% year on year."),
            (income, " Farmers' incomes rose 130% on 2005."),
            (level, " Industrial output was 2.5 times the 2005 level."),
        ],
        &[growth_unit(), times_unit()],
        &[
            json!({"id": "grain-up", "value": 3.2, "unit": "growth", "stated": "3.2%",
                "stated_en": "3.2%", "change": "增长", "quote": up}),
            json!({"id": "oil-down", "value": 4.7, "unit": "growth", "stated": "4.7%",
                "stated_en": "4.7%", "change": "下降", "quote": down}),
            json!({"id": "income-up", "value": 1.3, "unit": "times", "stated": "1.3",
                "stated_en": "130%", "change": "增长", "quote": income}),
            json!({"id": "output-level", "value": 2.5, "unit": "times", "stated": "2.5",
                "stated_en": "2.5", "quote": level}),
        ],
    );
    let chart = story.charts.iter().find(|c| c.id == "new-chart").unwrap();
    let spec = build_spec(&story, chart, Lang::En, Scale::Linear, 480);
    let bars: Vec<(&str, f64, &str)> = spec
        .panels
        .iter()
        .flat_map(|p| &p.bars)
        .map(|b| (b.figure_id.as_str(), b.drawn, b.value_label.as_str()))
        .collect();
    assert_eq!(
        bars,
        [
            ("grain-up", 3.2, "+3.2%"),
            ("oil-down", -4.7, "−4.7%"),
            ("income-up", 2.3, "+130%"),
            ("output-level", 2.5, "2.5×"),
        ]
    );
    // A change in a rate is not a share: no 0–100 axis; the decrease reaches left of zero.
    assert_eq!(spec.panels[0].domain(Scale::Linear), (-4.7, 3.2));
    let rendered = render_svg(&spec).unwrap();
    let mark = |id: &str| rendered.marks.iter().find(|m| m.figure_id == id).unwrap();
    let (grain, oil) = (mark("grain-up"), mark("oil-down"));
    assert!(
        oil.x + oil.width <= grain.x + 1,
        "the decrease ends where the growth starts, at zero: {oil:?} {grain:?}"
    );
    // Hatched: diagonal lines inside the decrease's box, which no growth bar has.
    let hatches = rendered
        .svg
        .split("<polyline")
        .skip(1)
        .filter(|line| {
            let points = line.split("points=\"").nth(1).unwrap_or("");
            let xs: Vec<i32> = points
                .split(['"', ' '])
                .take_while(|p| p.contains(','))
                .filter_map(|p| p.split(',').next()?.parse().ok())
                .collect();
            xs.len() == 2
                && xs.iter().all(|x| (oil.x..=oil.x + oil.width).contains(x))
                && xs[0] != xs[1]
        })
        .count();
    assert!(hatches >= 3, "{}", rendered.svg);
}

fn rural_base() -> (&'static str, Value) {
    (
        "rural-base",
        json!({"zh": "农村居民", "en": "rural", "dimension": "colon_ratio"}),
    )
}

#[test]
fn colon_ratios_are_printed_as_written_and_drawn_against_their_base() {
    use rural_story::chart::{build_spec, Scale};
    use rural_story::format::{format_figure, Style};
    use rural_story::Lang;
    let sentence = "城乡居民收入比由5：1缩小到2.6：1。";
    let english = " The urban-rural income ratio narrowed from 5:1 to 2.6:1.";
    let ratio = json!({"id": "income-ratio", "value": 2.6, "unit": "rural-base",
        "stated": "2.6：1", "stated_en": "2.6:1"});
    assert_eq!(
        with_figure(sentence, english, rural_base(), ratio.clone()),
        Vec::<String>::new()
    );
    // As a multiple, or a count whose unit is "：1": refused.
    let mut as_count = ratio.clone();
    as_count["unit"] = json!("colon");
    assert_reports(
        &with_figure(
            sentence,
            english,
            ("colon", json!({"zh": "：1", "en": ":1", "dimension": "count"})),
            as_count,
        ),
        "unit",
        "\"2.6：1\" is a ratio (its base second): its unit must be of dimension \"colon_ratio\", not \"count\"",
    );
    // A plain number in a ratio's unit is refused, unless it is a change in the ratio.
    let change = "城乡居民收入比比上年下降0.03。";
    let change_en = " The urban-rural income ratio fell 0.03 on the year before.";
    let difference = |word: &str| {
        json!({"id": "ratio-change", "value": 0.03, "unit": "rural-base", "stated": "0.03",
            "stated_en": "0.03", "change": word})
    };
    assert_eq!(
        with_figure(change, change_en, rural_base(), difference("下降")),
        Vec::<String>::new()
    );
    assert_reports(
        &with_figure(change, change_en, rural_base(), difference("")),
        "stated",
        "the unit \"rural-base\" is of dimension \"colon_ratio\", but \"0.03\" is not a ratio written with a colon (2.6：1), nor a change in one (下降0.03 with \"change\")",
    );
    let story = story_with(
        &[(sentence, english), (change, change_en)],
        &[rural_base()],
        &[
            {
                let mut r = ratio.clone();
                r["quote"] = json!(sentence);
                r
            },
            {
                let mut d = difference("下降");
                d["quote"] = json!(change);
                d
            },
        ],
    );
    let level = story.figure("income-ratio").unwrap();
    let unit = &story.units["rural-base"];
    let shown = |f, lang, style| format_figure(f, unit, lang, style);
    assert_eq!(
        shown(level, Lang::Zh, Style::Full),
        "2.6：1（农村居民 = 1）"
    );
    assert_eq!(shown(level, Lang::En, Style::Full), "2.6:1 (rural = 1)");
    assert_eq!(shown(level, Lang::En, Style::Short), "2.6:1");
    let diff = story.figure("ratio-change").unwrap();
    assert_eq!(shown(diff, Lang::Zh, Style::Full), "下降0.03");
    assert_eq!(shown(diff, Lang::En, Style::Full), "down 0.03");
    let chart = story.charts.iter().find(|c| c.id == "new-chart").unwrap();
    for (lang, caption) in [
        (Lang::Zh, "比值（农村居民 = 1）"),
        (Lang::En, "ratio (rural = 1)"),
    ] {
        let spec = build_spec(&story, chart, lang, Scale::Linear, 480);
        assert_eq!(spec.panels[0].unit_caption, caption);
        assert!(!spec.panels[0].unit_caption.contains("：1"));
        assert_eq!(spec.panels[0].domain(Scale::Linear), (-0.03, 2.6));
    }
}

#[test]
fn a_change_names_its_base_and_the_base_stands_in_the_quote() {
    use rural_story::format::{format_figure, Style};
    use rural_story::Lang;
    let sentence = "全年粮食播种面积比上年增加21万亩。";
    let english = " The grain area grew 210,000 mu on the previous year.";
    let mu = (
        "area-mu",
        json!({"zh": "亩", "en": "mu", "dimension": "area"}),
    );
    let figure = |base: Value| {
        json!({"id": "grain-area-change", "value": 210000, "unit": "area-mu", "stated": "21万",
            "stated_en": "210,000", "change": "增加", "base": base, "quote": sentence})
    };
    let base = json!({"zh": "比上年", "en": "on the previous year"});
    assert_eq!(
        with_figure(sentence, english, mu.clone(), figure(base.clone())),
        Vec::<String>::new()
    );
    assert_reports(
        &with_figure(
            sentence,
            english,
            mu.clone(),
            figure(json!({"zh": "比2005年", "en": "on 2005"})),
        ),
        "base.zh",
        "\"比2005年\" does not stand before \"21万\" in the quote: the base is what the quote compares with (比上年, 同比, 比2005年)",
    );
    assert_reports(
        &with_figure(
            sentence,
            english,
            mu.clone(),
            figure(json!({"zh": "比上年", "en": ""})),
        ),
        "base.en",
        "must not be empty",
    );
    let story = story_with(&[(sentence, english)], &[mu], &[figure(base)]);
    let f = story.figure("grain-area-change").unwrap();
    let unit = &story.units["area-mu"];
    assert_eq!(
        format_figure(f, unit, Lang::Zh, Style::Full),
        "比上年增加21万亩"
    );
    assert_eq!(
        format_figure(f, unit, Lang::En, Style::Full),
        "up 210,000 mu on the previous year"
    );
    assert_eq!(format_figure(f, unit, Lang::En, Style::Short), "+210,000");
}
