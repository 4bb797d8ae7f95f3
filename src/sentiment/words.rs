//! The word table, worked out when the binary is built: `build.rs` includes
//! this file, reads the lexicons (compiled in; sources in `lexicon/README.md`)
//! and the rules' word lists, and writes every word's entry as Rust source for
//! `language.rs`, laid out so start-up has nothing to do. Not part of the
//! crate itself.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;

use super::word_hash::{bucket, fingerprint, place, word_hash};

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
    /// The names of its marks (`language.rs`'s `mark`).
    marks: Vec<&'static str>,
    plain_sense: Option<f64>,
    english_inflected: Option<f64>,
}

/// The longest word the table holds, in bytes: a record keeps its letters.
const MAX_LETTERS: usize = 24;

/// The word table as Rust source for `language.rs`: every word's record
/// (`RECORDS`: its letters, their length and its entry, with the fields
/// that are not blank; most entries are English forms with one field) at
/// the place the perfect hash of `word_hash.rs` gives it, with its
/// fingerprint at the same place (`FINGERPRINTS`, 0 where no word is), each
/// bucket's pilot (`PILOTS`), and the valences the entries name by their
/// place (`VALUES`, the first no valence). A record is one cache line, so a
/// look-up that misses the cache misses it once. Nothing in it is a pointer,
/// so the loader has nothing to relocate and start-up nothing to build.
pub fn table() -> String {
    let words = build_words();
    let mut values = Values::default();
    let mut records = Vec::with_capacity(words.len());
    for (word, e) in &words {
        assert!(
            word.len() <= MAX_LETTERS,
            "{word:?}: a word of the table has {MAX_LETTERS} bytes at most"
        );
        let valence: Vec<String> = (0..COVERED)
            .map(|n| {
                let has = e.has_valence & (1 << n) != 0;
                values.place(has.then_some(e.valence[n])).to_string()
            })
            .collect();
        let fields = [
            (
                "valence",
                format!("[{}]", valence.join(", ")),
                e.has_valence == 0,
            ),
            (
                "english_word",
                values.place(e.english_word).to_string(),
                e.english_word.is_none(),
            ),
            ("stop", e.stop.to_string(), e.stop == 0),
            ("own", e.own.to_string(), e.own == 0),
            ("negation", e.negation.to_string(), e.negation == 0),
            (
                "english_negation",
                e.english_negation.to_string(),
                !e.english_negation,
            ),
            (
                "negation_after",
                e.negation_after.to_string(),
                e.negation_after == 0,
            ),
            ("boosts", e.boosts.to_string(), e.boosts == 0),
            ("softens", e.softens.to_string(), e.softens == 0),
            ("after", e.after.to_string(), e.after == 0),
            ("contrast", e.contrast.to_string(), e.contrast == 0),
            ("phrase_head", e.phrase_head.to_string(), e.phrase_head == 0),
            ("phrase", e.phrase.to_string(), e.phrase == 0),
            ("marks", marks(&e.marks), e.marks.is_empty()),
            (
                "plain_sense",
                values.place(e.plain_sense).to_string(),
                e.plain_sense.is_none(),
            ),
            (
                "english_inflected",
                values.place(e.english_inflected).to_string(),
                e.english_inflected.is_none(),
            ),
        ];
        let mut letters = [0u8; MAX_LETTERS];
        letters[..word.len()].copy_from_slice(word.as_bytes());
        let letters: String = letters
            .iter()
            .flat_map(|b| std::ascii::escape_default(*b))
            .map(char::from)
            .collect();
        let mut record = format!(
            "Record {{ letters: *b\"{letters}\", length: {}, entry: Entry {{ ",
            word.len()
        );
        for (name, value, _) in fields.iter().filter(|(_, _, blank)| !blank) {
            let _ = write!(record, "{name}: {value}, ");
        }
        record.push_str("..Entry::BLANK } },\n");
        records.push(record);
    }
    let hashes: Vec<u64> = words.keys().map(|w| word_hash(w.as_bytes())).collect();
    let index = PerfectHash::build(&hashes);
    let mut laid_out = vec![String::from("Record::EMPTY,\n"); index.places];
    let mut fingerprints = vec![0u8; index.places];
    for ((record, hash), at) in records.into_iter().zip(&hashes).zip(&index.place_of) {
        laid_out[*at] = record;
        fingerprints[*at] = fingerprint(*hash);
    }
    format!(
        "const MAX_LETTERS: usize = {MAX_LETTERS};\n\
         static RECORDS: [Record; {places}] = [\n{}];\n\
         static FINGERPRINTS: [u8; {places}] = [{}];\n\
         static PILOTS: [u16; {}] = [{}];\n\
         static VALUES: [f64; 256] = [{}];\n",
        laid_out.concat(),
        comma_separated(&fingerprints),
        index.pilots.len(),
        comma_separated(&index.pilots),
        values.source(),
        places = index.places,
    )
}

fn comma_separated<T: ToString>(values: &[T]) -> String {
    values
        .iter()
        .map(T::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Where each word goes: a pilot per bucket such that no two words share a
/// place (`word_hash.rs`). Buckets of about four words keep the pilots small
/// (a few tens of kilobytes); a few places more than words let the last
/// buckets find room quickly.
struct PerfectHash {
    places: usize,
    pilots: Vec<u16>,
    place_of: Vec<usize>,
}

impl PerfectHash {
    fn build(hashes: &[u64]) -> PerfectHash {
        let places = hashes.len() + hashes.len() / 32 + 1;
        let buckets = hashes.len() / 4 + 1;
        let mut members = vec![Vec::new(); buckets];
        for (n, hash) in hashes.iter().enumerate() {
            members[bucket(*hash, buckets)].push(n);
        }
        // The fullest buckets first, while there is most room.
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|b| (std::cmp::Reverse(members[*b].len()), *b));
        let mut taken = vec![false; places];
        let mut pilots = vec![0u16; buckets];
        let mut place_of = vec![0; hashes.len()];
        let mut trial = Vec::new();
        for b in order {
            if members[b].is_empty() {
                continue;
            }
            let pilot = (0..=u16::MAX)
                .find(|pilot| {
                    trial.clear();
                    members[b].iter().all(|n| {
                        let at = place(hashes[*n], *pilot, places);
                        let free = !taken[at] && !trial.contains(&at);
                        trial.push(at);
                        free
                    })
                })
                .unwrap_or_else(|| panic!("no pilot places bucket {b}'s words apart"));
            pilots[b] = pilot;
            for n in &members[b] {
                let at = place(hashes[*n], pilot, places);
                taken[at] = true;
                place_of[*n] = at;
            }
        }
        PerfectHash {
            places,
            pilots,
            place_of,
        }
    }
}

/// The distinct valences of the table, each by its place (from 1: 0 is none),
/// so an entry names one in a byte.
#[derive(Default)]
struct Values {
    places: HashMap<u64, u8>,
    in_order: Vec<f64>,
}

impl Values {
    fn place(&mut self, value: Option<f64>) -> u8 {
        let Some(value) = value else {
            return 0;
        };
        if let Some(place) = self.places.get(&value.to_bits()) {
            return *place;
        }
        self.in_order.push(value);
        let place = u8::try_from(self.in_order.len())
            .unwrap_or_else(|_| panic!("more than 255 distinct valences"));
        self.places.insert(value.to_bits(), place);
        place
    }

    /// All 256 places as Rust source (`{:?}` writes each value exactly).
    fn source(&self) -> String {
        let values: Vec<String> = std::iter::once(0.0)
            .chain(self.in_order.iter().copied())
            .chain(std::iter::repeat(0.0))
            .take(256)
            .map(|v: f64| format!("{v:?}"))
            .collect();
        values.join(", ")
    }
}

/// Marks as Rust source: `0`, or `mark::NO | mark::LEAST`.
fn marks(names: &[&str]) -> String {
    if names.is_empty() {
        return "0".to_string();
    }
    let named: Vec<String> = names.iter().map(|name| format!("mark::{name}")).collect();
    named.join(" | ")
}

/// Words English's rules name one by one (`vader.rs`), with the name of the
/// mark each gets in `language.rs`'s `mark`.
const MARKED: [(&str, &str); 10] = [
    ("no", "NO"),
    ("or", "OR_NOR"),
    ("nor", "OR_NOR"),
    ("least", "LEAST"),
    ("at", "AT_OR_VERY"),
    ("very", "AT_OR_VERY"),
    ("never", "NEVER"),
    ("so", "SO_OR_THIS"),
    ("this", "SO_OR_THIS"),
    ("without", "WITHOUT"),
];

/// "without doubt" is marked apart: it is the one word after "without" the
/// rules name.
const DOUBT: &str = "doubt";

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

/// English endings the lexicon does not list forms with, each with the
/// endings of the base forms it may stand for ("wrecked" → "wreck", "spams"
/// → "spam", "brilliantly" → "brilliant"), tried in this order.
const ENGLISH_ENDINGS: [(&str, &[&str]); 7] = [
    ("ing", &["", "e"]),
    ("ed", &["", "e"]),
    ("ies", &["y"]),
    ("es", &[""]),
    ("s", &[""]),
    ("ily", &["y"]),
    ("ly", &["", "le"]),
];

/// Whether a letter stands three times in a row ("yayyy"): such a word is
/// read as drawn out for emphasis, not as an inflection (`language.rs`).
fn is_drawn_out(word: &str) -> bool {
    word.as_bytes()
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_ascii_alphabetic())
}

/// The valence English reads for a form its lexicon (`valence`) lacks from
/// the base form: the first ending that leaves a base form the lexicon has,
/// its last letter doubled or not ("stopped", "upsetting").
fn english_inflected(word: &str, valence: &HashMap<String, f64>) -> Option<f64> {
    if !word.is_ascii() || word.len() < 5 || is_drawn_out(word) {
        return None;
    }
    ENGLISH_ENDINGS.iter().find_map(|(ending, bases)| {
        let stem = word.strip_suffix(ending)?;
        bases.iter().find_map(|base| {
            valence.get(&format!("{stem}{base}")).copied().or_else(|| {
                let bytes = stem.as_bytes();
                let doubled = base.is_empty()
                    && bytes.len() > 2
                    && bytes[bytes.len() - 1] == bytes[bytes.len() - 2];
                doubled
                    .then(|| valence.get(&stem[..stem.len() - 1]).copied())
                    .flatten()
            })
        })
    })
}

/// Every form English reads from a base form of its lexicon, with the
/// valence it reads: each base form with each ending, its last letter
/// doubled or not, where the form is not in the lexicon itself.
fn english_inflections(valence: &HashMap<String, f64>) -> BTreeMap<String, f64> {
    let mut found = BTreeMap::new();
    for base_form in valence.keys() {
        for (ending, bases) in ENGLISH_ENDINGS {
            for base in bases {
                let Some(stem) = base_form.strip_suffix(base) else {
                    continue;
                };
                let doubled = stem
                    .chars()
                    .last()
                    .filter(|_| base.is_empty())
                    .map(|last| format!("{stem}{last}{ending}"));
                for form in std::iter::once(format!("{stem}{ending}")).chain(doubled) {
                    if valence.contains_key(&form) {
                        continue;
                    }
                    if let Some(v) = english_inflected(&form, valence) {
                        found.insert(form, v);
                    }
                }
            }
        }
    }
    found
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
    for (word, mark) in MARKED {
        at(&mut words, word).marks.push(mark);
    }
    at(&mut words, DOUBT).marks.push("DOUBT");
    for word in SLANG_CUES {
        at(&mut words, word).marks.push("SLANG_CUE");
    }
    for (word, valence) in SLANG_WITH_PLAIN_SENSE {
        at(&mut words, word).plain_sense = Some(valence);
    }
    for (form, valence) in english_inflections(&lists[0].valence) {
        at(&mut words, &form).english_inflected = Some(valence);
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
