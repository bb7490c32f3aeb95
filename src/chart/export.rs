//! A chart's data and drawing as files readers can download.

use super::spec::ChartSpec;
use crate::Lang;

/// Where the build writes a chart's downloadable file, relative to the story's folder:
/// `files/<story>-<chart>[-<scale>].<lang>.<ext>` (the scale for drawings of charts that
/// have both). Readers save it as [`download_name`].
pub fn download_path(
    story: &str,
    chart: &str,
    scale: Option<super::Scale>,
    lang: Lang,
    ext: &str,
) -> String {
    let scale = scale.map(|s| format!("-{}", s.code())).unwrap_or_default();
    format!("files/{story}-{chart}{scale}.{}.{ext}", lang.code())
}

/// The name a downloaded file is saved under: `<story>-<chart>.<ext>`.
pub fn download_name(story: &str, chart: &str, ext: &str) -> String {
    format!("{story}-{chart}.{ext}")
}

/// CSV of the chart's figures: UTF-8 with a byte-order mark, so spreadsheet programs read
/// the Chinese correctly; raw values (a range's upper end beside its lower), with unit,
/// qualifier, change (a decrease's 4.7 is `down` 4.7) and base in columns of their own.
pub fn to_csv(spec: &ChartSpec) -> String {
    let header = match spec.lang {
        Lang::Zh => [
            "编号",
            "项目",
            "数值",
            "上限",
            "单位",
            "限定词",
            "变化",
            "比较基准",
            "原文",
        ],
        Lang::En => [
            "id",
            "label",
            "value",
            "upper end of range",
            "unit",
            "qualifier",
            "change",
            "compared with",
            "source sentence (Chinese)",
        ],
    };
    let mut out = String::from('\u{feff}');
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for bar in spec.panels.iter().flat_map(|p| &p.bars) {
        let qualifier = match spec.lang {
            Lang::Zh => bar.qualifier_word.clone(),
            Lang::En => bar.qualifier.english().to_string(),
        };
        push_row(
            &mut out,
            [
                bar.figure_id.clone(),
                bar.label.clone(),
                raw_number(bar.value),
                bar.upper.map(raw_number).unwrap_or_default(),
                bar.unit.clone(),
                qualifier,
                bar.change_word.clone(),
                bar.base.clone(),
                bar.quote.clone(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.map(|f| csv_field(&f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// Quotes a field when it holds a comma, quote or line break (RFC 4180). A field that a
/// spreadsheet could run as a formula (leading `=`, `+`, `-`, `@`, tab or carriage return;
/// OWASP's list) is prefixed with `'`, unless it is a plain number such as `-5`.
fn csv_field(field: &str) -> String {
    let field = match field.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !is_plain_number(field) => {
            format!("'{field}")
        }
        _ => field.to_string(),
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// `-5`, `+2.5`, `638000000`: an optional sign, digits and at most one decimal point.
fn is_plain_number(field: &str) -> bool {
    let digits = field.strip_prefix(['+', '-']).unwrap_or(field);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// The value as a plain number: `638000000`, `252.73`.
fn raw_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A standalone SVG file of the drawing.
pub fn svg_document(svg: &str) -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{svg}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("\t=1+1"), "'\t=1+1");
        assert_eq!(csv_field("\r=1+1"), "\"'\r=1+1\"");
        assert_eq!(csv_field("-infinity"), "'-infinity");
        assert_eq!(csv_field("-5"), "-5");
        assert_eq!(csv_field("+2.5"), "+2.5");
        assert_eq!(csv_field("12%"), "12%");
        assert_eq!(raw_number(638_000_000.0), "638000000");
        assert_eq!(raw_number(252.73), "252.73");
    }
}
