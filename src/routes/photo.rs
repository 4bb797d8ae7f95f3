//! Photo files, served only to those who may see their post, and a cohort's
//! photos as one download for its staff.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::error::AppError;
use crate::photos::store::PhotoStore;
use crate::services::Db;
use crate::services::photos::{self, Viewer};
use crate::web::{StaffCohort, Visitor, image_path, private_jpeg};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/photos/{id}/{size}", web::get().to(serve))
        .route("/cohorts/{id}/photos.zip", web::get().to(cohort_zip))
        .route(
            "/cohorts/{id}/highlights.zip",
            web::get().to(highlights_zip),
        );
}

/// Serves a photo to a member of its cohort (while its post is visible) or to
/// staff of its brand; to anyone else it does not exist.
async fn serve(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    visitor: Visitor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (photo_id, thumbnail) = image_path(path)?;
    let viewer = match visitor {
        Visitor {
            staff: Some(staff), ..
        } => Viewer::Staff(staff),
        Visitor {
            member: Some(member),
            ..
        } => Viewer::Member {
            cohort_id: member.cohort.id,
        },
        _ => Viewer::Nobody,
    };
    let bytes = photos::file(&db, store.into_inner(), viewer, photo_id, thumbnail).await?;
    Ok(private_jpeg(bytes))
}

/// Every photo of a cohort's visible posts, display size, as one ZIP for its
/// managers. Audit-logged.
async fn cohort_zip(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    StaffCohort { staff, cohort, .. }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let cohort_id = cohort.id;
    let archive = photos::cohort_zip(&db, store.into_inner(), staff, cohort).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"cohort-{cohort_id}-photos.zip\""),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .streaming(archive))
}

/// The highlights board (its posts as CSV, their photos) as one ZIP for the
/// cohort's staff. Audit-logged.
async fn highlights_zip(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    StaffCohort { staff, cohort, .. }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let cohort_id = cohort.id;
    let archive = photos::highlights_zip(&db, store.into_inner(), staff, cohort).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"cohort-{cohort_id}-highlights.zip\""),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .streaming(archive))
}
