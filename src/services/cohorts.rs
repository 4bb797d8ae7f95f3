//! Cohorts: creation, closing and deletion once closed, access for staff,
//! and the overview figures.

use std::sync::Arc;

use chrono::{Duration, NaiveDate};

use crate::db::models::{cohorts, members};
use crate::db::{DbConn, is_unique_violation, write_tx};
use crate::domain::{AgeBand, BirthMonth, BrandId, Capacity, CityList, CohortId, MemberId, Staff};
use crate::error::AppError;
use crate::photos::store::PhotoStore;
use crate::services::{Db, Paged, now};
use crate::summary::{SafeCount, suppress_small_groups};

pub struct CohortInput {
    pub name: String,
    pub description: String,
    pub theme: String,
    pub cities: CityList,
    pub capacity: Capacity,
}

pub enum CreateOutcome {
    Created(CohortId),
    NameTaken,
}

pub fn create(
    conn: &mut DbConn,
    staff: &Staff,
    brand_id: BrandId,
    input: &CohortInput,
) -> Result<CreateOutcome, AppError> {
    if !staff.may_see_brand(brand_id) {
        return Err(AppError::NotFound);
    }
    write_tx(conn, |conn| {
        let new = cohorts::NewCohort {
            brand_id,
            name: &input.name,
            description: &input.description,
            theme: &input.theme,
            cities: &input.cities.to_stored(),
            capacity: input.capacity.get(),
            created_by: staff.id,
        };
        match cohorts::insert(conn, new, now()) {
            Ok(id) => Ok(CreateOutcome::Created(id)),
            Err(e) if is_unique_violation(&e) => Ok(CreateOutcome::NameTaken),
            Err(e) => Err(e.into()),
        }
    })
}

/// How changing a cohort's details ended.
pub enum EditOutcome {
    Saved,
    NameTaken,
    /// The capacity asked is below the members it has.
    TooSmall {
        members: i32,
    },
    /// Cities left out that members live in.
    CitiesInUse(Vec<String>),
}

/// Changes a cohort's name, description, theme, cities and capacity: never
/// below its members, never leaving out a city a member lives in.
pub async fn edit(
    db: &Db,
    cohort_id: CohortId,
    input: CohortInput,
) -> Result<EditOutcome, AppError> {
    db.write(move |conn| {
        let in_use = members::cities_in(conn, cohort_id)?;
        let mut dropped: Vec<String> = in_use
            .into_iter()
            .filter(|city| !input.cities.contains(city))
            .collect();
        if !dropped.is_empty() {
            dropped.sort();
            return Ok(EditOutcome::CitiesInUse(dropped));
        }
        let details = cohorts::CohortDetails {
            name: &input.name,
            description: &input.description,
            theme: &input.theme,
            cities: &input.cities.to_stored(),
            capacity: input.capacity.get(),
        };
        match cohorts::update_details(conn, cohort_id, details) {
            Ok(1) => Ok(EditOutcome::Saved),
            Ok(_) => {
                let members = cohorts::find(conn, cohort_id)?
                    .ok_or(AppError::NotFound)?
                    .members_count;
                Ok(EditOutcome::TooSmall { members })
            }
            Err(e) if is_unique_violation(&e) => Ok(EditOutcome::NameTaken),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

/// Members read a closed cohort but no longer write in it, and nobody joins it.
pub fn refuse_if_closed(cohort: &cohorts::Cohort) -> Result<(), AppError> {
    match cohort.closed_at {
        Some(_) => Err(AppError::CohortClosed),
        None => Ok(()),
    }
}

/// Staff neither invite people to a closed cohort nor give its members new
/// activities or products: `doing` says what was refused.
pub fn refuse_staff_if_closed(cohort: &cohorts::Cohort, doing: &str) -> Result<(), AppError> {
    match cohort.closed_at {
        Some(_) => Err(AppError::Conflict(format!(
            "This cohort is closed, so {doing} is not possible. Open it again from its overview first."
        ))),
        None => Ok(()),
    }
}

/// Closes a cohort, to be deleted `retention_days` from now, or opens it
/// again (`None`), with an entry in the audit log; one already in that state
/// stays as it is.
pub async fn set_closed(
    db: &Db,
    by: Staff,
    cohort: cohorts::Cohort,
    retention_days: Option<i64>,
) -> Result<(), AppError> {
    let close = retention_days.is_some();
    if cohort.closed_at.is_some() == close {
        return Ok(());
    }
    db.write(move |conn| {
        let at = now();
        let closing = retention_days.map(|days| (at, at + Duration::days(days)));
        cohorts::set_closed(conn, cohort.id, closing)?;
        let action = if close {
            "cohort closed"
        } else {
            "cohort reopened"
        };
        crate::services::exports::record_for_cohort(conn, &by, &cohort, action, "")
    })
    .await
}

/// Deletes one cohort whose retention is over, with everything in it, and
/// gives back its files for the caller to delete.
fn delete_closed(conn: &mut DbConn, cohort_id: CohortId) -> Result<Vec<String>, AppError> {
    write_tx(conn, |conn| {
        let mut pairs = crate::db::models::photos::keys_of_cohort(conn, cohort_id)?;
        pairs.extend(crate::db::models::activities::files_of_cohort(
            conn, cohort_id,
        )?);
        cohorts::delete(conn, cohort_id)?;
        Ok(pairs.into_iter().flat_map(|(a, b)| [a, b]).collect())
    })
}

/// Deletes every closed cohort whose retention is over, each in its own
/// transaction, then its files: the number deleted.
pub async fn delete_expired(db: &Db, store: Arc<dyn PhotoStore>) -> Result<usize, AppError> {
    let at = now();
    let due = db
        .run(move |conn| Ok(cohorts::due_for_deletion(conn, at)?))
        .await?;
    for &cohort_id in &due {
        let files = db.run(move |conn| delete_closed(conn, cohort_id)).await?;
        crate::services::photos::remove_files(&*store, files.iter().map(String::as_str));
        tracing::info!(
            cohort = cohort_id.0,
            "closed cohort deleted after its retention"
        );
    }
    Ok(due.len())
}

/// Deletes closed cohorts whose retention is over, at start and then every
/// `every`, for as long as the app runs.
pub async fn keep_deleting_expired(db: Db, store: Arc<dyn PhotoStore>, every: std::time::Duration) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        if let Err(error) = delete_expired(&db, store.clone()).await {
            tracing::warn!(%error, "deleting closed cohorts failed; trying again later");
        }
    }
}

pub struct Spread {
    pub by_city: Vec<SafeCount>,
    pub by_age_band: Vec<SafeCount>,
}

/// How the members spread over cities and age bands, with small groups hidden.
pub fn spread(
    conn: &mut DbConn,
    cohort: &cohorts::Cohort,
    anonymity_k: i32,
    today: NaiveDate,
) -> Result<Spread, AppError> {
    let rows = members::demographics(conn, cohort.id)?;
    let mut by_city: Vec<(String, i64)> = CityList::from_stored(&cohort.cities)
        .into_iter()
        .map(|c| (c, 0))
        .collect();
    let mut by_band: Vec<(String, i64)> = AgeBand::ALL
        .iter()
        .map(|b| (b.label().to_string(), 0))
        .collect();
    for member in rows {
        if let Some(slot) = by_city.iter_mut().find(|(c, _)| *c == member.city) {
            slot.1 += 1;
        }
        let band = BirthMonth::stored(member.birth_year, member.birth_month).band_on(today);
        if let Some(slot) = by_band.iter_mut().find(|(b, _)| b == band.label()) {
            slot.1 += 1;
        }
    }
    let k = i64::from(anonymity_k.max(3));
    Ok(Spread {
        by_city: suppress_small_groups(&by_city, k),
        by_age_band: suppress_small_groups(&by_band, k),
    })
}

/// Creates a cohort in a brand the staff member may see.
pub async fn add(
    db: &Db,
    staff: Staff,
    brand_id: BrandId,
    input: CohortInput,
) -> Result<CreateOutcome, AppError> {
    db.run(move |conn| create(conn, &staff, brand_id, &input))
        .await
}

/// The overview's members by city and by age band, as of today.
pub async fn overview(
    db: &Db,
    cohort: cohorts::Cohort,
    anonymity_k: i32,
) -> Result<Spread, AppError> {
    let today = now().date();
    db.run(move |conn| spread(conn, &cohort, anonymity_k, today))
        .await
}

/// A cohort's members, a page at a time.
pub async fn members_page(
    db: &Db,
    cohort: &cohorts::Cohort,
    requested: i64,
    size: i64,
) -> Result<Paged<members::Member>, AppError> {
    let (cohort_id, total) = (cohort.id, i64::from(cohort.members_count));
    db.run(move |conn| {
        Paged::read(requested, size, total, |page| {
            members::list_for_cohort(conn, cohort_id, page)
        })
    })
    .await
}

/// A member of this cohort, for the removal page.
pub async fn member(
    db: &Db,
    cohort: &cohorts::Cohort,
    member_id: MemberId,
) -> Result<members::Member, AppError> {
    let cohort_id = cohort.id;
    db.run(move |conn| Ok(members::find(conn, member_id)?))
        .await?
        .filter(|m| m.cohort_id == cohort_id)
        .ok_or(AppError::NotFound)
}
