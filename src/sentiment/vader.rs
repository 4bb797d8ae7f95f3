//! VADER's rules (Hutto & Gilbert, 2014), over the project's lexicons: negation,
//! boosters and dampeners, "but", capitals and exclamation marks as emphasis.
//! English follows VADER exactly; another covered language reads its own
//! words for each rule (`language.rs`), and a negation turns a word round once
//! whether it stands before it or, in French and German, after it.

use super::language::{Rules, split_elision};

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

/// A text's words with what scoring reads of each, worked out once: the word
/// as written, lower-cased, whether a clause ends after it (",", ".", "!"…:
/// another language's negation does not reach across one), its valence and
/// its booster value.
struct Words {
    words: Vec<String>,
    lower: Vec<String>,
    ends: Vec<bool>,
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
        let mut push = |word: &str, ends_clause: bool| {
            words.push(word.to_string());
            lower.push(word.to_lowercase());
            ends.push(ends_clause);
        };
        for token in spaced.split_whitespace() {
            let ends_clause = token.ends_with([',', '.', ';', ':', '!', '?']);
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
                    push(elided, false);
                    push(rest.trim_start_matches(['\'', '’']), ends_clause);
                }
                None if !kept.is_empty() => push(kept, ends_clause),
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
                }
            }
            i += 1;
        }
        let valence = lower.iter().map(|w| rules.valence(w)).collect();
        let boost = lower.iter().map(|w| rules.booster(w)).collect();
        Words {
            words,
            lower,
            ends,
            valence,
            boost,
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    /// A word that is both a sentiment and a booster in another language
    /// ("super") boosts the sentiment word right after it ("super lente").
    fn acts_as_booster(&self, rules: &Rules, n: usize) -> bool {
        !rules.english
            && self.boost[n].is_some()
            && n + 1 < self.len()
            && self.valence[n + 1].is_some()
            && self.boost[n + 1].is_none()
    }

    /// A sentiment word (a booster before one is not).
    fn known(&self, rules: &Rules, n: usize) -> bool {
        self.valence[n].is_some() && !self.acts_as_booster(rules, n)
    }
}

fn booster(w: &Words, n: usize, valence: f64, cap_differential: bool) -> f64 {
    let Some(base) = w.boost[n] else {
        return 0.0;
    };
    let mut scalar = if valence < 0.0 { -base } else { base };
    if is_upper(&w.words[n]) && cap_differential {
        scalar += if valence > 0.0 { C_INCR } else { -C_INCR };
    }
    scalar
}

fn valence_at(rules: &Rules, w: &Words, i: usize, cap_differential: bool) -> f64 {
    let (words, lower, ends) = (&w.words, &w.lower, &w.ends);
    let Some(mut valence) = w.valence[i] else {
        return 0.0;
    };
    let known = |n: usize| w.known(rules, n);
    if rules.english {
        // "no" before a sentiment word is a negation, not a sentiment of its own.
        if lower[i] == "no" && i + 1 < words.len() && known(i + 1) {
            return 0.0;
        }
        if (i > 0 && lower[i - 1] == "no")
            || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor"))
        {
            valence *= N_SCALAR;
        }
    }
    if is_upper(&words[i]) && cap_differential {
        valence += if valence > 0.0 { C_INCR } else { -C_INCR };
    }
    for start in 0..3 {
        if i > start && !known(i - (start + 1)) {
            let mut scalar = booster(w, i - (start + 1), valence, cap_differential);
            if start == 1 {
                scalar *= 0.95;
            } else if start == 2 {
                scalar *= 0.9;
            }
            valence += scalar;
            if rules.english {
                valence = negation(rules, valence, lower, start, i);
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
            valence *= N_SCALAR;
        }
        return valence;
    }
    // "least": "the least good" is not good; "at least good" is.
    if i > 1 && !known(i - 1) && lower[i - 1] == "least" {
        if lower[i - 2] != "at" && lower[i - 2] != "very" {
            valence *= N_SCALAR;
        }
    } else if i > 0 && !known(i - 1) && lower[i - 1] == "least" {
        valence *= N_SCALAR;
    }
    valence
}

fn negation(rules: &Rules, valence: f64, lower: &[String], start: usize, i: usize) -> f64 {
    let so_or_this = |w: &str| w == "so" || w == "this";
    let negated = |w: &str| rules.is_negation(w);
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

/// The compound score in [-1, 1] of a text in the language of `rules`.
pub fn score(text: &str, rules: &Rules) -> f64 {
    let w = Words::of(text, rules);
    if w.len() == 0 {
        return 0.0;
    }
    let lower = &w.lower;
    let upper_count = w.words.iter().filter(|word| is_upper(word)).count();
    let cap_differential = upper_count > 0 && upper_count < w.len();
    let mut sentiments = Vec::with_capacity(w.len());
    for (i, lowered) in lower.iter().enumerate() {
        // VADER: a booster is never a sentiment of its own in English.
        if w.boost[i].is_some() && (rules.english || w.valence[i].is_none())
            || w.acts_as_booster(rules, i)
        {
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
    // "but": what follows weighs more than what came before.
    if let Some(but) = lower.iter().position(|w| rules.is_contrast(w)) {
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
        return 0.0;
    }
    let emphasis = punctuation_emphasis(text);
    sum += if sum > 0.0 { emphasis } else { -emphasis };
    let compound = sum / (sum * sum + NORMALISATION_ALPHA).sqrt();
    compound.clamp(-1.0, 1.0)
}
