//! Who is asking: passwords, tokens, the session and the CSRF token.

pub mod password;
pub mod session;
pub mod store;
pub mod token;

pub use session::{CurrentMember, Role, Staff};
