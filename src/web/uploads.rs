//! Multipart forms with photos, read field by field within their limits.

use actix_multipart::Multipart;
use futures_util::StreamExt;

use std::time::Duration;

use tokio::sync::{Semaphore, SemaphorePermit};

use crate::error::AppError;
use crate::photos::{MAX_BYTES, MAX_PER_POST};
use crate::services::photos::Upload;

/// Text fields are short; anything longer is cut off and then refused by validation.
const MAX_TEXT_FIELD: usize = 64 * 1024;
/// The most a whole post form may carry.
const MAX_FORM_BYTES: usize = MAX_PER_POST * MAX_BYTES + 1024 * 1024;

/// Forms with photos received at once: each may hold up to `MAX_FORM_BYTES`
/// in memory while it is read, so a burst of large uploads cannot take the
/// server's memory; the next waits its turn for a while, then is told to try
/// again.
static RECEIVING: Semaphore = Semaphore::const_new(8);
const TURN_WAIT: Duration = Duration::from_secs(20);

/// A turn to receive a form from `slots`, waiting at most `wait`.
async fn turn(slots: &Semaphore, wait: Duration) -> Result<SemaphorePermit<'_>, AppError> {
    match tokio::time::timeout(wait, slots.acquire()).await {
        Ok(Ok(permit)) => Ok(permit),
        _ => Err(AppError::Busy),
    }
}

/// Reads a multipart form: its text fields by name, and the photo files of
/// the fields `files` accepts, each with its field's name (other files are
/// dropped). The form's CSRF token (`csrf_token`, which the page puts before the files) is
/// handed to `check_token` as soon as it is read: no file is read before it
/// has passed, and a form without it is refused.
/// Reads a form of staff that may carry one picture, in the field `picture`,
/// checking the CSRF token against the session before the picture is read.
pub async fn read_picture_form(
    session: &actix_session::Session,
    payload: Multipart,
) -> Result<(FormText, Vec<Upload>), AppError> {
    read_form(
        payload,
        |field| field == "picture",
        |token| crate::web::session::verify_csrf(session, token),
    )
    .await
}

pub async fn read_form(
    mut payload: Multipart,
    files: impl Fn(&str) -> bool,
    check_token: impl Fn(&str) -> Result<(), AppError>,
) -> Result<(FormText, Vec<Upload>), AppError> {
    let _turn = turn(&RECEIVING, TURN_WAIT).await?;
    let mut fields = Vec::new();
    let mut uploads = Vec::new();
    let mut total = 0usize;
    let mut token_checked = false;
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| {
            AppError::bad_request("The form was malformed. Go back, reload the page and try again.")
        })?;
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(str::to_string);
        if file_name.is_some() && !token_checked {
            check_token("")?;
        }
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
            Some(file_name) if files(&name) => {
                // A file input left empty still sends an empty part.
                if !(file_name.is_empty() && bytes.is_empty()) {
                    uploads.push(Upload {
                        field: name,
                        name: file_name,
                        bytes,
                        too_large,
                    });
                }
            }
            Some(_) => {}
            None => {
                let value = String::from_utf8_lossy(&bytes).into_owned();
                if name == "csrf_token" && !token_checked {
                    check_token(&value)?;
                    token_checked = true;
                }
                fields.push((name, value));
            }
        }
    }
    if !token_checked {
        check_token("")?;
    }
    Ok((FormText(fields), uploads))
}

/// A multipart form's text fields.
pub struct FormText(Vec<(String, String)>);

impl FormText {
    /// The field's value; empty when the form did not carry it.
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every field by name (the first of each name).
    pub fn into_map(self) -> std::collections::HashMap<String, String> {
        let mut map = std::collections::HashMap::new();
        for (name, value) in self.0 {
            map.entry(name).or_insert(value);
        }
        map
    }
}

/// Routes a POST with a multipart body (a form with files) to its own handler.
pub fn is_multipart(ctx: &actix_web::guard::GuardContext<'_>) -> bool {
    ctx.head()
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"multipart/form-data"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_form_past_the_slots_waits_then_is_told_to_come_back() {
        let slots = Semaphore::new(2);
        let wait = Duration::from_millis(50);
        let first = turn(&slots, wait).await;
        let second = turn(&slots, wait).await;
        assert!(first.is_ok() && second.is_ok());
        assert!(matches!(turn(&slots, wait).await, Err(AppError::Busy)));
        drop(first);
        assert!(turn(&slots, wait).await.is_ok(), "a freed slot is taken");
    }
}
