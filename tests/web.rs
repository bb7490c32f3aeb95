//! Browser tests (wasm-bindgen-test in headless Chromium) of the widget's one behaviour,
//! `enhance`, on markup rendered by the same components the build uses: in a document, as
//! on the story page, and in a script embed's shadow root, as on a host's page.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rural_story::enhance::{enhance, Place};
use rural_story::markup::{attr, sel, state};
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

/// Where a widget's markup is: a root to query from, and the document or shadow root whose
/// focused element counts.
struct Widget {
    root: Element,
    shadow: Option<web_sys::ShadowRoot>,
}

impl Widget {
    /// The story rendered by the components into the document and enhanced, as on its page.
    fn in_document(json: &str, lang: Lang) -> Widget {
        let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&container).unwrap();
        let json = json.to_string();
        leptos::mount::mount_to(
            container.clone(),
            move || view! { <StoryApp story=load(&json) lang=lang/> },
        )
        .forget();
        let root = container.first_element_child().expect("rendered");
        std::mem::forget(enhance(&root, Place::default()));
        Widget { root, shadow: None }
    }

    /// The story mounted by the script embed's own code into a placeholder's shadow root.
    async fn in_shadow_root(lang: Lang, island: Option<&str>) -> Widget {
        let placeholder: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        placeholder.set_attribute("data-lang", lang.code()).unwrap();
        if let Some(json) = island {
            let script = document().create_element("script").unwrap();
            script.set_attribute("type", "application/json").unwrap();
            script.set_text_content(Some(json));
            placeholder.append_child(&script).unwrap();
        }
        document()
            .body()
            .unwrap()
            .append_child(&placeholder)
            .unwrap();
        rural_story::embed::mount_in_placeholder(
            placeholder.clone(),
            "https://widget.example/story/",
            "no-such-style.css",
        )
        .unwrap();
        let shadow = placeholder.shadow_root().expect("a shadow root");
        // The container shows once its stylesheet has loaded or failed.
        let container: Element = shadow.query_selector("div").unwrap().unwrap();
        for _ in 0..100 {
            if !container.has_attribute("hidden") {
                break;
            }
            gloo_timers_sleep(20).await;
        }
        assert!(!container.has_attribute("hidden"), "the widget is shown");
        let root = container.first_element_child().expect("rendered");
        Widget {
            root,
            shadow: Some(shadow),
        }
    }

    /// The root now: a script embed renders a new one when it switches language.
    fn current_root(&self) -> Element {
        match &self.shadow {
            Some(shadow) => shadow.query_selector(sel::ROOT).unwrap().expect("a root"),
            None => self.root.clone(),
        }
    }

    fn find(&self, selector: &str) -> HtmlElement {
        self.current_root()
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
            .unchecked_into()
    }

    fn focused(&self) -> Option<Element> {
        match &self.shadow {
            Some(shadow) => shadow.active_element(),
            None => document().active_element(),
        }
    }
}

async fn gloo_timers_sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn data(element: &Element, name: &str) -> String {
    element
        .get_attribute(&format!("data-{name}"))
        .unwrap_or_default()
}

fn key(element: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

fn pointer_over(element: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

/// A tap as a phone sends it: the pointer, then the mouse events browsers make of it.
fn tap(element: &HtmlElement) {
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type("touch");
    init.set_bubbles(true);
    let down = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    element.dispatch_event(&down).unwrap();
    pointer_over(element);
    element.click();
}

/// A first tap on a bar opens its tooltip and stays there; a second goes to its sentence.
fn tap_twice(widget: &Widget) {
    let chart = widget.find(&format!("{}[data-{}=money]", sel::CHART, attr::CHART));
    let plot = chart.query_selector(sel::CHART_PLOT).unwrap().unwrap();
    let mark: HtmlElement = plot
        .query_selector(sel::MARK)
        .unwrap()
        .unwrap()
        .unchecked_into();
    let tip: HtmlElement = plot
        .query_selector(sel::CHART_TIP)
        .unwrap()
        .unwrap()
        .unchecked_into();
    let at_figure = || {
        widget.focused().is_some_and(|f| {
            f.class_list()
                .contains(rural_story::markup::class::FIGURE_REF)
        })
    };
    tap(&mark);
    assert!(
        !tip.hidden() && mark.class_list().contains(state::ACTIVE),
        "the first tap opens the tooltip"
    );
    assert!(!at_figure(), "and stays at the chart");
    tap(&mark);
    assert!(at_figure(), "the second tap goes to the sentence");
}

/// A bar's tooltip by keyboard: focus opens it with the bar's label, value and sentence,
/// arrow keys move to the next bar, Escape closes it.
fn tooltip_by_keyboard(widget: &Widget) {
    let root = widget.current_root();
    assert!(
        root.has_attribute(&format!("data-{}", attr::LIVE)),
        "marked live"
    );
    let chart = widget.find(&format!("{}[data-{}=money]", sel::CHART, attr::CHART));
    let plot = chart.query_selector(sel::CHART_PLOT).unwrap().unwrap();
    let mark: HtmlElement = plot
        .query_selector(sel::MARK)
        .unwrap()
        .unwrap()
        .unchecked_into();
    let tip: HtmlElement = plot
        .query_selector(sel::CHART_TIP)
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(tip.hidden(), "closed before focus");
    mark.focus().unwrap();
    assert!(!tip.hidden(), "focus opens the tooltip");
    let shown = |s: &str| {
        tip.query_selector(s)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(shown(sel::CHART_TIP_LABEL), data(&mark, attr::LABEL));
    assert_eq!(shown(sel::CHART_TIP_VALUE), data(&mark, attr::VALUE));
    assert!(
        shown(sel::CHART_TIP_QUOTE).ends_with('。'),
        "the article's sentence"
    );
    assert!(mark.class_list().contains(state::ACTIVE));
    key(&mark, "ArrowDown");
    let next = widget.focused().expect("a focused bar");
    assert_eq!(
        Some(next.clone()),
        mark.next_element_sibling(),
        "ArrowDown moves on"
    );
    assert!(
        next.class_list().contains(state::ACTIVE) && !mark.class_list().contains(state::ACTIVE)
    );
    key(&next, "Escape");
    assert!(tip.hidden(), "Escape closes it");
}

/// Pointing at a figure in the text opens its tooltip and highlights its bars.
fn text_highlights_chart(widget: &Widget) {
    let figure = widget.find(&rural_story::markup::with_figure(
        sel::FIGURE_REF,
        "infra-investment",
    ));
    pointer_over(&figure);
    let tip: HtmlElement = figure
        .query_selector(sel::FIGURE_TIP)
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(!tip.hidden());
    let bars = widget
        .current_root()
        .query_selector_all(&rural_story::markup::with_figure(
            sel::MARK,
            "infra-investment",
        ))
        .unwrap();
    assert!(bars.length() > 0);
    for i in 0..bars.length() {
        let bar: Element = bars.item(i).unwrap().unchecked_into();
        assert!(
            bar.class_list().contains(state::HIGHLIGHTED),
            "bar {i} highlighted"
        );
    }
}

/// The table toggle and the scale switch set their chart's state.
fn switches(widget: &Widget) {
    let chart = widget.find(&format!("{}[data-{}=money]", sel::CHART, attr::CHART));
    let toggle: HtmlElement = chart
        .query_selector(sel::TABLE_TOGGLE)
        .unwrap()
        .unwrap()
        .unchecked_into();
    let words = toggle.text_content().unwrap();
    toggle.click();
    assert_eq!(data(&chart, attr::VIEW), "table");
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(data(&toggle, attr::OTHER), words, "the words swap");
    let log: HtmlElement = chart
        .query_selector(&format!("{} button[data-scale=log]", sel::SCALE_SWITCH))
        .unwrap()
        .unwrap()
        .unchecked_into();
    log.click();
    assert_eq!(data(&chart, attr::SCALE), "log");
    assert_eq!(log.get_attribute("aria-pressed").as_deref(), Some("true"));
}

/// Next and previous move the tour's current step, its chart view and its progress line.
fn tour_steps(widget: &Widget) {
    let steps = widget.find(sel::STEPS);
    let current = || {
        let cards = steps.query_selector_all(sel::STEP).unwrap();
        (0..cards.length()).position(|i| {
            cards
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .class_list()
                .contains(state::CURRENT)
        })
    };
    let views = || {
        let views = steps.query_selector_all(sel::STEP_VIEW).unwrap();
        (0..views.length()).position(|i| {
            views
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .class_list()
                .contains(state::CURRENT)
        })
    };
    assert_eq!((current(), views()), (Some(0), Some(0)));
    widget.find(sel::STEP_NEXT).click();
    assert_eq!((current(), views()), (Some(1), Some(1)));
    let second: Element = steps
        .query_selector_all(sel::STEP)
        .unwrap()
        .item(1)
        .unwrap()
        .unchecked_into();
    assert_eq!(
        widget.find(sel::STEPS_PROGRESS).text_content().unwrap(),
        data(&second, attr::PROGRESS)
    );
    assert!(!widget
        .find(sel::STEP_PREV)
        .unchecked_into::<web_sys::HtmlButtonElement>()
        .disabled());
    widget.find(sel::STEP_PREV).click();
    assert_eq!((current(), views()), (Some(0), Some(0)));
}

#[wasm_bindgen_test]
fn in_a_document_a_bar_s_tooltip_answers_the_keyboard() {
    tooltip_by_keyboard(&Widget::in_document(EMBEDDED_STORY, Lang::Zh));
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_a_bar_s_tooltip_answers_the_keyboard() {
    tooltip_by_keyboard(&Widget::in_shadow_root(Lang::En, None).await);
}

#[wasm_bindgen_test]
fn in_a_document_a_first_tap_opens_a_tooltip_and_a_second_goes_to_the_text() {
    tap_twice(&Widget::in_document(EMBEDDED_STORY, Lang::Zh));
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_a_first_tap_opens_a_tooltip_and_a_second_goes_to_the_text() {
    tap_twice(&Widget::in_shadow_root(Lang::En, None).await);
}

#[wasm_bindgen_test]
fn in_a_document_text_figures_highlight_their_bars() {
    text_highlights_chart(&Widget::in_document(EMBEDDED_STORY, Lang::En));
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_text_figures_highlight_their_bars() {
    text_highlights_chart(&Widget::in_shadow_root(Lang::Zh, None).await);
}

#[wasm_bindgen_test]
fn in_a_document_the_switches_set_the_chart_s_state() {
    switches(&Widget::in_document(EMBEDDED_STORY, Lang::Zh));
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_the_switches_set_the_chart_s_state() {
    switches(&Widget::in_shadow_root(Lang::En, None).await);
}

#[wasm_bindgen_test]
fn in_a_document_the_tour_steps() {
    tour_steps(&Widget::in_document(EMBEDDED_STORY, Lang::En));
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_the_tour_steps_without_touching_the_host_s_address() {
    let address = web_sys::window().unwrap().location().href().unwrap();
    tour_steps(&Widget::in_shadow_root(Lang::Zh, None).await);
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        address
    );
}

#[wasm_bindgen_test]
async fn in_a_shadow_root_the_language_link_shows_the_other_language_in_place() {
    let title = document().title();
    let address = web_sys::window().unwrap().location().href().unwrap();
    let widget = Widget::in_shadow_root(Lang::Zh, None).await;
    assert!(widget
        .find("h1.headline")
        .text_content()
        .unwrap()
        .contains("青岛西海岸新区实践"));
    widget.find(sel::LANG_SWITCH).click();
    gloo_timers_sleep(0).await;
    let article = widget.find("article.story");
    assert_eq!(article.get_attribute("lang").as_deref(), Some("en"));
    assert!(!widget
        .find("h1.headline")
        .text_content()
        .unwrap()
        .contains("青岛"));
    assert_eq!(
        widget.focused().map(|f| f
            .class_list()
            .contains(rural_story::markup::class::LANG_SWITCH)),
        Some(true),
        "the language link keeps the focus"
    );
    // The behaviour is attached to the new markup, and the host's page is as it was.
    switches(&widget);
    assert_eq!(document().title(), title);
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        address
    );
    widget.find(sel::LANG_SWITCH).click();
    gloo_timers_sleep(0).await;
    assert_eq!(
        widget
            .find("article.story")
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );
}

#[wasm_bindgen_test]
async fn a_host_s_broken_story_shows_its_problems_instead_of_panicking() {
    let mut story: serde_json::Value = serde_json::from_str(EMBEDDED_STORY).unwrap();
    story["figures"][12]["quote"] = serde_json::json!("不在文中。");
    story["charts"][0]["figures"][0] = serde_json::json!("ghost");
    let widget = Widget::in_shadow_root(Lang::En, Some(&story.to_string())).await;
    let message = widget.find("[role=alert]").text_content().unwrap();
    assert!(
        message
            .contains("figures[12] (id \"infra-investment\").quote: not found in the article text"),
        "{message}"
    );
    assert!(
        message.contains("charts[0].figures[0]: unknown figure \"ghost\""),
        "{message}"
    );
    assert!(widget
        .current_root()
        .query_selector("article.story")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
fn a_failure_shows_a_readable_box_above_the_story_it_leaves_in_place() {
    let widget = Widget::in_document(EMBEDDED_STORY, Lang::Zh);
    rural_story::host::show_failure("panicked at <b>src/x.rs</b>: boom");
    let alert = widget.find(&format!("{} > [role=alert]:first-child", sel::ROOT));
    assert!(alert
        .text_content()
        .unwrap()
        .contains("panicked at <b>src/x.rs</b>: boom"));
    assert!(
        alert.query_selector("b").unwrap().is_none(),
        "the message is text, not markup"
    );
    assert!(widget
        .find("article.story h1.headline")
        .text_content()
        .unwrap()
        .contains("青岛西海岸新区实践"));
}
