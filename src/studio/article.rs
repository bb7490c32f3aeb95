//! The article as the story holds it: each section's heading, and each paragraph's Chinese
//! with its figures marked beside the English being written. A mark opens its figure's
//! fields under its paragraph; a number selected in the text, or typed as written, becomes a
//! new figure.

use super::fields::{BilingualField, TextField};
use super::figure_form::FigureForm;
use super::marks::{byte_offset, pieces, Piece};
use super::state::use_studio;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;

#[component]
pub fn Article() -> impl IntoView {
    let studio = use_studio();
    // The shape only: how many paragraphs each section has (a keystroke does not change it).
    let shape = Memo::new(move |_| {
        studio.work.with(|w| {
            let sections = w
                .as_ref()
                .and_then(|w| w.get("sections"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            sections
                .iter()
                .map(|s| {
                    let has_heading = s.get("heading").is_some();
                    let count = s
                        .get("paragraphs")
                        .and_then(Value::as_array)
                        .map_or(0, Vec::len);
                    (has_heading, count)
                })
                .collect::<Vec<_>>()
        })
    });
    // The figures, which change far less often than the text around them: each paragraph
    // marks them again only when they or its own Chinese change.
    let figures = Memo::new(move |_| {
        studio.work.with(|w| {
            w.as_ref()
                .and_then(|w| w.get("figures"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
    });
    view! {
        <section class="panel article" aria-labelledby="article-heading">
            <h2 id="article-heading">"Article"</h2>
            <p class="hint">"Every number the draft found is marked. Select a mark to check its figure; select a number in the text (or type it with “Add a figure”) to add one."</p>
            {move || {
                shape
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(s, (has_heading, count))| {
                        let path = format!("sections[{s}]");
                        view! {
                            <div class="section">
                                {has_heading.then(|| view! {
                                    <BilingualField path=format!("{path}.heading") label_zh="Section heading (Chinese)" label_en="Section heading (English)"/>
                                })}
                                {(0..count)
                                    .map(|p| view! { <ParagraphRow path=format!("{path}.paragraphs[{p}]") figures=figures/> })
                                    .collect_view()}
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </section>
    }
}

/// A number picked in a paragraph, waiting to become a figure.
#[derive(Clone, PartialEq)]
struct Picked {
    text: String,
    at: usize,
}

#[component]
fn ParagraphRow(path: String, figures: Memo<Vec<Value>>) -> impl IntoView {
    let studio = use_studio();
    let zh_path = format!("{path}.zh");
    let zh = {
        let zh_path = zh_path.clone();
        Memo::new(move |_| studio.text(&zh_path))
    };
    let marked = Memo::new(move |_| zh.with(|zh| figures.with(|figures| pieces(zh, figures))));
    // The figure open under this paragraph: selected, and stated here.
    let open_figure = {
        let path = path.clone();
        Memo::new(move |_| {
            let id = studio.selected.get()?;
            let here = marked.with(|pieces| {
                pieces
                    .iter()
                    .any(|p| matches!(p, Piece::Figure { id: f, .. } if *f == id))
            });
            let index = studio.work.with(|w| {
                let w = w.as_ref()?;
                let index = w.figure_index(&id)?;
                let quote = w.text(&format!("figures[{index}].quote"));
                (here || w.paragraph_of(&quote).as_deref() == Some(path.as_str())).then_some(index)
            })?;
            Some((index, id))
        })
    };
    let picked = RwSignal::new(None::<Picked>);
    let typing = RwSignal::new(false);
    let text_ref = NodeRef::<leptos::html::P>::new();
    let read_selection = move || picked.set(selection_in(text_ref.get_untracked()));
    let add = {
        let path = path.clone();
        move |text: String, at: usize| {
            let mut added = None;
            studio.edit(None, |w| added = w.add_figure(&path, &text, at));
            match added {
                Some(id) => {
                    studio.open_figure(&id);
                    studio.notice.set(format!("Added a figure for “{text}”."));
                }
                None => studio
                    .notice
                    .set(format!("“{text}” holds no number to make a figure of.")),
            }
            picked.set(None);
        }
    };
    let add_picked = {
        let add = add.clone();
        move |_| {
            if let Some(p) = picked.get_untracked() {
                add(p.text, p.at);
            }
        }
    };
    let typed = RwSignal::new(String::new());
    let add_typed = {
        let zh_path = zh_path.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = typed.get_untracked().trim().to_string();
            let zh = studio
                .work
                .with_untracked(|w| w.as_ref().map(|w| w.text(&zh_path)));
            match zh
                .and_then(|zh| zh.find(&text))
                .filter(|_| !text.is_empty())
            {
                Some(at) => {
                    add(text, at);
                    typed.set(String::new());
                    typing.set(false);
                }
                None => studio
                    .notice
                    .set(format!("“{text}” is not written in this paragraph.")),
            }
        }
    };
    let typed_id = format!("{}-add", super::state::control_id(&path));
    view! {
        <div class="paragraph">
            <div class="zh">
                <p lang="zh-CN" node_ref=text_ref data-paragraph=path.clone()
                    on:mouseup=move |_| read_selection() on:keyup=move |_| read_selection()>
                    {move || marked.get().into_iter().map(|piece| match piece {
                        Piece::Text { at, text } => view! { <span data-at=at>{text}</span> }.into_any(),
                        Piece::Figure { id, text } => {
                            let pressed = {
                                let id = id.clone();
                                move || (studio.selected.get().as_deref() == Some(id.as_str())).to_string()
                            };
                            let label = format!("Figure {id}: {text}");
                            view! {
                                <button type="button" class="mark" data-figure=id.clone() aria-pressed=pressed
                                    aria-label=label
                                    on:click=move |_| {
                                        let open = studio.selected.get_untracked().as_deref() == Some(id.as_str());
                                        if open {
                                            studio.selected.set(None);
                                        } else {
                                            studio.open_figure(&id);
                                        }
                                    }>{text}</button>
                            }.into_any()
                        }
                    }).collect_view()}
                </p>
                {move || picked.get().map(|p| view! {
                    <button type="button" class="add-picked" on:click=add_picked.clone()>
                        {format!("Add a figure for “{}”", p.text)}
                    </button>
                })}
                <button type="button" class="quiet" aria-expanded=move || typing.get().to_string()
                    on:click=move |_| typing.update(|t| *t = !*t)>"Add a figure"</button>
                <Show when=move || typing.get()>
                    <form class="add-typed" on:submit=add_typed.clone()>
                        <label for=typed_id.clone()>"The number as the paragraph writes it"</label>
                        <input type="text" id=typed_id.clone() lang="zh-CN" placeholder="6.38亿"
                            prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                        <button type="submit">"Add"</button>
                    </form>
                </Show>
            </div>
            <div class="en">
                <TextField path=format!("{path}.en") label="English" long=true lang="en"/>
            </div>
            {move || open_figure.get().map(|(index, id)| view! { <FigureForm index=index id=id/> })}
        </div>
    }
}

/// What is selected inside `paragraph`, with the byte where it starts in the paragraph's
/// text (from the run's `data-at`).
fn selection_in(paragraph: Option<web_sys::HtmlParagraphElement>) -> Option<Picked> {
    let paragraph = paragraph?;
    let selection = crate::host::ground::window()?.get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    let text = selection.to_string().as_string()?.trim().to_string();
    if text.is_empty() || text.chars().count() > 40 {
        return None;
    }
    let node = selection.anchor_node()?;
    let run = node.parent_element()?;
    if !paragraph.contains(Some(&node)) {
        return None;
    }
    let start = run.get_attribute("data-at")?.parse::<usize>().ok()?;
    let run_text = node.dyn_ref::<web_sys::Text>()?.data();
    let offset = selection.anchor_offset().min(selection.focus_offset()) as usize;
    Some(Picked {
        text,
        at: start + byte_offset(&run_text, offset),
    })
}

/// The section fields a draft leaves: the meta of the story.
#[component]
pub fn MetaFields() -> impl IntoView {
    let studio = use_studio();
    let authors = Memo::new(move |_| studio.list_len("meta.authors"));
    view! {
        <section class="panel meta" aria-labelledby="meta-heading">
            <h2 id="meta-heading">"Story"</h2>
            <TextField path="meta.id".to_string() label="Story id (letters, digits and -)"/>
            <BilingualField path="meta.title".to_string() label_zh="Title (Chinese)" label_en="Title (English)"/>
            <BilingualField path="meta.summary".to_string() label_zh="Summary (Chinese)" label_en="Summary (English)" long=true/>
            <BilingualField path="meta.source".to_string() label_zh="Source (Chinese)" label_en="Source (English)"/>
            <TextField path="meta.source_url".to_string() label="Source address (optional)"/>
            <TextField path="meta.date".to_string() label="Date (YYYY-MM-DD)"/>
            <fieldset>
                <legend>"Authors"</legend>
                {move || (0..authors.get()).map(|a| view! {
                    <div class="author">
                        <BilingualField path=format!("meta.authors[{a}]") label_zh="Name (Chinese)" label_en="Name (English)"/>
                        <button type="button" class="quiet" on:click=move |_| studio.edit(None, |w| { w.remove(&format!("meta.authors[{a}]")); })>
                            "Remove this author"
                        </button>
                    </div>
                }).collect_view()}
                <button type="button" on:click=move |_| studio.edit(None, |w| {
                    let mut list = w.get("meta.authors").and_then(Value::as_array).cloned().unwrap_or_default();
                    list.push(serde_json::json!({ "zh": "", "en": "" }));
                    w.set("meta.authors", Value::Array(list));
                })>"Add an author"</button>
            </fieldset>
        </section>
    }
}
