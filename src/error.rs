//! One error type for the whole app. Each variant knows its status and what to
//! tell the person in plain words; the web layer draws the page.

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// A personal link that opens no membership: replaced by a newer one, or
    /// its member left (only hashes are kept, so which cannot be told).
    #[error("personal link not found")]
    StaleLink,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("gone: {0}")]
    Gone(String),
    #[error("conflict: {0}")]
    Conflict(String),
    /// Writing in, or joining, a cohort its staff closed.
    #[error("cohort closed")]
    CohortClosed,
    #[error("this form was already sent")]
    DuplicateSubmission,
    #[error("sign-in required")]
    LoginRequired,
    /// Signed in with a generated password, which must be replaced first.
    #[error("own password required")]
    PasswordChangeRequired,
    #[error("too many requests")]
    TooManyRequests,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Too many uploads are being received at once to take another now.
    #[error("busy receiving uploads")]
    Busy,
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
        if is_unique_violation(&error) {
            AppError::DuplicateSubmission
        } else {
            error.into()
        }
    }

    /// The HTTP status this error answers with.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound | AppError::StaleLink => 404,
            AppError::BadRequest(_) => 400,
            AppError::Forbidden(_) => 403,
            AppError::Gone(_) | AppError::CohortClosed => 410,
            AppError::Conflict(_) | AppError::DuplicateSubmission => 409,
            AppError::LoginRequired | AppError::PasswordChangeRequired => 303,
            AppError::TooManyRequests => 429,
            AppError::PayloadTooLarge => 413,
            AppError::Unavailable(_) | AppError::Busy => 503,
            AppError::Internal(_) => 500,
        }
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
            // What a form named was deleted meanwhile (a product, a cohort).
            Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => AppError::Conflict(
                "Something this refers to was removed meanwhile. Reload the page and try again."
                    .into(),
            ),
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

/// Whether an error is a unique-constraint violation (a duplicate).
pub fn is_unique_violation(error: &diesel::result::Error) -> bool {
    matches!(
        error,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task failed: {error}"))
    }
}
