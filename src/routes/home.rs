//! The front door, the health check and the stylesheet.

use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::config::Settings;
use crate::error::AppError;
use crate::pages::Chrome;
use crate::pages::home::HomePage;
use crate::services::{self, Db};
use crate::web::{Visitor, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/healthz", web::get().to(healthz))
        .route("/static/style.css", web::get().to(stylesheet));
}

async fn home(session: Session, visitor: Visitor) -> Result<HttpResponse, AppError> {
    if let Some(staff) = visitor.staff {
        return Ok(see_other(&staff.home()));
    }
    if visitor.member.is_some() {
        return Ok(see_other("/me"));
    }
    render(HomePage {
        chrome: Chrome::anonymous(&session, "Welcome")?,
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

async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(include_str!("../../static/style.css"))
}
