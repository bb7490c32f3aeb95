//! The script embed: renders the story's markup into a host page's placeholder, inside a
//! shadow root, with the same components the build uses, and attaches the same behaviour
//! (`enhance`) the widget's pages run. The story is the built-in one or a host's data island.

use crate::chart::{build_spec, render_svg, svg_document, to_csv, Scale};
use crate::enhance::{self, Enhanced, Place};
use crate::host::{self, Embedding, Placement, StoryPages};
use crate::markup::{attr, sel};
use crate::story::{load, LoadError, Story, EMBEDDED_STORY};
use crate::ui::{StoryApp, PRERENDERED_WIDTHS};
use crate::{Lang, Theme};
use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Mounts the widget into `placeholder`. `base_url` is where the widget's pages live
/// (ending in `/`), `stylesheet_url` its stylesheet. A placeholder that already holds a
/// widget is left as it is.
pub fn mount_in_placeholder(
    placeholder: HtmlElement,
    base_url: &str,
    stylesheet_url: &str,
) -> Result<(), String> {
    let Some(container) = host::prepare_shadow_root(&placeholder, stylesheet_url)? else {
        return Ok(());
    };
    let option = |name| host::placeholder_option(&placeholder, name);
    let island = host::data_island(&placeholder);
    let host_story = island.is_some();
    // A host's story is checked with every rule, like a story at build time.
    let story = load(island.as_deref().unwrap_or(EMBEDDED_STORY));
    // The widget's own pages show its built-in story; a host's story only the page it names.
    let pages = if host_story {
        StoryPages::Host(story.as_ref().ok().and_then(|s| s.meta.story_url.clone()))
    } else {
        StoryPages::Widget
    };
    let widget = Rc::new(Widget {
        container,
        story,
        theme: option("theme").and_then(|t| Theme::from_code(&t)),
        embedding: Embedding {
            placement: Placement::Shadow,
            chart: option("chart"),
            base_url: base_url.to_string(),
            pages,
        },
        shown: RefCell::new(None),
    });
    let lang = option("lang")
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    widget.show(lang);
    // The widget lives as long as the host's page: its behaviour holds it only weakly.
    std::mem::forget(widget);
    Ok(())
}

/// One script-embedded widget: its story, and the markup shown with its behaviour.
struct Widget {
    container: HtmlElement,
    story: Result<Story, LoadError>,
    theme: Option<Theme>,
    embedding: Embedding,
    /// What is shown now: dropping it removes the markup and detaches the behaviour.
    shown: RefCell<Option<Shown>>,
}

/// A story's markup in a container with its behaviour; dropping it removes both.
pub struct Shown {
    _mounted: UnmountHandle<AnyViewState>,
    _enhanced: Enhanced,
}

/// Renders `story` into `container` (a shadow root's, whose stylesheet is the widget's)
/// with the components the build uses, places its bar targets and attaches `enhance`.
pub fn show_story(
    container: &HtmlElement,
    story: Result<Story, LoadError>,
    lang: Lang,
    theme: Option<Theme>,
    embedding: Embedding,
    place: Place,
) -> Option<Shown> {
    // Markup only: the components hold no signal, so this builds the DOM once.
    let mounted = mount_to(container.clone(), move || {
        view! { <StoryApp story=story lang=lang theme=theme embedding=embedding/> }.into_any()
    });
    let root = container.first_element_child()?;
    place_targets(&root);
    Some(Shown {
        _mounted: mounted,
        _enhanced: enhance::enhance(&root, place),
    })
}

/// A chart's file (CSV or SVG) as a pressed download link in `root` asks for it, made from
/// `story`: `None` if the link names no chart of the story.
pub fn file_asked(
    story: &Story,
    root: &Element,
    link: &Element,
) -> Option<(String, &'static str, String)> {
    make_file(story, &Download::asked(root, link)?)
}

impl Widget {
    /// Renders the widget in `lang` (in place of what it showed) and attaches the behaviour.
    fn show(self: &Rc<Self>, lang: Lang) {
        self.shown.replace(None);
        let shown = show_story(
            &self.container,
            self.story.clone(),
            lang,
            self.theme,
            self.embedding.clone(),
            self.place(),
        );
        self.shown.replace(shown);
    }

    /// What only the embed can do: show another language here, and make the files.
    fn place(self: &Rc<Self>) -> Place {
        let widget = Rc::downgrade(self);
        let switch_lang = move |lang: Lang| {
            let Some(widget) = widget.upgrade() else {
                return;
            };
            // After the click that asked: the listener running now belongs to what goes.
            wasm_bindgen_futures::spawn_local(async move { widget.switch_to(lang) });
        };
        let story = self.story.as_ref().ok().cloned();
        let save_file = move |root: &Element, link: &Element| {
            let asked = story.as_ref().and_then(|s| file_asked(s, root, link));
            if let Some((name, media_type, content)) = asked {
                let _ = host::download(&name, media_type, &content);
            }
        };
        Place {
            embedding: self.embedding.clone(),
            switch_lang: Some(Box::new(switch_lang)),
            save_file: Some(Box::new(save_file)),
        }
    }

    /// Shows the other language, keeping the reader's place: the language link they pressed
    /// stays where it was on the screen, and keeps the focus.
    fn switch_to(self: &Rc<Self>, lang: Lang) {
        let top = |root: &Element| {
            root.query_selector(sel::LANG_SWITCH)
                .ok()
                .flatten()
                .map(|link| (link.get_bounding_client_rect().top(), link))
        };
        let before = self.container.first_element_child().and_then(|r| top(&r));
        self.show(lang);
        let after = self.container.first_element_child().and_then(|r| top(&r));
        if let (Some((was, _)), Some((is, link))) = (before, after) {
            if let Some(window) = host::ground::window() {
                window.scroll_by_with_x_and_y(0.0, is - was);
            }
            if let Some(link) = link.dyn_ref::<HtmlElement>() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = link.focus_with_options(&options);
            }
        }
    }
}

/// A file a chart's tools offer, as a pressed download link asks for it.
struct Download {
    chart: String,
    lang: Lang,
    /// The drawing's scale (`None`: the chart has one scale, or the data is asked for).
    scale: Option<Scale>,
    svg: bool,
}

impl Download {
    fn asked(root: &Element, link: &Element) -> Option<Download> {
        let data = |e: &Element, name: &str| e.get_attribute(&format!("data-{name}"));
        let chart = link.closest(sel::CHART).ok().flatten()?;
        Some(Download {
            chart: data(&chart, attr::CHART)?,
            lang: enhance::page_lang(root),
            scale: data(link, attr::SCALE).and_then(|s| Scale::from_code(&s)),
            svg: link
                .class_list()
                .contains(crate::markup::class::DOWNLOAD_SVG),
        })
    }
}

/// A chart's data (CSV) or drawing (SVG), made from the story as the build makes its files.
fn make_file(story: &Story, asked: &Download) -> Option<(String, &'static str, String)> {
    let chart = story.charts.iter().find(|c| c.id == asked.chart)?;
    let spec = build_spec(
        story,
        chart,
        asked.lang,
        asked.scale.unwrap_or(Scale::Linear),
        PRERENDERED_WIDTHS[1].1,
    );
    let name = crate::chart::download_name(
        &story.meta.id,
        &chart.id,
        if asked.svg { "svg" } else { "csv" },
    );
    if asked.svg {
        let svg = render_svg(&spec).ok()?.svg;
        Some((name, "image/svg+xml", svg_document(&svg)))
    } else {
        Some((name, "text/csv;charset=utf-8", to_csv(&spec)))
    }
}

/// Places every bar target on its bar from its `data-box`, through the CSSOM (which a strict
/// Content-Security-Policy allows): a host's story has places the widget's stylesheet does
/// not hold (the pages' targets are placed by the stylesheet alone).
fn place_targets(root: &Element) {
    let Ok(marks) = root.query_selector_all(sel::MARK) else {
        return;
    };
    for i in 0..marks.length() {
        let Some(mark) = marks.item(i).and_then(|m| m.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let place = mark
            .get_attribute(&format!("data-{}", attr::BOX))
            .unwrap_or_default();
        let style = mark.style();
        for (property, value) in ["left", "top", "width", "height"]
            .iter()
            .zip(place.split(' '))
        {
            let _ = style.set_property(property, value);
        }
    }
}
