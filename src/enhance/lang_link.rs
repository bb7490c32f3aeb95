//! The language link: each language is its own page, and the link takes the reader to the
//! same place in the other one (the section, paragraph, chart or step at the top of the
//! screen) with the same address parameters, and remembers the choice.

use super::dom::{find_all, page_lang};
use web_sys::Element;

/// Elements with the same id in both languages' pages, in reading order.
const PLACES: &str = ".story-section[id], .paragraph[id], .chart[id], .step[id]";

pub fn follow(root: &Element, link: &Element) {
    crate::host::remember_lang_choice(page_lang(root).other());
    let Some(window) = web_sys::window() else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    let page = href
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string();
    let search = window.location().search().unwrap_or_default();
    let query = web_sys::UrlSearchParams::new_with_str(&search).ok();
    if let Some(query) = &query {
        query.delete("lang");
    }
    let query = query
        .map(|q| String::from(q.to_string()))
        .unwrap_or_default();
    let scrolled = window.scroll_y().unwrap_or(0.0) > 0.0;
    let place = scrolled
        .then(|| {
            find_all(root, PLACES)
                .into_iter()
                .rev()
                .find(|e| e.get_bounding_client_rect().top() <= 1.0)
        })
        .flatten();
    let mut target = page;
    if !query.is_empty() {
        target = format!("{target}?{query}");
    }
    if let Some(place) = place {
        target = format!("{target}#{}", place.id());
    }
    let _ = link.set_attribute("href", &target);
}
