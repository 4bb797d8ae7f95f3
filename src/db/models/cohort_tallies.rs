//! A cohort's post counts and the version of its posts, kept in a few rows per
//! cohort by database triggers on `posts` (migration 000010), in the transaction
//! of each write: the sums are always the counts of what is committed, and the
//! version names one state of the cohort's posts (a new post, an edit, a hide, a
//! label correction, a deletion and a member leaving each raise it).

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::cohort_tallies;
use crate::domain::CohortId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Raised by every change to the cohort's posts.
    pub version: i64,
    /// Posts in all, hidden ones included.
    pub posts: i64,
    /// Posts members see (not hidden).
    pub shown: i64,
}

/// A cohort's tallies, summed over its rows.
pub fn of(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Tally> {
    let rows: Vec<(i64, i64, i64)> = cohort_tallies::table
        .filter(cohort_tallies::cohort_id.eq(cohort_id))
        .select((
            cohort_tallies::version,
            cohort_tallies::posts,
            cohort_tallies::shown,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .fold(Tally::default(), |sum, (version, posts, shown)| Tally {
            version: sum.version + version,
            posts: sum.posts + posts,
            shown: sum.shown + shown,
        }))
}
