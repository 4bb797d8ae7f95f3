//! A cohort's overview, its feed and its members.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::MemberId;
use crate::pages::{Chrome, CohortHeader, FeedItem, Page, Pager, form_status};
use crate::services::FieldErrors;
use crate::summary::SafeCount;

#[derive(Template)]
#[template(path = "cohort.html")]
pub struct CohortPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub description: String,
    pub theme: String,
    pub cities: Vec<String>,
    pub created: String,
    pub by_city: Vec<SafeCount>,
    pub by_age_band: Vec<SafeCount>,
    pub anonymity_k: i32,
    /// Members active (posted or answered) lately, per city × age band.
    pub participation: Vec<crate::pages::activities::ShareRow>,
    pub target: i32,
    pub active_days: i64,
    /// Name, city, age band and when last active ("never"), for staff to follow up.
    pub inactive: Vec<(String, String, &'static str, String)>,
    /// When a closed cohort closed and the day it is deleted, in words.
    pub closed: Option<(String, String)>,
    pub retention_days: i64,
}

impl Page for CohortPage {}

#[derive(Template)]
#[template(path = "feed.html")]
pub struct FeedPage<'a> {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub items: Vec<FeedItem<'a>>,
    pub pager: Pager,
    /// The filter as applied (what did not fit is left out).
    pub filter: crate::services::posts::FeedQuery,
    pub filtered: bool,
    /// Why parts of the filter asked for were not used.
    pub problems: Vec<String>,
    pub cities: Vec<String>,
    pub bands: Vec<&'static str>,
    pub products: Vec<(String, String)>,
    pub labels: Vec<&'static str>,
    /// The filter as a query string (`""` when none), for the downloads' links.
    pub filter_query: String,
    /// The feed's address with its filter, for the pager's links.
    pub base: String,
}

impl Page for FeedPage<'_> {}

/// A cohort's highlights board: the posts staff pinned.
#[derive(Template)]
#[template(path = "highlights.html")]
pub struct HighlightsPage<'a> {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub items: Vec<FeedItem<'a>>,
    /// Most posts the board holds.
    pub most: i64,
}

impl Page for HighlightsPage<'_> {}

pub struct MemberRow {
    pub id: MemberId,
    pub display_name: String,
    pub city: String,
    pub age_band: &'static str,
    /// Under 18 today.
    pub minor: bool,
    pub joined: String,
}

#[derive(Template)]
#[template(path = "members.html")]
pub struct MembersPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub members: Vec<MemberRow>,
    pub pager: Pager,
}

impl Page for MembersPage {}

/// A reported post in the staff's queue.
pub struct ReportLine {
    pub post_id: crate::domain::PostId,
    pub excerpt: String,
    pub author: String,
    pub hidden: bool,
    pub first_reported: String,
    /// "It is unkind or bullying (2)", one per reason given.
    pub reasons: Vec<String>,
    /// Offered as the reason for hiding.
    pub suggested_reason: String,
}

#[derive(Template)]
#[template(path = "reports.html")]
pub struct ReportsPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub held: Vec<HeldLine>,
    pub lines: Vec<ReportLine>,
}

/// A post held back automatically, waiting for staff to release it.
pub struct HeldLine {
    pub post_id: crate::domain::PostId,
    pub excerpt: String,
    pub author: String,
    pub reason: String,
    pub held: String,
}

impl Page for ReportsPage {}

/// One member the product can be sent to, as a tick box.
pub struct RecipientBox {
    pub id: MemberId,
    pub name: String,
    pub city: String,
    pub band: &'static str,
    pub minor: bool,
    pub ticked: bool,
}

/// One product's way from sent to reviewed.
pub struct SeedingLine {
    pub name: String,
    pub sent: usize,
    pub received: usize,
    pub reviewed: usize,
    /// Name, received, reviewed.
    pub members: Vec<(String, bool, bool)>,
    /// Mean sentiment of its reviews by members sent it, and by the rest.
    pub seeded: String,
    pub rest: String,
}

#[derive(Template)]
#[template(path = "seeding.html")]
pub struct SeedingPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub products: Vec<(String, String)>,
    pub product: String,
    pub recipients: Vec<RecipientBox>,
    pub report: Vec<SeedingLine>,
    pub errors: FieldErrors,
}

impl Page for SeedingPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}
