//! Summary downloads for admins (any brand) and managers (their own).

use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::auth::session::require_staff;
use crate::db::{DbPool, with_conn};
use crate::error::AppError;
use crate::routes::brand::brand_for;
use crate::routes::cohort::staff_cohort;
use crate::services::exports::{self, Format};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/admin/cohorts/{id}/summary.{format}",
        web::get().to(cohort_export),
    )
    .route(
        "/admin/brands/{id}/summary.{format}",
        web::get().to(brand_export),
    );
}

fn download(format: Format, name: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}.{}\"", format.extension()),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

async fn cohort_export(
    session: Session,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_format) = path.into_inner();
    let (staff, cohort, brand) = staff_cohort(&session, &pool, &raw_id).await?;
    let format = Format::parse(&raw_format).ok_or(AppError::NotFound)?;
    let body = with_conn(&pool, move |conn| {
        let (summary, _) = exports::cohort_summary(conn, &cohort, &brand)?;
        let body = exports::render_cohort(format, &summary)?;
        exports::record(
            conn,
            Some(staff.id),
            &staff.email,
            brand.id,
            &format!("cohort {} ({})", cohort.name, cohort.id),
            format,
        )?;
        Ok(body)
    })
    .await?;
    Ok(download(format, &format!("cohort-{raw_id}-summary"), body))
}

async fn brand_export(
    session: Session,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_format) = path.into_inner();
    let staff = require_staff(&session, &pool).await?;
    let brand = brand_for(&staff, &pool, &raw_id).await?;
    let format = Format::parse(&raw_format).ok_or(AppError::NotFound)?;
    let brand_id = brand.id;
    let body = with_conn(&pool, move |conn| {
        let summary = exports::brand_summary(conn, &brand)?;
        let body = exports::render_brand(format, &summary)?;
        exports::record(
            conn,
            Some(staff.id),
            &staff.email,
            brand.id,
            &format!("brand {} ({})", brand.name, brand.id),
            format,
        )?;
        Ok(body)
    })
    .await?;
    Ok(download(format, &format!("brand-{brand_id}-summary"), body))
}
