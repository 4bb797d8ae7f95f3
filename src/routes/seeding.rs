//! Products sent to a cohort's members: the record and its report, for staff.

use std::collections::HashMap;

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::MemberId;
use crate::error::AppError;
use crate::pages::cohort::{RecipientBox, SeedingLine, SeedingPage};
use crate::pages::{Chrome, CohortHeader, flash};
use crate::services::seeding::{self, Overview};
use crate::services::{Db, FieldErrors};
use crate::web::session::CsrfForm;
use crate::web::{StaffCohort, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/seeding", web::get().to(page))
        .route("/cohorts/{id}/seeding", web::post().to(send));
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
            })
            .collect(),
        errors,
    })
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
