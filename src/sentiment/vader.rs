//! VADER's rules (Hutto & Gilbert, 2014), over the project's lexicons: negation,
//! boosters and dampeners, "but", capitals and exclamation marks as emphasis.

use super::lexicon::{AFTER_BOOSTERS, BOOSTERS, NEGATIONS, VALENCE, is_phrase};

const C_INCR: f64 = 0.733;
const N_SCALAR: f64 = -0.74;
const NORMALISATION_ALPHA: f64 = 15.0;

fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

/// Like Python's `str.isupper`: some cased letters, all upper case.
fn is_upper(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Splits into words and emoticons: whitespace-separated tokens with surrounding
/// punctuation removed (unless that leaves two characters or fewer, which keeps
/// emoticons like ":)"), each emoji its own token, known two-word phrases joined.
fn tokens(text: &str) -> Vec<String> {
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
    let mut words: Vec<String> = spaced
        .split_whitespace()
        .map(|token| {
            let stripped = token.trim_matches(|c: char| c.is_ascii_punctuation());
            if stripped.chars().count() <= 2 && !VALENCE.contains_key(&stripped.to_lowercase()) {
                token.to_string()
            } else {
                stripped.to_string()
            }
        })
        .filter(|t| !t.is_empty())
        .collect();
    let mut i = 0;
    while i + 1 < words.len() {
        let joined = format!(
            "{}_{}",
            words[i].to_lowercase(),
            words[i + 1].to_lowercase()
        );
        if is_phrase(&joined) {
            words[i] = joined;
            words.remove(i + 1);
        }
        i += 1;
    }
    words
}

fn negated(word: &str) -> bool {
    let lower = word.to_lowercase();
    NEGATIONS.contains(&lower.as_str()) || lower.contains("n't")
}

fn booster(word: &str, valence: f64, cap_differential: bool) -> f64 {
    let Some(base) = BOOSTERS.get(word.to_lowercase().as_str()) else {
        return 0.0;
    };
    let mut scalar = if valence < 0.0 { -base } else { *base };
    if is_upper(word) && cap_differential {
        scalar += if valence > 0.0 { C_INCR } else { -C_INCR };
    }
    scalar
}

fn valence_at(words: &[String], lower: &[String], i: usize, cap_differential: bool) -> f64 {
    let word = &words[i];
    let Some(mut valence) = VALENCE.get(&lower[i]).copied() else {
        return 0.0;
    };
    // "no" before a sentiment word is a negation, not a sentiment of its own.
    if lower[i] == "no" && i + 1 < words.len() && VALENCE.contains_key(&lower[i + 1]) {
        return 0.0;
    }
    if (i > 0 && lower[i - 1] == "no")
        || (i > 1 && lower[i - 2] == "no")
        || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor"))
    {
        valence *= N_SCALAR;
    }
    if is_upper(word) && cap_differential {
        valence += if valence > 0.0 { C_INCR } else { -C_INCR };
    }
    for start in 0..3 {
        if i > start && !VALENCE.contains_key(&lower[i - (start + 1)]) {
            let mut scalar = booster(&words[i - (start + 1)], valence, cap_differential);
            if start == 1 {
                scalar *= 0.95;
            } else if start == 2 {
                scalar *= 0.9;
            }
            valence += scalar;
            valence = negation(valence, lower, start, i);
        }
    }
    // "least": "the least good" is not good; "at least good" is.
    if i > 1 && !VALENCE.contains_key(&lower[i - 1]) && lower[i - 1] == "least" {
        if lower[i - 2] != "at" && lower[i - 2] != "very" {
            valence *= N_SCALAR;
        }
    } else if i > 0 && !VALENCE.contains_key(&lower[i - 1]) && lower[i - 1] == "least" {
        valence *= N_SCALAR;
    }
    valence
}

fn negation(valence: f64, lower: &[String], start: usize, i: usize) -> f64 {
    let so_or_this = |w: &str| w == "so" || w == "this";
    match start {
        0 if negated(&lower[i - 1]) => valence * N_SCALAR,
        1 if lower[i - 2] == "never" && so_or_this(&lower[i - 1]) => valence * 1.25,
        1 if lower[i - 2] == "without" && lower[i - 1] == "doubt" => valence,
        1 if negated(&lower[i - 2]) => valence * N_SCALAR,
        2 if lower[i - 3] == "never"
            && (so_or_this(&lower[i - 2]) || so_or_this(&lower[i - 1])) =>
        {
            valence * 1.25
        }
        2 if lower[i - 3] == "without" && (lower[i - 2] == "doubt" || lower[i - 1] == "doubt") => {
            valence
        }
        2 if negated(&lower[i - 3]) => valence * N_SCALAR,
        _ => valence,
    }
}

fn punctuation_emphasis(text: &str) -> f64 {
    let exclamations = text.matches('!').count().min(4) as f64 * 0.292;
    let questions = text.matches('?').count();
    let question_emphasis = match questions {
        0 | 1 => 0.0,
        2 | 3 => questions as f64 * 0.18,
        _ => 0.96,
    };
    exclamations + question_emphasis
}

/// The compound score in [-1, 1], and how many words were found in the lexicon.
pub fn score(text: &str) -> (f64, usize) {
    let words = tokens(text);
    if words.is_empty() {
        return (0.0, 0);
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let upper_count = words.iter().filter(|w| is_upper(w)).count();
    let cap_differential = upper_count > 0 && upper_count < words.len();
    let mut sentiments = Vec::with_capacity(words.len());
    let mut hits = 0;
    for i in 0..words.len() {
        if BOOSTERS.contains_key(lower[i].as_str()) {
            sentiments.push(0.0);
            continue;
        }
        if AFTER_BOOSTERS.contains(&lower[i].as_str()) {
            // "fire no cap": strengthens the sentiment just before it.
            if let Some(previous) = sentiments.iter_mut().rev().find(|v: &&mut f64| **v != 0.0) {
                *previous += previous.signum() * 0.293;
            }
            sentiments.push(0.0);
            continue;
        }
        if VALENCE.contains_key(&lower[i]) {
            hits += 1;
        }
        sentiments.push(valence_at(&words, &lower, i, cap_differential));
    }
    // "but": what follows weighs more than what came before.
    if let Some(but) = lower.iter().position(|w| w == "but") {
        for (i, value) in sentiments.iter_mut().enumerate() {
            if i < but {
                *value *= 0.5;
            } else if i > but {
                *value *= 1.5;
            }
        }
    }
    let mut sum: f64 = sentiments.iter().sum();
    if sum == 0.0 {
        return (0.0, hits);
    }
    let emphasis = punctuation_emphasis(text);
    sum += if sum > 0.0 { emphasis } else { -emphasis };
    let compound = sum / (sum * sum + NORMALISATION_ALPHA).sqrt();
    (compound.clamp(-1.0, 1.0), hits)
}
