//! The studio's state, shared by its components through context: the story being made,
//! its history, what the validator says of it and what the person has selected.

use super::history::History;
use super::work::{problems_of, Work};
use crate::story::{load, LoadError, Problem, Story};
use leptos::prelude::*;
use std::collections::HashMap;

/// Where the work is kept between visits (the exported text, and whether it was exported).
pub const KEPT_KEY: &str = "rural-story-studio:story";
pub const EXPORTED_KEY: &str = "rural-story-studio:exported";

#[derive(Clone, Copy)]
pub struct Studio {
    /// The story being made; `None` before one is started.
    pub work: RwSignal<Option<Work>>,
    pub history: RwSignal<History>,
    /// The figure whose fields are open.
    pub selected: RwSignal<Option<String>>,
    /// What the last action had to say (a refused file, a copied snippet).
    pub notice: RwSignal<String>,
    /// `story.json` as it would be exported now.
    pub exported_text: Memo<Option<String>>,
    /// The story as the validator checked it.
    pub checked: Memo<Option<Result<Story, LoadError>>>,
    pub problems: Memo<Vec<Problem>>,
    /// The problems' messages by path, which every field looks itself up in.
    by_path: Memo<HashMap<String, Vec<String>>>,
    /// The text last exported or opened: leaving with another asks first.
    pub exported: RwSignal<Option<String>>,
    /// Whether the browser keeps the work across reloads here.
    pub kept: RwSignal<Option<bool>>,
}

impl Studio {
    pub fn new() -> Studio {
        let work = RwSignal::new(None::<Work>);
        let exported_text = Memo::new(move |_| work.with(|w| w.as_ref().map(Work::export)));
        // What `Work::check` does, on the text already made.
        let checked = Memo::new(move |_| exported_text.with(|t| t.as_deref().map(load)));
        let problems =
            Memo::new(move |_| checked.with(|c| c.as_ref().map(problems_of).unwrap_or_default()));
        let by_path = Memo::new(move |_| {
            problems.with(|problems| {
                let mut by_path: HashMap<String, Vec<String>> = HashMap::new();
                for p in problems {
                    by_path
                        .entry(p.path.clone())
                        .or_default()
                        .push(p.message.clone());
                }
                by_path
            })
        });
        Studio {
            exported_text,
            by_path,
            work,
            history: RwSignal::new(History::default()),
            selected: RwSignal::new(None),
            notice: RwSignal::new(String::new()),
            checked,
            problems,
            exported: RwSignal::new(None),
            kept: RwSignal::new(None),
        }
    }

    /// Starts on a new story (drafted, opened or kept from a visit before).
    pub fn start(&self, work: Work, exported: Option<String>) {
        self.history.update(History::clear);
        self.selected.set(None);
        self.exported.set(exported);
        self.work.set(Some(work));
    }

    /// Changes the story; `typing_in` names the field a keystroke edits, so that typing
    /// there is one step of the history.
    pub fn edit(&self, typing_in: Option<&str>, change: impl FnOnce(&mut Work)) {
        let Some(before) = self.work.get_untracked() else {
            return;
        };
        let mut changed = false;
        self.work.maybe_update(|work| {
            if let Some(work) = work {
                change(work);
                changed = work.json != before.json;
            }
            changed
        });
        if changed {
            self.history.update(|h| h.record(&before, typing_in));
        }
    }

    pub fn undo(&self) {
        self.step_history(History::undo);
    }

    pub fn redo(&self) {
        self.step_history(History::redo);
    }

    fn step_history(&self, step: fn(&mut History, &Work) -> Option<Work>) {
        let Some(present) = self.work.get_untracked() else {
            return;
        };
        let mut other = None;
        self.history.update(|h| other = step(h, &present));
        if let Some(other) = other {
            self.work.set(Some(other));
        }
    }

    /// Opens figure `id`'s fields and moves focus to their heading once they are drawn, so
    /// the next Tab reaches the first field.
    pub fn open_figure(&self, id: &str) {
        self.selected.set(Some(id.to_string()));
        let selector = format!("[data-figure-form=\"{id}\"] h3");
        request_animation_frame(move || {
            let heading = crate::host::ground::document()
                .and_then(|d| d.query_selector(&selector).ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok());
            if let Some(heading) = heading {
                heading.scroll_into_view();
                let _ = heading.focus();
            }
        });
    }

    /// What `read` makes of the story, tracked (its default before a story is started).
    pub fn read<T: Default>(&self, read: impl FnOnce(&Work) -> T) -> T {
        self.work.with(|w| w.as_ref().map(read).unwrap_or_default())
    }

    /// How many items the list at `path` holds, tracked.
    pub fn list_len(&self, path: &str) -> usize {
        self.read(|w| {
            w.get(path)
                .and_then(serde_json::Value::as_array)
                .map_or(0, Vec::len)
        })
    }

    /// The text at `path` of the story, tracked.
    pub fn text(&self, path: &str) -> String {
        self.read(|w| w.text(path))
    }

    /// The validator's messages about `path` itself.
    pub fn problems_at(&self, path: &str) -> Vec<String> {
        self.by_path
            .with(|by_path| by_path.get(path).cloned().unwrap_or_default())
    }

    /// Whether the story differs from what was last exported or opened.
    pub fn unexported(&self) -> bool {
        let now = self.exported_text.get_untracked();
        now.is_some() && now != self.exported.get_untracked()
    }
}

impl Default for Studio {
    fn default() -> Self {
        Studio::new()
    }
}

pub fn use_studio() -> Studio {
    expect_context::<Studio>()
}

/// The id of the control that edits `path` (`figures[3].label.en` → `f-figures-3--label-en`).
pub fn control_id(path: &str) -> String {
    let tail: String = path
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("f-{tail}")
}
