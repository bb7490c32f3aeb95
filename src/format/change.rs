//! A figure that states a change: `下降4.7%`, `down 4.7%`, `−4.7%` on a bar; a multiple
//! increase (`增长1.3倍`, `up 130%`) and doublings (`翻两番`, `quadrupled (×4)`).

use super::{digits::plain, format_value, words::chinese_number, Style};
use crate::story::{Bilingual, Change, Dimension, Figure, Unit};
use crate::Lang;

/// `amount` (the figure formatted as a level) said as the change `change` by `word`.
pub(super) fn with_change(
    figure: &Figure,
    change: Change,
    unit: &Unit,
    amount: String,
    lang: Lang,
    style: Style,
) -> String {
    let word = figure.change.as_str();
    if unit.dimension == Dimension::Multiple {
        return multiple(figure, change, unit, lang, style);
    }
    let sign = if change == Change::Down { "−" } else { "+" };
    match (lang, style) {
        (Lang::Zh, Style::Full) => format!("{word}{amount}"),
        (Lang::En, Style::Full) if change == Change::Down => format!("down {amount}"),
        (Lang::En, Style::Full) => format!("up {amount}"),
        // The sign goes on the number, after a qualifier's mark: ≥+30%, ~−5.
        (_, Style::Short) => {
            let mark = ["≥", "≤", "<", "~", "nearly "]
                .into_iter()
                .find(|m| amount.starts_with(m))
                .unwrap_or("");
            format!("{mark}{sign}{}", &amount[mark.len()..])
        }
    }
}

/// 增长1.3倍 is new = 2.3 × old: "up 130%"; 翻两番 is × 4.
fn multiple(figure: &Figure, change: Change, unit: &Unit, lang: Lang, style: Style) -> String {
    let (word, value, qualifier) = (
        figure.change.as_str(),
        figure.value,
        figure.qualifier.as_str(),
    );
    if change == Change::Doubling {
        let times = 2f64.powf(value);
        let n = value.round() as u32;
        return match (lang, style) {
            (Lang::Zh, _) => {
                let count = if n == 2 {
                    "两".to_string()
                } else if (1..100).contains(&n) && value.fract() == 0.0 {
                    chinese_number(n)
                } else {
                    plain(value)
                };
                format!("翻{count}番")
            }
            (Lang::En, Style::Short) => format!("×{}", plain(times)),
            (Lang::En, Style::Full) => match n {
                1 => "doubled (×2)".to_string(),
                2 => "quadrupled (×4)".to_string(),
                _ => format!("doubled {} times (×{})", plain(value), plain(times)),
            },
        };
    }
    // An increase by N times in the language of percentages: up N × 100 %.
    let percent = Unit {
        zh: "%".into(),
        en: "%".into(),
        en_one: None,
        dimension: Dimension::Percent,
        name: None,
    };
    match lang {
        Lang::Zh => format!(
            "{word}{}",
            format_value(value, unit, qualifier, Lang::Zh, Style::Full)
        ),
        Lang::En => {
            let up = format_value(value * 100.0, &percent, qualifier, Lang::En, style);
            match (style, change) {
                (Style::Short, Change::Down) => format!("−{up}"),
                (Style::Short, _) => format!("+{up}"),
                (Style::Full, Change::Down) => format!("down {up}"),
                (Style::Full, _) => format!("up {up}"),
            }
        }
    }
}

/// `shown` said against the figure's base: 比上年增加21万亩 / up 210,000 mu on the previous
/// year; 同比下降4.7% / down 4.7% year on year; 是2005年的2.3倍 / 2.3 times the 2005 level.
pub(super) fn against(
    figure: &Figure,
    unit: &Unit,
    base: &Bilingual,
    shown: String,
    lang: Lang,
) -> String {
    match lang {
        Lang::En => format!("{shown} {}", base.en),
        Lang::Zh if figure.change().is_none() && unit.dimension == Dimension::Multiple => {
            format!("是{}的{shown}", base.zh)
        }
        Lang::Zh => format!("{}{shown}", base.zh),
    }
}
