//! What the article's qualifier words mean.

/// The meaning of a figure's qualifier. The article's own word is kept in the figure;
/// this is what formatting and charts act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    /// 余, 超过, 超, 突破: the true value is larger than the stated one.
    MoreThan,
    /// 近: the true value is a little below the stated one.
    Nearly,
}

impl Qualifier {
    /// Every word a story may use, with its meaning.
    pub const WORDS: [(&'static str, Qualifier); 6] = [
        ("", Qualifier::Exact),
        ("余", Qualifier::MoreThan),
        ("超过", Qualifier::MoreThan),
        ("超", Qualifier::MoreThan),
        ("突破", Qualifier::MoreThan),
        ("近", Qualifier::Nearly),
    ];

    pub fn from_word(word: &str) -> Option<Qualifier> {
        Self::WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, q)| *q)
    }
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
        assert_eq!(Qualifier::from_word("约"), None);
    }
}
