//! Products sent to a cohort's members: the record and its report, for staff.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::MemberId;
use crate::error::AppError;
use crate::pages::cohort::{RecipientBox, SeedingLine, SeedingPage};
use crate::pages::{Chrome, CohortHeader, flash};
use crate::services::seeding::{self, Mean, Overview};
use crate::services::{Db, FieldErrors};
use crate::web::session::{CsrfForm, verify_csrf};
use crate::web::uploads::{is_multipart, read_form};
use crate::web::{CsrfOnly, StaffCohort, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/seeding", web::get().to(page))
        .route("/cohorts/{id}/seeding", web::post().to(send))
        .route(
            "/cohorts/{id}/seeding/import",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(import),
        )
        .route(
            "/cohorts/{id}/seeding/import",
            web::post().to(import_without_file),
        );
}

/// The import form sent without its file (a form that is not multipart).
async fn import_without_file(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let mut errors = FieldErrors::default();
    errors.add("csv", "Choose the CSV file to import.");
    let overview = seeding::overview(&db, &access.cohort).await?;
    seeding_page(&session, &access, overview, String::new(), &[], errors)
}

/// A CSV of member and product lines, as a file (multipart). Who asks is
/// checked before the body is read, and the CSRF token before the file is.
async fn import(
    session: Session,
    db: web::Data<Db>,
    access: Result<StaffCohort, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (_, mut files) = read_form(
        payload,
        |field| field == "csv",
        |token| verify_csrf(&session, token),
    )
    .await?;
    let mut errors = FieldErrors::default();
    let file = match (files.pop(), files.is_empty()) {
        (Some(file), true) if !file.too_large => Some(file),
        (Some(_), true) => {
            errors.add("csv", "The file is larger than 10 MB: is it the right one?");
            None
        }
        (Some(_), false) => {
            errors.add("csv", "Choose one file.");
            None
        }
        (None, _) => {
            errors.add("csv", "Choose the CSV file to import.");
            None
        }
    };
    if let Some(file) = file {
        match seeding::import(&db, &access.staff, &access.cohort, file.bytes).await? {
            Ok(recorded) => {
                let members = if recorded == 1 { "sending" } else { "sendings" };
                flash(
                    &session,
                    format!(
                        "Imported: {recorded} {members} recorded. Members are asked to confirm when it arrives."
                    ),
                );
                return Ok(see_other(&format!("/cohorts/{}/seeding", access.cohort.id)));
            }
            Err(problems) => {
                let shown: Vec<String> = problems.iter().take(10).cloned().collect();
                let more = problems.len().saturating_sub(shown.len());
                let mut message = format!("Nothing was recorded. {}", shown.join(" "));
                if more > 0 {
                    message.push_str(&format!(" And {more} more."));
                }
                errors.add("csv", message);
            }
        }
    }
    let overview = seeding::overview(&db, &access.cohort).await?;
    seeding_page(&session, &access, overview, String::new(), &[], errors)
}

fn seeding_page(
    session: &Session,
    access: &StaffCohort,
    overview: Overview,
    product: String,
    ticked: &[MemberId],
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let StaffCohort {
        staff,
        cohort,
        brand,
        ..
    } = access;
    render(SeedingPage {
        chrome: Chrome::staff(session, staff, &format!("{} · products sent", cohort.name))?,
        header: CohortHeader::new(cohort, brand, "seeding"),
        products: overview
            .products
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect(),
        product,
        recipients: overview
            .recipients
            .into_iter()
            .map(|r| RecipientBox {
                ticked: ticked.contains(&r.id),
                id: r.id,
                name: r.name,
                city: r.city,
                band: r.band.label(),
                minor: r.band.is_minor(),
            })
            .collect(),
        report: overview
            .report
            .into_iter()
            .map(|p| SeedingLine {
                name: p.name,
                sent: p.sent,
                received: p.received,
                reviewed: p.reviewed,
                members: p.members,
                seeded: sentiment(p.seeded),
                rest: sentiment(p.rest),
            })
            .collect(),
        errors,
    })
}

/// A mean sentiment in words: "+0.42 (5 reviews)", or "no reviews".
fn sentiment(mean: Mean) -> String {
    match mean.value() {
        Some(value) => {
            let reviews = if mean.count == 1 { "review" } else { "reviews" };
            format!("{value:+.2} ({} {reviews})", mean.count)
        }
        None => "no reviews".into(),
    }
}

async fn page(
    session: Session,
    db: web::Data<Db>,
    access: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let overview = seeding::overview(&db, &access.cohort).await?;
    seeding_page(
        &session,
        &access,
        overview,
        String::new(),
        &[],
        FieldErrors::default(),
    )
}

/// The form: the product, and a tick box `member-{id}` per member sent it.
#[derive(Deserialize)]
pub struct SendForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    product: String,
    #[serde(flatten)]
    ticks: HashMap<String, String>,
}
crate::csrf_protected!(SendForm);

async fn send(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<SendForm>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let ticked: Vec<MemberId> = form
        .ticks
        .keys()
        .filter_map(|name| name.strip_prefix("member-"))
        .filter_map(|id| id.parse().ok())
        .collect();
    let sent = seeding::send(
        &db,
        &access.staff,
        &access.cohort,
        &form.product,
        ticked.clone(),
    )
    .await?;
    match sent {
        Ok(recorded) => {
            let members = if recorded == 1 { "member" } else { "members" };
            flash(
                &session,
                format!(
                    "Recorded as sent to {recorded} {members}. They are asked to confirm when it arrives."
                ),
            );
            Ok(see_other(&format!("/cohorts/{}/seeding", access.cohort.id)))
        }
        Err(errors) => {
            let overview = seeding::overview(&db, &access.cohort).await?;
            seeding_page(&session, &access, overview, form.product, &ticked, errors)
        }
    }
}
