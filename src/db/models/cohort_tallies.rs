//! A cohort's post counts and the version of its posts, kept in a few rows per
//! cohort. Every write to a cohort's posts moves one row in its own transaction,
//! so the sums are always the counts of what is committed, and the version
//! names one state of the cohort's posts: a new post, an edit, a hide, a label
//! correction, a deletion and a member leaving each raise it.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer};

use crate::db::DbConn;
use crate::db::schema::cohort_tallies;

/// Rows per cohort: members are spread over them, so members posting at once
/// rarely wait for the same row's lock on PostgreSQL.
const SHARDS: i64 = 8;

/// A cohort's tallies, summed over its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Raised by every change to the cohort's posts.
    pub version: i64,
    /// Posts in all, hidden ones included.
    pub posts: i64,
    /// Posts members see (not hidden).
    pub shown: i64,
}

/// Records one change to a member's posts: how many posts it added (or took
/// away) in all and among those shown. Inside the change's own transaction.
pub fn record(
    conn: &mut DbConn,
    cohort_id: i64,
    member_id: i64,
    posts: i64,
    shown: i64,
) -> QueryResult<()> {
    diesel::sql_query(
        "INSERT INTO cohort_tallies (cohort_id, shard, version, posts, shown) \
         VALUES ($1, $2, 1, $3, $4) \
         ON CONFLICT (cohort_id, shard) DO UPDATE SET version = cohort_tallies.version + 1, \
         posts = cohort_tallies.posts + excluded.posts, shown = cohort_tallies.shown + excluded.shown",
    )
    .bind::<BigInt, _>(cohort_id)
    .bind::<Integer, _>(member_id.rem_euclid(SHARDS) as i32)
    .bind::<BigInt, _>(posts)
    .bind::<BigInt, _>(shown)
    .execute(conn)?;
    Ok(())
}

pub fn of(conn: &mut DbConn, cohort_id: i64) -> QueryResult<Tally> {
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
