//! The interface's own words (not the story's), in both languages.

use crate::Lang;

pub struct Strings {
    pub by: &'static str,
    pub source: &'static str,
    pub key_figures: &'static str,
    pub switch_to: &'static str,
    pub linear: &'static str,
    pub log: &'static str,
    pub scale: &'static str,
    pub more_than: &'static str,
    pub nearly: &'static str,
    pub repairs: &'static str,
    pub repairs_intro: &'static str,
    pub original: &'static str,
    pub repaired: &'static str,
    pub error_title: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub show_in_text: &'static str,
    pub marks: &'static str,
    pub label: &'static str,
    pub value: &'static str,
    pub chart_tools: &'static str,
    pub steps_heading: &'static str,
    pub steps_intro: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub step_link: &'static str,
    /// "Step {n} of {total}" with the numbers put in by [`step_of`].
    pub step_of: (&'static str, &'static str, &'static str),
}

/// "第 2 步，共 7 步" / "Step 2 of 7".
pub fn step_of(lang: Lang, n: usize, total: usize) -> String {
    let (a, b, c) = strings(lang).step_of;
    format!("{a}{n}{b}{total}{c}")
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: Strings = Strings {
    by: "作者",
    source: "来源",
    key_figures: "关键数字",
    switch_to: "English",
    linear: "线性",
    log: "对数",
    scale: "刻度",
    more_than: "▶ 实际数值超过所示数值（余、超过、突破）",
    nearly: "◁ 实际数值略低于所示数值（近）",
    repairs: "文本修复记录",
    repairs_intro: "抓取的原文有缺字、丢失的引号等损坏之处。以下是每一处修改：",
    original: "原文",
    repaired: "修复后",
    error_title: "无法显示这篇报道",
    show_table: "表格",
    show_chart: "图表",
    download_csv: "下载数据 (CSV)",
    download_svg: "下载图表 (SVG)",
    copy_link: "复制本图链接",
    copied: "链接已复制",
    copy_failed: "无法复制，请手动复制地址",
    show_in_text: "在正文中查看",
    marks: "数据点（用方向键切换）",
    label: "项目",
    value: "数值",
    chart_tools: "图表工具",
    steps_heading: "数字导览",
    steps_intro: "逐步浏览报道中的关键数字。",
    previous: "上一步",
    next: "下一步",
    step_link: "本步骤的链接",
    step_of: ("第 ", " 步，共 ", " 步"),
};

static EN: Strings = Strings {
    by: "By",
    source: "Source",
    key_figures: "Key figures",
    switch_to: "中文",
    linear: "Linear",
    log: "Log",
    scale: "Scale",
    more_than: "▶ more than the value shown (余, 超过, 突破)",
    nearly: "◁ nearly the value shown (近)",
    repairs: "Repairs to the source text",
    repairs_intro: "The scraped article was damaged in places (a dropped character, lost quotation marks). Every change made:",
    original: "Original",
    repaired: "Repaired",
    error_title: "This story cannot be shown",
    show_table: "Table",
    show_chart: "Chart",
    download_csv: "Download data (CSV)",
    download_svg: "Download chart (SVG)",
    copy_link: "Copy link to this chart",
    copied: "Link copied",
    copy_failed: "Could not copy; copy the address instead",
    show_in_text: "Show in the text",
    marks: "Data points (arrow keys move between them)",
    label: "Item",
    value: "Value",
    chart_tools: "Chart tools",
    steps_heading: "The numbers, step by step",
    steps_intro: "A guided tour of the story's key figures.",
    previous: "Previous",
    next: "Next",
    step_link: "Link to this step",
    step_of: ("Step ", " of ", ""),
};
