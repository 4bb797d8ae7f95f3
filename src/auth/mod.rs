//! Secrets: argon2id passwords, random tokens kept as SHA-256, and the
//! time-based codes and recovery codes of staff's two-step sign-in.

pub mod password;
pub mod recovery;
pub mod token;
pub mod totp;
