//! Signing in.

use actix_web::http::StatusCode;
use askama::Template;

use crate::pages::{Chrome, Page, form_status};
use crate::services::FieldErrors;

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub chrome: Chrome,
    pub email: String,
    pub error: Option<String>,
}

impl Page for LoginPage {
    fn status(&self) -> StatusCode {
        if self.error.is_some() {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        }
    }
}

/// The first-run page that creates the first admin.
#[derive(Template)]
#[template(path = "setup.html")]
pub struct SetupPage {
    pub chrome: Chrome,
    /// The signed part of the setup link, posted back.
    pub code: String,
    pub email: String,
    pub errors: FieldErrors,
}

impl Page for SetupPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}
