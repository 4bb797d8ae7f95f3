//! Staff accounts: admins, brand managers, brands, sign-in with throttling.

use std::sync::Arc;

use chrono::Duration;

use crate::auth::password;
use crate::auth::recovery;
use crate::auth::token::Stamp;
use crate::auth::totp::SecretSeal;
use crate::config::Settings;
use crate::db::models::{audit, brands, login_attempts, recovery_codes, users};
use crate::db::{DbConn, is_unique_violation, write_tx};
use crate::domain::activity::ParticipationTarget;
use crate::domain::{BrandId, Email, EpsilonPerMonth, Staff, StaffRole, UserId};
use crate::error::AppError;
use crate::photos::store::PhotoStore;
use crate::services::photos as photo_service;
use crate::services::{Db, Paged, now};

/// Failed sign-ins allowed per address per minute; the next one is refused.
pub const FAILURES_PER_MINUTE: i64 = 6;

/// A new account or brand, or the reason there is none.
pub enum CreateOutcome<Id> {
    Created(Id),
    Duplicate,
}

pub fn create_user(
    conn: &mut DbConn,
    email: &Email,
    password_hash: &str,
    role: StaffRole,
    brand_id: Option<BrandId>,
) -> Result<CreateOutcome<UserId>, AppError> {
    write_tx(conn, |conn| {
        insert_user(conn, email, password_hash, role, brand_id)
    })
}

/// `create_user` inside a transaction the caller holds.
fn insert_user(
    conn: &mut DbConn,
    email: &Email,
    password_hash: &str,
    role: StaffRole,
    brand_id: Option<BrandId>,
) -> Result<CreateOutcome<UserId>, AppError> {
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
}

/// Creates an admin, or resets the password of the existing admin with that email.
pub fn upsert_admin(
    conn: &mut DbConn,
    email: &Email,
    password_hash: &str,
) -> Result<UserId, AppError> {
    write_tx(conn, |conn| {
        match users::find_by_email(conn, email.as_str())? {
            Some(user) if user.role == StaffRole::Admin => {
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
                    role: StaffRole::Admin,
                    brand_id: None,
                },
                now(),
            )?),
        }
    })
}

/// Whether Cohorts still needs its first admin (the setup link works until then).
pub async fn needs_first_admin(db: &Db) -> Result<bool, AppError> {
    Ok(!db.run(|conn| Ok(users::admin_exists(conn)?)).await?)
}

/// The first admin, created in the browser through the setup link: refused
/// once any admin exists, so the link works once. Gives what to sign in
/// with, or `None` when the address already belongs to another account.
pub async fn create_first_admin(
    db: &Db,
    email: Email,
    password_given: String,
) -> Result<Option<(UserId, Stamp)>, AppError> {
    let hash = password::hash(password_given).await?;
    let stamp = Stamp::of(&hash);
    let created = db
        .write(move |conn| {
            if users::admin_exists(conn)? {
                return Err(setup_done());
            }
            if users::find_by_email(conn, email.as_str())?.is_some() {
                return Ok(None);
            }
            Ok(Some(users::insert(
                conn,
                users::NewUser {
                    email: email.as_str(),
                    password_hash: &hash,
                    role: StaffRole::Admin,
                    brand_id: None,
                },
                now(),
            )?))
        })
        .await?;
    Ok(created.map(|id| (id, stamp)))
}

/// What the setup link answers once an admin exists.
pub fn setup_done() -> AppError {
    AppError::Gone("Cohorts is set up: its first admin exists. Sign in at /login.".into())
}

pub fn create_brand(
    conn: &mut DbConn,
    name: &str,
    anonymity_k: i32,
) -> Result<CreateOutcome<BrandId>, AppError> {
    write_tx(conn, |conn| {
        match brands::insert(conn, name, anonymity_k, now()) {
            Ok(id) => Ok(CreateOutcome::Created(id)),
            Err(e) if is_unique_violation(&e) => Ok(CreateOutcome::Duplicate),
            Err(e) => Err(e.into()),
        }
    })
}

pub fn set_disabled(conn: &mut DbConn, user_id: UserId, disabled: bool) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let stamp = disabled.then(now);
        match users::set_disabled(conn, user_id, stamp)? {
            0 => Err(AppError::NotFound),
            _ => Ok(()),
        }
    })
}

/// Claims a sign-in attempt for this address, before any password is checked:
/// the attempt is stored (and committed) first and only then are the address's
/// attempts of the last minute counted, so of any number sent at once only the
/// first `FAILURES_PER_MINUTE` to be stored can see a count within the limit.
/// `None` when the address has used up its attempts.
fn claim_attempt(conn: &mut DbConn, ip: &str) -> Result<Option<i64>, AppError> {
    let current = now();
    let attempt = write_tx(conn, |conn| {
        login_attempts::prune_before(conn, current - Duration::hours(1))?;
        Ok(login_attempts::record(conn, ip, current)?)
    })?;
    let recent = login_attempts::count_since(conn, ip, current - Duration::seconds(60))?;
    Ok((recent <= FAILURES_PER_MINUTE).then_some(attempt))
}

/// Changes a brand's anonymity threshold (3 or more), audit-logged.
pub fn set_anonymity_k(
    conn: &mut DbConn,
    admin: &Staff,
    brand_id: BrandId,
    anonymity_k: i32,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        let brand = brands::find(conn, brand_id)?;
        brands::set_anonymity_k(conn, brand_id, anonymity_k)?;
        audit::insert(
            conn,
            audit::NewEntry {
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

/// The admin's list of brands, a page at a time, and every brand's name for
/// the manager form.
pub async fn brands_page(
    db: &Db,
    requested: i64,
    size: i64,
) -> Result<(Paged<brands::Brand>, Vec<(BrandId, String)>), AppError> {
    db.run(move |conn| {
        let total = brands::count(conn)?;
        let listed = Paged::read(requested, size, total, |page| brands::list(conn, page))?;
        Ok((listed, brands::names(conn)?))
    })
    .await
}

/// Every staff account with its brand's name, a page at a time.
pub async fn users_page(
    db: &Db,
    requested: i64,
    size: i64,
) -> Result<Paged<(users::User, Option<String>)>, AppError> {
    db.run(move |conn| {
        let total = users::count(conn)?;
        Paged::read(requested, size, total, |page| {
            users::list_with_brand(conn, page)
        })
    })
    .await
}

pub async fn add_brand(
    db: &Db,
    name: String,
    anonymity_k: i32,
) -> Result<CreateOutcome<BrandId>, AppError> {
    db.run(move |conn| create_brand(conn, &name, anonymity_k))
        .await
}

/// A brand manager's account with a generated password (returned, shown once).
pub async fn add_manager(
    db: &Db,
    email: Email,
    brand_id: BrandId,
) -> Result<(CreateOutcome<UserId>, String), AppError> {
    let password = generate_password();
    let hash = password::hash(password.clone()).await?;
    let outcome = db
        .run(move |conn| {
            write_tx(conn, |conn| {
                let outcome = insert_user(conn, &email, &hash, StaffRole::Manager, Some(brand_id))?;
                if let CreateOutcome::Created(id) = outcome {
                    users::require_password_change(conn, id)?;
                }
                Ok(outcome)
            })
        })
        .await?;
    Ok((outcome, password))
}

/// An observer of a brand (a colleague or an agency, who reads its released
/// figures only), with a generated password (returned, shown once);
/// audit-logged.
pub async fn add_observer(
    db: &Db,
    by: &Staff,
    brand_id: BrandId,
    email: Email,
) -> Result<(CreateOutcome<UserId>, String), AppError> {
    add_to_brand(db, by, brand_id, email, StaffRole::Observer).await
}

/// A teammate: another manager of the brand, added by one of its managers
/// (or an admin), with a generated password (returned, shown once) that
/// must be replaced at first sign-in; audit-logged.
pub async fn add_teammate(
    db: &Db,
    by: &Staff,
    brand_id: BrandId,
    email: Email,
) -> Result<(CreateOutcome<UserId>, String), AppError> {
    add_to_brand(db, by, brand_id, email, StaffRole::Manager).await
}

/// An account of `role` in a brand, with a generated password its owner
/// replaces at first sign-in; audit-logged.
async fn add_to_brand(
    db: &Db,
    by: &Staff,
    brand_id: BrandId,
    email: Email,
    role: StaffRole,
) -> Result<(CreateOutcome<UserId>, String), AppError> {
    let password = generate_password();
    let hash = password::hash(password.clone()).await?;
    let (actor_id, actor) = (by.id, by.email.clone());
    let (action, kind) = match role {
        StaffRole::Observer => ("add observer", "observer"),
        _ => ("add manager", "manager"),
    };
    let outcome = db
        .run(move |conn| {
            write_tx(conn, |conn| {
                let outcome = insert_user(conn, &email, &hash, role, Some(brand_id))?;
                if let CreateOutcome::Created(id) = outcome {
                    users::require_password_change(conn, id)?;
                    audit::insert(
                        conn,
                        audit::NewEntry {
                            actor_id: Some(actor_id),
                            actor: &actor,
                            action,
                            brand_id: Some(brand_id),
                            subject: &format!("{kind} {email} ({id})"),
                            details: "",
                        },
                        now(),
                    )?;
                }
                Ok(outcome)
            })
        })
        .await?;
    Ok((outcome, password))
}

/// A brand's observers, by email.
pub async fn observers_of(db: &Db, brand_id: BrandId) -> Result<Vec<users::User>, AppError> {
    db.run(move |conn| Ok(users::of_brand(conn, brand_id, StaffRole::Observer)?))
        .await
}

/// A brand's managers, by email.
pub async fn team_of(db: &Db, brand_id: BrandId) -> Result<Vec<users::User>, AppError> {
    db.run(move |conn| Ok(users::of_brand(conn, brand_id, StaffRole::Manager)?))
        .await
}

/// One of a brand's observers; anyone else is not found.
pub async fn observer(
    db: &Db,
    brand_id: BrandId,
    user_id: UserId,
) -> Result<users::User, AppError> {
    db.run(move |conn| Ok(users::find(conn, user_id)?))
        .await?
        .filter(|u| u.role == StaffRole::Observer && u.brand_id == Some(brand_id))
        .ok_or(AppError::NotFound)
}

/// Removes one of a brand's observers: their account, and so their sessions,
/// end; audit-logged.
pub async fn remove_observer(
    db: &Db,
    by: &Staff,
    brand_id: BrandId,
    user_id: UserId,
) -> Result<(), AppError> {
    let (actor_id, actor) = (by.id, by.email.clone());
    db.run(move |conn| {
        write_tx(conn, |conn| {
            let email = users::find(conn, user_id)?
                .map(|u| u.email)
                .unwrap_or_default();
            if users::delete_observer(conn, user_id, brand_id)? == 0 {
                return Err(AppError::NotFound);
            }
            audit::insert(
                conn,
                audit::NewEntry {
                    actor_id: Some(actor_id),
                    actor: &actor,
                    action: "remove observer",
                    brand_id: Some(brand_id),
                    subject: &format!("observer {email} ({user_id})"),
                    details: "",
                },
                now(),
            )?;
            Ok(())
        })
    })
    .await
}

/// A readable generated password: 16 characters from an unambiguous alphabet.
fn generate_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..16)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// Disables or enables another staff account (never one's own).
pub async fn switch_account(
    db: &Db,
    admin: &Staff,
    user_id: UserId,
    disabled: bool,
) -> Result<(), AppError> {
    if user_id == admin.id {
        return Err(AppError::Conflict(
            "You cannot disable your own account.".into(),
        ));
    }
    db.run(move |conn| set_disabled(conn, user_id, disabled))
        .await
}

pub async fn change_threshold(
    db: &Db,
    admin: Staff,
    brand_id: BrandId,
    anonymity_k: i32,
) -> Result<(), AppError> {
    db.run(move |conn| set_anonymity_k(conn, &admin, brand_id, anonymity_k))
        .await
}

/// Changes the privacy a brand's releases spend (ε per member a month), from
/// the next release on; audit-logged.
pub async fn change_privacy_budget(
    db: &Db,
    admin: Staff,
    brand_id: BrandId,
    epsilon: EpsilonPerMonth,
) -> Result<(), AppError> {
    let epsilon = epsilon.value();
    db.run(move |conn| {
        write_tx(conn, |conn| {
            let brand = brands::find(conn, brand_id)?;
            brands::set_epsilon_per_month(conn, brand_id, epsilon)?;
            audit::insert(
                conn,
                audit::NewEntry {
                    actor_id: Some(admin.id),
                    actor: &admin.email,
                    action: "change privacy budget",
                    brand_id: Some(brand_id),
                    subject: &format!("brand {} ({brand_id})", brand.name),
                    details: &format!(
                        "ε {} → {epsilon} per member a month",
                        brand.epsilon_per_month
                    ),
                },
                now(),
            )?;
            Ok(())
        })
    })
    .await
}

/// Changes the share of members the brand hopes will take part, which
/// reports and the cohort page set figures against; audit-logged.
pub async fn change_participation_target(
    db: &Db,
    staff: Staff,
    brand_id: BrandId,
    target: ParticipationTarget,
) -> Result<(), AppError> {
    let target = target.get();
    db.write(move |conn| {
        let brand = brands::find(conn, brand_id)?;
        brands::set_participation_target(conn, brand_id, target)?;
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(staff.id),
                actor: &staff.email,
                action: "change participation target",
                brand_id: Some(brand_id),
                subject: &format!("brand {} ({brand_id})", brand.name),
                details: &format!("{} % → {target} %", brand.participation_target),
            },
            now(),
        )?;
        Ok(())
    })
    .await
}

/// The second step of signing in: the code from the account's authenticator
/// app, or one of its recovery codes, throttled as passwords are; a code
/// works once.
pub async fn sign_in_with_code(
    db: &Db,
    settings: &Settings,
    ip: String,
    user_id: UserId,
    code: String,
) -> Result<SignIn, AppError> {
    let seal = secret_seal(settings);
    // Each write stands alone: the attempt is recorded (in its own
    // transaction), the code taken in one conditional statement.
    db.run(move |conn| {
        let Some(attempt) = claim_attempt(conn, &ip)? else {
            return Ok(SignIn::Throttled);
        };
        let Some(user) = users::find(conn, user_id)?.filter(|u| u.disabled_at.is_none()) else {
            return Ok(SignIn::Refused);
        };
        let Some(stored) = user.totp_secret.as_deref() else {
            return Ok(SignIn::Refused);
        };
        let taken = match recovery::digest_of(&code) {
            Some(digest) => {
                let taken = recovery_codes::take(conn, user.id, &digest, now())?;
                if taken {
                    let left = recovery_codes::unused(conn, user.id)?;
                    audit::insert(
                        conn,
                        audit::NewEntry {
                            actor_id: Some(user.id),
                            actor: &user.email,
                            action: "sign in with a recovery code",
                            brand_id: user.brand_id,
                            subject: &format!("account {}", user.email),
                            details: &format!("{left} recovery codes left"),
                        },
                        now(),
                    )?;
                }
                taken
            }
            None => match seal
                .open(stored)
                .and_then(|secret| crate::auth::totp::check(&secret, &code))
            {
                Some(step) => users::take_totp_step(conn, user.id, step)?,
                None => false,
            },
        };
        if !taken {
            return Ok(SignIn::Refused);
        }
        login_attempts::forget(conn, attempt)?;
        Ok(SignIn::Accepted(user.id, Stamp::of(&user.password_hash)))
    })
    .await
}

/// What two-step secrets are stored under: a key derived from the session
/// key, which every instance shares and the database does not hold.
pub fn secret_seal(settings: &Settings) -> SecretSeal {
    SecretSeal::new(settings.session_key.master())
}

/// Turns two-step sign-in on with `secret` once `code` shows the app holds
/// it, and gives the account's recovery codes (to be shown once); what is
/// wrong, in words, when it does not.
pub async fn turn_on_two_step(
    db: &Db,
    settings: &Settings,
    staff: Staff,
    secret: String,
    code: String,
) -> Result<Result<Vec<String>, String>, AppError> {
    let Some(step) = crate::auth::totp::check(&secret, &code) else {
        return Ok(Err(
            "That code does not match: type the six digits your app shows now.".into(),
        ));
    };
    let sealed = secret_seal(settings)
        .seal(&secret)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("sealing a two-step secret failed")))?;
    let codes = recovery::generate();
    db.write(move |conn| {
        users::set_totp_secret(conn, staff.id, Some(&sealed))?;
        users::take_totp_step(conn, staff.id, step)?;
        recovery_codes::replace(conn, staff.id, &codes.digests)?;
        audit_own_account(conn, &staff, "turn on two-step sign-in")?;
        Ok(Ok(codes.plain))
    })
    .await
}

/// Recovery codes of the staff member's account not used yet.
pub async fn recovery_codes_left(db: &Db, staff: UserId) -> Result<i64, AppError> {
    db.quick(move |conn| Ok(recovery_codes::unused(conn, staff)?))
        .await
}

/// New recovery codes in place of the account's old ones, once its password
/// is given again (and only while two-step sign-in is on).
pub async fn renew_recovery_codes(
    db: &Db,
    staff: Staff,
    password_given: String,
) -> Result<Result<Vec<String>, String>, AppError> {
    if !staff.two_step {
        return Ok(Err(
            "Recovery codes go with two-step sign-in: turn it on first.".into(),
        ));
    }
    if !current_password_is(db, staff.id, password_given).await? {
        return Ok(Err("That is not your current password.".into()));
    }
    let codes = recovery::generate();
    db.write(move |conn| {
        recovery_codes::replace(conn, staff.id, &codes.digests)?;
        audit_own_account(conn, &staff, "make new recovery codes")?;
        Ok(Ok(codes.plain))
    })
    .await
}

/// Whether `given` is the account's current password.
async fn current_password_is(db: &Db, user_id: UserId, given: String) -> Result<bool, AppError> {
    let stored = db
        .quick(move |conn| Ok(users::find(conn, user_id)?.map(|u| u.password_hash)))
        .await?;
    password::verify(given.chars().take(256).collect(), stored).await
}

/// Turns two-step sign-in off, once the account's password is given again.
pub async fn turn_off_two_step(
    db: &Db,
    staff: Staff,
    password_given: String,
) -> Result<Result<(), String>, AppError> {
    if !current_password_is(db, staff.id, password_given).await? {
        return Ok(Err("That is not your current password.".into()));
    }
    db.write(move |conn| {
        users::set_totp_secret(conn, staff.id, None)?;
        recovery_codes::delete_all(conn, staff.id)?;
        audit_own_account(conn, &staff, "turn off two-step sign-in")?;
        Ok(Ok(()))
    })
    .await
}

/// An admin turns another account's two-step sign-in off (its phone was
/// lost); audit-logged. Their own they turn off from their account page.
pub async fn reset_two_step(db: &Db, admin: Staff, user_id: UserId) -> Result<(), AppError> {
    if user_id == admin.id {
        return Err(AppError::Conflict(
            "Turn your own two-step sign-in off from your account page.".into(),
        ));
    }
    db.write(move |conn| {
        let user = users::find(conn, user_id)?.ok_or(AppError::NotFound)?;
        users::set_totp_secret(conn, user_id, None)?;
        recovery_codes::delete_all(conn, user_id)?;
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(admin.id),
                actor: &admin.email,
                action: "turn off two-step sign-in",
                brand_id: user.brand_id,
                subject: &format!("account {}", user.email),
                details: "",
            },
            now(),
        )?;
        Ok(())
    })
    .await
}

fn audit_own_account(conn: &mut DbConn, staff: &Staff, action: &str) -> Result<(), AppError> {
    audit::insert(
        conn,
        audit::NewEntry {
            actor_id: Some(staff.id),
            actor: &staff.email,
            action,
            brand_id: match staff.role {
                crate::domain::Role::Admin => None,
                crate::domain::Role::Manager { brand_id }
                | crate::domain::Role::Observer { brand_id } => Some(brand_id),
            },
            subject: &format!("account {}", staff.email),
            details: "",
        },
        now(),
    )?;
    Ok(())
}

/// Sets (or, with `None`, clears) the brand's accent colour on members' pages.
pub async fn change_accent(
    db: &Db,
    staff: Staff,
    brand_id: BrandId,
    accent: Option<crate::domain::look::Accent>,
) -> Result<(), AppError> {
    let accent = accent.map(crate::domain::look::Accent::stored);
    db.write(move |conn| {
        let brand = brands::find(conn, brand_id)?;
        brands::set_accent(conn, brand_id, accent.as_deref())?;
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(staff.id),
                actor: &staff.email,
                action: "change accent colour",
                brand_id: Some(brand_id),
                subject: &format!("brand {} ({brand_id})", brand.name),
                details: accent.as_deref().unwrap_or("Cohorts' own"),
            },
            now(),
        )?;
        Ok(())
    })
    .await
}

/// Sets the brand's logo from an uploaded picture (fitted, kept as PNG), or
/// with `None` takes it away; the file it replaces is deleted. A picture that
/// cannot be used changes nothing and is refused with what is wrong with it.
pub async fn change_logo(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: Staff,
    brand_id: BrandId,
    upload: Option<photo_service::Upload>,
) -> Result<Result<(), String>, AppError> {
    let logo = match upload {
        Some(upload) => match photo_service::logo(upload).await? {
            Ok(png) => Some(png),
            Err(problem) => return Ok(Err(problem)),
        },
        None => None,
    };
    let key = logo.as_ref().map(|_| crate::photos::store::new_png_key());
    if let (Some(key), Some(bytes)) = (key.clone(), logo) {
        photo_service::put_file(store.clone(), key, bytes).await?;
    }
    let new_key = key.clone();
    let replaced = db
        .write(move |conn| {
            let brand = brands::find(conn, brand_id)?;
            brands::set_logo(conn, brand_id, new_key.as_deref())?;
            audit::insert(
                conn,
                audit::NewEntry {
                    actor_id: Some(staff.id),
                    actor: &staff.email,
                    action: if new_key.is_some() {
                        "change logo"
                    } else {
                        "remove logo"
                    },
                    brand_id: Some(brand_id),
                    subject: &format!("brand {} ({brand_id})", brand.name),
                    details: "",
                },
                now(),
            )?;
            Ok(brand.logo_key)
        })
        .await;
    // Whichever file nothing points at any more goes.
    let unused = match &replaced {
        Ok(old) => old.clone(),
        Err(_) => key,
    };
    photo_service::remove_files(&*store, unused.as_deref());
    replaced.map(|_| Ok(()))
}

/// A brand's logo as PNG bytes; not found when it has none (a logo is no
/// secret: its members' pages and its drops' public pages show it).
pub async fn logo(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    brand_id: BrandId,
) -> Result<Vec<u8>, AppError> {
    let key = db
        .quick(move |conn| Ok(brands::find_optional(conn, brand_id)?.and_then(|b| b.logo_key)))
        .await?
        .ok_or(AppError::NotFound)?;
    photo_service::stored_file(store, key).await
}

/// A brand's stylesheet for its members' pages; not found without a look.
pub async fn look_stylesheet(db: &Db, brand_id: BrandId) -> Result<String, AppError> {
    let accent = db
        .quick(move |conn| Ok(brands::find_optional(conn, brand_id)?.and_then(|b| b.accent)))
        .await?
        .ok_or(AppError::NotFound)?;
    crate::domain::look::Accent::parse(&accent)
        .map(crate::domain::look::Accent::stylesheet)
        .map_err(|_| AppError::NotFound)
}

/// The audit log, newest first, a page at a time.
pub async fn audit_page(
    db: &Db,
    requested: i64,
    size: i64,
) -> Result<Paged<audit::AuditEntry>, AppError> {
    db.run(move |conn| {
        let total = audit::count(conn)?;
        Paged::read(requested, size, total, |page| audit::list(conn, page))
    })
    .await
}

pub async fn set_time_zone(db: &Db, user_id: UserId, zone: chrono_tz::Tz) -> Result<(), AppError> {
    db.write(move |conn| Ok(users::set_time_zone(conn, user_id, zone.name()).map(drop)?))
        .await
}

/// How a password change went.
pub enum PasswordChange {
    /// The current password given is not the account's.
    WrongCurrent,
    /// The current password is right and no new one was given.
    CurrentRight,
    /// Changed: every session stamped with the old password ends; the one that
    /// made the change is stamped anew with this.
    Changed(Stamp),
}

/// Checks the current password and, when a new one is given, sets it.
pub async fn change_password(
    db: &Db,
    user_id: UserId,
    current: String,
    new: Option<String>,
) -> Result<PasswordChange, AppError> {
    if !current_password_is(db, user_id, current).await? {
        return Ok(PasswordChange::WrongCurrent);
    }
    let Some(new) = new else {
        return Ok(PasswordChange::CurrentRight);
    };
    let hash = password::hash(new).await?;
    let stamp = Stamp::of(&hash);
    db.write(move |conn| Ok(users::set_password_hash(conn, user_id, &hash).map(drop)?))
        .await?;
    Ok(PasswordChange::Changed(stamp))
}

/// How a sign-in attempt ended: the address tried too often, the email and
/// password match no active account, or they match this one.
pub enum SignIn {
    Throttled,
    Refused,
    /// With what the session is stamped (see `token::Stamp`).
    Accepted(UserId, Stamp),
    /// The password was right; the account asks for a code from its
    /// authenticator app too.
    CodeNeeded(UserId),
}

/// Signs a staff account in: throttled per address, every attempt verified
/// against a hash (a dummy one for unknown emails) so timing reveals nothing.
pub async fn sign_in(
    db: &Db,
    ip: String,
    email: String,
    password_given: String,
) -> Result<SignIn, AppError> {
    let Some(attempt) = db.run(move |conn| claim_attempt(conn, &ip)).await? else {
        return Ok(SignIn::Throttled);
    };
    // What cannot be an address (a NUL byte, which PostgreSQL refuses in text,
    // or any other non-address) matches no account: it is not looked up.
    let user = match Email::parse(&email) {
        Ok(address) => {
            db.run(move |conn| Ok(users::find_by_email(conn, address.as_str())?))
                .await?
        }
        Err(_) => None,
    };
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let password_ok = password::verify(password_given.chars().take(256).collect(), stored).await?;
    match user {
        Some(user) if password_ok && user.disabled_at.is_none() => {
            db.write(move |conn| Ok(login_attempts::forget(conn, attempt).map(drop)?))
                .await?;
            if user.totp_secret.is_some() {
                return Ok(SignIn::CodeNeeded(user.id));
            }
            Ok(SignIn::Accepted(user.id, Stamp::of(&user.password_hash)))
        }
        // A refused attempt stays stored: it counts against the address.
        _ => Ok(SignIn::Refused),
    }
}
