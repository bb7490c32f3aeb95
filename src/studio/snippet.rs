//! The embed snippet a newsroom pastes into any page: a placeholder carrying the story as a
//! data island, and `embed.js`, which mounts the widget into it.

/// The story as a data island's text: `<`, `>` and `&` written as JSON escapes, so no text
/// in the story can close the `<script>` element or start markup (`</script>`, `<!--`),
/// and the island still parses as the same JSON.
pub fn island_text(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The snippet for `story_json` in `lang` (`zh`, `en`), with `embed.js` at `embed_script`.
pub fn snippet(story_json: &str, lang: &str, embed_script: &str) -> String {
    let attribute = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        "<div data-rural-story data-lang=\"{}\">\n<script type=\"application/json\">\n{}</script>\n</div>\n<script src=\"{}\" defer></script>\n",
        attribute(lang),
        island_text(story_json),
        attribute(embed_script),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_in_the_story_can_end_the_island() {
        let json = r#"{"title": "</script><script>alert(1)</script><!-- & \u2028"}"#;
        let island = island_text(json);
        assert!(!island.contains('<') && !island.contains('>') && !island.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&island).unwrap();
        let original: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(back, original);
        let code = snippet(json, "en", "https://example.org/story/embed.js");
        assert_eq!(code.matches("</script>").count(), 2);
    }
}
