//! The structure of an article as it is pasted (one paragraph per line): its title, the
//! line that names its source, date and authors, its numbered sections (`01`, `一、`,
//! `（一）`, `第一部分`) with their headings, and a closing paragraph after the last of them.

/// An article's parts, each as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outline {
    pub title: Option<String>,
    pub byline: Option<Byline>,
    pub sections: Vec<OutlineSection>,
}

/// The line under the title: `中国山东网 2022-02-20 作者：韩加君、丁苏`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Byline {
    pub source: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub authors: Vec<String>,
}

/// A section: the introduction and a closing paragraph have no number and no heading.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlineSection {
    pub number: Option<String>,
    pub heading: Option<String>,
    pub paragraphs: Vec<String>,
}

/// Words that open a closing paragraph, after the last numbered section.
const CLOSING_WORDS: [&str; 8] = [
    "总之",
    "总的来看",
    "综上",
    "下一步",
    "今后",
    "展望",
    "未来，",
    "未来,",
];

/// Reads the parts of `text`. A title is a short line without a sentence's end; when a
/// byline (a short line with a date) follows within the first lines, the line before it is
/// the title and anything above (a scraped page's navigation) is dropped.
pub fn outline(text: &str) -> Outline {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = Outline::default();
    let mut i = 0;
    let byline_at = lines
        .iter()
        .take(8)
        .position(|l| byline(l).is_some_and(|b| b.date.is_some()));
    match byline_at {
        Some(at) if at > 0 && heading_like(lines[at - 1]) => {
            out.title = Some(lines[at - 1].to_string());
            out.byline = byline(lines[at]);
            i = at + 1;
        }
        Some(0) => {
            out.byline = byline(lines[0]);
            i = 1;
        }
        _ if lines
            .first()
            .is_some_and(|l| heading_like(l) && numbered(l).is_none()) =>
        {
            out.title = Some(lines[0].to_string());
            i = 1;
        }
        _ => {}
    }
    let mut sections = vec![OutlineSection::default()];
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if let Some((number, rest)) = numbered(line) {
            let heading = if rest.is_empty() {
                // `01` on a line of its own, its heading on the next.
                match lines
                    .get(i)
                    .filter(|l| heading_like(l) && numbered(l).is_none())
                {
                    Some(next) => {
                        i += 1;
                        Some(next.to_string())
                    }
                    None => None,
                }
            } else {
                heading_like(rest).then(|| rest.to_string())
            };
            if heading.is_some() || rest.is_empty() {
                sections.push(OutlineSection {
                    number: Some(number),
                    heading,
                    paragraphs: Vec::new(),
                });
                continue;
            }
        }
        sections
            .last_mut()
            .expect("one section at least")
            .paragraphs
            .push(line.to_string());
    }
    // A closing paragraph after the last numbered section is a section of its own.
    if let Some(last) = sections.last_mut().filter(|s| s.number.is_some()) {
        let closing = last.paragraphs.len() > 1
            && last
                .paragraphs
                .last()
                .is_some_and(|p| CLOSING_WORDS.iter().any(|w| p.starts_with(w)));
        if closing {
            let paragraph = last.paragraphs.pop().expect("checked above");
            sections.push(OutlineSection {
                paragraphs: vec![paragraph],
                ..OutlineSection::default()
            });
        }
    }
    out.sections = sections
        .into_iter()
        .filter(|s| !s.paragraphs.is_empty() || s.number.is_some())
        .collect();
    out
}

/// A short line that ends no sentence: a title or a heading.
fn heading_like(line: &str) -> bool {
    let count = line.chars().count();
    (2..=40).contains(&count)
        && !line.contains(['。', '！', '？', '；'])
        && !line.ends_with(['，', ','])
}

const CHINESE_ORDINALS: &str = "一二三四五六七八九十";

/// A section's number and what follows it on its line: `01`, `1、`, `一、`, `（一）`, `(一)`,
/// `第一部分`.
fn numbered(line: &str) -> Option<(String, &str)> {
    let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
    if (1..=2).contains(&digits.len()) {
        let rest = &line[digits.len()..];
        if rest.is_empty() {
            return Some((digits, ""));
        }
        if let Some(rest) = rest.strip_prefix(['、', '.', '．']) {
            let rest = rest.trim();
            if !rest.starts_with(|c: char| c.is_ascii_digit()) && !rest.is_empty() {
                return Some((digits, rest));
            }
        }
        return None;
    }
    let ordinal = |s: &str| -> usize {
        s.chars()
            .take_while(|c| CHINESE_ORDINALS.contains(*c))
            .map(char::len_utf8)
            .sum()
    };
    for (open, close) in [("（", "）"), ("(", ")")] {
        if let Some(rest) = line.strip_prefix(open) {
            let n = ordinal(rest);
            if let Some(after) = rest[n..].strip_prefix(close).filter(|_| n > 0) {
                return Some((rest[..n].to_string(), after.trim()));
            }
        }
    }
    if let Some(rest) = line.strip_prefix('第') {
        let n = ordinal(rest);
        for part in ["部分", "章", "节"] {
            if let Some(after) = rest[n..].strip_prefix(part).filter(|_| n > 0) {
                let after = after.trim_start_matches(['：', ':', '、', ' ', '　']);
                return Some((format!("第{}{part}", &rest[..n]), after.trim()));
            }
        }
        return None;
    }
    let n = ordinal(line);
    let after = line[n..].strip_prefix('、').filter(|_| n > 0)?;
    Some((line[..n].to_string(), after.trim()))
}

/// A short line holding a date (`2022-2-20`, `2022年2月20日`, `2022/02/20`), a source
/// (`来源：X`, or a name ending in 网, 报, 社, 台 …) and authors (`作者：`, `记者`, `文/`).
fn byline(line: &str) -> Option<Byline> {
    if line.chars().count() > 100 || line.contains('。') {
        return None;
    }
    let date = date_in(line);
    let mut source = None;
    let mut authors = Vec::new();
    let mut names_follow = false;
    for token in line.split([' ', '　', '|', '｜']).filter(|t| !t.is_empty()) {
        let token = token.trim();
        let labelled = |label: &str| {
            token
                .strip_prefix(label)
                .map(|t| t.trim_start_matches(['：', ':', '/', ' ']))
        };
        if let Some(name) = labelled("来源") {
            source = Some(name.to_string()).filter(|n| !n.is_empty());
            names_follow = false;
        } else if let Some(names) = labelled("作者").or(labelled("记者")).or(labelled("文")) {
            authors.extend(split_names(names));
            names_follow = names.is_empty();
        } else if token.contains(|c: char| c.is_ascii_digit()) {
            names_follow = false;
        } else if names_follow {
            authors.extend(split_names(token));
        } else if source.is_none() && is_publisher(token) {
            source = Some(token.to_string());
        }
    }
    (date.is_some() || source.is_some()).then_some(Byline {
        source,
        date,
        authors,
    })
}

fn split_names(names: &str) -> Vec<String> {
    names
        .split(['、', ',', '，', ' '])
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect()
}

fn is_publisher(token: &str) -> bool {
    const ENDINGS: [&str; 9] = [
        "网",
        "报",
        "社",
        "台",
        "新闻",
        "日报",
        "晚报",
        "客户端",
        "杂志",
    ];
    ENDINGS.iter().any(|e| token.ends_with(e)) && token.chars().count() <= 12
}

/// The first date in `line`, as `YYYY-MM-DD`.
fn date_in(line: &str) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    for start in 0..chars.len() {
        if start > 0 && chars[start - 1].is_ascii_digit() {
            continue;
        }
        let mut numbers = Vec::new();
        let mut i = start;
        loop {
            let digits: String = chars[i..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if digits.is_empty() || digits.len() > 4 {
                break;
            }
            numbers.push(digits.parse::<u32>().ok()?);
            i += digits.len();
            if numbers.len() == 3 {
                break;
            }
            match chars.get(i) {
                Some('-' | '/' | '.' | '年' | '月') => i += 1,
                _ => break,
            }
        }
        if let [year, month, day] = numbers[..] {
            let plausible = (1900..=2100).contains(&year)
                && (1..=12).contains(&month)
                && (1..=31).contains(&day);
            if plausible {
                return Some(format!("{year:04}-{month:02}-{day:02}"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_byline_and_numbered_sections() {
        let text = "会员登录 立即注册\n搜索\n乡村振兴工作队的实践\n新资讯 2022-2-20 18:20 中国山东网 30 0\n\
            导语一段。\n01\n创新打造工作队模式\n第一段。\n第二段。\n二、坚持党建引领\n第三段。\n\
            （三）始终把发展作为第一要务\n第四段。\n总之,一切为了群众。";
        let got = outline(text);
        assert_eq!(got.title.as_deref(), Some("乡村振兴工作队的实践"));
        let byline = got.byline.unwrap();
        assert_eq!(byline.date.as_deref(), Some("2022-02-20"));
        assert_eq!(byline.source.as_deref(), Some("中国山东网"));
        let parts: Vec<(Option<&str>, Option<&str>, usize)> = got
            .sections
            .iter()
            .map(|s| {
                (
                    s.number.as_deref(),
                    s.heading.as_deref(),
                    s.paragraphs.len(),
                )
            })
            .collect();
        assert_eq!(
            parts,
            [
                (None, None, 1),
                (Some("01"), Some("创新打造工作队模式"), 2),
                (Some("二"), Some("坚持党建引领"), 1),
                (Some("三"), Some("始终把发展作为第一要务"), 1),
                (None, None, 1),
            ]
        );
    }

    #[test]
    fn reads_bylines_and_section_numbers_as_written() {
        let b = byline("来源：示例日报 2024年1月15日 作者：张三、李四").unwrap();
        assert_eq!(b.source.as_deref(), Some("示例日报"));
        assert_eq!(b.date.as_deref(), Some("2024-01-15"));
        assert_eq!(b.authors, ["张三", "李四"]);
        assert_eq!(
            numbered("第一部分：总体情况"),
            Some(("第一部分".into(), "总体情况"))
        );
        assert_eq!(numbered("1.5万亩"), None);
        assert_eq!(numbered("12"), Some(("12".into(), "")));
        assert_eq!(numbered("2022年全县粮食增产"), None);
        assert_eq!(date_in("2022-2-20 18:20"), Some("2022-02-20".into()));
        assert_eq!(date_in("阅读 30 点赞 0"), None);
    }
}
