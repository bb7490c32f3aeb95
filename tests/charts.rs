//! Chart specs and their SVG: panels never mix dimensions, geometry matches values,
//! qualifiers are marked, labels are formatted for the reader.

use rural_story::chart::{build_spec, describe, render_svg, to_csv, Scale, Theme};
use rural_story::story::{load, Dimension, Story, EMBEDDED_STORY};
use rural_story::Lang;

fn story() -> Story {
    load(EMBEDDED_STORY).expect("valid story")
}

fn chart<'a>(story: &'a Story, id: &str) -> &'a rural_story::story::Chart {
    story
        .charts
        .iter()
        .find(|c| c.id == id)
        .expect("chart exists")
}

#[test]
fn farm_sales_never_share_an_axis_across_units() {
    let story = story();
    let spec = build_spec(
        &story,
        chart(&story, "farm-sales"),
        Lang::Zh,
        Scale::Linear,
        480,
    );
    let dims: Vec<Dimension> = spec.panels.iter().map(|p| p.dimension).collect();
    assert!(
        dims.contains(&Dimension::Weight) && dims.contains(&Dimension::Money),
        "{dims:?}"
    );
    let mut sorted = dims.clone();
    sorted.dedup();
    assert_eq!(sorted.len(), dims.len(), "one panel per dimension");
    for panel in &spec.panels {
        let units: std::collections::BTreeSet<_> = panel
            .bars
            .iter()
            .map(|b| story.figure(&b.figure_id).unwrap().unit.clone())
            .collect();
        assert_eq!(
            units.len(),
            1,
            "panel {:?} mixes units {units:?}",
            panel.dimension
        );
    }
}

#[test]
fn bar_lengths_are_proportional_on_a_linear_scale() {
    let story = story();
    let spec = build_spec(&story, chart(&story, "money"), Lang::En, Scale::Linear, 600);
    let rendered = render_svg(&spec, Theme::Light).unwrap();
    let bars: Vec<_> = spec.panels.iter().flat_map(|p| &p.bars).collect();
    assert_eq!(rendered.marks.len(), bars.len());
    let longest = bars
        .iter()
        .zip(&rendered.marks)
        .max_by(|a, b| a.0.value.total_cmp(&b.0.value))
        .unwrap();
    for (bar, mark) in bars.iter().zip(&rendered.marks) {
        let expected = longest.1.width as f64 * bar.value / longest.0.value;
        assert!(
            (mark.width as f64 - expected).abs() <= 2.0,
            "{}: {} px, expected {expected:.1}",
            bar.figure_id,
            mark.width
        );
        assert!(mark.x + mark.width <= rendered.width as i32);
    }
}

#[test]
fn log_scale_has_power_of_ten_gridlines_and_keeps_small_bars_visible() {
    let story = story();
    let spec = build_spec(&story, chart(&story, "money"), Lang::Zh, Scale::Log, 600);
    let panel = &spec.panels[0];
    let labels: Vec<&str> = panel.ticks.iter().map(|(_, l)| l.as_str()).collect();
    assert!(
        labels.contains(&"100万") && labels.contains(&"1亿"),
        "{labels:?}"
    );
    let narrowest = |scale| {
        let spec = build_spec(&story, chart(&story, "money"), Lang::Zh, scale, 600);
        render_svg(&spec, Theme::Light)
            .unwrap()
            .marks
            .iter()
            .map(|m| m.width)
            .min()
            .unwrap()
    };
    let (linear, log) = (narrowest(Scale::Linear), narrowest(Scale::Log));
    assert!(
        linear <= 5,
        "the smallest value is a sliver on a linear scale: {linear} px"
    );
    assert!(
        log >= 10 * linear.max(1) && log >= 40,
        "but visible on a log scale: {log} px"
    );
}

#[test]
fn svg_holds_the_formatted_labels_and_qualifier_markers() {
    let story = story();
    let projects = chart(&story, "projects");
    let zh = render_svg(
        &build_spec(&story, projects, Lang::Zh, Scale::Linear, 360),
        Theme::Light,
    )
    .unwrap();
    let en = render_svg(
        &build_spec(&story, projects, Lang::En, Scale::Linear, 360),
        Theme::Light,
    )
    .unwrap();
    assert!(zh.svg.starts_with("<svg"));
    assert!(zh.svg.contains("1,070余"), "zh label");
    assert!(en.svg.contains("1,070+"), "en label");
    let qualified = projects
        .figures
        .iter()
        .filter(|id| !story.figure(id).unwrap().qualifier.is_empty())
        .count();
    assert!(qualified > 0);
    assert_eq!(
        en.svg.matches("<polygon").count(),
        qualified,
        "one marker per qualified bar"
    );
    assert!(en.svg.contains("viewBox=\"0 0 360 "));
}

#[test]
fn the_description_names_every_value_in_the_reader_language() {
    let story = story();
    let spec = build_spec(&story, chart(&story, "money"), Lang::En, Scale::Linear, 480);
    let text = describe(&spec);
    assert!(text.starts_with(&spec.takeaway));
    assert!(text.contains("CNY 638 million"), "{text}");
    assert!(text.contains("over CNY 30.7 million"), "{text}");
    let zh = describe(&build_spec(
        &story,
        chart(&story, "money"),
        Lang::Zh,
        Scale::Linear,
        480,
    ));
    assert!(
        zh.contains("6.38亿元") && zh.contains("3,070余万元"),
        "{zh}"
    );
}

#[test]
fn csv_has_a_bom_raw_values_units_and_qualifiers() {
    let story = story();
    let spec = build_spec(&story, chart(&story, "money"), Lang::En, Scale::Linear, 480);
    let csv = to_csv(&spec);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "id,label,value,unit,qualifier,source sentence (Chinese)"
    );
    assert_eq!(lines.len(), 1 + chart(&story, "money").figures.len());
    let funds = lines
        .iter()
        .find(|l| l.starts_with("funds-secured,"))
        .unwrap();
    assert!(
        funds.starts_with("funds-secured,funding secured,30700000,CNY,more than,"),
        "{funds}"
    );
    let zh = to_csv(&build_spec(
        &story,
        chart(&story, "money"),
        Lang::Zh,
        Scale::Linear,
        480,
    ));
    assert!(zh.contains(",30700000,元,余,"), "{zh}");
}

#[test]
fn dark_theme_redraws_in_its_palette() {
    let story = story();
    let spec = build_spec(
        &story,
        chart(&story, "projects"),
        Lang::Zh,
        Scale::Linear,
        480,
    );
    let light = render_svg(&spec, Theme::Light).unwrap().svg;
    let dark = render_svg(&spec, Theme::Dark).unwrap().svg;
    assert!(light.contains("fill=\"#005A9C\"") && !light.contains("#56B4E9"));
    assert!(dark.contains("fill=\"#56B4E9\"") && dark.contains("fill=\"#EEEEEE\""));
}

#[test]
fn hit_rows_cover_their_bars_and_do_not_overlap() {
    let story = story();
    let spec = build_spec(
        &story,
        chart(&story, "party-building"),
        Lang::En,
        Scale::Linear,
        400,
    );
    let marks = render_svg(&spec, Theme::Light).unwrap().marks;
    for pair in marks.windows(2) {
        let (a, b) = (&pair[0].row, &pair[1].row);
        assert!(a.1 + a.3 <= b.1, "rows overlap: {a:?} {b:?}");
    }
    for m in &marks {
        let (x, y, w, h) = m.row;
        assert!(
            x <= m.x && m.x + m.width <= x + w + 1 && y <= m.y && m.y + m.height <= y + h,
            "{m:?}"
        );
    }
}
