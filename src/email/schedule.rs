//! Messages that are due by the calendar rather than by an action: reminders to
//! invited people who have not joined (at most two), nudges to members who have
//! not posted for 14 days, activities opening and due, product tests due
//! after their activity, and each manager's
//! weekly digest. Each is claimed with
//! a conditional UPDATE in the transaction that queues it, so several instances
//! running this at once send each message once.

use crate::auth::token;
use crate::db::models::Page;
use crate::db::models::activities as activity_rows;
use crate::db::models::{brands, cohorts, invites, members, products, releases, seedings, users};
use crate::db::{DbConn, write_tx};
use crate::domain::activity::{Answer, Audience};
use crate::domain::{ActivityId, BirthMonth, BrandId, Country, MemberId, ProductId};
use crate::email::enqueue;
use crate::email::links::{LinkSigner, Unsubscribe};
use crate::email::messages::{ActivityMail, DigestCohort, DigestMail, NudgeMail, ReminderMail};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::services::invites::join_url;
use crate::services::releases::read;
use chrono::{Duration, NaiveDateTime};
use std::collections::HashMap;

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
        + tester_reminders(conn, schedule, now)?
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
                let mail = ActivityLetter {
                    brand: &brand.name,
                    cohort: &cohort.name,
                    title: &activity.title,
                    due_at: activity.due_at,
                    reminder: reminder > 0,
                    product: None,
                };
                mail.enqueue(conn, schedule, &member, email)?;
                sent += 1;
            }
            Ok(sent)
        })?;
    }
    Ok(queued)
}

/// What an activity's mail to one member says, before their zone and links.
struct ActivityLetter<'a> {
    brand: &'a str,
    cohort: &'a str,
    title: &'a str,
    due_at: NaiveDateTime,
    reminder: bool,
    product: Option<&'a str>,
}

impl ActivityLetter<'_> {
    fn enqueue(
        &self,
        conn: &mut DbConn,
        schedule: &Schedule<'_>,
        member: &members::MailRecipient,
        email: &str,
    ) -> Result<(), AppError> {
        let lang = Lang::stored(member.language.as_deref());
        let zone = Country::zone_for(&member.country, member.time_zone.as_deref());
        let due = lang.time(self.due_at, zone);
        let unsubscribe =
            schedule
                .signer
                .unsubscribe_url(schedule.public_url, Unsubscribe::Nudges, member.id.0);
        let mail = ActivityMail {
            lang,
            brand: self.brand,
            cohort: self.cohort,
            display_name: &member.display_name,
            title: self.title,
            due: &due,
            reminder: self.reminder,
            product: self.product,
            link_page: &format!("{}/link", schedule.public_url),
            unsubscribe: &unsubscribe,
        };
        enqueue(conn, email, &mail.render()?).map(|_| ())
    }
}

/// A member's product test due after its activity (some days after the
/// product arrived) has reminders of its own: at most two, 48 and 12 hours
/// before their own due date, while their review is not in. Until the
/// activity is due its own reminders serve them.
fn tester_reminders(
    conn: &mut DbConn,
    schedule: &Schedule<'_>,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    let tests = activity_rows::open_product_tests(conn, now)?;
    let mut queued = 0;
    for group in tests.chunk_by(|a, b| a.activity.id == b.activity.id) {
        let activity = &group[0].activity;
        // Each tester's latest due date, when that product arrived, which
        // product it is and the tasks they are asked.
        let mut testers: HashMap<MemberId, Tester> = HashMap::new();
        for test in group {
            let days = Duration::days(i64::from(test.days_after_receipt));
            for (member, received) in
                seedings::received_in_cohort(conn, activity.cohort_id, test.product_id)?
            {
                let tester = testers.entry(member).or_insert(Tester {
                    due_at: received + days,
                    received_at: received,
                    product_id: test.product_id,
                    tasks: Vec::new(),
                });
                if received + days > tester.due_at {
                    (tester.due_at, tester.received_at) = (received + days, received);
                    tester.product_id = test.product_id;
                }
                tester.tasks.push(test.task_position as usize);
            }
        }
        testers.retain(|_, t| t.due_at > activity.due_at && t.due_at > now);
        if testers.is_empty() {
            continue;
        }
        let sent: HashMap<MemberId, i32> = activity_rows::tester_reminders_sent(conn, activity.id)?
            .into_iter()
            .collect();
        let audience = Audience::from_stored(&activity.audience_cities, &activity.audience_bands);
        let cohort = cohorts::find(conn, activity.cohort_id)?.ok_or(AppError::NotFound)?;
        let brand = brands::find(conn, cohort.brand_id)?;
        for member in members::mail_recipients(conn, cohort.id)? {
            let (Some(tester), Some(email)) = (testers.get(&member.id), member.email.as_deref())
            else {
                continue;
            };
            let reminder = sent.get(&member.id).copied().unwrap_or(0) + 1;
            // As for the activity's own reminders: not in the first day.
            let (window, settled) = match reminder {
                1 => (Duration::hours(48), Duration::hours(24)),
                2 => (Duration::hours(12), Duration::hours(36)),
                _ => continue,
            };
            let band =
                BirthMonth::stored(member.birth_year, member.birth_month).band_on(now.date());
            if tester.due_at - now > window
                || now - tester.received_at < settled
                || !audience.includes(&member.city, band)
                || reviewed(conn, activity.id, &member, &tester.tasks)?
            {
                continue;
            }
            let product = products::find(conn, tester.product_id)?
                .map(|p| p.name)
                .unwrap_or_default();
            queued += write_tx(conn, |conn| {
                if activity_rows::claim_tester_reminder(conn, activity.id, member.id, reminder)?
                    == 0
                {
                    return Ok(0);
                }
                let mail = ActivityLetter {
                    brand: &brand.name,
                    cohort: &cohort.name,
                    title: &activity.title,
                    due_at: tester.due_at,
                    reminder: true,
                    product: Some(&product),
                };
                mail.enqueue(conn, schedule, &member, email)?;
                Ok(1)
            })?;
        }
    }
    Ok(queued)
}

struct Tester {
    due_at: NaiveDateTime,
    received_at: NaiveDateTime,
    product_id: ProductId,
    tasks: Vec<usize>,
}

/// Whether the member's answers hold a review for each of these tasks.
fn reviewed(
    conn: &mut DbConn,
    activity: ActivityId,
    member: &members::MailRecipient,
    tasks: &[usize],
) -> Result<bool, AppError> {
    let Some(response) = activity_rows::response_of(conn, activity, member.id)? else {
        return Ok(false);
    };
    let answers: Vec<Answer> = serde_json::from_str(&response.answers).unwrap_or_default();
    Ok(tasks
        .iter()
        .all(|&n| matches!(answers.get(n), Some(a) if *a != Answer::NotAsked)))
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
            let logo = crate::domain::look::logo_url(
                schedule.public_url,
                brand.id,
                brand.logo_key.as_deref(),
            );
            let mail = ReminderMail {
                lang: Lang::stored(invite.language.as_deref()),
                brand: &brand.name,
                accent: crate::domain::look::accent_or_default(brand.accent.as_deref()),
                logo: logo.as_deref(),
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
            let link_page = format!("{}/link", schedule.public_url);
            let unsubscribe =
                schedule
                    .signer
                    .unsubscribe_url(schedule.public_url, Unsubscribe::Nudges, id.0);
            let mail = NudgeMail {
                lang: Lang::stored(member.language.as_deref()),
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
/// show it; the products, topics and drops shown follow, as the release page
/// shows them.
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
                products: Vec::new(),
                topics: Vec::new(),
                drops: Vec::new(),
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
        let products = now_release
            .products
            .iter()
            .filter_map(|product| {
                let shown = now_release.product(product);
                Some(format!(
                    "{}: {} reviewers, mean rating {:.1} of 5",
                    product.name, shown.reviewers?, shown.mean_rating?
                ))
            })
            .collect();
        let topics = now_release
            .shown_topics()
            .into_iter()
            .map(|topic| format!("{} (about {} members)", topic.term, topic.members))
            .collect();
        let drops = now_release
            .drops
            .iter()
            .filter_map(|drop| {
                let shown = now_release.drop_shown(drop);
                Some(format!(
                    "{}: {} members shared it, {} clicks",
                    drop.title, shown.sharers?, shown.clicks?
                ))
            })
            .collect();
        cohorts_out.push(DigestCohort {
            name: cohort.name,
            week: Some(this_week.period_start.format("%-d %b %Y").to_string()),
            whole,
            cities,
            products,
            topics,
            drops,
        });
    }
    Ok(DigestMail {
        brand: brand.name,
        until: now.format("%-d %b %Y").to_string(),
        link: format!("{}/brands/{brand_id}/summary", schedule.public_url),
        cohorts: cohorts_out,
    })
}
