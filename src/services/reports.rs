//! Safeguarding: members report posts, and the reports wait in a queue for the
//! cohort's staff, who hide the post (with a reason its author is shown) or
//! keep it. Reports, and what staff did with them, are in the audit log.

use chrono::NaiveDateTime;

use crate::db::DbConn;
use crate::db::models::posts::Post;
use crate::db::models::{audit, cohorts, posts, reports};
use crate::domain::{BrandId, CohortId, MemberId, PostId, ReportReason, Staff, excerpt};
use crate::error::AppError;
use crate::services::records::Member;
use crate::services::{Db, now};

/// How a report ended.
pub enum Reported {
    Filed,
    /// This member had reported the post already: once is enough.
    AlreadyReported,
}

/// A member reports a post of their cohort that they can see and did not
/// write; any other post does not exist for them.
/// A post a member may report: shown in their cohort, and not their own.
fn reportable_post(
    conn: &mut DbConn,
    post_id: PostId,
    cohort_id: CohortId,
    member_id: MemberId,
) -> Result<Post, AppError> {
    posts::find_in_cohort(conn, post_id, cohort_id)?
        .filter(|p| p.hidden_at.is_none() && p.member_id != member_id)
        .ok_or(AppError::NotFound)
}

/// Whether the member may report the post: `NotFound` for their own, or
/// for one they cannot see, so the form is never offered in vain.
pub async fn check_reportable(db: &Db, member: &Member, post_id: PostId) -> Result<(), AppError> {
    let (member_id, cohort_id) = (member.id, member.cohort_id);
    db.run(move |conn| reportable_post(conn, post_id, cohort_id, member_id).map(|_| ()))
        .await
}

pub async fn report(
    db: &Db,
    member: &Member,
    post_id: PostId,
    reason: ReportReason,
) -> Result<Reported, AppError> {
    let (member_id, cohort_id) = (member.id, member.cohort_id);
    db.write(move |conn| {
        let post = reportable_post(conn, post_id, cohort_id, member_id)?;
        let at = now();
        if !reports::insert(conn, post.id, cohort_id, member_id, reason.as_str(), at)? {
            return Ok(Reported::AlreadyReported);
        }
        let brand_id = cohorts::find(conn, cohort_id)?.map(|c| c.brand_id);
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: None,
                actor: &format!("member {member_id}"),
                action: "report post",
                brand_id,
                subject: &format!("post {post_id} in cohort {cohort_id}"),
                details: &format!("reason: {}", reason.label()),
            },
            at,
        )?;
        Ok(Reported::Filed)
    })
    .await
}

/// A reported post waiting for staff, with every open report's reason.
pub struct ReportedPost {
    pub post_id: PostId,
    pub excerpt: String,
    pub author: String,
    pub hidden: bool,
    pub first_reported: NaiveDateTime,
    /// Each reason given, with how many members gave it.
    pub reasons: Vec<(ReportReason, usize)>,
}

/// What waits for a cohort's staff: posts held back automatically (a member
/// under 18 seemed to give personal details), and reported posts.
pub struct Queue {
    pub held: Vec<reports::HeldPost>,
    pub reported: Vec<ReportedPost>,
}

/// A cohort's queue: held posts, and open reports a line per post, the
/// longest waiting first.
pub async fn queue(db: &Db, cohort_id: CohortId) -> Result<Queue, AppError> {
    let (held, open) = db
        .run(move |conn| {
            Ok((
                reports::held_in_cohort(conn, cohort_id)?,
                reports::open_in_cohort(conn, cohort_id)?,
            ))
        })
        .await?;
    let mut queue: Vec<ReportedPost> = Vec::new();
    for report in open {
        let reason = ReportReason::parse(&report.reason).unwrap_or(ReportReason::Other);
        let line = match queue.iter_mut().find(|p| p.post_id == report.post_id) {
            Some(line) => line,
            None => {
                queue.push(ReportedPost {
                    post_id: report.post_id,
                    excerpt: excerpt(&report.body, 200),
                    author: report.author,
                    hidden: report.hidden,
                    first_reported: report.reported_at,
                    reasons: Vec::new(),
                });
                let last = queue.len() - 1;
                &mut queue[last]
            }
        };
        match line.reasons.iter_mut().find(|(r, _)| *r == reason) {
            Some((_, count)) => *count += 1,
            None => line.reasons.push((reason, 1)),
        }
    }
    Ok(Queue {
        held,
        reported: queue,
    })
}

/// Staff keep a reported post as it is: its open reports close, audit-logged.
pub async fn keep(
    db: &Db,
    staff: Staff,
    brand_id: BrandId,
    cohort_id: CohortId,
    post_id: PostId,
) -> Result<(), AppError> {
    db.write(move |conn| {
        let at = now();
        let closed = reports::resolve_for_post(conn, post_id, cohort_id, at)?;
        if closed == 0 {
            return Err(AppError::NotFound);
        }
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(staff.id),
                actor: &staff.email,
                action: "keep reported post",
                brand_id: Some(brand_id),
                subject: &format!("post {post_id} in cohort {cohort_id}"),
                details: &format!("{closed} report(s) closed"),
            },
            at,
        )?;
        Ok(())
    })
    .await
}
