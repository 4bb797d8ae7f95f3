//! First run: the signed setup link creates the first admin in the browser.
//! It works while no admin exists; the command line (`create-admin`) stays.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::password;
use crate::config::Settings;
use crate::domain::Email;
use crate::error::AppError;
use crate::pages::auth::SetupPage;
use crate::pages::{Chrome, flash};
use crate::services::accounts::{self, setup_done};
use crate::services::{Db, FieldErrors};
use crate::web::session::{CsrfForm, sign_in_staff};
use crate::web::{render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/setup/{code}", web::get().to(setup_form))
        .route("/setup/{code}", web::post().to(set_up));
}

/// The link's code when it is the right one (whether an admin exists yet
/// is the use case's to say).
fn signed_code(settings: &Settings, code: String) -> Result<String, AppError> {
    if settings.link_signer().verify_setup(&code) {
        Ok(code)
    } else {
        Err(AppError::NotFound)
    }
}

fn page(
    session: &Session,
    code: String,
    email: String,
    errors: FieldErrors,
) -> Result<SetupPage, AppError> {
    Ok(SetupPage {
        chrome: Chrome::anonymous(session, "Set up Cohorts")?,
        code,
        email,
        errors,
    })
}

async fn setup_form(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let code = signed_code(&settings, code.into_inner())?;
    if !accounts::needs_first_admin(&db).await? {
        return Err(setup_done());
    }
    render(page(&session, code, String::new(), FieldErrors::default())?)
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}
crate::csrf_protected!(SetupForm);

async fn set_up(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    code: web::Path<String>,
    CsrfForm(form): CsrfForm<SetupForm>,
) -> Result<HttpResponse, AppError> {
    let code = signed_code(&settings, code.into_inner())?;
    let mut errors = FieldErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    errors.check("password", password::check_strength(&form.password));
    if form.password != form.confirm {
        errors.add("confirm", "The two passwords are not the same.");
    }
    let typed = form.email.trim().to_string();
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return render(page(&session, code, typed, errors)?);
    };
    match accounts::create_first_admin(&db, email, form.password).await? {
        Some((user_id, stamp)) => {
            sign_in_staff(&session, user_id, &stamp)?;
            flash(
                &session,
                "Cohorts is set up and you are its admin. Start by adding a brand and its manager.",
            );
            Ok(see_other("/admin"))
        }
        None => {
            errors.add(
                "email",
                "That address belongs to another account: choose another.",
            );
            render(page(&session, code, typed, errors)?)
        }
    }
}
