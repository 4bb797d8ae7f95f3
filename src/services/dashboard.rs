//! A brand's home: how each cohort is doing at a glance, and what needs staff.
//! Staff who read the feed see it, so the figures are exact (no release rules):
//! observers never reach it.
//!
//! What waits for staff and who answered an activity lately are read live,
//! with the cohorts, in one statement. The figures from the posts are worked
//! out once per state of a cohort's posts and hour (the last 7 days move on by
//! the hour) and kept.

use std::sync::Arc;

use chrono::{Duration, NaiveDateTime};

use super::{Db, now};
use crate::db::DbConn;
use crate::db::models::{cohorts, post_stats, posts};
use crate::domain::{BrandId, CohortId, MemberId, PostKind, UserId};
use crate::error::AppError;
use crate::services::access::{AccountAndBrand, BrandPart};
use crate::summary::chart::{Sparkline, sparkline};
use crate::summary::memo::Memo;
use crate::summary::week_of;

/// Days a member counts as active after a post or an answer.
pub const ACTIVE_DAYS: i64 = 7;
/// Weeks of the sentiment line and the mean rating.
pub const WEEKS: usize = 8;
/// Days ahead an activity's due date is flagged.
pub const DUE_WITHIN_DAYS: i64 = 3;
/// Days after which a personal invitation not taken up is flagged.
pub const INVITE_WAIT_DAYS: i64 = 3;

/// What waits for staff in one cohort.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Attention {
    /// Posts members reported.
    pub reported: i64,
    /// Posts held back automatically, not yet looked at.
    pub held: i64,
    /// Published activities due within `DUE_WITHIN_DAYS`.
    pub due_soon: i64,
    /// Personal invitations older than `INVITE_WAIT_DAYS` nobody took up.
    pub invites_waiting: i64,
}

/// What a cohort's posts say, as kept.
pub struct PostPulse {
    /// Members who posted in the last `ACTIVE_DAYS`, in order.
    posters: Vec<MemberId>,
    posts: i64,
    reviews: i64,
    mean_rating: Option<f64>,
    latest_sentiment: Option<f64>,
    /// The weekly sentiment drawn, once.
    sparkline: Sparkline,
}

/// A cohort's posts at one version, in one hour.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PulseKey {
    cohort_id: CohortId,
    version: i64,
    hour: i64,
}

pub type PulseMemo = Memo<PulseKey, PostPulse>;

/// How many cohorts' figures one instance keeps (each well under 1 kB).
pub const PULSES_KEPT: usize = 512;

/// One cohort at a glance.
pub struct CohortPulse {
    pub cohort: cohorts::Cohort,
    /// Members who posted or answered in the last `ACTIVE_DAYS`.
    pub active: usize,
    /// Posts and reviews members can see, written in the last `ACTIVE_DAYS`.
    pub posts: i64,
    pub reviews: i64,
    /// Mean stars of the reviews of the last `WEEKS` weeks.
    pub mean_rating: Option<f64>,
    /// Mean sentiment of the latest of the last `WEEKS` weeks with any.
    pub latest_sentiment: Option<f64>,
    /// Mean sentiment of each of the last `WEEKS` weeks, oldest first, drawn
    /// (a week with nothing scored is a gap).
    pub sparkline: Sparkline,
    pub attention: Attention,
}

/// The brand's cohorts with what waits in each and who answered an activity
/// lately, read with the staff account's access to the brand.
pub struct BrandGlances {
    at: NaiveDateTime,
    glances: Vec<cohorts::Glance>,
}

impl BrandPart for BrandGlances {
    fn read_with_access(
        conn: &mut DbConn,
        user_id: UserId,
        brand_id: BrandId,
    ) -> Result<Option<AccountAndBrand<Self>>, AppError> {
        let at = now();
        let times = cohorts::GlanceTimes {
            now: at,
            due_by: at + Duration::days(DUE_WITHIN_DAYS),
            invited_before: at - Duration::days(INVITE_WAIT_DAYS),
            answered_since: at - Duration::days(ACTIVE_DAYS),
        };
        Ok(
            cohorts::glances_with_access(conn, user_id, brand_id, &times)?.map(
                |(user, brand, glances)| {
                    (
                        user,
                        brand.map(|brand| (brand, BrandGlances { at, glances })),
                    )
                },
            ),
        )
    }
}

pub async fn brand_home(
    db: &Db,
    memo: &PulseMemo,
    BrandGlances { at, glances }: BrandGlances,
) -> Result<Vec<CohortPulse>, AppError> {
    let hour = at.and_utc().timestamp().div_euclid(3600);
    let mut pulses = Vec::with_capacity(glances.len());
    for glance in glances {
        let cohort_id = glance.cohort.id;
        let key = PulseKey {
            cohort_id,
            version: glance.tally.version,
            hour,
        };
        let kept = memo
            .get_or_work_out(&key, || {
                db.run(move |conn| read_post_pulse(conn, cohort_id, at))
            })
            .await?;
        // Members who answered and did not post, added to those who posted.
        let only_answered = glance
            .answerers
            .iter()
            .filter(|m| kept.posters.binary_search(m).is_err())
            .count();
        pulses.push(pulse(glance, &kept, kept.posters.len() + only_answered));
    }
    Ok(pulses)
}

fn pulse(glance: cohorts::Glance, kept: &Arc<PostPulse>, active: usize) -> CohortPulse {
    CohortPulse {
        cohort: glance.cohort,
        active,
        posts: kept.posts,
        reviews: kept.reviews,
        mean_rating: kept.mean_rating,
        latest_sentiment: kept.latest_sentiment,
        sparkline: kept.sparkline.clone(),
        attention: Attention {
            reported: glance.reported,
            held: glance.held,
            due_soon: glance.due_soon,
            invites_waiting: glance.invites_waiting,
        },
    }
}

fn read_post_pulse(
    conn: &mut DbConn,
    cohort_id: CohortId,
    at: NaiveDateTime,
) -> Result<PostPulse, AppError> {
    let since = at - Duration::days(ACTIVE_DAYS);
    let weeks: Vec<String> = (0..WEEKS as i64)
        .rev()
        .map(|back| week_of(at - Duration::weeks(back)))
        .collect();
    let written = posts::shown_since_by_kind(conn, cohort_id, since)?;
    let count_of = |kind: PostKind| {
        written
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, n)| *n)
            .sum()
    };
    let first_week = weeks.first().map_or("", String::as_str);
    let stats = post_stats::weeks_of_cohort(conn, cohort_id, first_week)?;
    let (ratings, rating_sum) = stats.iter().fold((0, 0), |(n, sum), w| {
        (n + w.ratings.unwrap_or(0), sum + w.rating_sum.unwrap_or(0))
    });
    let mut posters = posts::posters_since(conn, cohort_id, since)?;
    posters.sort_unstable();
    let weekly_sentiment: Vec<Option<f64>> = weeks
        .iter()
        .map(|week| {
            let row = stats.iter().find(|w| w.week == *week)?;
            let scored = row.scored.unwrap_or(0);
            (scored > 0).then(|| row.score_sum.unwrap_or(0.0) / scored as f64)
        })
        .collect();
    Ok(PostPulse {
        posters,
        posts: count_of(PostKind::Post),
        reviews: count_of(PostKind::Review),
        mean_rating: (ratings > 0).then(|| rating_sum as f64 / ratings as f64),
        sparkline: sparkline(&weekly_sentiment),
        latest_sentiment: weekly_sentiment.iter().rev().flatten().next().copied(),
    })
}
