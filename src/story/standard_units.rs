//! Standard factors between well-known Chinese units (市制 and metric), so a story's
//! conversion can be checked: 1吨 = 2000斤, 1亩 = 666.67平方米, 1亿元 = 10000万元.

/// A kind of quantity and its base: each unit's size in that base.
const TABLES: [&[(&str, f64)]; 5] = [
    // Weight, in grams.
    &[
        ("克", 1.0),
        ("两", 50.0),
        ("斤", 500.0),
        ("公斤", 1_000.0),
        ("千克", 1_000.0),
        ("担", 50_000.0),
        ("吨", 1e6),
        ("万吨", 1e10),
    ],
    // Area, in square metres.
    &[
        ("平方米", 1.0),
        ("亩", 2_000.0 / 3.0),
        ("万亩", 2e7 / 3.0),
        ("公顷", 1e4),
        ("平方公里", 1e6),
        ("平方千米", 1e6),
    ],
    // Money, in yuan.
    &[("元", 1.0), ("角", 0.1), ("万元", 1e4), ("亿元", 1e8)],
    // Length, in metres.
    &[
        ("厘米", 0.01),
        ("米", 1.0),
        ("公里", 1_000.0),
        ("千米", 1_000.0),
    ],
    // Volume, in cubic metres.
    &[("升", 0.001), ("立方米", 1.0)],
];

/// How many `to` one `from` is, when both are well-known units of one kind: 吨 → 斤 is 2000.
pub fn standard_factor(from: &str, to: &str) -> Option<f64> {
    TABLES.iter().find_map(|table| {
        let size = |word: &str| table.iter().find(|(w, _)| *w == word).map(|(_, s)| *s);
        Some(size(from)? / size(to)?)
    })
}

/// Whether a story's `factor` is the standard one, to within rounding (1亩 = 667平方米).
pub fn agrees(factor: f64, standard: f64) -> bool {
    (factor - standard).abs() <= standard * 1e-3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_standard_factors() {
        assert_eq!(standard_factor("吨", "斤"), Some(2000.0));
        assert_eq!(standard_factor("担", "斤"), Some(100.0));
        assert_eq!(standard_factor("公顷", "亩"), Some(15.0));
        assert_eq!(standard_factor("亿元", "万元"), Some(10_000.0));
        assert_eq!(standard_factor("吨", "亩"), None, "different kinds");
        assert_eq!(standard_factor("箱", "斤"), None, "unknown units");
        let mu = standard_factor("亩", "平方米").unwrap();
        assert!(agrees(667.0, mu) && agrees(666.67, mu) && !agrees(600.0, mu));
    }
}
