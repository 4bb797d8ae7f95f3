//! A text read once for both telling its language and scoring it: split into
//! words, each lower-cased into one buffer and looked up once in the word
//! table, one record per word that telling and scoring both read (scoring
//! adjusts the words in place and fills in the rest). The buffers are kept
//! per thread and reused from text to text, so reading a text allocates
//! nothing once they have grown.

use std::cell::RefCell;

use super::language::{Entry, entry_of_bytes};

/// Where a piece of text lies in one of [`Text`]'s buffers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// A word of the text: as read, a whitespace-separated token (each emoji
/// one of its own); scoring may cut a token in two ("l'équipe") or join two
/// into a phrase ("no_cap").
#[derive(Debug, Clone, Copy)]
pub struct Word {
    /// As written, with the punctuation around it (in the spaced text).
    pub raw: Span,
    /// Without the ASCII punctuation around it (in the spaced text).
    pub stripped: Span,
    /// The word lower-cased (in the lower-case buffer).
    pub lower: Span,
    pub entry: Option<&'static Entry>,
    /// Whether its letters are all capitals ([`is_upper`]; the punctuation
    /// around it has none).
    pub upper: bool,
    /// Whether it may hold an apostrophe (' or ’: any character beginning
    /// with ’'s first byte counts), the one mark inside a word the rules read.
    pub apostrophe: bool,
    /// Whether telling the language reads it: not an emoji, and not the one
    /// letter an emoticon leaves (":D", "=p"), which as a French "d'" or a
    /// Spanish "y" would mislead.
    pub is_word: bool,
    /// Whether a clause ends after it (",", ".", "!"…: another language's
    /// negation does not reach across one).
    pub ends: bool,
    /// Whether a sentence ends after it, and how ('.', '!' or '?').
    pub stop: Option<char>,
    /// Filled in by scoring: its valence and booster value, whether it is a
    /// negation of the language before the word it turns round, whether it
    /// strengthens the sentiment word before it ("fire no cap"), whether it
    /// is a sentiment word, and the sentiment it comes to.
    pub valence: Option<f64>,
    pub boost: Option<f64>,
    pub negation: bool,
    pub after_booster: bool,
    pub known: bool,
    pub sentiment: f64,
}

impl Word {
    fn read(raw: Span, stripped: Span, lower: Span, upper: bool, apostrophe: bool) -> Word {
        Word {
            raw,
            stripped,
            lower,
            entry: None,
            upper,
            apostrophe,
            is_word: false,
            ends: false,
            stop: None,
            valence: None,
            boost: None,
            negation: false,
            after_booster: false,
            known: false,
            sentiment: 0.0,
        }
    }
}

/// How a token ends a sentence, if it does: '?' when a question mark is among
/// its closing marks ("?!"), else the last of them.
fn sentence_stop(token: &str) -> Option<char> {
    let mut marks = token
        .trim_end_matches(['"', '\'', ')', '”', '’'])
        .chars()
        .rev()
        .take_while(|c| matches!(c, '.' | '!' | '?'));
    let last = marks.next()?;
    if last == '?' || marks.any(|c| c == '?') {
        Some('?')
    } else {
        Some(last)
    }
}

/// Whether a clause ends after a token as written, and how a sentence does.
fn clause_end(raw: &str) -> (bool, Option<char>) {
    // Most words end in a letter: no clause or sentence ends there.
    if raw.as_bytes().last().is_none_or(u8::is_ascii_alphanumeric) {
        return (false, None);
    }
    (
        raw.ends_with([',', '.', ';', ':', '!', '?']),
        sentence_stop(raw),
    )
}

#[derive(Default)]
pub struct Text {
    /// The text with each emoji set apart by spaces.
    spaced: String,
    /// Lower-cased words, one after another.
    lower: String,
    pub words: Vec<Word>,
    /// Room for one more string: the letters the general detector reads.
    scratch: String,
    /// Whether the text is ASCII: then the lower-case buffer begins with
    /// the whole text lower-cased, each piece where it is in the text.
    ascii: bool,
    /// The text's exclamation and question marks.
    pub marks: (usize, usize),
}

thread_local! {
    static TEXT: RefCell<Text> = RefCell::new(Text::default());
}

/// Runs `with` on `text` read into this thread's buffers.
pub fn read<R>(text: &str, with: impl FnOnce(&mut Text) -> R) -> R {
    TEXT.with_borrow_mut(|read| {
        read.read(text);
        with(read)
    })
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

/// Like Python's `str.isupper`: some cased letters, all upper case.
pub fn is_upper(word: &str) -> bool {
    if word.is_ascii() {
        let bytes = word.as_bytes();
        return bytes.iter().any(u8::is_ascii_alphabetic)
            && !bytes.iter().any(u8::is_ascii_lowercase);
    }
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Appends `s` lower-cased, as `str::to_lowercase` would write it.
fn push_lower(into: &mut String, s: &str) {
    if s.is_ascii() {
        let start = into.len();
        into.push_str(s);
        into[start..].make_ascii_lowercase();
    } else if s.contains('Σ') {
        // Only a whole string knows whether a sigma ends a word.
        into.push_str(&s.to_lowercase());
    } else {
        into.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// `token` without the ASCII punctuation around it. Bytes suffice: an ASCII
/// byte is never part of a longer character in UTF-8.
fn trim_ascii_punctuation(token: &str) -> &str {
    let kept = unpunctuated(token.as_bytes());
    &token[kept]
}

/// Where `bytes` lie without the ASCII punctuation around them (an empty
/// range at their end when they are all punctuation).
fn unpunctuated(bytes: &[u8]) -> std::ops::Range<usize> {
    let Some(start) = bytes.iter().position(|b| !b.is_ascii_punctuation()) else {
        return bytes.len()..bytes.len();
    };
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_punctuation())
        .map_or(start, |last| last + 1);
    start..end
}

/// Where `part`, a slice of `whole`, lies in it.
fn span_of(whole: &str, part: &str) -> Span {
    let start = part.as_ptr() as usize - whole.as_ptr() as usize;
    Span {
        start,
        end: start + part.len(),
    }
}

/// What splitting an ASCII text needs to know of a byte, one bit each.
mod class {
    /// Whitespace as `char::is_whitespace` reads ASCII.
    pub const SPACE: u8 = 1;
    pub const CAPITAL: u8 = 1 << 1;
    pub const SMALL: u8 = 1 << 2;
    pub const APOSTROPHE: u8 = 1 << 3;
    /// ASCII punctuation (the apostrophe among it).
    pub const PUNCTUATION: u8 = 1 << 4;
}

/// Each byte's class: one look-up per byte of the text.
static CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let punctuation = if byte.is_ascii_punctuation() {
            class::PUNCTUATION
        } else {
            0
        };
        classes[b] = punctuation
            | match byte {
                b'\t'..=b'\r' | b' ' => class::SPACE,
                b'A'..=b'Z' => class::CAPITAL,
                b'a'..=b'z' => class::SMALL,
                b'\'' => class::APOSTROPHE,
                _ => 0,
            };
        b += 1;
    }
    classes
};

/// A text's exclamation and question marks, found with vector instructions
/// (most texts have none).
fn marks(text: &str) -> (usize, usize) {
    memchr::memchr2_iter(b'!', b'?', text.as_bytes()).fold((0, 0), |(e, q), at| {
        if text.as_bytes()[at] == b'!' {
            (e + 1, q)
        } else {
            (e, q + 1)
        }
    })
}

impl Text {
    fn read(&mut self, text: &str) {
        self.spaced.clear();
        self.lower.clear();
        self.words.clear();
        self.ascii = text.is_ascii();
        if self.ascii {
            // Most texts: lower-cased once as a whole, each word a slice of
            // it at the same place as in the text.
            self.spaced.push_str(text);
            self.lower.push_str(text);
            self.lower.make_ascii_lowercase();
            let bytes = text.as_bytes();
            let mut at = 0;
            while at < bytes.len() {
                if CLASSES[usize::from(bytes[at])] & class::SPACE != 0 {
                    at += 1;
                    continue;
                }
                let start = at;
                // The classes of the token's bytes, seen in passing.
                let mut seen = 0;
                while at < bytes.len() {
                    let byte_class = CLASSES[usize::from(bytes[at])];
                    if byte_class & class::SPACE != 0 {
                        break;
                    }
                    seen |= byte_class;
                    at += 1;
                }
                self.push_ascii_token(Span { start, end: at }, seen);
            }
            self.marks = marks(text);
        } else {
            for c in text.chars() {
                if c == '\u{FE0F}' {
                    continue;
                }
                if is_emoji(c) {
                    self.spaced.push(' ');
                    self.spaced.push(c);
                    self.spaced.push(' ');
                } else {
                    self.spaced.push(c);
                }
            }
            let mut at = 0;
            while let Some(start) = self.spaced[at..].find(|c: char| !c.is_whitespace()) {
                let start = at + start;
                let end = self.spaced[start..]
                    .find(char::is_whitespace)
                    .map_or(self.spaced.len(), |length| start + length);
                self.push_token(Span { start, end });
                at = end;
            }
            self.marks = marks(text);
        }
    }

    /// Reads the token at `raw` in an ASCII text, the classes of its bytes
    /// `seen`: its lower-cased form lies where it does in the text.
    fn push_ascii_token(&mut self, raw: Span, seen: u8) {
        // Most words have no punctuation to trim.
        let stripped = if seen & class::PUNCTUATION == 0 {
            raw
        } else {
            let kept = self
                .spaced
                .as_bytes()
                .get(raw.start..raw.end)
                .map_or(0..0, unpunctuated);
            Text::within(raw, kept)
        };
        // One character left of a longer token: an emoticon's (":D").
        let emoticon = stripped.len() < raw.len() && stripped.len() < 2;
        let mut word = Word::read(
            raw,
            stripped,
            stripped,
            seen & class::CAPITAL != 0 && seen & class::SMALL == 0,
            seen & class::APOSTROPHE != 0,
        );
        word.is_word = !stripped.is_empty() && !emoticon;
        // Only punctuation ends a clause.
        if seen & class::PUNCTUATION != 0 {
            (word.ends, word.stop) = clause_end(self.written(raw));
        }
        self.push(word);
    }

    /// Reads the token at `raw` in the spaced text.
    fn push_token(&mut self, raw: Span) {
        let token = &self.spaced[raw.start..raw.end];
        let stripped = trim_ascii_punctuation(token);
        let stripped_span = span_of(&self.spaced, stripped);
        let lower = {
            let start = self.lower.len();
            push_lower(&mut self.lower, stripped);
            Span {
                start,
                end: self.lower.len(),
            }
        };
        let emoticon = stripped.len() < token.len()
            && (stripped.len() < 2 || stripped.chars().nth(1).is_none());
        let emoji = !token.is_ascii()
            && token.chars().next().is_some_and(is_emoji)
            && token.chars().nth(1).is_none();
        let mut word = Word::read(
            raw,
            stripped_span,
            lower,
            is_upper(token),
            // 0xE2 begins '’' (and other marks: a look at the word tells).
            token.bytes().any(|b| b == b'\'' || b == 0xE2),
        );
        word.is_word = !stripped.is_empty() && !emoticon && !emoji;
        (word.ends, word.stop) = clause_end(token);
        self.push(word);
    }

    /// Looks `word`'s lower-cased form up and keeps it.
    #[inline(always)]
    fn push(&mut self, mut word: Word) {
        if let Some(lower) = self.lower.as_bytes().get(word.lower.start..word.lower.end)
            && !lower.is_empty()
        {
            word.entry = entry_of_bytes(lower);
        }
        self.words.push(word);
    }

    /// The words telling the language reads.
    pub fn telling(&self) -> impl Iterator<Item = &Word> {
        self.words.iter().filter(|word| word.is_word)
    }

    /// Whether the text is ASCII.
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// A piece of the spaced text.
    pub fn written(&self, span: Span) -> &str {
        &self.spaced[span.start..span.end]
    }

    /// A lower-cased word.
    pub fn lower(&self, span: Span) -> &str {
        &self.lower[span.start..span.end]
    }

    /// A piece of the spaced text lower-cased (in the lower-case buffer).
    pub fn lower_written(&mut self, span: Span) -> Span {
        if self.ascii {
            return span;
        }
        let start = self.lower.len();
        push_lower(&mut self.lower, &self.spaced[span.start..span.end]);
        Span {
            start,
            end: self.lower.len(),
        }
    }

    /// A piece of a written token, `range` being relative to its start.
    pub fn within(span: Span, range: std::ops::Range<usize>) -> Span {
        Span {
            start: span.start + range.start,
            end: span.start + range.end,
        }
    }

    /// Two lower-cased words joined by `_` ("no_cap"), in the lower-case buffer.
    pub fn join(&mut self, first: Span, second: Span) -> Span {
        let start = self.lower.len();
        self.scratch.clear();
        self.scratch.push_str(&self.lower[first.start..first.end]);
        self.scratch.push('_');
        self.scratch.push_str(&self.lower[second.start..second.end]);
        self.lower.push_str(&self.scratch);
        Span {
            start,
            end: self.lower.len(),
        }
    }

    /// The letters and spaces of `text`, for the general detector.
    pub fn letters(&mut self, text: &str) -> &str {
        self.scratch.clear();
        self.scratch.extend(
            text.chars()
                .filter(|c| c.is_alphabetic() || c.is_whitespace()),
        );
        &self.scratch
    }
}
