//! A staff member's own account: time zone, password and two-step sign-in.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::password;
use crate::config::Settings;
use crate::domain::Staff;
use crate::error::AppError;
use crate::pages::account::AccountPage;
use crate::pages::auth::{RecoveryCodesPage, TwoStepPage};
use crate::pages::{Chrome, flash, show_time};
use crate::services::accounts::{self, PasswordChange};
use crate::services::{Db, FieldErrors, now};
use crate::web::session::{CsrfForm, end_two_step_setup, restamp, two_step_setup};
use crate::web::{Account, CodeForm, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account", web::get().to(account))
        .route("/account/zone", web::post().to(set_zone))
        .route("/account/password", web::post().to(change_password))
        .route("/account/two-step", web::get().to(two_step_form))
        .route("/account/two-step", web::post().to(turn_on_two_step))
        .route("/account/two-step/off", web::post().to(turn_off_two_step))
        .route(
            "/account/recovery-codes",
            web::post().to(renew_recovery_codes),
        );
}

async fn page(
    session: &Session,
    db: &Db,
    staff: &Staff,
    errors: FieldErrors,
) -> Result<AccountPage, AppError> {
    let recovery_codes_left = if staff.two_step {
        Some(accounts::recovery_codes_left(db, staff.id).await?)
    } else {
        None
    };
    Ok(AccountPage {
        chrome: Chrome::staff(session, staff, "My account")?,
        zones: chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect(),
        current_zone: staff.time_zone.name(),
        now: show_time(now(), staff.time_zone),
        errors,
        must_change_password: staff.must_change_password,
        two_step: staff.two_step,
        recovery_codes_left,
    })
}

async fn account(
    session: Session,
    db: web::Data<Db>,
    Account(staff): Account,
) -> Result<HttpResponse, AppError> {
    render(page(&session, &db, &staff, FieldErrors::default()).await?)
}

#[derive(Deserialize)]
pub struct ZoneForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    zone: String,
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}
crate::csrf_protected!(ZoneForm, PasswordForm);

async fn set_zone(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<ZoneForm>,
    access: Result<Account, AppError>,
) -> Result<HttpResponse, AppError> {
    let Account(staff) = access?;
    let Ok(zone) = form.zone.trim().parse::<chrono_tz::Tz>() else {
        let mut errors = FieldErrors::default();
        errors.add("zone", "Choose a time zone from the list.");
        return render(page(&session, &db, &staff, errors).await?);
    };
    accounts::set_time_zone(&db, staff.id, zone).await?;
    flash(&session, format!("Times are now shown in {}.", zone.name()));
    Ok(see_other("/account"))
}

async fn change_password(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<PasswordForm>,
    access: Result<Account, AppError>,
) -> Result<HttpResponse, AppError> {
    let Account(staff) = access?;
    let mut errors = FieldErrors::default();
    errors.check("new", password::check_strength(&form.new));
    if form.new != form.confirm {
        errors.add("confirm", "The two new passwords are not the same.");
    }
    if staff.must_change_password && form.new == form.current {
        errors.add(
            "new",
            "Choose a password of your own, not the one you were given.",
        );
    }
    let new = errors.is_empty().then_some(form.new);
    match accounts::change_password(&db, staff.id, form.current, new).await? {
        PasswordChange::WrongCurrent => {
            errors.add("current", "That is not your current password.");
        }
        PasswordChange::CurrentRight => {}
        PasswordChange::Changed(stamp) => restamp(&session, &stamp)?,
    }
    if !errors.is_empty() {
        return render(page(&session, &db, &staff, errors).await?);
    }
    if staff.must_change_password {
        flash(&session, "Your own password is set. Welcome to Cohorts!");
        return Ok(see_other(&staff.home()));
    }
    flash(
        &session,
        "Your password is changed. You are signed out everywhere else.",
    );
    Ok(see_other("/account"))
}

fn two_step_page(
    session: &Session,
    settings: &Settings,
    staff: &Staff,
    error: Option<String>,
) -> Result<HttpResponse, AppError> {
    let secret = two_step_setup(session, settings)?;
    render(TwoStepPage {
        chrome: Chrome::staff(session, staff, "Two-step sign-in")?,
        qr: crate::auth::totp::setup_url(&secret, &staff.email)
            .as_deref()
            .and_then(crate::pages::qr_code),
        secret,
        error,
    })
}

async fn two_step_form(
    session: Session,
    settings: web::Data<Settings>,
    Account(staff): Account,
) -> Result<HttpResponse, AppError> {
    if staff.two_step {
        return Ok(see_other("/account"));
    }
    two_step_page(&session, &settings, &staff, None)
}

#[derive(Deserialize)]
pub struct TwoStepOffForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    password: String,
}
crate::csrf_protected!(TwoStepOffForm);

#[derive(Deserialize)]
pub struct RecoveryCodesForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    password: String,
}
crate::csrf_protected!(RecoveryCodesForm);

async fn turn_on_two_step(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    CsrfForm(form): CsrfForm<CodeForm>,
    access: Result<Account, AppError>,
) -> Result<HttpResponse, AppError> {
    let Account(staff) = access?;
    let secret = two_step_setup(&session, &settings)?;
    match accounts::turn_on_two_step(&db, &settings, staff.clone(), secret, form.code).await? {
        Ok(codes) => {
            end_two_step_setup(&session);
            recovery_codes_page(&session, &staff, codes, true)
        }
        Err(problem) => two_step_page(&session, &settings, &staff, Some(problem)),
    }
}

async fn turn_off_two_step(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<TwoStepOffForm>,
    access: Result<Account, AppError>,
) -> Result<HttpResponse, AppError> {
    let Account(staff) = access?;
    match accounts::turn_off_two_step(&db, staff, form.password).await? {
        Ok(()) => flash(
            &session,
            "Two-step sign-in is off: your password alone signs you in.",
        ),
        Err(problem) => flash(&session, problem),
    }
    Ok(see_other("/account"))
}

async fn renew_recovery_codes(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<RecoveryCodesForm>,
    access: Result<Account, AppError>,
) -> Result<HttpResponse, AppError> {
    let Account(staff) = access?;
    match accounts::renew_recovery_codes(&db, staff.clone(), form.password).await? {
        Ok(codes) => recovery_codes_page(&session, &staff, codes, false),
        Err(problem) => {
            flash(&session, problem);
            Ok(see_other("/account#two-step"))
        }
    }
}

/// The recovery codes, shown this once: no copy of the page is kept.
fn recovery_codes_page(
    session: &Session,
    staff: &Staff,
    codes: Vec<String>,
    just_turned_on: bool,
) -> Result<HttpResponse, AppError> {
    let mut page = render(RecoveryCodesPage {
        chrome: Chrome::staff(session, staff, "Your recovery codes")?,
        codes,
        just_turned_on,
    })?;
    page.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(page)
}
