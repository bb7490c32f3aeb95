//! The drafting tool on the built-in article: how many of the story's figures it finds on
//! its own, and a draft that the validator reads and lists what is left to fill.

use rural_story::story::draft::{all_numbers, draft, recall};
use rural_story::story::{load, parse, EMBEDDED_STORY};

/// The article's Chinese text as a newsroom would paste it: one paragraph per line.
fn article() -> String {
    let story = load(EMBEDDED_STORY).expect("valid story");
    story
        .paragraphs()
        .map(|p| p.zh.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_draft_finds_nine_in_ten_of_the_story_s_figures() {
    let story = load(EMBEDDED_STORY).unwrap();
    let wanted: Vec<(f64, String, String)> = story
        .figures
        .iter()
        .map(|f| {
            (
                f.value,
                story.units[&f.unit].zh.clone(),
                f.qualifier.clone(),
            )
        })
        .collect();
    let found = all_numbers(&article());
    let share = recall(&wanted, &found);
    let missed: Vec<String> = wanted
        .iter()
        .filter(|w| recall(std::slice::from_ref(*w), &found) == 0.0)
        .map(|(v, u, q)| format!("{q}{v}{u}"))
        .collect();
    println!(
        "draft recall: {:.1} % ({} of {} figures, same value, unit and qualifier); {} numbers found; missed: {}",
        share * 100.0,
        wanted.len() - missed.len(),
        wanted.len(),
        found.len(),
        missed.join(", ")
    );
    assert!(share >= 0.9, "recall {share}: missed {missed:?}");
}

#[test]
fn the_draft_is_a_story_whose_blanks_the_validator_lists() {
    let json = serde_json::to_string(&draft(&article())).unwrap();
    let story = parse(&json).expect("the draft has the story's shape");
    assert!(story.figures.len() >= 50);
    assert!(story.figures.iter().all(|f| f.quote.len() > f.stated.len()));
    let problems = load(&json).unwrap_err().lines();
    for expected in [
        "figures[0] (id \"figure-1\").label.zh: must not be empty",
        "units.unit-1.en: must not be empty",
        "meta.title.zh: must not be empty",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected} not in {problems:#?}"
        );
    }
    // Its quotes are the article's sentences and its numbers read back as written.
    assert!(
        !problems.iter().any(|p| p.contains(".quote: not found")),
        "{problems:#?}"
    );
    assert!(
        !problems
            .iter()
            .any(|p| p.contains("differs from the stated")),
        "{problems:#?}"
    );
}
