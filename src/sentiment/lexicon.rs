//! The lexicons, compiled into the binary (see `lexicon/README.md` for sources),
//! read once into the word table of `language.rs`.

use rustc_hash::FxHashMap as HashMap;

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
pub fn vader_valence() -> HashMap<String, f64> {
    let mut map = HashMap::with_capacity_and_hasher(8000, Default::default());
    parse(VADER, &mut map);
    parse(YOUTH, &mut map);
    map
}

/// English's own words: VADER's (`vader`) and the adjectives it lacks. Kept
/// apart from VADER's because those also stand for "an English word" when a
/// text's language is told, and many of these adjectives are spelt the same
/// in other languages ("horrible", "normal", "brutal").
pub fn english_valence(vader: &HashMap<String, f64>) -> HashMap<String, f64> {
    let mut map = HashMap::with_capacity_and_hasher(9000, Default::default());
    parse_scaled(PATTERN, PATTERN_SCALE, &mut map);
    map.extend(vader.iter().map(|(word, valence)| (word.clone(), *valence)));
    map
}

pub const B_INCR: f64 = 0.293;
pub const B_DECR: f64 = -0.293;

/// Words that strengthen or soften the sentiment word after them.
pub fn boosters() -> impl Iterator<Item = (&'static str, f64)> {
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
        .map(|w| (w, B_INCR))
        .chain(decrease.into_iter().map(|w| (w, B_DECR)))
}

/// Words that strengthen the sentiment word *before* them ("fire no cap").
pub const AFTER_BOOSTERS: [&str; 5] = ["no_cap", "fr", "ong", "frfr", "forreal"];

pub const NEGATIONS: &[&str] = &[
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
