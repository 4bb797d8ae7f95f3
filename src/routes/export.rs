//! Downloads: released figures, for a brand's staff and observers alike; and
//! the feed's posts, for the staff who read it.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::error::AppError;
use crate::services::Db;
use crate::services::exports::{self, Format};
use crate::services::posts::{self, FeedQuery};
use crate::web::{BrandReleases, CohortReleases, StaffBrand, StaffCohort};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/cohorts/{id}/releases.{format}",
        web::get().to(cohort_export),
    )
    .route(
        "/brands/{id}/releases.{format}",
        web::get().to(brand_export),
    )
    .route("/cohorts/{id}/posts.{format}", web::get().to(posts_export));
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

/// The `{format}` of the path: csv, json or xlsx; anything else does not exist.
fn format_of(path: web::Path<(String, String)>) -> Result<Format, AppError> {
    Format::parse(&path.into_inner().1).ok_or(AppError::NotFound)
}

async fn cohort_export(
    db: web::Data<Db>,
    CohortReleases(StaffCohort { staff, cohort, .. }): CohortReleases,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let format = format_of(path)?;
    let name = format!("cohort-{}-releases", cohort.id);
    let body = exports::download_cohort(&db, staff, cohort, format).await?;
    Ok(download(format, &name, body))
}

async fn brand_export(
    db: web::Data<Db>,
    BrandReleases(StaffBrand { staff, brand }): BrandReleases,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let format = format_of(path)?;
    let name = format!("brand-{}-releases", brand.id);
    let body = exports::download_brand(&db, staff, brand, format).await?;
    Ok(download(format, &name, body))
}

/// The feed's posts as CSV or Excel, narrowed as the feed page is.
async fn posts_export(
    db: web::Data<Db>,
    StaffCohort { staff, cohort, .. }: StaffCohort,
    path: web::Path<(String, String)>,
    query: web::Query<FeedQuery>,
) -> Result<HttpResponse, AppError> {
    let format = format_of(path)?;
    let name = format!("cohort-{}-posts", cohort.id);
    let body = posts::export_feed(&db, staff, cohort, query.into_inner(), format).await?;
    Ok(download(format, &name, body))
}
