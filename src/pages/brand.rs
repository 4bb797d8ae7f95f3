//! A brand's cohorts, and a new cohort.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{BrandId, CohortId};
use crate::pages::{Chrome, Page, form_status};
use crate::services::FieldErrors;

pub struct CohortRow {
    pub id: CohortId,
    pub name: String,
    pub theme: String,
    pub members: i32,
    pub capacity: i32,
    pub status: &'static str,
}

#[derive(Template)]
#[template(path = "brand.html")]
pub struct BrandPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub anonymity_k: i32,
    pub epsilon_per_month: f64,
    /// The share of members, in per cent, hoped to take part.
    pub participation_target: i32,
    pub cohorts: Vec<CohortRow>,
}

impl Page for BrandPage {}

#[derive(Default)]
pub struct CohortForm {
    pub name: String,
    pub description: String,
    pub theme: String,
    pub cities: String,
    pub capacity: String,
}

#[derive(Template)]
#[template(path = "cohort_form.html")]
pub struct CohortFormPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub form: CohortForm,
    pub errors: FieldErrors,
    /// The cohort being edited (none: a new one).
    pub editing: Option<CohortId>,
}

impl Page for CohortFormPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

/// A brand's managers, and the form that adds one.
#[derive(Template)]
#[template(path = "team.html")]
pub struct TeamPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    /// Each manager's email, and whether they still have to choose a password.
    pub managers: Vec<(String, bool)>,
    pub email: String,
    pub errors: FieldErrors,
    /// The email and generated password of the teammate just added, shown once.
    pub new_password: Option<(String, String)>,
}

impl Page for TeamPage {
    fn status(&self) -> actix_web::http::StatusCode {
        form_status(&self.errors)
    }
}
