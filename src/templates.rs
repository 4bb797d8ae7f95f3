//! Page structs, one per template. Every page carries the layout's `Chrome`.

use actix_session::Session;
use askama::Template;
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::domain::{
    BrandId, CohortId, Country, InviteId, MailId, MemberId, PhotoId, PostId, PostKind, Staff,
    UserId,
};
use crate::error::AppError;
use crate::services::FieldErrors;
use crate::services::access::CurrentMember;
use crate::services::summary::{BrandCohortRow, ProductView, SummaryTableRow, ThemeGroup};
use crate::summary::SafeCount;
use crate::web::session::csrf_token;

const FLASH_KEY: &str = "flash";

/// What the layout needs: the title, who is signed in, the CSRF token for the
/// sign-out form, and a one-time message from the previous action.
pub struct Chrome {
    pub title: String,
    pub csrf: String,
    pub role: &'static str,
    pub who: String,
    pub home: String,
    pub flash: Option<String>,
}

impl Chrome {
    fn build(
        session: &Session,
        title: &str,
        role: &'static str,
        who: String,
        home: String,
    ) -> Result<Self, AppError> {
        // Removing marks the session changed, which writes it back: only when
        // there is a message to take.
        let flash = if session.contains_key(FLASH_KEY) {
            session.remove_as::<String>(FLASH_KEY).and_then(Result::ok)
        } else {
            None
        };
        Ok(Chrome {
            title: title.to_string(),
            csrf: csrf_token(session)?,
            role,
            who,
            home,
            flash,
        })
    }

    pub fn anonymous(session: &Session, title: &str) -> Result<Self, AppError> {
        Self::build(session, title, "", String::new(), "/".into())
    }

    pub fn staff(session: &Session, staff: &Staff, title: &str) -> Result<Self, AppError> {
        let role = if staff.is_admin() { "admin" } else { "manager" };
        Self::build(session, title, role, staff.email.clone(), staff.home())
    }

    pub fn member(
        session: &Session,
        member: &CurrentMember,
        title: &str,
    ) -> Result<Self, AppError> {
        Self::build(
            session,
            title,
            "member",
            member.member.display_name.clone(),
            "/me".into(),
        )
    }

    /// For error pages, which know nothing of the session.
    pub fn bare(title: &str) -> Self {
        Chrome {
            title: title.to_string(),
            csrf: String::new(),
            role: "",
            who: String::new(),
            home: "/".into(),
            flash: None,
        }
    }
}

/// Leaves a one-time message for the next page (Post/Redirect/Get).
pub fn flash(session: &Session, message: impl Into<String>) {
    let _ = session.insert(FLASH_KEY, message.into());
}

/// Times as shown on pages: stored in UTC, shown in the viewer's zone, named.
pub fn show_time(at: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&at)
        .format("%-d %b %Y, %H:%M %Z")
        .to_string()
}

pub fn show_date(at: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&at).format("%-d %b %Y").to_string()
}

pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

impl Pager {
    /// The pager under a page read from a service.
    pub fn of<T>(paged: &crate::services::Paged<T>) -> Self {
        Self::new(paged.page, paged.size, paged.total)
    }

    pub fn new(page: i64, size: i64, total: i64) -> Self {
        let pages = ((total + size - 1) / size).max(1);
        Pager {
            page: page.clamp(1, pages),
            pages,
            total,
        }
    }

    pub fn prev(&self) -> Option<i64> {
        (self.page > 1).then(|| self.page - 1)
    }

    pub fn next(&self) -> Option<i64> {
        (self.page < self.pages).then(|| self.page + 1)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub chrome: Chrome,
    pub message: String,
    pub status: u16,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
}

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub chrome: Chrome,
    pub email: String,
    pub error: Option<String>,
}

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
    pub cohorts: Vec<CohortRow>,
}

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
}

/// The heading and tabs shared by a cohort's manager pages.
pub struct CohortHeader {
    pub id: CohortId,
    pub name: String,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub members: i32,
    pub capacity: i32,
    pub status: &'static str,
    pub tab: &'static str,
}

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
}

pub struct FeedItem {
    pub id: PostId,
    pub author: String,
    pub is_review: bool,
    pub product: String,
    pub stars: String,
    pub rating: i32,
    pub title: String,
    pub body: String,
    pub created: String,
    pub edited: bool,
    pub hidden_reason: Option<String>,
    pub is_own: bool,
    /// The label that counts in figures, and whether a manager set it.
    pub label: &'static str,
    pub corrected: bool,
    pub score: String,
    pub language: String,
    /// Ids of the post's photos, in order.
    pub photos: Vec<PhotoId>,
}

#[derive(Template)]
#[template(path = "feed.html")]
pub struct FeedPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub items: Vec<FeedItem>,
    pub pager: Pager,
}

pub struct InviteRow {
    pub id: InviteId,
    pub kind: String,
    pub label: String,
    pub uses: i32,
    pub max_uses: i32,
    pub expires: String,
    pub state: &'static str,
    pub revocable: bool,
}

pub struct InviteLink {
    pub label: String,
    pub url: String,
}

pub struct RejectedLine {
    pub input: String,
    pub reason: String,
}

#[derive(Default)]
pub struct InviteForms {
    pub emails: String,
    pub link_label: String,
    pub link_uses: String,
    pub link_days: String,
}

#[derive(Template)]
#[template(path = "invites.html")]
pub struct InvitesPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub invites: Vec<InviteRow>,
    pub pager: Pager,
    pub forms: InviteForms,
    pub errors: FieldErrors,
    pub created: Vec<InviteLink>,
    pub rejected: Vec<RejectedLine>,
    pub free_seats: i32,
}

pub struct MemberRow {
    pub id: MemberId,
    pub display_name: String,
    pub city: String,
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

#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    pub chrome: Chrome,
    pub heading: String,
    pub message: String,
    pub action: String,
    pub button: String,
    pub cancel: String,
}

#[derive(Default)]
pub struct JoinForm {
    pub display_name: String,
    pub city: String,
    pub birth_year: String,
    pub birth_month: String,
    pub country: String,
    pub email: String,
    pub guardian_consent: bool,
    pub consent: bool,
}

#[derive(Template)]
#[template(path = "join.html")]
pub struct JoinPage {
    pub chrome: Chrome,
    pub token: String,
    pub cohort_name: String,
    pub description: String,
    pub theme: String,
    pub brand_name: String,
    pub cities: Vec<String>,
    pub countries: &'static [Country],
    pub months: [&'static str; 12],
    pub form: JoinForm,
    pub errors: FieldErrors,
    pub seats_left: i32,
    /// Join links (not personal invites) may be given an address for the personal link.
    pub ask_email: bool,
    /// Sent back with the form so that sending it twice admits one member.
    pub submission_key: String,
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Template)]
#[template(path = "welcome.html")]
pub struct WelcomePage {
    pub chrome: Chrome,
    pub cohort_name: String,
    pub access_url: String,
}

#[derive(Default)]
pub struct PostForm {
    pub kind: String,
    pub product: String,
    pub rating: String,
    pub title: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "member_home.html")]
pub struct MemberHomePage {
    pub chrome: Chrome,
    pub cohort_name: String,
    pub brand_name: String,
    pub theme: String,
    pub items: Vec<FeedItem>,
    pub pager: Pager,
    pub form: PostForm,
    pub errors: FieldErrors,
    /// Sent back with the form so that sending it twice posts once.
    pub submission_key: String,
}

#[derive(Template)]
#[template(path = "edit_post.html")]
pub struct EditPostPage {
    pub chrome: Chrome,
    pub post_id: PostId,
    pub form: PostForm,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "member_account.html")]
pub struct MemberAccountPage {
    pub chrome: Chrome,
    pub cohort_name: String,
    pub has_email: bool,
    pub nudges_on: bool,
}

impl FeedItem {
    pub fn from_post(
        post: crate::services::records::Post,
        author: String,
        is_own: bool,
        zone: Tz,
        photos: Vec<PhotoId>,
    ) -> Self {
        let label = crate::domain::post::effective_label(post.label_override, post.sentiment_label)
            .as_str();
        let rating = post.rating.unwrap_or(0).clamp(0, 5);
        FeedItem {
            id: post.id,
            author,
            is_review: post.kind == PostKind::Review,
            product: post.product.unwrap_or_default(),
            stars: format!(
                "{}{}",
                "★".repeat(rating as usize),
                "☆".repeat(5 - rating as usize)
            ),
            rating,
            title: post.title.unwrap_or_default(),
            body: post.body,
            created: show_time(post.created_at, zone),
            edited: post.updated_at > post.created_at,
            label,
            corrected: post.label_override.is_some(),
            score: post
                .sentiment_score
                .map(|s| format!("{s:+.2}"))
                .unwrap_or_default(),
            language: post.language.clone(),
            hidden_reason: post.hidden_reason,
            is_own,
            photos,
        }
    }
}

impl CohortHeader {
    pub fn new(
        cohort: &crate::services::records::Cohort,
        brand: &crate::services::records::Brand,
        tab: &'static str,
    ) -> Self {
        CohortHeader {
            id: cohort.id,
            name: cohort.name.clone(),
            brand_id: brand.id,
            brand_name: brand.name.clone(),
            members: cohort.members_count,
            capacity: cohort.capacity,
            status: crate::domain::CohortStatus::of(cohort.members_count, cohort.capacity).label(),
            tab,
        }
    }
}

#[derive(Template)]
#[template(path = "link_request.html")]
pub struct LinkRequestPage {
    pub chrome: Chrome,
    pub email: String,
    pub errors: FieldErrors,
    pub sent: bool,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub chrome: Chrome,
    pub zones: Vec<&'static str>,
    pub current_zone: &'static str,
    pub now: String,
    pub errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "accounts.html")]
pub struct AccountsPage {
    pub chrome: Chrome,
    pub users: Vec<UserRow>,
    pub pager: Pager,
}

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

#[derive(Template)]
#[template(path = "summary.html")]
pub struct SummaryPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub months: Vec<String>,
    pub products: Vec<String>,
    pub from: String,
    pub to: String,
    pub kind: String,
    pub product: String,
    pub error: Option<String>,
    pub empty: bool,
    pub filtered: bool,
    pub k: usize,
    pub hidden_cells: usize,
    pub svg: crate::summary::chart::HeatmapSvg,
    pub trend: crate::summary::chart::TrendChart,
    pub table: Vec<SummaryTableRow>,
    pub city_themes: Vec<ThemeGroup>,
    pub band_themes: Vec<ThemeGroup>,
    pub products_view: Vec<ProductView>,
}

#[derive(Template)]
#[template(path = "brand_summary.html")]
pub struct BrandSummaryPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub k: usize,
    pub cohorts: Vec<BrandCohortRow>,
    pub svg: crate::summary::chart::HeatmapSvg,
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
pub struct UnsubscribePage {
    pub chrome: Chrome,
    pub heading: &'static str,
    pub message: &'static str,
    pub action: String,
    pub done: bool,
    pub done_message: &'static str,
}
