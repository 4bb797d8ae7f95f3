//! The manager's summary of a cohort: sentiment by city and age band, and by week.

use actix_session::Session;
use actix_web::{HttpResponse, web};

use crate::error::AppError;
use crate::pages::summary::{BrandSummaryPage, SummaryPage, summary_part};
use crate::pages::{Chrome, CohortHeader};
use crate::services::Db;
use crate::services::summary::{self, SummaryMemo, SummaryQuery};
use crate::web::{StaffBrand, StaffCohort, render};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/summary", web::get().to(cohort_summary))
        .route("/brands/{id}/summary", web::get().to(brand_summary));
}

async fn cohort_summary(
    session: Session,
    db: web::Data<Db>,
    memo: web::Data<SummaryMemo>,
    StaffCohort {
        staff,
        cohort,
        brand,
        tally,
    }: StaffCohort,
    query: web::Query<SummaryQuery>,
) -> Result<HttpResponse, AppError> {
    let (key, figures) =
        summary::of_cohort(&db, &memo, &cohort, &brand, tally, query.into_inner()).await?;
    render(SummaryPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · summary", cohort.name))?,
        header: CohortHeader::new(&cohort, &brand, "summary"),
        part: summary_part(&key, &figures)?,
        bad_filter: figures.error.is_some(),
    })
}

/// Every cohort of a brand side by side, and their shown cells added up.
async fn brand_summary(
    session: Session,
    db: web::Data<Db>,
    StaffBrand { staff, brand }: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let (cohorts, svg) = summary::of_brand(&db, &brand).await?;
    render(BrandSummaryPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · summary", brand.name))?,
        k: brand.anonymity_threshold(),
        brand_id: brand.id,
        brand_name: brand.name,
        cohorts,
        svg,
    })
}
