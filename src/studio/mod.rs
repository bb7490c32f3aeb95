//! The story studio: a client-side Leptos app (signals and forms) for making the next story
//! in a browser. It drafts a story from an article's text (`story::draft`), checks it with
//! the validator on every change, previews it with the reader's own components and
//! `enhance`, and exports `story.json` and an embed snippet. Loaded only by its own page.
//!
//! The pure parts (`work`, `path`, `history`, `input`, `marks`, `snippet`) are plain types
//! tested natively; the components only bind them to the page.

mod app;
mod article;
mod charts;
mod fields;
mod figure_form;
pub mod history;
pub mod input;
mod keep;
pub mod marks;
pub mod path;
mod preview;
mod problems;
mod publish;
pub mod snippet;
mod start;
mod state;
pub mod work;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element of `studio/index.html` the studio mounts into.
pub const MOUNT_ID: &str = "studio";

/// Where the widget's files are, read from the studio page (`data-reader-style`,
/// `data-embed-script`, which the build rewrites to the published names).
#[derive(Clone, Debug)]
pub struct Site {
    /// The reader stylesheet, for the preview's shadow root.
    pub reader_style: String,
    /// `embed.js`'s absolute address, for the embed snippet.
    pub embed_script: String,
    /// The widget's base address (`embed.js`'s folder), ending in `/`.
    pub base_url: String,
}

/// Mounts the studio into `#studio`, in place of what the page shows without script.
pub fn start() {
    let Some(mount) = crate::host::ground::document()
        .and_then(|d| d.get_element_by_id(MOUNT_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let absolute = |attribute: &str, default: &str| {
        let relative = mount
            .get_attribute(attribute)
            .unwrap_or(default.to_string());
        let base = crate::host::ground::document()
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default();
        web_sys::Url::new_with_base(&relative, &base)
            .map(|u| u.href())
            .unwrap_or(relative)
    };
    let embed_script = absolute("data-embed-script", "../embed.js");
    let base_url = embed_script
        .rfind('/')
        .map(|i| embed_script[..=i].to_string())
        .unwrap_or_default();
    let site = Site {
        reader_style: absolute("data-reader-style", "../style.css"),
        embed_script,
        base_url,
    };
    mount.set_inner_html("");
    leptos::mount::mount_to(mount, move || {
        provide_context(site);
        view! { <app::StudioApp/> }
    })
    .forget();
}
