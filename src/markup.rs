//! The markup contract: the class names and `data-*` attributes that the components (`ui`)
//! write and the behaviour (`enhance`) reads. Both sides take them from here;
//! `tests/markup_contract.rs` renders a story page and a chart page with the build's own
//! code and checks that every name here is written there.

macro_rules! classes {
    ($($(#[$doc:meta])* $name:ident = $class:literal,)*) => {
        /// Class names, as the components write them (`class=class::MARK`).
        pub mod class {
            $($(#[$doc])* pub const $name: &str = $class;)*
        }
        /// The same classes as selectors, as `enhance` looks for them (`.mark`).
        pub mod sel {
            $(pub const $name: &str = concat!(".", $class);)*
        }
        /// Every class of the contract, for the test that checks rendered pages.
        pub const CLASSES: &[&str] = &[$($class),*];
    };
}

classes! {
    /// The widget's root: everything `enhance` does starts from it.
    ROOT = "rural-story-root",
    STORY_SECTION = "story-section",
    PARAGRAPH = "paragraph",
    /// A figure as it stands in the text, and its tooltip.
    FIGURE_REF = "figure-ref",
    FIGURE_TIP = "figure-tip",
    /// One chart (`<figure>`), a drawing of it, a bar's target and the drawing's tooltip.
    CHART = "chart",
    CHART_PLOT = "chart-plot",
    CHART_MARKS = "chart-marks",
    MARK = "mark",
    CHART_TIP = "chart-tip",
    CHART_TIP_LABEL = "chart-tip-label",
    CHART_TIP_VALUE = "chart-tip-value",
    CHART_TIP_QUOTE = "chart-tip-quote",
    CHART_TIP_GO = "chart-tip-go",
    SCALE_SWITCH = "scale-switch",
    TABLE_TOGGLE = "table-toggle",
    CHART_TOOLS = "chart-tools",
    DOWNLOAD_CSV = "download-csv",
    DOWNLOAD_SVG = "download-svg",
    COPY_LINK = "copy-link",
    COPY_CODE = "copy-code",
    COPY_STATUS = "copy-status",
    EMBED_CODE = "embed-code",
    LANG_SWITCH = "lang-switch",
    /// The guided tour: its section, cards, the chart view per step and the controls.
    STEPS = "steps",
    STEP = "step",
    STEP_VIEW = "step-view",
    STEP_LINK = "step-link",
    STEPS_NAV = "steps-nav",
    STEPS_PROGRESS = "steps-progress",
    STEP_PREV = "step-prev",
    STEP_NEXT = "step-next",
}

/// Classes that only `enhance` sets, for CSS: the open bar, the figure highlighted in text
/// and charts, the tour's current step.
pub mod state {
    pub const ACTIVE: &str = "active";
    pub const HIGHLIGHTED: &str = "highlighted";
    pub const CURRENT: &str = "current";
}

/// `data-*` attributes, by the name after `data-` (`enhance::dom::data(element, attr::LABEL)`).
pub mod attr {
    /// The figure a mark, a text figure or a table row stands for.
    pub const FIGURE: &str = "figure";
    /// A chart's id, on its `<figure>`.
    pub const CHART: &str = "chart";
    /// A bar target's place in its drawing (`left top width height`, in %), its tooltip's
    /// top, and the label and value the tooltip shows.
    pub const BOX: &str = "box";
    pub const TIP_TOP: &str = "tip-top";
    pub const LABEL: &str = "label";
    pub const VALUE: &str = "value";
    /// A figure's sentence, once per page, on its table row.
    pub const QUOTE: &str = "quote";
    /// The scale a drawing, a download or a scale button is for (`linear`, `log`).
    pub const SCALE: &str = "scale";
    /// The width a drawing is drawn for (`narrow`, `wide`).
    pub const WIDTH: &str = "width";
    /// The table toggle's other words.
    pub const OTHER: &str = "other";
    /// The link a "copy link" button copies.
    pub const LINK: &str = "link";
    /// A tour card's progress line.
    pub const PROGRESS: &str = "progress";
    /// Set by `enhance`: the chart's view (`table`) and the root once it is live.
    pub const VIEW: &str = "view";
    pub const LIVE: &str = "live";
    /// The attributes the components write (`enhance` sets the others).
    pub const WRITTEN: &[&str] = &[
        FIGURE, CHART, BOX, TIP_TOP, LABEL, VALUE, QUOTE, SCALE, WIDTH, OTHER, LINK, PROGRESS,
    ];
}

/// Selectors made of the names above, written out (they are found on every click and focus,
/// so not built at run time); `tests/markup_contract.rs` checks each matches on a rendered
/// page.
pub mod compound {
    pub const SCALE_BUTTON: &str = ".scale-switch button";
    pub const COPY_BUTTON: &str = ".copy-link, .copy-code";
    pub const DOWNLOAD: &str = ".download-csv, .download-svg";
    pub const FOCUSED_TARGET: &str = ".mark:focus, .figure-ref:focus";
    pub const HOVERED_TARGET: &str = ".mark:hover, .figure-ref:hover";
    pub const ACTIVE_MARK: &str = ".mark.active";
    pub const HIGHLIGHTED: &str = ".highlighted";
    pub const EMBED_CODE_TEXT: &str = ".embed-code code";
    pub const OWN_COPY_STATUS: &str = ":scope > .copy-status";
    pub const STEP_CARD: &str = ".step[id]";
    pub const STEPS_PROGRESS_BAR: &str = ".steps-nav progress";
    /// Elements with the same id in both languages, in reading order.
    pub const PLACES: &str = ".story-section[id], .paragraph[id], .chart[id], .step[id]";
    /// What the story page lays out only near the screen (style.css, `content-visibility`).
    pub const SKIPPED_PARTS: &str = ".story-section, .chart, .repairs";
    /// On the widget's own page.
    pub const PAGE_ROOT: &str = "#rural-story > .rural-story-root";
    /// Every selector here of what the components write (the others find what `enhance`
    /// sets, or the page's own root), for the test.
    pub const ALL: &[&str] = &[
        SCALE_BUTTON,
        COPY_BUTTON,
        DOWNLOAD,
        EMBED_CODE_TEXT,
        SKIPPED_PARTS,
        STEP_CARD,
        STEPS_PROGRESS_BAR,
        PLACES,
    ];
}

/// `.mark[data-figure="id"]`: ids are slugs (the validator checks), so they stand in a
/// selector as they are.
pub fn with_figure(selector: &str, figure_id: &str) -> String {
    format!("{selector}[data-{}=\"{figure_id}\"]", attr::FIGURE)
}
