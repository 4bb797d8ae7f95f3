//! VADER's rules (Hutto & Gilbert, 2014), over the project's lexicons: negation,
//! boosters and dampeners, "but", capitals and exclamation marks as emphasis.
//! Another covered language reads its own words for each rule
//! (`language.rs`), and a negation turns a word round once whether it stands
//! before it or, in French and German, after it.
//!
//! Where Cohorts departs from VADER it is to agree better with how people rate
//! text (`bench/english.py`, four kinds of public human-rated English text;
//! recorded in `bench/RESULTS.md`): a word is negated once however many
//! negations precede it, a booster that has a sentiment of its own
//! ("seriously", "damn") keeps it when no sentiment word follows, "but"
//! weighs within its own sentence, and English weighs words and marks by
//! figures of its own ([`ENGLISH`]).

use super::language::{Rules, split_elision};

/// The figures the rules weigh words and marks by.
struct Weights {
    /// What capitals add to a word's valence.
    caps: f64,
    /// A negated word turns round and weakens by this factor.
    negation: f64,
    /// How the sum is squashed into [-1, 1].
    normalisation_alpha: f64,
    /// Negative words weigh this much more than positive ones.
    negative: f64,
    /// Emphasis of each "!" up to four, and the share of it a negative text takes.
    exclamation: f64,
    exclamation_on_negative: f64,
    /// What sentiment inside a question counts for, and how far a text that
    /// asks leans negative.
    question: f64,
    question_lean: f64,
    /// What the words of a text with a link count for.
    link: f64,
    /// What the words of a text that weighs one thing against another count for.
    contrast: f64,
    /// Whether the sum is divided by the square root of the number of
    /// sentiment words, and the power of (10 / words) it is scaled by.
    per_sentiment_word: bool,
    length_power: f64,
}

/// VADER's own figures, kept for the languages Cohorts has no human-rated
/// text in to weigh them against.
const VADER: Weights = Weights {
    caps: 0.733,
    negation: -0.74,
    normalisation_alpha: 15.0,
    negative: 1.0,
    exclamation: 0.292,
    exclamation_on_negative: 1.0,
    question: 1.0,
    question_lean: 0.0,
    link: 1.0,
    contrast: 1.0,
    per_sentiment_word: false,
    length_power: 0.0,
};

/// English, weighed against how people rated four kinds of text
/// (`bench/english.py`, recorded in `bench/RESULTS.md`): people rate a text by
/// its complaints more than by its praise; "!" more often shows excitement
/// than anger; a question is mostly a doubt ("is it any good?"); a text with
/// a link mostly shares news or an offer; a text that says "but" is less
/// extreme; and a long text is not as extreme as a short outburst.
const ENGLISH: Weights = Weights {
    caps: 1.0,
    negation: -0.5,
    normalisation_alpha: 30.0,
    negative: 1.3,
    exclamation: 0.6,
    exclamation_on_negative: 0.5,
    question: 0.5,
    question_lean: 0.3,
    link: 0.7,
    contrast: 0.7,
    per_sentiment_word: true,
    length_power: 0.2,
};

const WORDS_OF_A_TYPICAL_TEXT: f64 = 10.0;

fn weights(rules: &Rules) -> &'static Weights {
    if rules.english { &ENGLISH } else { &VADER }
}

/// Slang that praises ("these are fire") where the word's plain sense is bad
/// ("a house fire"), with the plain sense's valence (VADER's).
const SLANG_WITH_PLAIN_SENSE: [(&str, f64); 1] = [("fire", -1.4)];

/// Words after which a slang word says what something is ("is fire", "so
/// fire", "straight fire").
const SLANG_CUES: [&str; 30] = [
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "so",
    "straight",
    "pure",
    "lowkey",
    "highkey",
    "kinda",
    "literally",
    "actually",
    "that's",
    "thats",
    "it's",
    "its",
    "looks",
    "look",
    "sounds",
    "sound",
    "absolutely",
    "too",
    "really",
    "hella",
    "mad",
    "super",
    "ngl",
    "tbh",
];

/// The plain sense of slang that does not say what something is here.
fn plain_sense(lower: &[String], n: usize) -> Option<f64> {
    let (_, plain) = SLANG_WITH_PLAIN_SENSE
        .iter()
        .find(|(word, _)| *word == lower[n])?;
    let says_what_it_is = n == 0 || SLANG_CUES.contains(&lower[n - 1].as_str());
    (!says_what_it_is).then_some(*plain)
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

/// Like Python's `str.isupper`: some cased letters, all upper case.
fn is_upper(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// A text's words with what scoring reads of each, worked out once: the word
/// as written, lower-cased, whether a clause ends after it (",", ".", "!"…:
/// another language's negation does not reach across one), whether a
/// sentence ends after it and how ('.', '!' or '?'), its valence and its
/// booster value.
struct Words {
    words: Vec<String>,
    lower: Vec<String>,
    ends: Vec<bool>,
    stops: Vec<Option<char>>,
    valence: Vec<Option<f64>>,
    boost: Vec<Option<f64>>,
}

impl Words {
    /// Splits into words and emoticons: whitespace-separated tokens with
    /// surrounding punctuation removed (unless that leaves two characters or
    /// fewer, which keeps emoticons like ":)"), each emoji its own token,
    /// known two-word phrases joined.
    fn of(text: &str, rules: &Rules) -> Words {
        let mut spaced = String::with_capacity(text.len() + 8);
        for c in text.chars() {
            if c == '\u{FE0F}' {
                continue;
            }
            if is_emoji(c) {
                spaced.push(' ');
                spaced.push(c);
                spaced.push(' ');
            } else {
                spaced.push(c);
            }
        }
        let mut words: Vec<String> = Vec::new();
        let mut lower: Vec<String> = Vec::new();
        let mut ends: Vec<bool> = Vec::new();
        let mut stops: Vec<Option<char>> = Vec::new();
        let mut push = |word: &str, ends_clause: bool, stop: Option<char>| {
            words.push(word.to_string());
            lower.push(word.to_lowercase());
            ends.push(ends_clause);
            stops.push(stop);
        };
        for token in spaced.split_whitespace() {
            let ends_clause = token.ends_with([',', '.', ';', ':', '!', '?']);
            let stop = sentence_stop(token);
            let stripped = token.trim_matches(|c: char| c.is_ascii_punctuation());
            let kept = if stripped.len() <= 8
                && stripped.chars().count() <= 2
                && rules.valence(&stripped.to_lowercase()).is_none()
            {
                token
            } else {
                stripped
            };
            let elision = if rules.splits_elisions() && kept.contains(['\'', '’']) {
                split_elision(&kept.to_lowercase()).map(|(head, _)| head.len())
            } else {
                None
            };
            match elision {
                Some(head) => {
                    let (elided, rest) = kept.split_at(head);
                    push(elided, false, None);
                    push(rest.trim_start_matches(['\'', '’']), ends_clause, stop);
                }
                None if !kept.is_empty() => push(kept, ends_clause, stop),
                None => {}
            }
        }
        let mut i = 0;
        while i + 1 < words.len() {
            if rules.may_begin_phrase(&lower[i]) {
                let joined = format!("{}_{}", lower[i], lower[i + 1]);
                if rules.is_phrase(&joined) {
                    words[i] = joined.clone();
                    lower[i] = joined;
                    words.remove(i + 1);
                    lower.remove(i + 1);
                    ends.remove(i);
                    stops.remove(i);
                }
            }
            i += 1;
        }
        let valence = (0..lower.len())
            .map(|n| {
                let plain = if rules.english {
                    plain_sense(&lower, n)
                } else {
                    None
                };
                plain.or_else(|| rules.valence(&lower[n]))
            })
            .collect();
        let boost = lower.iter().map(|w| rules.booster(w)).collect();
        Words {
            words,
            lower,
            ends,
            stops,
            valence,
            boost,
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    /// A word that is both a sentiment and a booster ("super", "seriously")
    /// boosts the sentiment word right after it ("super lente", "seriously
    /// good"); alone it keeps its own sentiment.
    fn acts_as_booster(&self, n: usize) -> bool {
        self.boost[n].is_some()
            && n + 1 < self.len()
            && self.valence[n + 1].is_some()
            && self.boost[n + 1].is_none()
    }

    /// A sentiment word (a booster before one is not).
    fn known(&self, n: usize) -> bool {
        self.valence[n].is_some() && !self.acts_as_booster(n)
    }

    /// The sentences as ranges of word positions, and how each ends.
    fn sentences(&self) -> Vec<(std::ops::Range<usize>, Option<char>)> {
        let mut found = Vec::new();
        let mut start = 0;
        for (n, stop) in self.stops.iter().enumerate() {
            if stop.is_some() || n + 1 == self.stops.len() {
                found.push((start..n + 1, *stop));
                start = n + 1;
            }
        }
        found
    }
}

/// How a token ends a sentence, if it does: '?' when a question mark is among
/// its closing marks ("?!"), else the last of them.
fn sentence_stop(token: &str) -> Option<char> {
    let marks: Vec<char> = token
        .trim_end_matches(['"', '\'', ')', '”', '’'])
        .chars()
        .rev()
        .take_while(|c| matches!(c, '.' | '!' | '?'))
        .collect();
    if marks.contains(&'?') {
        Some('?')
    } else {
        marks.first().copied()
    }
}

fn booster(w: &Words, n: usize, valence: f64, cap_differential: bool, caps: f64) -> f64 {
    let Some(base) = w.boost[n] else {
        return 0.0;
    };
    let mut scalar = if valence < 0.0 { -base } else { base };
    if is_upper(&w.words[n]) && cap_differential {
        scalar += if valence > 0.0 { caps } else { -caps };
    }
    scalar
}

fn valence_at(rules: &Rules, w: &Words, i: usize, cap_differential: bool) -> f64 {
    let weights = weights(rules);
    let (words, lower, ends) = (&w.words, &w.lower, &w.ends);
    let Some(mut valence) = w.valence[i] else {
        return 0.0;
    };
    let known = |n: usize| w.known(n);
    if rules.english {
        // "no" before a sentiment word is a negation, not a sentiment of its own.
        if lower[i] == "no" && i + 1 < words.len() && known(i + 1) {
            return 0.0;
        }
        // "NO NO NO" says no louder, it does not turn "no" round.
        let repeated_no = lower[i] == "no" && i > 0 && lower[i - 1] == "no";
        let after_no = (i > 0 && lower[i - 1] == "no")
            || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor"));
        if after_no && !repeated_no {
            valence *= weights.negation;
        }
    }
    if is_upper(&words[i]) && cap_differential {
        valence += if valence > 0.0 {
            weights.caps
        } else {
            -weights.caps
        };
    }
    // However many negations stand before it, a word turns round once.
    let mut negated = false;
    for start in 0..3 {
        if i > start && !known(i - (start + 1)) {
            let mut scalar = booster(w, i - (start + 1), valence, cap_differential, weights.caps);
            if start == 1 {
                scalar *= 0.95;
            } else if start == 2 {
                scalar *= 0.9;
            }
            valence += scalar;
            if rules.english {
                let checked = negation(rules, valence, lower, start, i);
                if checked != valence && !negated {
                    negated = checked.signum() != valence.signum();
                    valence = checked;
                }
            }
        }
    }
    if !rules.english {
        // One turn however many negation words surround it ("ne … pas"); a
        // negation just after it ("j'aime pas") unless it leads to another
        // sentiment word ("mal, pas confortables").
        let before = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|n| !ends[*n])
            .any(|n| rules.is_negation(&lower[n]));
        let after = (i + 1..words.len().min(i + 1 + rules.negation_after_reach()))
            .take_while(|n| !ends[n - 1])
            .any(|n| {
                rules.is_negation_after(&lower[n])
                    && (i + 1..n).all(|m| !known(m))
                    && (n + 1 >= words.len() || ends[n] || !known(n + 1))
            });
        if before || after {
            valence *= weights.negation;
        }
        return valence;
    }
    // "least": "the least good" is not good; "at least good" is.
    if i > 1 && !known(i - 1) && lower[i - 1] == "least" {
        if lower[i - 2] != "at" && lower[i - 2] != "very" {
            valence *= weights.negation;
        }
    } else if i > 0 && !known(i - 1) && lower[i - 1] == "least" {
        valence *= weights.negation;
    }
    valence
}

fn negation(rules: &Rules, valence: f64, lower: &[String], start: usize, i: usize) -> f64 {
    let rules_negation = weights(rules).negation;
    let so_or_this = |w: &str| w == "so" || w == "this";
    let negated = |w: &str| rules.is_negation(w);
    match start {
        0 if negated(&lower[i - 1]) => valence * rules_negation,
        1 if lower[i - 2] == "never" && so_or_this(&lower[i - 1]) => valence * 1.25,
        1 if lower[i - 2] == "without" && lower[i - 1] == "doubt" => valence,
        1 if negated(&lower[i - 2]) => valence * rules_negation,
        2 if lower[i - 3] == "never"
            && (so_or_this(&lower[i - 2]) || so_or_this(&lower[i - 1])) =>
        {
            valence * 1.25
        }
        2 if lower[i - 3] == "without" && (lower[i - 2] == "doubt" || lower[i - 1] == "doubt") => {
            valence
        }
        2 if negated(&lower[i - 3]) => valence * rules_negation,
        _ => valence,
    }
}

fn punctuation_emphasis(text: &str, weights: &Weights) -> f64 {
    let exclamations = text.matches('!').count().min(4) as f64 * weights.exclamation;
    let questions = text.matches('?').count();
    let question_emphasis = match questions {
        0 | 1 => 0.0,
        2 | 3 => questions as f64 * 0.18,
        _ => 0.96,
    };
    exclamations + question_emphasis
}

/// The compound score in [-1, 1] of a text in the language of `rules`.
pub fn score(text: &str, rules: &Rules) -> f64 {
    let weights = weights(rules);
    let w = Words::of(text, rules);
    if w.len() == 0 {
        return 0.0;
    }
    let lower = &w.lower;
    let upper_count = w.words.iter().filter(|word| is_upper(word)).count();
    let cap_differential = upper_count > 0 && upper_count < w.len();
    let mut sentiments = Vec::with_capacity(w.len());
    for (i, lowered) in lower.iter().enumerate() {
        // A booster is a sentiment of its own only where it has one and no
        // sentiment word follows it to boost.
        if w.boost[i].is_some() && w.valence[i].is_none() || w.acts_as_booster(i) {
            sentiments.push(0.0);
            continue;
        }
        if rules.is_after_booster(lowered) {
            // "fire no cap": strengthens the sentiment just before it.
            if let Some(previous) = sentiments.iter_mut().rev().find(|v: &&mut f64| **v != 0.0) {
                *previous += previous.signum() * 0.293;
            }
            sentiments.push(0.0);
            continue;
        }
        sentiments.push(valence_at(rules, &w, i, cap_differential));
    }
    let mut contrasted = false;
    for (sentence, stop) in w.sentences() {
        // "but": in its sentence, what follows weighs more than what came before.
        if let Some(but) = sentence.clone().find(|n| rules.is_contrast(&lower[*n])) {
            contrasted = true;
            for i in sentence.clone() {
                if i < but {
                    sentiments[i] *= 0.5;
                } else if i > but {
                    sentiments[i] *= 1.5;
                }
            }
        }
        if stop == Some('?') {
            for value in &mut sentiments[sentence] {
                *value *= weights.question;
            }
        }
    }
    let mut sum: f64 = sentiments
        .iter()
        .map(|v| if *v < 0.0 { v * weights.negative } else { *v })
        .sum();
    if sum == 0.0 {
        return 0.0;
    }
    if weights.per_sentiment_word {
        let sentiment_words = sentiments.iter().filter(|v| **v != 0.0).count().max(1);
        sum /= (sentiment_words as f64).sqrt();
    }
    // Words that only strengthen others ("really", "no cap") make a text
    // stronger, not longer.
    let words = (0..w.len())
        .filter(|n| w.boost[*n].is_none() && !rules.is_after_booster(&lower[*n]))
        .count()
        .max(1);
    sum *= (WORDS_OF_A_TYPICAL_TEXT / words as f64).powf(weights.length_power);
    if text.contains("http") || text.contains("www.") {
        sum *= weights.link;
    }
    if contrasted {
        sum *= weights.contrast;
    }
    if text.contains('?') {
        sum -= weights.question_lean;
    }
    let emphasis = punctuation_emphasis(text, weights);
    sum += if sum > 0.0 {
        emphasis
    } else {
        -emphasis * weights.exclamation_on_negative
    };
    let compound = sum / (sum * sum + weights.normalisation_alpha).sqrt();
    compound.clamp(-1.0, 1.0)
}
