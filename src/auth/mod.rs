//! Secrets: argon2id passwords and random tokens kept as SHA-256.

pub mod password;
pub mod token;
