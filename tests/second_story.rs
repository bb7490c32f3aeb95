//! The second story (tests/stories/synthetic.json), a made-up article that uses every part
//! of the schema the built-in one does not: no author, other units, every kind of
//! qualifier, a conversion, a multiple, a rank, a range, a fraction and round numbers.

use rural_story::chart::{build_spec, render_svg, Scale};
use rural_story::story::{load_bytes, Dimension, Qualifier, Story};
use rural_story::Lang;
use std::collections::BTreeSet;

fn second() -> Story {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/stories/synthetic.json"
    ))
    .unwrap();
    load_bytes(&bytes).unwrap_or_else(|e| panic!("the second story is invalid:\n{e}"))
}

#[test]
fn the_second_story_uses_every_part_of_the_schema() {
    let story = second();
    assert!(story.meta.authors.is_empty(), "an unsigned item");
    assert!(story.meta.story_url.is_some());
    let kinds: BTreeSet<String> = story
        .figures
        .iter()
        .map(|f| format!("{:?}", Qualifier::from_word(&f.qualifier).unwrap()))
        .collect();
    for kind in [
        "Exact", "MoreThan", "AtLeast", "About", "Nearly", "LessThan", "AtMost", "Several",
    ] {
        assert!(kinds.contains(kind), "no {kind} figure: {kinds:?}");
    }
    let dimensions: BTreeSet<Dimension> = story.units.values().map(|u| u.dimension).collect();
    for dimension in [
        Dimension::Area,
        Dimension::Weight,
        Dimension::Multiple,
        Dimension::Rank,
        Dimension::Year,
        Dimension::Ratio,
    ] {
        assert!(dimensions.contains(&dimension), "{dimension:?}");
    }
    assert_eq!(story.conversions.len(), 1);
    assert!(story.figures.iter().any(|f| f.upper.is_some()), "a range");
    assert!(!story.steps.is_empty());
}

#[test]
fn its_charts_draw_one_unit_per_axis_and_convert_dan_to_jin() {
    let story = second();
    let produce = story.charts.iter().find(|c| c.id == "produce").unwrap();
    let spec = build_spec(&story, produce, Lang::Zh, Scale::Linear, 480);
    let captions: Vec<&str> = spec
        .panels
        .iter()
        .map(|p| p.unit_caption.as_str())
        .collect();
    assert_eq!(captions, ["单位：斤（1担 = 100斤）", "单位：吨"]);
    let vegetables = spec.panels[0]
        .bars
        .iter()
        .find(|b| b.figure_id == "vegetables")
        .unwrap();
    assert_eq!(vegetables.drawn, 15_000_000.0);
    // Growth rates, shares and multiples: three panels, not one 0–100 % axis.
    let growth = story.charts.iter().find(|c| c.id == "growth").unwrap();
    let spec = build_spec(&story, growth, Lang::En, Scale::Linear, 480);
    let units: Vec<&str> = spec.panels.iter().map(|p| p.unit.as_str()).collect();
    assert_eq!(units, ["growth", "times", "share"]);
}

#[test]
fn ranges_and_several_are_drawn_as_spans_and_fractions_against_the_whole() {
    let story = second();
    let chart = story.charts.iter().find(|c| c.id == "cold-chain").unwrap();
    let zh = build_spec(&story, chart, Lang::Zh, Scale::Linear, 480);
    let en = build_spec(&story, chart, Lang::En, Scale::Linear, 480);
    let bar = |spec: &rural_story::chart::ChartSpec, id: &str| {
        spec.panels
            .iter()
            .flat_map(|p| &p.bars)
            .find(|b| b.figure_id == id)
            .unwrap()
            .clone()
    };
    let saving = bar(&en, "transport-saving");
    assert_eq!((saving.drawn, saving.drawn_upper), (3000.0, Some(5000.0)));
    assert_eq!(saving.full_label, "CNY 3,000–5,000");
    assert_eq!(bar(&zh, "transport-saving").value_label, "3000至5000");
    let traders = bar(&en, "traders");
    assert_eq!((traders.drawn, traders.drawn_upper), (100.0, Some(1000.0)));
    assert_eq!(traders.full_label, "hundreds of traders");
    assert_eq!(bar(&zh, "traders").full_label, "数百家");
    assert_eq!(bar(&zh, "jobs").full_label, "上千名");
    assert_eq!(bar(&en, "jobs").value_label, "~1,000");
    let share = en
        .panels
        .iter()
        .find(|p| p.dimension == Dimension::Ratio)
        .unwrap();
    assert_eq!(share.unit_caption, "share of the whole");
    assert_eq!(
        share.domain(Scale::Linear),
        (0.0, 1.0),
        "a third fills a third"
    );
    assert_eq!(bar(&zh, "households-using").full_label, "三分之一");
    assert_eq!(bar(&en, "households-using").value_label, "1/3");
    // The span is an open box after the solid bar, and the bar's mark covers both.
    let rendered = render_svg(&en).unwrap();
    let mark = rendered
        .marks
        .iter()
        .find(|m| m.figure_id == "transport-saving")
        .unwrap();
    let open_boxes = rendered
        .svg
        .split("<rect")
        .skip(1)
        .filter(|rect| {
            rect.split("/>")
                .next()
                .is_some_and(|a| a.contains("fill=\"none\""))
        })
        .count();
    assert!(open_boxes >= 2, "one open box per span: {}", rendered.svg);
    let panel_width = 480 - 2 * 4 - 12;
    assert!(
        mark.width > panel_width * 9 / 10,
        "the range's end is the panel's largest value: {}",
        mark.width
    );
}

#[test]
fn every_new_kind_of_number_reads_as_its_sentence_means_in_both_languages() {
    use rural_story::format::{format_figure, Style};
    let story = second();
    let dimensions: BTreeSet<Dimension> = story.units.values().map(|u| u.dimension).collect();
    assert!(dimensions.contains(&Dimension::Points) && dimensions.contains(&Dimension::ColonRatio));
    let shown = |id: &str, lang: Lang, style: Style| {
        let figure = story.figure(id).unwrap();
        format_figure(figure, story.unit_of(figure).unwrap(), lang, style)
    };
    use Lang::{En, Zh};
    use Style::{Full, Short};
    let cases: [(&str, Lang, Style, &str); 20] = [
        ("urbanisation-change", Zh, Full, "比上年提高1.5个百分点"),
        (
            "urbanisation-change",
            En,
            Full,
            "up 1.5 percentage points on the previous year",
        ),
        ("urbanisation-change", En, Short, "+1.5 pts"),
        ("oil-change", Zh, Full, "同比下降4.7%"),
        ("oil-change", En, Full, "down 4.7% year on year"),
        ("oil-change", En, Short, "−4.7%"),
        ("grain-area-change", Zh, Full, "比上年增加2.1万亩"),
        (
            "grain-area-change",
            En,
            Full,
            "up 21,000 mu on the previous year",
        ),
        ("income-growth", Zh, Full, "比2013年增长1.3倍"),
        ("income-growth", En, Full, "up 130% on 2013"),
        ("income-growth", En, Short, "+130%"),
        ("sales-multiple", En, Full, "2.5 times"),
        ("sales-multiple", En, Short, "2.5×"),
        ("storage-doublings", Zh, Full, "翻两番"),
        ("storage-doublings", En, Full, "quadrupled (×4)"),
        ("income-ratio", Zh, Full, "2.3：1（农村居民 = 1）"),
        ("income-ratio", En, Full, "2.3:1 (rural = 1)"),
        ("income-ratio", En, Short, "2.3:1"),
        ("income-per-head", Zh, Full, "21536元"),
        ("income-per-head", En, Full, "CNY 21,536"),
    ];
    for (id, lang, style, want) in cases {
        assert_eq!(shown(id, lang, style), want, "{id} {lang:?} {style:?}");
    }
    // Drawn: the decrease left of zero, the increase by 1.3 times as the level 2.3, 翻两番 as
    // 4, both against the base of 1 the caption names; the ratio against its base.
    let chart = |id: &str, lang| {
        let chart = story.charts.iter().find(|c| c.id == id).unwrap();
        build_spec(&story, chart, lang, Scale::Linear, 480)
    };
    let changes = chart("changes", Zh);
    let oil = changes
        .panels
        .iter()
        .flat_map(|p| &p.bars)
        .find(|b| b.figure_id == "oil-change")
        .unwrap();
    assert_eq!((oil.drawn, oil.value_label.as_str()), (-4.7, "−4.7%"));
    assert_eq!(
        oil.full_label, "同比下降4.7%",
        "the tooltip and the table say it in words"
    );
    let income = chart("income", En);
    let drawn: Vec<(&str, f64)> = income
        .panels
        .iter()
        .flat_map(|p| &p.bars)
        .map(|b| (b.figure_id.as_str(), b.drawn))
        .collect();
    assert_eq!(
        drawn,
        [
            ("income-per-head", 21536.0),
            ("income-growth", 2.3),
            ("storage-doublings", 4.0),
            ("income-ratio-before", 2.9),
            ("income-ratio", 2.3),
        ]
    );
    let captions: Vec<&str> = income
        .panels
        .iter()
        .map(|p| p.unit_caption.as_str())
        .collect();
    assert_eq!(
        captions,
        [
            "in CNY",
            "times the base level (base = 1)",
            "ratio (rural = 1)"
        ]
    );
    let zh = chart("income", Zh);
    let captions: Vec<&str> = zh.panels.iter().map(|p| p.unit_caption.as_str()).collect();
    assert_eq!(
        captions,
        ["单位：元", "单位：倍（基数 = 1）", "比值（农村居民 = 1）"]
    );
    // A file says a decrease is one, and against what.
    let csv = rural_story::chart::to_csv(&chart("changes", En));
    assert!(
        csv.contains("oil-change,oil-crop output,4.7,,%,,down,year on year,"),
        "{csv}"
    );
    let svg = render_svg(&zh).unwrap().svg;
    assert!(
        svg.contains("2.3：1") && !svg.contains("单位：：1"),
        "{svg}"
    );
}
