//! The web layer's own parts: identity and access as extractors, the session and
//! its store, error pages, and the small helpers every handler shares.

pub mod error_page;
pub mod extract;
pub mod metrics;
pub mod session;
pub mod session_store;
pub mod uploads;

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::error::AppError;
use crate::pages::Page;

pub use extract::{
    Account, Admin, BrandReleases, BrandWith, CohortReleases, Language, MemberWith, StaffActivity,
    StaffBrand, StaffCohort, Visitor, WritingMember,
};

/// Renders a page as an HTML response, with the status the page carries.
pub fn render(page: impl Page) -> Result<HttpResponse, AppError> {
    let status = page.status();
    let body = page
        .render()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("template failed: {e}")))?;
    Ok(HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(body))
}

/// 303 See Other: the end of every successful POST.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// `?page=N` on long lists; anything unusable means page 1.
#[derive(Deserialize)]
pub struct PageQuery {
    pub page: Option<String>,
}

impl PageQuery {
    pub fn number(&self) -> i64 {
        self.page
            .as_deref()
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|p| (1..=1_000_000).contains(p))
            .unwrap_or(1)
    }
}

/// A path id: anything but a positive number is a page that does not exist.
pub fn path_id<Id: std::str::FromStr>(raw: &str) -> Result<Id, AppError> {
    raw.parse().map_err(|_| AppError::NotFound)
}

/// An image's path, `/…/{id}/{size}`: its id, and whether the thumbnail (not
/// the display size) is asked for; any other size does not exist.
pub fn image_path<Id: std::str::FromStr>(
    path: web::Path<(String, String)>,
) -> Result<(Id, bool), AppError> {
    let (raw_id, size) = path.into_inner();
    Ok((path_id(&raw_id)?, is_thumbnail(&size)?))
}

/// An image address's size: `thumb` (true) or `display`; any other is not found.
pub fn is_thumbnail(size: &str) -> Result<bool, AppError> {
    match size {
        "thumb" => Ok(true),
        "display" => Ok(false),
        _ => Err(AppError::NotFound),
    }
}

/// A JPEG only its viewer may see: their browser keeps it for an hour, no
/// shared cache does.
pub fn private_jpeg(bytes: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header((header::CACHE_CONTROL, "private, max-age=3600"))
        .body(bytes)
}

/// The second id of a path such as `/cohorts/{id}/members/{item}`.
pub fn item_id<Id: std::str::FromStr>(path: web::Path<(String, String)>) -> Result<Id, AppError> {
    path_id(&path.into_inner().1)
}

/// Form bodies whose fields are all optional text; the CSRF token comes first.
#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf_token: String,
}
crate::csrf_protected!(CsrfOnly);

/// A code from an authenticator app (signing in, turning two-step on).
#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub csrf_token: String,
    #[serde(default)]
    pub code: String,
}
crate::csrf_protected!(CodeForm);

/// The client's address for rate limits: the peer, or the first forwarded-for
/// hop when the app is configured to sit behind a trusted proxy.
pub fn client_ip(req: &HttpRequest, trust_forwarded_for: bool) -> String {
    if trust_forwarded_for
        && let Some(first) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
    {
        return first.trim().chars().take(64).collect();
    }
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// A form that adds an account with a generated password, once the service
/// has been asked: the address to show again (none once it is added) and
/// the address and password to show once. A bad or taken address is put
/// in `errors`.
pub async fn add_account<F>(
    typed: String,
    errors: &mut crate::services::FieldErrors,
    add: impl FnOnce(crate::domain::Email) -> F,
) -> Result<(String, Option<(String, String)>), AppError>
where
    F: std::future::Future<
            Output = Result<
                (
                    crate::services::accounts::CreateOutcome<crate::domain::UserId>,
                    String,
                ),
                AppError,
            >,
        >,
{
    use crate::services::accounts::CreateOutcome;
    let mut new_password = None;
    if let Some(email) = errors.check("email", crate::domain::Email::parse(&typed)) {
        match add(email.clone()).await? {
            (CreateOutcome::Created(_), password) => {
                new_password = Some((email.to_string(), password));
            }
            (CreateOutcome::Duplicate, _) => {
                errors.add("email", "An account with this email already exists.")
            }
        }
    }
    let kept = if new_password.is_some() {
        String::new()
    } else {
        typed
    };
    Ok((kept, new_password))
}
