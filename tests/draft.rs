//! The drafting tool on the built-in article and on the sample one, pasted as a newsroom
//! would (title, byline, numbered sections, one paragraph per line): the structure it reads,
//! how many of the story's figures it finds on its own (recall) and how many of the numbers
//! it proposes are figures (precision), and a draft the validator reads and lists what is
//! left to fill, grouped by figure.

use rural_story::story::draft::{all_numbers, draft, precision, recall};
use rural_story::story::{load, load_bytes, parse, Dimension, Story, EMBEDDED_STORY};

fn sample() -> Story {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/stories/synthetic.json"
    ))
    .unwrap();
    load_bytes(&bytes).unwrap()
}

/// The story's article as a newsroom pastes it: its title, a byline (source, date,
/// authors), then its sections, each numbered one with its number and heading on lines of
/// their own, one paragraph per line.
fn article(story: &Story) -> String {
    let meta = &story.meta;
    let authors: Vec<&str> = meta.authors.iter().map(|a| a.zh.as_str()).collect();
    let mut lines = vec![meta.title.zh.clone()];
    let byline = match authors.is_empty() {
        true => format!("{} {}", meta.source.zh, meta.date),
        false => format!(
            "{} {} 作者：{}",
            meta.source.zh,
            meta.date,
            authors.join("、")
        ),
    };
    lines.push(byline);
    for section in &story.sections {
        if let (Some(number), Some(heading)) = (&section.number, &section.heading) {
            lines.push(number.clone());
            lines.push(heading.zh.clone());
        }
        lines.extend(section.paragraphs.iter().map(|p| p.zh.clone()));
    }
    lines.join("\n")
}

/// Recall and precision of the draft on `story`'s article: (value, unit word, qualifier).
fn scores(story: &Story) -> (f64, f64, Vec<String>, Vec<String>) {
    let wanted: Vec<(f64, String, String)> = story
        .figures
        .iter()
        .map(|f| {
            let unit = &story.units[&f.unit];
            // A colon ratio's unit names its base, which the author writes: the draft's is "".
            let word = match unit.dimension {
                Dimension::ColonRatio => String::new(),
                _ => unit.zh.clone(),
            };
            (f.value, word, f.qualifier.clone())
        })
        .collect();
    let found = all_numbers(&article(story));
    let missed: Vec<String> = wanted
        .iter()
        .filter(|w| recall(std::slice::from_ref(*w), &found) == 0.0)
        .map(|(v, u, q)| format!("{q}{v}{u}"))
        .collect();
    let extra: Vec<String> = found
        .iter()
        .filter(|f| precision(&wanted, std::slice::from_ref(*f)) == 0.0)
        .map(|f| format!("{}{} in {}", f.stated, f.unit, f.sentence))
        .collect();
    (
        recall(&wanted, &found),
        precision(&wanted, &found),
        missed,
        extra,
    )
}

#[test]
fn the_draft_finds_the_figures_and_proposes_few_that_are_not() {
    for (name, story) in [
        ("built-in", load(EMBEDDED_STORY).unwrap()),
        ("sample", sample()),
    ] {
        let (recall, precision, missed, extra) = scores(&story);
        println!(
            "{name}: draft recall {:.1} %, precision {:.1} % ({} figures); missed: {missed:?}; not figures: {extra:?}",
            recall * 100.0,
            precision * 100.0,
            story.figures.len()
        );
        assert!(recall >= 0.95, "{name}: recall {recall}: missed {missed:?}");
        assert!(
            precision >= 0.90,
            "{name}: precision {precision}: {extra:#?}"
        );
    }
}

#[test]
fn the_draft_reads_the_article_s_structure() {
    let story = load(EMBEDDED_STORY).unwrap();
    let json = draft(&article(&story));
    let drafted = parse(&json.to_string()).expect("the draft has the story's shape");
    assert_eq!(drafted.meta.title.zh, story.meta.title.zh);
    assert_eq!(drafted.meta.source.zh, story.meta.source.zh);
    assert_eq!(drafted.meta.date, story.meta.date);
    let authors: Vec<&str> = drafted.meta.authors.iter().map(|a| a.zh.as_str()).collect();
    assert_eq!(authors, ["韩加君", "丁苏"]);
    let shape = |s: &Story| -> Vec<(Option<String>, Option<String>, usize)> {
        s.sections
            .iter()
            .map(|s| {
                (
                    s.number.clone(),
                    s.heading.as_ref().map(|h| h.zh.clone()),
                    s.paragraphs.len(),
                )
            })
            .collect()
    };
    assert_eq!(shape(&drafted), shape(&story));
    // 个百分点 is a unit of its own, a calendar year a date, 册 a measure word.
    let found = all_numbers("全年增长1.5个百分点。2014年末,图书馆藏书11万册。");
    let read: Vec<(&str, &str, &str)> = found
        .iter()
        .map(|f| (f.stated.as_str(), f.unit.as_str(), f.dimension))
        .collect();
    assert_eq!(
        read,
        [
            ("1.5", "个百分点", "points"),
            ("2014", "年", "year"),
            ("11万", "册", "count")
        ]
    );
    // Idioms and names are not figures.
    let none = all_numbers(
        "一批干部扎根基层,迎接新的一年,三位一体推进,重温百年党史,建设“百亿斤粮食”基地,打造百亿斤粮食生产基地。",
    );
    assert!(none.is_empty(), "{none:#?}");
    // A quotation mark the scraped page lost does not make the rest of a sentence a name.
    let damaged = all_numbers("擦亮调解室”“红色暖老街等惠民服务品牌50余个,落地工程1070余项。");
    let stated: Vec<&str> = damaged.iter().map(|f| f.stated.as_str()).collect();
    assert_eq!(stated, ["50", "1070"]);
}

#[test]
fn the_draft_is_a_story_whose_blanks_the_validator_lists_by_figure() {
    let text = article(&load(EMBEDDED_STORY).unwrap());
    let json = serde_json::to_string(&draft(&text)).unwrap();
    let story = parse(&json).expect("the draft has the story's shape");
    assert!(story.figures.len() >= 50);
    assert!(story.figures.iter().all(|f| f.quote.len() > f.stated.len()));
    let error = load(&json).unwrap_err();
    let problems = error.lines();
    for expected in [
        "figures[0] (id \"figure-1\").label.zh: must not be empty",
        "meta.summary.zh: must not be empty",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected} not in {problems:#?}"
        );
    }
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("units.unit-") && p.ends_with(".en: must not be empty")),
        "{problems:#?}"
    );
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
    // Grouped, one line per figure says what is left to decide.
    let grouped = error.grouped_lines();
    let first = grouped
        .iter()
        .find(|l| l.starts_with("figures[0] (id \"figure-1\")"))
        .unwrap();
    assert!(
        first.contains("to write: label.zh, label.en, stated_en"),
        "{first}"
    );
    assert!(
        grouped
            .iter()
            .any(|l| l.starts_with("sections[1]: to write: heading.en, paragraphs[0].en")),
        "{grouped:#?}"
    );
    assert!(
        grouped.len() < problems.len() / 2,
        "{} grouped lines for {} problems",
        grouped.len(),
        problems.len()
    );
}
