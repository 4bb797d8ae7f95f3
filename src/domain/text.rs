/// The first `chars` characters of `text`, with an ellipsis when it goes on.
pub fn excerpt(text: &str, chars: usize) -> String {
    let mut cut: String = text.chars().take(chars).collect();
    if text.chars().count() > chars {
        cut.push('…');
    }
    cut
}

/// Free text with a length range, trimmed; control characters other than line
/// breaks and tabs are refused so nothing invisible is stored, and so are the
/// bidirectional embeddings, overrides and isolates, which can make a name read
/// backwards or disguise what follows it (right-to-left scripts display
/// correctly without them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundedText(String);

impl BoundedText {
    pub fn parse(raw: &str, field: &str, min: usize, max: usize) -> Result<Self, String> {
        let value = raw.trim().replace("\r\n", "\n");
        let length = value.chars().count();
        if length < min {
            return Err(if min <= 1 {
                format!("Enter {field}.")
            } else {
                format!("{} needs at least {min} characters.", capitalise(field))
            });
        }
        if length > max {
            return Err(format!(
                "{} can be at most {max} characters (it has {length}).",
                capitalise(field)
            ));
        }
        if value
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c))
        {
            return Err(format!(
                "{} contains characters that cannot be shown.",
                capitalise(field)
            ));
        }
        Ok(BoundedText(value))
    }

    pub fn into_inner(self) -> String {
        self.0
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn capitalise(field: &str) -> String {
    let mut chars = field.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A review's star rating, 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating(i32);

impl Rating {
    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim().parse::<i32>() {
            Ok(stars @ 1..=5) => Ok(Rating(stars)),
            _ => Err("Choose a rating from 1 to 5 stars.".into()),
        }
    }

    pub fn stars(self) -> i32 {
        self.0
    }
}

/// A product's name in a brand's catalogue: one line, spaces collapsed.
/// Names that differ only in case are the same product (`key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductName(String);

impl ProductName {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        BoundedText::parse(&collapsed, "the product's name", 1, 80).map(|t| ProductName(t.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What makes two names the same product: "Zoom" and "zoom" are one.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(
            BoundedText::parse("  hi  ", "a title", 1, 10).map(|t| t.0),
            Ok("hi".into())
        );
        assert!(BoundedText::parse("   ", "a title", 1, 10).is_err());
        assert!(BoundedText::parse("abcdefghijk", "a title", 1, 10).is_err());
        assert!(BoundedText::parse("bell\u{7}", "a title", 1, 10).is_err());
        assert!(BoundedText::parse("line\nbreak", "a title", 1, 20).is_ok());
        for disguised in ["Lyon\u{202E}nilreB", "a\u{2066}b", "\u{202A}x"] {
            assert_eq!(
                BoundedText::parse(disguised, "a city name", 1, 60),
                Err("A city name contains characters that cannot be shown.".into()),
                "{disguised:?}"
            );
        }
        assert!(BoundedText::parse("القاهرة", "a city name", 1, 60).is_ok());
    }

    #[test]
    fn product_names_are_one_line_and_the_same_whatever_their_case() {
        let zoom = ProductName::parse("  Zoom \n  Fly  ").expect("a name");
        assert_eq!(zoom.as_str(), "Zoom Fly");
        assert_eq!(
            zoom.key(),
            ProductName::parse("zoom fly").expect("a name").key()
        );
        assert_eq!(
            ProductName::parse("ÉCLAIR").map(|n| n.key()),
            Ok("éclair".into())
        );
        assert!(ProductName::parse("   ").is_err());
        assert!(ProductName::parse(&"x".repeat(81)).is_err());
        assert!(ProductName::parse("Zoom\u{202E}").is_err());
    }

    #[test]
    fn rating_is_one_to_five() {
        assert_eq!(Rating::parse("5").map(Rating::stars), Ok(5));
        for bad in ["0", "6", "", "three", "-1", "2.5"] {
            assert!(Rating::parse(bad).is_err(), "{bad:?}");
        }
    }
}

/// What staff search the feed for: words (or "quoted phrases") that must all
/// appear in a post, matched without regard to case or accents ("sao" finds
/// "São", "GRIP" finds "grip").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchTerms(Vec<String>);

impl SearchTerms {
    /// Longest search accepted, in characters.
    pub const MAX_CHARS: usize = 200;
    /// Most words or phrases in one search.
    pub const MAX_TERMS: usize = 10;

    /// `None` when there is nothing to search for.
    pub fn parse(raw: &str) -> Result<Option<Self>, String> {
        if raw.chars().count() > Self::MAX_CHARS {
            return Err(format!(
                "Search for at most {} characters.",
                Self::MAX_CHARS
            ));
        }
        let mut terms = Vec::new();
        // Odd pieces between quotes are phrases; the rest split into words.
        for (n, piece) in raw.split('"').enumerate() {
            if n % 2 == 1 {
                terms.push(fold(piece.trim()));
            } else {
                terms.extend(piece.split_whitespace().map(fold));
            }
        }
        terms.retain(|t| !t.trim().is_empty());
        terms.dedup();
        if terms.len() > Self::MAX_TERMS {
            return Err(format!(
                "Search for at most {} words or phrases at once.",
                Self::MAX_TERMS
            ));
        }
        Ok((!terms.is_empty()).then_some(SearchTerms(terms)))
    }

    /// Whether every term appears in one of the texts.
    pub fn matches(&self, texts: &[&str]) -> bool {
        let folded = texts.iter().map(|t| fold(t)).collect::<Vec<_>>().join("\n");
        self.0.iter().all(|term| folded.contains(term.as_str()))
    }
}

/// Lower case without accents: compatibility decomposition, combining marks
/// dropped.
fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod search_tests {
    use super::SearchTerms;

    #[test]
    fn search_ignores_case_and_accents_and_needs_every_term() {
        let terms = SearchTerms::parse("sao GRIP").unwrap().unwrap();
        assert!(terms.matches(&["Great grip in São Paulo"]));
        assert!(!terms.matches(&["Great grip in Berlin"]));
        assert!(terms.matches(&["São Paulo", "grip"]));
        let phrase = SearchTerms::parse("\"new colours\"").unwrap().unwrap();
        assert!(phrase.matches(&["I love the NEW colours"]));
        assert!(!phrase.matches(&["new shoes, old colours"]));
        assert!(SearchTerms::parse("   ").unwrap().is_none());
        assert!(SearchTerms::parse(&"a ".repeat(101)).is_err());
        assert!(SearchTerms::parse("a b c d e f g h i j k").is_err());
        let japanese = SearchTerms::parse("ボール").unwrap().unwrap();
        assert!(japanese.matches(&["新しいボールが好き"]));
    }
}
