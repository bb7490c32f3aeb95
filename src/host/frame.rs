//! Inside an iframe: telling the parent page how tall the widget is, in our own message
//! format and in the formats hosts already listen for (Datawrapper, AMP, pym.js).

use wasm_bindgen::JsValue;

/// Posts the widget's height to the parent page. Heights are not secret, so any parent
/// may read them; the host-side `embed.js` accepts them only from the widget's origin.
pub fn post_height(height: f64, frame_id: &str) {
    let Some(parent) = super::page::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let height = height.ceil();
    for message in height_messages(height, frame_id) {
        let value = js_sys::JSON::parse(&message).unwrap_or_else(|_| JsValue::from_str(&message));
        let _ = parent.post_message(&value, "*");
    }
}

/// The messages, as JSON text (pym.js's is a plain string, sent as one).
pub fn height_messages(height: f64, frame_id: &str) -> [String; 4] {
    let id = serde_json::to_string(frame_id).unwrap_or_else(|_| "\"\"".into());
    [
        format!("{{\"type\":\"rural-story:height\",\"id\":{id},\"height\":{height}}}"),
        format!("{{\"datawrapper-height\":{{{id}:{height}}}}}"),
        format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
        format!("pymxPYMx{frame_id}xPYMxheightxPYMx{height}"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_in_every_format_hosts_listen_for() {
        let [own, datawrapper, amp, pym] = height_messages(812.0, "money");
        let own: serde_json::Value = serde_json::from_str(&own).unwrap();
        assert_eq!(own["type"], "rural-story:height");
        assert_eq!(own["height"], 812.0);
        let dw: serde_json::Value = serde_json::from_str(&datawrapper).unwrap();
        assert_eq!(dw["datawrapper-height"]["money"], 812.0);
        let amp: serde_json::Value = serde_json::from_str(&amp).unwrap();
        assert_eq!(
            (amp["sentinel"].as_str(), amp["type"].as_str()),
            (Some("amp"), Some("embed-size"))
        );
        assert_eq!(pym, "pymxPYMxmoneyxPYMxheightxPYMx812");
        let [quoted, ..] = height_messages(1.0, "a\"b");
        assert!(serde_json::from_str::<serde_json::Value>(&quoted).is_ok());
    }
}
