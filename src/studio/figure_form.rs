//! One figure's fields, opened under the paragraph whose sentence states it: what the
//! number is (value, unit, kind of change, qualifier), how it reads (labels, the English as
//! written) and the sentence it comes from.

use super::fields::{BilingualField, ChoiceField, NumberField, TextField};
use super::state::use_studio;
use crate::story::{Qualifier, CHANGE_WORDS};
use leptos::prelude::*;

#[component]
pub fn FigureForm(index: usize, id: String) -> impl IntoView {
    let studio = use_studio();
    let at = format!("figures[{index}]");
    let units = Signal::derive(move || {
        studio.work.with(|w| {
            let Some(w) = w else { return Vec::new() };
            w.unit_ids()
                .into_iter()
                .map(|u| {
                    let zh = w.text(&format!("units.{u}.zh"));
                    let en = w.text(&format!("units.{u}.en"));
                    (u.clone(), format!("{zh} {en} ({u})"))
                })
                .collect()
        })
    });
    let changes = Signal::derive(|| {
        let mut options = vec![(String::new(), "a level (no change)".to_string())];
        options.extend(
            CHANGE_WORDS
                .iter()
                .map(|(word, _)| (word.to_string(), word.to_string())),
        );
        options
    });
    let qualifiers = Signal::derive(|| {
        let mut options = vec![(String::new(), "exact (no qualifier)".to_string())];
        options.extend(
            Qualifier::WORDS
                .iter()
                .map(|w| (w.word.to_string(), w.word.to_string())),
        );
        options
    });
    let quote = {
        let at = at.clone();
        move || studio.text(&format!("{at}.quote"))
    };
    let is_key = {
        let id = id.clone();
        move || {
            studio
                .work
                .with(|w| w.as_ref().is_some_and(|w| w.key_figures().contains(&id)))
        }
    };
    let toggle_key = {
        let id = id.clone();
        move |_| studio.edit(None, |w| w.toggle_key_figure(&id))
    };
    let remove = {
        let id = id.clone();
        move |_| {
            studio.edit(None, |w| w.remove_figure(&id));
            studio.selected.set(None);
            studio.notice.set(format!("Removed figure {id}."));
        }
    };
    let heading_id = format!("figure-form-{id}");
    let (labelled_by, form_of) = (heading_id.clone(), id.clone());
    view! {
        <section class="figure-form" aria-labelledby=labelled_by data-figure-form=form_of>
            <h3 id=heading_id tabindex="-1">{format!("Figure {id}")}</h3>
            <blockquote lang="zh-CN">{quote}</blockquote>
            <div class="row">
                <TextField path=format!("{at}.stated") label="As written (Chinese)" lang="zh-CN"/>
                <NumberField path=format!("{at}.value") label="Value"/>
                <NumberField path=format!("{at}.upper") label="Upper end of a range (optional)"/>
            </div>
            <div class="row">
                <ChoiceField path=format!("{at}.unit") label="Unit" options=units/>
                <ChoiceField path=format!("{at}.change") label="Change" options=changes/>
                <ChoiceField path=format!("{at}.qualifier") label="Qualifier" options=qualifiers/>
            </div>
            <BilingualField path=format!("{at}.label") label_zh="Label (Chinese)" label_en="Label (English)"/>
            <TextField path=format!("{at}.stated_en") label="As written in English" lang="en"/>
            <BilingualField path=format!("{at}.base") label_zh="Compared with (Chinese, optional)" label_en="Compared with (English, optional)"/>
            <div class="actions">
                <label class="check">
                    <input type="checkbox" prop:checked=is_key on:change=toggle_key/>
                    "Key figure"
                </label>
                <button type="button" class="danger" on:click=remove>"Remove this figure"</button>
                <button type="button" class="quiet" on:click=move |_| studio.selected.set(None)>"Close"</button>
            </div>
        </section>
    }
}
