//! The language link. On the widget's own pages each language is a page, and the link takes
//! the reader to the same place in the other one (the section, paragraph, chart or step at
//! the top of the screen) with the same address parameters, and remembers the choice. In a
//! script embed the widget shows the other language where it is (`Place::switch_lang`).

use super::dom::{find_all, page_lang};
use crate::markup::compound;
use crate::Lang;
use web_sys::Element;

/// The element of `root` at the top of the screen, of those with the same id in both
/// languages: where the reader is.
pub fn reader_place(root: &Element) -> Option<Element> {
    find_all(root, compound::PLACES)
        .into_iter()
        .rev()
        .find(|e| e.get_bounding_client_rect().top() <= 1.0)
}

/// Follows the language link; `true` when it was handled in place (a script embed).
pub fn follow(root: &Element, link: &Element, switch_lang: Option<&dyn Fn(Lang)>) -> bool {
    let other = page_lang(root).other();
    if let Some(switch_lang) = switch_lang {
        switch_lang(other);
        return true;
    }
    crate::host::remember_lang_choice(other);
    let Some(window) = web_sys::window() else {
        return false;
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
    let place = scrolled.then(|| reader_place(root)).flatten();
    let mut target = page;
    if !query.is_empty() {
        target = format!("{target}?{query}");
    }
    if let Some(place) = place {
        target = format!("{target}#{}", place.id());
    }
    let _ = link.set_attribute("href", &target);
    false
}
