use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::auth::password;
use crate::auth::session::{CsrfForm, current_staff, sign_in_staff, sign_out};
use crate::config::Settings;
use crate::db::models::users;
use crate::db::{DbPool, with_conn};
use crate::error::AppError;
use crate::routes::{CsrfOnly, client_ip, render, render_with_status, see_other};
use crate::services::accounts;
use crate::templates::{Chrome, LoginPage};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/login", web::get().to(login_form))
        .route("/login", web::post().to(login))
        .route("/logout", web::post().to(logout));
}

async fn login_form(session: Session, pool: web::Data<DbPool>) -> Result<HttpResponse, AppError> {
    if let Some(staff) = current_staff(&session, &pool).await? {
        return Ok(see_other(&Chrome::staff(&session, &staff, "")?.home));
    }
    render(LoginPage {
        chrome: Chrome::anonymous(&session, "Sign in")?,
        email: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}
crate::csrf_protected!(LoginForm);

async fn login(
    req: HttpRequest,
    session: Session,
    pool: web::Data<DbPool>,
    settings: web::Data<Settings>,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let ip = client_ip(&req, settings.trust_forwarded_for);
    let throttle_ip = ip.clone();
    if with_conn(&pool, move |conn| {
        accounts::is_throttled(conn, &throttle_ip)
    })
    .await?
    {
        return Err(AppError::TooManyRequests);
    }
    let email = form.email.trim().to_lowercase();
    let lookup = email.clone();
    let user = with_conn(&pool, move |conn| Ok(users::find_by_email(conn, &lookup)?)).await?;
    // Always verify (against a dummy hash for unknown emails) so timing reveals nothing.
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let password_ok = password::verify(form.password.chars().take(256).collect(), stored).await?;
    match user {
        Some(user) if password_ok && user.disabled_at.is_none() => {
            sign_in_staff(&session, user.id)?;
            Ok(see_other("/"))
        }
        _ => {
            with_conn(&pool, move |conn| accounts::record_failure(conn, &ip)).await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                LoginPage {
                    chrome: Chrome::anonymous(&session, "Sign in")?,
                    email,
                    error: Some("That email and password do not match an active account.".into()),
                },
            )
        }
    }
}

async fn logout(session: Session, CsrfForm(_): CsrfForm<CsrfOnly>) -> HttpResponse {
    sign_out(&session);
    see_other("/login")
}
