use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::brands::Brand;
use crate::db::models::cohorts::Cohort;
use crate::db::models::members::{Member, MemberExtras, MemberRead, member_extras};
use crate::db::prepared::{Prepared, Value};
use crate::db::schema::{brands, cohorts, members, sessions};
use crate::domain::MemberId;

/// A session's state, unless it has expired or ended.
pub fn load(conn: &mut DbConn, id_hash: &str, now: NaiveDateTime) -> QueryResult<Option<String>> {
    crate::first_per_backend!(
        conn,
        sessions::table
            .find(id_hash)
            .filter(sessions::expires_at.gt(now))
            .select(sessions::state)
    )
    .optional()
}

/// A session's state with, when it signed a member in, that member's access
/// (as [`crate::db::models::members::with_cohort_and_brand`] reads it), in
/// one statement: read on every request with a cookie, so a member's page
/// needs no second statement for who they are.
pub fn load_with_member(
    conn: &mut DbConn,
    id_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<(String, Option<MemberRead>)>> {
    type Row = (
        String,
        Option<Member>,
        Option<Cohort>,
        Option<Brand>,
        MemberExtras,
    );
    let found: Option<Row> = crate::first_per_backend!(
        conn,
        sessions::table
            .left_join(members::table.on(members::id.nullable().eq(sessions::member_id)))
            .left_join(cohorts::table.on(cohorts::id.eq(members::cohort_id)))
            .left_join(brands::table.on(brands::id.eq(cohorts::brand_id)))
            .filter(sessions::id_hash.eq(id_hash))
            .filter(sessions::expires_at.gt(now))
            .select((
                sessions::state,
                Option::<Member>::as_select(),
                Option::<Cohort>::as_select(),
                Option::<Brand>::as_select(),
                member_extras!(),
            ))
    )
    .optional()?;
    Ok(found.map(|(state, member, cohort, brand, extras)| {
        let read = match (member, cohort, brand) {
            (Some(member), Some(cohort), Some(brand)) => {
                Some(MemberRead::of(member, cohort, brand, extras))
            }
            _ => None,
        };
        (state, read)
    }))
}

pub fn insert(
    conn: &mut DbConn,
    id_hash: &str,
    state: &str,
    expires_at: NaiveDateTime,
    member_id: Option<MemberId>,
) -> QueryResult<usize> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::id_hash.eq(id_hash),
            sessions::state.eq(state),
            sessions::expires_at.eq(expires_at),
            sessions::member_id.eq(member_id.map(|id| id.0)),
        ))
        .execute(conn)
}

pub fn update(
    conn: &mut DbConn,
    id_hash: &str,
    state: &str,
    expires_at: NaiveDateTime,
    member_id: Option<MemberId>,
) -> QueryResult<usize> {
    // Diesel never keeps an UPDATE prepared; this one runs after many a form.
    let mut values = vec![
        Value::Text(state),
        Value::Timestamp(expires_at),
        Value::Text(id_hash),
    ];
    let sql = match member_id {
        Some(id) => {
            values.push(Value::BigInt(id.0));
            "UPDATE sessions SET state = $1, expires_at = $2, member_id = $4 WHERE id_hash = $3"
        }
        None => {
            "UPDATE sessions SET state = $1, expires_at = $2, member_id = NULL WHERE id_hash = $3"
        }
    };
    Prepared::new(sql, values).execute(conn)
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
