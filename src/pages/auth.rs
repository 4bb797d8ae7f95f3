//! Signing in.

use actix_web::http::StatusCode;
use askama::Template;

use crate::pages::{Chrome, Page, form_status, message_status};
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
        message_status(&self.error)
    }
}

/// The second step of signing in: the code from the authenticator app.
#[derive(Template)]
#[template(path = "login_code.html")]
pub struct LoginCodePage {
    pub chrome: Chrome,
    pub error: Option<String>,
}

impl Page for LoginCodePage {
    fn status(&self) -> StatusCode {
        message_status(&self.error)
    }
}

/// Setting up two-step sign-in: the secret as a QR code and as text, and
/// the first code to show the app holds it.
#[derive(Template)]
#[template(path = "two_step.html")]
pub struct TwoStepPage {
    pub chrome: Chrome,
    pub secret: String,
    /// The QR code of the app's setup address, as an SVG `data:` address.
    pub qr: Option<String>,
    pub error: Option<String>,
}

impl Page for TwoStepPage {
    fn status(&self) -> StatusCode {
        message_status(&self.error)
    }
}

/// A staff account's recovery codes, shown this once.
#[derive(Template)]
#[template(path = "recovery_codes.html")]
pub struct RecoveryCodesPage {
    pub chrome: Chrome,
    pub codes: Vec<String>,
    /// Shown right after two-step sign-in was turned on (else made anew).
    pub just_turned_on: bool,
}

impl Page for RecoveryCodesPage {}

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
