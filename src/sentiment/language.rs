//! The languages the scorer covers, each with its lexicon and the words its
//! rules need, and how a text's language is told: by counting the common
//! words of each covered language in it, which is fast and sure for most
//! posts; only a text that this leaves open goes to a general detector.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use whatlang::Lang;

use super::lexicon::{AFTER_BOOSTERS, B_DECR, B_INCR, BOOSTERS, NEGATIONS, VALENCE};

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
}

impl Rules {
    /// A word's valence: the language's own, else (for a word borrowed from
    /// English, as young members mix them) English's.
    pub fn valence(&self, word: &str) -> Option<f64> {
        if let Some(v) = self.valence.get(word) {
            return Some(*v);
        }
        if self.english || self.stop.contains(word) || self.negation.contains(word) {
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
            valence: VALENCE.clone(),
            negation: HashSet::new(),
            negation_after: HashSet::new(),
            boosters: HashMap::new(),
            after: HashSet::new(),
            contrast: ["but".to_string()].into(),
            stop: ENGLISH_STOPS.iter().map(|w| w.to_string()).collect(),
        }
    }

    /// A language's file: "word<TAB>valence" lines, and "@role<TAB>word" lines
    /// for the rules (see `lexicon/spa.tsv`).
    fn parse(code: &'static str, source: &str) -> Rules {
        let mut rules = Rules {
            code,
            english: false,
            valence: HashMap::new(),
            negation: HashSet::new(),
            negation_after: HashSet::new(),
            boosters: HashMap::new(),
            after: HashSet::new(),
            contrast: HashSet::new(),
            stop: HashSet::new(),
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
        rules
    }
}

/// Common English words, to tell English apart.
const ENGLISH_STOPS: [&str; 40] = [
    "the", "and", "is", "it", "this", "to", "of", "i", "you", "my", "was", "for", "with", "but",
    "not", "so", "they", "are", "have", "just", "very", "really", "me", "that", "on", "in", "at",
    "be", "these", "were", "what", "its", "it's", "i'm", "dont", "don't", "too", "their", "from",
    "got",
];

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
    // word after it apart.
    let mut counts = [0usize; 6];
    // Per language: words of its own lexicon (English's is left out: its
    // borrowed words turn up everywhere).
    let mut own_words = [0usize; 6];
    let mut pieces_in_all = 0;
    for word in lower_words {
        let split = split_elision(word);
        let pieces = match &split {
            Some((head, tail)) => [Some(*head), Some(*tail)],
            None => [Some(word.as_str()), None],
        };
        for piece in pieces.into_iter().flatten() {
            pieces_in_all += 1;
            for (n, rules) in languages.iter().enumerate() {
                if rules.stop.contains(piece) {
                    counts[n] += 1;
                } else if !rules.english
                    && (rules.valence.contains_key(piece) || rules.inflected(piece).is_some())
                {
                    own_words[n] += 1;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..languages.len()).collect();
    order.sort_by_key(|n| std::cmp::Reverse(counts[*n]));
    let (best, second) = (counts[order[0]], counts[order[1]]);
    // Sure: common words of one language, a good share of the text, and
    // twice as many as any other's (related languages share a few).
    if best >= 2 && best * 4 >= pieces_in_all && best >= second * 2 {
        return Told::Covered(&languages[order[0]]);
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
    let english_hits = lower_words
        .iter()
        .filter(|w| VALENCE.contains_key(w.as_str()))
        .count();
    // Words of one covered language's lexicon only, and none of English's.
    let with_own: Vec<usize> = (1..languages.len()).filter(|n| own_words[*n] > 0).collect();
    if let [n] = with_own[..]
        && english_hits == 0
    {
        return Told::Covered(&languages[n]);
    }
    // The detector's guess stands when the text holds words of it.
    if let Some(n) = languages.iter().position(|rules| rules.code == code)
        && counts[n] + own_words[n] > 0
        && n != 0
    {
        return Told::Covered(&languages[n]);
    }
    let trusted = letter_count >= MIN_LETTERS_FOR_DETECTION && info.is_reliable();
    // A short text with no English words at all is not read as English either.
    let foreign_enough =
        trusted || (english_hits == 0 && letter_count > 0 && info.confidence() > 0.5);
    if info.lang() == Lang::Eng || !foreign_enough {
        // Among near-equal counts, the one that leads.
        return if best > 0 && best > second && info.lang() != Lang::Eng {
            Told::Covered(&languages[order[0]])
        } else {
            Told::Covered(&languages[0])
        };
    }
    match languages.iter().find(|rules| rules.code == code) {
        Some(rules) => Told::Covered(rules),
        None => Told::Other(code),
    }
}
