//! Releases: each cohort's noisy figures for each week, made once after the
//! week ends (by the calendar, on whichever instance gets there first) and kept.
//! What reaches anyone who does not read the feed is read from these, never
//! from the live data (`docs/PRIVACY.md`).

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDateTime};

use crate::db::DbConn;
use crate::db::models::posts::{self, Post};
use crate::db::models::releases::{self, NewRelease, StoredRelease};
use crate::db::models::{brands, cohorts, drops, members, post_stats, products, shares};
use crate::domain::post::said;
use crate::domain::{
    BirthMonth, BrandId, CityList, CohortId, DropId, EpsilonPerMonth, MemberId, excerpt,
    mask_personal,
};
use crate::error::AppError;
use crate::services::{Db, Paged};
use crate::summary::release::{self, Budget, Noise, Release};
use crate::summary::themes::{self, post_terms};
use crate::summary::week_of;

/// Releases a page.
const PAGE_SIZE: i64 = 10;

/// The last week that has ended by `now`: Monday 00:00 UTC to the next.
pub fn last_period(now: NaiveDateTime) -> (NaiveDateTime, NaiveDateTime) {
    let today = now.date();
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let end = monday.and_time(chrono::NaiveTime::MIN);
    (end - Duration::days(7), end)
}

/// Makes the release of the last ended week for every cohort that has none;
/// returns how many were made.
pub fn make_due(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, AppError> {
    let (start, end) = last_period(now);
    let mut made = 0;
    for (cohort, brand) in releases::cohorts_due(conn, end)? {
        made += usize::from(make_one(conn, &cohort, &brand, (start, end), now)?);
    }
    Ok(made)
}

fn make_one(
    conn: &mut DbConn,
    cohort: &cohorts::Cohort,
    brand: &brands::Brand,
    (start, end): (NaiveDateTime, NaiveDateTime),
    now: NaiveDateTime,
) -> Result<bool, AppError> {
    let last_day = (end - Duration::days(1)).date();
    // Members as the week ended: those who joined since wait for next week's.
    let members: Vec<_> = members::demographics(conn, cohort.id)?
        .into_iter()
        .filter(|m| m.created_at < end)
        .map(|m| {
            let band = BirthMonth::stored(m.birth_year, m.birth_month).band_on(last_day);
            (m.id, m.city, band)
        })
        .collect();
    let week = week_of(start);
    let rows = post_stats::rows(conn, cohort.id, Some((&week, &week)))?;
    // The week's posts, for topics and their quotes: what each says, title included.
    let posts = posts::visible_between(conn, cohort.id, (start, end), POSTS_READ)?;
    let terms: Vec<(MemberId, BTreeSet<String>)> = posts
        .iter()
        .map(|p| (p.member_id, post_terms(&said(p.title.as_deref(), &p.body))))
        .collect();
    let budget = Budget::weekly(EpsilonPerMonth::stored(brand.epsilon_per_month).value());
    let k = i64::try_from(brand.anonymity_threshold()).unwrap_or(i64::MAX);
    // The whole catalogue, reviewed or not: which products are listed says
    // nothing about the members.
    let products: Vec<String> = products::of_brand(conn, brand.id)?
        .into_iter()
        .map(|p| p.name)
        .collect();
    let vocabulary = themes::vocabulary(&products);
    let topics = release::member_topics(&terms, &vocabulary);
    let contributions = release::contributions(&members, &rows, (&week, &week_of(end)), &topics);
    // A fresh secret seed, dropped once the release is made: the stored figures
    // cannot be cleaned of their noise by anyone, and are never made again.
    let noise = Noise::Seeded(rand::random());
    let mut made = release::make(
        &contributions,
        &CityList::from_stored(&cohort.cities),
        &products,
        &vocabulary,
        k,
        budget,
        noise,
    );
    made.quotes = quotes(&made, &posts, &terms, &topics);
    let counted: HashSet<MemberId> = members.iter().map(|(id, _, _)| *id).collect();
    made.drops = release::drop_cells(
        &shared_by(conn, cohort.id, &counted, (start, end))?,
        &drops::out_between(conn, brand.id, (end - Duration::weeks(DROP_WEEKS), end))?,
        budget,
        noise,
    );
    let figures = serde_json::to_string(&made).map_err(|e| AppError::Internal(e.into()))?;
    Ok(releases::insert(
        conn,
        NewRelease {
            cohort_id: cohort.id,
            period_start: start,
            period_end: end,
            figures: &figures,
        },
        now,
    )?)
}

/// How many weeks a drop stays in the weekly releases after it is out.
const DROP_WEEKS: i64 = 12;

/// What each of `counted` (the release's members) shared in the period, one
/// entry per member who shared: each drop they took a link to in it or whose
/// link was opened or previewed in it, with the clicks it brought (previews
/// are not clicks).
pub fn shared_by(
    conn: &mut DbConn,
    cohort_id: CohortId,
    counted: &HashSet<MemberId>,
    (start, end): (NaiveDateTime, NaiveDateTime),
) -> Result<Vec<Vec<(DropId, i64)>>, AppError> {
    let links: HashMap<_, _> = shares::links_of_cohort(conn, cohort_id)?
        .into_iter()
        .filter(|link| counted.contains(&link.member_id))
        .map(|link| (link.id, link))
        .collect();
    let mut by_member: HashMap<MemberId, HashMap<DropId, i64>> = HashMap::new();
    for link in links.values() {
        if start <= link.created_at && link.created_at < end {
            by_member
                .entry(link.member_id)
                .or_default()
                .entry(link.drop_id)
                .or_default();
        }
    }
    for (link_id, preview, count) in
        shares::counts_of_cohort_between(conn, cohort_id, (start.date(), end.date()))?
    {
        let Some(link) = links.get(&link_id).filter(|_| count > 0) else {
            continue;
        };
        let clicks = by_member
            .entry(link.member_id)
            .or_default()
            .entry(link.drop_id)
            .or_default();
        if !preview {
            *clicks += count;
        }
    }
    Ok(by_member
        .into_values()
        .map(|drops| drops.into_iter().collect())
        .collect())
}

/// The most posts of one week a release reads for its topics.
const POSTS_READ: i64 = 20_000;
const QUOTE_CHARS: usize = 160;

/// A quote under each shown topic: the newest post of the week that uses the
/// term, by a member counted for it, each post quoted once, its personal
/// details masked.
fn quotes(
    made: &Release,
    posts: &[Post],
    terms: &[(MemberId, BTreeSet<String>)],
    topics: &HashMap<MemberId, Vec<String>>,
) -> Vec<release::Quote> {
    let mut used = HashSet::new();
    let mut quotes = Vec::new();
    for topic in made.shown_topics() {
        let found = posts.iter().zip(terms).position(|(post, (member, words))| {
            !used.contains(&post.id)
                && words.contains(&topic.term)
                && topics.get(member).is_some_and(|t| t.contains(&topic.term))
        });
        if let Some(i) = found {
            let post = &posts[i];
            used.insert(post.id);
            quotes.push(release::Quote {
                term: topic.term.clone(),
                text: excerpt(
                    &mask_personal(&said(post.title.as_deref(), &post.body)),
                    QUOTE_CHARS,
                ),
            });
        }
    }
    quotes
}

/// A release as read back.
pub struct Released {
    pub period_start: NaiveDateTime,
    pub period_end: NaiveDateTime,
    pub made_at: NaiveDateTime,
    pub release: Release,
}

/// A stored release, read back.
pub fn read(stored: StoredRelease) -> Result<Released, AppError> {
    let release = serde_json::from_str(&stored.figures).map_err(|e| {
        AppError::Internal(anyhow::anyhow!("release {} cannot be read: {e}", stored.id))
    })?;
    Ok(Released {
        period_start: stored.period_start,
        period_end: stored.period_end,
        made_at: stored.made_at,
        release,
    })
}

/// A cohort's releases, newest first, a page at a time.
pub async fn of_cohort(
    db: &Db,
    cohort_id: CohortId,
    requested: i64,
) -> Result<Paged<Released>, AppError> {
    db.run(move |conn| {
        let total = releases::count_for_cohort(conn, cohort_id)?;
        let stored = Paged::read(requested, PAGE_SIZE, total, |page| {
            releases::list_for_cohort(conn, cohort_id, page)
        })?;
        let mut items = Vec::with_capacity(stored.items.len());
        for row in stored.items {
            items.push(read(row)?);
        }
        Ok(Paged {
            items,
            page: stored.page,
            size: stored.size,
            total: stored.total,
        })
    })
    .await
}

/// A brand's cohorts, each with its latest release if it has one.
pub async fn latest_of_brand(
    db: &Db,
    brand_id: BrandId,
) -> Result<Vec<(cohorts::Cohort, Option<Released>)>, AppError> {
    db.run(move |conn| {
        let mut found = Vec::new();
        for cohort in cohorts::list_for_brand(conn, brand_id)? {
            let latest = releases::latest_for_cohort(conn, cohort.id)?
                .map(read)
                .transpose()?;
            found.push((cohort, latest));
        }
        Ok(found)
    })
    .await
}
