//! The queries, one module per table. Each function takes `&mut DbConn` and
//! serves both backends.

pub mod activities;
pub mod audit;
pub mod brands;
pub mod cohort_tallies;
pub mod cohorts;
pub mod drops;
pub mod invites;
pub mod login_attempts;
pub mod members;
pub mod outbox;
pub mod photos;
pub mod post_stats;
pub mod posts;
pub mod products;
pub mod recovery_codes;
pub mod releases;
pub mod reports;
pub mod seedings;
pub mod sessions;
pub mod share_domains;
pub mod shares;
pub mod term_stats;
pub mod users;

#[diesel::declare_sql_function]
extern "SQL" {
    /// The values joined by `delimiter` (PostgreSQL's, and SQLite's from 3.44).
    #[aggregate]
    fn string_agg(
        expr: diesel::sql_types::Text,
        delimiter: diesel::sql_types::Text,
    ) -> diesel::sql_types::Nullable<diesel::sql_types::Text>;
}

/// The ids in a `string_agg` of ids joined by ",", each once and in order
/// (none for NULL): how a statement hands back a short list beside one row.
pub fn ids_in<Id: std::str::FromStr + Ord>(list: Option<String>) -> Vec<Id> {
    let mut ids: Vec<Id> = list
        .iter()
        .flat_map(|list| list.split(','))
        .filter_map(|id| id.parse().ok())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// One page of a long list: 1-based page number and page size.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub number: i64,
    pub size: i64,
}

impl Page {
    pub fn new(number: i64, size: i64) -> Self {
        Page {
            number: number.max(1),
            size,
        }
    }

    pub fn offset(self) -> i64 {
        (self.number - 1).saturating_mul(self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::ids_in;
    use crate::domain::MemberId;

    #[test]
    fn joined_ids_read_once_each_in_order() {
        assert_eq!(
            ids_in::<MemberId>(Some("9,2,9,14,2".to_string())),
            vec![MemberId(2), MemberId(9), MemberId(14)]
        );
        assert!(ids_in::<MemberId>(None).is_empty());
    }
}
