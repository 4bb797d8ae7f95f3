//! Error pages: every `AppError` answers with its status and a friendly page
//! drawn through the layout; internal causes are logged, never shown.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::error::AppError;
use crate::i18n::Lang;
use crate::pages::{Chrome, ErrorPage};
use crate::web::Language;

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(cause) => tracing::error!(error = ?cause, "internal error"),
            AppError::Unavailable(cause) => tracing::warn!(%cause, "database unavailable"),
            _ => {}
        }
        error_page(self, Lang::En)
    }
}

/// The page an error answers with, in `lang`.
fn error_page(error: &AppError, lang: Lang) -> HttpResponse {
    let elsewhere = match error {
        AppError::LoginRequired => Some("/login"),
        AppError::PasswordChangeRequired => Some("/account"),
        _ => None,
    };
    if let Some(location) = elsewhere {
        return HttpResponse::SeeOther()
            .insert_header((header::LOCATION, location))
            .finish();
    }
    let status = error.status_code();
    let (title, message) = title_and_message(error, lang);
    let mut chrome = Chrome::bare(&title);
    chrome.lang = lang;
    let page = ErrorPage {
        chrome,
        message,
        status: status.as_u16(),
        next: next_step(error, lang),
    };
    let body = page
        .render()
        .unwrap_or_else(|_| format!("{}: {}", status.as_u16(), title));
    let mut response = HttpResponse::build(status);
    response.content_type(ContentType::html());
    match error {
        AppError::Unavailable(_) => {
            response.insert_header((header::RETRY_AFTER, "5"));
        }
        AppError::Busy => {
            response.insert_header((header::RETRY_AFTER, "60"));
        }
        _ => {}
    }
    response.body(body)
}

/// What the person is told: a title and a sentence in plain words (causes are
/// logged, never shown). A message the error carries is the one place that
/// explains what was refused, and is shown as written.
fn title_and_message(error: &AppError, lang: Lang) -> (String, String) {
    let (title, message) = match error {
        AppError::NotFound => ("error-not-found-title", Some("error-not-found")),
        AppError::StaleLink => ("error-stale-link-title", Some("error-stale-link")),
        AppError::BadRequest(_) => ("error-bad-request-title", None),
        AppError::Forbidden(_) => ("error-forbidden-title", None),
        AppError::Gone(_) => ("error-gone-title", None),
        AppError::Conflict(_) => ("error-conflict-title", None),
        AppError::CohortClosed => ("error-closed-title", Some("error-closed")),
        AppError::DuplicateSubmission => ("error-duplicate-title", Some("error-duplicate")),
        AppError::LoginRequired | AppError::PasswordChangeRequired => {
            ("error-login-title", Some("error-login"))
        }
        AppError::TooManyRequests => ("error-too-many-title", Some("error-too-many")),
        AppError::PayloadTooLarge => ("error-too-large-title", Some("error-too-large")),
        AppError::Unavailable(_) => ("error-unavailable-title", Some("error-unavailable")),
        AppError::Busy => ("error-busy-title", Some("error-busy")),
        AppError::Internal(_) => ("error-internal-title", Some("error-internal")),
    };
    let message = match (message, error) {
        (Some(key), _) => lang.t(key),
        (
            None,
            AppError::BadRequest(said)
            | AppError::Forbidden(said)
            | AppError::Gone(said)
            | AppError::Conflict(said),
        ) => said.clone(),
        (None, _) => String::new(),
    };
    (lang.t(title), message)
}

/// Where the person can go to put it right, where there is such a place.
fn next_step(error: &AppError, lang: Lang) -> Option<(&'static str, String)> {
    match error {
        AppError::StaleLink => Some(("/link", lang.t("link-title"))),
        _ => None,
    }
}

/// Draws error pages again in the visitor's language (`Language`), which the
/// error itself cannot know: it is made without the request.
pub async fn localise_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let lang = Language::of(req.request());
    let response = next.call(req).await?;
    let translated = match response.response().error() {
        Some(error) if lang != Lang::En => {
            error.as_error::<AppError>().map(|e| error_page(e, lang))
        }
        _ => None,
    };
    Ok(match translated {
        Some(page) => response.into_response(page).map_into_right_body(),
        None => response.map_into_left_body(),
    })
}
