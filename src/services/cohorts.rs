//! Cohorts: creation, access for staff, and the overview figures.

use chrono::NaiveDate;

use crate::db::models::{cohorts, members};
use crate::db::{DbConn, is_unique_violation, write_tx};
use crate::domain::{AgeBand, BirthMonth, BrandId, Capacity, CityList, CohortId, MemberId, Staff};
use crate::error::AppError;
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
