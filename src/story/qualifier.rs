//! What the article's qualifier words mean, and where they stand next to a number.

/// The meaning of a figure's qualifier. The article's own word is kept in the figure;
/// this is what formatting and charts act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Exact,
    /// 余, 多, 超过, 超, 逾, 突破: the true value is larger than the stated one.
    MoreThan,
    /// 以上: the stated value or more.
    AtLeast,
    /// 约, 大约, 左右: close to the stated value, either side.
    About,
    /// 近, 将近, 接近: a little below the stated value.
    Nearly,
    /// 不足, 不到: below the stated value.
    LessThan,
    /// 以下: the stated value or less.
    AtMost,
    /// 数, 几 before a round number (数百, 几十): some multiple of it below the next order of
    /// magnitude, so "several hundred" lies between 100 and 1,000.
    Several,
}

/// Where the word stands in the article's sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Right before the number: 超过16万, 近四年, 约3000.
    Before,
    /// Right after the number, inside what the figure states (3070余万, 20多): `stated`
    /// holds it.
    Inside,
    /// After the number and its unit: 70%以上, 3000元左右, 5吨以下.
    After,
    /// Before a round number in words, inside what the figure states: 上千, 数百, 几十.
    Round,
}

/// One word of the table: its meaning and its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QualifierWord {
    pub word: &'static str,
    pub meaning: Qualifier,
    pub place: Place,
}

const fn word(word: &'static str, meaning: Qualifier, place: Place) -> QualifierWord {
    QualifierWord {
        word,
        meaning,
        place,
    }
}

impl Qualifier {
    /// Every word a story may use (besides `""`, exact), with its meaning and place.
    /// Longer words come before their prefixes (超过 before 超).
    pub const WORDS: [QualifierWord; 20] = [
        word("余", Qualifier::MoreThan, Place::Inside),
        word("多", Qualifier::MoreThan, Place::Inside),
        word("超过", Qualifier::MoreThan, Place::Before),
        word("超", Qualifier::MoreThan, Place::Before),
        word("逾", Qualifier::MoreThan, Place::Before),
        word("突破", Qualifier::MoreThan, Place::Before),
        word("以上", Qualifier::AtLeast, Place::After),
        word("大约", Qualifier::About, Place::Before),
        word("约", Qualifier::About, Place::Before),
        word("左右", Qualifier::About, Place::After),
        word("上下", Qualifier::About, Place::After),
        word("上", Qualifier::About, Place::Round),
        word("数", Qualifier::Several, Place::Round),
        word("几", Qualifier::Several, Place::Round),
        word("将近", Qualifier::Nearly, Place::Before),
        word("接近", Qualifier::Nearly, Place::Before),
        word("近", Qualifier::Nearly, Place::Before),
        word("不足", Qualifier::LessThan, Place::Before),
        word("不到", Qualifier::LessThan, Place::Before),
        word("以下", Qualifier::AtMost, Place::After),
    ];

    pub fn from_word(word: &str) -> Option<Qualifier> {
        if word.is_empty() {
            return Some(Qualifier::Exact);
        }
        Self::entry(word).map(|w| w.meaning)
    }

    /// The table's entry for `word`.
    pub fn entry(word: &str) -> Option<QualifierWord> {
        Self::WORDS.iter().find(|w| w.word == word).copied()
    }

    /// In English, before the number: `more than`, `about` (empty when exact).
    pub fn english(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::LessThan => "less than",
            Qualifier::AtMost => "at most",
            Qualifier::Several => "several",
        }
    }

    /// The true value may be above the stated one (a mark past the bar's end).
    pub fn above(self) -> bool {
        matches!(self, Qualifier::MoreThan | Qualifier::AtLeast)
    }

    /// The true value may be below the stated one (a mark pointing back into the bar).
    pub fn below(self) -> bool {
        matches!(
            self,
            Qualifier::Nearly | Qualifier::LessThan | Qualifier::AtMost
        )
    }
}

/// The qualifier words that stand next to `stated` where it occurs at byte `at` of
/// `sentence`: before it, inside it, or after it and the unit's word `unit_zh`
/// (3000元左右). Empty if the sentence states the number plainly.
pub fn words_next_to(sentence: &str, at: usize, stated: &str, unit_zh: &str) -> Vec<&'static str> {
    let before = &sentence[..at];
    let after = &sentence[at + stated.len()..];
    let after_unit = after.strip_prefix(unit_zh).unwrap_or(after);
    let mut found: Vec<&'static str> = Vec::new();
    for entry in Qualifier::WORDS {
        let next_to = match entry.place {
            Place::Before => before.ends_with(entry.word),
            Place::Inside => stated.contains(entry.word) || after.starts_with(entry.word),
            Place::After => after.starts_with(entry.word) || after_unit.starts_with(entry.word),
            Place::Round => stated.starts_with(entry.word),
        };
        // 超 is already read as part of 超过, 近 as part of 将近 or 接近.
        let part_of_longer = found.iter().any(|f| f.contains(entry.word));
        if next_to && !part_of_longer {
            found.push(entry.word);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_map_to_meanings() {
        assert_eq!(Qualifier::from_word("余"), Some(Qualifier::MoreThan));
        assert_eq!(Qualifier::from_word("突破"), Some(Qualifier::MoreThan));
        assert_eq!(Qualifier::from_word("近"), Some(Qualifier::Nearly));
        assert_eq!(Qualifier::from_word(""), Some(Qualifier::Exact));
        assert_eq!(Qualifier::from_word("约"), Some(Qualifier::About));
        assert_eq!(Qualifier::from_word("以上"), Some(Qualifier::AtLeast));
        assert_eq!(Qualifier::from_word("不足"), Some(Qualifier::LessThan));
        assert_eq!(Qualifier::from_word("以下"), Some(Qualifier::AtMost));
        assert_eq!(Qualifier::from_word("大概"), None);
        assert!(Qualifier::AtLeast.above() && Qualifier::AtMost.below());
        assert!(!Qualifier::About.above() && !Qualifier::About.below());
    }

    #[test]
    fn finds_the_words_standing_next_to_a_number() {
        // Sentences as news articles write them.
        let cases: [(&str, &str, &str, &[&str]); 14] = [
            ("惠及群众超过16万人次。", "16万", "人次", &["超过"]),
            ("基础设施工程1070余项", "1070余", "项", &["余"]),
            ("争取资金支持3070余万元", "3070余万", "元", &["余"]),
            ("近四年直接带动帮扶村集体增收", "四", "年", &["近"]),
            ("覆盖率达到70%以上,", "70%", "%", &["以上"]),
            ("投入3000元左右。", "3000", "元", &["左右"]),
            ("约3000人参加", "3000", "人", &["约"]),
            ("不足5吨的货物", "5", "吨", &["不足"]),
            ("共有20多个村", "20", "个", &["多"]),
            ("发展党员344名,培养", "344", "名", &[]),
            ("带动上千名群众就业", "上千", "名", &["上"]),
            ("吸引数百家企业", "数百", "家", &["数"]),
            ("几十个村庄", "几十", "个", &["几"]),
            ("亩产1000斤上下", "1000", "斤", &["上下"]),
        ];
        for (sentence, stated, unit, want) in cases {
            let at = sentence.find(stated).unwrap();
            assert_eq!(
                words_next_to(sentence, at, stated, unit),
                want,
                "{sentence}"
            );
        }
        // A word elsewhere in the sentence does not qualify this number.
        let s = "超过一半的村庄,共有183个";
        assert_eq!(
            words_next_to(s, s.find("183").unwrap(), "183", "个"),
            Vec::<&str>::new()
        );
    }
}
