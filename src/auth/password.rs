//! argon2id password hashing (OWASP parameters), off the async workers and with a
//! bounded number at once so a burst of sign-ins cannot exhaust memory.

use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

use crate::error::AppError;

static HASHING_SLOTS: LazyLock<Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    Semaphore::new(cores)
});

/// Checked against when the email is unknown, so that case takes as long as a
/// wrong password.
static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_blocking("a password nobody has").unwrap_or_default());

fn argon2() -> Argon2<'static> {
    // The parameters are constants known to be valid; the default is only a fallback.
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash_blocking(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("password hashing failed: {e}")))
}

fn verify_blocking(password: &str, stored: Option<&str>) -> bool {
    let stored = stored.unwrap_or(DUMMY_HASH.as_str());
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    argon2()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

pub async fn hash(password: String) -> Result<String, AppError> {
    let _slot = HASHING_SLOTS
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    actix_web::web::block(move || hash_blocking(&password)).await?
}

/// Verifies against the stored hash, or against a dummy when there is none.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, AppError> {
    let _slot = HASHING_SLOTS
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(actix_web::web::block(move || verify_blocking(&password, stored.as_deref())).await?)
}

/// A password staff may choose: 10 to 128 characters.
pub fn check_strength(password: &str) -> Result<(), String> {
    let length = password.chars().count();
    if length < 10 {
        return Err("Choose a password of at least 10 characters.".into());
    }
    if length > 128 {
        return Err("A password can be at most 128 characters.".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify() {
        let stored = hash_blocking("correct horse battery").unwrap_or_default();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_blocking("correct horse battery", Some(&stored)));
        assert!(!verify_blocking("wrong horse battery", Some(&stored)));
        assert!(!verify_blocking("anything", None));
        assert!(!verify_blocking("anything", Some("not a hash")));
    }
}
