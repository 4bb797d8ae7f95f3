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
