//! The messages Cohorts sends, each rendered as plain text and HTML.

use askama::Template;

use crate::error::AppError;
use crate::i18n::{Arg, Lang};

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
    /// A personal invitation to a cohort, in the language staff chose for it.
    invite: InviteMail<'a> {
        lang: Lang,
        brand: &'a str,
        /// The brand's accent colour, for the button.
        accent: &'a str,
        /// The brand's logo's full address, when it has one.
        logo: Option<&'a str>,
        cohort: &'a str,
        description: &'a str,
        link: &'a str,
        valid_days: i64,
        unsubscribe: &'a str,
    }
    templates("email/invite.txt", "email/invite.html"),
    subject(|m| m.invites("mail-invite-subject")),
}

impl InviteMail<'_> {
    fn invites(&self, key: &str) -> String {
        invitation(self.lang, key, self.brand, self.cohort)
    }

    fn personal(&self) -> String {
        self.lang
            .tn("mail-invite-personal", "days", self.valid_days)
    }

    fn sign_off(&self) -> String {
        self.lang.t1("mail-sign-off", "brand", self.brand)
    }
}

/// A sentence of an invitation or its reminder, naming the brand and the cohort.
fn invitation(lang: Lang, key: &str, brand: &str, cohort: &str) -> String {
    lang.t_with(
        key,
        &[("brand", Arg::Text(brand)), ("cohort", Arg::Text(cohort))],
    )
}

/// Subjects of personal-link mails start with this mark, in every language
/// (it limits how often they go out).
pub const ACCESS_LINK_SUBJECT: &str = "🔑 ";

mail! {
    /// A member's personal link, after joining or when they ask for it again,
    /// in their language.
    access_link: AccessLinkMail<'a> {
        lang: Lang,
        brand: &'a str,
        /// The brand's accent colour, for the button.
        accent: &'a str,
        /// The brand's logo's full address, when it has one.
        logo: Option<&'a str>,
        cohort: &'a str,
        display_name: &'a str,
        link: &'a str,
        unsubscribe: &'a str,
    }
    templates("email/access_link.txt", "email/access_link.html"),
    subject(|m| format!(
        "{ACCESS_LINK_SUBJECT}{}",
        m.lang.t1("mail-link-subject", "cohort", m.cohort)
    )),
}

impl AccessLinkMail<'_> {
    fn hi(&self) -> String {
        self.lang.t1("mail-hi", "name", self.display_name)
    }

    fn intro(&self) -> String {
        self.lang.t_with(
            "mail-link-intro",
            &[
                ("cohort", Arg::Text(self.cohort)),
                ("brand", Arg::Text(self.brand)),
            ],
        )
    }

    fn sign_off(&self) -> String {
        self.lang.t1("mail-sign-off", "brand", self.brand)
    }
}

mail! {
    /// A reminder to someone invited who has not joined, in the invitation's language.
    reminder: ReminderMail<'a> {
        lang: Lang,
        brand: &'a str,
        /// The brand's accent colour, for the button.
        accent: &'a str,
        /// The brand's logo's full address, when it has one.
        logo: Option<&'a str>,
        cohort: &'a str,
        description: &'a str,
        link: &'a str,
        unsubscribe: &'a str,
    }
    templates("email/reminder.txt", "email/reminder.html"),
    subject(|m| m.invites("mail-reminder-subject")),
}

impl ReminderMail<'_> {
    fn invites(&self, key: &str) -> String {
        invitation(self.lang, key, self.brand, self.cohort)
    }

    fn sign_off(&self) -> String {
        self.lang.t1("mail-sign-off", "brand", self.brand)
    }
}

mail! {
    /// A nudge to a member who has not posted for a while, in their language.
    nudge: NudgeMail<'a> {
        lang: Lang,
        brand: &'a str,
        cohort: &'a str,
        theme: &'a str,
        display_name: &'a str,
        link_page: &'a str,
        unsubscribe: &'a str,
    }
    templates("email/nudge.txt", "email/nudge.html"),
    subject(|m| m.lang.t1("mail-nudge-subject", "name", m.display_name)),
}

impl NudgeMail<'_> {
    fn hi(&self) -> String {
        self.lang.t1("mail-hi", "name", self.display_name)
    }

    fn text(&self) -> String {
        self.lang.t_with(
            "mail-nudge-text",
            &[
                ("cohort", Arg::Text(self.cohort)),
                ("theme", Arg::Text(self.theme)),
                ("brand", Arg::Text(self.brand)),
            ],
        )
    }

    fn sign_off(&self) -> String {
        self.lang.t1("mail-sign-off", "brand", self.brand)
    }
}

mail! {
    /// An activity opened for a member, or a reminder (one of two at most)
    /// that it is due and they have not answered; in their language.
    activity: ActivityMail<'a> {
        lang: Lang,
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
    subject(|m| m.say(if m.product.is_some() {
        "mail-activity-subject-review"
    } else if m.reminder {
        "mail-activity-subject-reminder"
    } else {
        "mail-activity-subject-new"
    })),
}

impl ActivityMail<'_> {
    /// A message of this mail, with every figure it may name filled in.
    fn say(&self, key: &str) -> String {
        self.lang.t_with(
            key,
            &[
                ("brand", Arg::Text(self.brand)),
                ("cohort", Arg::Text(self.cohort)),
                ("title", Arg::Text(self.title)),
                ("due", Arg::Text(self.due)),
                ("product", Arg::Text(self.product.unwrap_or_default())),
            ],
        )
    }

    fn hi(&self) -> String {
        self.lang.t1("mail-hi", "name", self.display_name)
    }

    /// What is asked of the member, and by when.
    fn ask(&self) -> String {
        self.say(if self.product.is_some() {
            "mail-activity-review"
        } else if self.reminder {
            "mail-activity-reminder"
        } else {
            "mail-activity-new"
        })
    }

    fn sign_off(&self) -> String {
        self.lang.t1("mail-sign-off", "brand", self.brand)
    }
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
    /// One line per drop with enough members sharing it: sharers and clicks.
    pub drops: Vec<String>,
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
