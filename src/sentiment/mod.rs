//! Sentiment of posts and reviews: a score in [-1, 1], a label and a language.
//! Pure (no I/O): text in, figures out.
//!
//! English is scored with VADER's lexicon and rules (`vader.rs`) plus a lexicon of
//! young members' own words and emoji; Spanish, Portuguese, French, German and
//! Italian with lexicons of their own under the same rules (`language.rs`),
//! English words mixed into them counting too; text in a language the scorer
//! does not cover is labelled *unscored* rather than given a confident wrong
//! score.

mod detector;
mod language;
mod text;
mod vader;
mod word_hash;

use language::Told;

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
    pub language: &'static str,
}

/// The languages the scorer covers, by ISO 639-3 code and English name.
pub const COVERED_LANGUAGES: [(&str, &str); 6] = [
    ("eng", "English"),
    ("spa", "Spanish"),
    ("por", "Portuguese"),
    ("fra", "French"),
    ("deu", "German"),
    ("ita", "Italian"),
];

pub fn analyse(text: &str) -> Sentiment {
    text::read(text, |read| match language::tell(text, read) {
        Told::Covered(rules) => {
            let score = vader::score(text, rules, read);
            Sentiment {
                score: Some(score),
                label: Label::of_score(score),
                language: rules.code,
            }
        }
        Told::Other(code) => Sentiment {
            score: None,
            label: Label::Unscored,
            language: code,
        },
    })
}

#[cfg(test)]
mod tests;
