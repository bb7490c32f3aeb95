//! Charts: their figures exist, can be drawn, and their panels' captions differ.

use super::Checker;
use crate::story::change::Change;
use crate::story::Story;
use std::collections::HashSet;

pub(super) fn check_charts(story: &Story, check: &mut Checker) {
    let mut ids = HashSet::new();
    for (i, chart) in story.charts.iter().enumerate() {
        let path = format!("charts[{i}]");
        check.unique_id(&mut ids, &format!("{path}.id"), &chart.id);
        check.text(&format!("{path}.title"), &chart.title);
        check.text(&format!("{path}.takeaway"), &chart.takeaway);
        if chart.figures.is_empty() {
            check.report(
                format!("{path}.figures"),
                "a chart needs at least one figure",
            );
        }
        for (j, id) in chart.figures.iter().enumerate() {
            let Some(figure) = story.figure(id) else {
                check.report(
                    format!("{path}.figures[{j}]"),
                    format!("unknown figure \"{id}\""),
                );
                continue;
            };
            let rank = story
                .unit_of(figure)
                .is_some_and(|u| u.dimension == crate::story::Dimension::Rank);
            if rank {
                check.report(
                    format!("{path}.figures[{j}]"),
                    format!("\"{id}\" is a rank: it is shown as text (key figures, the article), never as a bar's length"),
                );
            }
        }
        check_captions_differ(story, chart, &path, check);
        let decrease = chart
            .figures
            .iter()
            .filter_map(|id| story.figure(id))
            .find(|f| f.change() == Some(Change::Down));
        if let Some(figure) = decrease.filter(|_| chart.log_switch) {
            check.report(
                format!("{path}.log_switch"),
                format!(
                    "\"{}\" is a decrease, drawn left of zero, which a logarithmic scale cannot show",
                    figure.id
                ),
            );
        }
        if !story.paragraphs().any(|p| p.id == chart.after) {
            check.report(
                format!("{path}.after"),
                format!("unknown paragraph \"{}\"", chart.after),
            );
        }
    }
}

/// Each unit of a chart has a panel whose caption names it by its word (`单位：个`,
/// `number of projects`): two units written alike need names that tell them apart.
fn check_captions_differ(
    story: &Story,
    chart: &crate::story::Chart,
    path: &str,
    check: &mut Checker,
) {
    let mut units: Vec<&str> = Vec::new();
    for id in &chart.figures {
        let Some(figure) = story.figure(id) else {
            continue;
        };
        // A unit drawn on another's axis (担 on 斤) has no panel of its own.
        let converted = story.conversion_from(&figure.unit).is_some_and(|c| {
            chart
                .figures
                .iter()
                .any(|f| story.figure(f).is_some_and(|f| f.unit == c.to))
        });
        if !converted && !units.contains(&figure.unit.as_str()) {
            units.push(&figure.unit);
        }
    }
    for (i, a) in units.iter().enumerate() {
        for b in &units[i + 1..] {
            let (Some(ua), Some(ub)) = (story.units.get(*a), story.units.get(*b)) else {
                continue;
            };
            let word = if ua.zh == ub.zh {
                &ua.zh
            } else if ua.en == ub.en {
                &ua.en
            } else {
                continue;
            };
            let named_apart = match (&ua.name, &ub.name) {
                (Some(na), Some(nb)) => na.zh != nb.zh && na.en != nb.en,
                _ => false,
            };
            if !named_apart {
                check.report(
                    format!("{path}.figures"),
                    format!(
                        "units \"{a}\" and \"{b}\" are both written {word}: give each a \"name\" ({{\"zh\": \"合作社\", \"en\": \"cooperatives\"}}) so their panels' captions differ"
                    ),
                );
            }
        }
    }
}
