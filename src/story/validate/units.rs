//! Units and the conversions between them.

use super::Checker;
use crate::story::Story;
use std::collections::HashSet;

pub(super) fn check_units(story: &Story, check: &mut Checker) {
    for (id, unit) in &story.units {
        // A fraction may have no unit word (三分之一的农户), and calendar years have none
        // in English (2018).
        let unit_word_optional = unit.dimension == crate::story::Dimension::Ratio;
        // A colon ratio's words name its base (农村居民, rural), which its caption shows.
        if unit.zh.trim().is_empty() && !unit_word_optional {
            check.report(format!("units.{id}.zh"), "must not be empty");
        }
        let en_optional = unit_word_optional || unit.dimension == crate::story::Dimension::Year;
        if unit.en.trim().is_empty() && !en_optional {
            check.report(format!("units.{id}.en"), "must not be empty");
        }
        if unit.dimension == crate::story::Dimension::Points
            && (unit.en.contains('%') || unit.zh.contains('%'))
        {
            check.report(
                format!("units.{id}"),
                "a difference of two percentages is written in percentage points (个百分点, \"percentage points\"), never %",
            );
        }
    }
}

/// A conversion joins two known units of one dimension by a positive factor, one per unit:
/// it is what lets their figures share a chart's axis.
pub(super) fn check_conversions(story: &Story, check: &mut Checker) {
    let mut from_seen = HashSet::new();
    for (i, conversion) in story.conversions.iter().enumerate() {
        let path = format!("conversions[{i}]");
        let from = story.units.get(&conversion.from);
        let to = story.units.get(&conversion.to);
        for (field, id, unit) in [("from", &conversion.from, from), ("to", &conversion.to, to)] {
            if unit.is_none() {
                check.report(format!("{path}.{field}"), format!("unknown unit \"{id}\""));
            }
        }
        if let (Some(from), Some(to)) = (from, to) {
            if from.dimension != to.dimension {
                check.report(
                    format!("{path}.to"),
                    format!(
                        "\"{}\" and \"{}\" measure different things ({:?}, {:?}): they never share an axis",
                        conversion.from, conversion.to, from.dimension, to.dimension
                    ),
                );
            }
        }
        if let (Some(from), Some(to)) = (from, to) {
            let standard = crate::story::standard_units::standard_factor(&from.zh, &to.zh);
            if let Some(standard) = standard.filter(|s| {
                conversion.factor.is_finite()
                    && !crate::story::standard_units::agrees(conversion.factor, *s)
            }) {
                let shown = |v: f64| {
                    let text = format!("{v:.4}");
                    text.trim_end_matches('0').trim_end_matches('.').to_string()
                };
                check.report(
                    format!("{path}.factor"),
                    format!(
                        "1{} = {}{}, not {}",
                        from.zh,
                        shown(standard),
                        to.zh,
                        shown(conversion.factor)
                    ),
                );
            }
        }
        if conversion.from == conversion.to {
            check.report(format!("{path}.to"), "converts a unit into itself");
        }
        if !(conversion.factor.is_finite() && conversion.factor > 0.0) {
            check.report(
                format!("{path}.factor"),
                format!("{} is not a positive number", conversion.factor),
            );
        }
        if !from_seen.insert(conversion.from.as_str()) {
            check.report(
                format!("{path}.from"),
                format!("\"{}\" already has a conversion", conversion.from),
            );
        }
    }
}
