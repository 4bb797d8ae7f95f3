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

use super::language::{Rules, entry, mark, marked, split_elision};
use super::text::{Text, Word, is_upper};

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

/// The plain sense of slang that does not say what something is here.
fn plain_sense(t: &Text, n: usize) -> Option<f64> {
    let plain = t.words[n].entry?.plain_sense()?;
    let says_what_it_is = n == 0 || marked(t.words[n - 1].entry, mark::SLANG_CUE);
    (!says_what_it_is).then_some(plain)
}

impl Text {
    /// Turns the text's tokens into the words scoring reads, in place:
    /// surrounding punctuation removed (unless that leaves two characters or
    /// fewer, which keeps emoticons like ":)"), elided words split from the
    /// next, known two-word phrases joined; then each word's rule fields.
    fn read_words(&mut self, rules: &Rules) {
        let splits_elisions = rules.splits_elisions();
        let mut k = 0;
        while k < self.words.len() {
            let token = &self.words[k];
            // Two characters at most: an emoticon or a token that short.
            let short = token.stripped.len() <= 2
                || (token.stripped.len() <= 8 && !self.is_ascii() && {
                    let stripped = self.written(token.stripped);
                    !stripped.is_ascii() && stripped.chars().count() <= 2
                });
            // Most words: as read.
            if !(short || token.apostrophe && splits_elisions) {
                k += 1;
                continue;
            }
            let token = *token;
            let keep_raw = short
                && rules
                    .valence(|| self.lower(token.lower), token.entry)
                    .is_none();
            let (kept, kept_lower) = if keep_raw && token.raw != token.stripped {
                (token.raw, self.lower_written(token.raw))
            } else if keep_raw {
                (token.raw, token.lower)
            } else {
                (token.stripped, token.lower)
            };
            let elision = if token.apostrophe && splits_elisions {
                let written = self.written(kept);
                if written.contains(['\'', '’']) {
                    split_elision(self.lower(kept_lower))
                        .map(|(head, _)| head.len())
                        .filter(|head| written.is_char_boundary(*head))
                } else {
                    None
                }
            } else {
                None
            };
            match elision {
                Some(head) => {
                    let written = self.written(kept);
                    let rest = written[head..].trim_start_matches(['\'', '’']);
                    let (elided_upper, rest_upper) = (is_upper(&written[..head]), is_upper(rest));
                    let elided = Text::within(kept, 0..head);
                    let rest = Text::within(kept, written.len() - rest.len()..written.len());
                    let rest_apostrophe = self.written(rest).contains(['\'', '’']);
                    let elided_lower = self.lower_written(elided);
                    let rest_lower = self.lower_written(rest);
                    self.words[k] = Word {
                        raw: elided,
                        stripped: elided,
                        lower: elided_lower,
                        entry: entry(self.lower(elided_lower)),
                        upper: elided_upper,
                        apostrophe: false,
                        ends: false,
                        stop: None,
                        ..token
                    };
                    let rest = Word {
                        raw: rest,
                        stripped: rest,
                        lower: rest_lower,
                        entry: entry(self.lower(rest_lower)),
                        upper: rest_upper,
                        apostrophe: rest_apostrophe,
                        ..token
                    };
                    self.words.insert(k + 1, rest);
                    k += 2;
                }
                None if !kept.is_empty() => {
                    // The token's own look-up stands unless its punctuation was kept.
                    if kept_lower != token.lower {
                        let looked_up = entry(self.lower(kept_lower));
                        let word = &mut self.words[k];
                        word.stripped = kept;
                        word.lower = kept_lower;
                        word.entry = looked_up;
                    }
                    k += 1;
                }
                None => {
                    self.words.remove(k);
                }
            }
        }
        let mut i = 0;
        while i + 1 < self.words.len() {
            if rules.may_begin_phrase(self.words[i].entry) {
                let joined = self.join(self.words[i].lower, self.words[i + 1].lower);
                let joined_entry = entry(self.lower(joined));
                if rules.is_phrase(joined_entry) {
                    let next = self.words.remove(i + 1);
                    let word = &mut self.words[i];
                    word.lower = joined;
                    word.entry = joined_entry;
                    word.upper = false;
                    word.apostrophe |= next.apostrophe;
                    word.ends = next.ends;
                    word.stop = next.stop;
                }
            }
            i += 1;
        }
        for n in 0..self.words.len() {
            let plain = if rules.english {
                plain_sense(self, n)
            } else {
                None
            };
            let (lower, apostrophe, entry) = {
                let word = &self.words[n];
                (word.lower, word.apostrophe, word.entry)
            };
            let lower = || self.lower(lower);
            let valence = plain.or_else(|| rules.valence(lower, entry));
            let negation = rules.is_negation(lower, apostrophe, entry);
            let word = &mut self.words[n];
            word.valence = valence;
            word.boost = rules.booster(entry);
            word.negation = negation;
            word.after_booster = rules.is_after_booster(entry);
        }
        for n in 0..self.words.len() {
            self.words[n].known = self.known(n);
        }
    }

    /// A word that is both a sentiment and a booster ("super", "seriously")
    /// boosts the sentiment word right after it ("super lente", "seriously
    /// good"); alone it keeps its own sentiment.
    fn acts_as_booster(&self, n: usize) -> bool {
        self.words[n].boost.is_some()
            && n + 1 < self.words.len()
            && self.words[n + 1].valence.is_some()
            && self.words[n + 1].boost.is_none()
    }

    /// A sentiment word (a booster before one is not).
    fn known(&self, n: usize) -> bool {
        self.words[n].valence.is_some() && !self.acts_as_booster(n)
    }
}

fn booster(t: &Text, n: usize, valence: f64, cap_differential: bool, caps: f64) -> f64 {
    let Some(base) = t.words[n].boost else {
        return 0.0;
    };
    let mut scalar = if valence < 0.0 { -base } else { base };
    if t.words[n].upper && cap_differential {
        scalar += if valence > 0.0 { caps } else { -caps };
    }
    scalar
}

fn valence_at(rules: &Rules, t: &Text, i: usize, cap_differential: bool) -> f64 {
    let weights = weights(rules);
    let words = &t.words;
    let is = |n: usize, mark: u16| marked(words[n].entry, mark);
    let Some(mut valence) = words[i].valence else {
        return 0.0;
    };
    let known = |n: usize| words[n].known;
    if rules.english {
        // "no" before a sentiment word is a negation, not a sentiment of its own.
        if is(i, mark::NO) && i + 1 < words.len() && known(i + 1) {
            return 0.0;
        }
        // "NO NO NO" says no louder, it does not turn "no" round.
        let repeated_no = is(i, mark::NO) && i > 0 && is(i - 1, mark::NO);
        let after_no = (i > 0 && is(i - 1, mark::NO))
            || (i > 1 && is(i - 2, mark::NO))
            || (i > 2 && is(i - 3, mark::NO) && is(i - 1, mark::OR_NOR));
        if after_no && !repeated_no {
            valence *= weights.negation;
        }
    }
    if words[i].upper && cap_differential {
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
            let mut scalar = booster(t, i - (start + 1), valence, cap_differential, weights.caps);
            if start == 1 {
                scalar *= 0.95;
            } else if start == 2 {
                scalar *= 0.9;
            }
            valence += scalar;
            if rules.english {
                let checked = negation(rules, valence, t, start, i);
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
            .take_while(|n| !words[*n].ends)
            .any(|n| words[n].negation);
        let after = (i + 1..words.len().min(i + 1 + rules.negation_after_reach()))
            .take_while(|n| !words[n - 1].ends)
            .any(|n| {
                rules.is_negation_after(words[n].entry)
                    && (i + 1..n).all(|m| !known(m))
                    && (n + 1 >= words.len() || words[n].ends || !known(n + 1))
            });
        if before || after {
            valence *= weights.negation;
        }
        return valence;
    }
    // "least": "the least good" is not good; "at least good" is.
    if i > 1 && !known(i - 1) && is(i - 1, mark::LEAST) {
        if !is(i - 2, mark::AT_OR_VERY) {
            valence *= weights.negation;
        }
    } else if i > 0 && !known(i - 1) && is(i - 1, mark::LEAST) {
        valence *= weights.negation;
    }
    valence
}

fn negation(rules: &Rules, valence: f64, t: &Text, start: usize, i: usize) -> f64 {
    let rules_negation = weights(rules).negation;
    let is = |n: usize, mark: u16| marked(t.words[n].entry, mark);
    let negated = |n: usize| t.words[n].negation;
    match start {
        0 if negated(i - 1) => valence * rules_negation,
        1 if is(i - 2, mark::NEVER) && is(i - 1, mark::SO_OR_THIS) => valence * 1.25,
        1 if is(i - 2, mark::WITHOUT) && is(i - 1, mark::DOUBT) => valence,
        1 if negated(i - 2) => valence * rules_negation,
        2 if is(i - 3, mark::NEVER)
            && (is(i - 2, mark::SO_OR_THIS) || is(i - 1, mark::SO_OR_THIS)) =>
        {
            valence * 1.25
        }
        2 if is(i - 3, mark::WITHOUT) && (is(i - 2, mark::DOUBT) || is(i - 1, mark::DOUBT)) => {
            valence
        }
        2 if negated(i - 3) => valence * rules_negation,
        _ => valence,
    }
}

/// Word counts whose length scale [`LENGTH_SCALES`] keeps.
const TABLED_LENGTHS: usize = 128;

/// English's `(10 / words)^length_power` for 1 to 127 words, worked out once:
/// `powf` costs more than the rest of a short text's sum.
static LENGTH_SCALES: std::sync::LazyLock<[f64; TABLED_LENGTHS]> = std::sync::LazyLock::new(|| {
    std::array::from_fn(|words| {
        (WORDS_OF_A_TYPICAL_TEXT / words.max(1) as f64).powf(ENGLISH.length_power)
    })
});

/// What a text of `words` words is scaled by for its length.
fn length_scale(words: usize, weights: &Weights) -> f64 {
    if weights.length_power == 0.0 {
        1.0
    } else if weights.length_power == ENGLISH.length_power && words < TABLED_LENGTHS {
        LENGTH_SCALES[words]
    } else {
        (WORDS_OF_A_TYPICAL_TEXT / words as f64).powf(weights.length_power)
    }
}

/// Whether a text holds a link: "http" or "www." (only where an 'h' or a
/// 'w' is, found with vector instructions).
fn has_link(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'h', b'w', bytes).any(|at| {
        bytes
            .get(at..)
            .is_some_and(|rest| rest.starts_with(b"http") || rest.starts_with(b"www."))
    })
}

fn punctuation_emphasis((exclamations, questions): (usize, usize), weights: &Weights) -> f64 {
    let exclamations = exclamations.min(4) as f64 * weights.exclamation;
    let question_emphasis = match questions {
        0 | 1 => 0.0,
        2 | 3 => questions as f64 * 0.18,
        _ => 0.96,
    };
    exclamations + question_emphasis
}

/// The compound score in [-1, 1] of a text in the language of `rules`, its
/// tokens read into `t`.
pub fn score(text: &str, rules: &Rules, t: &mut Text) -> f64 {
    let weights = weights(rules);
    t.read_words(rules);
    let count = t.words.len();
    let (mut has_sentiment, mut upper_count) = (false, 0);
    for word in &t.words {
        has_sentiment |= word.valence.is_some();
        upper_count += usize::from(word.upper);
    }
    // Without a sentiment word nothing adds up to a score (many posts).
    if !has_sentiment {
        return 0.0;
    }
    let cap_differential = upper_count > 0 && upper_count < count;
    for i in 0..count {
        let word = &t.words[i];
        // A booster is a sentiment of its own only where it has one and no
        // sentiment word follows it to boost.
        let sentiment = if word.boost.is_some() && word.valence.is_none() || t.acts_as_booster(i) {
            0.0
        } else if word.after_booster {
            // "fire no cap": strengthens the sentiment just before it.
            if let Some(previous) = t.words[..i].iter_mut().rev().find(|w| w.sentiment != 0.0) {
                previous.sentiment += previous.sentiment.signum() * 0.293;
            }
            0.0
        } else {
            valence_at(rules, t, i, cap_differential)
        };
        t.words[i].sentiment = sentiment;
    }
    let mut contrasted = false;
    let mut start = 0;
    for n in 0..count {
        let stop = t.words[n].stop;
        if stop.is_none() && n + 1 < count {
            continue;
        }
        // A sentence: the words from `start` to `n`.
        let sentence = start..n + 1;
        start = n + 1;
        // "but": in its sentence, what follows weighs more than what came before.
        if let Some(but) = sentence
            .clone()
            .find(|m| rules.is_contrast(t.words[*m].entry))
        {
            contrasted = true;
            for i in sentence.clone() {
                if i < but {
                    t.words[i].sentiment *= 0.5;
                } else if i > but {
                    t.words[i].sentiment *= 1.5;
                }
            }
        }
        if stop == Some('?') {
            for word in &mut t.words[sentence] {
                word.sentiment *= weights.question;
            }
        }
    }
    // The sum in the words' order (as `Iterator::sum` adds, from -0.0), the
    // sentiment words and the words that count for the length, in one pass.
    // Words that only strengthen others ("really", "no cap") make a text
    // stronger, not longer.
    let (mut sum, mut sentiment_words, mut words) = (-0.0, 0usize, 0usize);
    for word in &t.words {
        let v = word.sentiment;
        sum += if v < 0.0 { v * weights.negative } else { v };
        sentiment_words += usize::from(v != 0.0);
        words += usize::from(word.boost.is_none() && !word.after_booster);
    }
    if sum == 0.0 {
        return 0.0;
    }
    if weights.per_sentiment_word {
        sum /= (sentiment_words.max(1) as f64).sqrt();
    }
    sum *= length_scale(words.max(1), weights);
    if has_link(text) {
        sum *= weights.link;
    }
    if contrasted {
        sum *= weights.contrast;
    }
    let marks = t.marks;
    if marks.1 > 0 {
        sum -= weights.question_lean;
    }
    let emphasis = punctuation_emphasis(marks, weights);
    sum += if sum > 0.0 {
        emphasis
    } else {
        -emphasis * weights.exclamation_on_negative
    };
    let compound = sum / (sum * sum + weights.normalisation_alpha).sqrt();
    compound.clamp(-1.0, 1.0)
}
