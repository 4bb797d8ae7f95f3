//! Sign-in sessions kept in the database by the hash of their key.

use chrono::NaiveDateTime;

use crate::db::models::members::MemberRead;
use crate::db::models::sessions;
use crate::domain::MemberId;
use crate::error::AppError;
use crate::services::{Db, now};

/// A session's stored state, unless it has expired or ended, with the access
/// of the member it signed in when `member` says it may have (that costs the
/// statement its joins, so a staff or visitor's session does not ask).
pub async fn load(
    db: &Db,
    id_hash: String,
    member: bool,
) -> Result<Option<(String, Option<MemberRead>)>, AppError> {
    db.quick(move |conn| {
        if member {
            Ok(sessions::load_with_member(conn, &id_hash, now())?)
        } else {
            Ok(sessions::load(conn, &id_hash, now())?.map(|state| (state, None)))
        }
    })
    .await
}

/// Keeps a new session; expired ones go whenever a new one starts, which keeps
/// the table small.
pub async fn start(
    db: &Db,
    id_hash: String,
    state: String,
    expires_at: NaiveDateTime,
    member_id: Option<MemberId>,
) -> Result<(), AppError> {
    db.run(move |conn| {
        sessions::insert(conn, &id_hash, &state, expires_at, member_id)?;
        sessions::delete_expired(conn, now())?;
        Ok(())
    })
    .await
}

/// Rewrites a session's state; false when the session is gone.
pub async fn update(
    db: &Db,
    id_hash: String,
    state: String,
    expires_at: NaiveDateTime,
    member_id: Option<MemberId>,
) -> Result<bool, AppError> {
    db.run(move |conn| Ok(sessions::update(conn, &id_hash, &state, expires_at, member_id)? == 1))
        .await
}

pub async fn touch(db: &Db, id_hash: String, expires_at: NaiveDateTime) -> Result<(), AppError> {
    db.run(move |conn| Ok(sessions::touch(conn, &id_hash, expires_at).map(drop)?))
        .await
}

pub async fn end(db: &Db, id_hash: String) -> Result<(), AppError> {
    db.run(move |conn| Ok(sessions::delete(conn, &id_hash).map(drop)?))
        .await
}
