//! Cohorts: creation, access for staff, and the overview figures.

use chrono::NaiveDate;

use crate::auth::Staff;
use crate::db::models::{brands, cohorts, members};
use crate::db::{DbConn, is_unique_violation, write_tx};
use crate::domain::{AgeBand, BirthMonth, Capacity, CityList};
use crate::error::AppError;
use crate::services::now;
use crate::summary::{SafeCount, suppress_small_groups};

pub struct CohortInput {
    pub name: String,
    pub description: String,
    pub theme: String,
    pub cities: CityList,
    pub capacity: Capacity,
}

pub enum CreateOutcome {
    Created(i64),
    NameTaken,
}

pub fn create(
    conn: &mut DbConn,
    staff: &Staff,
    brand_id: i64,
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

/// A cohort the staff member may see, with its brand. Another brand's cohort does
/// not exist for a manager: 404, never 403.
pub fn load_for_staff(
    conn: &mut DbConn,
    staff: &Staff,
    cohort_id: i64,
) -> Result<(cohorts::Cohort, brands::Brand), AppError> {
    match cohorts::with_brand(conn, cohort_id)? {
        Some((cohort, brand)) if staff.may_see_brand(cohort.brand_id) => Ok((cohort, brand)),
        _ => Err(AppError::NotFound),
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
    for (city, year, month) in rows {
        if let Some(slot) = by_city.iter_mut().find(|(c, _)| *c == city) {
            slot.1 += 1;
        }
        let birth = BirthMonth {
            year,
            month: month.clamp(1, 12) as u32,
        };
        let band = AgeBand::of_age(birth.age_on(today));
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
