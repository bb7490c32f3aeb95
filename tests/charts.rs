//! Chart specs and their SVG: panels never mix dimensions, geometry matches values,
//! qualifiers are marked, labels are formatted for the reader.

use rural_story::chart::{build_spec, describe, render_svg, to_csv, ChartSpec, Scale, Theme};
use rural_story::story::{load, Dimension, Qualifier, Story, EMBEDDED_STORY};
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
fn every_panel_holds_one_unit_and_names_it() {
    let story = story();
    for chart in &story.charts {
        for lang in [Lang::Zh, Lang::En] {
            let spec = build_spec(&story, chart, lang, Scale::Linear, 480);
            let mut seen = std::collections::BTreeSet::new();
            for panel in &spec.panels {
                let units: std::collections::BTreeSet<_> = panel
                    .bars
                    .iter()
                    .map(|b| story.figure(&b.figure_id).unwrap().unit.clone())
                    .collect();
                assert_eq!(
                    units.into_iter().collect::<Vec<_>>(),
                    std::slice::from_ref(&panel.unit),
                    "{}",
                    chart.id
                );
                assert!(
                    seen.insert(panel.unit.clone()),
                    "{}: one panel per unit",
                    chart.id
                );
                let word = &story.units[&panel.unit];
                let named = match lang {
                    Lang::Zh => &word.zh,
                    Lang::En => &word.en,
                };
                assert!(
                    panel.unit_caption.contains(named.as_str()),
                    "{}: {}",
                    chart.id,
                    panel.unit_caption
                );
            }
        }
    }
    // 项, 个 and 家 count different things: three panels, not one axis.
    let projects = build_spec(
        &story,
        chart(&story, "projects"),
        Lang::Zh,
        Scale::Linear,
        480,
    );
    let units: Vec<&str> = projects.panels.iter().map(|p| p.unit.as_str()).collect();
    assert_eq!(units, ["project_item", "project", "cooperative", "brand"]);
    let farm = build_spec(
        &story,
        chart(&story, "farm-sales"),
        Lang::Zh,
        Scale::Linear,
        480,
    );
    let dims: Vec<Dimension> = farm.panels.iter().map(|p| p.dimension).collect();
    assert_eq!(
        dims,
        [Dimension::Weight, Dimension::Count, Dimension::Money]
    );
}

#[test]
fn units_of_one_dimension_share_an_axis_only_through_a_declared_conversion() {
    let mut story = story();
    story.units.insert(
        "dan".into(),
        serde_json::from_value(serde_json::json!({"zh": "担", "en": "dan", "dimension": "weight"}))
            .unwrap(),
    );
    let farm = chart(&story, "farm-sales").clone();
    let jin = farm.figures[0].clone();
    let converted = farm.figures[1].clone();
    let figure = story
        .figures
        .iter_mut()
        .find(|f| f.id == converted)
        .unwrap();
    figure.unit = "dan".into();
    let value = figure.value;
    // Without a conversion: a panel of its own, never drawn on the 斤 axis.
    let spec = build_spec(&story, &farm, Lang::Zh, Scale::Linear, 480);
    let panel_of = |spec: &ChartSpec, id: &str| {
        spec.panels
            .iter()
            .position(|p| p.bars.iter().any(|b| b.figure_id == id))
            .unwrap()
    };
    assert_ne!(panel_of(&spec, &jin), panel_of(&spec, &converted));
    // With one: drawn in 斤, labelled in 担, and the caption says how.
    story.conversions =
        serde_json::from_value(serde_json::json!([{"from": "dan", "to": "jin", "factor": 100}]))
            .unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let spec = build_spec(&story, &farm, lang, Scale::Linear, 480);
        let panel = &spec.panels[panel_of(&spec, &jin)];
        let bar = panel
            .bars
            .iter()
            .find(|b| b.figure_id == converted)
            .expect("same panel");
        assert_eq!(bar.drawn, value * 100.0);
        assert_eq!(bar.value, value);
        let (caption, label_unit) = match lang {
            Lang::Zh => ("单位：斤（1担 = 100斤）", "担"),
            Lang::En => ("in jin (1 dan = 100 jin)", "dan"),
        };
        assert_eq!(panel.unit_caption, caption);
        assert!(bar.value_label.contains(label_unit), "{}", bar.value_label);
    }
}

#[test]
fn bar_lengths_are_proportional_on_a_linear_scale() {
    let story = story();
    let spec = build_spec(&story, chart(&story, "money"), Lang::En, Scale::Linear, 600);
    let rendered = render_svg(&spec).unwrap();
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
        render_svg(&spec)
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
    let zh = render_svg(&build_spec(&story, projects, Lang::Zh, Scale::Linear, 360)).unwrap();
    let en = render_svg(&build_spec(&story, projects, Lang::En, Scale::Linear, 360)).unwrap();
    assert!(zh.svg.starts_with("<svg"));
    assert!(
        zh.svg.contains("1070余") && !zh.svg.contains("1,070余"),
        "zh label"
    );
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
fn each_kind_of_qualifier_has_its_own_mark() {
    let mut story = story();
    let ids = chart(&story, "projects").figures.clone();
    let draw = |story: &Story| {
        let spec = build_spec(
            story,
            chart(story, "projects"),
            Lang::En,
            Scale::Linear,
            360,
        );
        let svg = render_svg(&spec).unwrap().svg;
        (
            svg.matches("<polygon").count(),
            svg.matches("<polyline").count(),
        )
    };
    for figure in story.figures.iter_mut() {
        figure.qualifier.clear();
    }
    let (solid, lines) = draw(&story);
    assert_eq!(solid, 0, "exact values have no mark");
    // At least: a solid wedge on; about: a diamond; less than: a hollow wedge back.
    for (id, word) in ids.iter().zip(["以上", "约", "不足"]) {
        story
            .figures
            .iter_mut()
            .find(|f| &f.id == id)
            .unwrap()
            .qualifier = word.to_string();
    }
    assert_eq!(draw(&story), (1, lines + 2));
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
    assert!(zh.contains("6.38亿元") && zh.contains("3070余万元"), "{zh}");
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
        "id,label,value,upper end of range,unit,qualifier,change,compared with,source sentence (Chinese)"
    );
    assert_eq!(lines.len(), 1 + chart(&story, "money").figures.len());
    let funds = lines
        .iter()
        .find(|l| l.starts_with("funds-secured,"))
        .unwrap();
    assert!(
        funds.starts_with("funds-secured,funding secured,30700000,,CNY,more than,"),
        "{funds}"
    );
    let zh = to_csv(&build_spec(
        &story,
        chart(&story, "money"),
        Lang::Zh,
        Scale::Linear,
        480,
    ));
    assert!(zh.contains(",30700000,,元,余,"), "{zh}");
}

const STYLE_CSS: &str = include_str!("../assets/style.css");

/// A rule of a stylesheet: the at-rules around it, its selectors and its declarations, each
/// with runs of whitespace collapsed to one space.
#[derive(Debug)]
struct CssRule {
    at_rules: Vec<String>,
    selectors: Vec<String>,
    declarations: Vec<(String, String)>,
}

/// A selector list split at its top-level commas (not those inside `:is()` or `:not()`).
fn top_level_selectors(list: &str) -> Vec<String> {
    let (mut out, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(squash(&list[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(squash(&list[start..]));
    out
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Enough of CSS for this stylesheet: comments, at-rules holding rules, and plain rules.
fn css_rules(css: &str) -> Vec<CssRule> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("comment closed");
        rest = &rest[start + end + 2..];
    }
    text.push_str(rest);

    let mut rules = Vec::new();
    let mut at_rules: Vec<String> = Vec::new();
    let mut rest = text.as_str();
    loop {
        let Some(i) = rest.find(['{', '}']) else {
            assert!(rest.trim().is_empty(), "stray text: {rest}");
            break;
        };
        if rest.as_bytes()[i] == b'}' {
            at_rules.pop().expect("balanced braces");
            rest = &rest[i + 1..];
            continue;
        }
        // Statements such as `@import …;` may precede the block's prelude.
        let prelude = squash(rest[..i].rsplit(';').next().unwrap());
        if prelude.starts_with('@') {
            at_rules.push(prelude);
            rest = &rest[i + 1..];
            continue;
        }
        let body_end = i + 1 + rest[i + 1..].find('}').expect("rule closed");
        let declarations = rest[i + 1..body_end]
            .split(';')
            .filter_map(|d| d.split_once(':'))
            .map(|(p, v)| (squash(p), squash(v)))
            .collect();
        rules.push(CssRule {
            at_rules: at_rules.clone(),
            selectors: top_level_selectors(&prelude),
            declarations,
        });
        rest = &rest[body_end + 1..];
    }
    assert!(at_rules.is_empty(), "unclosed at-rule {at_rules:?}");
    rules
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// (light, dark) colours of the same place in the palettes, as plotters writes them.
fn palette_pairs() -> Vec<(String, String)> {
    let (l, d) = (Theme::Light.palette(), Theme::Dark.palette());
    [
        (l.bar, d.bar),
        (l.text, d.text),
        (l.muted, d.muted),
        (l.grid, d.grid),
    ]
    .into_iter()
    .map(|(l, d)| (hex(l), hex(d)))
    .collect()
}

#[test]
fn drawings_carry_no_attribute_svg_assumes_anyway() {
    let story = story();
    for svg in all_rendered_svgs(&story) {
        for default in [
            " opacity=\"1\"",
            " stroke=\"none\"",
            " text-anchor=\"start\"",
        ] {
            assert!(!svg.contains(default), "{default} in {svg}");
        }
        assert!(
            !svg.contains(">\n") && !svg.contains("\n<"),
            "line breaks in {svg}"
        );
        // Labels keep their end anchors and their text, now without white space around it.
        assert!(svg.contains("text-anchor=\"end\""), "{svg}");
        for label in svg.split("<text").skip(1) {
            let text = label
                .split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"));
            let (text, _) = text.expect("a closed label");
            assert!(!text.is_empty() && text.trim() == text, "label {text:?}");
        }
    }
}

/// Every chart of the story in both languages and scales, plus copies with each qualifier
/// marker on every bar, so every kind of mark plotters draws is in.
fn all_rendered_svgs(story: &Story) -> Vec<String> {
    let mut specs: Vec<ChartSpec> = Vec::new();
    for c in &story.charts {
        for lang in [Lang::Zh, Lang::En] {
            for scale in [Scale::Linear, Scale::Log] {
                specs.push(build_spec(story, c, lang, scale, 480));
            }
        }
    }
    for qualifier in [Qualifier::MoreThan, Qualifier::Nearly] {
        let mut markers = specs[0].clone();
        for bar in markers.panels.iter_mut().flat_map(|p| &mut p.bars) {
            bar.qualifier = qualifier;
        }
        specs.push(markers);
    }
    specs
        .iter()
        .map(|spec| render_svg(spec).expect("renders").svg)
        .collect()
}

/// The (attribute, colour) pairs of fill and stroke attributes in an SVG, `none` left out.
fn colour_attributes(svg: &str) -> std::collections::BTreeSet<(String, String)> {
    let mut found = std::collections::BTreeSet::new();
    for attr in ["fill", "stroke"] {
        let needle = format!(" {attr}=\"");
        for (at, _) in svg.match_indices(&needle) {
            let value = &svg[at + needle.len()..];
            let value = &value[..value.find('"').unwrap()];
            if value != "none" {
                found.insert((attr.to_string(), value.to_string()));
            }
        }
    }
    found
}

/// One SVG serves both themes: it is drawn in the light palette, and for every colour it
/// holds the stylesheet has a dark-theme rule giving the dark palette's colour in its place,
/// both where data-theme="dark" forces it and where the system prefers dark. Fails when
/// style.css and palette.rs disagree.
#[test]
fn the_stylesheet_recolours_the_light_drawing_to_the_dark_palette() {
    let story = story();
    let pairs = palette_pairs();
    let dark_of = |light: &str| {
        pairs
            .iter()
            .find(|(l, _)| l == light)
            .map(|(_, d)| d.clone())
    };
    let mut used = std::collections::BTreeSet::new();
    for svg in all_rendered_svgs(&story) {
        used.extend(colour_attributes(&svg));
    }
    for (attr, colour) in &used {
        assert!(
            dark_of(colour).is_some(),
            "{attr}=\"{colour}\" is not a colour of the light palette"
        );
    }
    let kinds: Vec<&str> = used.iter().map(|(a, _)| a.as_str()).collect();
    assert!(
        kinds.contains(&"fill") && kinds.contains(&"stroke"),
        "{used:?}"
    );

    let rules = css_rules(STYLE_CSS);
    let maps = |at_rules: &[&str], selector: &str, attr: &str, dark: &str| {
        rules.iter().any(|r| {
            r.at_rules == at_rules
                && r.selectors.iter().any(|s| s == selector)
                && r.declarations
                    .iter()
                    .any(|(p, v)| p == attr && v.eq_ignore_ascii_case(dark))
        })
    };
    for (attr, light) in &used {
        let dark = dark_of(light).unwrap();
        let target = format!(".chart-svg [{attr}=\"{light}\"]");
        let forced = format!(":is(.rural-story-root[data-theme=\"dark\"], [data-theme=\"dark\"] .rural-story-root) {target}");
        assert!(
            maps(&[], &forced, attr, &dark),
            "style.css needs `{forced} {{ {attr}: {dark}; }}`"
        );
        let system = format!(
            ".rural-story-root:not([data-theme=\"light\"], [data-theme=\"light\"] *) {target}"
        );
        let media = ["@media (prefers-color-scheme: dark)"];
        assert!(
            maps(&media, &system, attr, &dark),
            "style.css needs `{system} {{ {attr}: {dark}; }}` in {}",
            media[0]
        );
    }

    // And no rule recolours a chart colour to anything but its dark counterpart.
    for rule in &rules {
        for selector in rule.selectors.iter().filter(|s| s.contains(".chart-svg")) {
            for attr in ["fill", "stroke"] {
                let needle = format!("[{attr}=\"");
                let Some(at) = selector.find(&needle) else {
                    continue;
                };
                let light = &selector[at + needle.len()..];
                let light = light[..light.find('"').unwrap()].to_ascii_uppercase();
                let dark = dark_of(&light)
                    .unwrap_or_else(|| panic!("`{selector}`: {light} is not in the light palette"));
                for (p, v) in &rule.declarations {
                    assert!(
                        p != attr || v.eq_ignore_ascii_case(&dark),
                        "`{selector}` gives {v} for {light}; the dark palette has {dark}"
                    );
                }
            }
        }
    }
}

/// The page's dark custom properties come twice: forced by data-theme="dark" and from the
/// system setting. The two blocks must not drift apart.
#[test]
fn the_system_dark_theme_matches_the_forced_one() {
    let rules = css_rules(STYLE_CSS);
    let declarations = |at_rules: &[&str], selectors: &[&str]| {
        let found: Vec<_> = rules
            .iter()
            .filter(|r| r.at_rules == at_rules && r.selectors == selectors)
            .collect();
        assert_eq!(found.len(), 1, "one rule for {selectors:?} in {at_rules:?}");
        found[0].declarations.clone()
    };
    let forced = declarations(
        &[],
        &[
            ":root[data-theme=\"dark\"]",
            "[data-theme=\"dark\"] .rural-story-root",
            ".rural-story-root[data-theme=\"dark\"]",
        ],
    );
    let system = declarations(
        &["@media (prefers-color-scheme: dark)"],
        &[
            ":root:not([data-theme=\"light\"])",
            ".rural-story-root:not([data-theme=\"light\"], [data-theme=\"light\"] *)",
        ],
    );
    assert!(forced.iter().any(|(p, _)| p == "--page"), "{forced:?}");
    assert_eq!(forced, system);
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
    let marks = render_svg(&spec).unwrap().marks;
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

#[test]
fn no_two_panels_of_a_chart_share_a_caption() {
    let story = story();
    for chart in &story.charts {
        for lang in [Lang::Zh, Lang::En] {
            let spec = build_spec(&story, chart, lang, Scale::Linear, 480);
            let captions: Vec<&str> = spec
                .panels
                .iter()
                .map(|p| p.unit_caption.as_str())
                .collect();
            let mut unique = captions.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), captions.len(), "{}: {captions:?}", chart.id);
        }
    }
    let projects = build_spec(
        &story,
        chart(&story, "projects"),
        Lang::Zh,
        Scale::Linear,
        480,
    );
    let captions: Vec<&str> = projects
        .panels
        .iter()
        .map(|p| p.unit_caption.as_str())
        .collect();
    assert!(captions.contains(&"单位：个（品牌）"), "{captions:?}");
    assert!(
        captions.contains(&"单位：项"),
        "a caption of its own stays plain: {captions:?}"
    );
}
