//! The script embed: mounts the app into a host page's placeholders, each inside a shadow
//! root, with the built-in story or one the host supplies in a data island.

use crate::chart::Theme;
use crate::host::{self, Embedding, Placement, StoryPages};
use crate::story::{load, EMBEDDED_STORY};
use crate::ui::StoryApp;
use crate::Lang;
use leptos::prelude::*;
use web_sys::HtmlElement;

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
    let json = island.unwrap_or_else(|| EMBEDDED_STORY.to_string());
    let lang = option("lang")
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    let theme = option("theme").and_then(|t| Theme::from_code(&t));
    // A host's story is checked with every rule, like a story at build time.
    let story = load(&json);
    // The widget's own pages show its built-in story; a host's story only the page it names.
    let pages = if host_story {
        StoryPages::Host(story.as_ref().ok().and_then(|s| s.meta.story_url.clone()))
    } else {
        StoryPages::Widget
    };
    let embedding = Embedding {
        placement: Placement::Shadow,
        chart: option("chart"),
        base_url: base_url.to_string(),
        pages,
    };
    leptos::mount::mount_to(container, move || {
        view! { <StoryApp story=story.clone() initial_lang=lang forced_theme=theme embedding=embedding.clone()/> }
    })
    .forget();
    Ok(())
}
