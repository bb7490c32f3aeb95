//! Where a widget runs and what it may therefore touch outside itself. Components ask it
//! for addresses (plain values, the same natively and in the browser); `enhance` asks it
//! whether it may touch the address: inside a host page's shadow root the calls that would
//! reach the host's address or history do nothing.

use super::page;
use crate::Lang;

/// Where the widget runs, which decides what it may touch outside itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Placement {
    /// Its own page: it owns the document's title, `lang`, theme and URL.
    #[default]
    Page,
    /// Inside an iframe: like a page; `frame.js` tells the parent page its height.
    Frame,
    /// Mounted by the script embed into a shadow root of someone else's page: it touches
    /// nothing outside its own element (no title, no storage, no URL, no history).
    Shadow,
}

/// Which pages show the story a widget shows: what its links and embed codes may lead to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StoryPages {
    /// The widget's own pages (`index.html`, `chart-<id>.html`): its built-in story.
    #[default]
    Widget,
    /// A story a host page supplied (a data island): only the page its `meta.story_url`
    /// names shows it, if it names one. The widget's own pages show another story.
    Host(Option<String>),
}

/// How one widget is embedded: its placement, the view asked for and where the widget's
/// files live (for links and embed codes).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Embedding {
    pub placement: Placement,
    /// Show only this chart (`?chart=<id>` or `data-chart`).
    pub chart: Option<String>,
    /// The widget's base address, ending in `/`: `https://example.org/story/`.
    pub base_url: String,
    pub pages: StoryPages,
}

impl Embedding {
    /// The widget has a document of its own (its page or its frame), with an address,
    /// a title and storage it may use.
    fn owns_document(&self) -> bool {
        self.placement != Placement::Shadow
    }

    /// Inside an iframe, which the parent page sizes to the widget's content: the frame
    /// never scrolls, so nothing may follow its scrolling.
    pub fn is_framed(&self) -> bool {
        self.placement == Placement::Frame
    }

    /// The fragment the widget's address was opened with (`step-money`); a host page's
    /// fragment is not the widget's, so embedded in one it is empty.
    pub fn linked_fragment(&self) -> String {
        if self.owns_document() {
            page::fragment()
        } else {
            String::new()
        }
    }

    /// Makes the address a link to `#fragment`, without a history entry.
    pub fn show_fragment(&self, fragment: &str) {
        if self.owns_document() {
            page::replace_fragment(fragment);
        }
    }

    /// Where a link to `#fragment` of this widget points: the fragment itself where the
    /// widget owns its document; inside a host page, the page that shows the same story
    /// (none for a host's story without `meta.story_url`).
    pub fn fragment_href(&self, fragment: &str) -> Option<String> {
        if self.owns_document() {
            return Some(format!("#{fragment}"));
        }
        match &self.pages {
            StoryPages::Widget => Some(format!("{}index.html#{fragment}", self.base_url)),
            StoryPages::Host(url) => url.as_ref().map(|url| format!("{url}#{fragment}")),
        }
    }

    /// Whether the widget's own pages and files show this story (its built-in one): only then
    /// may links lead there.
    pub fn is_built_in(&self) -> bool {
        self.pages == StoryPages::Widget
    }

    /// Whether the widget's embed codes show this story: they embed the widget's own pages
    /// and built-in story, so they are offered only with it.
    pub fn offers_embed_codes(&self) -> bool {
        self.pages == StoryPages::Widget
    }

    /// Whether some page shows this story, for links to it ("read the full story", "copy
    /// link to this chart").
    pub fn has_story_page(&self) -> bool {
        self.pages != StoryPages::Host(None)
    }

    /// Where links that leave the widget open: in place on its own page; in a new tab from
    /// a frame or a host page, which they would otherwise replace.
    pub fn outbound_target(&self) -> Option<&'static str> {
        (self.placement != Placement::Page).then_some("_blank")
    }

    /// A link to one chart, to copy: the chart in the story's page (relative to the widget's
    /// base on its own pages; the copy makes it absolute); none for a host's story without
    /// `meta.story_url`.
    pub fn chart_link(&self, chart: &str, lang: Lang) -> Option<String> {
        let fragment = format!("chart-{chart}");
        match &self.pages {
            StoryPages::Widget => Some(format!("{}#{fragment}", self.page_in(lang, "index.html"))),
            StoryPages::Host(url) => url.as_ref().map(|url| format!("{url}#{fragment}")),
        }
    }

    /// The address of the full story in `lang`: the widget's story page, or for a host's
    /// story its `meta.story_url` (none if it gives none).
    pub fn story_url(&self, lang: Lang) -> Option<String> {
        match &self.pages {
            StoryPages::Widget => Some(self.page_url("index.html", &[("lang", lang.code())])),
            StoryPages::Host(url) => url.clone(),
        }
    }

    /// The address of one chart's compact view in `lang`: its own prerendered page.
    pub fn chart_url(&self, chart: &str, lang: Lang) -> String {
        self.page_url(&format!("chart-{chart}.html"), &[("lang", lang.code())])
    }

    /// The address of `page` (`index.html`, `chart-<id>.html`) in `lang`: each language's
    /// pages are prerendered in its own folder (`Lang::dir`).
    pub fn page_in(&self, lang: Lang, page: &str) -> String {
        format!("{}{}{page}", self.base_url, lang.dir())
    }

    /// The file name of the page this widget shows: the story's, or its chart's.
    pub fn page_file(&self) -> String {
        match &self.chart {
            Some(chart) => format!("chart-{chart}.html"),
            None => "index.html".to_string(),
        }
    }

    /// `base_url` + `page` + the query `params`, encoded as `URLSearchParams` encodes them
    /// (`form_urlencoded` is its serializer, and also runs natively at build time).
    pub fn page_url(&self, page: &str, params: &[(&str, &str)]) -> String {
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(params)
            .finish();
        format!("{}{page}?{query}", self.base_url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shadow() -> Embedding {
        Embedding {
            placement: Placement::Shadow,
            base_url: "https://w.example/story/".into(),
            ..Embedding::default()
        }
    }

    #[test]
    fn addresses_are_encoded_query_strings() {
        let e = shadow();
        assert_eq!(
            e.chart_url("money", Lang::En),
            "https://w.example/story/chart-money.html?lang=en"
        );
        assert_eq!(
            e.page_url("index.html", &[("lang", "zh"), ("id", "a&b=c d")]),
            "https://w.example/story/index.html?lang=zh&id=a%26b%3Dc+d"
        );
    }

    #[test]
    fn inside_a_host_page_links_lead_to_the_widget_not_the_host() {
        let e = shadow();
        assert_eq!(
            e.fragment_href("step-money").as_deref(),
            Some("https://w.example/story/index.html#step-money")
        );
        assert_eq!(e.linked_fragment(), "");
        assert_eq!(e.outbound_target(), Some("_blank"));
        assert_eq!(
            e.chart_link("money", Lang::En).as_deref(),
            Some("https://w.example/story/en/index.html#chart-money")
        );
        assert!(e.offers_embed_codes() && e.has_story_page());
        let page = Embedding::default();
        assert_eq!(
            page.fragment_href("step-money").as_deref(),
            Some("#step-money")
        );
        assert_eq!(page.outbound_target(), None);
    }

    #[test]
    fn a_host_s_story_links_only_to_the_page_it_names() {
        let named = Embedding {
            pages: StoryPages::Host(Some("https://news.example/a/story.html".into())),
            ..shadow()
        };
        assert_eq!(
            named.story_url(Lang::Zh).as_deref(),
            Some("https://news.example/a/story.html")
        );
        assert_eq!(
            named.chart_link("trees", Lang::En).as_deref(),
            Some("https://news.example/a/story.html#chart-trees")
        );
        assert_eq!(
            named.fragment_href("step-1").as_deref(),
            Some("https://news.example/a/story.html#step-1")
        );
        assert!(!named.offers_embed_codes() && named.has_story_page());
        let unnamed = Embedding {
            pages: StoryPages::Host(None),
            ..shadow()
        };
        assert_eq!(unnamed.story_url(Lang::Zh), None);
        assert_eq!(unnamed.chart_link("trees", Lang::En), None);
        assert_eq!(unnamed.fragment_href("step-1"), None);
        assert!(!unnamed.offers_embed_codes() && !unnamed.has_story_page());
    }
}
