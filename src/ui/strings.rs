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
};
