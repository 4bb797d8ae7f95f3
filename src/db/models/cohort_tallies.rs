//! A cohort's post counts and the version of its posts, kept in a few rows per
//! cohort by database triggers on `posts` (migration 000010), in the transaction
//! of each write: the sums are always the counts of what is committed, and the
//! version names one state of the cohort's posts (a new post, an edit, a hide, a
//! label correction, a deletion and a member leaving each raise it).

use diesel::dsl::sql;
use diesel::expression::SqlLiteral;
use diesel::prelude::*;
use diesel::sql_types::BigInt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Queryable)]
pub struct Tally {
    /// Raised by every change to the cohort's posts.
    pub version: i64,
    /// Posts in all, hidden ones included.
    pub posts: i64,
    /// Posts members see (not hidden).
    pub shown: i64,
}

/// The tallies of the cohort a statement reads from `cohorts` (zero without
/// one), summed by the database: a page's access check reads the cohort's state
/// with the cohort in one statement.
pub fn of_cohort_read() -> SqlLiteral<(BigInt, BigInt, BigInt)> {
    // Correlated sums, cast because PostgreSQL sums BIGINT into NUMERIC.
    sql(
        "COALESCE((SELECT CAST(SUM(t.version) AS BIGINT) FROM cohort_tallies t WHERE t.cohort_id = cohorts.id), 0), \
         COALESCE((SELECT CAST(SUM(t.posts) AS BIGINT) FROM cohort_tallies t WHERE t.cohort_id = cohorts.id), 0), \
         COALESCE((SELECT CAST(SUM(t.shown) AS BIGINT) FROM cohort_tallies t WHERE t.cohort_id = cohorts.id), 0)",
    )
}
