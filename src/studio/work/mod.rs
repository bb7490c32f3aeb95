//! The story being made, as the JSON it will be exported as: a draft is invalid for most of
//! its life, so it is kept as JSON (`serde_json::Value`), not as a `Story`, and every edit
//! names the place it changes with the validator's own paths (`figures[3].label.en`).

use super::path;
use crate::story::draft::{numbers_in, sentences, FoundNumber};
use crate::story::{load, numerals, LoadError, Problem, Story};
use serde_json::{json, Map, Value};
use std::sync::Arc;

/// One story in the studio.
#[derive(Debug, Clone, PartialEq)]
pub struct Work {
    pub json: Value,
    /// The file it was opened from, exported as it was while nothing has changed (shared:
    /// every state of the history holds it).
    pub opened: Option<Arc<(Value, String)>>,
}

impl Work {
    pub fn new(json: Value) -> Work {
        Work { json, opened: None }
    }

    /// The story of a `story.json` opened as it was written.
    pub fn opened(json: Value, text: String) -> Work {
        Work {
            json: json.clone(),
            opened: Some(Arc::new((json, text))),
        }
    }

    pub fn get(&self, at: &str) -> Option<&Value> {
        path::get(&self.json, &path::parse(at)?)
    }

    /// The text at `at` (a number is written as JSON writes it), empty when there is none.
    pub fn text(&self, at: &str) -> String {
        match self.get(at) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => b.to_string(),
            _ => String::new(),
        }
    }

    /// Puts `value` at `at`, making the objects on the way; `false` if the path leads
    /// through something that is not an object or array, or past an array's end.
    pub fn set(&mut self, at: &str, value: Value) -> bool {
        path::parse(at).is_some_and(|steps| path::set(&mut self.json, &steps, value))
    }

    /// Sets a text field. An optional pair (a figure's `base`, a unit's `name`) whose both
    /// sides are empty is removed: the story either says it or leaves it out.
    pub fn set_text(&mut self, at: &str, text: &str) -> bool {
        if !self.set(at, Value::String(text.to_string())) {
            return false;
        }
        let pair = [".base.", ".name."]
            .iter()
            .find_map(|p| at.rfind(p).map(|i| &at[..i + p.len() - 1]));
        if let Some(pair) = pair {
            let empty = |side| self.text(&format!("{pair}.{side}")).is_empty();
            if empty("zh") && empty("en") {
                self.remove(pair);
            }
        }
        true
    }

    /// Sets a number field from what a person typed; an empty entry removes an optional
    /// one (`upper`). `false` if it is not a number.
    pub fn set_number(&mut self, at: &str, typed: &str) -> bool {
        let typed = typed.trim();
        if typed.is_empty() {
            return self.remove(at);
        }
        match typed
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
        {
            Some(n) => self.set(at, Value::Number(n)),
            None => false,
        }
    }

    /// Removes the member or element at `at`.
    pub fn remove(&mut self, at: &str) -> bool {
        path::parse(at).is_some_and(|steps| path::remove(&mut self.json, &steps))
    }

    pub(super) fn array(&self, name: &str) -> &[Value] {
        self.json
            .get(name)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub(super) fn array_mut(&mut self, name: &str) -> &mut Vec<Value> {
        if !self.json.get(name).is_some_and(Value::is_array) {
            self.json[name] = json!([]);
        }
        self.json[name].as_array_mut().expect("just made an array")
    }

    /// The figures' ids, in order.
    pub fn figure_ids(&self) -> Vec<String> {
        ids(self.array("figures"))
    }

    /// The index of figure `id` in `figures`.
    pub fn figure_index(&self, id: &str) -> Option<usize> {
        self.array("figures")
            .iter()
            .position(|f| f.get("id").and_then(Value::as_str) == Some(id))
    }

    /// The ids of the figures measured in unit `unit`.
    pub fn figures_in(&self, unit: &str) -> Vec<String> {
        self.array("figures")
            .iter()
            .filter(|f| f.get("unit").and_then(Value::as_str) == Some(unit))
            .filter_map(|f| f.get("id").and_then(Value::as_str).map(String::from))
            .collect()
    }

    pub fn chart_ids(&self) -> Vec<String> {
        ids(self.array("charts"))
    }

    pub fn unit_ids(&self) -> Vec<String> {
        self.json
            .get("units")
            .and_then(Value::as_object)
            .map(|units| units.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// Every paragraph's path and Chinese text, in order.
    pub fn paragraphs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (s, section) in self.array("sections").iter().enumerate() {
            let paragraphs = section.get("paragraphs").and_then(Value::as_array);
            for (p, paragraph) in paragraphs.into_iter().flatten().enumerate() {
                let zh = paragraph.get("zh").and_then(Value::as_str).unwrap_or("");
                out.push((format!("sections[{s}].paragraphs[{p}]"), zh.to_string()));
            }
        }
        out
    }

    /// Removes figure `id` and every mention of it (key figures, charts, tour steps): a
    /// false positive of the draft goes in one action.
    pub fn remove_figure(&mut self, id: &str) {
        let unit = self
            .figure_index(id)
            .map(|i| self.text(&format!("figures[{i}].unit")));
        self.array_mut("figures")
            .retain(|f| f.get("id").and_then(Value::as_str) != Some(id));
        // A unit the draft made for that number alone goes with it.
        if let Some(unit) = unit.filter(|u| self.figures_in(u).is_empty()) {
            if let Some(units) = self.json.get_mut("units").and_then(Value::as_object_mut) {
                units.remove(&unit);
            }
        }
        self.array_mut("key_figures")
            .retain(|k| k.as_str() != Some(id));
        for list in ["charts", "steps"] {
            for item in self.array_mut(list) {
                if let Some(figures) = item.get_mut("figures").and_then(Value::as_array_mut) {
                    figures.retain(|f| f.as_str() != Some(id));
                }
            }
        }
    }

    /// Adds a figure for the number selected in paragraph `paragraph` (its path) at byte
    /// `at` of its Chinese text, read as the draft reads numbers; returns its id. `None`
    /// when the selection holds no number.
    pub fn add_figure(&mut self, paragraph: &str, selected: &str, at: usize) -> Option<String> {
        let text = self.text(&format!("{paragraph}.zh"));
        let selected = selected.trim();
        if selected.is_empty() {
            return None;
        }
        let sentence = sentence_at(&text, at)?;
        let found = numbers_in(sentence)
            .into_iter()
            .find(|n| n.stated.contains(selected) || selected.contains(n.stated.as_str()))
            .or_else(|| {
                let value = numerals::parse_stated(selected)?;
                Some(FoundNumber {
                    value,
                    stated: selected.to_string(),
                    upper: None,
                    unit: String::new(),
                    dimension: "count",
                    change: String::new(),
                    qualifier: String::new(),
                    sentence: sentence.to_string(),
                })
            })?;
        let unit = self.unit_for(&found.unit, found.dimension);
        let id = next_id("figure", &self.figure_ids());
        let mut figure = json!({
            "id": id,
            "value": found.value,
            "unit": unit,
            "qualifier": found.qualifier,
            "change": found.change,
            "stated": found.stated,
            "stated_en": "",
            "label": { "zh": "", "en": "" },
            "quote": sentence.trim(),
        });
        if let Some(upper) = found.upper {
            figure["upper"] = json!(upper);
        }
        // In the text's order: before the first figure stated after it.
        let paragraphs = self.paragraphs();
        let place = paragraphs
            .iter()
            .position(|(p, _)| p == paragraph)
            .unwrap_or(0);
        let sentence_at = text.find(sentence).unwrap_or(0);
        let key = (
            place,
            sentence_at + sentence.find(&found.stated).unwrap_or(0),
        );
        let insert_at = self
            .array("figures")
            .iter()
            .position(|f| text_position(f, &paragraphs).is_some_and(|k| k > key))
            .unwrap_or(self.array("figures").len());
        self.array_mut("figures").insert(insert_at, figure);
        Some(id)
    }

    /// The path of the paragraph whose Chinese holds `quote`.
    pub fn paragraph_of(&self, quote: &str) -> Option<String> {
        let quote = quote.trim();
        if quote.is_empty() {
            return None;
        }
        self.paragraphs()
            .into_iter()
            .find(|(_, zh)| zh.contains(quote))
            .map(|(path, _)| path)
    }

    /// The unit written `word` measuring `dimension`, made if the story has none.
    fn unit_for(&mut self, word: &str, dimension: &str) -> String {
        let units = self.json.get("units").and_then(Value::as_object);
        let same = units.and_then(|units| {
            units.iter().find(|(_, u)| {
                u.get("zh").and_then(Value::as_str) == Some(word)
                    && u.get("dimension").and_then(Value::as_str) == Some(dimension)
            })
        });
        if let Some((id, _)) = same {
            return id.clone();
        }
        let id = next_id("unit", &self.unit_ids());
        if !self.json.get("units").is_some_and(Value::is_object) {
            self.json["units"] = Value::Object(Map::new());
        }
        self.json["units"][&id] = json!({ "zh": word, "en": "", "dimension": dimension });
        id
    }

    /// The story checked with every rule, as `cargo xtask validate` checks its file.
    pub fn check(&self) -> Result<Story, LoadError> {
        load(&self.export())
    }

    /// `story.json` as the studio writes it: the opened file itself while nothing has
    /// changed, otherwise the JSON with two spaces of indent and a final line break.
    pub fn export(&self) -> String {
        if let Some(opened) = &self.opened {
            let (json, text) = opened.as_ref();
            if *json == self.json {
                return text.clone();
            }
        }
        let mut text = serde_json::to_string_pretty(&self.json).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The problems of a check, empty when the story is valid.
pub fn problems_of(checked: &Result<Story, LoadError>) -> Vec<Problem> {
    match checked {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid(problems)) => problems.clone(),
        Err(LoadError::Syntax { path, message }) => vec![Problem {
            path: path.clone(),
            message: message.clone(),
            figure: None,
        }],
    }
}

pub(super) fn ids(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .filter_map(|i| i.get("id").and_then(Value::as_str).map(String::from))
        .collect()
}

/// `prefix-N` with the first N after every id of that form in `taken`.
pub(super) fn next_id(prefix: &str, taken: &[String]) -> String {
    let highest = taken
        .iter()
        .filter_map(|id| {
            id.strip_prefix(prefix)?
                .strip_prefix('-')?
                .parse::<u32>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    let mut n = highest + 1;
    while taken.contains(&format!("{prefix}-{n}")) {
        n += 1;
    }
    format!("{prefix}-{n}")
}

/// Where `figure` is stated: its paragraph's place and the byte its number starts at.
fn text_position(figure: &Value, paragraphs: &[(String, String)]) -> Option<(usize, usize)> {
    let field = |name| figure.get(name).and_then(Value::as_str).unwrap_or("");
    let quote = field("quote").trim();
    if quote.is_empty() {
        return None;
    }
    paragraphs.iter().enumerate().find_map(|(i, (_, zh))| {
        let start = zh.find(quote)?;
        let number = numerals::find_number(zh, field("stated"), start).unwrap_or(start);
        Some((i, number))
    })
}

/// The sentence of `paragraph` that holds byte `at`.
fn sentence_at(paragraph: &str, at: usize) -> Option<&str> {
    let mut start = 0;
    for sentence in sentences(paragraph) {
        let end = start + sentence.len();
        if at < end {
            return Some(sentence);
        }
        start = end;
    }
    sentences(paragraph).last().copied()
}

mod lists;
#[cfg(test)]
mod tests;
