//! Invite and access tokens: 192 random bits, shown once, stored only as SHA-256.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub struct NewToken {
    /// What goes in the link; never stored.
    pub plain: String,
    /// What the database keeps.
    pub hash: String,
}

pub fn generate() -> NewToken {
    let mut bytes = [0u8; 24];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let plain = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash(&plain);
    NewToken { plain, hash }
}

/// A share link's code: letters and digits, short enough to paste anywhere.
/// It names a link, not a secret: guessing one only counts a visit.
pub fn share_code(length: usize) -> String {
    use rand::Rng;
    rand::rngs::OsRng
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(length)
        .map(char::from)
        .collect()
}

pub fn hash(plain: &str) -> String {
    hex::encode(Sha256::digest(plain.as_bytes()))
}

/// A key for one `purpose` (signing mail links, sealing two-step secrets),
/// derived from the app's session key: every instance derives the same, and
/// one purpose's key tells nothing of another's.
pub fn derived_key(purpose: &str, session_key: &[u8]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(purpose.as_bytes());
    hasher.update([0]);
    hasher.update(session_key);
    hasher.finalize().into()
}

/// A short fingerprint of a stored secret (a password's hash, a personal link's
/// hash), kept in a session when it starts: once the secret changes, sessions
/// opened with the old one no longer match it and end.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Stamp(String);

impl Stamp {
    pub fn of(stored_secret: &str) -> Self {
        let mut fingerprint = hash(stored_secret);
        fingerprint.truncate(16);
        Stamp(fingerprint)
    }
}

/// Whether a string from a URL can be a token at all; anything else is refused
/// before it reaches the database.
pub fn looks_valid(candidate: &str) -> bool {
    candidate.len() == 32
        && candidate
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_url_safe_and_hashed() {
        let a = generate();
        let b = generate();
        assert_ne!(a.plain, b.plain);
        assert!(looks_valid(&a.plain));
        assert_eq!(a.hash, hash(&a.plain));
        assert_eq!(a.hash.len(), 64);
        assert!(!looks_valid("short"));
        assert!(!looks_valid("../../../../etc/passwd/aaaaaaaaaaa"));
    }
}
