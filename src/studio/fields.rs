//! The controls that edit one field of the story each, named by its JSON path
//! (`data-path`), with the validator's messages about that field under it.

use super::state::{control_id, use_studio};
use leptos::prelude::*;
use serde_json::Value;

/// What every control of a field shares: its id, its value in the story and the
/// validator's messages about it, as the control's state and as a line under it.
struct Bound {
    id: String,
    /// A memo: a keystroke elsewhere re-reads it but writes nothing to this control.
    value: Memo<String>,
    problems: Memo<Vec<String>>,
    problem_id: String,
}

impl Bound {
    fn new(path: &str) -> Bound {
        let studio = use_studio();
        let id = control_id(path);
        let (for_value, for_problems) = (path.to_string(), path.to_string());
        Bound {
            problem_id: format!("{id}-problem"),
            id,
            value: Memo::new(move |_| studio.text(&for_value)),
            problems: Memo::new(move |_| studio.problems_at(&for_problems)),
        }
    }

    fn invalid(&self) -> impl Fn() -> Option<&'static str> + 'static {
        let problems = self.problems;
        move || (!problems.get().is_empty()).then_some("true")
    }

    fn described(&self) -> impl Fn() -> Option<String> + 'static {
        let (problems, id) = (self.problems, self.problem_id.clone());
        move || (!problems.get().is_empty()).then(|| id.clone())
    }

    fn line(&self) -> impl IntoView {
        let (problems, id) = (self.problems, self.problem_id.clone());
        move || {
            let messages = problems.get();
            (!messages.is_empty())
                .then(|| view! { <p class="problem" id=id.clone()>{messages.join("; ")}</p> })
        }
    }
}

/// A text field; `long` makes it a text area, `lang` says which language it is written in.
#[component]
pub fn TextField(
    path: String,
    label: &'static str,
    #[prop(optional)] long: bool,
    #[prop(optional)] lang: Option<&'static str>,
) -> impl IntoView {
    let studio = use_studio();
    let bound = Bound::new(&path);
    let (id, value, invalid, described) = (
        bound.id.clone(),
        bound.value,
        bound.invalid(),
        bound.described(),
    );
    let on_input = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            studio.edit(Some(&path), |w| {
                w.set_text(&path, &typed);
            });
        }
    };
    let control = if long {
        view! {
            <textarea id=id.clone() data-path=path.clone() lang=lang rows="3"
                prop:value=value on:input=on_input aria-invalid=invalid aria-describedby=described></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id.clone() data-path=path.clone() lang=lang
                prop:value=value on:input=on_input aria-invalid=invalid aria-describedby=described/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
            {bound.line()}
        </div>
    }
}

/// A number field, read when it is left or Enter is pressed (a number half typed, `6.`,
/// is not yet one); what is not a number is refused in place. An empty entry removes an
/// optional number (`upper`).
#[component]
pub fn NumberField(path: String, label: &'static str) -> impl IntoView {
    let studio = use_studio();
    let bound = Bound::new(&path);
    let (id, value, problems, described) = (
        bound.id.clone(),
        bound.value,
        bound.problems,
        bound.described(),
    );
    let refused = RwSignal::new(false);
    let on_change = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            let mut ok = true;
            studio.edit(None, |w| ok = w.set_number(&path, &typed));
            refused.set(!ok);
        }
    };
    let invalid = move || (refused.get() || !problems.get().is_empty()).then_some("true");
    view! {
        <div class="field number">
            <label for=id.clone()>{label}</label>
            <input type="text" inputmode="decimal" id=id data-path=path.clone()
                prop:value=value on:change=on_change aria-invalid=invalid aria-describedby=described/>
            {move || refused.get().then(|| view! { <p class="problem">"Not a number: write it with digits, like 6.38 or 95."</p> })}
            {bound.line()}
        </div>
    }
}

/// A choice among `options` (value, what it reads as); `""` may be one of them.
#[component]
pub fn ChoiceField(
    path: String,
    label: &'static str,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let studio = use_studio();
    let bound = Bound::new(&path);
    let (id, current, invalid, described) = (
        bound.id.clone(),
        bound.value,
        bound.invalid(),
        bound.described(),
    );
    let on_change = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            let chosen = event_target_value(&ev);
            studio.edit(None, |w| {
                w.set_text(&path, &chosen);
            });
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id data-path=path.clone() on:change=on_change aria-invalid=invalid aria-describedby=described>
                {move || {
                    let now = current.get();
                    let mut options = options.get();
                    if !options.iter().any(|(value, _)| *value == now) {
                        options.insert(0, (now.clone(), format!("{now} (not one of these)")));
                    }
                    options
                        .into_iter()
                        .map(|(value, text)| {
                            let selected = value == now;
                            view! { <option value=value selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            {bound.line()}
        </div>
    }
}

/// A yes-or-no field (`log_switch`), removed from the story when it is no.
#[component]
pub fn CheckField(path: String, label: &'static str) -> impl IntoView {
    let studio = use_studio();
    let id = control_id(&path);
    let checked = {
        let path = path.clone();
        move || studio.text(&path) == "true"
    };
    let on_change = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            studio.edit(None, |w| {
                if on {
                    w.set(&path, Value::Bool(true));
                } else {
                    w.remove(&path);
                }
            });
        }
    };
    view! {
        <div class="field check">
            <input type="checkbox" id=id.clone() data-path=path prop:checked=checked on:change=on_change/>
            <label for=id>{label}</label>
        </div>
    }
}

/// A field in both languages: the Chinese and the English side by side.
#[component]
pub fn BilingualField(
    path: String,
    label_zh: &'static str,
    label_en: &'static str,
    #[prop(optional)] long: bool,
) -> impl IntoView {
    view! {
        <div class="pair">
            <TextField path=format!("{path}.zh") label=label_zh long=long lang="zh-CN"/>
            <TextField path=format!("{path}.en") label=label_en long=long lang="en"/>
        </div>
    }
}
