//! What a prerendered page's `<head>` says, written at build time (`render-static`) from the
//! story's `meta`: nothing in the page template is particular to one article.

use crate::story::Story;
use crate::ui::escape_html;
use crate::Lang;

/// From a language's folder up to the story's: `""` or `"../"`.
pub fn up_to_story(lang: Lang) -> &'static str {
    if lang.dir().is_empty() {
        ""
    } else {
        "../"
    }
}

/// What a page's `<head>` says in its language, all from the story's `meta`: description,
/// Open Graph (the article, its publisher, date and authors), and the language's pages
/// (`hreflang`). Where the site is published (`site`, `--site-url`) is known, the addresses
/// are absolute and the canonical link is the page's own; otherwise the alternates are
/// relative and the canonical link is the original article (`meta.source_url`), which the
/// page republishes.
pub fn head_metadata(
    story: &Story,
    lang: Lang,
    file: &str,
    site: Option<&str>,
    title: &str,
    description: &str,
) -> String {
    let meta = &story.meta;
    let up = up_to_story(lang);
    let address = |l: Lang| match site {
        Some(site) => format!("{site}{}{file}", l.dir()),
        None => format!("{up}{}{file}", l.dir()),
    };
    let locale = |l: Lang| match l {
        Lang::Zh => "zh_CN",
        Lang::En => "en_GB",
    };
    let mut head = format!(
        "<meta name=\"description\" content=\"{}\">\n<meta property=\"og:title\" content=\"{}\">\n<meta property=\"og:description\" content=\"{}\">\n<meta property=\"og:locale\" content=\"{}\">\n<meta property=\"og:locale:alternate\" content=\"{}\">\n",
        escape_html(description),
        escape_html(title),
        escape_html(description),
        locale(lang),
        locale(lang.other()),
    );
    let property = |name: &str, content: &str| {
        format!(
            "<meta property=\"{name}\" content=\"{}\">\n",
            escape_html(content)
        )
    };
    head.push_str(&property("og:type", "article"));
    head.push_str(&property("og:site_name", meta.source.get(lang)));
    head.push_str(&property("article:published_time", &meta.date));
    for author in &meta.authors {
        head.push_str(&property("article:author", author.get(lang)));
    }
    for alternate in [Lang::Zh, Lang::En] {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            alternate.tag(),
            escape_html(&address(alternate))
        ));
    }
    let canonical = match site {
        Some(_) => {
            head.push_str(&property("og:url", &address(lang)));
            Some(address(lang))
        }
        None => meta.source_url.clone(),
    };
    if let Some(url) = canonical {
        head.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">\n",
            escape_html(&url)
        ));
    }
    head
}

/// Names the address the site is published at (`cargo xtask build --site-url URL`).
pub const SITE_URL_VARIABLE: &str = "RURAL_STORY_SITE_URL";

/// The published address from `SITE_URL_VARIABLE`, ending in `/`; none when unset or empty.
pub fn site_url(value: Option<&str>) -> Result<Option<String>, String> {
    let Some(url) = value.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let plain = url.starts_with("https://") || url.starts_with("http://");
    let host = url.split_once("://").map_or("", |(_, rest)| rest);
    if !plain
        || host.is_empty()
        || host.starts_with('/')
        || url.contains(['"', '<', '>', ' ', '?', '#'])
    {
        return Err(format!(
            "{SITE_URL_VARIABLE} must be the absolute http(s) address the site is published at, e.g. https://static.example.com/graphics/rural/, not {url:?}"
        ));
    }
    Ok(Some(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::{load, EMBEDDED_STORY};

    #[test]
    fn the_site_address_is_an_absolute_http_address_ending_in_a_slash() {
        assert_eq!(site_url(None), Ok(None));
        assert_eq!(site_url(Some(" ")), Ok(None));
        assert_eq!(
            site_url(Some("https://static.example.com/graphics/rural")),
            Ok(Some("https://static.example.com/graphics/rural/".into()))
        );
        for bad in [
            "static.example.com/",
            "https://",
            "ftp://x/",
            "https://x/\"a",
            "https:///x",
        ] {
            let error = site_url(Some(bad)).unwrap_err();
            assert!(error.contains(SITE_URL_VARIABLE), "{bad}: {error}");
        }
    }

    #[test]
    fn the_head_comes_from_the_story_s_meta() {
        let mut story = load(EMBEDDED_STORY).unwrap();
        let head = head_metadata(&story, Lang::En, "chart-money.html", None, "T", "D");
        assert!(head.contains(&format!(
            "<meta property=\"og:site_name\" content=\"{}\">",
            story.meta.source.en
        )));
        let date = format!("content=\"{}\"", story.meta.date);
        assert!(head.contains(&format!(
            "<meta property=\"article:published_time\" {date}>"
        )));
        for author in &story.meta.authors {
            assert!(head.contains(&format!(
                "<meta property=\"article:author\" content=\"{}\">",
                author.en
            )));
        }
        // Without the published address: relative alternates, the original as canonical.
        assert!(head
            .contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"../chart-money.html\">"));
        assert!(head
            .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../en/chart-money.html\">"));
        let source = story.meta.source_url.clone().unwrap();
        assert!(head.contains(&format!("<link rel=\"canonical\" href=\"{source}\">")));
        assert!(!head.contains("og:url"));
        // With it: absolute addresses, and the page is its own canonical.
        let site = Some("https://static.example.com/rural/");
        let head = head_metadata(&story, Lang::En, "index.html", site, "T", "D");
        assert!(head.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://static.example.com/rural/index.html\">"));
        assert!(head.contains(
            "<link rel=\"canonical\" href=\"https://static.example.com/rural/en/index.html\">"
        ));
        assert!(head.contains(
            "<meta property=\"og:url\" content=\"https://static.example.com/rural/en/index.html\">"
        ));
        // An unsigned item names no author; text is escaped.
        story.meta.authors.clear();
        story.meta.source.zh = "<报>".into();
        let head = head_metadata(&story, Lang::Zh, "index.html", None, "T", "D");
        assert!(!head.contains("article:author"));
        assert!(head.contains("content=\"&lt;报&gt;\""));
    }
}
