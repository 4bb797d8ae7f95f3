//! A staff account's own settings.

use askama::Template;

use crate::pages::Chrome;
use crate::services::FieldErrors;

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub chrome: Chrome,
    pub zones: Vec<&'static str>,
    pub current_zone: &'static str,
    pub now: String,
    pub errors: FieldErrors,
}
