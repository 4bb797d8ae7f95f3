//! Time-based one-time codes (RFC 6238: SHA-1, six digits, 30 seconds), as
//! authenticator apps make them, for staff's optional two-step sign-in; and
//! the seal their shared secrets are stored under, so a copy of the database
//! alone cannot make codes.

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use totp_rs::{Builder, Secret, Totp};

/// The name authenticator apps list the account under.
const ISSUER: &str = "Cohorts";

/// A fresh shared secret, base32 as apps take it typed in.
pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

fn totp(secret: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret).ok()?;
    Builder::new()
        .with_secret(secret)
        // One step either side: a phone's clock a little off still works.
        .with_skew(1)
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .ok()
}

/// The `otpauth://` address an app reads from a QR code.
pub fn setup_url(secret: &str, account: &str) -> Option<String> {
    totp(secret, account)?.to_url().ok()
}

/// The time step of `code` if it is the secret's code now (or a step either
/// side); `None` for any other code, however it is written.
pub fn check(secret: &str, code: &str) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let step = totp(secret, "staff")?.check_current(&code)?;
    i64::try_from(step).ok()
}

/// What marks a sealed secret in the database.
pub const SEALED: &str = "sealed:";

/// Seals shared secrets (AES-256-GCM) under a key derived from the app's
/// session key, which every instance holds and the database does not.
#[derive(Clone)]
pub struct SecretSeal {
    cipher: Aes256Gcm,
}

impl SecretSeal {
    /// `session_key`: the master bytes of the app's session key.
    pub fn new(session_key: &[u8]) -> Self {
        let key = super::token::derived_key("cohorts two-step secrets", session_key);
        SecretSeal {
            cipher: Aes256Gcm::new(&key.into()),
        }
    }

    /// `secret` sealed with a fresh nonce, as the database keeps it.
    pub fn seal(&self, secret: &str) -> Option<String> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let sealed = self.cipher.encrypt(&nonce, secret.as_bytes()).ok()?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        Some(format!("{SEALED}{}", STANDARD_NO_PAD.encode(bytes)))
    }

    /// The secret the database keeps as `stored`; `None` when it was sealed
    /// under another key or altered. A secret stored before secrets were
    /// sealed reads as it is.
    pub fn open(&self, stored: &str) -> Option<String> {
        let Some(sealed) = stored.strip_prefix(SEALED) else {
            return Some(stored.to_string());
        };
        let bytes = STANDARD_NO_PAD.decode(sealed).ok()?;
        if bytes.len() < 12 {
            return None;
        }
        let (nonce, sealed) = bytes.split_at(12);
        let opened = self.cipher.decrypt(Nonce::from_slice(nonce), sealed).ok()?;
        String::from_utf8(opened).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_under_its_key_and_unaltered() {
        let seal = SecretSeal::new(&[7; 64]);
        let secret = new_secret();
        let sealed = seal.seal(&secret).unwrap_or_default();
        assert!(sealed.starts_with(SEALED));
        assert!(!sealed.contains(&secret));
        assert_ne!(
            seal.seal(&secret),
            Some(sealed.clone()),
            "a fresh nonce each time"
        );
        assert_eq!(seal.open(&sealed), Some(secret.clone()));
        assert_eq!(SecretSeal::new(&[8; 64]).open(&sealed), None);
        let mut altered = sealed.clone().into_bytes();
        let last = altered.len() - 1;
        altered[last] = if altered[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            seal.open(&String::from_utf8(altered).unwrap_or_default()),
            None
        );
        assert_eq!(seal.open("sealed:"), None);
        assert_eq!(seal.open("sealed:!!"), None);
        assert_eq!(seal.open(&secret), Some(secret), "stored before sealing");
    }

    #[test]
    fn the_current_code_passes_and_others_do_not() {
        let secret = new_secret();
        let now = totp(&secret, "a@b.c").map(|t| t.generate_current().to_string());
        let now = now.unwrap_or_default();
        assert!(check(&secret, &now).is_some());
        assert!(check(&secret, &format!("{} {}", &now[..3], &now[3..])).is_some());
        let wrong = if now == "000000" { "000001" } else { "000000" };
        assert_eq!(check(&secret, wrong), None);
        assert_eq!(check(&secret, "12345"), None);
        assert_eq!(check(&secret, "abcdef"), None);
        assert_eq!(check("not base32!", &now), None);
        let url = setup_url(&secret, "a@b.c").unwrap_or_default();
        assert!(url.starts_with("otpauth://totp/Cohorts:a%40b.c?"), "{url}");
        assert!(url.contains(&format!("secret={secret}")));
    }
}
