//! The script embed's side of a host page: a shadow root in the host's placeholder, so the
//! host's CSS cannot reach the widget and the widget's cannot leak out, and the story a
//! host may supply in a data island.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

/// The element inside a placeholder's shadow root that the widget mounts into.
pub(super) const CONTAINER: &str = ".rural-story-mount";

/// Gives `placeholder` a shadow root holding the widget's stylesheet and an empty container,
/// and returns the container; `None` if the placeholder already holds a widget. The container
/// stays hidden until the stylesheet has loaded (or failed), so readers never see the widget
/// unstyled, nor its marks fading from the browser's default button grey.
pub fn prepare_shadow_root(
    placeholder: &HtmlElement,
    stylesheet: &str,
) -> Result<Option<HtmlElement>, String> {
    if placeholder.shadow_root().is_some() {
        return Ok(None);
    }
    let document = super::ground::document().ok_or("no document")?;
    let shadow = placeholder
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| "this element cannot hold the widget (no shadow root)")?;
    let link = document
        .create_element("link")
        .map_err(|_| "cannot create the stylesheet link")?;
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", stylesheet);
    let container = document
        .create_element("div")
        .map_err(|_| "cannot create the container")?;
    container.set_class_name(&CONTAINER[1..]);
    let _ = container.set_attribute("hidden", "");
    for event in ["load", "error"] {
        let container = container.clone();
        gloo_events::EventListener::once(&link, event, move |_| {
            let _ = container.remove_attribute("hidden");
        })
        .forget();
    }
    shadow
        .append_child(&link)
        .map_err(|_| "cannot add the stylesheet")?;
    shadow
        .append_child(&container)
        .map_err(|_| "cannot add the container")?;
    Ok(container.dyn_into::<HtmlElement>().ok())
}

/// The story a host supplies as `<script type="application/json">` inside the placeholder
/// or right after it.
pub fn data_island(placeholder: &HtmlElement) -> Option<String> {
    let is_island = |e: &Element| {
        e.tag_name().eq_ignore_ascii_case("script")
            && e.get_attribute("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
    };
    let inside = placeholder
        .query_selector("script[type='application/json']")
        .ok()
        .flatten();
    let after = placeholder.next_element_sibling().filter(is_island);
    inside.or(after).and_then(|e| e.text_content())
}

/// What a placeholder asks for: `data-chart`, `data-lang`, `data-theme`.
pub fn placeholder_option(placeholder: &HtmlElement, name: &str) -> Option<String> {
    placeholder
        .get_attribute(&format!("data-{name}"))
        .filter(|v| !v.trim().is_empty())
}
