//! A cohort's post counts and the version of its posts, kept in a few rows per
//! cohort by database triggers on `posts` (migration 000010), in the transaction
//! of each write: the sums are always the counts of what is committed, and the
//! version names one state of the cohort's posts (a new post, an edit, a hide, a
//! label correction, a deletion and a member leaving each raise it).

use diesel::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Raised by every change to the cohort's posts.
    pub version: i64,
    /// Posts in all, hidden ones included.
    pub posts: i64,
    /// Posts members see (not hidden).
    pub shown: i64,
}

/// The tallies of the cohort a query reads from `cohorts`, summed by the
/// database, as a select expression read into [`Summed`]: a page's access check
/// reads the cohort's state with the cohort in one statement. Each shard's
/// figure is summed as INTEGER because PostgreSQL sums BIGINT into NUMERIC.
macro_rules! summed_for_cohort_read {
    () => {{
        use diesel::dsl::sum;
        use diesel::sql_types::Integer;
        use $crate::db::schema::{cohort_tallies, cohorts};
        let of_cohort = || cohort_tallies::table.filter(cohort_tallies::cohort_id.eq(cohorts::id));
        (
            of_cohort()
                .select(sum(cohort_tallies::version.fallible_cast::<Integer>()))
                .single_value(),
            of_cohort()
                .select(sum(cohort_tallies::posts.fallible_cast::<Integer>()))
                .single_value(),
            of_cohort()
                .select(sum(cohort_tallies::shown.fallible_cast::<Integer>()))
                .single_value(),
        )
    }};
}
pub(crate) use summed_for_cohort_read;

/// [`summed_for_cohort_read!`] as read: no rows sum to nothing.
#[derive(Queryable)]
pub struct Summed {
    version: Option<i64>,
    posts: Option<i64>,
    shown: Option<i64>,
}

impl From<Summed> for Tally {
    fn from(summed: Summed) -> Self {
        Tally {
            version: summed.version.unwrap_or(0),
            posts: summed.posts.unwrap_or(0),
            shown: summed.shown.unwrap_or(0),
        }
    }
}
