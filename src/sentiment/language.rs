//! The languages the scorer covers, each with its lexicon and the words its
//! rules need, and how a text's language is told: by counting the common
//! words of each covered language in it, which is fast and sure for most
//! posts; only a text that this leaves open goes to a general detector.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use whatlang::Lang;

use super::lexicon::{
    AFTER_BOOSTERS, B_DECR, B_INCR, BOOSTERS, ENGLISH_VALENCE, NEGATIONS, VALENCE,
};

/// One covered language: its words' valences and the words its rules read.
pub struct Rules {
    /// ISO 639-3 code ("spa").
    pub code: &'static str,
    pub english: bool,
    valence: HashMap<String, f64>,
    negation: HashSet<String>,
    /// Negations that follow the word they turn round ("j'aime pas").
    negation_after: HashSet<String>,
    boosters: HashMap<String, f64>,
    /// Words that strengthen the sentiment just before them ("bom demais").
    after: HashSet<String>,
    contrast: HashSet<String>,
    stop: HashSet<String>,
    /// The first words of the two-word phrases it scores as one.
    phrase_heads: HashSet<String>,
}

impl Rules {
    /// A word's valence: the language's own, else (for a word borrowed from
    /// English, as young members mix them) English's.
    pub fn valence(&self, word: &str) -> Option<f64> {
        if let Some(v) = self.valence.get(word) {
            return Some(*v);
        }
        if self.english {
            if self.stop.contains(word) {
                return None;
            }
            return english_inflected(&self.valence, word);
        }
        if self.stop.contains(word) || self.negation.contains(word) {
            return None;
        }
        self.inflected(word).or_else(|| VALENCE.get(word).copied())
    }

    /// An inflected form's valence from the lexicon's base form: plurals,
    /// feminine and German adjective endings, and superlatives ("buenísimas",
    /// "comodissime", "schlechteste"), which count a third more.
    fn inflected(&self, word: &str) -> Option<f64> {
        let base = |stem: &str, ending: &str| self.valence.get(&format!("{stem}{ending}")).copied();
        let superlative = |v: f64| (v * 1.3).clamp(-4.0, 4.0);
        type Endings = &'static [(&'static str, &'static [&'static str])];
        // (superlative endings, other endings): each with the endings of the
        // lexicon's forms it may stand for.
        let (superlatives, endings): (Endings, Endings) = match self.code {
            "spa" => (
                &[
                    ("ísimo", &["o", ""]),
                    ("ísima", &["a", "o", ""]),
                    ("ísimos", &["os", "o", ""]),
                    ("ísimas", &["as", "a", "o", ""]),
                ],
                &[("s", &[""]), ("es", &[""])],
            ),
            "por" => (
                &[
                    ("íssimo", &["o", ""]),
                    ("íssima", &["a", "o", ""]),
                    ("íssimos", &["os", "o"]),
                    ("íssimas", &["as", "a", "o"]),
                ],
                &[("s", &[""]), ("es", &[""])],
            ),
            "ita" => (
                &[
                    ("issimo", &["o", "e"]),
                    ("issima", &["a", "o", "e"]),
                    ("issimi", &["i", "o", "e"]),
                    ("issime", &["e", "a", "o"]),
                ],
                &[
                    ("i", &["o", "e"]),
                    ("e", &["a", "o"]),
                    ("he", &["a"]),
                    ("hi", &["o"]),
                ],
            ),
            "fra" => (
                &[],
                &[("s", &[""]), ("x", &[""]), ("e", &[""]), ("es", &[""])],
            ),
            "deu" => (
                &[
                    ("ste", &[""]),
                    ("sten", &[""]),
                    ("ster", &[""]),
                    ("stes", &[""]),
                ],
                &[
                    ("e", &[""]),
                    ("er", &[""]),
                    ("es", &[""]),
                    ("en", &[""]),
                    ("em", &[""]),
                ],
            ),
            _ => (&[], &[]),
        };
        let from = |list: Endings| {
            list.iter().find_map(|(suffix, replacements)| {
                let stem = word.strip_suffix(suffix)?;
                replacements.iter().find_map(|ending| base(stem, ending))
            })
        };
        from(superlatives)
            .map(superlative)
            .or_else(|| from(endings))
    }

    pub fn booster(&self, word: &str) -> Option<f64> {
        self.boosters
            .get(word)
            .or_else(|| BOOSTERS.get(word))
            .copied()
    }

    pub fn is_after_booster(&self, word: &str) -> bool {
        self.after.contains(word) || AFTER_BOOSTERS.contains(&word)
    }

    /// A negation before the word it turns round (English "n't" included).
    pub fn is_negation(&self, word: &str) -> bool {
        self.negation.contains(word) || NEGATIONS.contains(&word) || word.contains("n't")
    }

    pub fn is_negation_after(&self, word: &str) -> bool {
        self.negation_after.contains(word)
    }

    /// How many words after a sentiment word its negation may come: German
    /// puts "nicht" at the end of the clause, French "pas" right after the verb.
    pub fn negation_after_reach(&self) -> usize {
        if self.code == "deu" { 5 } else { 2 }
    }

    pub fn is_contrast(&self, word: &str) -> bool {
        self.contrast.contains(word)
    }

    /// Whether a word may begin a two-word phrase (checked before the pair
    /// is joined to look it up).
    pub fn may_begin_phrase(&self, word: &str) -> bool {
        self.phrase_heads.contains(word)
    }

    /// A two-word phrase the lexicon scores as one token (joined with `_`).
    pub fn is_phrase(&self, joined: &str) -> bool {
        self.valence.contains_key(joined)
            || self.boosters.contains_key(joined)
            || VALENCE.contains_key(joined)
            || BOOSTERS.contains_key(joined)
    }

    /// Whether elided words ("l'", "n'", "dell'") are split from the next.
    pub fn splits_elisions(&self) -> bool {
        matches!(self.code, "fra" | "ita")
    }

    fn english() -> Rules {
        Rules {
            code: "eng",
            english: true,
            valence: ENGLISH_VALENCE.clone(),
            negation: HashSet::default(),
            negation_after: HashSet::default(),
            boosters: HashMap::default(),
            after: HashSet::default(),
            contrast: std::iter::once("but".to_string()).collect(),
            stop: ENGLISH_STOPS.iter().map(|w| w.to_string()).collect(),
            phrase_heads: HashSet::default(),
        }
        .with_phrase_heads()
    }

    fn with_phrase_heads(mut self) -> Rules {
        let keys = self
            .valence
            .keys()
            .chain(self.boosters.keys())
            .map(String::as_str)
            .chain(VALENCE.keys().map(String::as_str))
            .chain(BOOSTERS.keys().copied());
        self.phrase_heads = keys
            .filter_map(|key| key.split_once('_').map(|(head, _)| head.to_string()))
            .collect();
        self
    }

    /// A language's file: "word<TAB>valence" lines, and "@role<TAB>word" lines
    /// for the rules (see `lexicon/spa.tsv`).
    fn parse(code: &'static str, source: &str) -> Rules {
        let mut rules = Rules {
            code,
            english: false,
            valence: HashMap::default(),
            negation: HashSet::default(),
            negation_after: HashSet::default(),
            boosters: HashMap::default(),
            after: HashSet::default(),
            contrast: HashSet::default(),
            stop: HashSet::default(),
            phrase_heads: HashSet::default(),
        };
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
                    rules.negation.insert(word);
                }
                "@negation_after" => {
                    rules.negation_after.insert(word);
                }
                "@booster" => {
                    rules.boosters.insert(word, B_INCR);
                }
                "@dampener" => {
                    rules.boosters.insert(word, B_DECR);
                }
                "@after" => {
                    rules.after.insert(word);
                }
                "@contrast" => {
                    rules.contrast.insert(word);
                }
                "@stop" => {
                    rules.stop.insert(word);
                }
                word => {
                    if let Ok(valence) = second.trim().parse::<f64>() {
                        rules.valence.insert(word.to_lowercase(), valence);
                    }
                }
            }
        }
        rules.with_phrase_heads()
    }
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

/// What a letter drawn out for emphasis ("sooo good", "yayyy") adds.
const DRAWN_OUT: f64 = 0.3;

/// An English form the lexicon does not list, read from one it does: a word
/// with letters drawn out ("yayyyy", "loooove"), or an inflection of a base
/// form ("wrecked", "scammed", "spams", "brilliantly", "stopped").
fn english_inflected(valence: &HashMap<String, f64>, word: &str) -> Option<f64> {
    if !word.is_ascii() {
        return None;
    }
    if let Some(shortened) = drawn_out(word) {
        let [once, twice] = shortened;
        return valence
            .get(&twice)
            .or_else(|| valence.get(&once))
            .map(|v| v + v.signum() * DRAWN_OUT);
    }
    if word.len() < 5 {
        return None;
    }
    const ENDINGS: [(&str, &[&str]); 7] = [
        ("ing", &["", "e"]),
        ("ed", &["", "e"]),
        ("ies", &["y"]),
        ("es", &[""]),
        ("s", &[""]),
        ("ily", &["y"]),
        ("ly", &["", "le"]),
    ];
    // One buffer for every candidate: most words are looked up here.
    let mut candidate = String::with_capacity(word.len() + 2);
    ENDINGS.iter().find_map(|(ending, bases)| {
        let stem = word.strip_suffix(ending)?;
        bases.iter().find_map(|base| {
            candidate.clear();
            candidate.push_str(stem);
            candidate.push_str(base);
            valence.get(candidate.as_str()).copied().or_else(|| {
                // A doubled consonant: "stopped", "upsetting".
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

/// A word with a letter three or more times in a row, with every such run
/// cut to one letter and to two ("yayyyy" → "yay", "yayy"; "goood" → "god",
/// "good"); `None` for any other word.
fn drawn_out(word: &str) -> Option<[String; 2]> {
    let bytes = word.as_bytes();
    let drawn = bytes
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_ascii_alphabetic());
    if !drawn {
        return None;
    }
    let (mut once, mut twice) = (String::new(), String::new());
    for (n, &b) in bytes.iter().enumerate() {
        let same_as = |back: usize| n >= back && bytes[n - back] == b;
        if !same_as(1) {
            once.push(b as char);
        }
        if !(same_as(1) && same_as(2)) {
            twice.push(b as char);
        }
    }
    Some([once, twice])
}

/// The covered languages, English first.
pub static LANGUAGES: LazyLock<Vec<Rules>> = LazyLock::new(|| {
    vec![
        Rules::english(),
        Rules::parse("spa", include_str!("lexicon/spa.tsv")),
        Rules::parse("por", include_str!("lexicon/por.tsv")),
        Rules::parse("fra", include_str!("lexicon/fra.tsv")),
        Rules::parse("deu", include_str!("lexicon/deu.tsv")),
        Rules::parse("ita", include_str!("lexicon/ita.tsv")),
    ]
});

/// Each word's place among the covered languages, looked up once per word:
/// bit n of the first mask is set when it is a common word of language n, of
/// the second when it is in language n's own lexicon (English's left out).
static WORD_MASKS: LazyLock<HashMap<String, (u8, u8)>> = LazyLock::new(|| {
    let mut masks: HashMap<String, (u8, u8)> = HashMap::default();
    for (n, rules) in LANGUAGES.iter().enumerate() {
        for word in &rules.stop {
            masks.entry(word.clone()).or_default().0 |= 1 << n;
        }
        if !rules.english {
            // A word English scores too ("excellent", "super") tells nothing.
            for word in rules.valence.keys().filter(|w| !VALENCE.contains_key(*w)) {
                masks.entry(word.clone()).or_default().1 |= 1 << n;
            }
        }
    }
    masks
});

/// Elided words of French and Italian, split from the word they lean on.
const ELIDED: [&str; 16] = [
    "l", "d", "j", "n", "c", "m", "t", "s", "qu", "un", "dell", "nell", "all", "dall", "sull",
    "quell",
];

/// A token split at an elision ("l'équipe" → "l", "équipe"), else whole.
pub fn split_elision(token: &str) -> Option<(&str, &str)> {
    let (head, tail) = token.split_once(['\'', '’'])?;
    (ELIDED.contains(&head) && !tail.is_empty()).then_some((head, tail))
}

/// What telling the language came to.
pub enum Told {
    Covered(&'static Rules),
    /// Another language (its ISO 639-3 code, or "und").
    Other(&'static str),
}

/// Letters below which a general detector is not trusted on its own.
const MIN_LETTERS_FOR_DETECTION: usize = 20;

/// Tells a text's language from its lower-cased words: a covered language
/// whose common words clearly outnumber the others'; else the general
/// detector's answer for a long enough text; else English when English words
/// are there or nothing says otherwise.
pub fn tell(text: &str, lower_words: &[String]) -> Told {
    let languages: &'static [Rules] = &LANGUAGES;
    // Per language: its common words in the text, counting "l'" and the
    // word after it apart, and words of its own lexicon (English's is left
    // out: its borrowed words turn up everywhere).
    let mut counts = [0usize; 6];
    let mut own_words = [0usize; 6];
    let mut pieces_in_all = 0;
    // A word of another covered language that is not English too.
    let mut not_english = false;
    let mut unknown: Vec<&str> = Vec::new();
    let mut count = |piece: &'_ str| {
        pieces_in_all += 1;
        let Some(&(stop, own)) = WORD_MASKS.get(piece) else {
            return false;
        };
        not_english |= stop & 1 == 0 && (stop | own) & !1 != 0;
        for n in 0..languages.len() {
            if stop & (1 << n) != 0 {
                counts[n] += 1;
            } else if own & (1 << n) != 0 {
                own_words[n] += 1;
            }
        }
        true
    };
    // English contractions ("doesn't", "we'll") are English evidence.
    let contractions = lower_words
        .iter()
        .filter(|w| {
            w.contains("n't")
                || ["'ll", "'ve", "'re", "'m", "'s", "'d"]
                    .iter()
                    .any(|e| w.ends_with(e))
        })
        .count();
    for word in lower_words {
        match split_elision(word) {
            Some((head, tail)) => {
                count(head);
                if !count(tail) {
                    unknown.push(tail);
                }
            }
            None => {
                if !count(word) {
                    unknown.push(word);
                }
            }
        }
    }
    counts[0] += contractions;
    let mut order: Vec<usize> = (0..languages.len()).collect();
    order.sort_by_key(|n| std::cmp::Reverse(counts[*n]));
    let (best, second) = (counts[order[0]], counts[order[1]]);
    // Sure: common words of one language, a good share of the text, and
    // twice as many as any other's (related languages share a few).
    if best >= 2 && best * 4 >= pieces_in_all && best >= second * 2 {
        return Told::Covered(&languages[order[0]]);
    }
    // English sentiment words that are not also common words of another
    // covered language (as "no" is of Spanish and Portuguese).
    let english_hits = lower_words
        .iter()
        .filter(|w| VALENCE.contains_key(w.as_str()))
        .filter(|w| {
            WORD_MASKS
                .get(w.as_str())
                .is_none_or(|(stop, own)| (stop | own) & !1 == 0)
        })
        .count();
    // English, the default, when it shows and nothing else does: no word of
    // another covered language and no letter outside ASCII (which the
    // languages not covered would bring).
    if !not_english
        && counts[0] + english_hits > 0
        && text.chars().all(|c| c.is_ascii() || !c.is_alphabetic())
    {
        return Told::Covered(&languages[0]);
    }
    // Not sure yet: inflected forms of each lexicon count too.
    for word in unknown.iter().filter(|w| !VALENCE.contains_key(**w)) {
        for (n, rules) in languages.iter().enumerate().skip(1) {
            if rules.inflected(word).is_some() {
                own_words[n] += 1;
            }
        }
    }
    let letters: String = text
        .chars()
        .filter(|c| c.is_alphabetic() || c.is_whitespace())
        .collect();
    let letter_count = letters.chars().filter(|c| c.is_alphabetic()).count();
    let Some(info) = whatlang::detect(&letters) else {
        return Told::Covered(&languages[0]);
    };
    let code = info.lang().code();
    // Words of one covered language's lexicon only, and none of English's.
    let with_own: Vec<usize> = (1..languages.len()).filter(|n| own_words[*n] > 0).collect();
    if let [n] = with_own[..]
        && english_hits == 0
    {
        return Told::Covered(&languages[n]);
    }
    let trusted = letter_count >= MIN_LETTERS_FOR_DETECTION && info.is_reliable();
    // The detector's guess stands when the text holds words of it, and it is
    // sure or the text has no English word.
    if let Some(n) = languages.iter().position(|rules| rules.code == code)
        && counts[n] + own_words[n] > 0
        && n != 0
        && (trusted || english_hits == 0)
    {
        return Told::Covered(&languages[n]);
    }
    // A short text with no English words at all is not read as English either.
    let foreign_enough =
        trusted || (english_hits == 0 && letter_count > 0 && info.confidence() > 0.5);
    if info.lang() == Lang::Eng || !foreign_enough {
        // The covered language with the most words of its own, if one leads.
        let weight = |n: usize| counts[n] + 2 * own_words[n];
        let mut ranked: Vec<usize> = (1..languages.len()).collect();
        ranked.sort_by_key(|n| std::cmp::Reverse(weight(*n)));
        let (first, runner_up) = (weight(ranked[0]), weight(ranked[1]));
        return if first > 0 && first > runner_up && info.lang() != Lang::Eng {
            Told::Covered(&languages[ranked[0]])
        } else {
            Told::Covered(&languages[0])
        };
    }
    match languages.iter().find(|rules| rules.code == code) {
        Some(rules) => Told::Covered(rules),
        None => Told::Other(code),
    }
}
