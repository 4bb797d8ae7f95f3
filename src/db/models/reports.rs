//! Members' reports of posts, waiting for staff.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{members, posts, reports};
use crate::domain::{CohortId, MemberId, PostId};

/// Files a report; `false` when this member had already reported the post.
pub fn insert(
    conn: &mut DbConn,
    post_id: PostId,
    cohort_id: CohortId,
    reporter_id: MemberId,
    reason: &str,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let stored = crate::execute_per_backend!(
        conn,
        diesel::insert_into(reports::table)
            .values((
                reports::post_id.eq(post_id),
                reports::cohort_id.eq(cohort_id),
                reports::reporter_id.eq(reporter_id),
                reports::reason.eq(reason),
                reports::created_at.eq(now),
            ))
            .on_conflict_do_nothing()
    )?;
    Ok(stored == 1)
}

/// An open report with the post it is about and the post's author.
#[derive(Debug, Clone, Queryable)]
pub struct OpenReport {
    pub post_id: PostId,
    pub reason: String,
    pub reported_at: NaiveDateTime,
    pub body: String,
    pub author: String,
    pub hidden: bool,
}

/// A cohort's open reports, oldest first (the longest waiting at the top).
pub fn open_in_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<OpenReport>> {
    reports::table
        .inner_join(posts::table.inner_join(members::table))
        .filter(reports::cohort_id.eq(cohort_id))
        .filter(reports::resolved_at.is_null())
        .order((reports::created_at.asc(), reports::id.asc()))
        .limit(500)
        .select((
            reports::post_id,
            reports::reason,
            reports::created_at,
            posts::body,
            members::display_name,
            posts::hidden_at.is_not_null(),
        ))
        .load(conn)
}

/// Closes a post's open reports; how many were open.
pub fn resolve_for_post(
    conn: &mut DbConn,
    post_id: PostId,
    cohort_id: CohortId,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        reports::table
            .filter(reports::post_id.eq(post_id))
            .filter(reports::cohort_id.eq(cohort_id))
            .filter(reports::resolved_at.is_null()),
    )
    .set(reports::resolved_at.eq(Some(now)))
    .execute(conn)
}

/// A post held back automatically (hidden, by no one), waiting for staff.
#[derive(Debug, Clone, Queryable)]
pub struct HeldPost {
    pub post_id: PostId,
    pub body: String,
    pub reason: Option<String>,
    pub held_at: Option<NaiveDateTime>,
    pub author: String,
}

/// A cohort's posts held back automatically, the longest waiting first.
pub fn held_in_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<HeldPost>> {
    posts::table
        .inner_join(members::table)
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::hidden_at.is_not_null())
        .filter(posts::hidden_by.is_null())
        .order(posts::hidden_at.asc())
        .limit(500)
        .select((
            posts::id,
            posts::body,
            posts::hidden_reason,
            posts::hidden_at,
            members::display_name,
        ))
        .load(conn)
}
