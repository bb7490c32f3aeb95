//! A first draft of a story from an article's plain text (`cargo xtask draft-story`): its
//! paragraphs, and every number a reader can find in them with its value, unit word,
//! qualifier, the number as written and the sentence that states it. What needs a person
//! (labels, English, charts, meta) is left empty, so `validate` lists it with its path.

mod numbers;
mod score;

pub use numbers::{numbers_in, FoundNumber};
pub use score::{precision, recall};

use super::outline::outline;
use serde_json::{json, Map, Value};

/// The article's paragraphs: its non-empty lines, trimmed.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// The sentences of a paragraph, each with its closing mark (。！？；).
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in paragraph.char_indices() {
        if "。！？；!?".contains(c) {
            let end = i + c.len_utf8();
            out.push(&paragraph[start..end]);
            start = end;
        }
    }
    if start < paragraph.len() && !paragraph[start..].trim().is_empty() {
        out.push(&paragraph[start..]);
    }
    out
}

/// The draft story for `text`: valid JSON in the story's shape, with everything a person
/// must write left empty. Its title, byline (source, date, authors) and numbered sections
/// are read from the text; its figures from the paragraphs, never from a heading.
pub fn draft(text: &str) -> Value {
    let outline = outline(text);
    let mut units: Vec<(String, &'static str)> = Vec::new();
    let mut figures = Vec::new();
    let mut sections = Vec::new();
    for (s, section) in outline.sections.iter().enumerate() {
        let id = format!("s{s:02}");
        let mut paragraphs = Vec::new();
        for paragraph in &section.paragraphs {
            paragraphs.push(json!({ "id": format!("{id}-p{}", paragraphs.len() + 1), "zh": paragraph, "en": "" }));
            for sentence in sentences(paragraph) {
                for number in numbers_in(sentence) {
                    let key = (number.unit.clone(), number.dimension);
                    if !units.contains(&key) {
                        units.push(key.clone());
                    }
                    let unit = units.iter().position(|u| *u == key).unwrap_or(0) + 1;
                    let mut figure = json!({
                        "id": format!("figure-{}", figures.len() + 1),
                        "value": number.value,
                        "unit": format!("unit-{unit}"),
                        "qualifier": number.qualifier,
                        "change": number.change,
                        "stated": number.stated,
                        "stated_en": "",
                        "label": { "zh": "", "en": "" },
                        "quote": number.sentence.trim(),
                    });
                    if let Some(upper) = number.upper {
                        figure["upper"] = json!(upper);
                    }
                    figures.push(figure);
                }
            }
        }
        let mut value = json!({ "id": id, "paragraphs": paragraphs });
        if let Some(number) = &section.number {
            value["number"] = json!(number);
        }
        if let Some(heading) = &section.heading {
            value["heading"] = json!({ "zh": heading, "en": "" });
        }
        sections.push(value);
    }
    let mut unit_map = Map::new();
    for (i, (unit, dimension)) in units.iter().enumerate() {
        unit_map.insert(
            format!("unit-{}", i + 1),
            json!({ "zh": unit, "en": "", "dimension": dimension }),
        );
    }
    let blank = json!({ "zh": "", "en": "" });
    let text_or_blank = |text: Option<&String>| match text {
        Some(zh) => json!({ "zh": zh, "en": "" }),
        None => blank.clone(),
    };
    let byline = outline.byline.clone().unwrap_or_default();
    let authors: Vec<Value> = byline
        .authors
        .iter()
        .map(|name| json!({ "zh": name, "en": "" }))
        .collect();
    json!({
        "schema": 1,
        "meta": {
            "id": "draft",
            "title": text_or_blank(outline.title.as_ref()),
            "summary": blank,
            "source": text_or_blank(byline.source.as_ref()),
            "date": byline.date.unwrap_or_default(),
            "authors": authors,
        },
        "units": unit_map,
        "sections": sections,
        "figures": figures,
        "key_figures": [],
        "charts": [],
        "repairs": [],
    })
}

/// Every number of the article `text`'s paragraphs (not its title, byline or headings), in
/// order.
pub fn all_numbers(text: &str) -> Vec<FoundNumber> {
    outline(text)
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.iter())
        .flat_map(|p| {
            sentences(p)
                .into_iter()
                .flat_map(numbers_in)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_articles_write_them() {
        let s = "落地基础设施工程1070余项、投资额6.38亿元,争取资金支持3070余万元,惠及群众超过16万人次。";
        let found: Vec<(String, String, String)> = numbers_in(s)
            .into_iter()
            .map(|n| (n.stated, n.unit, n.qualifier))
            .collect();
        let want = [
            ("1070", "项", "余"),
            ("6.38亿", "元", ""),
            ("3070余万", "元", "余"),
            ("16万", "人次", "超过"),
        ];
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(found, want);
        let more =
            numbers_in("近四年来,两批工作队覆盖50%的村庄,辐射带动十余个村庄,第三批在2021年。");
        let stated: Vec<&str> = more.iter().map(|n| n.stated.as_str()).collect();
        assert_eq!(stated, ["四", "两", "50%", "十", "2021"]);
        assert_eq!(more[0].qualifier, "近");
        assert_eq!(more[3].qualifier, "余");
        let words = numbers_in("村集体收入增长百分之五十以上。");
        assert_eq!(words.len(), 1, "{words:?}");
        assert_eq!(
            (
                words[0].stated.as_str(),
                words[0].value,
                words[0].unit.as_str()
            ),
            ("百分之五十", 50.0, "%")
        );
        assert_eq!(words[0].qualifier, "以上");
        // Ranges, fractions and round numbers in words are read whole.
        let forms = numbers_in(
            "每户增收三至五千元,每亩3—5万元,全村三分之一的农户,带动上千名群众、数百家企业。",
        );
        let forms: Vec<(&str, f64, Option<f64>, &str, &str)> = forms
            .iter()
            .map(|n| {
                (
                    n.stated.as_str(),
                    n.value,
                    n.upper,
                    n.unit.as_str(),
                    n.qualifier.as_str(),
                )
            })
            .collect();
        assert_eq!(
            forms,
            [
                ("三至五千", 3000.0, Some(5000.0), "元", ""),
                ("3—5万", 30_000.0, Some(50_000.0), "元", ""),
                ("三分之一", 1.0 / 3.0, None, "", ""),
                ("上千", 1000.0, None, "名", "上"),
                ("数百", 100.0, None, "家", "数"),
            ]
        );
        // No unit after it, or a reduplicated one (one after another): not a figure.
        assert!(numbers_in("一事一议,一起拼,一个个活力村庄。").is_empty());
    }

    #[test]
    fn sentences_keep_their_marks() {
        assert_eq!(sentences("甲。乙！丙"), ["甲。", "乙！", "丙"]);
    }
}
