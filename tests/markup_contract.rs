//! The markup contract holds on what the build renders: every class and attribute that
//! `enhance` looks for (`rural_story::markup`) is written on the story page and on a chart
//! page, rendered natively by the same code `render-static` runs; and every bar target's
//! place has its stylesheet rule, built from the renderer's boxes.

use rural_story::host::{Embedding, Placement, StoryPages};
use rural_story::markup::{attr, compound, sel, CLASSES};
use rural_story::story::{load, EMBEDDED_STORY};
use rural_story::ui::{every_drawing, place_of, render_html, target_place_rules};
use rural_story::Lang;
use scraper::{Html, Selector};

fn page(chart: Option<&str>, lang: Lang) -> Html {
    let embedding = Embedding {
        placement: Placement::Page,
        chart: chart.map(String::from),
        base_url: String::new(),
        pages: StoryPages::Widget,
    };
    Html::parse_fragment(&render_html(load(EMBEDDED_STORY), lang, None, embedding))
}

fn count(page: &Html, selector: &str) -> usize {
    let selector = Selector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e:?}"));
    page.select(&selector).count()
}

/// The selectors `enhance` builds from the contract beyond single classes.
fn compound_selectors() -> Vec<String> {
    let written = compound::ALL.iter().map(|s| s.to_string());
    written
        .chain([
            format!("#rural-story > {}", sel::ROOT).replace("#rural-story > ", ""),
            format!("{} button[data-{}]", sel::SCALE_SWITCH, attr::SCALE),
            format!("{} progress", sel::STEPS_NAV),
            format!("{} code", sel::EMBED_CODE),
            format!("tr[data-{}][data-{}]", attr::FIGURE, attr::QUOTE),
            format!("{}[id]", sel::STEP),
            format!(
                "{} {}[data-{}]",
                sel::CHART_TOOLS,
                sel::DOWNLOAD_SVG,
                attr::SCALE
            ),
            format!(
                "{}[data-{}][data-{}][data-{}][data-{}][data-{}]",
                sel::MARK,
                attr::FIGURE,
                attr::BOX,
                attr::TIP_TOP,
                attr::LABEL,
                attr::VALUE
            ),
        ])
        .collect()
}

#[test]
fn the_story_page_holds_everything_enhance_looks_for() {
    for lang in [Lang::Zh, Lang::En] {
        let page = page(None, lang);
        for class in CLASSES {
            assert!(
                count(&page, &format!(".{class}")) > 0,
                "no .{class} ({lang:?})"
            );
        }
        for name in attr::WRITTEN {
            assert!(
                count(&page, &format!("[data-{name}]")) > 0,
                "no data-{name} ({lang:?})"
            );
        }
        for selector in compound_selectors() {
            assert!(
                count(&page, &selector) > 0,
                "nothing matches {selector} ({lang:?})"
            );
        }
    }
}

#[test]
fn a_chart_page_holds_a_chart_s_part_of_the_contract() {
    let story = load(EMBEDDED_STORY).expect("valid story");
    for chart in &story.charts {
        let page = page(Some(&chart.id), Lang::En);
        for selector in [
            sel::ROOT,
            sel::CHART,
            sel::CHART_PLOT,
            sel::MARK,
            sel::CHART_TIP,
            sel::TABLE_TOGGLE,
            sel::CHART_TOOLS,
        ] {
            assert!(
                count(&page, selector) > 0,
                "chart {}: no {selector}",
                chart.id
            );
        }
        let own = format!("{}[data-{}=\"{}\"]", sel::CHART, attr::CHART, chart.id);
        assert_eq!(count(&page, &own), 1, "chart {}", chart.id);
    }
}

#[test]
fn every_target_on_a_page_has_its_place_in_the_stylesheet() {
    let story = load(EMBEDDED_STORY).expect("valid story");
    let places = [Lang::Zh, Lang::En].into_iter().flat_map(|lang| {
        every_drawing(&story, lang).into_iter().flat_map(|d| {
            let r = d.rendered.expect("drawn");
            r.marks
                .iter()
                .map(|m| place_of(m, r.width, r.height))
                .collect::<Vec<_>>()
        })
    });
    let rules = target_place_rules(places);
    let boxes = Selector::parse(&format!("[data-{}]", attr::BOX)).unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let pages = std::iter::once(None).chain(story.charts.iter().map(|c| Some(c.id.as_str())));
        for chart in pages {
            let page = page(chart, lang);
            for mark in page.select(&boxes) {
                let place = mark.value().attr(&format!("data-{}", attr::BOX)).unwrap();
                assert!(
                    rules.contains(&format!("[data-box=\"{place}\"]")),
                    "{chart:?} {lang:?}: no rule places {place}"
                );
            }
        }
    }
}
