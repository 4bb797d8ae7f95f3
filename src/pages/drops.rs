//! Drops: the staff's list and form, the report of what travelled, the
//! member's share page, and the public landing page of a share link.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{BrandId, DropId, ProductId};
use crate::i18n::Lang;
use crate::pages::{Chrome, Page, Pager, form_status};
use crate::services::FieldErrors;
use crate::services::drops::Travel;

/// One drop in the staff's list.
pub struct DropRow {
    pub id: DropId,
    pub title: String,
    pub tags: String,
    pub product: Option<String>,
    pub has_picture: bool,
    /// When it goes (or went) out, in the viewer's zone.
    pub live_from: String,
    pub out: bool,
    pub links: i64,
}

#[derive(Default)]
pub struct DropForm {
    pub title: String,
    pub body: String,
    pub tags: String,
    pub product: String,
    pub live_from: String,
    pub target: String,
    /// A site being added to those drops may link to.
    pub domain: String,
}

#[derive(Template)]
#[template(path = "drops.html")]
pub struct DropsPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub drops: Vec<DropRow>,
    pub pager: crate::pages::Pager,
    /// The list's address, for the pager's links.
    pub base: String,
    pub products: Vec<(ProductId, String)>,
    pub zone: String,
    /// The sites drops may link to.
    pub domains: Vec<String>,
    pub form: DropForm,
    pub errors: FieldErrors,
}

impl Page for DropsPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

/// A row of the report: a group's name and its figures.
pub struct TravelRow {
    pub name: String,
    pub detail: String,
    pub travel: Travel,
}

impl TravelRow {
    pub fn per_share(&self) -> String {
        format!("{:.1}", self.travel.clicks_per_share())
    }
}

#[derive(Template)]
#[template(path = "share_report.html")]
pub struct ShareReportPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub k: usize,
    pub total: TravelRow,
    pub drops: Vec<TravelRow>,
    pub drops_hidden: usize,
    pub segments: Vec<TravelRow>,
    pub segments_hidden: usize,
    pub topics: Vec<TravelRow>,
    pub products: Vec<TravelRow>,
    /// Generation and its clicks.
    pub generations: Vec<(i32, i64)>,
    /// Day, clicks, previews.
    pub days: Vec<(String, i64, i64)>,
    /// Terms of posts that mention a drop, and how clearly each stands out:
    /// for all members, then by city and age band.
    pub mention_themes: Vec<(String, Vec<(String, String)>)>,
}

impl Page for ShareReportPage {}

/// A drop on the member's share page.
pub struct MemberDropItem {
    pub id: DropId,
    pub title: String,
    pub body: String,
    pub product: Option<String>,
    pub has_picture: bool,
    /// Their link, in full, once they took one.
    pub link: Option<String>,
}

#[derive(Template)]
#[template(path = "member_share.html")]
pub struct MemberSharePage {
    pub chrome: Chrome,
    pub sharing_on: bool,
    pub drops: Vec<MemberDropItem>,
    pub pager: Pager,
}

impl Page for MemberSharePage {}

/// The public page a share link answers with: no session, no cookie, nothing
/// fetched from elsewhere.
#[derive(Template)]
#[template(path = "drop_landing.html")]
pub struct LandingPage {
    pub lang: Lang,
    pub drop_id: DropId,
    pub brand_name: String,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
    pub product: Option<String>,
    /// The picture's full address, for chat apps' previews.
    pub picture: Option<String>,
    /// This page's full address.
    pub url: String,
    /// The full address the visitor may pass on, when the chain goes on.
    pub pass_on: Option<String>,
    /// The drop's page on the brand's site, and the site's name.
    pub target: Option<(String, String)>,
    /// The brand's stylesheet, when it has a look of its own.
    pub look: Option<String>,
    pub logo: Option<String>,
}

impl Page for LandingPage {}
