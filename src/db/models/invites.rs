use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::schema::invites;
use crate::db::schema::outbox;
use crate::domain::{CohortId, InviteId, MailId, MailStatus, UserId};

pub const KIND_EMAIL: &str = "email";
pub const KIND_LINK: &str = "link";

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invites)]
pub struct Invite {
    pub id: InviteId,
    pub cohort_id: CohortId,
    pub kind: String,
    pub email: Option<String>,
    pub label: String,
    pub token_hash: String,
    pub max_uses: i32,
    pub uses: i32,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub created_by: UserId,
    pub created_at: NaiveDateTime,
    pub reminders_sent: i32,
    pub last_reminded_at: Option<NaiveDateTime>,
    pub reminders_off_at: Option<NaiveDateTime>,
    /// The invitation's language tag (`None`: made before it was asked).
    pub language: Option<String>,
    /// The mail that carried a personal invitation (`None`: a join link, or
    /// sent before this was kept).
    pub mail_id: Option<MailId>,
    /// When its link was first opened.
    pub opened_at: Option<NaiveDateTime>,
    /// What a join link's token is worked out from with the app's key
    /// (`None`: a personal invite, or a join link made before it was kept).
    pub link_seed: Option<String>,
}

pub struct NewInvite<'a> {
    pub cohort_id: CohortId,
    pub kind: &'a str,
    pub email: Option<&'a str>,
    pub label: &'a str,
    pub token_hash: &'a str,
    pub max_uses: i32,
    pub expires_at: NaiveDateTime,
    pub created_by: UserId,
    pub language: Option<&'a str>,
    pub link_seed: Option<&'a str>,
}

pub fn insert(
    conn: &mut DbConn,
    invite: NewInvite<'_>,
    now: NaiveDateTime,
) -> QueryResult<InviteId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(invites::table).values((
            invites::cohort_id.eq(invite.cohort_id),
            invites::kind.eq(invite.kind),
            invites::email.eq(invite.email),
            invites::label.eq(invite.label),
            invites::token_hash.eq(invite.token_hash),
            invites::max_uses.eq(invite.max_uses),
            invites::expires_at.eq(invite.expires_at),
            invites::language.eq(invite.language),
            invites::link_seed.eq(invite.link_seed),
            invites::created_by.eq(invite.created_by),
            invites::created_at.eq(now),
        )),
        invites::id
    )
}

pub fn find_by_token_hash(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<Invite>> {
    invites::table
        .filter(invites::token_hash.eq(token_hash))
        .select(Invite::as_select())
        .first(conn)
        .optional()
}

pub fn emails_in_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<String>> {
    invites::table
        .filter(invites::cohort_id.eq(cohort_id))
        .filter(invites::email.is_not_null())
        .select(invites::email.assume_not_null())
        .load(conn)
}

pub fn list_for_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
    page: Page,
) -> QueryResult<Vec<Invite>> {
    invites::table
        .filter(invites::cohort_id.eq(cohort_id))
        .order((invites::created_at.desc(), invites::id.desc()))
        .limit(page.size)
        .offset(page.offset())
        .select(Invite::as_select())
        .load(conn)
}

pub fn count_for_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<i64> {
    invites::table
        .filter(invites::cohort_id.eq(cohort_id))
        .count()
        .get_result(conn)
}

/// Claims one use of a live invite (not revoked, not expired, uses left), with the
/// same conditional-UPDATE guarantee as a cohort seat.
pub fn claim_use(conn: &mut DbConn, id: InviteId, now: NaiveDateTime) -> QueryResult<bool> {
    let taken = diesel::update(
        invites::table
            .find(id)
            .filter(invites::uses.lt(invites::max_uses))
            .filter(invites::revoked_at.is_null())
            .filter(invites::expires_at.gt(now)),
    )
    .set(invites::uses.eq(invites::uses + 1))
    .execute(conn)?;
    Ok(taken == 1)
}

pub fn revoke(
    conn: &mut DbConn,
    id: InviteId,
    cohort_id: CohortId,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        invites::table
            .find(id)
            .filter(invites::cohort_id.eq(cohort_id))
            .filter(invites::revoked_at.is_null()),
    )
    .set(invites::revoked_at.eq(Some(now)))
    .execute(conn)
}

pub fn find(conn: &mut DbConn, id: InviteId) -> QueryResult<Invite> {
    invites::table
        .find(id)
        .select(Invite::as_select())
        .first(conn)
}

/// Stops reminders about an invite, unless they were stopped already.
pub fn stop_reminders(conn: &mut DbConn, id: InviteId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        invites::table
            .find(id)
            .filter(invites::reminders_off_at.is_null()),
    )
    .set(invites::reminders_off_at.eq(Some(now)))
    .execute(conn)
}

/// Personal invites not taken up whose next reminder is due (created, or last
/// reminded, before `due_before`), with how many reminders each has had.
pub fn reminder_candidates(
    conn: &mut DbConn,
    now: NaiveDateTime,
    due_before: NaiveDateTime,
    max_reminders: i32,
    limit: i64,
) -> QueryResult<Vec<(InviteId, i32)>> {
    invites::table
        .filter(invites::kind.eq(KIND_EMAIL))
        .filter(invites::uses.eq(0))
        .filter(invites::revoked_at.is_null())
        .filter(invites::reminders_off_at.is_null())
        .filter(invites::cohort_id.eq_any(crate::db::models::cohorts::open_ids()))
        .filter(invites::expires_at.gt(now))
        .filter(invites::reminders_sent.lt(max_reminders))
        .filter(
            invites::last_reminded_at
                .is_null()
                .and(invites::created_at.le(due_before))
                .or(invites::last_reminded_at.le(due_before)),
        )
        .order(invites::id.asc())
        .limit(limit)
        .select((invites::id, invites::reminders_sent))
        .load(conn)
}

/// Claims the next reminder of an invite (1 row) unless another instance did,
/// giving the invite a fresh token.
pub fn claim_reminder(
    conn: &mut DbConn,
    id: InviteId,
    sent: i32,
    now: NaiveDateTime,
    token_hash: &str,
) -> QueryResult<usize> {
    diesel::update(
        invites::table
            .find(id)
            .filter(invites::reminders_sent.eq(sent))
            .filter(invites::uses.eq(0))
            .filter(invites::revoked_at.is_null()),
    )
    .set((
        invites::reminders_sent.eq(sent + 1),
        invites::last_reminded_at.eq(Some(now)),
        invites::token_hash.eq(token_hash),
    ))
    .execute(conn)
}

/// Keeps which mail carried a personal invitation.
pub fn set_mail(conn: &mut DbConn, id: InviteId, mail_id: MailId) -> QueryResult<usize> {
    diesel::update(invites::table.find(id))
        .set(invites::mail_id.eq(mail_id))
        .execute(conn)
}

/// Notes the first time an invite's link was opened.
pub fn mark_opened(conn: &mut DbConn, id: InviteId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(invites::table.find(id).filter(invites::opened_at.is_null()))
        .set(invites::opened_at.eq(now))
        .execute(conn)
}

/// A personal invitation sent again: a new link (the old one stops working),
/// valid from now, its reminders and opening counted afresh.
pub fn renew(
    conn: &mut DbConn,
    id: InviteId,
    token_hash: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        invites::table
            .find(id)
            .filter(invites::kind.eq(KIND_EMAIL))
            .filter(invites::uses.eq(0))
            .filter(invites::revoked_at.is_null()),
    )
    .set((
        invites::token_hash.eq(token_hash),
        invites::expires_at.eq(expires_at),
        invites::reminders_sent.eq(0),
        invites::last_reminded_at.eq(None::<NaiveDateTime>),
        invites::opened_at.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)
}

/// How a cohort's personal invitations have gone: invited, their mail sent,
/// their link opened (joining counts as opening), joined.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Funnel {
    pub invited: i64,
    pub mail_sent: i64,
    pub opened: i64,
    pub joined: i64,
}

pub fn funnel(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Funnel> {
    let personal = || {
        invites::table
            .filter(invites::cohort_id.eq(cohort_id))
            .filter(invites::kind.eq(KIND_EMAIL))
    };
    Ok(Funnel {
        invited: personal().count().get_result(conn)?,
        mail_sent: personal()
            .inner_join(outbox::table.on(invites::mail_id.eq(outbox::id.nullable())))
            .filter(outbox::status.eq(MailStatus::Sent))
            .count()
            .get_result(conn)?,
        opened: personal()
            .filter(invites::opened_at.is_not_null().or(invites::uses.gt(0)))
            .count()
            .get_result(conn)?,
        joined: personal()
            .filter(invites::uses.gt(0))
            .count()
            .get_result(conn)?,
    })
}

/// The state of each of these mails.
pub fn mail_states(
    conn: &mut DbConn,
    mail_ids: &[MailId],
) -> QueryResult<Vec<(MailId, MailStatus)>> {
    outbox::table
        .filter(outbox::id.eq_any(mail_ids))
        .select((outbox::id, outbox::status))
        .load(conn)
}
