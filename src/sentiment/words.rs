//! The word table, worked out when the binary is built: `build.rs` includes
//! this file, reads the lexicons (compiled in; sources in `lexicon/README.md`)
//! and the rules' word lists, and writes every word's entry as Rust source for
//! `language.rs`, so start-up only indexes it. Not part of the crate itself.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

/// How many languages are covered (English first, as in `language.rs`).
const COVERED: usize = 6;

/// What the covered languages know of one word, as `language.rs`'s `Entry`
/// holds it (see there), each language by its bit (`1 << index`).
#[derive(Debug, Default)]
struct Entry {
    valence: [f64; COVERED],
    has_valence: u8,
    english_word: Option<f64>,
    stop: u8,
    own: u8,
    negation: u8,
    english_negation: bool,
    negation_after: u8,
    boosts: u8,
    softens: u8,
    after: u8,
    contrast: u8,
    phrase_head: u8,
    phrase: u8,
}

/// The word table as the body of `language.rs`'s `ENTRIES`: each word and
/// its entry, in order.
pub fn table() -> String {
    let words = build_words();
    let mut source = String::from("[\n");
    for (word, e) in &words {
        let _ = writeln!(
            source,
            "({word:?}, Entry {{ valence: {:?}, has_valence: {}, english_word: {:?}, stop: {}, own: {}, negation: {}, english_negation: {}, negation_after: {}, boosts: {}, softens: {}, after: {}, contrast: {}, phrase_head: {}, phrase: {} }}),",
            e.valence,
            e.has_valence,
            e.english_word,
            e.stop,
            e.own,
            e.negation,
            e.english_negation,
            e.negation_after,
            e.boosts,
            e.softens,
            e.after,
            e.contrast,
            e.phrase_head,
            e.phrase
        );
    }
    source.push(']');
    source
}

const VADER: &str = include_str!("lexicon/vader.tsv");
const YOUTH: &str = include_str!("lexicon/youth.tsv");
const PATTERN: &str = include_str!("lexicon/pattern.tsv");

/// Pattern's polarities run from -1 to +1; on VADER's scale (-4 to +4) they
/// are read at half strength: measured against human ratings
/// (`bench/english.py`), this weight helped reviews most and hurt social
/// posts least.
const PATTERN_SCALE: f64 = 2.0;

fn parse(source: &str, into: &mut HashMap<String, f64>) {
    parse_scaled(source, 1.0, into);
}

fn parse_scaled(source: &str, scale: f64, into: &mut HashMap<String, f64>) {
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((word, valence)) = line.split_once('\t')
            && let Ok(valence) = valence.trim().parse::<f64>()
        {
            into.insert(word.to_lowercase(), valence * scale);
        }
    }
}

/// Word (lower case) → valence from -4 to +4. Youth entries override VADER's.
fn vader_valence() -> HashMap<String, f64> {
    let mut map = HashMap::with_capacity(8000);
    parse(VADER, &mut map);
    parse(YOUTH, &mut map);
    map
}

/// English's own words: VADER's (`vader`) and the adjectives it lacks. Kept
/// apart from VADER's because those also stand for "an English word" when a
/// text's language is told, and many of these adjectives are spelt the same
/// in other languages ("horrible", "normal", "brutal").
fn english_valence(vader: &HashMap<String, f64>) -> HashMap<String, f64> {
    let mut map = HashMap::with_capacity(9000);
    parse_scaled(PATTERN, PATTERN_SCALE, &mut map);
    map.extend(vader.iter().map(|(word, valence)| (word.clone(), *valence)));
    map
}

/// Words that strengthen (`true`) or soften the sentiment word after them.
fn boosters() -> impl Iterator<Item = (&'static str, bool)> {
    let increase = [
        "absolutely",
        "amazingly",
        "awfully",
        "completely",
        "considerable",
        "considerably",
        "decidedly",
        "deeply",
        "effing",
        "enormous",
        "enormously",
        "entirely",
        "especially",
        "exceptional",
        "exceptionally",
        "extreme",
        "extremely",
        "fabulously",
        "flipping",
        "flippin",
        "frackin",
        "fracking",
        "freakin",
        "freaking",
        "fricking",
        "frickin",
        "frigging",
        "friggin",
        "fully",
        "fuckin",
        "fucking",
        "fuggin",
        "fugging",
        "greatly",
        "hella",
        "damn",
        "bloody",
        "seriously",
        "ridiculously",
        "crazy",
        "highly",
        "hugely",
        "incredible",
        "incredibly",
        "intensely",
        "major",
        "majorly",
        "more",
        "most",
        "particularly",
        "purely",
        "quite",
        "really",
        "remarkably",
        "so",
        "substantially",
        "thoroughly",
        "total",
        "totally",
        "tremendous",
        "tremendously",
        "uber",
        "unbelievably",
        "unusually",
        "utter",
        "utterly",
        "very",
        "highkey",
        "deadass",
        "super",
        "mad",
        "insanely",
        "hecka",
    ];
    let decrease = [
        "almost",
        "barely",
        "hardly",
        "just_enough",
        "kind_of",
        "kinda",
        "kindof",
        "kind-of",
        "less",
        "little",
        "marginal",
        "marginally",
        "occasional",
        "occasionally",
        "partly",
        "scarce",
        "scarcely",
        "slight",
        "slightly",
        "somewhat",
        "sort_of",
        "sorta",
        "sortof",
        "sort-of",
        "lowkey",
        "low_key",
        "ish",
    ];
    increase
        .into_iter()
        .map(|w| (w, true))
        .chain(decrease.into_iter().map(|w| (w, false)))
}

/// Words that strengthen the sentiment word *before* them ("fire no cap").
const AFTER_BOOSTERS: [&str; 5] = ["no_cap", "fr", "ong", "frfr", "forreal"];

const NEGATIONS: &[&str] = &[
    "aint",
    "arent",
    "cannot",
    "cant",
    "couldnt",
    "darent",
    "didnt",
    "doesnt",
    "ain't",
    "aren't",
    "can't",
    "couldn't",
    "daren't",
    "didn't",
    "doesn't",
    "dont",
    "hadnt",
    "hasnt",
    "havent",
    "isnt",
    "mightnt",
    "mustnt",
    "neither",
    "don't",
    "hadn't",
    "hasn't",
    "haven't",
    "isn't",
    "mightn't",
    "mustn't",
    "neednt",
    "needn't",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtnt",
    "shant",
    "shouldnt",
    "uhuh",
    "wasnt",
    "werent",
    "oughtn't",
    "shan't",
    "shouldn't",
    "uh-uh",
    "wasn't",
    "weren't",
    "without",
    "wont",
    "wouldnt",
    "won't",
    "wouldn't",
    "rarely",
    "seldom",
    "despite",
];

/// One covered language's lexicon and word lists, as read from its file.
#[derive(Default)]
struct Lists {
    valence: HashMap<String, f64>,
    negation: HashSet<String>,
    negation_after: HashSet<String>,
    /// Strengthens (`true`) or softens the word after it.
    boosters: HashMap<String, bool>,
    after: HashSet<String>,
    contrast: HashSet<String>,
    stop: HashSet<String>,
}

impl Lists {
    fn english(vader: &HashMap<String, f64>) -> Lists {
        Lists {
            valence: english_valence(vader),
            contrast: std::iter::once("but".to_string()).collect(),
            stop: ENGLISH_STOPS.iter().map(|w| w.to_string()).collect(),
            ..Lists::default()
        }
    }

    /// A language's file: "word<TAB>valence" lines, and "@role<TAB>word" lines
    /// for the rules (see `lexicon/spa.tsv`).
    fn parse(source: &str) -> Lists {
        let mut lists = Lists::default();
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((first, second)) = line.split_once('\t') else {
                continue;
            };
            let word = second.trim().to_lowercase();
            match first {
                "@negation" => {
                    lists.negation.insert(word);
                }
                "@negation_after" => {
                    lists.negation_after.insert(word);
                }
                "@booster" => {
                    lists.boosters.insert(word, true);
                }
                "@dampener" => {
                    lists.boosters.insert(word, false);
                }
                "@after" => {
                    lists.after.insert(word);
                }
                "@contrast" => {
                    lists.contrast.insert(word);
                }
                "@stop" => {
                    lists.stop.insert(word);
                }
                word => {
                    if let Ok(valence) = second.trim().parse::<f64>() {
                        lists.valence.insert(word.to_lowercase(), valence);
                    }
                }
            }
        }
        lists
    }
}

fn build_words() -> BTreeMap<String, Entry> {
    let vader = vader_valence();
    let general_boosters: HashMap<&str, bool> = boosters().collect();
    let lists = [
        Lists::english(&vader),
        Lists::parse(include_str!("lexicon/spa.tsv")),
        Lists::parse(include_str!("lexicon/por.tsv")),
        Lists::parse(include_str!("lexicon/fra.tsv")),
        Lists::parse(include_str!("lexicon/deu.tsv")),
        Lists::parse(include_str!("lexicon/ita.tsv")),
    ];
    let mut words: BTreeMap<String, Entry> = BTreeMap::new();
    fn at<'a>(words: &'a mut BTreeMap<String, Entry>, word: &str) -> &'a mut Entry {
        words.entry(word.to_string()).or_default()
    }
    // Every language reads VADER's words and the general boosters, as
    // borrowed English, and joins their two-word phrases.
    const EVERY_LANGUAGE: u8 = (1 << COVERED) - 1;
    for (word, valence) in &vader {
        let entry = at(&mut words, word);
        entry.english_word = Some(*valence);
        entry.phrase = EVERY_LANGUAGE;
    }
    for word in general_boosters.keys() {
        at(&mut words, word).phrase = EVERY_LANGUAGE;
    }
    let general_keys = vader
        .keys()
        .map(String::as_str)
        .chain(general_boosters.keys().copied());
    for (head, _) in general_keys.filter_map(|key| key.split_once('_')) {
        at(&mut words, head).phrase_head = EVERY_LANGUAGE;
    }
    for word in NEGATIONS {
        at(&mut words, word).english_negation = true;
    }
    for (n, lists) in lists.iter().enumerate() {
        let bit = 1u8 << n;
        for (word, valence) in &lists.valence {
            let entry = at(&mut words, word);
            entry.valence[n] = *valence;
            entry.has_valence |= bit;
            // A word English scores too ("excellent", "super") tells nothing.
            if n > 0 && !vader.contains_key(word) {
                entry.own |= bit;
            }
        }
        for (set, flag) in [
            (
                &lists.stop,
                (|e: &mut Entry| &mut e.stop) as fn(&mut Entry) -> &mut u8,
            ),
            (&lists.negation, |e| &mut e.negation),
            (&lists.negation_after, |e| &mut e.negation_after),
            (&lists.after, |e| &mut e.after),
            (&lists.contrast, |e| &mut e.contrast),
        ] {
            for word in set {
                *flag(at(&mut words, word)) |= bit;
            }
        }
        for word in AFTER_BOOSTERS {
            at(&mut words, word).after |= bit;
        }
        // The language's own boosters first, then the general ones.
        let boosting = lists
            .boosters
            .iter()
            .map(|(word, value)| (word.as_str(), *value))
            .chain(
                general_boosters
                    .iter()
                    .filter(|(word, _)| !lists.boosters.contains_key(**word))
                    .map(|(word, value)| (*word, *value)),
            );
        for (word, value) in boosting {
            let entry = at(&mut words, word);
            if value {
                entry.boosts |= bit;
            } else {
                entry.softens |= bit;
            }
        }
        for key in lists.valence.keys().chain(lists.boosters.keys()) {
            at(&mut words, key).phrase |= bit;
            if let Some((head, _)) = key.split_once('_') {
                at(&mut words, head).phrase_head |= bit;
            }
        }
    }
    words
}

/// Common English words, to tell English apart.
const ENGLISH_STOPS: [&str; 82] = [
    "the", "and", "is", "it", "this", "to", "of", "i", "you", "my", "was", "for", "with", "but",
    "not", "so", "they", "are", "have", "just", "very", "really", "me", "that", "on", "in", "at",
    "be", "these", "were", "what", "its", "it's", "i'm", "dont", "don't", "too", "their", "from",
    "got", "an", "we", "our", "he", "she", "his", "her", "them", "there", "here", "had", "has",
    "been", "do", "did", "does", "will", "would", "could", "should", "can", "about", "all",
    "would've", "if", "when", "which", "who", "how", "than", "then", "out", "up", "or", "by",
    "get", "one", "only", "ever", "because", "as", "no",
];
