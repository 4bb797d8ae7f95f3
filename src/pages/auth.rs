//! Signing in.

use actix_web::http::StatusCode;
use askama::Template;

use crate::pages::{Chrome, Page};

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
