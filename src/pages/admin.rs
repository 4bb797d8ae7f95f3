//! The admin's pages: brands and managers, accounts, the audit log, the outbox.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{BrandId, MailId, UserId};
use crate::pages::{Chrome, Page, Pager, form_status};
use crate::services::FieldErrors;

pub struct BrandRow {
    pub id: BrandId,
    pub name: String,
    pub anonymity_k: i32,
}

pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub role: String,
    pub brand: String,
    pub disabled: bool,
    pub is_self: bool,
    /// Signs in with a code from an authenticator app too.
    pub two_step: bool,
}

#[derive(Default)]
pub struct BrandForm {
    pub name: String,
    pub anonymity_k: String,
}

#[derive(Default)]
pub struct ManagerForm {
    pub email: String,
    pub brand_id: String,
}

#[derive(Template)]
#[template(path = "admin.html")]
pub struct AdminPage {
    pub chrome: Chrome,
    pub brands: Vec<BrandRow>,
    pub brand_names: Vec<(BrandId, String)>,
    pub pager: Pager,
    pub brand_form: BrandForm,
    pub manager_form: ManagerForm,
    pub errors: FieldErrors,
    pub new_password: Option<(String, String)>,
}

impl Page for AdminPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

#[derive(Template)]
#[template(path = "accounts.html")]
pub struct AccountsPage {
    pub chrome: Chrome,
    pub users: Vec<UserRow>,
    pub pager: Pager,
}

impl Page for AccountsPage {}

pub struct AuditRow {
    pub when: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub details: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    pub chrome: Chrome,
    pub entries: Vec<AuditRow>,
    pub pager: Pager,
}

impl Page for AuditPage {}

pub struct OutboxRow {
    pub id: MailId,
    pub queued: String,
    pub recipient: String,
    pub subject: String,
    pub status: &'static str,
    pub attempts: i32,
    pub last_error: String,
    pub sent: Option<String>,
}

#[derive(Template)]
#[template(path = "outbox.html")]
pub struct OutboxPage {
    pub chrome: Chrome,
    /// The status shown ("" for all).
    pub status: &'static str,
    /// All, waiting, sent, failed.
    pub counts: (i64, i64, i64, i64),
    pub messages: Vec<OutboxRow>,
    pub pager: Pager,
}

impl Page for OutboxPage {}
