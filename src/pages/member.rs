//! What a member sees: their cohort's feed and their posts, their account, their link.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{PostId, ProductId};
use crate::pages::{Chrome, FeedItem, Page, Pager, form_status};
use crate::services::FieldErrors;

#[derive(Default)]
pub struct PostForm {
    pub kind: String,
    /// The chosen product's id, as sent.
    pub product: String,
    /// The products a review may name.
    pub products: Vec<(ProductId, String)>,
    pub rating: String,
    pub title: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "member_home.html")]
pub struct MemberHomePage<'a> {
    pub chrome: Chrome,
    pub cohort_name: String,
    pub brand_name: String,
    pub theme: String,
    pub items: Vec<FeedItem<'a>>,
    pub pager: Pager,
    pub form: PostForm,
    pub errors: FieldErrors,
    /// Sent back with the form so that sending it twice posts once.
    pub submission_key: String,
    /// Their own posts staff hid: what, why and when.
    pub hidden: Vec<HiddenPost>,
    /// Products sent to them that they have not said arrived.
    pub sent: Vec<SentProduct>,
    /// What the brand asks of them: open activities first, done ones after.
    pub todo: Vec<crate::pages::activities::TodoLine>,
    /// In a closed cohort: that it closed, and the day it is deleted.
    pub closed_notice: Option<String>,
}

pub struct SentProduct {
    pub id: i64,
    pub product: String,
    pub when: String,
    /// Whether everyone may review it already.
    pub released: bool,
}

pub struct HiddenPost {
    pub excerpt: String,
    pub reason: String,
    pub when: String,
}

impl Page for MemberHomePage<'_> {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

#[derive(Template)]
#[template(path = "edit_post.html")]
pub struct EditPostPage {
    pub chrome: Chrome,
    pub post_id: PostId,
    pub form: PostForm,
    pub errors: FieldErrors,
}

impl Page for EditPostPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

#[derive(Template)]
#[template(path = "member_account.html")]
pub struct MemberAccountPage {
    pub chrome: Chrome,
    pub cohort_name: String,
    /// What is kept about them, in words: (label, value).
    pub kept: Vec<(String, String)>,
    pub has_email: bool,
    pub nudges_on: bool,
    /// Where the member lives and the zone their times are shown in, in words.
    pub zone_text: String,
    /// The zone times are shown in now.
    pub zone: String,
    /// The country's zones to pick from (none when it has one).
    pub zones: Vec<&'static str>,
    /// A zone was sent that is not in the list.
    pub zone_error: bool,
}

/// A zone not in the list comes back with its message.
impl Page for MemberAccountPage {
    fn status(&self) -> StatusCode {
        if self.zone_error {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
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

impl Page for LinkRequestPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
pub struct UnsubscribePage {
    pub chrome: Chrome,
    pub heading: String,
    pub message: String,
    pub action: String,
    pub done: bool,
    pub done_message: String,
}

impl Page for UnsubscribePage {}

/// A member reporting a post to the organisers.
#[derive(Template)]
#[template(path = "report_post.html")]
pub struct ReportPostPage {
    pub chrome: Chrome,
    pub post_id: crate::domain::PostId,
    /// (value, label) of each reason.
    pub reasons: Vec<(&'static str, String)>,
    pub chosen: String,
    /// Sent without a reason.
    pub error: bool,
}

impl Page for ReportPostPage {
    fn status(&self) -> StatusCode {
        if self.error {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        }
    }
}
