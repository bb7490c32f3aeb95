//! The shipped story holds what the article states: its key figures, its sections, and
//! repairs that each point at text readers can see.

use rural_story::story::{load, Story, EMBEDDED_STORY};

fn story() -> Story {
    load(EMBEDDED_STORY).expect("valid story")
}

fn value_of(story: &Story, id: &str) -> f64 {
    story
        .figure(id)
        .unwrap_or_else(|| panic!("figure {id} missing"))
        .value
}

#[test]
fn headline_numbers_are_in_base_units() {
    let story = story();
    assert_eq!(value_of(&story, "cadres-total"), 470.0);
    assert_eq!(value_of(&story, "teams-now"), 23.0);
    assert_eq!(value_of(&story, "villages-covered"), 183.0);
    assert_eq!(value_of(&story, "villages-share"), 50.0);
    assert_eq!(value_of(&story, "infra-projects"), 1070.0);
    assert_eq!(value_of(&story, "infra-investment"), 638_000_000.0);
    assert_eq!(value_of(&story, "produce-sold"), 293_600.0);
    assert_eq!(story.figure("infra-projects").unwrap().qualifier, "余");
}

#[test]
fn sections_follow_the_article() {
    let story = story();
    let numbers: Vec<_> = story.sections.iter().map(|s| s.number.clone()).collect();
    assert_eq!(
        numbers,
        [
            None,
            Some("01".into()),
            Some("02".into()),
            Some("03".into())
        ]
    );
    let s01 = story.sections[1].heading.as_ref().unwrap();
    assert_eq!(s01.zh, "创新打造乡村振兴工作队模式");
    // None of the scraped page's chrome or spam made it in.
    for p in story.paragraphs() {
        for junk in ["会员登录", "声明", "Discuz", "ICP", "www.", "在线观看"] {
            assert!(!p.zh.contains(junk), "{} contains {junk}", p.id);
        }
        assert!(!p.en.trim().is_empty());
    }
}

#[test]
fn known_corruptions_are_repaired_and_recorded() {
    let story = story();
    let text: String = story.paragraphs().map(|p| p.zh.as_str()).collect();
    assert!(text.contains("自2018年4月起"));
    assert!(!text.contains("20184月"));
    assert!(!text.contains("()()"));
    assert!(story.repairs.iter().any(|r| r.original.contains("20184月")));
    assert!(story.repairs.iter().any(|r| r.original.contains("()()")));
}

#[test]
fn the_three_charts_of_the_brief_exist() {
    let story = story();
    let ids: Vec<_> = story.charts.iter().map(|c| c.id.as_str()).collect();
    for id in ["projects", "money", "farm-sales"] {
        assert!(ids.contains(&id), "chart {id} missing from {ids:?}");
    }
    assert!(
        story
            .charts
            .iter()
            .find(|c| c.id == "money")
            .unwrap()
            .log_switch
    );
}

#[test]
fn every_figure_is_marked_once_in_each_language() {
    use rural_story::story::annotate;
    use rural_story::Lang;
    let story = story();
    for lang in [Lang::Zh, Lang::En] {
        let mut marked: Vec<(String, String)> = story
            .paragraphs()
            .flat_map(|p| annotate(&story, p, lang))
            .filter_map(|s| s.figure.map(|id| (id.to_string(), s.text.to_string())))
            .collect();
        // The text is cut, never changed.
        for p in story.paragraphs() {
            let joined: String = annotate(&story, p, lang).iter().map(|s| s.text).collect();
            assert_eq!(joined, p.text(lang));
        }
        marked.sort();
        let ids: Vec<&str> = marked.iter().map(|(id, _)| id.as_str()).collect();
        for figure in &story.figures {
            let count = ids.iter().filter(|id| **id == figure.id).count();
            assert_eq!(count, 1, "{lang:?}: {} marked {count} times", figure.id);
        }
        let text = |id: &str| marked.iter().find(|(i, _)| i == id).unwrap().1.clone();
        match lang {
            Lang::Zh => {
                assert_eq!(text("beneficiaries"), "超过16万人次");
                assert_eq!(text("infra-projects"), "1070余项");
                assert_eq!(text("reserve-talent"), "超过2人");
            }
            Lang::En => {
                assert_eq!(text("infra-investment"), "638 million");
                assert_eq!(text("reserve-talent"), "2");
            }
        }
    }
}
