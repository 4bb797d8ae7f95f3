//! Signing in.

use askama::Template;

use crate::pages::Chrome;

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub chrome: Chrome,
    pub email: String,
    pub error: Option<String>,
}
