use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::prepared::{Prepared, Value};
use crate::db::schema::sessions;

pub fn load(conn: &mut DbConn, id_hash: &str, now: NaiveDateTime) -> QueryResult<Option<String>> {
    // Read on every request with a cookie.
    crate::first_per_backend!(
        conn,
        sessions::table
            .find(id_hash)
            .filter(sessions::expires_at.gt(now))
            .select(sessions::state)
    )
    .optional()
}

pub fn insert(
    conn: &mut DbConn,
    id_hash: &str,
    state: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::id_hash.eq(id_hash),
            sessions::state.eq(state),
            sessions::expires_at.eq(expires_at),
        ))
        .execute(conn)
}

pub fn update(
    conn: &mut DbConn,
    id_hash: &str,
    state: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<usize> {
    // Diesel never keeps an UPDATE prepared; this one runs after many a form.
    Prepared::new(
        "UPDATE sessions SET state = $1, expires_at = $2 WHERE id_hash = $3",
        vec![
            Value::Text(state),
            Value::Timestamp(expires_at),
            Value::Text(id_hash),
        ],
    )
    .execute(conn)
}

pub fn touch(conn: &mut DbConn, id_hash: &str, expires_at: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(sessions::table.find(id_hash))
        .set(sessions::expires_at.eq(expires_at))
        .execute(conn)
}

pub fn delete(conn: &mut DbConn, id_hash: &str) -> QueryResult<usize> {
    diesel::delete(sessions::table.find(id_hash)).execute(conn)
}

pub fn delete_expired(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::expires_at.le(now))).execute(conn)
}
