//! The article's date as the masthead shows it: as exact as the story knows it, and saying
//! so when it is approximate (`约2022年`, `around 2022`).

use crate::story::Meta;
use crate::Lang;

/// An exact full date as the story writes it (`2022-02-20`); a year or a month in the
/// reader's words (`2022年2月`, `February 2022`); an approximate one marked (`约`, `around`).
pub fn format_date(meta: &Meta, lang: Lang) -> String {
    let parts: Vec<u32> = meta
        .date
        .split('-')
        .map(|p| p.parse().unwrap_or(0))
        .collect();
    if parts.len() == 3 && !meta.date_approximate {
        return meta.date.clone();
    }
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month_en = |m: u32| {
        MONTHS
            .get(m.wrapping_sub(1) as usize)
            .copied()
            .unwrap_or("")
    };
    let shown = match (lang, parts.as_slice()) {
        (Lang::Zh, [y]) => format!("{y}年"),
        (Lang::Zh, [y, m]) => format!("{y}年{m}月"),
        (Lang::Zh, [y, m, d]) => format!("{y}年{m}月{d}日"),
        (Lang::En, [y]) => format!("{y}"),
        (Lang::En, [y, m]) => format!("{} {y}", month_en(*m)),
        (Lang::En, [y, m, d]) => format!("{d} {} {y}", month_en(*m)),
        _ => meta.date.clone(),
    };
    match (meta.date_approximate, lang) {
        (false, _) => shown,
        (true, Lang::Zh) => format!("约{shown}"),
        (true, Lang::En) => format!("around {shown}"),
    }
}
