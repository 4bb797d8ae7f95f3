//! Staff accounts: admins, brand managers, brands, sign-in with throttling.

use chrono::Duration;

use crate::db::models::{brands, login_attempts, users};
use crate::db::{DbConn, is_unique_violation, write_tx};
use crate::domain::Email;
use crate::error::AppError;
use crate::services::now;

/// Failed sign-ins allowed per address per minute; the next one is refused.
pub const FAILURES_PER_MINUTE: i64 = 6;

pub enum CreateOutcome {
    Created(i64),
    Duplicate,
}

pub fn create_user(
    conn: &mut DbConn,
    email: &Email,
    password_hash: &str,
    role: &str,
    brand_id: Option<i64>,
) -> Result<CreateOutcome, AppError> {
    write_tx(conn, |conn| {
        if let Some(brand_id) = brand_id {
            brands::find(conn, brand_id)?;
        }
        match users::insert(
            conn,
            users::NewUser {
                email: email.as_str(),
                password_hash,
                role,
                brand_id,
            },
            now(),
        ) {
            Ok(id) => Ok(CreateOutcome::Created(id)),
            Err(e) if is_unique_violation(&e) => Ok(CreateOutcome::Duplicate),
            Err(e) => Err(e.into()),
        }
    })
}

/// Creates an admin, or resets the password of the existing admin with that email.
pub fn upsert_admin(
    conn: &mut DbConn,
    email: &Email,
    password_hash: &str,
) -> Result<i64, AppError> {
    write_tx(conn, |conn| {
        match users::find_by_email(conn, email.as_str())? {
            Some(user) if user.role == users::ROLE_ADMIN => {
                users::set_password_hash(conn, user.id, password_hash)?;
                users::set_disabled(conn, user.id, None)?;
                Ok(user.id)
            }
            Some(_) => Err(AppError::Conflict(format!(
                "{email} already belongs to a brand manager."
            ))),
            None => Ok(users::insert(
                conn,
                users::NewUser {
                    email: email.as_str(),
                    password_hash,
                    role: users::ROLE_ADMIN,
                    brand_id: None,
                },
                now(),
            )?),
        }
    })
}

pub fn create_brand(
    conn: &mut DbConn,
    name: &str,
    anonymity_k: i32,
) -> Result<CreateOutcome, AppError> {
    write_tx(conn, |conn| {
        match brands::insert(conn, name, anonymity_k, now()) {
            Ok(id) => Ok(CreateOutcome::Created(id)),
            Err(e) if is_unique_violation(&e) => Ok(CreateOutcome::Duplicate),
            Err(e) => Err(e.into()),
        }
    })
}

pub fn set_disabled(conn: &mut DbConn, user_id: i64, disabled: bool) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let stamp = disabled.then(now);
        match users::set_disabled(conn, user_id, stamp)? {
            0 => Err(AppError::NotFound),
            _ => Ok(()),
        }
    })
}

/// Whether this address has used up its failed sign-ins for the last minute.
pub fn is_throttled(conn: &mut DbConn, ip: &str) -> Result<bool, AppError> {
    let since = now() - Duration::seconds(60);
    Ok(login_attempts::failures_since(conn, ip, since)? >= FAILURES_PER_MINUTE)
}

pub fn record_failure(conn: &mut DbConn, ip: &str) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let current = now();
        login_attempts::record_failure(conn, ip, current)?;
        login_attempts::prune_before(conn, current - Duration::hours(1))?;
        Ok(())
    })
}

/// Changes a brand's anonymity threshold (3 or more), audit-logged.
pub fn set_anonymity_k(
    conn: &mut DbConn,
    admin: &crate::auth::Staff,
    brand_id: i64,
    anonymity_k: i32,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let brand = brands::find(conn, brand_id)?;
        brands::set_anonymity_k(conn, brand_id, anonymity_k)?;
        crate::db::models::audit::insert(
            conn,
            crate::db::models::audit::NewEntry {
                actor_id: Some(admin.id),
                actor: &admin.email,
                action: "change anonymity threshold",
                brand_id: Some(brand_id),
                subject: &format!("brand {} ({brand_id})", brand.name),
                details: &format!("{} → {anonymity_k} members", brand.anonymity_k),
            },
            now(),
        )?;
        Ok(())
    })
}
