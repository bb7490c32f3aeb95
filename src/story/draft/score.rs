//! How well a draft finds a story's figures: recall and precision against the figures a
//! finished story states (`tests/draft.rs`).

use super::FoundNumber;

/// The share of `wanted` (value, unit word, qualifier) that `found` holds, each found
/// number matching at most one wanted figure.
pub fn recall(wanted: &[(f64, String, String)], found: &[FoundNumber]) -> f64 {
    if wanted.is_empty() {
        return 1.0;
    }
    let mut used = vec![false; found.len()];
    let mut hits = 0;
    for (value, unit, qualifier) in wanted {
        let hit = found.iter().enumerate().position(|(i, f)| {
            // A story writes a fraction to three decimals (0.333 for 三分之一).
            let close = super::super::numerals::same_value(f.value, *value)
                || (f.dimension == "ratio" && (f.value - value).abs() < 5e-4);
            !used[i] && close && &f.unit == unit && &f.qualifier == qualifier
        });
        if let Some(i) = hit {
            used[i] = true;
            hits += 1;
        }
    }
    hits as f64 / wanted.len() as f64
}

/// The share of `found` that are among `wanted`: how many of the numbers the draft
/// proposes are figures of the story.
pub fn precision(wanted: &[(f64, String, String)], found: &[FoundNumber]) -> f64 {
    if found.is_empty() {
        return 1.0;
    }
    recall(wanted, found) * wanted.len() as f64 / found.len() as f64
}
