//! The second story (tests/stories/synthetic.json), a made-up article that uses every part
//! of the schema the built-in one does not: no author, other units, every kind of
//! qualifier, a conversion, a multiple and a rank.

use rural_story::chart::{build_spec, Scale};
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
        "Exact", "MoreThan", "AtLeast", "About", "Nearly", "LessThan", "AtMost",
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
    ] {
        assert!(dimensions.contains(&dimension), "{dimension:?}");
    }
    assert_eq!(story.conversions.len(), 1);
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
