//! Editing a story as JSON: round trips, figures removed and added, optional fields.

use super::*;
use crate::story::EMBEDDED_STORY;

fn drafted() -> Work {
    Work::new(crate::story::draft::draft(
        "全区95个工作队投入资金6.38亿元。\n今年销售农产品3070余万元，带动1.2万人。",
    ))
}

#[test]
fn a_story_opened_and_exported_unchanged_is_the_same_file() {
    let work = super::super::input::open_story(EMBEDDED_STORY).unwrap();
    assert_eq!(work.export(), EMBEDDED_STORY);
    assert!(work.check().is_ok());
    let mut changed = work.clone();
    assert!(changed.set_text("meta.title.en", "Another title"));
    let exported = changed.export();
    assert_ne!(exported, EMBEDDED_STORY);
    let story = crate::story::load(&exported).unwrap();
    assert_eq!(story.meta.title.en, "Another title");
    // Setting it back gives the opened file again, byte for byte.
    let title = work.text("meta.title.en");
    changed.set_text("meta.title.en", &title);
    assert_eq!(changed.export(), EMBEDDED_STORY);
}

#[test]
fn removing_a_figure_removes_every_mention_of_it() {
    let mut work = drafted();
    let ids = work.figure_ids();
    assert_eq!(ids.len(), 4, "{ids:?}");
    work.toggle_key_figure(&ids[1]);
    let chart = work.add_chart(&[ids[0].clone(), ids[1].clone()]);
    let step = work.add_step(&chart);
    work.toggle_in(&format!("steps[{step}].figures"), &ids[1]);
    work.remove_figure(&ids[1]);
    assert_eq!(work.figure_ids().len(), 3);
    // 6.38亿元 and 3070余万元 share 元: removing one keeps it.
    assert_eq!(work.unit_ids().len(), 3);
    let yuan = work.text("figures[1].unit");
    work.remove_figure(&work.figure_ids()[1].clone());
    assert!(!work.unit_ids().contains(&yuan) || !work.figures_in(&yuan).is_empty());
    assert!(!work.export().contains(&format!("\"{}\"", ids[1])));
    assert_eq!(work.get("charts[0].figures"), Some(&json!([ids[0]])));
}

#[test]
fn a_selected_number_becomes_a_figure_read_as_the_draft_reads_it() {
    let mut work = drafted();
    let paragraph = "sections[0].paragraphs[0]";
    let first = work.figure_ids()[0].clone();
    work.remove_figure(&first);
    let zh = work.text(&format!("{paragraph}.zh"));
    let id = work
        .add_figure(paragraph, "95", zh.find("95").unwrap())
        .unwrap();
    let i = work.figure_index(&id).unwrap();
    assert_eq!(i, 0, "in the text's order");
    assert_eq!(work.text(&format!("figures[{i}].value")), "95.0");
    assert_eq!(
        work.text(&format!("figures[{i}].quote")),
        "全区95个工作队投入资金6.38亿元。"
    );
    let unit = work.text(&format!("figures[{i}].unit"));
    assert_eq!(work.text(&format!("units.{unit}.zh")), "个");
    // The unit of the removed figure is used again, not made twice.
    assert_eq!(work.unit_ids().len(), 3, "{:?}", work.unit_ids());
    assert_eq!(work.add_figure(paragraph, "工作队", 0), None);
}

#[test]
fn an_optional_pair_emptied_on_both_sides_is_left_out() {
    let mut work = drafted();
    work.set_text("figures[0].base.zh", "去年");
    assert_eq!(work.get("figures[0].base"), Some(&json!({ "zh": "去年" })));
    work.set_text("figures[0].base.zh", "");
    assert_eq!(work.get("figures[0].base"), None);
}

#[test]
fn numbers_are_typed_as_digits_and_an_empty_optional_one_is_removed() {
    let mut work = drafted();
    assert!(work.set_number("figures[0].upper", "120"));
    assert_eq!(work.text("figures[0].upper"), "120.0");
    assert!(work.set_number("figures[0].upper", " "));
    assert_eq!(work.get("figures[0].upper"), None);
    assert!(!work.set_number("figures[0].value", "九十五"));
}
