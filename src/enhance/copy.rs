//! Copying a chart's link or an embed code, and the embed codes' addresses. The page is
//! prerendered without knowing where it will be served, so its embed codes and links hold
//! addresses relative to the page; here they become absolute, for pasting into other sites.

use super::dom::{closest, data, find, find_all, page_lang};
use crate::host::copy_text;
use crate::markup::{attr, compound, sel};
use crate::words::words;
use web_sys::Element;

/// `relative` resolved against the page's address.
fn absolute(relative: &str) -> String {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(relative, &page)
        .map(|url| url.href())
        .unwrap_or_else(|_| relative.to_string())
}

pub fn absolute_embed_codes(root: &Element) {
    for code in find_all(root, compound::EMBED_CODE_TEXT) {
        let text = code.text_content().unwrap_or_default();
        code.set_text_content(Some(&map_addresses(&text, absolute)));
    }
}

/// `code` with the value of every `src="…"` and `href="…"` passed through `map`.
pub fn map_addresses(code: &str, map: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(code.len() * 2);
    let mut rest = code;
    while let Some(at) = ["src=\"", "href=\""]
        .iter()
        .filter_map(|a| rest.find(a).map(|i| i + a.len()))
        .min()
    {
        let Some(end) = rest[at..].find('"') else {
            break;
        };
        out.push_str(&rest[..at]);
        out.push_str(&map(&rest[at..at + end]));
        rest = &rest[at + end..];
    }
    out.push_str(rest);
    out
}

/// Copies the link a `.copy-link` button names (`data-link`, relative to the story's
/// folder) or the embed code before a `.copy-code` button, then says whether it worked.
pub fn copy(root: &Element, button: &Element) {
    let text = if button
        .class_list()
        .contains(crate::markup::class::COPY_LINK)
    {
        absolute(&data(button, attr::LINK))
    } else {
        button
            .previous_element_sibling()
            .and_then(|figure| find(&figure, "code"))
            .and_then(|code| code.text_content())
            .unwrap_or_default()
    };
    let lang = page_lang(root);
    let ok_word = if button
        .class_list()
        .contains(crate::markup::class::COPY_LINK)
    {
        words(lang).copied
    } else {
        words(lang).code_copied
    };
    let status = button
        .next_element_sibling()
        .filter(|s| s.class_list().contains(crate::markup::class::COPY_STATUS))
        .or_else(|| {
            closest(button, sel::CHART_TOOLS).and_then(|t| find(&t, compound::OWN_COPY_STATUS))
        });
    wasm_bindgen_futures::spawn_local(async move {
        let ok = copy_text(&text).await.is_ok();
        if let Some(status) = status {
            let failed = words(lang).copy_failed;
            status.set_text_content(Some(if ok { ok_word } else { failed }));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::map_addresses;

    #[test]
    fn every_address_of_an_embed_code_is_mapped_and_nothing_else() {
        let code = "<iframe src=\"../index.html?lang=en&amp;id=story\" title=\"a src=&quot;x\"></iframe>\n<a href=\"../index.html\">x</a><script src=\"../embed.js\" defer></script>";
        let mapped = map_addresses(code, |a| format!("[{a}]"));
        assert_eq!(
            mapped,
            "<iframe src=\"[../index.html?lang=en&amp;id=story]\" title=\"a src=&quot;x\"></iframe>\n<a href=\"[../index.html]\">x</a><script src=\"[../embed.js]\" defer></script>"
        );
    }
}
