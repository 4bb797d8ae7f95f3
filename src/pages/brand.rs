//! A brand's cohorts, and a new cohort.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{BrandId, CohortId, CohortStatus};
use crate::pages::{Chrome, Page, form_status};
use crate::services::FieldErrors;
use crate::services::dashboard::{Attention, CohortPulse, DUE_WITHIN_DAYS, INVITE_WAIT_DAYS};
use crate::summary::chart::Sparkline;

/// One cohort's card on the brand's home.
pub struct CohortCard {
    pub id: CohortId,
    pub name: String,
    pub theme: String,
    pub members: i32,
    pub capacity: i32,
    pub status: &'static str,
    pub active: usize,
    /// Active members as a share of all, in per cent ("" when none joined).
    pub active_share: String,
    pub posts: i64,
    pub reviews: i64,
    /// "4.2", or `None` when no review was rated in the weeks shown.
    pub mean_rating: Option<String>,
    pub sentiment: Sparkline,
    /// The last week with a mean, in words, for the line's text alternative.
    pub latest_sentiment: String,
}

impl CohortCard {
    pub fn of(pulse: CohortPulse) -> Self {
        let c = pulse.cohort;
        CohortCard {
            status: CohortStatus::of(c.members_count, c.capacity, c.closed_at.is_some()).label(),
            active_share: if c.members_count > 0 {
                format!(
                    "{:.0}",
                    pulse.active as f64 * 100.0 / f64::from(c.members_count)
                )
            } else {
                String::new()
            },
            active: pulse.active,
            posts: pulse.posts,
            reviews: pulse.reviews,
            mean_rating: pulse.mean_rating.map(|m| format!("{m:.1}")),
            sentiment: pulse.sparkline,
            latest_sentiment: pulse.latest_sentiment.map_or_else(
                || "nothing scored in these weeks".to_string(),
                |m| format!("latest week {m:+.2} on a scale of −1 to +1"),
            ),
            id: c.id,
            name: c.name,
            theme: c.theme,
            members: c.members_count,
            capacity: c.capacity,
        }
    }
}

/// Something waiting for staff, in plain words, with where to deal with it.
pub struct AttentionItem {
    pub text: String,
    pub href: String,
}

/// Every cohort's waiting work, the most pressing kind first.
pub fn attention_items(pulses: &[CohortPulse]) -> Vec<AttentionItem> {
    let plural = |n: i64, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut items = Vec::new();
    // Each kind of work with its wording and the tab that deals with it, in
    // the order of `counts` below.
    let (due, waiting) = (DUE_WITHIN_DAYS, INVITE_WAIT_DAYS);
    let kinds = [
        (
            "reported post".to_string(),
            "reported posts".to_string(),
            "reports",
        ),
        (
            "post held back for a look".to_string(),
            "posts held back for a look".to_string(),
            "reports",
        ),
        (
            format!("activity due in the next {due} days"),
            format!("activities due in the next {due} days"),
            "activities",
        ),
        (
            format!("invitation not taken up after {waiting} days"),
            format!("invitations not taken up after {waiting} days"),
            "invites",
        ),
    ];
    let counts = |a: &Attention| [a.reported, a.held, a.due_soon, a.invites_waiting];
    for (kind, (one, many, tab)) in kinds.into_iter().enumerate() {
        for pulse in pulses {
            let n = counts(&pulse.attention)[kind];
            if n > 0 {
                items.push(AttentionItem {
                    text: format!("{} in {}", plural(n, &one, &many), pulse.cohort.name),
                    href: format!("/cohorts/{}/{tab}", pulse.cohort.id),
                });
            }
        }
    }
    items
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
    /// The accent colour the form shows, and whether it is the brand's own.
    pub accent: String,
    pub has_accent: bool,
    /// The brand's logo's address and name, when it has one.
    pub logo: Option<(String, String)>,
    pub cohorts: Vec<CohortCard>,
    pub attention: Vec<AttentionItem>,
    /// Days behind "active" and "this week".
    pub active_days: i64,
    pub weeks: usize,
    pub due_days: i64,
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
