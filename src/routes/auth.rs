//! Staff sign-in and sign-out.

use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::config::Settings;
use crate::error::AppError;
use crate::pages::auth::{LoginCodePage, LoginPage};
use crate::pages::{Chrome, flash};
use crate::services::Db;
use crate::services::accounts::{self, SignIn};
use crate::web::session::{CsrfForm, await_code, code_pending, sign_in_staff, sign_out};
use crate::web::{CodeForm, CsrfOnly, Visitor, client_ip, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/login", web::get().to(login_form))
        .route("/login", web::post().to(login))
        .route("/login/code", web::get().to(code_form))
        .route("/login/code", web::post().to(login_with_code))
        .route("/logout", web::post().to(logout));
}

async fn login_form(session: Session, visitor: Visitor) -> Result<HttpResponse, AppError> {
    if let Some(staff) = visitor.staff {
        return Ok(see_other(&staff.home()));
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
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let ip = client_ip(&req, settings.trust_forwarded_for);
    let email = form.email.trim().to_lowercase();
    match accounts::sign_in(&db, ip, email.clone(), form.password).await? {
        SignIn::Throttled => Err(AppError::TooManyRequests),
        SignIn::Accepted(user_id, stamp) => {
            sign_in_staff(&session, user_id, &stamp)?;
            Ok(see_other("/"))
        }
        SignIn::CodeNeeded(user_id) => {
            await_code(&session, user_id)?;
            Ok(see_other("/login/code"))
        }
        SignIn::Refused => render(LoginPage {
            chrome: Chrome::anonymous(&session, "Sign in")?,
            email,
            error: Some("That email and password do not match an active account.".into()),
        }),
    }
}

async fn code_form(session: Session) -> Result<HttpResponse, AppError> {
    if code_pending(&session).is_none() {
        return Ok(see_other("/login"));
    }
    render(LoginCodePage {
        chrome: Chrome::anonymous(&session, "Sign-in code")?,
        error: None,
    })
}

async fn login_with_code(
    req: HttpRequest,
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let Some(user_id) = code_pending(&session) else {
        flash(
            &session,
            "Signing in took too long: enter your email and password again.",
        );
        return Ok(see_other("/login"));
    };
    let ip = client_ip(&req, settings.trust_forwarded_for);
    match accounts::sign_in_with_code(&db, &settings, ip, user_id, form.code).await? {
        SignIn::Throttled => Err(AppError::TooManyRequests),
        SignIn::Accepted(user_id, stamp) => {
            sign_in_staff(&session, user_id, &stamp)?;
            Ok(see_other("/"))
        }
        SignIn::CodeNeeded(_) | SignIn::Refused => render(LoginCodePage {
            chrome: Chrome::anonymous(&session, "Sign-in code")?,
            error: Some(
                "That code does not match, or was used already. Type the six digits your app shows now, or a recovery code you have not used."
                    .into(),
            ),
        }),
    }
}

async fn logout(session: Session, CsrfForm(_): CsrfForm<CsrfOnly>) -> HttpResponse {
    sign_out(&session);
    flash(&session, "You are signed out.");
    see_other("/login")
}
