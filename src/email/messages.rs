//! The messages Cohorts sends, each rendered as plain text and HTML.

use askama::Template;

use crate::error::AppError;

/// A rendered message, ready for the outbox.
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "email/invite.txt")]
struct InviteText<'a> {
    m: &'a InviteMail<'a>,
}

#[derive(Template)]
#[template(path = "email/invite.html")]
struct InviteHtml<'a> {
    m: &'a InviteMail<'a>,
}

/// A personal invitation to a cohort.
pub struct InviteMail<'a> {
    pub brand: &'a str,
    pub cohort: &'a str,
    pub description: &'a str,
    pub link: &'a str,
    pub valid_days: i64,
}

impl InviteMail<'_> {
    pub fn render(&self) -> Result<Email, AppError> {
        Ok(Email {
            subject: format!("{} invites you to join {}", self.brand, self.cohort),
            text: InviteText { m: self }.render()?,
            html: InviteHtml { m: self }.render()?,
        })
    }
}

#[derive(Template)]
#[template(path = "email/access_link.txt")]
struct AccessLinkText<'a> {
    m: &'a AccessLinkMail<'a>,
}

#[derive(Template)]
#[template(path = "email/access_link.html")]
struct AccessLinkHtml<'a> {
    m: &'a AccessLinkMail<'a>,
}

/// A member's personal link, after joining or when they ask for it again.
pub struct AccessLinkMail<'a> {
    pub brand: &'a str,
    pub cohort: &'a str,
    pub display_name: &'a str,
    pub link: &'a str,
}

/// Subjects of personal-link mails start with this (used to limit how often they go out).
pub const ACCESS_LINK_SUBJECT: &str = "Your personal link to ";

impl AccessLinkMail<'_> {
    pub fn render(&self) -> Result<Email, AppError> {
        Ok(Email {
            subject: format!("{ACCESS_LINK_SUBJECT}{}", self.cohort),
            text: AccessLinkText { m: self }.render()?,
            html: AccessLinkHtml { m: self }.render()?,
        })
    }
}
