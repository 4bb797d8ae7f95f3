//! Photo uploads with a post, and photo files served only to those who may see
//! the post.

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use futures_util::StreamExt;

use crate::auth::session::{current_member, current_staff};
use crate::db::models::{cohorts, photos as photo_rows, posts};
use crate::db::{DbPool, with_conn};
use crate::error::AppError;
use crate::photos::store::{PhotoStore, new_key};
use crate::photos::{self, MAX_BYTES, MAX_PER_POST, PhotoError, Processed};
use crate::routes::path_id;
use crate::services::FieldErrors;
use crate::services::posts::StoredPhoto;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/photos/{id}/{size}", web::get().to(serve))
        .route("/cohorts/{id}/photos.zip", web::get().to(cohort_zip));
}

/// One file from the form; `too_large` when it went past the limit (the rest
/// of it was read and dropped so the other fields still arrive).
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
    pub too_large: bool,
}

/// Text fields are short; anything longer is cut off and then refused by validation.
const MAX_TEXT_FIELD: usize = 64 * 1024;
/// The most a whole post form may carry.
const MAX_FORM_BYTES: usize = MAX_PER_POST * MAX_BYTES + 1024 * 1024;

/// Reads a multipart post form: its text fields by name, and its photo files.
pub async fn read_form(
    mut payload: Multipart,
) -> Result<(Vec<(String, String)>, Vec<Upload>), AppError> {
    let mut fields = Vec::new();
    let mut uploads = Vec::new();
    let mut total = 0usize;
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| {
            AppError::bad_request("The form was malformed. Go back, reload the page and try again.")
        })?;
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(str::to_string);
        let limit = if file_name.is_some() {
            MAX_BYTES
        } else {
            MAX_TEXT_FIELD
        };
        let mut bytes = Vec::new();
        let mut too_large = false;
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| {
                AppError::bad_request(
                    "The upload was interrupted. Choose the photos again and resend.",
                )
            })?;
            total += chunk.len();
            if total > MAX_FORM_BYTES {
                return Err(AppError::PayloadTooLarge);
            }
            if bytes.len() + chunk.len() > limit {
                too_large = true;
            } else {
                bytes.extend_from_slice(&chunk);
            }
        }
        match file_name {
            Some(file_name) if name == "photos" => {
                // A file input left empty still sends an empty part.
                if !(file_name.is_empty() && bytes.is_empty()) {
                    uploads.push(Upload {
                        name: file_name,
                        bytes,
                        too_large,
                    });
                }
            }
            Some(_) => {}
            None => fields.push((name, String::from_utf8_lossy(&bytes).into_owned())),
        }
    }
    Ok((fields, uploads))
}

/// Checks and re-encodes the photos (off the async workers). Each refusal is a
/// sentence naming the file.
pub async fn process_all(
    uploads: Vec<Upload>,
    errors: &mut FieldErrors,
) -> Result<Vec<Processed>, AppError> {
    if uploads.len() > MAX_PER_POST {
        errors.add(
            "photos",
            format!(
                "Add at most {MAX_PER_POST} photos to one post ({} were chosen).",
                uploads.len()
            ),
        );
        return Ok(Vec::new());
    }
    let results = web::block(move || {
        uploads
            .into_iter()
            .map(|u| {
                let result = if u.too_large {
                    Err(PhotoError::TooLarge)
                } else {
                    photos::process(&u.bytes)
                };
                (u.name, result)
            })
            .collect::<Vec<_>>()
    })
    .await?;
    let mut processed = Vec::new();
    let mut problems = Vec::new();
    for (name, result) in results {
        match result {
            Ok(photo) => processed.push(photo),
            Err(problem) => problems.push(format!("“{name}” {problem}.")),
        }
    }
    if !problems.is_empty() {
        errors.add(
            "photos",
            format!(
                "{} Your text is kept; choose the photos again.",
                problems.join(" ")
            ),
        );
    }
    Ok(processed)
}

/// Stores each photo's two files under new random names.
pub async fn store_all(
    store: web::Data<dyn PhotoStore>,
    processed: Vec<Processed>,
) -> Result<Vec<StoredPhoto>, AppError> {
    web::block(move || {
        let mut stored: Vec<StoredPhoto> = Vec::new();
        for photo in processed {
            let (display_key, thumb_key) = (new_key(), new_key());
            let written = store
                .put(&display_key, &photo.display)
                .and_then(|()| store.put(&thumb_key, &photo.thumbnail));
            if let Err(error) = written {
                let _ = store.delete(&display_key);
                remove_files(&**store, stored.iter().flat_map(|p| p.keys()));
                return Err(AppError::Internal(anyhow::anyhow!(
                    "photo not stored: {error}"
                )));
            }
            stored.push(StoredPhoto {
                display_key,
                thumb_key,
                width: photo.width,
                height: photo.height,
            });
        }
        Ok(stored)
    })
    .await?
}

/// Deletes files whose rows are gone (or never came); a failure is logged.
pub fn remove_files<'a>(store: &dyn PhotoStore, keys: impl IntoIterator<Item = &'a str>) {
    for key in keys {
        if let Err(error) = store.delete(key) {
            tracing::warn!(key, %error, "photo file not deleted");
        }
    }
}

/// Serves a photo to a member of its cohort (while its post is visible) or to
/// staff of its brand; to anyone else it does not exist.
async fn serve(
    session: Session,
    pool: web::Data<DbPool>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, size) = path.into_inner();
    let photo_id = path_id(&raw_id)?;
    let (photo, post, brand_id) = with_conn(&pool, move |conn| {
        let photo = photo_rows::find(conn, photo_id)?.ok_or(AppError::NotFound)?;
        let post = posts::find(conn, photo.post_id)?.ok_or(AppError::NotFound)?;
        let cohort = cohorts::find(conn, photo.cohort_id)?.ok_or(AppError::NotFound)?;
        Ok((photo, post, cohort.brand_id))
    })
    .await?;
    let allowed = match current_staff(&session, &pool).await? {
        Some(staff) => staff.may_see_brand(brand_id),
        None => current_member(&session, &pool)
            .await?
            .is_some_and(|m| m.cohort.id == photo.cohort_id && post.hidden_at.is_none()),
    };
    if !allowed {
        return Err(AppError::NotFound);
    }
    let key = match size.as_str() {
        "thumb" => photo.thumb_key,
        "display" => photo.display_key,
        _ => return Err(AppError::NotFound),
    };
    let bytes = web::block(move || store.get(&key))
        .await?
        .map_err(|_| AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header((header::CACHE_CONTROL, "private, max-age=3600"))
        .body(bytes))
}

/// Every photo of a cohort's visible posts, display size, as one ZIP for its
/// managers. Audit-logged.
async fn cohort_zip(
    session: Session,
    pool: web::Data<DbPool>,
    store: web::Data<dyn PhotoStore>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    use std::io::Write;
    let (staff, cohort, brand) = crate::routes::cohort::staff_cohort(&session, &pool, &id).await?;
    let cohort_id = cohort.id;
    let photos = with_conn(&pool, move |conn| {
        Ok(photo_rows::of_cohort_visible(conn, cohort_id)?)
    })
    .await?;
    let count = photos.len();
    let archive = web::block(move || -> Result<Vec<u8>, AppError> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        // JPEGs are compressed already: stored as they are.
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let fail = |e: &dyn std::fmt::Display| AppError::Internal(anyhow::anyhow!("ZIP: {e}"));
        for photo in photos {
            let Ok(bytes) = store.get(&photo.display_key) else {
                continue;
            };
            zip.start_file(
                format!("post-{}-photo-{}.jpg", photo.post_id, photo.position + 1),
                options,
            )
            .map_err(|e| fail(&e))?;
            zip.write_all(&bytes).map_err(|e| fail(&e))?;
        }
        Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
    })
    .await??;
    with_conn(&pool, move |conn| {
        crate::db::write_tx(conn, |conn| {
            crate::db::models::audit::insert(
                conn,
                crate::db::models::audit::NewEntry {
                    actor_id: Some(staff.id),
                    actor: &staff.email,
                    action: "download photos",
                    brand_id: Some(brand.id),
                    subject: &format!("cohort {} ({})", cohort.name, cohort.id),
                    details: &format!("{count} photos"),
                },
                crate::services::now(),
            )?;
            Ok(())
        })
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"cohort-{cohort_id}-photos.zip\""),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(archive))
}
