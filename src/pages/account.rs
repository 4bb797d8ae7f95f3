//! A staff account's own settings.

use actix_web::http::StatusCode;
use askama::Template;

use crate::pages::{Chrome, Page, form_status};
use crate::services::FieldErrors;

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub chrome: Chrome,
    pub zones: Vec<&'static str>,
    pub current_zone: &'static str,
    pub now: String,
    pub errors: FieldErrors,
    /// Signed in with a generated password, which must be replaced first.
    pub must_change_password: bool,
    /// Whether two-step sign-in is on.
    pub two_step: bool,
    /// Its recovery codes not used yet, while it is on.
    pub recovery_codes_left: Option<i64>,
}

impl Page for AccountPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}
