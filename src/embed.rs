//! The script embed: mounts the app into a host page's placeholders, each inside a shadow
//! root, with the built-in story or one the host supplies in a data island.

use crate::chart::Theme;
use crate::host::{self, Embedding, Placement};
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
    let json = host::data_island(&placeholder).unwrap_or_else(|| EMBEDDED_STORY.to_string());
    let lang = option("lang")
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    let theme = option("theme").and_then(|t| Theme::from_code(&t));
    let embedding = Embedding {
        placement: Placement::Shadow,
        chart: option("chart"),
        base_url: base_url.to_string(),
    };
    // A host's story is checked with every rule, like a story at build time.
    let story = load(&json);
    leptos::mount::mount_to(container, move || {
        view! { <StoryApp story=story.clone() initial_lang=lang forced_theme=theme embedding=embedding.clone()/> }
    })
    .forget();
    Ok(())
}
