//! Error pages: every `AppError` answers with its status and a friendly page
//! drawn through the layout; internal causes are logged, never shown.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::error::AppError;
use crate::pages::{Chrome, ErrorPage};

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
        if let AppError::LoginRequired = self {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/login"))
                .finish();
        }
        let status = self.status_code();
        let (title, message) = self.title_and_message();
        let page = ErrorPage {
            chrome: Chrome::bare(title),
            message,
            status: status.as_u16(),
        };
        let body = page
            .render()
            .unwrap_or_else(|_| format!("{}: {}", status.as_u16(), title));
        let mut response = HttpResponse::build(status);
        response.content_type(ContentType::html());
        match self {
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
}
