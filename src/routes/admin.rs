use actix_session::Session;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use rand::Rng;
use serde::Deserialize;

use crate::auth::Staff;
use crate::auth::password;
use crate::auth::session::{CsrfForm, require_admin};
use crate::db::models::Page;
use crate::db::models::{audit, brands, outbox, users};
use crate::db::{DbPool, with_conn, write_tx};
use crate::domain::{BoundedText, Email};
use crate::error::AppError;
use crate::routes::{CsrfOnly, PageQuery, path_id, render, render_with_status, see_other};
use crate::services::accounts::{self, CreateOutcome};
use crate::services::{FieldErrors, now};
use crate::templates::{
    AccountsPage, AdminPage, AuditPage, AuditRow, BrandForm, BrandRow, Chrome, ManagerForm,
    OutboxPage, OutboxRow, Pager, UserRow, flash, show_time,
};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(dashboard))
        .route("/admin/accounts", web::get().to(accounts))
        .route("/admin/audit", web::get().to(audit_log))
        .route(
            "/admin/brands/{id}/threshold",
            web::post().to(set_threshold),
        )
        .route("/admin/outbox", web::get().to(outbox_page))
        .route("/admin/outbox/{id}/retry", web::post().to(retry_message))
        .route("/admin/brands", web::post().to(create_brand))
        .route("/admin/managers", web::post().to(create_manager))
        .route("/admin/users/{id}/disable", web::post().to(disable_user))
        .route("/admin/users/{id}/enable", web::post().to(enable_user));
}

struct AdminForms {
    brand_form: BrandForm,
    manager_form: ManagerForm,
    errors: FieldErrors,
    new_password: Option<(String, String)>,
}

const ADMIN_PAGE_SIZE: i64 = 50;

async fn admin_page(
    session: &Session,
    pool: &DbPool,
    admin: &Staff,
    page: i64,
    forms: AdminForms,
) -> Result<AdminPage, AppError> {
    let (total, brand_list, names) = with_conn(pool, move |conn| {
        let total = brands::count(conn)?;
        let pager = Pager::new(page, ADMIN_PAGE_SIZE, total);
        let listed = brands::list(conn, Page::new(pager.page, ADMIN_PAGE_SIZE))?;
        Ok((total, listed, brands::names(conn)?))
    })
    .await?;
    Ok(AdminPage {
        chrome: Chrome::staff(session, admin, "Brands")?,
        brands: brand_list
            .into_iter()
            .map(|b| BrandRow {
                id: b.id,
                name: b.name,
                anonymity_k: b.anonymity_k,
            })
            .collect(),
        brand_names: names,
        pager: Pager::new(page, ADMIN_PAGE_SIZE, total),
        brand_form: forms.brand_form,
        manager_form: forms.manager_form,
        errors: forms.errors,
        new_password: forms.new_password,
    })
}

async fn accounts(
    session: Session,
    pool: web::Data<DbPool>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let requested = query.number();
    let (total, user_list) = with_conn(&pool, move |conn| {
        let total = users::count(conn)?;
        let pager = Pager::new(requested, ADMIN_PAGE_SIZE, total);
        Ok((
            total,
            users::list_with_brand(conn, Page::new(pager.page, ADMIN_PAGE_SIZE))?,
        ))
    })
    .await?;
    render(AccountsPage {
        chrome: Chrome::staff(&session, &admin, "Accounts")?,
        pager: Pager::new(requested, ADMIN_PAGE_SIZE, total),
        users: user_list
            .into_iter()
            .map(|(u, brand)| UserRow {
                is_self: u.id == admin.id,
                id: u.id,
                email: u.email,
                role: if u.role == users::ROLE_ADMIN {
                    "Admin".into()
                } else {
                    "Brand manager".into()
                },
                brand: brand.unwrap_or_else(|| "—".into()),
                disabled: u.disabled_at.is_some(),
            })
            .collect(),
    })
}

async fn dashboard(
    session: Session,
    pool: web::Data<DbPool>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let forms = AdminForms {
        brand_form: BrandForm {
            name: String::new(),
            anonymity_k: "5".into(),
        },
        manager_form: ManagerForm::default(),
        errors: FieldErrors::default(),
        new_password: None,
    };
    render(admin_page(&session, &pool, &admin, query.number(), forms).await?)
}

#[derive(Deserialize)]
pub struct NewBrand {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    anonymity_k: String,
}

#[derive(Deserialize)]
pub struct NewManager {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    brand_id: String,
}
crate::csrf_protected!(NewBrand, NewManager);

fn parse_anonymity_k(raw: &str) -> Result<i32, String> {
    if raw.trim().is_empty() {
        return Ok(5);
    }
    match raw.trim().parse::<i32>() {
        Ok(k) if (3..=50).contains(&k) => Ok(k),
        _ => Err("Choose a whole number from 3 to 50 (5 is a good default).".into()),
    }
}

async fn create_brand(
    session: Session,
    pool: web::Data<DbPool>,
    CsrfForm(form): CsrfForm<NewBrand>,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let mut errors = FieldErrors::default();
    let name = errors.check(
        "name",
        BoundedText::parse(&form.name, "the brand's name", 1, 80),
    );
    let k = errors.check("anonymity_k", parse_anonymity_k(&form.anonymity_k));
    if let (Some(name), Some(k)) = (name, k) {
        let stored = name.as_str().to_string();
        match with_conn(&pool, move |conn| accounts::create_brand(conn, &stored, k)).await? {
            CreateOutcome::Created(_) => {
                flash(
                    &session,
                    format!(
                        "Brand “{}” created. Now add a manager for it.",
                        name.as_str()
                    ),
                );
                return Ok(see_other("/admin"));
            }
            CreateOutcome::Duplicate => {
                errors.add("name", "A brand with this name already exists.")
            }
        }
    }
    let forms = AdminForms {
        brand_form: BrandForm {
            name: form.name,
            anonymity_k: form.anonymity_k,
        },
        manager_form: ManagerForm::default(),
        errors,
        new_password: None,
    };
    render_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        admin_page(&session, &pool, &admin, 1, forms).await?,
    )
}

/// A readable generated password: 16 characters from an unambiguous alphabet.
fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..16)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

async fn create_manager(
    session: Session,
    pool: web::Data<DbPool>,
    CsrfForm(form): CsrfForm<NewManager>,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let mut errors = FieldErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    let brand_id = errors.check(
        "brand_id",
        form.brand_id
            .trim()
            .parse::<i64>()
            .map_err(|_| "Choose a brand.".to_string()),
    );
    let mut new_password = None;
    if let (Some(email), Some(brand_id)) = (email, brand_id) {
        let password = generate_password();
        let hash = password::hash(password.clone()).await?;
        let account_email = email.clone();
        let outcome = with_conn(&pool, move |conn| {
            accounts::create_user(
                conn,
                &account_email,
                &hash,
                users::ROLE_MANAGER,
                Some(brand_id),
            )
        })
        .await;
        match outcome {
            Ok(CreateOutcome::Created(_)) => new_password = Some((email.to_string(), password)),
            Ok(CreateOutcome::Duplicate) => {
                errors.add("email", "An account with this email already exists.")
            }
            Err(AppError::NotFound) => errors.add("brand_id", "That brand no longer exists."),
            Err(other) => return Err(other),
        }
    }
    let created = new_password.is_some();
    let forms = AdminForms {
        brand_form: BrandForm {
            name: String::new(),
            anonymity_k: "5".into(),
        },
        manager_form: if created {
            ManagerForm::default()
        } else {
            ManagerForm {
                email: form.email,
                brand_id: form.brand_id,
            }
        },
        errors,
        new_password,
    };
    let status = if created {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_with_status(status, admin_page(&session, &pool, &admin, 1, forms).await?)
}

async fn set_disabled(
    session: Session,
    pool: web::Data<DbPool>,
    id: String,
    disabled: bool,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let user_id = path_id(&id)?;
    if user_id == admin.id {
        return Err(AppError::Conflict(
            "You cannot disable your own account.".into(),
        ));
    }
    with_conn(&pool, move |conn| {
        accounts::set_disabled(conn, user_id, disabled)
    })
    .await?;
    flash(
        &session,
        if disabled {
            "Account disabled: it can no longer sign in."
        } else {
            "Account enabled."
        },
    );
    Ok(see_other("/admin/accounts"))
}

async fn disable_user(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    set_disabled(session, pool, id.into_inner(), true).await
}

async fn enable_user(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    set_disabled(session, pool, id.into_inner(), false).await
}

async fn audit_log(
    session: Session,
    pool: web::Data<DbPool>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let requested = query.number();
    let (total, entries) = with_conn(&pool, move |conn| {
        let total = audit::count(conn)?;
        let pager = Pager::new(requested, ADMIN_PAGE_SIZE, total);
        Ok((
            total,
            audit::list(conn, Page::new(pager.page, ADMIN_PAGE_SIZE))?,
        ))
    })
    .await?;
    render(AuditPage {
        chrome: Chrome::staff(&session, &admin, "Audit log")?,
        entries: entries
            .into_iter()
            .map(|e| AuditRow {
                when: show_time(e.created_at, admin.time_zone),
                actor: e.actor,
                action: e.action,
                subject: e.subject,
                details: e.details,
            })
            .collect(),
        pager: Pager::new(requested, ADMIN_PAGE_SIZE, total),
    })
}

#[derive(Deserialize)]
pub struct OutboxQuery {
    status: Option<String>,
    page: Option<String>,
}

async fn outbox_page(
    session: Session,
    pool: web::Data<DbPool>,
    query: web::Query<OutboxQuery>,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let status: &'static str = match query.status.as_deref() {
        Some("pending") => outbox::PENDING,
        Some("sent") => outbox::SENT,
        Some("failed") => outbox::FAILED,
        _ => "",
    };
    let requested = PageQuery {
        page: query.page.clone(),
    }
    .number();
    let filter = (!status.is_empty()).then_some(status);
    let (counts, total, messages) = with_conn(&pool, move |conn| {
        let counts = (
            outbox::count(conn, None)?,
            outbox::count(conn, Some(outbox::PENDING))?
                + outbox::count(conn, Some(outbox::SENDING))?,
            outbox::count(conn, Some(outbox::SENT))?,
            outbox::count(conn, Some(outbox::FAILED))?,
        );
        let total = outbox::count(conn, filter)?;
        let pager = Pager::new(requested, ADMIN_PAGE_SIZE, total);
        Ok((
            counts,
            total,
            outbox::list(conn, filter, Page::new(pager.page, ADMIN_PAGE_SIZE))?,
        ))
    })
    .await?;
    let zone = admin.time_zone;
    render(OutboxPage {
        chrome: Chrome::staff(&session, &admin, "Outbox")?,
        status,
        counts,
        messages: messages
            .into_iter()
            .map(|m| OutboxRow {
                id: m.id,
                queued: show_time(m.created_at, zone),
                recipient: m.recipient,
                subject: m.subject,
                status: m.status,
                attempts: m.attempts,
                last_error: m.last_error.unwrap_or_default(),
                sent: m.sent_at.map(|at| show_time(at, zone)),
            })
            .collect(),
        pager: Pager::new(requested, ADMIN_PAGE_SIZE, total),
    })
}

async fn retry_message(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    require_admin(&session, &pool).await?;
    let message_id = path_id(&id)?;
    let retried = with_conn(&pool, move |conn| {
        write_tx(conn, |conn| {
            Ok(outbox::retry_failed(conn, message_id, now())?)
        })
    })
    .await?;
    if retried == 0 {
        return Err(AppError::NotFound);
    }
    flash(&session, "The message will be sent again in a moment.");
    Ok(see_other("/admin/outbox?status=pending"))
}

#[derive(Deserialize)]
pub struct ThresholdForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    anonymity_k: String,
}
crate::csrf_protected!(ThresholdForm);

async fn set_threshold(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<ThresholdForm>,
) -> Result<HttpResponse, AppError> {
    let admin = require_admin(&session, &pool).await?;
    let brand_id = path_id(&id)?;
    if form.anonymity_k.trim().is_empty() {
        return Err(AppError::bad_request(
            "Enter the smallest group to show, from 3 to 50.",
        ));
    }
    let k = parse_anonymity_k(&form.anonymity_k).map_err(AppError::BadRequest)?;
    with_conn(&pool, move |conn| {
        accounts::set_anonymity_k(conn, &admin, brand_id, k)
    })
    .await?;
    flash(
        &session,
        format!("Groups of fewer than {k} members are now hidden in every figure of this brand."),
    );
    Ok(see_other(&format!("/brands/{brand_id}")))
}
