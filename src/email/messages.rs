//! The messages Cohorts sends, each rendered as plain text and HTML.

use askama::Template;

use crate::error::AppError;

/// A rendered message, ready for the outbox.
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Declares a message once: its fields, its two templates and its subject.
/// The macro writes the text and HTML template structs (in a module of the
/// message's name) and `render`.
macro_rules! mail {
    (
        $(#[$doc:meta])*
        $module:ident: $name:ident $(<$lt:lifetime>)? {
            $($(#[$field_doc:meta])* $field:ident: $ty:ty),* $(,)?
        }
        templates($text:literal, $html:literal),
        subject(|$m:ident| $subject:expr) $(,)?
    ) => {
        $(#[$doc])*
        pub struct $name $(<$lt>)? {
            $($(#[$field_doc])* pub $field: $ty),*
        }

        mod $module {
            #[derive(askama::Template)]
            #[template(path = $text)]
            pub(super) struct Text<'m $(, $lt)?> {
                pub(super) m: &'m super::$name $(<$lt>)?,
            }

            #[derive(askama::Template)]
            #[template(path = $html)]
            pub(super) struct Html<'m $(, $lt)?> {
                pub(super) m: &'m super::$name $(<$lt>)?,
            }
        }

        impl $(<$lt>)? $name $(<$lt>)? {
            pub fn render(&self) -> Result<Email, AppError> {
                let $m = self;
                Ok(Email {
                    subject: $subject,
                    text: $module::Text { m: self }.render()?,
                    html: $module::Html { m: self }.render()?,
                })
            }
        }
    };
}

mail! {
    /// A personal invitation to a cohort.
    invite: InviteMail<'a> {
        brand: &'a str,
        cohort: &'a str,
        description: &'a str,
        link: &'a str,
        valid_days: i64,
        unsubscribe: &'a str,
    }
    templates("email/invite.txt", "email/invite.html"),
    subject(|m| format!("{} invites you to join {}", m.brand, m.cohort)),
}

/// Subjects of personal-link mails start with this (used to limit how often they go out).
pub const ACCESS_LINK_SUBJECT: &str = "Your personal link to ";

mail! {
    /// A member's personal link, after joining or when they ask for it again.
    access_link: AccessLinkMail<'a> {
        brand: &'a str,
        cohort: &'a str,
        display_name: &'a str,
        link: &'a str,
        unsubscribe: &'a str,
    }
    templates("email/access_link.txt", "email/access_link.html"),
    subject(|m| format!("{ACCESS_LINK_SUBJECT}{}", m.cohort)),
}

mail! {
    /// A reminder to someone invited who has not joined.
    reminder: ReminderMail<'a> {
        brand: &'a str,
        cohort: &'a str,
        description: &'a str,
        link: &'a str,
        unsubscribe: &'a str,
    }
    templates("email/reminder.txt", "email/reminder.html"),
    subject(|m| format!("Reminder: {} invites you to join {}", m.brand, m.cohort)),
}

mail! {
    /// A nudge to a member who has not posted for a while.
    nudge: NudgeMail<'a> {
        brand: &'a str,
        cohort: &'a str,
        theme: &'a str,
        display_name: &'a str,
        link_page: &'a str,
        unsubscribe: &'a str,
    }
    templates("email/nudge.txt", "email/nudge.html"),
    subject(|m| format!("What's new with you, {}?", m.display_name)),
}

mail! {
    /// An activity opened for a member, or a reminder (one of two at most)
    /// that it is due and they have not answered.
    activity: ActivityMail<'a> {
        brand: &'a str,
        cohort: &'a str,
        display_name: &'a str,
        title: &'a str,
        /// When it is due, in the member's zone.
        due: &'a str,
        reminder: bool,
        /// For a reminder of a product test due later than the activity: the
        /// product whose review is awaited.
        product: Option<&'a str>,
        link_page: &'a str,
        unsubscribe: &'a str,
    }
    templates("email/activity.txt", "email/activity.html"),
    subject(|m| if let Some(product) = m.product {
        format!("Your review of {product} is due by {}", m.due)
    } else if m.reminder {
        format!("Still open until {}: {}", m.due, m.title)
    } else {
        format!("{} asks {}: {}", m.brand, m.cohort, m.title)
    }),
}

pub struct DigestCohort {
    pub name: String,
    /// The week of its latest release, if it has one.
    pub week: Option<String>,
    /// The whole cohort's released members and mean sentiment.
    pub whole: String,
    /// One line per city shown in both of the last two releases: its mean and change.
    pub cities: Vec<String>,
    /// One line per product with enough reviewers: reviewers and mean rating.
    pub products: Vec<String>,
    /// The topics shown, most used first.
    pub topics: Vec<String>,
}

mail! {
    /// A manager's weekly digest.
    digest: DigestMail {
        brand: String,
        until: String,
        link: String,
        cohorts: Vec<DigestCohort>,
    }
    templates("email/digest.txt", "email/digest.html"),
    subject(|m| format!("Your week on Cohorts: {}", m.brand)),
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Internal(anyhow::anyhow!("template failed: {error}"))
    }
}
