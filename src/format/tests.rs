use super::words::chinese_number;
use super::*;

fn unit(zh: &str, en: &str, en_one: Option<&str>, dimension: Dimension) -> Unit {
    Unit {
        zh: zh.into(),
        en: en.into(),
        en_one: en_one.map(Into::into),
        dimension,
        name: None,
    }
}

#[test]
fn formats_the_article_figures() {
    let yuan = unit("元", "CNY", None, Dimension::Money);
    let jin = unit("斤", "jin", None, Dimension::Weight);
    let item = unit("项", "projects", Some("project"), Dimension::Count);
    let times = unit("人次", "person-times", None, Dimension::Count);
    let percent = unit("%", "%", None, Dimension::Percent);
    let year = unit("年", "", None, Dimension::Year);
    let years = unit("年", "years", Some("year"), Dimension::Duration);
    let leader = unit("名", "leaders", Some("leader"), Dimension::Count);
    use Lang::{En, Zh};
    use Style::{Full, Short};
    let table: &[(f64, &Unit, &str, Lang, Style, &str)] = &[
        (638_000_000.0, &yuan, "", Zh, Full, "6.38亿元"),
        (30_700_000.0, &yuan, "余", Zh, Full, "3070余万元"),
        (293_600.0, &jin, "", Zh, Full, "29.36万斤"),
        (160_000.0, &times, "超过", Zh, Full, "超过16万人次"),
        (1070.0, &item, "余", Zh, Full, "1070余项"),
        (1070.0, &item, "余", Zh, Short, "1070余"),
        (2_527_300.0, &yuan, "", Zh, Short, "252.73万"),
        (50.0, &percent, "", Zh, Full, "50%"),
        (50.0, &percent, "", Zh, Short, "50%"),
        (50.0, &percent, "", En, Short, "50%"),
        (2018.0, &year, "", Zh, Full, "2018年"),
        (4.0, &years, "近", Zh, Full, "近4年"),
        (638_000_000.0, &yuan, "", En, Full, "CNY 638 million"),
        (30_700_000.0, &yuan, "余", En, Full, "over CNY 30.7 million"),
        (40_000_000.0, &yuan, "超过", En, Short, "40M+"),
        (293_600.0, &jin, "", En, Full, "293,600 jin"),
        (1_000_000.0, &jin, "超", En, Full, "1 million+ jin"),
        (1070.0, &item, "余", En, Full, "1,070+ projects"),
        (1070.0, &item, "余", En, Short, "1,070+"),
        (1.0, &leader, "", En, Full, "1 leader"),
        (160_000.0, &times, "超过", En, Full, "160,000+ person-times"),
        (50.0, &percent, "", En, Full, "50%"),
        (2018.0, &year, "", En, Full, "2018"),
        (4.0, &years, "近", En, Full, "nearly 4 years"),
        (500_000.0, &times, "近", En, Short, "nearly 500,000"),
        (2_527_300.0, &yuan, "", En, Full, "CNY 2.5273 million"),
    ];
    for (value, unit, word, lang, style, want) in table {
        assert_eq!(
            &format_value(*value, unit, word, *lang, *style),
            want,
            "{value} {word} {lang:?} {style:?}"
        );
    }
}

#[test]
fn every_qualifier_keeps_its_word_and_place() {
    let yuan = unit("元", "CNY", None, Dimension::Money);
    let share = unit("%", "%", None, Dimension::Percent);
    let village = unit("个", "villages", Some("village"), Dimension::Count);
    let cases: [(f64, &Unit, &str, &str, &str, &str); 8] = [
        (70.0, &share, "以上", "70%以上", "at least 70%", "≥70%"),
        (
            3000.0,
            &yuan,
            "左右",
            "3000元左右",
            "about CNY 3,000",
            "~3,000",
        ),
        (3000.0, &yuan, "约", "约3000元", "about CNY 3,000", "~3,000"),
        (20.0, &village, "多", "20多个", "20+ villages", "20+"),
        (
            5.0,
            &village,
            "不足",
            "不足5个",
            "less than 5 villages",
            "<5",
        ),
        (5.0, &village, "以下", "5个以下", "at most 5 villages", "≤5"),
        (
            50.0,
            &village,
            "将近",
            "将近50个",
            "nearly 50 villages",
            "nearly 50",
        ),
        (600.0, &village, "逾", "逾600个", "600+ villages", "600+"),
    ];
    for (value, unit, word, zh, en, short) in cases {
        assert_eq!(format_value(value, unit, word, Lang::Zh, Style::Full), zh);
        assert_eq!(format_value(value, unit, word, Lang::En, Style::Full), en);
        assert_eq!(
            format_value(value, unit, word, Lang::En, Style::Short),
            short
        );
    }
    assert_eq!(
        format_value(70.0, &share, "以上", Lang::Zh, Style::Short),
        "70%以上"
    );
    assert_eq!(
        format_value(16e4, &village, "以上", Lang::Zh, Style::Short),
        "16万以上"
    );
}

#[test]
fn ranks_are_places_and_multiples_are_times() {
    let place = unit("位", "places", Some("place"), Dimension::Rank);
    let times = unit("倍", "times", None, Dimension::Multiple);
    let cases: [(f64, &Unit, &str, Lang, Style, &str); 7] = [
        (1.0, &place, "", Lang::Zh, Style::Full, "第1位"),
        (1.0, &place, "", Lang::En, Style::Full, "1st place"),
        (22.0, &place, "", Lang::En, Style::Short, "22nd"),
        (12.0, &place, "", Lang::En, Style::Short, "12th"),
        (2.5, &times, "", Lang::Zh, Style::Full, "2.5倍"),
        (2.5, &times, "", Lang::En, Style::Full, "2.5 times"),
        (2.5, &times, "近", Lang::En, Style::Short, "nearly 2.5×"),
    ];
    for (value, unit, word, lang, style, want) in cases {
        assert_eq!(format_value(value, unit, word, lang, style), want);
    }
}

#[test]
fn ranges_fractions_and_round_numbers_keep_their_kind() {
    use crate::story::Figure;
    let yuan = unit("元", "CNY", None, Dimension::Money);
    let years = unit("年", "years", Some("year"), Dimension::Duration);
    let share = unit("", "of households", None, Dimension::Ratio);
    let people = unit("名", "people", Some("person"), Dimension::Count);
    let firms = unit("家", "firms", Some("firm"), Dimension::Count);
    let range = |value: f64, upper: f64| Figure {
        id: "f".into(),
        value,
        unit: String::new(),
        qualifier: String::new(),
        change: String::new(),
        base: None,
        upper: Some(upper),
        stated: String::new(),
        stated_en: String::new(),
        label: crate::story::Bilingual {
            zh: String::new(),
            en: String::new(),
        },
        quote: String::new(),
        category: Default::default(),
    };
    use Lang::{En, Zh};
    use Style::{Full, Short};
    let ranges: [(f64, f64, &Unit, Lang, Style, &str); 6] = [
        (30_000.0, 50_000.0, &yuan, Zh, Full, "3至5万元"),
        (30_000.0, 50_000.0, &yuan, Zh, Short, "3至5万"),
        (30_000.0, 50_000.0, &yuan, En, Full, "CNY 30,000–50,000"),
        (3e6, 5e7, &yuan, En, Short, "3–50M"),
        (3.0, 5.0, &years, Zh, Full, "3至5年"),
        (3.0, 5.0, &years, En, Full, "3–5 years"),
    ];
    for (low, high, unit, lang, style, want) in ranges {
        assert_eq!(format_figure(&range(low, high), unit, lang, style), want);
    }
    let third = 1.0 / 3.0;
    assert_eq!(format_value(third, &share, "", Zh, Full), "三分之一");
    assert_eq!(
        format_value(0.667, &share, "超过", Zh, Full),
        "超过三分之二"
    );
    assert_eq!(
        format_value(0.333, &share, "", En, Full),
        "one third of households"
    );
    assert_eq!(format_value(0.75, &share, "", En, Short), "3/4");
    assert_eq!(
        format_value(0.5, &share, "近", En, Full),
        "nearly one half of households"
    );
    assert_eq!(
        format_value(0.4, &share, "", En, Full),
        "two fifths of households"
    );
    assert_eq!(format_value(0.123, &share, "", En, Short), "0.123");
    assert_eq!(chinese_number(12), "十二");
    assert_eq!(chinese_number(20), "二十");
    assert_eq!(format_value(1000.0, &people, "上", Zh, Full), "上千名");
    assert_eq!(
        format_value(1000.0, &people, "上", En, Full),
        "about 1,000 people"
    );
    assert_eq!(format_value(1000.0, &people, "上", En, Short), "~1,000");
    assert_eq!(format_value(100.0, &firms, "数", Zh, Full), "数百家");
    assert_eq!(format_value(1e5, &firms, "数", Zh, Short), "数十万");
    assert_eq!(
        format_value(100.0, &firms, "数", En, Full),
        "hundreds of firms"
    );
    assert_eq!(format_value(10.0, &firms, "几", En, Short), "dozens");
    assert_eq!(format_value(1e6, &yuan, "数", En, Full), "CNY millions");
}

#[test]
fn percentage_points_are_never_percent() {
    let points = unit(
        "个百分点",
        "percentage points",
        Some("percentage point"),
        Dimension::Points,
    );
    use Lang::{En, Zh};
    use Style::{Full, Short};
    let cases: [(f64, &str, Lang, Style, &str); 6] = [
        (1.5, "", Zh, Full, "1.5个百分点"),
        (1.5, "", En, Full, "1.5 percentage points"),
        (1.0, "", En, Full, "1 percentage point"),
        (1.5, "", En, Short, "1.5 pts"),
        (4.0, "近", En, Full, "nearly 4 percentage points"),
        (4.0, "", Zh, Short, "4"),
    ];
    for (value, word, lang, style, want) in cases {
        let got = format_value(value, &points, word, lang, style);
        assert_eq!(got, want);
        assert!(!got.contains('%'), "{got}");
    }
}

#[test]
fn changes_say_their_direction_and_multiples_their_kind() {
    use crate::story::{Bilingual, Figure};
    let figure = |value: f64, change: &str, qualifier: &str| Figure {
        id: "f".into(),
        value,
        unit: String::new(),
        qualifier: qualifier.into(),
        change: change.into(),
        base: None,
        upper: None,
        stated: String::new(),
        stated_en: String::new(),
        label: Bilingual {
            zh: String::new(),
            en: String::new(),
        },
        quote: String::new(),
        category: Default::default(),
    };
    let growth = unit("%", "%", None, Dimension::Percent);
    let points = unit("个百分点", "percentage points", None, Dimension::Points);
    let mu = unit("亩", "mu", None, Dimension::Area);
    let times = unit("倍", "times", None, Dimension::Multiple);
    use Lang::{En, Zh};
    use Style::{Full, Short};
    let cases: [(Figure, &Unit, Lang, Style, &str); 18] = [
        (figure(4.7, "下降", ""), &growth, Zh, Full, "下降4.7%"),
        (figure(4.7, "下降", ""), &growth, En, Full, "down 4.7%"),
        (figure(4.7, "下降", ""), &growth, En, Short, "−4.7%"),
        (figure(4.7, "下降", ""), &growth, Zh, Short, "−4.7%"),
        (
            figure(30.0, "增长", "以上"),
            &growth,
            Zh,
            Full,
            "增长30%以上",
        ),
        (
            figure(30.0, "增长", "以上"),
            &growth,
            En,
            Full,
            "up at least 30%",
        ),
        (figure(30.0, "增长", "以上"), &growth, En, Short, "≥+30%"),
        (figure(1.5, "提高", ""), &points, En, Short, "+1.5 pts"),
        (
            figure(1.5, "提高", ""),
            &points,
            En,
            Full,
            "up 1.5 percentage points",
        ),
        (
            figure(210_000.0, "增加", ""),
            &mu,
            En,
            Full,
            "up 210,000 mu",
        ),
        // 增长1.3倍: up 130%, never "1.3 times".
        (figure(1.3, "增长", ""), &times, Zh, Full, "增长1.3倍"),
        (figure(1.3, "增长", ""), &times, En, Full, "up 130%"),
        (figure(1.3, "增长", ""), &times, En, Short, "+130%"),
        // 是…的2.3倍: the level.
        (figure(2.3, "", ""), &times, En, Full, "2.3 times"),
        (figure(2.3, "", ""), &times, En, Short, "2.3×"),
        // 翻两番: × 4.
        (figure(2.0, "翻", ""), &times, Zh, Full, "翻两番"),
        (figure(2.0, "翻", ""), &times, En, Full, "quadrupled (×4)"),
        (figure(3.0, "翻", ""), &times, En, Short, "×8"),
    ];
    for (figure, unit, lang, style, want) in cases {
        assert_eq!(
            format_figure(&figure, unit, lang, style),
            want,
            "{} {} {lang:?} {style:?}",
            figure.change,
            figure.value
        );
    }
}

#[test]
fn groups_thousands() {
    assert_eq!(grouped(0.0), "0");
    assert_eq!(grouped(999.0), "999");
    assert_eq!(grouped(1000.0), "1,000");
    assert_eq!(grouped(1_234_567.5), "1,234,567.5");
    assert_eq!(grouped(-4300.0), "-4,300");
    assert_eq!(grouped(0.12345), "0.1235");
}

#[test]
fn dates_say_how_exact_they_are() {
    use crate::story::{Bilingual, Meta};
    let meta = |date: &str, approximate: bool| Meta {
        id: "m".into(),
        title: Bilingual {
            zh: String::new(),
            en: String::new(),
        },
        summary: Bilingual {
            zh: String::new(),
            en: String::new(),
        },
        source: Bilingual {
            zh: String::new(),
            en: String::new(),
        },
        source_url: None,
        story_url: None,
        date: date.into(),
        date_approximate: approximate,
        authors: Vec::new(),
        language: Default::default(),
    };
    let cases = [
        ("2022-02-20", false, Lang::Zh, "2022-02-20"),
        ("2022-02-20", false, Lang::En, "2022-02-20"),
        ("2022-02", false, Lang::Zh, "2022年2月"),
        ("2022-02", false, Lang::En, "February 2022"),
        ("2022", true, Lang::Zh, "约2022年"),
        ("2022", true, Lang::En, "around 2022"),
        ("2022-02-20", true, Lang::En, "around 20 February 2022"),
    ];
    for (date, approximate, lang, want) in cases {
        assert_eq!(format_date(&meta(date, approximate), lang), want);
    }
}

#[test]
fn chinese_keeps_the_article_s_form_and_never_groups() {
    use crate::story::{Bilingual, Figure};
    let stated = |value: f64, stated: &str, qualifier: &str| Figure {
        id: "f".into(),
        value,
        unit: String::new(),
        qualifier: qualifier.into(),
        change: String::new(),
        base: None,
        upper: None,
        stated: stated.into(),
        stated_en: String::new(),
        label: Bilingual {
            zh: String::new(),
            en: String::new(),
        },
        quote: String::new(),
        category: Default::default(),
    };
    let yuan = unit("元", "CNY", None, Dimension::Money);
    let jin = unit("斤", "jin", None, Dimension::Weight);
    let people = unit("人", "people", None, Dimension::Count);
    use Style::{Full, Short};
    let cases: [(Figure, &Unit, Style, &str); 7] = [
        // A per-person amount in plain 元, as bulletins write it.
        (stated(12443.0, "12443", ""), &yuan, Full, "12443元"),
        (stated(12443.0, "12443", ""), &yuan, Short, "12443"),
        // A 万 figure keeps its digits, without a comma inside.
        (
            stated(11_361_000.0, "1136.1万", ""),
            &people,
            Full,
            "1136.1万人",
        ),
        (stated(638_000_000.0, "6.38亿", ""), &yuan, Full, "6.38亿元"),
        (
            stated(30_700_000.0, "3070余万", "余"),
            &yuan,
            Full,
            "3070余万元",
        ),
        // A round number in words keeps its words.
        (stated(1e10, "百亿", ""), &jin, Full, "百亿斤"),
        (stated(1e6, "百万", "超"), &jin, Full, "超百万斤"),
    ];
    for (figure, unit, style, want) in cases {
        assert_eq!(format_figure(&figure, unit, Lang::Zh, style), want);
    }
    // English groups by thousands.
    assert_eq!(
        format_figure(&stated(12443.0, "12443", ""), &yuan, Lang::En, Full),
        "CNY 12,443"
    );
}

#[test]
fn a_level_multiple_names_its_base() {
    use crate::story::{Bilingual, Figure};
    let figure = Figure {
        id: "f".into(),
        value: 2.3,
        unit: String::new(),
        qualifier: String::new(),
        change: String::new(),
        base: Some(Bilingual {
            zh: "2005年".into(),
            en: "the 2005 level".into(),
        }),
        upper: None,
        stated: "2.3".into(),
        stated_en: String::new(),
        label: Bilingual {
            zh: String::new(),
            en: String::new(),
        },
        quote: String::new(),
        category: Default::default(),
    };
    let times = unit("倍", "times", None, Dimension::Multiple);
    assert_eq!(
        format_figure(&figure, &times, Lang::En, Style::Full),
        "2.3 times the 2005 level"
    );
    assert_eq!(
        format_figure(&figure, &times, Lang::Zh, Style::Full),
        "是2005年的2.3倍"
    );
    assert_eq!(
        format_figure(&figure, &times, Lang::En, Style::Short),
        "2.3×"
    );
}
