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
    pub unsubscribe: &'a str,
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
    pub unsubscribe: &'a str,
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

#[derive(Template)]
#[template(path = "email/reminder.txt")]
struct ReminderText<'a> {
    m: &'a ReminderMail<'a>,
}

#[derive(Template)]
#[template(path = "email/reminder.html")]
struct ReminderHtml<'a> {
    m: &'a ReminderMail<'a>,
}

/// A reminder to someone invited who has not joined.
pub struct ReminderMail<'a> {
    pub brand: &'a str,
    pub cohort: &'a str,
    pub description: &'a str,
    pub link: &'a str,
    pub unsubscribe: &'a str,
}

impl ReminderMail<'_> {
    pub fn render(&self) -> Result<Email, AppError> {
        Ok(Email {
            subject: format!(
                "Reminder: {} invites you to join {}",
                self.brand, self.cohort
            ),
            text: ReminderText { m: self }.render()?,
            html: ReminderHtml { m: self }.render()?,
        })
    }
}

#[derive(Template)]
#[template(path = "email/nudge.txt")]
struct NudgeText<'a> {
    m: &'a NudgeMail<'a>,
}

#[derive(Template)]
#[template(path = "email/nudge.html")]
struct NudgeHtml<'a> {
    m: &'a NudgeMail<'a>,
}

/// A nudge to a member who has not posted for a while.
pub struct NudgeMail<'a> {
    pub brand: &'a str,
    pub cohort: &'a str,
    pub theme: &'a str,
    pub display_name: &'a str,
    pub link_page: &'a str,
    pub unsubscribe: &'a str,
}

impl NudgeMail<'_> {
    pub fn render(&self) -> Result<Email, AppError> {
        Ok(Email {
            subject: format!("What's new with you, {}?", self.display_name),
            text: NudgeText { m: self }.render()?,
            html: NudgeHtml { m: self }.render()?,
        })
    }
}

#[derive(Template)]
#[template(path = "email/digest.txt")]
struct DigestText<'a> {
    m: &'a DigestMail,
}

#[derive(Template)]
#[template(path = "email/digest.html")]
struct DigestHtml<'a> {
    m: &'a DigestMail,
}

pub struct DigestCohort {
    pub name: String,
    pub new_members: i64,
    pub posts: i64,
    pub reviews: i64,
    /// One line per city with enough members in both weeks: its mean and change.
    pub cities: Vec<String>,
}

/// A manager's weekly digest.
pub struct DigestMail {
    pub brand: String,
    pub until: String,
    pub link: String,
    pub cohorts: Vec<DigestCohort>,
}

impl DigestMail {
    pub fn render(&self) -> Result<Email, AppError> {
        Ok(Email {
            subject: format!("Your week on Cohorts: {}", self.brand),
            text: DigestText { m: self }.render()?,
            html: DigestHtml { m: self }.render()?,
        })
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("template failed: {error}"))
    }
}
