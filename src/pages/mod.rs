//! Page structs, one per template, beside the area whose routes render them;
//! here, what every area shares: the layout's `Chrome`, times, the pager, and the
//! pages more than one area shows.

pub mod account;
pub mod activities;
pub mod admin;
pub mod auth;
pub mod brand;
pub mod cohort;
pub mod drops;
pub mod home;
pub mod invite;
pub mod member;
pub mod products;
pub mod releases;
pub mod summary;

use actix_session::Session;
use actix_web::http::StatusCode;
use askama::Template;
use std::sync::LazyLock;

use chrono::format::{Item, StrftimeItems};
use chrono::{NaiveDateTime, TimeZone};
use chrono_tz::Tz;

use crate::domain::{BrandId, CohortId, PhotoId, PostId, PostKind, Role, Staff};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::services::FieldErrors;
use crate::services::access::CurrentMember;
use crate::web::session::{chosen_language, csrf_token};

/// A page knows the status it is sent with, so every route that renders it
/// answers alike: a form sent back with its errors is 422.
pub trait Page: Template {
    fn status(&self) -> StatusCode {
        StatusCode::OK
    }
}

/// The status of a page showing a form: 422 while the form holds errors.
pub fn form_status(errors: &FieldErrors) -> StatusCode {
    if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// The status of a page that shows a form with at most one message above it.
pub fn message_status(error: &Option<String>) -> StatusCode {
    if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    }
}

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
    /// The page's language: the members' side is translated, staff pages are English.
    pub lang: Lang,
    /// Whether the page offers the language switcher (members' side).
    pub switcher: bool,
    /// The brand's look on its members' pages: its stylesheet's address.
    pub look: Option<String>,
    /// The brand's logo on its members' pages: its address and the brand's name.
    pub logo: Option<(String, String)>,
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
            lang: Lang::En,
            switcher: false,
            look: None,
            logo: None,
        })
    }

    pub fn anonymous(session: &Session, title: &str) -> Result<Self, AppError> {
        Self::build(session, title, "", String::new(), "/".into())
    }

    /// A page of the members' side for someone not signed in (joining,
    /// getting a link again): in the visitor's language, with the switcher.
    pub fn visitor(session: &Session, lang: Lang, title: &str) -> Result<Self, AppError> {
        Ok(Chrome {
            lang,
            switcher: true,
            ..Self::build(session, title, "", String::new(), "/".into())?
        })
    }

    pub fn staff(session: &Session, staff: &Staff, title: &str) -> Result<Self, AppError> {
        let role = match staff.role {
            Role::Admin => "admin",
            Role::Manager { .. } => "manager",
            Role::Observer { .. } => "observer",
        };
        Self::build(session, title, role, staff.email.clone(), staff.home())
    }

    /// A member's page whose title is the message `title_key` in their language.
    pub fn member_page(
        session: &Session,
        member: &CurrentMember,
        title_key: &str,
    ) -> Result<Self, AppError> {
        let lang = member_language(session, member);
        Self::member_in(session, member, lang, &lang.t(title_key))
    }

    pub fn member(
        session: &Session,
        member: &CurrentMember,
        title: &str,
    ) -> Result<Self, AppError> {
        Self::member_in(session, member, member_language(session, member), title)
    }

    fn member_in(
        session: &Session,
        member: &CurrentMember,
        lang: Lang,
        title: &str,
    ) -> Result<Self, AppError> {
        Ok(Chrome {
            lang,
            switcher: true,
            look: look_of(&member.brand),
            logo: logo_of(&member.brand),
            ..Self::build(
                session,
                title,
                "member",
                member.member.display_name.clone(),
                "/me".into(),
            )?
        })
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
            lang: Lang::En,
            switcher: false,
            look: None,
            logo: None,
        }
    }
}

/// A QR code of `text` (an address), as an SVG image's `data:` address that
/// the pages' content policy allows; `None` when it is too long for one.
pub fn qr_code(text: &str) -> Option<String> {
    use base64::Engine;
    qrcode::QrCode::new(text.as_bytes()).ok().map(|code| {
        let svg = code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(240, 240)
            .build();
        format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(svg)
        )
    })
}

/// A brand's logo's address, with its name for the picture's text, when it has one.
pub fn logo_of(brand: &crate::services::records::Brand) -> Option<(String, String)> {
    brand.logo_key.as_deref().map(|key| {
        (
            crate::domain::look::logo_path(brand.id, key),
            brand.name.clone(),
        )
    })
}

/// The address of a brand's stylesheet, when it has a look of its own.
fn look_of(brand: &crate::services::records::Brand) -> Option<String> {
    brand
        .accent
        .as_deref()
        .map(|accent| crate::domain::look::stylesheet_path(brand.id, accent))
}

/// A signed-in member's language: chosen in this session, else kept with
/// them (chosen before, or their browser's when they joined), else English.
pub fn member_language(session: &Session, member: &CurrentMember) -> Lang {
    chosen_language(session)
        .or_else(|| member.member.language.as_deref().and_then(Lang::parse))
        .unwrap_or_default()
}

/// Leaves a one-time message for the next page (Post/Redirect/Get).
pub fn flash(session: &Session, message: impl Into<String>) {
    let _ = session.insert(FLASH_KEY, message.into());
}

/// A time format read once rather than on every time shown (a feed page shows
/// twenty); the formats are fixed text, so reading them cannot fail.
fn format_items(format: &'static str) -> Vec<Item<'static>> {
    StrftimeItems::new(format).parse().unwrap_or_default()
}

static TIME: LazyLock<Vec<Item<'static>>> = LazyLock::new(|| format_items("%-d %b %Y, %H:%M %Z"));
static DATE: LazyLock<Vec<Item<'static>>> = LazyLock::new(|| format_items("%-d %b %Y"));

/// Times as shown on pages: stored in UTC, shown in the viewer's zone, named.
pub fn show_time(at: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&at)
        .format_with_items(TIME.iter())
        .to_string()
}

pub fn show_date(at: NaiveDateTime, zone: Tz) -> String {
    zone.from_utc_datetime(&at)
        .format_with_items(DATE.iter())
        .to_string()
}

pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

impl Pager {
    /// "Page 2 of 5", in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        lang.t_with(
            "pager-page",
            &[
                ("page", crate::i18n::Arg::Number(self.page)),
                ("pages", crate::i18n::Arg::Number(self.pages)),
            ],
        )
    }

    /// The pager under a page read from a service (which chose the page).
    pub fn of<T>(paged: &crate::services::Paged<T>) -> Self {
        Pager {
            page: paged.page,
            pages: paged.pages(),
            total: paged.total,
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
    /// A link that puts it right, and its label.
    pub next: Option<(&'static str, String)>,
}

impl ErrorPage {
    fn code(&self) -> String {
        self.chrome.lang.t_with(
            "error-code",
            &[("status", crate::i18n::Arg::Number(i64::from(self.status)))],
        )
    }
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

/// A post as the feed shows it, borrowing the text of the (kept) feed row.
pub struct FeedItem<'a> {
    pub id: PostId,
    pub author: &'a str,
    pub is_review: bool,
    pub product: &'a str,
    pub stars: &'static str,
    pub rating: i32,
    pub title: &'a str,
    pub body: &'a str,
    pub created: String,
    pub edited: bool,
    pub hidden_reason: Option<&'a str>,
    pub is_own: bool,
    /// The label that counts in figures, and whether a manager set it.
    pub label: &'static str,
    pub corrected: bool,
    pub score: String,
    pub language: &'a str,
    /// Ids of the post's photos, in order.
    pub photos: &'a [PhotoId],
    /// Staff only: its author was under 18 when they wrote it.
    pub minor: bool,
    /// Staff only: pinned to the cohort's highlights board.
    pub highlighted: bool,
}

/// A rating of 0 to 5 as stars.
const STARS: [&str; 6] = ["☆☆☆☆☆", "★☆☆☆☆", "★★☆☆☆", "★★★☆☆", "★★★★☆", "★★★★★"];

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

impl Page for ConfirmPage {}

impl<'a> FeedItem<'a> {
    /// The text of the post's `n`-th photo, for those who cannot see it.
    pub fn photo_alt(&self, lang: Lang, n: usize) -> String {
        use crate::i18n::Arg;
        lang.t_with(
            "feed-photo-alt",
            &[
                ("n", Arg::Number(n.try_into().unwrap_or(i64::MAX))),
                (
                    "count",
                    Arg::Number(self.photos.len().try_into().unwrap_or(i64::MAX)),
                ),
                ("author", Arg::Text(self.author)),
            ],
        )
    }

    /// As staff see it: with the "under 18" mark safeguarding needs, and
    /// whether it is on the highlights board.
    pub fn for_staff(row: &'a crate::services::posts::FeedRow, zone: Tz) -> Self {
        FeedItem {
            minor: row.post.age_band.is_minor(),
            highlighted: row.post.highlighted_at.is_some(),
            ..Self::of(row, false, show_time(row.post.created_at, zone))
        }
    }

    /// A post as a viewer sees it; `created` is when it was written, as the
    /// viewer reads times.
    pub fn of(row: &'a crate::services::posts::FeedRow, is_own: bool, created: String) -> Self {
        let post = &row.post;
        let label = crate::domain::post::effective_label(post.label_override, post.sentiment_label)
            .as_str();
        let rating = post.rating.unwrap_or(0).clamp(0, 5);
        FeedItem {
            id: post.id,
            author: &row.author,
            is_review: post.kind == PostKind::Review,
            product: post.product.as_deref().unwrap_or_default(),
            stars: STARS[rating as usize],
            rating,
            title: post.title.as_deref().unwrap_or_default(),
            body: &post.body,
            created,
            edited: post.updated_at > post.created_at,
            label,
            corrected: post.label_override.is_some(),
            score: post
                .sentiment_score
                .map(|s| format!("{s:+.2}"))
                .unwrap_or_default(),
            language: &post.language,
            hidden_reason: post.hidden_reason.as_deref(),
            is_own,
            photos: &row.photos,
            minor: false,
            highlighted: false,
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
            status: crate::domain::CohortStatus::of(
                cohort.members_count,
                cohort.capacity,
                cohort.closed_at.is_some(),
            )
            .label(),
            tab,
        }
    }
}
