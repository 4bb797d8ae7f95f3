//! Visits to share links, written off the request path: a visit is queued in
//! memory and a writer stores the queue in one transaction every
//! `visit_flush` (a quarter of a second). On SIGTERM the server stops taking
//! requests and the writer stores what is queued before the process ends; a
//! process killed outright loses at most the visits of the last flush, well
//! under a second's.
//!
//! The writer also rolls finished days up into daily totals (deleting each
//! day's salt as it does) and deletes single visits older than
//! `share_visit_days`.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use tokio::sync::{Notify, mpsc};

use crate::db::models::shares::{self, DayTotal, LinkTarget, Visit};
use crate::domain::ShareLinkId;
use crate::domain::share::{is_preview_fetcher, visitor_key};
use crate::error::AppError;
use crate::services::{Db, now};

/// Visits waiting to be written at most. A visit that finds the queue full
/// waits up to `QUEUE_WAIT` for room (its request waits with it, which slows
/// the visitors down to what the database can write); beyond that it is not
/// counted (and `lost` says so) rather than the memory growing without end.
const QUEUE: usize = 200_000;
const QUEUE_WAIT: Duration = Duration::from_secs(2);
/// Visits written in one transaction at most.
const BATCH: usize = 20_000;
/// How often finished days are looked for to be rolled up.
const ROLL_EVERY: Duration = Duration::from_secs(600);

/// Visitors this instance remembers having counted today, at most: a visitor
/// seen again is not queued again (the database would ignore the row anyway).
const SEEN: usize = 1_000_000;

/// What the request path holds: the queue, the day's salt and who it counted.
pub struct VisitLog {
    queue: mpsc::Sender<Visit>,
    salt: Mutex<Option<(NaiveDate, Arc<str>)>>,
    /// Visits as a 64-bit digest of link, generation, kind and visitor: small,
    /// and room for all of them is made once, so the set never grows while
    /// requests wait on it.
    seen: Mutex<(NaiveDate, HashSet<u64>)>,
    lost: AtomicU64,
}

/// The writer's task, to be finished when the server has stopped.
pub struct VisitWriter {
    stop: Arc<Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl VisitWriter {
    /// Writes what is queued and ends the writer.
    pub async fn finish(self) {
        self.stop.notify_one();
        if let Err(err) = self.task.await {
            tracing::error!("the share visit writer failed: {err}");
        }
    }
}

/// Starts the writer.
pub fn start(db: Db, flush: Duration, keep_days: i64) -> (Arc<VisitLog>, VisitWriter) {
    let (queue, waiting) = mpsc::channel(QUEUE);
    let stop = Arc::new(Notify::new());
    let task = tokio::spawn(write_visits(db, waiting, stop.clone(), flush, keep_days));
    let log = Arc::new(VisitLog {
        queue,
        salt: Mutex::new(None),
        seen: Mutex::new((NaiveDate::MIN, HashSet::new())),
        lost: AtomicU64::new(0),
    });
    (log, VisitWriter { stop, task })
}

impl VisitLog {
    /// Counts a visit to a link (once per visitor, link and day), as a click or,
    /// from a preview fetcher or crawler, as a preview.
    pub async fn record(
        &self,
        db: &Db,
        target: LinkTarget,
        generation: i32,
        address: &str,
        user_agent: Option<&str>,
    ) -> Result<(), AppError> {
        let day = now().date();
        let salt = self.salt(db, day).await?;
        let visit = Visit {
            link_id: target.link_id,
            generation,
            day,
            visitor: visitor_key(
                &salt,
                target.link_id.0,
                generation,
                address,
                user_agent.unwrap_or(""),
            ),
            preview: is_preview_fetcher(user_agent),
        };
        if !self.first_today(&visit) {
            return Ok(());
        }
        // Most visits find room: only a full queue sets a timer to wait on.
        let queued = match self.queue.try_send(visit) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(visit)) => {
                tokio::time::timeout(QUEUE_WAIT, self.queue.send(visit))
                    .await
                    .is_ok_and(|sent| sent.is_ok())
            }
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        };
        if !queued {
            let lost = self.lost.fetch_add(1, Ordering::Relaxed) + 1;
            if lost.is_power_of_two() {
                tracing::warn!("{lost} share link visits were not counted: the writer is behind");
            }
        }
        Ok(())
    }

    /// Whether this instance has not counted the visitor today yet (and now has).
    fn first_today(&self, visit: &Visit) -> bool {
        let mut seen = self
            .seen
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (day, visitors) = &mut *seen;
        if *day != visit.day || visitors.len() >= SEEN {
            *day = visit.day;
            visitors.clear();
        }
        if visitors.capacity() < SEEN {
            visitors.reserve(SEEN);
        }
        let mut digest = std::hash::DefaultHasher::new();
        (
            visit.link_id,
            visit.generation,
            visit.preview,
            visit.visitor,
        )
            .hash(&mut digest);
        visitors.insert(digest.finish())
    }

    /// Visits not counted because the queue was full.
    pub fn lost(&self) -> u64 {
        self.lost.load(Ordering::Relaxed)
    }

    /// The day's salt, read once a day by each instance (the first instance
    /// to ask stores it for all).
    async fn salt(&self, db: &Db, day: NaiveDate) -> Result<Arc<str>, AppError> {
        if let Some((kept_day, salt)) = &*self.kept_salt()
            && *kept_day == day
        {
            return Ok(salt.clone());
        }
        let fresh = crate::auth::token::generate().plain;
        let stored = db
            .write(move |conn| Ok(shares::salt_of(conn, day, &fresh)?))
            .await?
            .ok_or_else(|| AppError::Unavailable("today's visits are already totalled".into()))?;
        let salt: Arc<str> = stored.into();
        *self.kept_salt() = Some((day, salt.clone()));
        Ok(salt)
    }

    fn kept_salt(&self) -> std::sync::MutexGuard<'_, Option<(NaiveDate, Arc<str>)>> {
        self.salt
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

async fn write_visits(
    db: Db,
    mut waiting: mpsc::Receiver<Visit>,
    stop: Arc<Notify>,
    flush: Duration,
    keep_days: i64,
) {
    let mut batch: Vec<Visit> = Vec::new();
    let mut tick = tokio::time::interval(flush);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut rolled: Option<(Instant, NaiveDate)> = None;
    loop {
        tokio::select! {
            visit = waiting.recv() => match visit {
                Some(visit) => {
                    batch.push(visit);
                    if batch.len() >= BATCH {
                        store(&db, &mut batch).await;
                    }
                }
                None => break,
            },
            _ = tick.tick() => {
                store(&db, &mut batch).await;
                let today = now().date();
                let due = rolled.is_none_or(|(at, day)| day != today || at.elapsed() >= ROLL_EVERY);
                if due {
                    if let Err(err) = roll_up(&db, today, keep_days).await {
                        tracing::warn!("share visits were not rolled up: {err}");
                    }
                    rolled = Some((Instant::now(), today));
                }
            }
            _ = stop.notified() => break,
        }
    }
    // The server has stopped: what is queued is all there will be.
    waiting.close();
    while let Some(visit) = waiting.recv().await {
        batch.push(visit);
    }
    store(&db, &mut batch).await;
    if !batch.is_empty() {
        tracing::error!(
            "{} share link visits could not be written at shutdown",
            batch.len()
        );
    }
}

/// Writes the batch; on failure (the database away) it is kept for the next
/// try, up to the size of the queue.
async fn store(db: &Db, batch: &mut Vec<Visit>) {
    if batch.is_empty() {
        return;
    }
    let visits = batch.clone();
    let written = db
        .write(move |conn| {
            shares::insert_visits(conn, &visits)?;
            Ok(())
        })
        .await;
    match written {
        Ok(()) => batch.clear(),
        Err(err) => {
            tracing::warn!(
                "{} share link visits wait to be written: {err}",
                batch.len()
            );
            if batch.len() > QUEUE {
                batch.drain(..batch.len() - QUEUE);
            }
        }
    }
}

/// Totals each finished day's visits (once, whichever instance comes first),
/// deleting the day's salt, and deletes single visits past keeping.
pub async fn roll_up(db: &Db, today: NaiveDate, keep_days: i64) -> Result<(), AppError> {
    let days = db
        .run(move |conn| Ok(shares::days_to_roll(conn, today)?))
        .await?;
    for day in days {
        db.write(move |conn| {
            if !shares::claim_day(conn, day, now())? {
                return Ok(());
            }
            let mut totals: HashMap<(ShareLinkId, i32), DayTotal> = HashMap::new();
            for (link_id, generation, preview, count) in shares::visits_of_day(conn, day)? {
                let count = i32::try_from(count).unwrap_or(i32::MAX);
                let total = totals.entry((link_id, generation)).or_insert(DayTotal {
                    link_id,
                    generation,
                    day,
                    clicks: 0,
                    previews: 0,
                });
                if preview {
                    total.previews = count;
                } else {
                    total.clicks = count;
                }
            }
            let totals: Vec<DayTotal> = totals.into_values().collect();
            shares::insert_totals(conn, &totals)?;
            Ok(())
        })
        .await?;
    }
    let before = today - chrono::Duration::days(keep_days);
    db.write(move |conn| Ok(shares::delete_visits_before(conn, before)?))
        .await?;
    Ok(())
}
