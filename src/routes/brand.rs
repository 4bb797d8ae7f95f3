use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::Staff;
use crate::auth::session::{CsrfForm, require_staff};
use crate::db::models::{brands, cohorts};
use crate::db::{DbPool, with_conn};
use crate::domain::{BoundedText, Capacity, CityList, CohortStatus};
use crate::error::AppError;
use crate::routes::{path_id, render, render_with_status, see_other};
use crate::services::FieldErrors;
use crate::services::cohorts::{CohortInput, CreateOutcome, create};
use crate::templates::{BrandPage, Chrome, CohortForm, CohortFormPage, CohortRow, flash};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/brands/{id}", web::get().to(brand_page))
        .route("/brands/{id}/cohorts/new", web::get().to(new_cohort_form))
        .route("/brands/{id}/cohorts", web::post().to(create_cohort));
}

/// The brand, if this staff member may see it; otherwise it does not exist.
pub async fn brand_for(
    staff: &Staff,
    pool: &DbPool,
    raw_id: &str,
) -> Result<brands::Brand, AppError> {
    let id = path_id(raw_id)?;
    if !staff.may_see_brand(id) {
        return Err(AppError::NotFound);
    }
    with_conn(pool, move |conn| Ok(brands::find(conn, id)?)).await
}

async fn brand_page(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let staff = require_staff(&session, &pool).await?;
    let brand = brand_for(&staff, &pool, &id).await?;
    let brand_id = brand.id;
    let list = with_conn(&pool, move |conn| {
        Ok(cohorts::list_for_brand(conn, brand_id)?)
    })
    .await?;
    render(BrandPage {
        chrome: Chrome::staff(&session, &staff, &brand.name)?,
        brand_id: brand.id,
        anonymity_k: brand.anonymity_k,
        brand_name: brand.name,
        cohorts: list
            .into_iter()
            .map(|c| CohortRow {
                status: CohortStatus::of(c.members_count, c.capacity).label(),
                id: c.id,
                name: c.name,
                theme: c.theme,
                members: c.members_count,
                capacity: c.capacity,
            })
            .collect(),
    })
}

async fn new_cohort_form(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let staff = require_staff(&session, &pool).await?;
    let brand = brand_for(&staff, &pool, &id).await?;
    render(CohortFormPage {
        chrome: Chrome::staff(&session, &staff, "New cohort")?,
        brand_id: brand.id,
        brand_name: brand.name,
        form: CohortForm {
            capacity: "200".into(),
            ..CohortForm::default()
        },
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize)]
pub struct NewCohort {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    theme: String,
    #[serde(default)]
    cities: String,
    #[serde(default)]
    capacity: String,
}
crate::csrf_protected!(NewCohort);

async fn create_cohort(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<NewCohort>,
) -> Result<HttpResponse, AppError> {
    let staff = require_staff(&session, &pool).await?;
    let brand = brand_for(&staff, &pool, &id).await?;
    let mut errors = FieldErrors::default();
    let name = errors.check("name", BoundedText::parse(&form.name, "a name", 1, 80));
    let description = errors.check(
        "description",
        BoundedText::parse(&form.description, "a description", 1, 2000),
    );
    let theme = errors.check(
        "theme",
        BoundedText::parse(&form.theme, "the product or theme", 1, 120),
    );
    let cities = errors.check("cities", CityList::parse(&form.cities));
    let capacity = errors.check("capacity", Capacity::parse(&form.capacity));
    if let (Some(name), Some(description), Some(theme), Some(cities), Some(capacity)) =
        (name, description, theme, cities, capacity)
    {
        let input = CohortInput {
            name: name.into_inner(),
            description: description.into_inner(),
            theme: theme.into_inner(),
            cities,
            capacity,
        };
        let creator = staff.clone();
        let brand_id = brand.id;
        match with_conn(&pool, move |conn| create(conn, &creator, brand_id, &input)).await? {
            CreateOutcome::Created(cohort_id) => {
                flash(&session, "Cohort created. Invite its first members below.");
                return Ok(see_other(&format!("/cohorts/{cohort_id}/invites")));
            }
            CreateOutcome::NameTaken => {
                errors.add("name", "This brand already has a cohort with this name.")
            }
        }
    }
    render_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        CohortFormPage {
            chrome: Chrome::staff(&session, &staff, "New cohort")?,
            brand_id: brand.id,
            brand_name: brand.name,
            form: CohortForm {
                name: form.name,
                description: form.description,
                theme: form.theme,
                cities: form.cities,
                capacity: form.capacity,
            },
            errors,
        },
    )
}
