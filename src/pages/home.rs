//! The front page.

use askama::Template;

use crate::pages::{Chrome, Page};

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
}

impl Page for HomePage {}
