//! The admin's view of outgoing mail: what waits, what went, what failed.

use crate::db::models::outbox::{self, OutboxMessage};
use crate::domain::MailId;
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

    /// The status kept in the table, or "" for all.
    pub fn status(self) -> &'static str {
        match self {
            Shown::All => "",
            Shown::Waiting => outbox::PENDING,
            Shown::Sent => outbox::SENT,
            Shown::Failed => outbox::FAILED,
        }
    }
}

pub async fn page(
    db: &Db,
    shown: Shown,
    requested: i64,
    size: i64,
) -> Result<(OutboxCounts, Paged<OutboxMessage>), AppError> {
    let filter = Some(shown.status()).filter(|s| !s.is_empty());
    db.run(move |conn| {
        let counts = OutboxCounts {
            all: outbox::count(conn, None)?,
            waiting: outbox::count(conn, Some(outbox::PENDING))?
                + outbox::count(conn, Some(outbox::SENDING))?,
            sent: outbox::count(conn, Some(outbox::SENT))?,
            failed: outbox::count(conn, Some(outbox::FAILED))?,
        };
        let total = outbox::count(conn, filter)?;
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
