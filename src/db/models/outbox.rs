use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::schema::outbox;
use crate::domain::{MailId, MailStatus};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxMessage {
    pub id: MailId,
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
    pub status: MailStatus,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

pub struct NewMessage<'a> {
    pub recipient: &'a str,
    pub subject: &'a str,
    pub text_body: &'a str,
    pub html_body: &'a str,
}

pub fn insert(
    conn: &mut DbConn,
    message: NewMessage<'_>,
    now: NaiveDateTime,
) -> QueryResult<MailId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(outbox::table).values((
            outbox::recipient.eq(message.recipient),
            outbox::subject.eq(message.subject),
            outbox::text_body.eq(message.text_body),
            outbox::html_body.eq(message.html_body),
            outbox::status.eq(MailStatus::Pending),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
        )),
        outbox::id
    )
}

/// Ids of messages due now: pending ones whose time has come, and sending ones
/// whose lease ran out.
pub fn due(conn: &mut DbConn, now: NaiveDateTime, limit: i64) -> QueryResult<Vec<MailId>> {
    outbox::table
        .filter(outbox::status.eq_any([MailStatus::Pending, MailStatus::Sending]))
        .filter(outbox::next_attempt_at.le(now))
        .order(outbox::id.asc())
        .limit(limit)
        .select(outbox::id)
        .load(conn)
}

/// Takes a due message for sending until `lease_until`; false when another
/// worker (perhaps in another instance) took it first.
pub fn claim(
    conn: &mut DbConn,
    id: MailId,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
) -> QueryResult<Option<OutboxMessage>> {
    let taken = diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::status.eq_any([MailStatus::Pending, MailStatus::Sending]))
            .filter(outbox::next_attempt_at.le(now)),
    )
    .set((
        outbox::status.eq(MailStatus::Sending),
        outbox::next_attempt_at.eq(lease_until),
        outbox::attempts.eq(outbox::attempts + 1),
    ))
    .execute(conn)?;
    if taken == 0 {
        return Ok(None);
    }
    outbox::table
        .find(id)
        .select(OutboxMessage::as_select())
        .first(conn)
        .map(Some)
}

pub fn mark_sent(conn: &mut DbConn, id: MailId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq(MailStatus::Sent),
            outbox::sent_at.eq(Some(now)),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)
}

/// Records a failed attempt: tried again at `retry_at`, or given up on when `None`.
pub fn mark_failed(
    conn: &mut DbConn,
    id: MailId,
    error: &str,
    retry_at: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    let target = outbox::table.find(id);
    match retry_at {
        Some(at) => diesel::update(target)
            .set((
                outbox::status.eq(MailStatus::Pending),
                outbox::next_attempt_at.eq(at),
                outbox::last_error.eq(Some(error)),
            ))
            .execute(conn),
        None => diesel::update(target)
            .set((
                outbox::status.eq(MailStatus::Failed),
                outbox::last_error.eq(Some(error)),
            ))
            .execute(conn),
    }
}

pub fn count_to_since(
    conn: &mut DbConn,
    recipient: &str,
    subject_prefix: &str,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::recipient.eq(recipient))
        .filter(outbox::subject.like(format!("{subject_prefix}%")))
        .filter(outbox::created_at.gt(since))
        .count()
        .get_result(conn)
}

pub fn list(
    conn: &mut DbConn,
    status: Option<MailStatus>,
    page: Page,
) -> QueryResult<Vec<OutboxMessage>> {
    let mut query = outbox::table.into_boxed();
    if let Some(status) = status {
        query = query.filter(outbox::status.eq(status));
    }
    query
        .order(outbox::id.desc())
        .limit(page.size)
        .offset(page.offset())
        .select(OutboxMessage::as_select())
        .load(conn)
}

/// How many messages are in each status, in one statement: a message that
/// moves on meanwhile is counted once.
pub fn count_by_status(conn: &mut DbConn) -> QueryResult<Vec<(MailStatus, i64)>> {
    outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)
}

/// Puts a failed message back in the queue, due now.
pub fn retry_failed(conn: &mut DbConn, id: MailId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::status.eq(MailStatus::Failed)),
    )
    .set((
        outbox::status.eq(MailStatus::Pending),
        outbox::next_attempt_at.eq(now),
        outbox::attempts.eq(0),
    ))
    .execute(conn)
}
