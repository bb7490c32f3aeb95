//! What the story shows besides its text: key figures, charts and tour steps, each a list of
//! figure ids that an edit keeps in the story's order.

use super::{ids, next_id, Work};
use serde_json::{json, Value};

impl Work {
    pub fn key_figures(&self) -> Vec<String> {
        self.array("key_figures")
            .iter()
            .filter_map(|k| k.as_str().map(String::from))
            .collect()
    }

    /// Makes figure `id` a key figure, or no longer one.
    pub fn toggle_key_figure(&mut self, id: &str) {
        let keys = self.array_mut("key_figures");
        match keys.iter().position(|k| k.as_str() == Some(id)) {
            Some(at) => {
                keys.remove(at);
            }
            None => keys.push(json!(id)),
        }
    }

    /// Adds a chart of `figures`, placed after the paragraph of its first figure; returns
    /// its id.
    pub fn add_chart(&mut self, figures: &[String]) -> String {
        let id = next_id("chart", &self.chart_ids());
        let after = figures
            .first()
            .and_then(|f| self.figure_index(f))
            .map(|i| self.text(&format!("figures[{i}].quote")))
            .and_then(|quote| self.paragraph_of(&quote))
            .and_then(|p| self.get(&format!("{p}.id")).cloned())
            .unwrap_or(json!(""));
        self.array_mut("charts").push(json!({
            "id": id,
            "title": { "zh": "", "en": "" },
            "takeaway": { "zh": "", "en": "" },
            "figures": figures,
            "after": after,
        }));
        id
    }

    /// Adds or removes figure `figure` from the list at `at` (a chart's or step's `figures`).
    pub fn toggle_in(&mut self, at: &str, figure: &str) {
        let mut list: Vec<Value> = self
            .get(at)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        match list.iter().position(|f| f.as_str() == Some(figure)) {
            Some(i) => {
                list.remove(i);
            }
            None => {
                // In the story's order of figures.
                let order = self.figure_ids();
                list.push(json!(figure));
                list.sort_by_key(|f| {
                    order
                        .iter()
                        .position(|o| Some(o.as_str()) == f.as_str())
                        .unwrap_or(usize::MAX)
                });
            }
        }
        self.set(at, Value::Array(list));
    }

    /// Removes item `index` of the list `name` (`charts`, `steps`), and a chart's steps.
    pub fn remove_item(&mut self, name: &str, index: usize) {
        let list = self.array_mut(name);
        if index >= list.len() {
            return;
        }
        let removed = list.remove(index);
        if name == "charts" {
            let id = removed.get("id").cloned();
            self.array_mut("steps")
                .retain(|s| s.get("chart") != id.as_ref());
        }
    }

    /// Adds a tour step on chart `chart`; returns its index.
    pub fn add_step(&mut self, chart: &str) -> usize {
        let existing = ids(self.array("steps"));
        let id = next_id("step", &existing);
        let steps = self.array_mut("steps");
        steps.push(json!({
            "id": id,
            "chart": chart,
            "figures": [],
            "text": { "zh": "", "en": "" },
        }));
        steps.len() - 1
    }
}
