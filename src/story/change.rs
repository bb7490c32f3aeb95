//! Words of change next to a number (增长, 下降, 翻 … 番): the number is by how much
//! something changed, not the level it reached. `增长到`, `降至` state a level, not a change.

use super::qualifier::{Place, Qualifier};

/// Which way a figure changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// 增长, 增加, 提高, 上升 …: up by the number.
    Up,
    /// 下降, 减少, 降低, 回落 …: down by the number; drawn on the other side of zero.
    Down,
    /// 翻 N 番: doubled N times, × 2ⁿ (a multiple only).
    Doubling,
}

/// Every word a figure's `change` may hold, longest first (下降 before 降).
pub const CHANGE_WORDS: [(&str, Change); 21] = [
    ("增长", Change::Up),
    ("提升", Change::Up),
    ("增加", Change::Up),
    ("提高", Change::Up),
    ("上升", Change::Up),
    ("上涨", Change::Up),
    ("扩大", Change::Up),
    ("增", Change::Up),
    ("下降", Change::Down),
    ("减少", Change::Down),
    ("降低", Change::Down),
    ("回落", Change::Down),
    ("下滑", Change::Down),
    ("下跌", Change::Down),
    ("缩小", Change::Down),
    ("缩减", Change::Down),
    ("减", Change::Down),
    ("降", Change::Down),
    ("涨", Change::Up),
    ("升", Change::Up),
    ("翻", Change::Doubling),
];

impl Change {
    /// The meaning of a figure's `change` word; `None` for `""` (a level) and unknown words.
    pub fn from_word(word: &str) -> Option<Change> {
        CHANGE_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, c)| *c)
    }
}

/// What the sentence says right before a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// A change by the number: `增长` in 增长30%, 增长了1.3倍, 同比下降4.7%.
    By(&'static str),
    /// The level reached: `增长到` in 增长到2.3倍, `降至` in 降至0.5元.
    To(&'static str, &'static str),
}

impl Said {
    /// As the sentence writes it: `增长`, `增长到`.
    pub fn written(self) -> String {
        match self {
            Said::By(w) => w.to_string(),
            Said::To(w, to) => format!("{w}{to}"),
        }
    }
}

/// The word of change before `stated` at byte `at` of `sentence`, past a qualifier word
/// standing right before the number (增长近50%) and 了 (增长了1.3倍). 翻 counts only with 番
/// after the number (翻两番).
pub fn change_next_to(sentence: &str, at: usize, stated: &str) -> Option<Said> {
    let mut before = &sentence[..at];
    if let Some(word) = Qualifier::WORDS
        .iter()
        .filter(|w| w.place == Place::Before)
        .find(|w| before.ends_with(w.word))
    {
        before = &before[..before.len() - word.word.len()];
    }
    let after = sentence.get(at + stated.len()..).unwrap_or("");
    for to in ["到", "至", "为"] {
        if let Some(rest) = before.strip_suffix(to) {
            if let Some((word, _)) = CHANGE_WORDS.iter().find(|(w, _)| rest.ends_with(w)) {
                return Some(Said::To(word, to));
            }
        }
    }
    let before = before.strip_suffix('了').unwrap_or(before);
    // 新增120座: the number of new ones, a level.
    if before.ends_with("新增") {
        return None;
    }
    let (word, change) = CHANGE_WORDS.iter().find(|(w, _)| before.ends_with(w))?;
    if *change == Change::Doubling && !after.starts_with('番') {
        return None;
    }
    // 增收, 降本: a compound that names a thing, not a change, does not end in the word;
    // 倍增 ("multiplied") and 递增 before a number are read as a change as written.
    Some(Said::By(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_change_before_a_number() {
        let cases: [(&str, &str, Option<Said>); 11] = [
            ("新增冷库120座", "120", None),
            ("满意度提升了3个百分点", "3", Some(Said::By("提升"))),
            ("同比下降4.7%。", "4.7%", Some(Said::By("下降"))),
            ("比上年增长30%以上", "30%", Some(Said::By("增长"))),
            ("收入增长了1.3倍", "1.3", Some(Said::By("增长"))),
            ("比上年增加近21万亩", "21万", Some(Said::By("增加"))),
            ("销售额增长到2.3倍", "2.3", Some(Said::To("增长", "到"))),
            ("成本降至0.5元以下", "0.5", Some(Said::To("降", "至"))),
            ("产值翻两番", "两", Some(Said::By("翻"))),
            ("每村增收近50万元", "50万", None),
            ("是2020年的2.5倍", "2.5", None),
        ];
        for (sentence, stated, want) in cases {
            let at = sentence.find(stated).unwrap();
            assert_eq!(change_next_to(sentence, at, stated), want, "{sentence}");
        }
        assert_eq!(Change::from_word("回落"), Some(Change::Down));
        assert_eq!(Change::from_word(""), None);
    }
}
