//! HTTP handlers, one module per area. A handler parses input into domain types,
//! calls one use case and renders one page.

pub mod account;
pub mod admin;
pub mod auth;
pub mod brand;
pub mod cohort;
pub mod export;
pub mod invite;
pub mod member;
pub mod photo;
pub mod summary;

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db::DbPool;
use crate::error::AppError;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/healthz", web::get().to(healthz))
        .route("/static/style.css", web::get().to(stylesheet));
    auth::configure(cfg);
    account::configure(cfg);
    admin::configure(cfg);
    brand::configure(cfg);
    cohort::configure(cfg);
    export::configure(cfg);
    invite::configure(cfg);
    member::configure(cfg);
    photo::configure(cfg);
    summary::configure(cfg);
}

/// Renders a page as a 200 HTML response.
pub fn render<T: Template>(page: T) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type(ContentType::html())
        .body(page.render()?))
}

/// Renders a page with another status, for a form sent back with its errors.
pub fn render_with_status<T: Template>(
    status: actix_web::http::StatusCode,
    page: T,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type(ContentType::html())
        .body(page.render()?))
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
pub fn path_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(AppError::NotFound)
}

/// Form bodies whose fields are all optional text; the CSRF token comes first.
#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf_token: String,
}
crate::csrf_protected!(CsrfOnly);

async fn home(
    session: actix_session::Session,
    pool: web::Data<DbPool>,
) -> Result<HttpResponse, AppError> {
    if let Some(staff) = crate::auth::session::current_staff(&session, &pool).await? {
        let chrome = crate::templates::Chrome::staff(&session, &staff, "Home")?;
        return Ok(see_other(&chrome.home));
    }
    if crate::auth::session::current_member(&session, &pool)
        .await?
        .is_some()
    {
        return Ok(see_other("/me"));
    }
    render(crate::templates::HomePage {
        chrome: crate::templates::Chrome::anonymous(&session, "Welcome")?,
    })
}

async fn healthz(
    pool: web::Data<DbPool>,
    settings: web::Data<crate::config::Settings>,
) -> HttpResponse {
    let backend = settings.database_url.backend_name();
    let answered = crate::db::with_conn(&pool, |conn| {
        use diesel::connection::SimpleConnection;
        // Reads a real table, so a broken database file is noticed too.
        conn.batch_execute("SELECT id FROM brands LIMIT 1")?;
        Ok(())
    })
    .await;
    match answered {
        Ok(()) => HttpResponse::Ok().json(serde_json::json!({"status": "ok", "database": backend})),
        Err(_) => HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({"status": "unavailable", "database": backend})),
    }
}

async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(include_str!("../../static/style.css"))
}

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
