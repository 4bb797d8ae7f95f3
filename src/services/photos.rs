//! Photos: checked and re-encoded off the async workers, stored under random
//! names, served only to those who may see their post, and deleted with it.

use std::collections::HashMap;
use std::io::Write;

use actix_web::web::Bytes;
use futures_util::StreamExt;

use crate::db::models::{cohorts, photos as photo_rows, posts};
use crate::domain::{CohortId, PhotoId, PostId, Staff};
use crate::error::AppError;
use crate::i18n::{Arg, Lang};
use crate::photos::store::{PhotoStore, new_key};
use crate::photos::{self, MAX_PER_POST, PhotoError, Processed};
use crate::services::exports::record_for_cohort;
use crate::services::posts::StoredPhoto;
use crate::services::records::{self, Cohort};
use crate::services::{Db, FieldErrors};

/// One file from a form; `too_large` when it went past the limit (the rest of
/// it was read and dropped so the other fields still arrive).
pub struct Upload {
    /// The form field it came in.
    pub field: String,
    pub name: String,
    pub bytes: Vec<u8>,
    pub too_large: bool,
}

/// Posts whose photos may be decoded at the same time.
static DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Checks and re-encodes the photos (off the async workers). Each refusal is a
/// sentence naming the file, recorded against the form's `field`.
pub async fn process_all(
    uploads: Vec<Upload>,
    field: &'static str,
    lang: Lang,
    errors: &mut FieldErrors,
) -> Result<Vec<Processed>, AppError> {
    if uploads.len() > MAX_PER_POST {
        let (max, chosen) = (MAX_PER_POST as i64, uploads.len() as i64);
        errors.add(
            field,
            lang.t_with(
                "photo-too-many",
                &[("max", Arg::Number(max)), ("count", Arg::Number(chosen))],
            ),
        );
        return Ok(Vec::new());
    }
    // Decoding a large photo takes seconds of CPU and a few hundred MB: only
    // so many posts' photos are decoded at once, the others wait their turn.
    let _turn = DECODING
        .acquire()
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("photo decoding closed: {e}")))?;
    let results = actix_web::web::block(move || {
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
            Err(problem) => problems.push(lang.t1(problem_key(&problem), "file", &name)),
        }
    }
    if !problems.is_empty() {
        errors.add(
            field,
            format!("{} {}", problems.join(" "), lang.t("photo-kept")),
        );
    }
    Ok(processed)
}

/// The message naming what is wrong with a photo.
fn problem_key(problem: &PhotoError) -> &'static str {
    match problem {
        PhotoError::TooLarge => "photo-too-large",
        PhotoError::NotAnImage => "photo-not-an-image",
        PhotoError::Heic => "photo-heic",
        PhotoError::TooManyPixels => "photo-too-many-pixels",
        PhotoError::Damaged => "photo-damaged",
    }
}

/// Stores each photo's two files under new random names.
pub async fn store_all(
    store: std::sync::Arc<dyn PhotoStore>,
    processed: Vec<Processed>,
) -> Result<Vec<StoredPhoto>, AppError> {
    actix_web::web::block(move || {
        let mut stored: Vec<StoredPhoto> = Vec::new();
        for photo in processed {
            let (display_key, thumb_key) = (new_key(), new_key());
            let written = store
                .put(&display_key, &photo.display)
                .and_then(|()| store.put(&thumb_key, &photo.thumbnail));
            if let Err(error) = written {
                let _ = store.delete(&display_key);
                remove_files(&*store, stored.iter().flat_map(|p| p.keys()));
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

/// A brand's logo from an upload, fitted and encoded as PNG, waiting its
/// turn with the photos; a sentence saying what is wrong when it cannot be
/// used.
pub async fn logo(upload: Upload) -> Result<Result<Vec<u8>, String>, AppError> {
    if upload.too_large {
        return Ok(Err(format!("The logo {}.", PhotoError::TooLarge)));
    }
    let _turn = DECODING
        .acquire()
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("photo decoding closed: {e}")))?;
    let processed = actix_web::web::block(move || photos::process_logo(&upload.bytes)).await?;
    Ok(processed.map_err(|problem| format!("The logo {problem}.")))
}

/// Stores a file under `key` (off the async workers).
pub async fn put_file(
    store: std::sync::Arc<dyn PhotoStore>,
    key: String,
    bytes: Vec<u8>,
) -> Result<(), AppError> {
    actix_web::web::block(move || store.put(&key, &bytes))
        .await?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("file not stored: {e}")))
}

/// Reads the file under `key` (off the async workers); not found when it
/// cannot be read.
pub async fn stored_file(
    store: std::sync::Arc<dyn PhotoStore>,
    key: String,
) -> Result<Vec<u8>, AppError> {
    actix_web::web::block(move || store.get(&key))
        .await?
        .map_err(|_| AppError::NotFound)
}

/// The one picture a form's field may carry (a product's, an activity's),
/// decoded and re-encoded; a problem is added to `errors` by the field.
pub async fn one_picture(
    uploads: Vec<Upload>,
    field: &'static str,
    errors: &mut FieldErrors,
) -> Result<Option<Processed>, AppError> {
    if uploads.len() > 1 {
        errors.add(field, "Choose one picture.");
        return Ok(None);
    }
    // Pictures are staff's, and staff pages are in English.
    Ok(process_all(uploads, field, Lang::En, errors)
        .await?
        .into_iter()
        .next())
}

/// Stores a picture's two files (of a product, an activity), when one came.
pub async fn store_picture(
    store: std::sync::Arc<dyn PhotoStore>,
    picture: Option<Processed>,
) -> Result<Option<(String, String)>, AppError> {
    let stored = store_all(store, picture.into_iter().collect()).await?;
    Ok(stored
        .into_iter()
        .next()
        .map(|photo| (photo.display_key, photo.thumb_key)))
}

/// Deletes a stored picture's files unless they are now in use.
pub fn keep_picture_if(store: &dyn PhotoStore, stored: Option<(String, String)>, kept: bool) {
    if let Some((display, thumb)) = stored.filter(|_| !kept) {
        remove_files(store, [display.as_str(), thumb.as_str()]);
    }
}

/// Copies a picture's two files under new names (for a copy of what shows it).
pub async fn copy_picture(
    store: std::sync::Arc<dyn PhotoStore>,
    (display, thumb): (String, String),
) -> Result<(String, String), AppError> {
    actix_web::web::block(move || {
        let (display_key, thumb_key) = (new_key(), new_key());
        let copied = store
            .get(&display)
            .and_then(|bytes| store.put(&display_key, &bytes))
            .and_then(|()| store.get(&thumb))
            .and_then(|bytes| store.put(&thumb_key, &bytes));
        match copied {
            Ok(()) => Ok((display_key, thumb_key)),
            Err(error) => {
                remove_files(&*store, [display_key.as_str(), thumb_key.as_str()]);
                Err(AppError::Internal(anyhow::anyhow!(
                    "picture not copied: {error}"
                )))
            }
        }
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

/// The ids of each post's photos, in order.
/// The photos of the posts on one page of a cohort's feed, by post.
pub fn on_feed_page(
    conn: &mut crate::db::DbConn,
    cohort_id: CohortId,
    include_hidden: bool,
    page: records::Page,
) -> diesel::QueryResult<HashMap<PostId, Vec<PhotoId>>> {
    let mut photos: HashMap<PostId, Vec<PhotoId>> = HashMap::new();
    for (post_id, photo_id) in photo_rows::on_feed_page(conn, cohort_id, include_hidden, page)? {
        photos.entry(post_id).or_default().push(photo_id);
    }
    Ok(photos)
}

/// Who asks for a photo file.
pub enum Viewer {
    Staff(Staff),
    /// A member of this cohort.
    Member {
        cohort_id: CohortId,
    },
    Nobody,
}

/// A photo file's bytes (JPEG), for a member of its cohort while its post is
/// visible, or for staff of its brand; for anyone else it does not exist.
pub async fn file(
    db: &Db,
    store: std::sync::Arc<dyn PhotoStore>,
    viewer: Viewer,
    photo_id: PhotoId,
    thumbnail: bool,
) -> Result<Vec<u8>, AppError> {
    let (photo, post, brand_id) = db
        .run(move |conn| {
            let photo = photo_rows::find(conn, photo_id)?.ok_or(AppError::NotFound)?;
            let post = posts::find(conn, photo.post_id)?.ok_or(AppError::NotFound)?;
            let cohort = cohorts::find(conn, photo.cohort_id)?.ok_or(AppError::NotFound)?;
            Ok((photo, post, cohort.brand_id))
        })
        .await?;
    let allowed = match viewer {
        // Observers never see a member's photo.
        Viewer::Staff(staff) => !staff.is_observer() && staff.may_see_brand(brand_id),
        Viewer::Member { cohort_id } => cohort_id == photo.cohort_id && post.hidden_at.is_none(),
        Viewer::Nobody => false,
    };
    if !allowed {
        return Err(AppError::NotFound);
    }
    let key = if thumbnail {
        photo.thumb_key
    } else {
        photo.display_key
    };
    stored_file(store, key).await
}

/// A ZIP sent as it is written.
pub type ZipChunks = futures_util::stream::BoxStream<'static, std::io::Result<Bytes>>;

/// Hands what the ZIP writer writes to the response, waiting while the client
/// reads (the channel holds a few chunks), so the archive is never whole in
/// memory: one photo at a time is.
struct ChunkSender(tokio::sync::mpsc::Sender<std::io::Result<Bytes>>);

impl Write for ChunkSender {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .blocking_send(Ok(Bytes::copy_from_slice(buf)))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "download stopped"))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What goes into a ZIP: a file written whole, or a photo read from the
/// store when its turn comes.
enum Entry {
    Bytes(String, Vec<u8>),
    Photo(String, String),
}

/// Writes the entries into a ZIP on `sender`, one at a time.
fn write_zip(
    entries: Vec<Entry>,
    store: &dyn PhotoStore,
    sender: ChunkSender,
) -> zip::result::ZipResult<()> {
    let mut zip = zip::ZipWriter::new_stream(std::io::BufWriter::with_capacity(64 * 1024, sender));
    // JPEGs are compressed already: stored as they are.
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for entry in entries {
        let (name, bytes) = match entry {
            Entry::Bytes(name, bytes) => (name, bytes),
            // A file gone from the store (deleted meanwhile) is left out.
            Entry::Photo(name, key) => match store.get(&key) {
                Ok(bytes) => (name, bytes),
                Err(_) => continue,
            },
        };
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    zip.finish()?.flush()?;
    Ok(())
}

/// The entries streamed as a ZIP, written off the async workers.
fn stream_zip(entries: Vec<Entry>, store: std::sync::Arc<dyn PhotoStore>) -> ZipChunks {
    let (sender, chunks) = tokio::sync::mpsc::channel(4);
    let failed = sender.clone();
    tokio::task::spawn_blocking(move || {
        if let Err(error) = write_zip(entries, store.as_ref(), ChunkSender(sender)) {
            tracing::warn!(%error, "ZIP stopped");
            // The client sees the download cut short, not a complete-looking file.
            let _ = failed.blocking_send(Err(std::io::Error::other(error.to_string())));
        }
    });
    futures_util::stream::unfold(chunks, |mut chunks| async move {
        chunks.recv().await.map(|chunk| (chunk, chunks))
    })
    .boxed()
}

/// Every photo of a cohort's visible posts, display size, as one ZIP for its
/// staff, streamed as it is written. Audit-logged when the download starts.
pub async fn cohort_zip(
    db: &Db,
    store: std::sync::Arc<dyn PhotoStore>,
    staff: Staff,
    cohort: Cohort,
) -> Result<ZipChunks, AppError> {
    let cohort_id = cohort.id;
    let photos = db
        .run(move |conn| Ok(photo_rows::of_cohort_visible(conn, cohort_id)?))
        .await?;
    let count = photos.len();
    db.write(move |conn| {
        record_for_cohort(
            conn,
            &staff,
            &cohort,
            "download photos",
            &format!("{count} photos"),
        )
    })
    .await?;
    let entries = photos
        .into_iter()
        .map(|photo| {
            Entry::Photo(
                format!("post-{}-photo-{}.jpg", photo.post_id, photo.position + 1),
                photo.display_key,
            )
        })
        .collect();
    Ok(stream_zip(entries, store))
}

/// A cohort's highlights board as one ZIP for its staff: `highlights.csv` (the
/// posts as the posts export writes them, numbered) and each post's photos,
/// named by that number. Audit-logged when the download starts.
pub async fn highlights_zip(
    db: &Db,
    store: std::sync::Arc<dyn PhotoStore>,
    staff: Staff,
    cohort: Cohort,
) -> Result<ZipChunks, AppError> {
    let zone = staff.time_zone;
    let cohort_id = cohort.id;
    let (table, photos) = db
        .run(move |conn| {
            let pinned: Vec<posts::Post> = posts::highlighted(conn, cohort_id)?
                .into_iter()
                .map(|(post, _)| post)
                .collect();
            let ids: Vec<PostId> = pinned.iter().map(|p| p.id).collect();
            let photos = photo_rows::of_posts_whole(conn, &ids)?;
            let mut counts: HashMap<PostId, i64> = HashMap::new();
            for photo in &photos {
                *counts.entry(photo.post_id).or_default() += 1;
            }
            Ok((
                crate::services::posts::posts_table(&pinned, &counts, zone),
                photos,
            ))
        })
        .await?;
    let number_of: HashMap<PostId, usize> = table
        .posts
        .iter()
        .enumerate()
        .map(|(n, id)| (*id, n + 1))
        .collect();
    let mut header = vec!["number"];
    header.extend(crate::services::posts::POSTS_HEADER);
    let rows: Vec<Vec<String>> = table
        .rows
        .into_iter()
        .enumerate()
        .map(|(n, row)| std::iter::once((n + 1).to_string()).chain(row).collect())
        .collect();
    let csv = crate::services::exports::table_csv(&header, &rows)?;
    let count = rows.len();
    let mut entries = vec![Entry::Bytes("highlights.csv".into(), csv)];
    entries.extend(photos.into_iter().filter_map(|photo| {
        let number = number_of.get(&photo.post_id)?;
        Some(Entry::Photo(
            format!("highlight-{number}-photo-{}.jpg", photo.position + 1),
            photo.display_key,
        ))
    }));
    db.write(move |conn| {
        record_for_cohort(
            conn,
            &staff,
            &cohort,
            "download highlights",
            &format!("{count} posts"),
        )
    })
    .await?;
    Ok(stream_zip(entries, store))
}
