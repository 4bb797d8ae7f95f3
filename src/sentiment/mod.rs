//! Sentiment of posts and reviews: a score in [-1, 1], a label and a language.
//! Pure (no I/O): text in, figures out.
//!
//! English is scored with VADER's lexicon and rules (`vader.rs`) plus a lexicon of
//! young members' own words and emoji; text in a language the scorer does not
//! cover is labelled *unscored* rather than given a confident wrong score.

mod lexicon;
mod vader;

use whatlang::Lang;

/// Scores at or above this are positive; at or below its negative, negative.
pub const THRESHOLD: f64 = 0.05;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Positive,
    Neutral,
    Negative,
    /// In a language the scorer does not cover.
    Unscored,
}

/// A label is written out (in a member's data export) as its name.
impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Label {
    pub const ALL: [Label; 4] = [
        Label::Positive,
        Label::Neutral,
        Label::Negative,
        Label::Unscored,
    ];

    pub fn of_score(score: f64) -> Self {
        if score >= THRESHOLD {
            Label::Positive
        } else if score <= -THRESHOLD {
            Label::Negative
        } else {
            Label::Neutral
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Positive => "positive",
            Label::Neutral => "neutral",
            Label::Negative => "negative",
            Label::Unscored => "unscored",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Label::ALL.into_iter().find(|l| l.as_str() == raw.trim())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentiment {
    /// `None` when the text is in a language the scorer does not cover.
    pub score: Option<f64>,
    pub label: Label,
    /// ISO 639-3 code of the detected language ("eng"), or "und" when unknown.
    pub language: String,
}

/// The languages the scorer covers, by ISO 639-3 code and English name.
pub const COVERED_LANGUAGES: [(&str, &str); 1] = [("eng", "English")];

/// Detection is trusted only for texts with at least this many letters; shorter
/// ones (a few words of slang, an emoji) are read as English when English words
/// are found in them.
const MIN_LETTERS_FOR_DETECTION: usize = 20;

pub fn analyse(text: &str) -> Sentiment {
    let letters: String = text
        .chars()
        .filter(|c| c.is_alphabetic() || c.is_whitespace())
        .collect();
    let letter_count = letters.chars().filter(|c| c.is_alphabetic()).count();
    let detected = whatlang::detect(&letters);
    let (score, english_hits) = vader::score(text);
    let foreign = match &detected {
        Some(info) if info.lang() != Lang::Eng => {
            let trusted = letter_count >= MIN_LETTERS_FOR_DETECTION && info.is_reliable();
            // A short text with no English words at all is not scored as English either.
            trusted || (english_hits == 0 && letter_count > 0 && info.confidence() > 0.5)
        }
        _ => false,
    };
    if foreign {
        let language = detected
            .as_ref()
            .map_or("und", |info| info.lang().code())
            .to_string();
        return Sentiment {
            score: None,
            label: Label::Unscored,
            language,
        };
    }
    Sentiment {
        score: Some(score),
        label: Label::of_score(score),
        language: "eng".into(),
    }
}

#[cfg(test)]
mod tests;
