//! One error type for the whole app. Each variant maps to a status and a friendly
//! page rendered through the layout; internal causes are logged, never shown.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::templates::ErrorPage;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("gone: {0}")]
    Gone(String),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("this form was already sent")]
    DuplicateSubmission,
    #[error("sign-in required")]
    LoginRequired,
    #[error("too many requests")]
    TooManyRequests,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        AppError::BadRequest(message.into())
    }

    /// For an insert carrying a form's one-time key: a taken key means the form
    /// was sent before; any other failure is what it is.
    pub fn unless_duplicate(error: diesel::result::Error) -> Self {
        if crate::db::is_unique_violation(&error) {
            AppError::DuplicateSubmission
        } else {
            error.into()
        }
    }

    fn title_and_message(&self) -> (&'static str, String) {
        match self {
            AppError::NotFound => (
                "Page not found",
                "There is nothing here. The link may be mistyped, or what it pointed to was removed.".into(),
            ),
            AppError::BadRequest(msg) => ("That request could not be understood", msg.clone()),
            AppError::Forbidden(msg) => ("Not allowed", msg.clone()),
            AppError::Gone(msg) => ("This link no longer works", msg.clone()),
            AppError::Conflict(msg) => ("That could not be done", msg.clone()),
            AppError::DuplicateSubmission => (
                "Already sent",
                "This form was already sent once, so nothing more was done. If you joined a cohort, open your personal link, or get it again by email at /link.".into(),
            ),
            AppError::LoginRequired => ("Please sign in", "Sign in to see this page.".into()),
            AppError::TooManyRequests => (
                "Too many attempts",
                "There were too many attempts from your address. Wait a minute, then try again.".into(),
            ),
            AppError::PayloadTooLarge => (
                "That was too large",
                "What you sent is larger than this form accepts. Shorten it and try again.".into(),
            ),
            AppError::Unavailable(_) => (
                "Cohorts is briefly unavailable",
                "The database is not answering right now. Nothing you sent was saved; please try again in a few seconds.".into(),
            ),
            AppError::Internal(_) => (
                "Something went wrong on our side",
                "The problem has been logged. Please try again.".into(),
            ),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Gone(_) => StatusCode::GONE,
            AppError::Conflict(_) | AppError::DuplicateSubmission => StatusCode::CONFLICT,
            AppError::LoginRequired => StatusCode::SEE_OTHER,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(cause) => tracing::error!(error = ?cause, "internal error"),
            AppError::Unavailable(cause) => tracing::warn!(%cause, "database unavailable"),
            _ => {}
        }
        let status = self.status_code();
        if let AppError::LoginRequired = self {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/login"))
                .finish();
        }
        let (title, message) = self.title_and_message();
        let page = ErrorPage {
            chrome: crate::templates::Chrome::bare(title),
            message,
            status: status.as_u16(),
        };
        let body = page
            .render()
            .unwrap_or_else(|_| format!("{}: {}", status.as_u16(), title));
        let mut response = HttpResponse::build(status);
        response.content_type(ContentType::html());
        if let AppError::Unavailable(_) = self {
            response.insert_header((header::RETRY_AFTER, "5"));
        }
        response.body(body)
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => AppError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                AppError::Unavailable(info.message().to_string())
            }
            Error::DatabaseError(_, ref info) if is_connection_failure(info.message()) => {
                AppError::Unavailable(info.message().to_string())
            }
            other => AppError::Internal(other.into()),
        }
    }
}

fn is_connection_failure(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    [
        "server closed the connection",
        "connection refused",
        "terminating connection",
        "no connection to the server",
        "could not connect",
        "could not receive data",
        "could not send data",
        "connection reset",
        "broken pipe",
        "the database system is shutting down",
        "the database system is starting up",
        "the database system is in recovery mode",
        "database is locked",
    ]
    .iter()
    .any(|needle| message.contains(needle))
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(error: diesel::r2d2::PoolError) -> Self {
        AppError::Unavailable(error.to_string())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task failed: {error}"))
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("template failed: {error}"))
    }
}
