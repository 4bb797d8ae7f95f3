//! The admin's pages: brands, accounts, the audit log and the outbox.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::{BoundedText, BrandId, Email, EpsilonPerMonth, MailStatus, Staff, StaffRole};
use crate::error::AppError;
use crate::pages::admin::{
    AccountsPage, AdminPage, AuditPage, AuditRow, BrandForm, BrandRow, ManagerForm, OutboxPage,
    OutboxRow, UserRow,
};
use crate::pages::{Chrome, Pager, flash, show_time};
use crate::services::accounts::{self, CreateOutcome};
use crate::services::outbox::{self, Shown};
use crate::services::{Db, FieldErrors};
use crate::web::session::CsrfForm;
use crate::web::{Admin, CsrfOnly, PageQuery, path_id, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/admin", web::get().to(dashboard))
        .route("/admin/accounts", web::get().to(accounts))
        .route("/admin/audit", web::get().to(audit_log))
        .route(
            "/admin/brands/{id}/threshold",
            web::post().to(set_threshold),
        )
        .route(
            "/admin/brands/{id}/privacy",
            web::post().to(set_privacy_budget),
        )
        .route("/admin/outbox", web::get().to(outbox_page))
        .route("/admin/outbox/{id}/retry", web::post().to(retry_message))
        .route("/admin/brands", web::post().to(create_brand))
        .route("/admin/managers", web::post().to(create_manager))
        .route("/admin/users/{id}/disable", web::post().to(disable_user))
        .route("/admin/users/{id}/enable", web::post().to(enable_user))
        .route(
            "/admin/users/{id}/two-step-off",
            web::post().to(reset_two_step),
        );
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
    db: &Db,
    admin: &Staff,
    page: i64,
    forms: AdminForms,
) -> Result<AdminPage, AppError> {
    let (listed, names) = accounts::brands_page(db, page, ADMIN_PAGE_SIZE).await?;
    Ok(AdminPage {
        chrome: Chrome::staff(session, admin, "Brands")?,
        pager: Pager::of(&listed),
        brands: listed
            .items
            .into_iter()
            .map(|b| BrandRow {
                id: b.id,
                name: b.name,
                anonymity_k: b.anonymity_k,
            })
            .collect(),
        brand_names: names,
        brand_form: forms.brand_form,
        manager_form: forms.manager_form,
        errors: forms.errors,
        new_password: forms.new_password,
    })
}

async fn accounts(
    session: Session,
    Admin(admin): Admin,
    db: web::Data<Db>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let listed = accounts::users_page(&db, query.number(), ADMIN_PAGE_SIZE).await?;
    render(AccountsPage {
        chrome: Chrome::staff(&session, &admin, "Accounts")?,
        pager: Pager::of(&listed),
        users: listed
            .items
            .into_iter()
            .map(|(u, brand)| UserRow {
                is_self: u.id == admin.id,
                id: u.id,
                email: u.email,
                role: match u.role {
                    StaffRole::Admin => "Admin",
                    StaffRole::Manager => "Brand manager",
                    StaffRole::Observer => "Observer",
                }
                .into(),
                brand: brand.unwrap_or_else(|| "—".into()),
                disabled: u.disabled_at.is_some(),
                two_step: u.totp_secret.is_some(),
            })
            .collect(),
    })
}

/// The dashboard's page of brands, and the brand the manager form starts on
/// (the one just created).
#[derive(Deserialize)]
pub struct DashboardQuery {
    page: Option<String>,
    brand: Option<String>,
}

async fn dashboard(
    session: Session,
    Admin(admin): Admin,
    db: web::Data<Db>,
    query: web::Query<DashboardQuery>,
) -> Result<HttpResponse, AppError> {
    let DashboardQuery { page, brand } = query.into_inner();
    let forms = AdminForms {
        brand_form: BrandForm {
            name: String::new(),
            anonymity_k: "5".into(),
        },
        manager_form: ManagerForm {
            brand_id: brand.unwrap_or_default(),
            ..ManagerForm::default()
        },
        errors: FieldErrors::default(),
        new_password: None,
    };
    render(admin_page(&session, &db, &admin, PageQuery { page }.number(), forms).await?)
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
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<NewBrand>,
) -> Result<HttpResponse, AppError> {
    let Admin(admin) = access?;
    let mut errors = FieldErrors::default();
    let name = errors.check(
        "name",
        BoundedText::parse(&form.name, "the brand's name", 1, 80),
    );
    let k = errors.check("anonymity_k", parse_anonymity_k(&form.anonymity_k));
    if let (Some(name), Some(k)) = (name, k) {
        let stored = name.as_str().to_string();
        match accounts::add_brand(&db, stored, k).await? {
            CreateOutcome::Created(brand_id) => {
                flash(
                    &session,
                    format!(
                        "Brand “{}” created. Now add a manager for it.",
                        name.as_str()
                    ),
                );
                // The manager form starts on the new brand.
                return Ok(see_other(&format!("/admin?brand={brand_id}#manager-email")));
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
    render(admin_page(&session, &db, &admin, 1, forms).await?)
}

async fn create_manager(
    session: Session,
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<NewManager>,
) -> Result<HttpResponse, AppError> {
    let Admin(admin) = access?;
    let mut errors = FieldErrors::default();
    let email = errors.check("email", Email::parse(&form.email));
    let brand_id = errors.check(
        "brand_id",
        form.brand_id
            .trim()
            .parse::<BrandId>()
            .map_err(|_| "Choose a brand.".to_string()),
    );
    let mut new_password = None;
    if let (Some(email), Some(brand_id)) = (email, brand_id) {
        match accounts::add_manager(&db, email.clone(), brand_id).await {
            Ok((CreateOutcome::Created(_), password)) => {
                new_password = Some((email.to_string(), password))
            }
            Ok((CreateOutcome::Duplicate, _)) => {
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
    render(admin_page(&session, &db, &admin, 1, forms).await?)
}

async fn set_disabled(
    session: Session,
    admin: Staff,
    db: web::Data<Db>,
    id: String,
    disabled: bool,
) -> Result<HttpResponse, AppError> {
    let user_id = path_id(&id)?;
    accounts::switch_account(&db, &admin, user_id, disabled).await?;
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
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    let Admin(admin) = access?;
    set_disabled(session, admin, db, id.into_inner(), true).await
}

async fn enable_user(
    session: Session,
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    let Admin(admin) = access?;
    set_disabled(session, admin, db, id.into_inner(), false).await
}

/// For someone who lost the phone with their authenticator app: their
/// password alone signs them in again, until they turn two-step on anew.
async fn reset_two_step(
    session: Session,
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    let Admin(admin) = access?;
    let user_id = path_id(&id)?;
    accounts::reset_two_step(&db, admin, user_id).await?;
    flash(
        &session,
        "Two-step sign-in turned off for that account: its password alone signs it in now.",
    );
    Ok(see_other("/admin/accounts"))
}

async fn audit_log(
    session: Session,
    Admin(admin): Admin,
    db: web::Data<Db>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let listed = accounts::audit_page(&db, query.number(), ADMIN_PAGE_SIZE).await?;
    render(AuditPage {
        chrome: Chrome::staff(&session, &admin, "Audit log")?,
        pager: Pager::of(&listed),
        entries: listed
            .items
            .into_iter()
            .map(|e| AuditRow {
                when: show_time(e.created_at, admin.time_zone),
                actor: e.actor,
                action: e.action,
                subject: e.subject,
                details: e.details,
            })
            .collect(),
    })
}

#[derive(Deserialize)]
pub struct OutboxQuery {
    status: Option<String>,
    page: Option<String>,
}

async fn outbox_page(
    session: Session,
    Admin(admin): Admin,
    db: web::Data<Db>,
    query: web::Query<OutboxQuery>,
) -> Result<HttpResponse, AppError> {
    let shown = Shown::parse(query.status.as_deref());
    let requested = PageQuery {
        page: query.page.clone(),
    }
    .number();
    let (counts, listed) = outbox::page(&db, shown, requested, ADMIN_PAGE_SIZE).await?;
    let zone = admin.time_zone;
    render(OutboxPage {
        chrome: Chrome::staff(&session, &admin, "Outbox")?,
        status: shown.status().map_or("", MailStatus::as_str),
        counts: (counts.all, counts.waiting, counts.sent, counts.failed),
        pager: Pager::of(&listed),
        messages: listed
            .items
            .into_iter()
            .map(|m| OutboxRow {
                id: m.id,
                queued: show_time(m.created_at, zone),
                recipient: m.recipient,
                subject: m.subject,
                status: m.status.as_str(),
                attempts: m.attempts,
                last_error: m.last_error.unwrap_or_default(),
                sent: m.sent_at.map(|at| show_time(at, zone)),
            })
            .collect(),
    })
}

async fn retry_message(
    session: Session,
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    let Admin(_) = access?;
    outbox::retry(&db, path_id(&id)?).await?;
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
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<ThresholdForm>,
) -> Result<HttpResponse, AppError> {
    let Admin(admin) = access?;
    let brand_id = path_id(&id)?;
    if form.anonymity_k.trim().is_empty() {
        return Err(AppError::bad_request(
            "Enter the smallest group to show, from 3 to 50.",
        ));
    }
    let k = parse_anonymity_k(&form.anonymity_k).map_err(AppError::BadRequest)?;
    accounts::change_threshold(&db, admin, brand_id, k).await?;
    flash(
        &session,
        format!("Groups of fewer than {k} members are now hidden in every figure of this brand."),
    );
    Ok(see_other(&format!("/brands/{brand_id}")))
}

#[derive(Deserialize)]
pub struct PrivacyBudgetForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    epsilon: String,
}
crate::csrf_protected!(PrivacyBudgetForm);

async fn set_privacy_budget(
    session: Session,
    access: Result<Admin, AppError>,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<PrivacyBudgetForm>,
) -> Result<HttpResponse, AppError> {
    let Admin(admin) = access?;
    let brand_id = path_id(&id)?;
    let epsilon = EpsilonPerMonth::parse(&form.epsilon).map_err(AppError::BadRequest)?;
    accounts::change_privacy_budget(&db, admin, brand_id, epsilon).await?;
    flash(
        &session,
        format!(
            "From the next release on, this brand's releases spend ε = {} per member a month.",
            epsilon.value()
        ),
    );
    Ok(see_other(&format!("/brands/{brand_id}")))
}
