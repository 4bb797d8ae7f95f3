//! The admin's view of outgoing mail: what waits, what went, what failed.

use crate::db::models::outbox::{self, OutboxMessage};
use crate::domain::{MailId, MailStatus};
use crate::error::AppError;
use crate::services::{Db, Paged, now};

/// Messages in all, waiting (or being sent), sent and failed.
pub struct OutboxCounts {
    pub all: i64,
    pub waiting: i64,
    pub sent: i64,
    pub failed: i64,
}

/// Which messages to list: all, or those of one status.
#[derive(Clone, Copy)]
pub enum Shown {
    All,
    Waiting,
    Sent,
    Failed,
}

impl Shown {
    pub fn parse(raw: Option<&str>) -> Self {
        match raw {
            Some("pending") => Shown::Waiting,
            Some("sent") => Shown::Sent,
            Some("failed") => Shown::Failed,
            _ => Shown::All,
        }
    }

    /// The status listed, or `None` for all.
    pub fn status(self) -> Option<MailStatus> {
        match self {
            Shown::All => None,
            Shown::Waiting => Some(MailStatus::Pending),
            Shown::Sent => Some(MailStatus::Sent),
            Shown::Failed => Some(MailStatus::Failed),
        }
    }
}

/// How many of the messages counted by status are in one of `wanted`.
fn in_status(by_status: &[(MailStatus, i64)], wanted: &[MailStatus]) -> i64 {
    by_status
        .iter()
        .filter(|(status, _)| wanted.contains(status))
        .map(|(_, n)| n)
        .sum()
}

fn counts_of(by_status: &[(MailStatus, i64)]) -> OutboxCounts {
    OutboxCounts {
        all: by_status.iter().map(|(_, n)| n).sum(),
        waiting: in_status(by_status, &[MailStatus::Pending, MailStatus::Sending]),
        sent: in_status(by_status, &[MailStatus::Sent]),
        failed: in_status(by_status, &[MailStatus::Failed]),
    }
}

/// What the outbox holds, by state, and the database pool's connections
/// (open, idle): what an operator's metrics report.
pub async fn health(db: &Db) -> Result<(OutboxCounts, (u32, u32)), AppError> {
    let counts = db
        .run(|conn| Ok(counts_of(&outbox::count_by_status(conn)?)))
        .await?;
    Ok((counts, db.pool_state()))
}

pub async fn page(
    db: &Db,
    shown: Shown,
    requested: i64,
    size: i64,
) -> Result<(OutboxCounts, Paged<OutboxMessage>), AppError> {
    let filter = shown.status();
    db.run(move |conn| {
        // The list's length comes from the same counts the page shows.
        let by_status = outbox::count_by_status(conn)?;
        let counts = counts_of(&by_status);
        let total = match filter {
            None => counts.all,
            Some(status) => in_status(&by_status, &[status]),
        };
        let listed = Paged::read(requested, size, total, |page| {
            outbox::list(conn, filter, page)
        })?;
        Ok((counts, listed))
    })
    .await
}

/// Sends a failed message again; one that has not failed is not there to retry.
pub async fn retry(db: &Db, message_id: MailId) -> Result<(), AppError> {
    let retried = db
        .write(move |conn| Ok(outbox::retry_failed(conn, message_id, now())?))
        .await?;
    if retried == 0 {
        Err(AppError::NotFound)
    } else {
        Ok(())
    }
}
