//! Messages that are due by the calendar rather than by an action: reminders to
//! invited people who have not joined (at most two), nudges to members who have
//! not posted for 14 days, activities opening and due, and each manager's
//! weekly digest. Each is claimed with
//! a conditional UPDATE in the transaction that queues it, so several instances
//! running this at once send each message once.

use crate::auth::token;
use crate::db::models::Page;
use crate::db::models::activities as activity_rows;
use crate::db::models::{brands, cohorts, invites, members, releases, users};
use crate::db::{DbConn, write_tx};
use crate::domain::activity::Audience;
use crate::domain::{BirthMonth, BrandId, Country};
use crate::email::enqueue;
use crate::email::links::{LinkSigner, Unsubscribe};
use crate::email::messages::{ActivityMail, DigestCohort, DigestMail, NudgeMail, ReminderMail};
use crate::error::AppError;
use crate::services::invites::join_url;
use crate::services::releases::read;
use chrono::{Duration, NaiveDateTime, TimeZone};

pub const MAX_REMINDERS: i32 = 2;
pub const NUDGE_AFTER_DAYS: i64 = 14;
const BATCH: i64 = 100;

pub struct Schedule<'a> {
    pub public_url: &'a str,
    pub signer: &'a LinkSigner,
    /// Days between an invite (or its last reminder) and the next reminder.
    pub reminder_days: i64,
}

/// Queues what is due at `now`; returns how many messages were queued.
pub fn queue_due(
    conn: &mut DbConn,
    schedule: &Schedule<'_>,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    Ok(invite_reminders(conn, schedule, now)?
        + nudges(conn, schedule, now)?
        + activity_mails(conn, schedule, now)?
        + digests(conn, schedule, now)?)
}

/// The notice that an activity opened, to every member it asks, and at most
/// two reminders before it is due to those who have not answered; never to
/// a member who turned reminders off. Each mail of an activity is claimed
/// once and queued for all its members in one transaction.
fn activity_mails(
    conn: &mut DbConn,
    schedule: &Schedule<'_>,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let mut queued = 0;
    for activity in activity_rows::mail_candidates(conn, now, BATCH)? {
        let reminder = match activity.opened_mail_at {
            None => 0,
            Some(_) => activity.reminders_sent + 1,
        };
        queued += write_tx(conn, |conn| {
            if activity_rows::claim_mail(conn, activity.id, reminder, now)? == 0 {
                return Ok(0);
            }
            let cohort = cohorts::find(conn, activity.cohort_id)?.ok_or(AppError::NotFound)?;
            let brand = brands::find(conn, cohort.brand_id)?;
            let audience =
                Audience::from_stored(&activity.audience_cities, &activity.audience_bands);
            let answered = activity_rows::answered_members(conn, activity.id)?;
            let link_page = format!("{}/link", schedule.public_url);
            let mut sent = 0;
            for member in members::mail_recipients(conn, cohort.id)? {
                let band =
                    BirthMonth::stored(member.birth_year, member.birth_month).band_on(now.date());
                let Some(email) = member.email.as_deref() else {
                    continue;
                };
                if answered.contains(&member.id) || !audience.includes(&member.city, band) {
                    continue;
                }
                let zone = Country::zone_of(&member.country);
                let due = zone
                    .from_utc_datetime(&activity.due_at)
                    .format("%-d %b %Y, %H:%M %Z")
                    .to_string();
                let unsubscribe = schedule.signer.unsubscribe_url(
                    schedule.public_url,
                    Unsubscribe::Nudges,
                    member.id.0,
                );
                let mail = ActivityMail {
                    brand: &brand.name,
                    cohort: &cohort.name,
                    display_name: &member.display_name,
                    title: &activity.title,
                    due: &due,
                    reminder: reminder > 0,
                    link_page: &link_page,
                    unsubscribe: &unsubscribe,
                };
                enqueue(conn, email, &mail.render()?)?;
                sent += 1;
            }
            Ok(sent)
        })?;
    }
    Ok(queued)
}

fn invite_reminders(
    conn: &mut DbConn,
    schedule: &Schedule<'_>,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let due_before = now - Duration::days(schedule.reminder_days);
    let candidates = invites::reminder_candidates(conn, now, due_before, MAX_REMINDERS, BATCH)?;
    let mut queued = 0;
    for (id, sent) in candidates {
        queued += write_tx(conn, |conn| {
            // A new link each time: only its hash is kept, so the old one cannot be resent.
            let fresh = token::generate();
            let claimed = invites::claim_reminder(conn, id, sent, now, &fresh.hash)?;
            if claimed == 0 {
                return Ok(0);
            }
            let invite = invites::find(conn, id)?;
            let Some(email) = invite.email else {
                return Ok(0);
            };
            let cohort = cohorts::find(conn, invite.cohort_id)?.ok_or(AppError::NotFound)?;
            let brand = brands::find(conn, cohort.brand_id)?;
            let link = join_url(schedule.public_url, &fresh.plain);
            let unsubscribe =
                schedule
                    .signer
                    .unsubscribe_url(schedule.public_url, Unsubscribe::Reminders, id.0);
            let mail = ReminderMail {
                brand: &brand.name,
                cohort: &cohort.name,
                description: &cohort.description,
                link: &link,
                unsubscribe: &unsubscribe,
            };
            enqueue(conn, &email, &mail.render()?)?;
            Ok(1)
        })?;
    }
    Ok(queued)
}

fn nudges(
    conn: &mut DbConn,
    schedule: &Schedule<'_>,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let since = now - Duration::days(NUDGE_AFTER_DAYS);
    let candidates = members::nudge_candidates(conn, since, BATCH)?;
    let mut queued = 0;
    for id in candidates {
        queued += write_tx(conn, |conn| {
            let claimed = members::claim_nudge(conn, id, since, now)?;
            if claimed == 0 {
                return Ok(0);
            }
            let member = members::find(conn, id)?.ok_or(AppError::NotFound)?;
            let Some(email) = member.email.clone() else {
                return Ok(0);
            };
            let cohort = cohorts::find(conn, member.cohort_id)?.ok_or(AppError::NotFound)?;
            let brand = brands::find(conn, cohort.brand_id)?;
            let unsubscribe =
                schedule
                    .signer
                    .unsubscribe_url(schedule.public_url, Unsubscribe::Nudges, id.0);
            let link_page = format!("{}/link", schedule.public_url);
            let mail = NudgeMail {
                brand: &brand.name,
                cohort: &cohort.name,
                theme: &cohort.theme,
                display_name: &member.display_name,
                link_page: &link_page,
                unsubscribe: &unsubscribe,
            };
            enqueue(conn, &email, &mail.render()?)?;
            Ok(1)
        })?;
    }
    Ok(queued)
}

fn digests(
    conn: &mut DbConn,
    schedule: &Schedule<'_>,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let week_ago = now - Duration::days(7);
    let candidates = users::digest_candidates(conn, week_ago, BATCH)?;
    let mut queued = 0;
    for (id, email, brand_id) in candidates {
        let Some(brand_id) = brand_id else { continue };
        queued += write_tx(conn, |conn| {
            let claimed = users::claim_digest(conn, id, week_ago, now)?;
            if claimed == 0 {
                return Ok(0);
            }
            let mail = digest(conn, schedule, brand_id, now)?;
            enqueue(conn, &email, &mail.render()?)?;
            Ok(1)
        })?;
    }
    Ok(queued)
}

/// The latest released figures of every cohort of a brand: a digest leaves the
/// app (it can be forwarded), so it carries releases only (`docs/PRIVACY.md`).
/// Each city's mean sentiment is set against the release before, where both
/// show it.
pub fn digest(
    conn: &mut DbConn,
    schedule: &Schedule<'_>,
    brand_id: BrandId,
    now: NaiveDateTime,
) -> Result<DigestMail, AppError> {
    let brand = brands::find(conn, brand_id)?;
    let mut cohorts_out = Vec::new();
    for cohort in cohorts::list_for_brand(conn, brand_id)? {
        let mut latest = releases::list_for_cohort(conn, cohort.id, Page::new(1, 2))?
            .into_iter()
            .map(read);
        let Some(this_week) = latest.next().transpose()? else {
            cohorts_out.push(DigestCohort {
                name: cohort.name,
                week: None,
                whole: String::new(),
                cities: Vec::new(),
            });
            continue;
        };
        let week_before = latest.next().transpose()?;
        let now_release = &this_week.release;
        let total = now_release.total();
        let whole = match (total.members, total.mean_score) {
            (Some(members), Some(mean)) => format!("{members} members, mean sentiment {mean:+.2}"),
            (Some(members), None) => format!("{members} members"),
            _ => "too few to compare".into(),
        };
        let cities = now_release
            .cities()
            .into_iter()
            .filter_map(|city| {
                let now_mean = now_release.city(city).mean_score?;
                let before = week_before.as_ref()?.release.city(city).mean_score?;
                let change = now_mean - before;
                let direction = if change >= 0.0 { "up" } else { "down" };
                Some(format!(
                    "{city}: mean sentiment {now_mean:+.2}, {direction} {:.2} on the week before",
                    change.abs()
                ))
            })
            .collect();
        cohorts_out.push(DigestCohort {
            name: cohort.name,
            week: Some(this_week.period_start.format("%-d %b %Y").to_string()),
            whole,
            cities,
        });
    }
    Ok(DigestMail {
        brand: brand.name,
        until: now.format("%-d %b %Y").to_string(),
        link: format!("{}/brands/{brand_id}/summary", schedule.public_url),
        cohorts: cohorts_out,
    })
}
