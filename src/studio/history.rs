//! Undo and redo: the story as it was before each edit. Typing into one field makes one
//! step, not one per keystroke.

use super::work::Work;

/// How many earlier states are kept.
const DEPTH: usize = 200;

#[derive(Debug, Default, Clone)]
pub struct History {
    undo: Vec<Work>,
    redo: Vec<Work>,
    /// The field the last edit typed into: the next keystroke there joins its step.
    typing_in: Option<String>,
}

impl History {
    /// Records `before`, the state an edit of `field` (`None`: not typing) starts from.
    pub fn record(&mut self, before: &Work, field: Option<&str>) {
        let joins = field.is_some() && self.typing_in.as_deref() == field;
        self.typing_in = field.map(String::from);
        self.redo.clear();
        if joins {
            return;
        }
        self.undo.push(before.clone());
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
    }

    /// The state before the last edit, given the present one.
    pub fn undo(&mut self, present: &Work) -> Option<Work> {
        let earlier = self.undo.pop()?;
        self.redo.push(present.clone());
        self.typing_in = None;
        Some(earlier)
    }

    pub fn redo(&mut self, present: &Work) -> Option<Work> {
        let later = self.redo.pop()?;
        self.undo.push(present.clone());
        self.typing_in = None;
        Some(later)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// A new story starts a new history.
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn typing_in_one_field_is_one_step_and_redo_follows_undo() {
        let states: Vec<Work> = (0..4).map(|n| Work::new(json!({ "n": n }))).collect();
        let mut history = History::default();
        history.record(&states[0], Some("meta.title.en"));
        history.record(&states[1], Some("meta.title.en"));
        history.record(&states[2], Some("meta.title.zh"));
        assert_eq!(history.undo(&states[3]), Some(states[2].clone()));
        assert_eq!(history.undo(&states[2]), Some(states[0].clone()));
        assert_eq!(history.undo(&states[0]), None);
        assert_eq!(history.redo(&states[0]), Some(states[2].clone()));
        history.record(&states[2], None);
        assert!(!history.can_redo());
    }
}
