//! Recovery codes for staff's two-step sign-in: ten codes, shown once when it
//! is turned on or made anew, each signing in once in place of the app's code
//! (for a phone lost or left at home). 80 random bits each, kept only as
//! SHA-256, like tokens.

use rand::Rng;

use super::token;

/// Codes made at a time.
pub const COUNT: usize = 10;
/// Letters of a code (five bits each), shown in groups of four.
const LETTERS: usize = 16;
const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

pub struct NewCodes {
    /// As shown once ("abcd-efgh-ijkl-mnop"); never stored.
    pub plain: Vec<String>,
    /// What the database keeps.
    pub digests: Vec<String>,
}

pub fn generate() -> NewCodes {
    let mut rng = rand::rngs::OsRng;
    let plain: Vec<String> = (0..COUNT)
        .map(|_| {
            let letters: Vec<char> = (0..LETTERS)
                .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
                .collect();
            letters
                .chunks(4)
                .map(|group| group.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect();
    let digests = plain.iter().filter_map(|code| digest_of(code)).collect();
    NewCodes { plain, digests }
}

/// The digest of a code as typed (any case, with or without its dashes and
/// spaces, a printed "o" or "l" read as the digit it looks like); `None`
/// when it is not shaped like a recovery code at all (an app's six digits
/// are not).
pub fn digest_of(typed: &str) -> Option<String> {
    let letters: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        // The codes hold neither 0 nor 1.
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            c => c,
        })
        .collect();
    let shaped = letters.len() == LETTERS && letters.bytes().all(|b| ALPHABET.contains(&b));
    shaped.then(|| token::hash(&letters))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_code_is_found_however_it_is_typed_and_no_app_code_looks_like_one() {
        let codes = generate();
        assert_eq!(codes.plain.len(), COUNT);
        assert_eq!(codes.digests.len(), COUNT);
        let first = &codes.plain[0];
        assert_eq!(first.len(), 19, "{first}");
        assert_eq!(digest_of(first).as_ref(), Some(&codes.digests[0]));
        let typed = format!(" {} ", first.replace('-', " ").to_uppercase());
        assert_eq!(digest_of(&typed).as_ref(), Some(&codes.digests[0]));
        let misread = codes.plain[1].replace('o', "0").replace('l', "1");
        assert_eq!(digest_of(&misread).as_ref(), Some(&codes.digests[1]));
        let distinct: std::collections::HashSet<_> = codes.digests.iter().collect();
        assert_eq!(distinct.len(), COUNT);
        for not_a_code in ["123456", "", "abcd-efgh-ijkl-mno", "abcd-efgh-ijkl-mno9"] {
            assert_eq!(digest_of(not_a_code), None, "{not_a_code}");
        }
    }
}
