//! What is left before the story can be published: the validator's problems, grouped by
//! the figure (or part of the story) they are about, each leading to the control that
//! fixes it.

use super::state::{use_studio, Studio};
use crate::story::Problem;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Problems in groups: a figure's (`figure-4`), or a part's (`meta`, `units`, `charts` …).
pub fn groups(problems: &[Problem]) -> Vec<(String, Vec<Problem>)> {
    let mut groups: Vec<(String, Vec<Problem>)> = Vec::new();
    for problem in problems {
        let heading = match &problem.figure {
            Some(id) => format!("Figure {id}"),
            None => {
                let part = problem.path.split(['.', '[']).next().unwrap_or("story");
                match part {
                    "meta" => "Story".to_string(),
                    "$" | "" => "The whole story".to_string(),
                    other => capitalised(other),
                }
            }
        };
        match groups.iter_mut().find(|(h, _)| *h == heading) {
            Some((_, list)) => list.push(problem.clone()),
            None => groups.push((heading, vec![problem.clone()])),
        }
    }
    groups
}

fn capitalised(word: &str) -> String {
    let word = word.replace('_', " ");
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// How many problems the list shows at once.
const SHOWN: usize = 40;

#[component]
pub fn ProblemList() -> impl IntoView {
    let studio = use_studio();
    // The first problems only: a fresh draft has hundreds, and a list that long costs its
    // first frame; the rest come as these are fixed.
    let grouped = Memo::new(move |_| studio.problems.with(|p| groups(&p[..p.len().min(SHOWN)])));
    let more = move || {
        let n = studio.problems.with(Vec::len);
        (n > SHOWN)
            .then(|| view! { <p class="hint">{format!("and {} more after these", n - SHOWN)}</p> })
    };
    let count = move || studio.problems.with(Vec::len);
    view! {
        <section class="panel problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">"What is left"</h2>
            <p role="status" class="count">{move || match count() {
                0 => "Nothing: the story is valid and ready to publish.".to_string(),
                1 => "1 problem: export would be refused until it is fixed.".to_string(),
                n => format!("{n} problems: export would be refused until they are fixed."),
            }}</p>
            <ul class="groups">
                {move || grouped.get().into_iter().map(|(heading, problems)| view! {
                    <li>
                        <h3>{format!("{heading} ({})", problems.len())}</h3>
                        <ul>
                            {problems.into_iter().map(|problem| {
                                let text = format!("{}: {}", field_of(&problem), problem.message);
                                view! {
                                    <li><button type="button" class="link" data-problem-path=problem.path.clone()
                                        on:click=move |_| go_to(studio, &problem)>{text}</button></li>
                                }
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
            {more}
        </section>
    }
}

/// The field a problem is about, without its figure's index (`label.en`).
fn field_of(problem: &Problem) -> String {
    match (&problem.figure, problem.path.find("].")) {
        (Some(_), Some(end)) => problem.path[end + 2..].to_string(),
        _ => problem.path.clone(),
    }
}

/// Opens what holds the problem's control (its figure's fields) and moves focus to it.
pub fn go_to(studio: Studio, problem: &Problem) {
    if let Some(id) = &problem.figure {
        studio.selected.set(Some(id.clone()));
    }
    let path = problem.path.clone();
    // After the figure's fields are drawn.
    request_animation_frame(move || {
        if let Some(control) = control_for(&path) {
            control.scroll_into_view();
            let _ = control.focus();
        }
    });
}

/// The control of `path`, or the nearest one: the first inside it (`figures[3]` → its
/// first field), or the one of the part that holds it.
fn control_for(path: &str) -> Option<web_sys::HtmlElement> {
    let document = crate::host::ground::document()?;
    let find = |selector: &str| {
        document
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let mut path = path.to_string();
    loop {
        let quoted = path.replace('"', "\\\"");
        if let Some(found) = find(&format!("[data-path=\"{quoted}\"]")).or_else(|| {
            find(&format!(
                "[data-path^=\"{quoted}.\"], [data-path^=\"{quoted}[\"]"
            ))
        }) {
            return Some(found);
        }
        let cut = path.rfind(['.', '['])?;
        path.truncate(cut);
    }
}
