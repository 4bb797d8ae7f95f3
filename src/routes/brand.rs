//! A brand's page: its cohorts, the form for a new one or to edit one, and
//! its team of managers.

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::activity::ParticipationTarget;
use crate::domain::{BoundedText, BrandId, Capacity, CityList, Staff};
use crate::error::AppError;
use crate::pages::brand::{
    BrandPage, CohortCard, CohortForm, CohortFormPage, TeamPage, attention_items,
};
use crate::pages::{Chrome, flash};
use crate::photos::store::PhotoStore;
use crate::services::cohorts::{self, CohortInput, CreateOutcome, EditOutcome};
use crate::services::dashboard::{self, BrandGlances, PulseMemo};
use crate::services::records::{Brand, Cohort};
use crate::services::{Db, FieldErrors, accounts};
use crate::web::session::CsrfForm;
use crate::web::{BrandWith, StaffBrand, StaffCohort, add_account, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/brands/{id}", web::get().to(brand_page))
        .route("/brands/{id}/cohorts/new", web::get().to(new_cohort_form))
        .route("/brands/{id}/cohorts", web::post().to(create_cohort))
        .route("/brands/{id}/target", web::post().to(set_target))
        .route("/brands/{id}/look", web::post().to(set_look))
        .route("/brands/{id}/look.css", web::get().to(look_stylesheet))
        .route(
            "/brands/{id}/logo",
            web::post()
                .guard(actix_web::guard::fn_guard(
                    crate::web::uploads::is_multipart,
                ))
                .to(set_logo),
        )
        .route("/brands/{id}/logo", web::post().to(logo_without_picture))
        .route("/brands/{id}/logo.png", web::get().to(logo))
        .route("/cohorts/{id}/edit", web::get().to(edit_cohort_form))
        .route("/cohorts/{id}/edit", web::post().to(edit_cohort))
        .route("/brands/{id}/team", web::get().to(team))
        .route("/brands/{id}/team", web::post().to(add_teammate));
}

#[derive(Deserialize)]
pub struct TargetForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    target: String,
}
crate::csrf_protected!(TargetForm);

/// Managers and admins set the share of members the brand hopes will take part.
async fn set_target(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<TargetForm>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    match ParticipationTarget::parse(&form.target) {
        Ok(target) => {
            accounts::change_participation_target(&db, staff, brand.id, target).await?;
            flash(
                &session,
                format!("The participation target is {} %.", target.get()),
            );
        }
        Err(message) => flash(&session, message),
    }
    Ok(see_other(&format!("/brands/{}", brand.id)))
}

#[derive(Deserialize)]
pub struct LookForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    accent: String,
    #[serde(default)]
    reset: String,
}
crate::csrf_protected!(LookForm);

/// Managers and admins give the brand's members' pages its accent colour.
async fn set_look(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<LookForm>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    if form.reset == "yes" {
        accounts::change_accent(&db, staff, brand.id, None).await?;
        flash(
            &session,
            "Members' pages are in Cohorts' own colours again.",
        );
    } else {
        match crate::domain::look::Accent::parse(&form.accent) {
            Ok(accent) => {
                accounts::change_accent(&db, staff, brand.id, Some(accent)).await?;
                flash(
                    &session,
                    format!("Members' pages now use {}.", accent.stored()),
                );
            }
            Err(message) => flash(&session, message),
        }
    }
    Ok(see_other(&format!("/brands/{}", brand.id)))
}

/// Managers and admins give the brand's members' pages, drops and mails its
/// logo, or take it away.
async fn set_logo(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: Result<StaffBrand, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    let (text, mut uploads) = crate::web::uploads::read_picture_form(&session, payload).await?;
    let upload = match (text.get("remove").as_str(), uploads.pop()) {
        ("yes", _) => None,
        (_, Some(upload)) if uploads.is_empty() => Some(upload),
        (_, Some(_)) => {
            flash(&session, "Choose one picture for the logo.");
            return Ok(see_other(&format!("/brands/{}", brand.id)));
        }
        (_, None) => {
            flash(&session, LOGO_WANTED);
            return Ok(see_other(&format!("/brands/{}", brand.id)));
        }
    };
    let removing = upload.is_none();
    match accounts::change_logo(&db, store.into_inner(), staff, brand.id, upload).await? {
        Ok(()) if removing => flash(&session, LOGO_REMOVED),
        Ok(()) => flash(
            &session,
            "Logo saved: members' pages, drops and mails show it.",
        ),
        Err(problem) => flash(&session, problem),
    }
    Ok(see_other(&format!("/brands/{}", brand.id)))
}

const LOGO_REMOVED: &str = "Logo removed: members' pages show the brand's name.";
const LOGO_WANTED: &str = "Choose a picture for the logo (PNG, JPEG or WebP).";

/// The logo form sent plainly rather than with its file (a browser or a
/// script that does not upload): nothing changes, and it says what to send.
async fn logo_without_picture(
    session: Session,
    CsrfForm(_): CsrfForm<crate::web::CsrfOnly>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { brand, .. } = access?;
    flash(&session, LOGO_WANTED);
    Ok(see_other(&format!("/brands/{}", brand.id)))
}

/// A brand's logo, open to all like its stylesheet: its members' pages and
/// its drops' public landing pages show it. The address carries the logo's
/// version, so it may be kept long.
async fn logo(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let brand_id: BrandId = crate::web::path_id(&path.into_inner())?;
    let png = accounts::logo(&db, store.into_inner(), brand_id).await?;
    Ok(HttpResponse::Ok()
        .content_type("image/png")
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "public, max-age=86400",
        ))
        .body(png))
}

/// A brand's stylesheet: its accent colour, for its members' pages and its
/// drops' landing pages (open to all: a colour is no secret).
async fn look_stylesheet(
    db: web::Data<Db>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let brand_id: BrandId = crate::web::path_id(&path.into_inner())?;
    let css = accounts::look_stylesheet(&db, brand_id).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((
            actix_web::http::header::CACHE_CONTROL,
            "public, max-age=86400",
        ))
        .body(css))
}

async fn brand_page(
    session: Session,
    db: web::Data<Db>,
    memo: web::Data<PulseMemo>,
    BrandWith(StaffBrand { staff, brand }, glances): BrandWith<BrandGlances>,
) -> Result<HttpResponse, AppError> {
    let pulses = dashboard::brand_home(&db, &memo, glances).await?;
    render(BrandPage {
        chrome: Chrome::staff(&session, &staff, &brand.name)?,
        brand_id: brand.id,
        anonymity_k: brand.anonymity_k,
        epsilon_per_month: brand.epsilon_per_month,
        participation_target: brand.participation_target,
        has_accent: brand.accent.is_some(),
        logo: crate::pages::logo_of(&brand),
        accent: brand.accent.unwrap_or_else(|| "#2251d1".into()),
        brand_name: brand.name,
        attention: attention_items(&pulses),
        cohorts: pulses.into_iter().map(CohortCard::of).collect(),
        active_days: dashboard::ACTIVE_DAYS,
        weeks: dashboard::WEEKS,
        due_days: dashboard::DUE_WITHIN_DAYS,
    })
}

/// The cohort form: for a new cohort of `brand`, or for editing `editing`.
fn cohort_form_page(
    session: &Session,
    staff: &Staff,
    brand: Brand,
    editing: Option<&Cohort>,
    form: CohortForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let title = editing.map_or_else(
        || "New cohort".to_string(),
        |c| format!("{} · edit", c.name),
    );
    render(CohortFormPage {
        chrome: Chrome::staff(session, staff, &title)?,
        brand_id: brand.id,
        brand_name: brand.name,
        form,
        errors,
        editing: editing.map(|c| c.id),
    })
}

async fn new_cohort_form(
    session: Session,
    StaffBrand { staff, brand }: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let form = CohortForm {
        capacity: "200".into(),
        ..CohortForm::default()
    };
    cohort_form_page(&session, &staff, brand, None, form, FieldErrors::default())
}

#[derive(Deserialize)]
pub struct NewCohort {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    theme: String,
    #[serde(default)]
    cities: String,
    #[serde(default)]
    capacity: String,
}
crate::csrf_protected!(NewCohort);

impl NewCohort {
    /// The form's fields as typed, to show again.
    fn typed(self) -> CohortForm {
        CohortForm {
            name: self.name,
            description: self.description,
            theme: self.theme,
            cities: self.cities,
            capacity: self.capacity,
        }
    }

    /// The cohort the form describes, or what is wrong with it, by field.
    fn parse(&self, errors: &mut FieldErrors) -> Option<CohortInput> {
        let form = self;
        let name = errors.check("name", BoundedText::parse(&form.name, "a name", 1, 80));
        let description = errors.check(
            "description",
            BoundedText::parse(&form.description, "a description", 1, 2000),
        );
        let theme = errors.check(
            "theme",
            BoundedText::parse(&form.theme, "the product or theme", 1, 120),
        );
        let cities = errors.check("cities", CityList::parse(&form.cities));
        let capacity = errors.check("capacity", Capacity::parse(&form.capacity));
        Some(CohortInput {
            name: name?.into_inner(),
            description: description?.into_inner(),
            theme: theme?.into_inner(),
            cities: cities?,
            capacity: capacity?,
        })
    }
}

async fn create_cohort(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<NewCohort>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    let mut errors = FieldErrors::default();
    if let Some(input) = form.parse(&mut errors) {
        match cohorts::add(&db, staff.clone(), brand.id, input).await? {
            CreateOutcome::Created(cohort_id) => {
                flash(&session, "Cohort created. Invite its first members below.");
                return Ok(see_other(&format!("/cohorts/{cohort_id}/invites")));
            }
            CreateOutcome::NameTaken => {
                errors.add("name", "This brand already has a cohort with this name.")
            }
        }
    }
    cohort_form_page(&session, &staff, brand, None, form.typed(), errors)
}

async fn edit_cohort_form(
    session: Session,
    StaffCohort {
        staff,
        cohort,
        brand,
        ..
    }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let form = CohortForm {
        name: cohort.name.clone(),
        description: cohort.description.clone(),
        theme: cohort.theme.clone(),
        cities: cohort.cities.clone(),
        capacity: cohort.capacity.to_string(),
    };
    cohort_form_page(
        &session,
        &staff,
        brand,
        Some(&cohort),
        form,
        FieldErrors::default(),
    )
}

async fn edit_cohort(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<NewCohort>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort {
        staff,
        cohort,
        brand,
        ..
    } = access?;
    let mut errors = FieldErrors::default();
    if let Some(input) = form.parse(&mut errors) {
        match cohorts::edit(&db, cohort.id, input).await? {
            EditOutcome::Saved => {
                flash(&session, "Cohort saved.");
                return Ok(see_other(&format!("/cohorts/{}", cohort.id)));
            }
            EditOutcome::NameTaken => {
                errors.add("name", "This brand already has a cohort with this name.")
            }
            EditOutcome::TooSmall { members } => errors.add(
                "capacity",
                format!("It has {members} members: the capacity cannot be smaller (and stays 100 to 250)."),
            ),
            EditOutcome::CitiesInUse(cities) => errors.add(
                "cities",
                format!(
                    "Members live in {}: keep {} in the list.",
                    cities.join(", "),
                    if cities.len() == 1 { "it" } else { "them" }
                ),
            ),
        }
    }
    cohort_form_page(&session, &staff, brand, Some(&cohort), form.typed(), errors)
}

async fn team_page(
    session: &Session,
    db: &Db,
    StaffBrand { staff, brand }: &StaffBrand,
    email: String,
    errors: FieldErrors,
    new_password: Option<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let managers = accounts::team_of(db, brand.id).await?;
    render(TeamPage {
        chrome: Chrome::staff(session, staff, &format!("{} · team", brand.name))?,
        brand_id: brand.id,
        brand_name: brand.name.clone(),
        managers: managers
            .into_iter()
            .map(|u| (u.email, u.must_change_password))
            .collect(),
        email,
        errors,
        new_password,
    })
}

async fn team(
    session: Session,
    db: web::Data<Db>,
    access: StaffBrand,
) -> Result<HttpResponse, AppError> {
    team_page(
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
pub struct NewTeammate {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
}
crate::csrf_protected!(NewTeammate);

async fn add_teammate(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<NewTeammate>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let mut errors = FieldErrors::default();
    let (kept, new_password) = add_account(form.email, &mut errors, |email| {
        accounts::add_teammate(&db, &access.staff, access.brand.id, email)
    })
    .await?;
    team_page(&session, &db, &access, kept, errors, new_password).await
}
