//! Personal details in what a member writes: email addresses, phone numbers,
//! social handles and street addresses. A post by a member under 18 that seems
//! to hold one is held back from other members until staff release it.

/// A kind of personal detail, named as members are told of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PersonalDetail {
    Email,
    Phone,
    Handle,
    Address,
}

impl PersonalDetail {
    pub fn label(self) -> &'static str {
        match self {
            PersonalDetail::Email => "an email address",
            PersonalDetail::Phone => "a phone number",
            PersonalDetail::Handle => "a social media handle",
            PersonalDetail::Address => "a street address",
        }
    }
}

/// Words that name a street, in the languages of the cities members live in.
const STREET_WORDS: [&str; 24] = [
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "ln",
    "drive",
    "boulevard",
    "blvd",
    "way",
    "strasse",
    "straße",
    "str",
    "gasse",
    "platz",
    "rue",
    "calle",
    "avenida",
    "rua",
    "via",
    "viale",
    "sokak",
];

fn is_street_word(word: &str) -> bool {
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    STREET_WORDS.contains(&word.as_str())
        || ["strasse", "straße", "street", "gasse"]
            .iter()
            .any(|end| word.len() > end.len() && word.ends_with(end))
}

/// A house number: one to four digits, perhaps with a letter (12, 5a).
fn is_house_number(word: &str) -> bool {
    let word = word.trim_matches(|c: char| c == ',' || c == '.');
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    (1..=4).contains(&digits)
        && word.chars().skip(digits).all(|c| c.is_alphabetic())
        && word.chars().count() <= digits + 1
}

fn has_email(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    match word.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.rsplit_once('.').is_some_and(|(name, tld)| {
                    !name.is_empty() && tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
                })
        }
        None => false,
    }
}

fn has_handle(word: &str) -> bool {
    let Some(rest) = word.strip_prefix('@') else {
        return false;
    };
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
        .collect();
    name.chars().count() >= 3 && name.chars().any(char::is_alphabetic)
}

/// Seven or more digits in a run that only spaces, dashes, dots, slashes and
/// brackets break (a leading + too): how phone numbers are written.
fn has_phone(text: &str) -> bool {
    let mut digits = 0;
    let mut gap = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            gap = 0;
            if digits >= 7 {
                return true;
            }
        } else if " -./()+".contains(c) && gap < 2 && digits > 0 {
            gap += 1;
        } else if c == '+' {
            gap = 0;
        } else {
            digits = 0;
            gap = 0;
        }
    }
    false
}

fn has_address(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, word)| {
        is_street_word(word)
            && (words[i.saturating_sub(3)..i]
                .iter()
                .any(|w| is_house_number(w))
                || words
                    .get(i + 1..(i + 4).min(words.len()))
                    .is_some_and(|after| after.iter().any(|w| is_house_number(w))))
    })
}

/// The kinds of personal detail `text` seems to hold, each once.
pub fn personal_details(text: &str) -> Vec<PersonalDetail> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    if words.iter().any(|w| has_email(w)) {
        found.push(PersonalDetail::Email);
    }
    if has_phone(text) {
        found.push(PersonalDetail::Phone);
    }
    if words.iter().any(|w| has_handle(w)) {
        found.push(PersonalDetail::Handle);
    }
    if has_address(&words) {
        found.push(PersonalDetail::Address);
    }
    found
}

/// The text with every word that could carry a personal detail replaced by
/// "[…]": an email address, a handle, a street word, anything with a digit
/// (phone numbers, house numbers). Broader than `personal_details`, as a quote
/// shown outside the feed should give away nothing of the kind.
pub fn mask_personal(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            let risky = has_email(word)
                || has_handle(word)
                || is_street_word(word)
                || word.chars().any(|c| c.is_ascii_digit());
            if risky { "[…]" } else { word }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_leaves_no_detail_behind() {
        for (text, masked) in [
            (
                "mail me at mila.k@example.com or @mila_runs",
                "mail me at […] or […]",
            ),
            (
                "call 0151 234 5678 after school",
                "call […] […] […] after school",
            ),
            ("I live at 12 Baker Street", "I live at […] Baker […]"),
            ("meet at Hauptstraße 5a", "meet at […] […]"),
            ("The grip is amazing", "The grip is amazing"),
        ] {
            let result = mask_personal(text);
            assert_eq!(result, masked, "{text}");
            assert!(personal_details(&result).is_empty(), "{result}");
        }
    }

    #[test]
    fn personal_details_are_found() {
        use PersonalDetail::*;
        for (text, expected) in [
            ("mail me at mila.k@example.com!", vec![Email]),
            ("call 0151 234 5678 after school", vec![Phone]),
            ("my number is +49 (30) 123-4567", vec![Phone]),
            ("follow me @mila_runs on insta", vec![Handle]),
            ("I live at 12 Baker Street", vec![Address]),
            ("meet at Hauptstraße 5a tomorrow", vec![Address]),
            ("calle Mayor 23, Madrid", vec![Address]),
            ("rue de Rivoli 41 Paris", vec![Address]),
        ] {
            assert_eq!(personal_details(text), expected, "{text}");
        }
    }

    #[test]
    fn ordinary_posts_are_left_alone() {
        for text in [
            "The grip on wet concrete is amazing, 10/10",
            "Bought them in 2024 for 120 euros, worth it",
            "Street football in Berlin is the best",
            "We won 3-1 on Saturday @ the park",
            "Size 42 fits like 41.5",
            "Love the boots!!! 😍",
            "the 2 best things: comfort and colour",
        ] {
            assert!(
                personal_details(text).is_empty(),
                "{text}: {:?}",
                personal_details(text)
            );
        }
    }
}
