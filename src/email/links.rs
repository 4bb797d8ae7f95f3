//! Signed links that work without signing in: unsubscribing from mail, the
//! first-run link that creates the first admin, and join links' tokens. The signature is an HMAC
//! of what the link does, under a key derived from the app's session key, so
//! every instance accepts every other's links.

use actix_web::cookie::Key;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// What the first-run link signs.
const SETUP: &str = "setup:first-admin";

#[derive(Clone)]
pub struct LinkSigner {
    key: [u8; 32],
}

/// What an unsubscribe link turns off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsubscribe {
    /// A member's "you have not posted for a while" nudges.
    Nudges,
    /// Reminders about an invite not taken up.
    Reminders,
}

impl Unsubscribe {
    pub fn as_str(self) -> &'static str {
        match self {
            Unsubscribe::Nudges => "nudges",
            Unsubscribe::Reminders => "reminders",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "nudges" => Some(Unsubscribe::Nudges),
            "reminders" => Some(Unsubscribe::Reminders),
            _ => None,
        }
    }
}

impl LinkSigner {
    pub fn new(session_key: &Key) -> Self {
        LinkSigner {
            key: crate::auth::token::derived_key("cohorts mail links", session_key.master()),
        }
    }

    fn mac(&self, purpose: &str) -> String {
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.key) {
            Ok(mac) => mac,
            // HMAC takes keys of any length; this branch cannot be reached.
            Err(_) => return String::new(),
        };
        mac.update(purpose.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    fn unsubscribe_mac(&self, what: Unsubscribe, id: i64) -> String {
        self.mac(&format!("{}:{id}", what.as_str()))
    }

    fn checks(expected: String, signature: &str) -> bool {
        !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(signature.as_bytes()))
    }

    pub fn unsubscribe_url(&self, public_url: &str, what: Unsubscribe, id: i64) -> String {
        format!(
            "{public_url}/unsubscribe/{}/{id}/{}",
            what.as_str(),
            self.unsubscribe_mac(what, id)
        )
    }

    pub fn verify(&self, what: Unsubscribe, id: i64, signature: &str) -> bool {
        LinkSigner::checks(self.unsubscribe_mac(what, id), signature)
    }

    /// The link that creates the first admin in the browser; it works only
    /// while there is no admin (the route checks).
    pub fn setup_url(&self, public_url: &str) -> String {
        format!("{public_url}/setup/{}", self.mac(SETUP))
    }

    pub fn verify_setup(&self, signature: &str) -> bool {
        LinkSigner::checks(self.mac(SETUP), signature)
    }

    /// A join link's token, worked out from its stored seed: staff can see
    /// the link again while it is valid, yet the database alone (which keeps
    /// only the seed and the token's hash) gives no way in.
    pub fn join_token(&self, seed: &str) -> String {
        self.mac(&format!("join:{seed}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_only_for_their_purpose_and_id() {
        let signer = LinkSigner::new(&Key::generate());
        let url = signer.unsubscribe_url("https://x", Unsubscribe::Nudges, 7);
        let signature = url.rsplit('/').next().unwrap_or_default();
        assert!(signer.verify(Unsubscribe::Nudges, 7, signature));
        assert!(!signer.verify(Unsubscribe::Nudges, 8, signature));
        assert!(!signer.verify(Unsubscribe::Reminders, 7, signature));
        assert!(!signer.verify(Unsubscribe::Nudges, 7, "00"));
        let other = LinkSigner::new(&Key::generate());
        assert!(!other.verify(Unsubscribe::Nudges, 7, signature));
    }

    #[test]
    fn the_setup_link_verifies_under_its_own_key_only() {
        let signer = LinkSigner::new(&Key::generate());
        let url = signer.setup_url("https://x");
        let signature = url.rsplit('/').next().unwrap_or_default();
        assert!(url.starts_with("https://x/setup/"));
        assert!(signer.verify_setup(signature));
        assert!(!signer.verify(Unsubscribe::Nudges, 0, signature));
        assert!(!signer.verify_setup(""));
        assert!(!LinkSigner::new(&Key::generate()).verify_setup(signature));
    }
}
