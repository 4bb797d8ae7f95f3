//! The general language detector, for the few texts whose words leave their
//! language open: `whatlang`'s method and data, with Latin-script text (the
//! covered languages' script, and the costly case) worked out from an index
//! of the trigram profiles instead of by weighing every profile in turn.
//!
//! `whatlang` measures, for each language, how far each of the 300 trigrams
//! of its profile stands from the same trigram's rank in the text (300 for
//! one the text lacks): 24 languages × 300 look-ups per text. The same sum is
//! 300 × 300 less what each trigram the text and the profile share saves, so
//! here each of the text's trigrams is looked up once in an index of every
//! profile. Alphabets are weighed as `whatlang` weighs them, and its answer
//! and confidence are reproduced exactly (a test compares the two).

use std::cmp::{Ordering, Reverse};
use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;
use whatlang::{Lang, Script};

/// A language and how sure the detector is of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detected {
    pub lang: Lang,
    pub confidence: f64,
}

impl Detected {
    /// As `whatlang::Info::is_reliable`.
    pub fn is_reliable(&self) -> bool {
        self.confidence > 0.9
    }
}

/// Latin-script languages of `whatlang` the scorer does not weigh: the least
/// likely among members, each of which costs a detector time on every text
/// (a text in one of them is read as the nearest language weighed).
const LEFT_OUT: [Lang; 12] = [
    Lang::Jav,
    Lang::Uzb,
    Lang::Aze,
    Lang::Aka,
    Lang::Sna,
    Lang::Tuk,
    Lang::Lit,
    Lang::Slv,
    Lang::Epo,
    Lang::Lav,
    Lang::Est,
    Lang::Lat,
];

/// `whatlang` for every other script.
static GENERAL: LazyLock<whatlang::Detector> =
    LazyLock::new(|| whatlang::Detector::with_denylist(LEFT_OUT.to_vec()));

/// Trigrams of a profile, 300 of them.
const PROFILE: u32 = 300;
/// Trigrams of a text that count (twice a profile's, as `whatlang` reads).
const TEXT_TRIGRAMS: usize = 600;

/// The Latin-script languages weighed, their alphabets and an index of
/// their trigram profiles (`lexicon/trigrams.tsv`).
struct Latin {
    /// In `whatlang`'s order, which decides ties.
    langs: Vec<Lang>,
    /// Each letter's languages (bit `n` for `langs[n]`).
    alphabet: HashMap<char, u32>,
    /// Each trigram's (language, rank in its profile).
    trigrams: HashMap<u64, Vec<(u8, u16)>>,
}

static LATIN: LazyLock<Latin> = LazyLock::new(|| {
    let mut latin = Latin {
        langs: Vec::new(),
        alphabet: HashMap::default(),
        trigrams: HashMap::default(),
    };
    for line in include_str!("lexicon/trigrams.tsv").lines() {
        let mut fields = line.split('\t');
        let (Some(code), Some(alphabet), Some(profile)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let Some(lang) = Lang::from_code(code) else {
            continue;
        };
        let n = latin.langs.len();
        latin.langs.push(lang);
        for c in alphabet.chars() {
            *latin.alphabet.entry(c).or_default() |= 1 << n;
        }
        for (rank, trigram) in profile.split('|').enumerate() {
            let mut chars = trigram.chars();
            if let (Some(a), Some(b), Some(c)) = (chars.next(), chars.next(), chars.next()) {
                latin
                    .trigrams
                    .entry(pack(a, b, c))
                    .or_default()
                    .push((n as u8, rank as u16));
            }
        }
    }
    latin
});

/// A trigram as one number, ordered as `whatlang` orders its trigrams.
fn pack(a: char, b: char, c: char) -> u64 {
    ((a as u64) << 42) | ((b as u64) << 21) | c as u64
}

/// What `whatlang` reads as a word boundary: ASCII that is not a letter.
fn is_stop_char(c: char) -> bool {
    matches!(c, '\u{0000}'..='\u{0040}' | '\u{005B}'..='\u{0060}' | '\u{007B}'..='\u{007E}')
}

/// The language of `text` as `whatlang` (without the languages left out)
/// would detect it.
pub fn detect(text: &str) -> Option<Detected> {
    if whatlang::detect_script(text)? != Script::Latin {
        return GENERAL.detect(text).map(|info| Detected {
            lang: info.lang(),
            confidence: info.confidence(),
        });
    }
    let latin = &*LATIN;
    let lower = text.to_lowercase();

    // Alphabets: each letter in a language's alphabet counts for it, each
    // other against it.
    let mut letters = 0usize;
    let mut in_alphabet = vec![0usize; latin.langs.len()];
    for c in lower.chars().filter(|c| !is_stop_char(*c)) {
        letters += 1;
        let mut langs = latin.alphabet.get(&c).copied().unwrap_or(0);
        while langs != 0 {
            in_alphabet[langs.trailing_zeros() as usize] += 1;
            langs &= langs - 1;
        }
    }
    let mut by_alphabet: Vec<(Lang, usize)> = latin
        .langs
        .iter()
        .zip(&in_alphabet)
        .map(|(lang, n)| (*lang, (2 * n).saturating_sub(letters)))
        .collect();
    by_alphabet.sort_unstable_by_key(|(_, score)| Reverse(*score));

    // Trigrams: the text's, most frequent first.
    let mut counts: HashMap<u64, u32> = HashMap::default();
    let mut chars = lower
        .chars()
        .map(|c| if is_stop_char(c) { ' ' } else { c })
        .chain(Some(' '));
    let (mut c1, mut c2) = (' ', chars.next().unwrap_or(' '));
    for c3 in chars {
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            *counts.entry(pack(c1, c2, c3)).or_default() += 1;
        }
        (c1, c2) = (c2, c3);
    }
    let mut ranked: Vec<(u32, u64)> = counts.into_iter().map(|(t, n)| (n, t)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    ranked.truncate(TEXT_TRIGRAMS);
    let trigram_count = ranked.len();

    // Each profile's distance: 300 for every trigram of it, less what each
    // one the text shares saves.
    let mut saved = vec![0i64; latin.langs.len()];
    for (position, (_, trigram)) in ranked.iter().enumerate() {
        for &(n, rank) in latin.trigrams.get(trigram).into_iter().flatten() {
            saved[n as usize] += i64::from(PROFILE) - (position as i64 - i64::from(rank)).abs();
        }
    }
    let max_distance = trigram_count as u32 * PROFILE;
    let by_trigrams = |n: usize| {
        let mut distance = i64::from(PROFILE * PROFILE) - saved[n];
        if (trigram_count as u32) < PROFILE {
            distance -= i64::from((PROFILE - trigram_count as u32) * PROFILE);
        }
        let distance = distance.clamp(0, i64::from(PROFILE * PROFILE)) as u32;
        (max_distance - distance) as f64 / max_distance as f64
    };

    // The two weighed together: the shorter the text, the more its alphabet.
    let alphabet_weight = (-(letters as f64 / 300.0) + 2.0 / 3.0).clamp(1.0 / 3.0, 2.0 / 3.0);
    let trigram_weight = 1.0 - alphabet_weight;
    let mut scores: Vec<(Lang, f64)> = by_alphabet
        .iter()
        .map(|&(lang, score)| {
            let n = latin.langs.iter().position(|l| *l == lang).unwrap_or(0);
            let alphabet = score as f64 / letters as f64;
            (
                lang,
                alphabet * alphabet_weight + by_trigrams(n) * trigram_weight,
            )
        })
        .collect();
    scores.sort_unstable_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(Ordering::Less));
    let (lang, first) = *scores.first()?;
    let confidence = match scores.get(1) {
        Some(&(_, second)) => confidence(first, second, trigram_count),
        None => 1.0,
    };
    Some(Detected { lang, confidence })
}

/// `whatlang`'s confidence in the best score against the second.
fn confidence(first: f64, second: f64, count: usize) -> f64 {
    if first == 0.0 {
        return 0.0;
    }
    if second == 0.0 {
        return first;
    }
    let confident_rate = (3.0 / count as f64) + 0.015;
    let rate = (first - second) / second;
    if rate > confident_rate {
        1.0
    } else {
        rate / confident_rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every labelled text of the evaluation sets, whole, cut short and run
    /// together, in every covered language and mixed.
    fn texts() -> Vec<String> {
        let sets = [
            include_str!("../../tests/data/sentences_deu.tsv"),
            include_str!("../../tests/data/sentences_fra.tsv"),
            include_str!("../../tests/data/sentences_ita.tsv"),
            include_str!("../../tests/data/sentences_por.tsv"),
            include_str!("../../tests/data/sentences_spa.tsv"),
            include_str!("../../tests/data/uci_sentences.tsv"),
            include_str!("../../tests/data/youth_sentences.tsv"),
        ];
        let whole: Vec<&str> = sets
            .iter()
            .flat_map(|set| set.lines())
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.rsplit('\t').next())
            .collect();
        let mut texts: Vec<String> = whole.iter().map(|t| t.to_string()).collect();
        texts.extend(whole.iter().map(|t| t.chars().take(24).collect::<String>()));
        texts.extend(whole.windows(2).step_by(7).map(|pair| pair.join(" ")));
        texts.extend(
            [
                "Ik vind deze schoenen heel mooi",
                "Bu ayakkabılar çok güzel",
                "Tôi rất thích đôi giày này",
                "Bardzo podobają mi się te buty",
                "Jag gillar de här skorna",
                "Pidän näistä kengistä",
                "M'agraden molt aquestes sabates",
                "Saya sangat suka sepatu ini",
                "ok",
                "a",
                "ß",
            ]
            .map(String::from),
        );
        texts
    }

    #[test]
    fn detects_exactly_as_whatlang_does() {
        let reference = whatlang::Detector::with_denylist(LEFT_OUT.to_vec());
        let texts = texts();
        assert!(texts.len() > 5_000, "{} texts", texts.len());
        for text in &texts {
            let expected = reference.detect(text).map(|info| Detected {
                lang: info.lang(),
                confidence: info.confidence(),
            });
            assert_eq!(detect(text), expected, "{text}");
        }
    }
}
