//! The places of the prerendered bar targets as CSS: one rule per `data-box` the pages hold,
//! written into the stylesheet by the build (render-static). A strict Content-Security-Policy
//! refuses `style` attributes, and the stylesheet arrives before the first paint, so the
//! targets lie on their bars, and answer hover and focus, before and without the wasm.

use std::collections::BTreeSet;

/// `.mark[data-box="1.389% 20.339% 92.708% 37.288%"]{left:1.389%;top:20.339%;…}` for every
/// distinct `data-box` in `pages`, in a stable order. A value that is not four CSS
/// percentages is left out (it could not have come from the renderer).
pub fn target_place_rules<'a>(pages: impl IntoIterator<Item = &'a str>) -> String {
    const ATTRIBUTE: &str = "data-box=\"";
    let mut boxes = BTreeSet::new();
    for page in pages {
        let mut rest = page;
        while let Some(at) = rest.find(ATTRIBUTE) {
            rest = &rest[at + ATTRIBUTE.len()..];
            let Some(end) = rest.find('"') else { break };
            let value = &rest[..end];
            let percentages: Vec<&str> = value.split(' ').collect();
            let valid = percentages.len() == 4
                && percentages.iter().all(|p| {
                    p.strip_suffix('%').is_some_and(|n| {
                        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.')
                    })
                });
            if valid {
                boxes.insert(value.to_string());
            }
            rest = &rest[end..];
        }
    }
    boxes
        .iter()
        .map(|value| {
            let p: Vec<&str> = value.split(' ').collect();
            format!(
                ".mark[data-box=\"{value}\"]{{left:{};top:{};width:{};height:{}}}\n",
                p[0], p[1], p[2], p[3]
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_per_distinct_box_and_nothing_else() {
        let page = r#"<button class="mark" data-box="1.389% 20.339% 92.708% 37.288%"></button>
            <button class="mark" data-box="1.389% 20.339% 92.708% 37.288%"></button>
            <button class="mark" data-box="0.714% 61% 96.25% 37.288%"></button>
            <button class="mark" data-box="1% 2% 3%;}body{display:none"></button>"#;
        assert_eq!(
            target_place_rules([page]),
            ".mark[data-box=\"0.714% 61% 96.25% 37.288%\"]{left:0.714%;top:61%;width:96.25%;height:37.288%}\n\
             .mark[data-box=\"1.389% 20.339% 92.708% 37.288%\"]{left:1.389%;top:20.339%;width:92.708%;height:37.288%}\n"
        );
        assert_eq!(target_place_rules(["<p>no charts</p>"]), "");
    }
}
