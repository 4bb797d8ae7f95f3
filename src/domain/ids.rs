//! Typed ids: each table's key is its own type, so a cohort's id cannot be
//! passed where a member's is wanted. How they are stored is the database's
//! business (`db::types`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        /// An id from a link: digits naming a row that could exist.
        impl FromStr for $name {
            type Err = ();

            fn from_str(raw: &str) -> Result<Self, ()> {
                match raw.parse::<i64>() {
                    Ok(id) if id > 0 => Ok($name(id)),
                    _ => Err(()),
                }
            }
        }
    )*};
}

ids! {
    BrandId;
    /// A staff account (admin or manager).
    UserId;
    CohortId;
    InviteId;
    MemberId;
    PostId;
    PhotoId;
    /// A product in a brand's catalogue.
    ProductId;
    /// A message waiting in (or sent from) the outbox.
    MailId;
    /// Something a brand asks its cohort.
    ActivityId;
    /// One task of an activity.
    TaskId;
    /// Something a brand publishes for its members to pass on.
    DropId;
    /// A member's short link to a drop.
    ShareLinkId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_positive_numbers_only() {
        assert_eq!("42".parse::<CohortId>(), Ok(CohortId(42)));
        for bad in ["0", "-3", "", "4x", "99999999999999999999"] {
            assert!(bad.parse::<PostId>().is_err(), "{bad}");
        }
        assert_eq!(MemberId(7).to_string(), "7");
    }
}
