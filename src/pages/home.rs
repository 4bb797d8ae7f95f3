//! The front page.

use askama::Template;

use crate::pages::Chrome;

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
}
