//! The validator's paths (`figures[3].label.en`, `units.unit-1.zh`,
//! `sections[0].paragraphs[2].en`) as steps into the story's JSON: a problem names the
//! control that edits its field by the same path.

use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Member(String),
    Index(usize),
}

/// The steps of `path`; `None` if it is not one (`$`, the whole story, has none).
pub fn parse(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    if path == "$" || path.is_empty() {
        return Some(steps);
    }
    for part in path.split('.') {
        let (name, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if name.is_empty() {
            return None;
        }
        steps.push(Step::Member(name.to_string()));
        while let Some(inner) = rest.strip_prefix('[') {
            let (index, after) = inner.split_once(']')?;
            steps.push(Step::Index(index.parse().ok()?));
            rest = after;
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(steps)
}

pub fn get<'a>(json: &'a Value, steps: &[Step]) -> Option<&'a Value> {
    steps.iter().try_fold(json, |at, step| match step {
        Step::Member(name) => at.get(name),
        Step::Index(i) => at.get(i),
    })
}

/// Puts `value` at `steps`, making missing objects on the way.
pub fn set(json: &mut Value, steps: &[Step], value: Value) -> bool {
    let Some((last, way)) = steps.split_last() else {
        *json = value;
        return true;
    };
    let mut at = json;
    for step in way {
        at = match step {
            Step::Member(name) => {
                if at.is_null() {
                    *at = Value::Object(Map::new());
                }
                let Some(object) = at.as_object_mut() else {
                    return false;
                };
                object.entry(name.clone()).or_insert(Value::Null)
            }
            Step::Index(i) => match at.get_mut(i) {
                Some(next) => next,
                None => return false,
            },
        };
    }
    match last {
        Step::Member(name) => {
            if at.is_null() {
                *at = Value::Object(Map::new());
            }
            match at.as_object_mut() {
                Some(object) => {
                    object.insert(name.clone(), value);
                    true
                }
                None => false,
            }
        }
        Step::Index(i) => match at.get_mut(i) {
            Some(slot) => {
                *slot = value;
                true
            }
            None => false,
        },
    }
}

pub fn remove(json: &mut Value, steps: &[Step]) -> bool {
    let Some((last, way)) = steps.split_last() else {
        return false;
    };
    let mut at = json;
    for step in way {
        let next = match step {
            Step::Member(name) => at.get_mut(name.as_str()),
            Step::Index(i) => at.get_mut(*i),
        };
        match next {
            Some(next) => at = next,
            None => return false,
        }
    }
    match (last, at) {
        (Step::Member(name), Value::Object(object)) => object.remove(name).is_some(),
        (Step::Index(i), Value::Array(array)) if *i < array.len() => {
            array.remove(*i);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_validators_paths_are_read_as_steps() {
        assert_eq!(
            parse("figures[3].label.en"),
            Some(vec![
                Step::Member("figures".into()),
                Step::Index(3),
                Step::Member("label".into()),
                Step::Member("en".into()),
            ])
        );
        assert_eq!(
            parse("sections[0].paragraphs[12].zh").map(|s| s.len()),
            Some(5)
        );
        assert_eq!(parse("units.unit-1.zh").map(|s| s.len()), Some(3));
        assert_eq!(parse("$"), Some(vec![]));
        assert_eq!(parse("figures[x]"), None);
        assert_eq!(parse("figures[1]x"), None);
    }

    #[test]
    fn setting_makes_the_objects_on_the_way_but_never_an_array_element() {
        let mut story = json!({ "figures": [{ "id": "a" }] });
        assert!(set(
            &mut story,
            &parse("figures[0].base.en").unwrap(),
            json!("x")
        ));
        assert_eq!(story["figures"][0]["base"], json!({ "en": "x" }));
        assert!(!set(
            &mut story,
            &parse("figures[1].id").unwrap(),
            json!("b")
        ));
        assert!(!set(
            &mut story,
            &parse("figures[0].id.zh").unwrap(),
            json!("b")
        ));
        assert!(remove(&mut story, &parse("figures[0].base").unwrap()));
        assert_eq!(story, json!({ "figures": [{ "id": "a" }] }));
    }
}
