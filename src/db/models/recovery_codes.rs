//! Staff's recovery codes for two-step sign-in, kept as digests only.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::recovery_codes;
use crate::domain::UserId;

/// Replaces an account's codes with new ones (their digests).
pub fn replace(conn: &mut DbConn, user: UserId, digests: &[String]) -> QueryResult<usize> {
    delete_all(conn, user)?;
    // One row a statement: both backends take that (there are ten).
    let mut stored = 0;
    for digest in digests {
        stored += diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::user_id.eq(user.0),
                recovery_codes::digest.eq(digest),
            ))
            .execute(conn)?;
    }
    Ok(stored)
}

pub fn delete_all(conn: &mut DbConn, user: UserId) -> QueryResult<usize> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user.0))).execute(conn)
}

/// Uses the code of `digest`, unless it was used already (checked in the
/// statement, so two requests with one code cannot both pass): whether it
/// was taken.
pub fn take(conn: &mut DbConn, user: UserId, digest: &str, at: NaiveDateTime) -> QueryResult<bool> {
    let taken = diesel::update(
        recovery_codes::table
            .find((user.0, digest))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(at))
    .execute(conn)?;
    Ok(taken == 1)
}

/// The account's codes not used yet.
pub fn unused(conn: &mut DbConn, user: UserId) -> QueryResult<i64> {
    recovery_codes::table
        .filter(recovery_codes::user_id.eq(user.0))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
}
