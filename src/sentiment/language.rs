//! The languages the scorer covers, one table of every word their lexicons
//! and rules know, and how a text's language is told: by counting the common
//! words of each covered language in it, which is fast and sure for most
//! posts; only a text that this leaves open goes to a general detector.
//!
//! Each word is looked up once per text ([`entry`]): the same entry says which
//! languages it is a common or an own word of (for telling the language) and
//! what every covered language's rules read of it (for scoring).

use std::cell::RefCell;

use whatlang::Lang;

use super::detector;
use super::text::Text;
use super::word_hash::{bucket, fingerprint, place, word_hash};

/// How many languages are covered (English first, see [`LANGUAGES`]).
const COVERED: usize = 6;

/// What the covered languages know of one word, each language by its bit
/// (`1 << index`, English's bit 0). A valence is named by its place in
/// [`VALUES`] (0: none), so an entry takes 22 bytes and its record one cache
/// line.
#[derive(Debug)]
pub struct Entry {
    /// Valence in each language's own lexicon (English's: VADER's, the young
    /// members' and the adjectives).
    valence: [u8; COVERED],
    /// Valence in VADER's or the young members' lexicon: an English
    /// sentiment word, as telling the language reads it.
    english_word: u8,
    /// A common word of the language.
    stop: u8,
    /// In the language's own lexicon and not in English's (English's bit unset).
    own: u8,
    /// One of the language's own negations.
    negation: u8,
    /// One of English's negations, which every language reads.
    english_negation: bool,
    negation_after: u8,
    /// Strengthens, or softens, the sentiment word after it.
    boosts: u8,
    softens: u8,
    /// Strengthens the sentiment word before it ("fire no cap").
    after: u8,
    contrast: u8,
    /// Begins a two-word phrase of the language's lexicon.
    phrase_head: u8,
    /// A key of the language's lexicon or boosters (for joined phrases).
    phrase: u8,
    /// Which of the words English's rules name one by one it is ([`mark`]).
    marks: u16,
    /// Slang whose plain sense is bad ("fire"): that sense's valence.
    plain_sense: u8,
    /// An English form the lexicon does not list ("wrecked", "spams"): the
    /// valence of its base form, worked out with the table.
    english_inflected: u8,
}

/// A word of the table with its entry: the letters a look-up compares and
/// the entry the rules read lie in one cache line.
#[repr(C, align(64))]
struct Record {
    letters: [u8; MAX_LETTERS],
    length: u8,
    entry: Entry,
}

impl Record {
    /// A place no word takes (its fingerprint is 0).
    const EMPTY: Record = Record {
        letters: [0; MAX_LETTERS],
        length: 0,
        entry: Entry::BLANK,
    };
}

/// The valence at `place` in [`VALUES`] (0: none).
fn value(place: u8) -> Option<f64> {
    (place != 0).then(|| VALUES[usize::from(place)])
}

/// The words English's rules name one by one ("no", "least", "never so"),
/// each by its bit of an entry's marks: the rules test a bit where they
/// would compare strings.
pub mod mark {
    pub const NO: u16 = 1;
    pub const OR_NOR: u16 = 1 << 1;
    pub const LEAST: u16 = 1 << 2;
    /// "at least", "very least".
    pub const AT_OR_VERY: u16 = 1 << 3;
    pub const NEVER: u16 = 1 << 4;
    pub const SO_OR_THIS: u16 = 1 << 5;
    pub const WITHOUT: u16 = 1 << 6;
    pub const DOUBT: u16 = 1 << 7;
    /// A word after which slang says what something is ("is fire").
    pub const SLANG_CUE: u16 = 1 << 8;
}

/// Whether a looked-up word is one the rules name by `mark`.
pub fn marked(entry: Option<&Entry>, mark: u16) -> bool {
    entry.is_some_and(|e| e.marks & mark != 0)
}

impl Entry {
    /// An entry that knows nothing: the word table gives each word's
    /// entry as the fields that differ from it.
    const BLANK: Entry = Entry {
        valence: [0; COVERED],
        english_word: 0,
        stop: 0,
        own: 0,
        negation: 0,
        english_negation: false,
        negation_after: 0,
        boosts: 0,
        softens: 0,
        after: 0,
        contrast: 0,
        phrase_head: 0,
        phrase: 0,
        marks: 0,
        plain_sense: 0,
        english_inflected: 0,
    };

    fn valence(&self, index: usize) -> Option<f64> {
        value(self.valence[index])
    }

    /// Valence as an English sentiment word (VADER's or the young members').
    fn english_word(&self) -> Option<f64> {
        value(self.english_word)
    }

    /// The valence of slang's plain sense ("fire"), where it has one.
    pub fn plain_sense(&self) -> Option<f64> {
        value(self.plain_sense)
    }

    /// An English form the lexicon does not list: its base form's valence.
    fn english_inflected(&self) -> Option<f64> {
        value(self.english_inflected)
    }

    /// Whether telling the language reads it (a common or an own word).
    fn tells(&self) -> bool {
        self.stop | self.own != 0
    }
}

// The word table, worked out when the binary is built (`words.rs`):
// `RECORDS` at the places the perfect hash of `word_hash.rs` gives their
// words, each place's `FINGERPRINTS`, each bucket's `PILOTS`, `VALUES` (the
// valences the entries name by place) and `MAX_LETTERS`.
include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// The one look-up of a lower-cased word.
pub fn entry(word: &str) -> Option<&'static Entry> {
    entry_of_bytes(word.as_bytes())
}

/// [`entry`] of a word's bytes: its bucket's pilot gives its place, and the
/// record there is read only when the fingerprint there is the word's.
#[inline]
pub fn entry_of_bytes(word: &[u8]) -> Option<&'static Entry> {
    if word.is_empty() || word.len() > MAX_LETTERS {
        return None;
    }
    let hash = word_hash(word);
    let pilot = *PILOTS.get(bucket(hash, PILOTS.len()))?;
    let at = place(hash, pilot, RECORDS.len());
    // Most words the table lacks end here, before their record is read.
    if *FINGERPRINTS.get(at)? != fingerprint(hash) {
        return None;
    }
    let record = RECORDS.get(at)?;
    (usize::from(record.length) == word.len() && same_bytes(&record.letters[..word.len()], word))
        .then_some(&record.entry)
}

/// Whether two words of the same length are the same: byte by byte, as the
/// words are short and a call to `memcmp` costs more than the comparison.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.iter().zip(b).all(|(x, y)| x == y)
}

/// What a booster adds to the sentiment word after it, or a dampener takes.
const B_INCR: f64 = 0.293;
const B_DECR: f64 = -0.293;

/// One covered language: its code and where its bit stands in the word table.
pub struct Rules {
    /// ISO 639-3 code ("spa").
    pub code: &'static str,
    index: usize,
    pub english: bool,
}

/// The covered languages, English first.
pub static LANGUAGES: [Rules; COVERED] = [
    Rules::new("eng", 0),
    Rules::new("spa", 1),
    Rules::new("por", 2),
    Rules::new("fra", 3),
    Rules::new("deu", 4),
    Rules::new("ita", 5),
];

impl Rules {
    const fn new(code: &'static str, index: usize) -> Rules {
        Rules {
            code,
            index,
            english: index == 0,
        }
    }

    fn has(&self, mask: u8) -> bool {
        mask & (1 << self.index) != 0
    }

    fn flagged(&self, entry: Option<&Entry>, mask: impl Fn(&Entry) -> u8) -> bool {
        entry.is_some_and(|e| self.has(mask(e)))
    }

    /// A word's valence (`entry` is its look-up): the language's own, else
    /// (for a word borrowed from English, as young members mix them) English's.
    /// `word` is asked for only when the entry does not say.
    #[inline]
    pub fn valence<'w>(
        &self,
        word: impl FnOnce() -> &'w str,
        entry: Option<&Entry>,
    ) -> Option<f64> {
        if let Some(v) = entry.and_then(|e| e.valence(self.index)) {
            return Some(v);
        }
        if self.english {
            if let Some(e) = entry {
                if self.has(e.stop) {
                    return None;
                }
                if let Some(v) = e.english_inflected() {
                    return Some(v);
                }
            }
            // Only a word with a letter three times in a row can be drawn out.
            let word = word();
            if !has_letter_thrice(word.as_bytes()) {
                return None;
            }
            return drawn_out_valence(word);
        }
        self.valence_beyond_entry(word(), entry)
    }

    /// [`Rules::valence`] of a word in a language other than English that
    /// its entry does not give: from an inflected form, else English's.
    fn valence_beyond_entry(&self, word: &str, entry: Option<&Entry>) -> Option<f64> {
        if self.flagged(entry, |e| e.stop | e.negation) {
            return None;
        }
        self.inflected(word)
            .or_else(|| entry.and_then(Entry::english_word))
    }

    /// An inflected form's valence from the lexicon's base form: plurals,
    /// feminine and German adjective endings, and superlatives ("buenísimas",
    /// "comodissime", "schlechteste"), which count a third more.
    fn inflected(&self, word: &str) -> Option<f64> {
        let base = |stem: &str, ending: &str| valence_of(stem, ending, self.index);
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

    pub fn booster(&self, entry: Option<&Entry>) -> Option<f64> {
        let entry = entry?;
        if self.has(entry.boosts) {
            Some(B_INCR)
        } else if self.has(entry.softens) {
            Some(B_DECR)
        } else {
            None
        }
    }

    pub fn is_after_booster(&self, entry: Option<&Entry>) -> bool {
        self.flagged(entry, |e| e.after)
    }

    /// A negation before the word it turns round (English "n't" included,
    /// looked for only in a word that may hold an `apostrophe`).
    pub fn is_negation<'w>(
        &self,
        word: impl FnOnce() -> &'w str,
        apostrophe: bool,
        entry: Option<&Entry>,
    ) -> bool {
        entry.is_some_and(|e| e.english_negation || self.has(e.negation))
            || (apostrophe && has_nt(word()))
    }

    pub fn is_negation_after(&self, entry: Option<&Entry>) -> bool {
        self.flagged(entry, |e| e.negation_after)
    }

    /// How many words after a sentiment word its negation may come: German
    /// puts "nicht" at the end of the clause, French "pas" right after the verb.
    pub fn negation_after_reach(&self) -> usize {
        if self.code == "deu" { 5 } else { 2 }
    }

    pub fn is_contrast(&self, entry: Option<&Entry>) -> bool {
        self.flagged(entry, |e| e.contrast)
    }

    /// Whether a word may begin a two-word phrase (checked before the pair
    /// is joined to look it up).
    pub fn may_begin_phrase(&self, entry: Option<&Entry>) -> bool {
        self.flagged(entry, |e| e.phrase_head)
    }

    /// A two-word phrase the lexicon scores as one token (joined with `_`).
    pub fn is_phrase(&self, joined: Option<&Entry>) -> bool {
        self.flagged(joined, |e| e.phrase)
    }

    /// Whether elided words ("l'", "n'", "dell'") are split from the next.
    pub fn splits_elisions(&self) -> bool {
        matches!(self.code, "fra" | "ita")
    }
}

/// What a letter drawn out for emphasis ("sooo good", "yayyy") adds.
const DRAWN_OUT: f64 = 0.3;

/// The valence of a word with letters drawn out for emphasis ("yayyyy",
/// "loooove"), read from the word with each run of one letter cut short.
fn drawn_out_valence(word: &str) -> Option<f64> {
    let valence = |word: &str| entry(word).and_then(|e| e.valence(0));
    let [once, twice] = drawn_out(word)?;
    if !word.is_ascii() {
        return None;
    }
    valence(&twice)
        .or_else(|| valence(&once))
        .map(|v| v + v.signum() * DRAWN_OUT)
}

thread_local! {
    /// Where each candidate base form is spelt out: one buffer per thread,
    /// as most words the lexicons lack are looked up again from their base.
    static CANDIDATE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The valence in the language of bit `index` of `stem` followed by `ending`.
fn valence_of(stem: &str, ending: &str, index: usize) -> Option<f64> {
    CANDIDATE.with_borrow_mut(|candidate| {
        candidate.clear();
        candidate.push_str(stem);
        candidate.push_str(ending);
        entry(candidate).and_then(|e| e.valence(index))
    })
}

/// Whether an ASCII letter stands three times in a row in `bytes`.
#[inline(always)]
fn has_letter_thrice(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .zip(bytes.get(1..).unwrap_or_default())
        .zip(bytes.get(2..).unwrap_or_default())
        .any(|((a, b), c)| a == b && b == c && a.is_ascii_alphabetic())
}

/// A word with a letter three or more times in a row, with every such run
/// cut to one letter and to two ("yayyyy" → "yay", "yayy"; "goood" → "god",
/// "good"); `None` for any other word.
fn drawn_out(word: &str) -> Option<[String; 2]> {
    let bytes = word.as_bytes();
    if !has_letter_thrice(bytes) {
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

/// Elided words of French and Italian, split from the word they lean on.
const ELIDED: [&str; 16] = [
    "l", "d", "j", "n", "c", "m", "t", "s", "qu", "un", "dell", "nell", "all", "dall", "sull",
    "quell",
];

/// A token split at an elision ("l'équipe" → "l", "équipe"), else whole.
pub fn split_elision(token: &str) -> Option<(&str, &str)> {
    // Most words have no apostrophe: bytes tell that fastest (0xE2 begins '’').
    if !token.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return None;
    }
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

/// Tells a text's language from its words: a covered language whose common
/// words clearly outnumber the others'; else the general detector's answer
/// for a long enough text; else English when English words are there or
/// nothing says otherwise.
pub fn tell(text: &str, read: &mut Text) -> Told {
    // Per language: its common words in the text, counting "l'" and the
    // word after it apart, and words of its own lexicon (English's is left
    // out: its borrowed words turn up everywhere).
    let mut counts = [0usize; COVERED];
    let mut own_words = [0usize; COVERED];
    let mut pieces_in_all = 0;
    // A word of another covered language that is not English too.
    let mut not_english = false;
    // Words that tell nothing of the language, looked at again if need be.
    let mut unknown = 0;
    // English contractions ("doesn't", "we'll") are English evidence.
    let mut contractions = 0;
    // English sentiment words that are not also common words of another
    // covered language (as "no" is of Spanish and Portuguese).
    let mut english_hits = 0;
    let mut count = |entry: Option<&Entry>| {
        pieces_in_all += 1;
        let Some(e) = entry.filter(|e| e.tells()) else {
            unknown += 1;
            return;
        };
        not_english |= e.stop & 1 == 0 && (e.stop | e.own) & !1 != 0;
        // A common word of a language counts as that; an own word only where
        // it is not also common. Bit by bit: most words have one or two.
        let add = |tally: &mut [usize; COVERED], mut bits: u8| {
            while bits != 0 {
                tally[bits.trailing_zeros() as usize] += 1;
                bits &= bits - 1;
            }
        };
        add(&mut counts, e.stop);
        add(&mut own_words, e.own & !e.stop);
    };
    for token in read.telling() {
        if let Some(e) = token.entry
            && e.english_word != 0
            && (e.stop | e.own) & !1 == 0
        {
            english_hits += 1;
        }
        if !token.apostrophe {
            count(token.entry);
            continue;
        }
        let word = read.lower(token.lower);
        if word.as_bytes().contains(&b'\'') && is_english_contraction(word) {
            contractions += 1;
        }
        match split_elision(word) {
            Some((head, tail)) => {
                count(entry(head));
                count(entry(tail));
            }
            None => count(token.entry),
        }
    }
    counts[0] += contractions;
    let mut order: [usize; COVERED] = std::array::from_fn(|n| n);
    order.sort_by_key(|n| std::cmp::Reverse(counts[*n]));
    let (best, second) = (counts[order[0]], counts[order[1]]);
    // Sure: common words of one language, a good share of the text, and
    // twice as many as any other's (related languages share a few).
    if best >= 2 && best * 4 >= pieces_in_all && best >= second * 2 {
        return Told::Covered(&LANGUAGES[order[0]]);
    }
    // English, the default, when it shows and nothing else does: no word of
    // another covered language and no letter outside ASCII (which the
    // languages not covered would bring).
    if !not_english
        && counts[0] + english_hits > 0
        && (text.is_ascii() || text.chars().all(|c| c.is_ascii() || !c.is_alphabetic()))
    {
        return Told::Covered(&LANGUAGES[0]);
    }
    // Not sure yet: inflected forms of each lexicon count too.
    if unknown > 0 {
        for token in read.telling() {
            let word = read.lower(token.lower);
            let (piece, looked_up) = match split_elision(word) {
                Some((_, tail)) => (tail, entry(tail)),
                None => (word, token.entry),
            };
            if looked_up.is_some_and(|e| e.tells() || e.english_word != 0) {
                continue;
            }
            for rules in &LANGUAGES[1..] {
                if rules.inflected(piece).is_some() {
                    own_words[rules.index] += 1;
                }
            }
        }
    }
    // Words of one covered language's lexicon only, and none of English's.
    let mut with_own = (1..COVERED).filter(|n| own_words[*n] > 0);
    if let (Some(n), None) = (with_own.next(), with_own.next())
        && english_hits == 0
    {
        return Told::Covered(&LANGUAGES[n]);
    }
    let letters = read.letters(text);
    let letter_count = letters.chars().filter(|c| c.is_alphabetic()).count();
    // The covered language other than English with the most words of its
    // own, if one leads.
    let weight = |n: usize| counts[n] + 2 * own_words[n];
    let mut ranked: [usize; COVERED - 1] = std::array::from_fn(|n| n + 1);
    ranked.sort_by_key(|n| std::cmp::Reverse(weight(*n)));
    let (first, runner_up) = (weight(ranked[0]), weight(ranked[1]));
    let leader = (first > 0 && first > runner_up).then_some(ranked[0]);
    // The general detector, the costliest step by far, only where its answer
    // can change the outcome: a text too short for it to be trusted, with
    // English words and no other language leading, is English whatever it says.
    let detected = if letter_count == 0
        || (letter_count < MIN_LETTERS_FOR_DETECTION && english_hits > 0 && leader.is_none())
    {
        None
    } else {
        detector::detect(letters)
    };
    let Some(info) = detected else {
        return Told::Covered(&LANGUAGES[0]);
    };
    let code = info.lang.code();
    let trusted = letter_count >= MIN_LETTERS_FOR_DETECTION && info.is_reliable();
    // The detector's guess stands when the text holds words of it, and it is
    // sure or the text has no English word.
    if let Some(n) = LANGUAGES.iter().position(|rules| rules.code == code)
        && counts[n] + own_words[n] > 0
        && n != 0
        && (trusted || english_hits == 0)
    {
        return Told::Covered(&LANGUAGES[n]);
    }
    // A short text with no English words at all is not read as English either.
    let foreign_enough =
        trusted || (english_hits == 0 && letter_count > 0 && info.confidence > 0.5);
    if info.lang == Lang::Eng || !foreign_enough {
        return match leader {
            Some(n) if info.lang != Lang::Eng => Told::Covered(&LANGUAGES[n]),
            _ => Told::Covered(&LANGUAGES[0]),
        };
    }
    match LANGUAGES.iter().find(|rules| rules.code == code) {
        Some(rules) => Told::Covered(rules),
        None => Told::Other(code),
    }
}

/// "doesn't", "we'll", "I'm": English.
fn is_english_contraction(word: &str) -> bool {
    has_nt(word)
        || ["'ll", "'ve", "'re", "'m", "'s", "'d"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Whether a word holds "n't" (bytes: the words are short, a substring
/// search costs more to set up than to run).
fn has_nt(word: &str) -> bool {
    word.as_bytes().windows(3).any(|w| w == b"n't")
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn every_word_of_the_table_is_found_by_its_look_up_and_no_other_word() {
        for record in RECORDS.iter().filter(|r| r.length > 0) {
            let word = &record.letters[..usize::from(record.length)];
            let found = entry_of_bytes(word).unwrap_or_else(|| panic!("{word:?} is not found"));
            assert!(
                std::ptr::eq(found, &record.entry),
                "{word:?} finds another entry"
            );
        }
        assert_eq!(
            std::mem::size_of::<Record>(),
            64,
            "a record is one cache line"
        );
        let words = RECORDS.iter().filter(|r| r.length > 0).count();
        assert!(words > 80_000, "{words} words");
        for word in ["", "qqqzx", "shoesshoesshoesshoes", "goodd", "ñandú"] {
            assert!(entry(word).is_none(), "{word:?}");
        }
        assert!(
            entry("wrecked")
                .and_then(Entry::english_inflected)
                .is_some()
        );
        assert!(entry("good").and_then(|e| e.valence(0)).is_some());
    }
}
