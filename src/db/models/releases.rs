//! Releases: a cohort's noisy figures for one period, made once and kept.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::models::brands::Brand;
use crate::db::models::cohorts::Cohort;
use crate::db::schema::{brands, cohorts, releases};
use crate::domain::CohortId;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = releases)]
pub struct StoredRelease {
    pub id: i64,
    pub cohort_id: CohortId,
    pub period_start: NaiveDateTime,
    pub period_end: NaiveDateTime,
    pub made_at: NaiveDateTime,
    /// `summary::release::Release` as JSON.
    pub figures: String,
}

pub struct NewRelease<'a> {
    pub cohort_id: CohortId,
    pub period_start: NaiveDateTime,
    pub period_end: NaiveDateTime,
    pub figures: &'a str,
}

/// Stores a release unless the period's release is there already (another
/// instance made it first): whether this one was stored.
pub fn insert(conn: &mut DbConn, release: NewRelease<'_>, now: NaiveDateTime) -> QueryResult<bool> {
    let stored = crate::execute_per_backend!(
        conn,
        diesel::insert_into(releases::table)
            .values((
                releases::cohort_id.eq(release.cohort_id),
                releases::period_start.eq(release.period_start),
                releases::period_end.eq(release.period_end),
                releases::made_at.eq(now),
                releases::figures.eq(release.figures),
            ))
            .on_conflict_do_nothing()
    )?;
    Ok(stored == 1)
}

/// Cohorts, with their brands, that were there before `period_end` and have
/// no release for the period ending then.
pub fn cohorts_due(
    conn: &mut DbConn,
    period_end: NaiveDateTime,
) -> QueryResult<Vec<(Cohort, Brand)>> {
    cohorts::table
        .inner_join(brands::table)
        .filter(cohorts::created_at.lt(period_end))
        .filter(diesel::dsl::not(diesel::dsl::exists(
            releases::table
                .filter(releases::cohort_id.eq(cohorts::id))
                .filter(releases::period_end.eq(period_end)),
        )))
        .order(cohorts::id.asc())
        .select((Cohort::as_select(), Brand::as_select()))
        .load(conn)
}

pub fn count_for_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<i64> {
    releases::table
        .filter(releases::cohort_id.eq(cohort_id))
        .count()
        .get_result(conn)
}

/// A cohort's releases, newest first.
pub fn list_for_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
    page: Page,
) -> QueryResult<Vec<StoredRelease>> {
    releases::table
        .filter(releases::cohort_id.eq(cohort_id))
        .order(releases::period_end.desc())
        .limit(page.size)
        .offset(page.offset())
        .select(StoredRelease::as_select())
        .load(conn)
}

/// A cohort's latest release, if it has one.
pub fn latest_for_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
) -> QueryResult<Option<StoredRelease>> {
    releases::table
        .filter(releases::cohort_id.eq(cohort_id))
        .order(releases::period_end.desc())
        .select(StoredRelease::as_select())
        .first(conn)
        .optional()
}

/// Every release of a cohort, newest first (a year of weeks is 52 rows).
pub fn all_for_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<StoredRelease>> {
    releases::table
        .filter(releases::cohort_id.eq(cohort_id))
        .order(releases::period_end.desc())
        .select(StoredRelease::as_select())
        .load(conn)
}
