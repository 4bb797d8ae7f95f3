//! A staff member's own account: time zone and password.

use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::Staff;
use crate::auth::password;
use crate::auth::session::{CsrfForm, require_staff};
use crate::db::models::users;
use crate::db::{DbPool, with_conn, write_tx};
use crate::error::AppError;
use crate::routes::{render, render_with_status, see_other};
use crate::services::{FieldErrors, now};
use crate::templates::{AccountPage, Chrome, flash, show_time};

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
    })
}

async fn account(session: Session, pool: web::Data<DbPool>) -> Result<HttpResponse, AppError> {
    let staff = require_staff(&session, &pool).await?;
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
    pool: web::Data<DbPool>,
    CsrfForm(form): CsrfForm<ZoneForm>,
) -> Result<HttpResponse, AppError> {
    let staff = require_staff(&session, &pool).await?;
    let Ok(zone) = form.zone.trim().parse::<chrono_tz::Tz>() else {
        let mut errors = FieldErrors::default();
        errors.add("zone", "Choose a time zone from the list.");
        return render_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            page(&session, &staff, errors)?,
        );
    };
    let id = staff.id;
    with_conn(&pool, move |conn| {
        write_tx(conn, |conn| {
            Ok(users::set_time_zone(conn, id, zone.name())?)
        })
    })
    .await?;
    flash(&session, format!("Times are now shown in {}.", zone.name()));
    Ok(see_other("/account"))
}

async fn change_password(
    session: Session,
    pool: web::Data<DbPool>,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let staff = require_staff(&session, &pool).await?;
    let id = staff.id;
    let stored = with_conn(&pool, move |conn| Ok(users::find(conn, id)?))
        .await?
        .map(|u| u.password_hash);
    let mut errors = FieldErrors::default();
    if !password::verify(form.current.chars().take(256).collect(), stored).await? {
        errors.add("current", "That is not your current password.");
    }
    errors.check("new", password::check_strength(&form.new));
    if form.new != form.confirm {
        errors.add("confirm", "The two new passwords are not the same.");
    }
    if !errors.is_empty() {
        return render_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            page(&session, &staff, errors)?,
        );
    }
    let hash = password::hash(form.new).await?;
    with_conn(&pool, move |conn| {
        write_tx(conn, |conn| Ok(users::set_password_hash(conn, id, &hash)?))
    })
    .await?;
    flash(&session, "Your password is changed.");
    Ok(see_other("/account"))
}
