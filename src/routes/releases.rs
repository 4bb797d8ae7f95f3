//! Released figures (for staff and observers) and a brand's observers (for its
//! staff).

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::UserId;
use crate::error::AppError;
use crate::pages::releases::{
    BrandReleasesPage, CohortLatest, CohortReleasesPage, ObserversPage, ReleaseView,
};
use crate::pages::{Chrome, ConfirmPage, Pager, flash};
use crate::services::accounts;
use crate::services::{Db, FieldErrors, activities, releases};
use crate::web::session::CsrfForm;
use crate::web::{
    BrandReleases, CohortReleases, CsrfOnly, PageQuery, StaffBrand, StaffCohort, add_account,
    item_id, render, see_other,
};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/brands/{id}/releases", web::get().to(brand_releases))
        .route("/cohorts/{id}/releases", web::get().to(cohort_releases))
        .route("/brands/{id}/observers", web::get().to(observers))
        .route("/brands/{id}/observers", web::post().to(add_observer))
        .route(
            "/brands/{id}/observers/{item}/remove",
            web::get().to(confirm_remove_observer),
        )
        .route(
            "/brands/{id}/observers/{item}/remove",
            web::post().to(remove_observer),
        );
}

async fn brand_releases(
    session: Session,
    db: web::Data<Db>,
    BrandReleases(StaffBrand { staff, brand }): BrandReleases,
) -> Result<HttpResponse, AppError> {
    let latest = releases::latest_of_brand(&db, brand.id).await?;
    render(BrandReleasesPage {
        chrome: Chrome::staff(
            &session,
            &staff,
            &format!("{} · released figures", brand.name),
        )?,
        brand_id: brand.id,
        brand_name: brand.name,
        cohorts: latest
            .into_iter()
            .map(|(cohort, released)| {
                let view = released.as_ref().map(ReleaseView::of);
                CohortLatest {
                    id: cohort.id,
                    name: cohort.name,
                    week: view.as_ref().map(|v| v.week.clone()),
                    total: view.map(|v| v.total),
                }
            })
            .collect(),
    })
}

async fn cohort_releases(
    session: Session,
    db: web::Data<Db>,
    CohortReleases(StaffCohort {
        staff,
        cohort,
        brand,
        ..
    }): CohortReleases,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let listed = releases::of_cohort(&db, cohort.id, query.number()).await?;
    let released = activities::released(&db, cohort.id).await?;
    render(CohortReleasesPage {
        activities: released
            .into_iter()
            .map(|a| (a.row.id, a.row.title))
            .collect(),
        chrome: Chrome::staff(
            &session,
            &staff,
            &format!("{} · released figures", cohort.name),
        )?,
        brand_id: brand.id,
        brand_name: brand.name,
        cohort_id: cohort.id,
        cohort_name: cohort.name,
        pager: Pager::of(&listed),
        releases: listed.items.iter().map(ReleaseView::of).collect(),
    })
}

async fn observers_page(
    session: &Session,
    db: &Db,
    StaffBrand { staff, brand }: &StaffBrand,
    email: String,
    errors: FieldErrors,
    new_password: Option<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let observers = accounts::observers_of(db, brand.id).await?;
    render(ObserversPage {
        chrome: Chrome::staff(session, staff, &format!("{} · observers", brand.name))?,
        brand_id: brand.id,
        brand_name: brand.name.clone(),
        observers: observers.into_iter().map(|u| (u.id, u.email)).collect(),
        email,
        errors,
        new_password,
    })
}

async fn observers(
    session: Session,
    db: web::Data<Db>,
    access: StaffBrand,
) -> Result<HttpResponse, AppError> {
    observers_page(
        &session,
        &db,
        &access,
        String::new(),
        FieldErrors::default(),
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct NewObserver {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
}
crate::csrf_protected!(NewObserver);

async fn add_observer(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<NewObserver>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let mut errors = FieldErrors::default();
    let (kept, new_password) = add_account(form.email, &mut errors, |email| {
        accounts::add_observer(&db, &access.staff, access.brand.id, email)
    })
    .await?;
    observers_page(&session, &db, &access, kept, errors, new_password).await
}

async fn confirm_remove_observer(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    StaffBrand { staff, brand }: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let observer = accounts::observer(&db, brand.id, item_id::<UserId>(path)?).await?;
    render(ConfirmPage {
        chrome: Chrome::staff(&session, &staff, "Remove observer")?,
        heading: format!("Remove {} as an observer of {}?", observer.email, brand.name),
        message: "Their account is deleted and they are signed out at once. You can add them again later; they will get a new password.".into(),
        action: format!("/brands/{}/observers/{}/remove", brand.id, observer.id),
        button: "Remove observer".into(),
        cancel: format!("/brands/{}/observers", brand.id),
    })
}

async fn remove_observer(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    accounts::remove_observer(&db, &staff, brand.id, item_id::<UserId>(path)?).await?;
    flash(&session, "Observer removed.");
    Ok(see_other(&format!("/brands/{}/observers", brand.id)))
}
