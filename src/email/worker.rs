//! Delivers the outbox: due messages are claimed one by one (a conditional
//! UPDATE, so two instances never send the same one at once), sent, and marked
//! sent; a failure is retried with growing delays, then marked failed.

use std::sync::Arc;
use std::time::Duration;

use chrono::Duration as ChronoDuration;

use crate::db::models::outbox;
use crate::db::{DbPool, with_conn, write_tx};
use crate::email::Mailer;
use crate::email::links::LinkSigner;
use crate::email::schedule::{Schedule, queue_due};
use crate::error::AppError;
use crate::services::now;

/// How long a claimed message is reserved for its sender.
const LEASE_SECONDS: i64 = 120;
/// Attempts before a message is given up on (about two days of retries).
pub const MAX_ATTEMPTS: i32 = 16;

/// Waits 2 s after the first failure, doubling up to an hour.
pub fn retry_delay(attempts: i32) -> ChronoDuration {
    let exponent = attempts.clamp(1, 12) - 1;
    ChronoDuration::seconds((2_i64 << exponent).min(3600))
}

/// Sends what is due now; returns how many messages went out.
pub async fn deliver_due(pool: &DbPool, mailer: &Mailer) -> Result<usize, AppError> {
    let ids = with_conn(pool, |conn| Ok(outbox::due(conn, now(), 50)?)).await?;
    let mut sent = 0;
    for id in ids {
        let claimed = with_conn(pool, move |conn| {
            write_tx(conn, |conn| {
                let current = now();
                Ok(outbox::claim(
                    conn,
                    id,
                    current,
                    current + ChronoDuration::seconds(LEASE_SECONDS),
                )?)
            })
        })
        .await?;
        let Some(message) = claimed else { continue };
        match mailer.send(&message).await {
            Ok(()) => {
                with_conn(pool, move |conn| Ok(outbox::mark_sent(conn, id, now())?)).await?;
                sent += 1;
            }
            Err(error) => {
                tracing::warn!(id = id.0, attempts = message.attempts, %error, "mail delivery failed");
                let retry_at = (message.attempts < MAX_ATTEMPTS)
                    .then(|| now() + retry_delay(message.attempts));
                with_conn(pool, move |conn| {
                    Ok(outbox::mark_failed(conn, id, &error, retry_at)?)
                })
                .await?;
            }
        }
    }
    Ok(sent)
}

/// What the worker needs to queue calendar messages (reminders, nudges, digests).
pub struct Calendar {
    pub public_url: String,
    pub signer: LinkSigner,
    pub reminder_days: i64,
    /// How often to look for them.
    pub every: Duration,
}

/// Runs for the life of the process: delivers the outbox every `poll`, and
/// queues calendar messages every `calendar.every`.
pub async fn run(pool: DbPool, mailer: Arc<Mailer>, poll: Duration, calendar: Calendar) {
    tracing::info!(transport = %mailer.describe(), "mail worker started");
    let calendar = Arc::new(calendar);
    let mut last_calendar: Option<std::time::Instant> = None;
    loop {
        if last_calendar.is_none_or(|at| at.elapsed() >= calendar.every) {
            last_calendar = Some(std::time::Instant::now());
            let due = Arc::clone(&calendar);
            let queued = with_conn(&pool, move |conn| {
                let schedule = Schedule {
                    public_url: &due.public_url,
                    signer: &due.signer,
                    reminder_days: due.reminder_days,
                };
                queue_due(conn, &schedule, now())
            })
            .await;
            match queued {
                Ok(0) => {}
                Ok(queued) => tracing::info!(queued, "reminders, nudges and digests queued"),
                Err(error) => {
                    tracing::warn!(%error, "could not queue reminders, nudges and digests")
                }
            }
            match with_conn(&pool, |conn| {
                crate::services::releases::make_due(conn, now())
            })
            .await
            {
                Ok(0) => {}
                Ok(made) => tracing::info!(made, "weekly releases made"),
                Err(error) => tracing::warn!(%error, "could not make the weekly releases"),
            }
            match with_conn(&pool, |conn| {
                crate::services::activities::make_due_releases(conn, now())
            })
            .await
            {
                Ok(0) => {}
                Ok(made) => tracing::info!(made, "activity releases made"),
                Err(error) => tracing::warn!(%error, "could not make the activity releases"),
            }
        }
        if let Err(error) = deliver_due(&pool, &mailer).await {
            tracing::warn!(%error, "mail worker could not reach the database");
        }
        tokio::time::sleep(poll).await;
    }
}

#[cfg(test)]
mod tests {
    use super::retry_delay;

    #[test]
    fn retries_back_off_to_an_hour() {
        assert_eq!(retry_delay(1).num_seconds(), 2);
        assert_eq!(retry_delay(2).num_seconds(), 4);
        assert_eq!(retry_delay(5).num_seconds(), 32);
        assert_eq!(retry_delay(30).num_seconds(), 3600);
    }
}
