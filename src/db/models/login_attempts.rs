use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::login_attempts;

/// Records one sign-in attempt, before its password is checked, and gives its
/// row's id. Kept in the database so the limit holds across every app instance.
pub fn record(conn: &mut DbConn, ip: &str, now: NaiveDateTime) -> QueryResult<i64> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(login_attempts::table).values((
            login_attempts::ip.eq(ip),
            login_attempts::attempted_at.eq(now),
        )),
        login_attempts::id
    )
}

pub fn count_since(conn: &mut DbConn, ip: &str, since: NaiveDateTime) -> QueryResult<i64> {
    login_attempts::table
        .filter(login_attempts::ip.eq(ip))
        .filter(login_attempts::attempted_at.gt(since))
        .count()
        .get_result(conn)
}

/// Forgets an attempt that succeeded: only failures count against an address.
pub fn forget(conn: &mut DbConn, id: i64) -> QueryResult<usize> {
    diesel::delete(login_attempts::table.find(id)).execute(conn)
}

pub fn prune_before(conn: &mut DbConn, before: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(login_attempts::table.filter(login_attempts::attempted_at.lt(before)))
        .execute(conn)
}
