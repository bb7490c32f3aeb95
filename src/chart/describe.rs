//! A text summary of a chart generated from its data, for screen readers and as the
//! chart's long description.

use super::spec::ChartSpec;
use crate::Lang;

/// The takeaway, then every bar's label and value in chart order.
pub fn describe(spec: &ChartSpec) -> String {
    let bars: Vec<_> = spec.panels.iter().flat_map(|p| p.bars.iter()).collect();
    let items: Vec<String> = bars
        .iter()
        .map(|b| match spec.lang {
            Lang::Zh => format!("{}：{}", b.label, b.full_label),
            Lang::En => format!("{}: {}", b.label, b.full_label),
        })
        .collect();
    match spec.lang {
        Lang::Zh => format!(
            "{}本图共{}项数据。{}。",
            spec.takeaway,
            bars.len(),
            items.join("；")
        ),
        Lang::En => format!(
            "{} The chart shows {} values. {}.",
            spec.takeaway,
            bars.len(),
            items.join("; ")
        ),
    }
}
