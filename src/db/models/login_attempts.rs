use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::login_attempts;

/// Records one failed sign-in. Kept in the database so the limit holds across
/// every app instance.
pub fn record_failure(conn: &mut DbConn, ip: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::ip.eq(ip),
            login_attempts::attempted_at.eq(now),
        ))
        .execute(conn)
}

pub fn failures_since(conn: &mut DbConn, ip: &str, since: NaiveDateTime) -> QueryResult<i64> {
    login_attempts::table
        .filter(login_attempts::ip.eq(ip))
        .filter(login_attempts::attempted_at.gt(since))
        .count()
        .get_result(conn)
}

pub fn prune_before(conn: &mut DbConn, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
        .execute(conn)
}
