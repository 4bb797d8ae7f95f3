//! The front door, the health check and operators' metrics, the files served
//! from the binary, and the members' side's language switcher.

use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use crate::config::Settings;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pages::Chrome;
use crate::pages::home::HomePage;
use crate::services::{self, Db, membership};
use crate::web::metrics::Metrics;
use crate::web::session::{CsrfForm, choose_language};
use crate::web::{Language, Visitor, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/healthz", web::get().to(healthz))
        .route("/static/style.css", web::get().to(stylesheet))
        .route("/static/app.js", web::get().to(script))
        .route("/static/icon.svg", web::get().to(icon))
        .route("/manifest.webmanifest", web::get().to(manifest))
        .route("/metrics", web::get().to(metrics))
        .route("/language", web::post().to(change_language));
}

#[derive(Deserialize)]
pub struct LanguageFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    lang: String,
}
crate::csrf_protected!(LanguageFields);

/// Switches the members' side to another language for this session and, for
/// a signed-in member, from now on (their mails too); back to the page it was
/// asked from.
async fn change_language(
    req: HttpRequest,
    session: Session,
    db: web::Data<Db>,
    visitor: Visitor,
    CsrfForm(fields): CsrfForm<LanguageFields>,
) -> Result<HttpResponse, AppError> {
    let lang = Lang::parse(&fields.lang)
        .ok_or_else(|| AppError::BadRequest("Choose a language from the list.".into()))?;
    choose_language(&session, lang)?;
    if let Some(current) = visitor.member {
        membership::set_language(&db, current.member.id, lang).await?;
    }
    Ok(see_other(&page_asked_from(&req)))
}

/// The path of the page a form was sent from (its `Referer`), else the start
/// page: only the path is kept, so it never leads to another site.
fn page_asked_from(req: &HttpRequest) -> String {
    req.headers()
        .get(header::REFERER)
        .and_then(|value| value.to_str().ok())
        .and_then(|referer| url::Url::parse(referer).ok())
        .map(|url| match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        })
        .filter(|path| path.starts_with('/') && !path.starts_with("//"))
        .unwrap_or_else(|| "/".into())
}

async fn home(
    session: Session,
    visitor: Visitor,
    lang: Language,
) -> Result<HttpResponse, AppError> {
    if let Some(staff) = visitor.staff {
        return Ok(see_other(&staff.home()));
    }
    if visitor.member.is_some() {
        return Ok(see_other("/me"));
    }
    render(HomePage {
        chrome: Chrome::visitor(&session, lang.0, &lang.0.t("start-title"))?,
    })
}

async fn healthz(db: web::Data<Db>, settings: web::Data<Settings>) -> HttpResponse {
    let backend = settings.database_url.backend_name();
    if services::database_answers(&db).await {
        HttpResponse::Ok().json(serde_json::json!({"status": "ok", "database": backend}))
    } else {
        HttpResponse::ServiceUnavailable()
            .json(serde_json::json!({"status": "unavailable", "database": backend}))
    }
}

/// A file served from the binary, cached for an hour.
fn asset(content_type: &'static str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(body)
}

async fn stylesheet() -> HttpResponse {
    asset(
        "text/css; charset=utf-8",
        include_str!("../../static/style.css"),
    )
}

async fn script() -> HttpResponse {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("../../static/app.js"),
    )
}

async fn icon() -> HttpResponse {
    asset("image/svg+xml", include_str!("../../static/icon.svg"))
}

/// "Add to home screen": members open their cohort like an app.
async fn manifest() -> HttpResponse {
    asset(
        "application/manifest+json",
        include_str!("../../static/manifest.webmanifest"),
    )
}

/// Metrics for operators, with the configured bearer token only; without a
/// token configured there is no such page.
async fn metrics(
    req: HttpRequest,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    metrics: web::Data<Metrics>,
) -> Result<HttpResponse, AppError> {
    let Some(expected) = settings.metrics_token.as_deref() else {
        return Err(AppError::NotFound);
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .unwrap_or_default();
    if !bool::from(given.as_bytes().ct_eq(expected.as_bytes())) {
        return Err(AppError::Forbidden(
            "Metrics need the operator's token: send it as “Authorization: Bearer …”.".into(),
        ));
    }
    let (outbox, connections) = services::outbox::health(&db).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(metrics.render(&outbox, connections)))
}
