//! The places of the bar targets: each target's box in percentages of its drawing, written
//! on the target (`data-box`) and, by the build, as one stylesheet rule per distinct box
//! (render-static). A strict Content-Security-Policy refuses `style` attributes, and the
//! stylesheet arrives before the first paint, so the targets lie on their bars, and answer
//! hover and focus, before and without the wasm.

use crate::chart::MarkBox;
use std::collections::BTreeSet;

/// `part` as a percentage of `whole`, as CSS reads it (`20.339%`).
pub fn percent(part: i32, whole: u32) -> String {
    format!("{:.3}%", part as f64 * 100.0 / whole.max(1) as f64)
}

/// A bar's row in a drawing `width` × `height` px: left, top, width, height, in %.
pub fn place_of(mark: &MarkBox, width: u32, height: u32) -> [String; 4] {
    let (x, y, w, h) = mark.row;
    [
        percent(x, width),
        percent(y, height),
        percent(w, width),
        percent(h, height),
    ]
}

/// The place as the target carries it (`data-box`).
pub fn data_box(place: &[String; 4]) -> String {
    place.join(" ")
}

/// `.mark[data-box="1.389% 20.339% 92.708% 37.288%"]{left:1.389%;top:20.339%;…}` for every
/// distinct place, in a stable order.
pub fn target_place_rules(places: impl IntoIterator<Item = [String; 4]>) -> String {
    let places: BTreeSet<[String; 4]> = places.into_iter().collect();
    places
        .iter()
        .map(|p| {
            format!(
                ".mark[data-box=\"{}\"]{{left:{};top:{};width:{};height:{}}}\n",
                data_box(p),
                p[0],
                p[1],
                p[2],
                p[3]
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(row: (i32, i32, i32, i32)) -> MarkBox {
        MarkBox {
            figure_id: "f".into(),
            x: row.0,
            y: row.1,
            width: row.2,
            height: row.3,
            row,
        }
    }

    #[test]
    fn one_rule_per_distinct_place() {
        let places = [
            place_of(&mark((10, 120, 500, 40)), 720, 590),
            place_of(&mark((10, 120, 500, 40)), 720, 590),
            place_of(&mark((5, 360, 693, 220)), 720, 590),
        ];
        assert_eq!(
            target_place_rules(places),
            ".mark[data-box=\"0.694% 61.017% 96.250% 37.288%\"]{left:0.694%;top:61.017%;width:96.250%;height:37.288%}\n\
             .mark[data-box=\"1.389% 20.339% 69.444% 6.780%\"]{left:1.389%;top:20.339%;width:69.444%;height:6.780%}\n"
        );
        assert_eq!(target_place_rules([]), "");
    }
}
