//! Time-based one-time codes (RFC 6238: SHA-1, six digits, 30 seconds), as
//! authenticator apps make them, for staff's optional two-step sign-in.

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

#[cfg(test)]
mod tests {
    use super::*;

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
