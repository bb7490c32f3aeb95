//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts, shows the
//! story and its charts, switches language, and shows a message for a broken story.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rural_story::story::{load, EMBEDDED_STORY};
use rural_story::ui::StoryApp;
use rural_story::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a story into a fresh container and returns the container.
fn mount(json: String, lang: Lang) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(
        container.clone(),
        move || view! { <StoryApp story=load(&json) initial_lang=lang/> },
    )
    .forget();
    container
}

fn find(root: &HtmlElement, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_story_mounts_with_headline_key_figures_sections_and_charts() {
    let root = mount(EMBEDDED_STORY.to_string(), Lang::Zh);
    leptos::task::tick().await;
    assert!(text(&root, "h1.headline").contains("青岛西海岸新区实践"));
    assert!(text(&root, ".byline").contains("韩加君"));
    let key_figures = text(&root, ".key-figures");
    assert!(key_figures.contains("470名"), "{key_figures}");
    assert!(key_figures.contains("6.38亿元"), "{key_figures}");
    assert_eq!(
        root.query_selector_all("h2.section-heading")
            .unwrap()
            .length(),
        3
    );
    assert!(root.query_selector_all(".paragraph").unwrap().length() >= 15);
    let charts = root.query_selector_all("figure.chart").unwrap().length();
    assert!(charts >= 3, "{charts} charts");
    let projects = find(&root, "figure[data-chart=projects] .chart-svg");
    assert_eq!(projects.get_attribute("role").as_deref(), Some("img"));
    let svg = projects.query_selector("svg").unwrap().expect("svg drawn");
    assert!(svg.query_selector_all("rect").unwrap().length() >= 5);
    assert!(svg.text_content().unwrap().contains("1,070余"));
    let description_id = projects.get_attribute("aria-describedby").unwrap();
    let description = document().get_element_by_id(&description_id).unwrap();
    assert!(description.text_content().unwrap().contains("1,070余项"));
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_text_charts_and_document_lang() {
    let root = mount(EMBEDDED_STORY.to_string(), Lang::Zh);
    leptos::task::tick().await;
    let zh_headline = text(&root, "h1.headline");
    let button: HtmlElement = find(&root, "button.lang-switch").unchecked_into();
    button.click();
    leptos::task::tick().await;
    let en_headline = text(&root, "h1.headline");
    assert_ne!(zh_headline, en_headline);
    assert!(
        en_headline.is_ascii() || en_headline.contains("Qingdao"),
        "{en_headline}"
    );
    assert_eq!(
        find(&root, "article.story")
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert!(text(&root, "figure[data-chart=projects] svg").contains("1,070+"));
    assert!(text(&root, ".key-figures").contains("CNY 638 million"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("rural-story.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("en"));
    button.click();
    leptos::task::tick().await;
    assert_eq!(text(&root, "h1.headline"), zh_headline);
}

#[wasm_bindgen_test]
async fn the_log_switch_redraws_the_money_chart() {
    let root = mount(EMBEDDED_STORY.to_string(), Lang::En);
    leptos::task::tick().await;
    let chart = find(&root, "figure[data-chart=money]");
    let widths = |chart: &Element| -> Vec<f64> {
        let rects = chart.query_selector_all("svg rect").unwrap();
        (0..rects.length())
            .map(|i| {
                rects
                    .item(i)
                    .unwrap()
                    .unchecked_into::<Element>()
                    .get_attribute("width")
                    .unwrap()
                    .parse()
                    .unwrap()
            })
            .collect()
    };
    let linear = widths(&chart);
    let log_button: HtmlElement = chart
        .query_selector(".scale-switch button:nth-child(2)")
        .unwrap()
        .unwrap()
        .unchecked_into();
    log_button.click();
    leptos::task::tick().await;
    assert_eq!(
        log_button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let log = widths(&chart);
    let smallest = |w: &[f64]| w.iter().cloned().fold(f64::INFINITY, f64::min);
    assert!(
        smallest(&log) > 10.0 * smallest(&linear).max(1.0),
        "linear {linear:?} log {log:?}"
    );
}

#[wasm_bindgen_test]
async fn a_broken_story_shows_its_problems_instead_of_panicking() {
    let mut story: serde_json::Value = serde_json::from_str(EMBEDDED_STORY).unwrap();
    story["figures"][12]["quote"] = serde_json::json!("不在文中。");
    story["charts"][0]["figures"][0] = serde_json::json!("ghost");
    let root = mount(story.to_string(), Lang::En);
    leptos::task::tick().await;
    let alert = find(&root, "[role=alert]");
    let message = alert.text_content().unwrap();
    assert!(
        message
            .contains("figures[12] (id \"infra-investment\").quote: not found in the article text"),
        "{message}"
    );
    assert!(
        message.contains("charts[0].figures[0]: unknown figure \"ghost\""),
        "{message}"
    );
    assert!(root.query_selector("article.story").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_failure_shows_a_readable_box_above_the_story_it_leaves_in_place() {
    let root = mount(EMBEDDED_STORY.to_string(), Lang::Zh);
    leptos::task::tick().await;
    rural_story::host::show_failure("panicked at <b>src/x.rs</b>: boom");
    let alert = find(&root, ".rural-story-root > [role=alert]:first-child");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("panicked at <b>src/x.rs</b>: boom"));
    assert!(
        alert.query_selector("b").unwrap().is_none(),
        "the message is text, not markup"
    );
    assert!(
        text(&root, "article.story h1.headline").contains("青岛西海岸新区实践"),
        "the story stays readable"
    );
    rural_story::host::show_failure("RuntimeError: unreachable");
    assert_eq!(
        root.query_selector_all("[role=alert]").unwrap().length(),
        1,
        "one box per widget"
    );
    assert!(
        text(&root, "[role=alert]").contains("boom"),
        "the first failure, the cause, stays"
    );
}
