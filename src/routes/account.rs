//! A staff member's own account: time zone and password.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::password;
use crate::domain::Staff;
use crate::error::AppError;
use crate::pages::account::AccountPage;
use crate::pages::{Chrome, flash, show_time};
use crate::services::accounts::{self, PasswordChange};
use crate::services::{Db, FieldErrors, now};
use crate::web::session::{CsrfForm, restamp};
use crate::web::{Account, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/account", web::get().to(account))
        .route("/account/zone", web::post().to(set_zone))
        .route("/account/password", web::post().to(change_password));
}

fn page(session: &Session, staff: &Staff, errors: FieldErrors) -> Result<AccountPage, AppError> {
    Ok(AccountPage {
        chrome: Chrome::staff(session, staff, "My account")?,
        zones: chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect(),
        current_zone: staff.time_zone.name(),
        now: show_time(now(), staff.time_zone),
        errors,
        must_change_password: staff.must_change_password,
    })
}

async fn account(session: Session, Account(staff): Account) -> Result<HttpResponse, AppError> {
    render(page(&session, &staff, FieldErrors::default())?)
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
        return render(page(&session, &staff, errors)?);
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
        return render(page(&session, &staff, errors)?);
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
