//! Activities: staff write, publish, close and copy them and read their
//! report; members answer them from their page.

use std::collections::HashMap;

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::activity::{
    Answer, MAX_CARDS, MAX_TASKS, Phase, TaskKind, Visibility, form_time,
};
use crate::domain::{ActivityId, AgeBand, CityList, TaskId, parse_segment};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pages::activities::{
    ActivitiesPage, ActivityLine, ActivityPage, DetailsChoices, DetailsForm, MemberActivityPage,
    OptionShare, ReleasedActivityPage, ReportFilter, ReportPage, TaskFormValues, TaskLine,
    TaskPage, TaskReport, TaskToAnswer, share, share_rows,
};
use crate::pages::{Chrome, CohortHeader, ConfirmPage, Pager, flash, member_language, show_time};
use crate::photos::Processed;
use crate::photos::store::PhotoStore;
use crate::services::access::CurrentMember;
use crate::services::activities::{
    self, ActivityForm, ActivityInput, ActivityView, Answered, FieldReader, OFFERED_KINDS,
    PhotoViewer, ReleaseLine, ReportMemo, ReportSegment, TASK_FIELDS, TaskFields, TaskTotals,
    TaskView,
};
use crate::services::exports::Format;
use crate::services::photos::{self as photo_service, Upload};
use crate::services::{Db, FieldErrors, now};
use crate::web::WritingMember;
use crate::web::session::{CsrfForm, verify_csrf};
use crate::web::uploads::{is_multipart, read_form, read_picture_form};
use crate::web::{
    CohortReleases, CsrfOnly, PageQuery, StaffActivity, StaffCohort, Visitor, image_path,
    is_thumbnail, path_id, private_jpeg, render, see_other,
};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/activities", web::get().to(list))
        .route(
            "/cohorts/{id}/activities",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(create_with_picture),
        )
        .route("/cohorts/{id}/activities", web::post().to(create))
        .route("/cohorts/{id}/activities/{item}", web::get().to(show))
        .route(
            "/cohorts/{id}/activities/{item}",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(edit_with_picture),
        )
        .route("/cohorts/{id}/activities/{item}", web::post().to(edit))
        .route(
            "/cohorts/{id}/activities/{item}/tasks",
            web::post().to(add_task),
        )
        .route(
            "/cohorts/{id}/activities/{item}/tasks/{task}/edit",
            web::get().to(task_form),
        )
        .route(
            "/cohorts/{id}/activities/{item}/tasks/{task}",
            web::post().to(save_task),
        )
        .route(
            "/cohorts/{id}/activities/{item}/tasks/{task}/up",
            web::post().to(move_task_up),
        )
        .route(
            "/cohorts/{id}/activities/{item}/tasks/{task}/remove",
            web::get().to(confirm_remove_task),
        )
        .route(
            "/cohorts/{id}/activities/{item}/tasks/{task}/remove",
            web::post().to(remove_task),
        )
        .route(
            "/cohorts/{id}/activities/{item}/publish",
            web::post().to(publish),
        )
        .route(
            "/cohorts/{id}/activities/{item}/close",
            web::get().to(confirm_close),
        )
        .route(
            "/cohorts/{id}/activities/{item}/close",
            web::post().to(close),
        )
        .route(
            "/cohorts/{id}/activities/{item}/delete",
            web::get().to(confirm_delete),
        )
        .route(
            "/cohorts/{id}/activities/{item}/delete",
            web::post().to(delete),
        )
        .route("/cohorts/{id}/activities/{item}/copy", web::post().to(copy))
        .route(
            "/cohorts/{id}/activities/{item}/report",
            web::get().to(report),
        )
        .route(
            "/cohorts/{id}/activities/{item}/release",
            web::get().to(released_page),
        )
        .route(
            "/cohorts/{id}/activities/{item}/release.{format}",
            web::get().to(released_download),
        )
        .route("/me/activities/{id}", web::get().to(member_page))
        .route(
            "/me/activities/{id}",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(member_answer_with_photos),
        )
        .route("/me/activities/{id}", web::post().to(member_answer))
        .route("/answers/photos/{id}/{size}", web::get().to(answer_photo))
        .route(
            "/activities/{id}/picture/{size}",
            web::get().to(activity_picture),
        )
        .route(
            "/activity-cards/{task}/{card}/{size}",
            web::get().to(card_picture),
        )
        .route(
            "/cohorts/{id}/activities/{item}/tasks/{task}/pictures",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(save_card_pictures),
        );
}

/// The details form: named fields, and a tick box per city (`city-{n}`) and
/// age band (`band-{n}`) asked.
#[derive(Deserialize)]
pub struct DetailsFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    instructions: String,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    due_at: String,
    #[serde(default)]
    closes_at: String,
    #[serde(default)]
    visibility: String,
    #[serde(flatten)]
    ticks: HashMap<String, String>,
}
crate::csrf_protected!(DetailsFields);

impl DetailsFields {
    fn ticked(&self, prefix: &str) -> Vec<String> {
        let mut ticked: Vec<(usize, String)> = self
            .ticks
            .iter()
            .filter_map(|(name, value)| {
                let n = name.strip_prefix(prefix)?.parse::<usize>().ok()?;
                Some((n, value.clone()))
            })
            .collect();
        ticked.sort();
        ticked.into_iter().map(|(_, value)| value).collect()
    }

    /// The fields of a multipart form.
    fn from_map(mut map: HashMap<String, String>) -> Self {
        let mut take = |name: &str| map.remove(name).unwrap_or_default();
        DetailsFields {
            csrf_token: take("csrf_token"),
            title: take("title"),
            instructions: take("instructions"),
            starts_at: take("starts_at"),
            due_at: take("due_at"),
            closes_at: take("closes_at"),
            visibility: take("visibility"),
            ticks: map,
        }
    }

    fn into_form(self) -> DetailsForm {
        DetailsForm {
            cities: self.ticked("city-"),
            bands: self.ticked("band-"),
            title: self.title,
            instructions: self.instructions,
            starts_at: self.starts_at,
            due_at: self.due_at,
            closes_at: self.closes_at,
            visibility: self.visibility,
        }
    }

    fn parse(&self, access: &StaffCohort) -> Result<ActivityInput, FieldErrors> {
        ActivityInput::parse(
            &ActivityForm {
                title: &self.title,
                instructions: &self.instructions,
                starts_at: &self.starts_at,
                due_at: &self.due_at,
                closes_at: &self.closes_at,
                cities: self.ticked("city-"),
                bands: self.ticked("band-"),
                visibility: &self.visibility,
            },
            &CityList::from_stored(&access.cohort.cities),
            access.staff.time_zone,
        )
    }
}

fn choices(access: &StaffCohort) -> DetailsChoices {
    DetailsChoices {
        cities: CityList::from_stored(&access.cohort.cities),
        bands: AgeBand::ALL.iter().map(|b| b.label()).collect(),
        visibilities: Visibility::ALL
            .iter()
            .map(|v| (v.as_str(), v.label()))
            .collect(),
        zone: access.staff.time_zone.name().to_string(),
    }
}

/// The brand's products as a select offers them.
fn catalogue(products: &[(crate::domain::ProductId, String)]) -> Vec<(String, String)> {
    products
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect()
}

fn kinds() -> Vec<(&'static str, &'static str)> {
    OFFERED_KINDS
        .iter()
        .map(|k| (k.as_str(), k.label()))
        .collect()
}

fn header(access: &StaffCohort) -> CohortHeader {
    CohortHeader::new(&access.cohort, &access.brand, "activities")
}

fn activity_id(path: &web::Path<(String, String)>) -> Result<ActivityId, AppError> {
    path_id(&path.1)
}

fn page_at(access: &StaffCohort, id: ActivityId) -> String {
    format!("/cohorts/{}/activities/{id}", access.cohort.id)
}

async fn list_page(
    session: &Session,
    db: &Db,
    access: &StaffCohort,
    page: i64,
    form: DetailsForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let zone = access.staff.time_zone;
    let listed = activities::list(db, access.cohort.id, page).await?;
    let at = now();
    render(ActivitiesPage {
        has_picture: false,
        chrome: Chrome::staff(
            session,
            &access.staff,
            &format!("{} · activities", access.cohort.name),
        )?,
        header: header(access),
        pager: Pager::of(&listed),
        base: format!("/cohorts/{}/activities", access.cohort.id),
        lines: listed
            .items
            .into_iter()
            .map(|a| ActivityLine {
                id: a.row.id,
                status: a.status(at),
                starts: show_time(a.row.starts_at, zone),
                due: show_time(a.row.due_at, zone),
                audience: a.audience.describe(),
                responses: a.row.responses,
                title: a.row.title,
            })
            .collect(),
        form,
        choices: choices(access),
        errors,
    })
}

async fn list(
    session: Session,
    db: web::Data<Db>,
    access: StaffCohort,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    // A new activity starts tomorrow at the hour and is due a week later.
    let zone = access.staff.time_zone;
    let start = (now() + chrono::Duration::days(1))
        .date()
        .and_hms_opt(16, 0, 0)
        .unwrap_or_else(now);
    let form = DetailsForm {
        starts_at: form_time(start, zone),
        due_at: form_time(start + chrono::Duration::days(7), zone),
        visibility: Visibility::AfterAnswering.as_str().into(),
        ..DetailsForm::default()
    };
    list_page(
        &session,
        &db,
        &access,
        query.number(),
        form,
        FieldErrors::default(),
    )
    .await
}

async fn create(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    CsrfForm(fields): CsrfForm<DetailsFields>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    creating(session, db, store, access?, fields, Vec::new()).await
}

/// The details with a picture (multipart): who asks is checked before any of
/// the body is read, and the CSRF token before any file is.
async fn create_with_picture(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: Result<StaffCohort, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (fields, uploads) = details_with_picture(&session, payload).await?;
    creating(session, db, store, access, fields, uploads).await
}

async fn details_with_picture(
    session: &Session,
    payload: Multipart,
) -> Result<(DetailsFields, Vec<Upload>), AppError> {
    let (text, uploads) = read_picture_form(session, payload).await?;
    Ok((DetailsFields::from_map(text.into_map()), uploads))
}

/// The details and their picture, checked: the input and the picture, or
/// every field's error.
async fn parse_details(
    fields: &DetailsFields,
    access: &StaffCohort,
    uploads: Vec<Upload>,
) -> Result<Result<(ActivityInput, Option<Processed>), FieldErrors>, AppError> {
    let (input, mut errors) = match fields.parse(access) {
        Ok(input) => (Some(input), FieldErrors::default()),
        Err(errors) => (None, errors),
    };
    let picture = photo_service::one_picture(uploads, "picture", &mut errors).await?;
    Ok(match input {
        Some(input) if errors.is_empty() => Ok((input, picture)),
        _ => Err(errors),
    })
}

async fn creating(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: StaffCohort,
    fields: DetailsFields,
    uploads: Vec<Upload>,
) -> Result<HttpResponse, AppError> {
    match parse_details(&fields, &access, uploads).await? {
        Ok((input, picture)) => {
            let store = store.into_inner();
            let (staff, cohort) = (&access.staff, &access.cohort);
            let id = activities::create(&db, store, staff, cohort, input, picture).await?;
            flash(
                &session,
                "Saved as a draft. Now add its tasks, then publish it.",
            );
            Ok(see_other(&page_at(&access, id)))
        }
        Err(errors) => list_page(&session, &db, &access, 1, fields.into_form(), errors).await,
    }
}

/// The editor's state besides the activity: forms as sent, with their errors.
#[derive(Default)]
struct EditorForms {
    details: Option<(DetailsForm, FieldErrors)>,
    task: Option<(TaskFormValues, FieldErrors)>,
}

async fn activity_page(
    session: &Session,
    db: &Db,
    access: &StaffCohort,
    id: ActivityId,
    forms: EditorForms,
) -> Result<HttpResponse, AppError> {
    let zone = access.staff.time_zone;
    let loaded = activities::for_staff(db, &access.cohort, id).await?;
    let at = now();
    let a = &loaded.activity;
    let (form, errors) = forms.details.unwrap_or_else(|| {
        (
            DetailsForm {
                title: a.row.title.clone(),
                instructions: a.row.instructions.clone(),
                starts_at: form_time(a.row.starts_at, zone),
                due_at: form_time(a.row.due_at, zone),
                closes_at: a
                    .row
                    .closes_at
                    .map(|c| form_time(c, zone))
                    .unwrap_or_default(),
                cities: a.audience.cities.clone(),
                bands: a
                    .audience
                    .bands
                    .iter()
                    .map(|b| b.label().to_string())
                    .collect(),
                visibility: a.visibility.as_str().into(),
            },
            FieldErrors::default(),
        )
    });
    let (task_form, task_errors) = forms.task.unwrap_or_else(|| {
        (
            TaskFormValues {
                kind: TaskKind::SingleChoice.as_str().into(),
                max_photos: "3".into(),
                days_after_receipt: "7".into(),
                ..TaskFormValues::default()
            },
            FieldErrors::default(),
        )
    });
    render(ActivityPage {
        chrome: Chrome::staff(session, &access.staff, &a.row.title)?,
        header: header(access),
        activity_id: id,
        has_picture: a.row.thumb_key.is_some(),
        title: a.row.title.clone(),
        instructions: a.row.instructions.clone(),
        status: a.status(at),
        starts: show_time(a.row.starts_at, zone),
        due: show_time(a.row.due_at, zone),
        closes: a
            .row
            .closes_at
            .map(|c| show_time(c, zone))
            .unwrap_or_default(),
        audience: a.audience.describe(),
        visibility: a.visibility.label(),
        responses: a.row.responses,
        editable: a.may_edit(at),
        draft: a.is_draft(),
        closable: !a.is_draft() && a.schedule.phase(at) != Phase::Closed,
        tasks: loaded
            .tasks
            .iter()
            .enumerate()
            .map(|(n, task)| TaskLine {
                id: task.id,
                number: n + 1,
                kind: task.spec.kind.label(),
                prompt: task.spec.prompt.clone(),
                options: task.spec.options.clone(),
                allow_other: task.spec.allow_other,
            })
            .collect(),
        max_tasks: MAX_TASKS,
        form,
        choices: choices(access),
        errors,
        task_form,
        task_errors,
        kinds: kinds(),
        other_cohorts: loaded.other_cohorts,
        products: catalogue(&loaded.products),
    })
}

async fn show(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    access: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let id = activity_id(&path)?;
    activity_page(&session, &db, &access, id, EditorForms::default()).await
}

async fn edit(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(fields): CsrfForm<DetailsFields>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let id = activity_id(&path)?;
    editing(session, db, store, access?, id, fields, Vec::new()).await
}

async fn edit_with_picture(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    access: Result<StaffCohort, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let id = activity_id(&path)?;
    let (fields, uploads) = details_with_picture(&session, payload).await?;
    editing(session, db, store, access, id, fields, uploads).await
}

async fn editing(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: StaffCohort,
    id: ActivityId,
    fields: DetailsFields,
    uploads: Vec<Upload>,
) -> Result<HttpResponse, AppError> {
    let (staff, cohort) = (&access.staff, &access.cohort);
    let mut errors = match parse_details(&fields, &access, uploads).await? {
        Ok((input, picture)) => {
            match activities::edit(&db, store.into_inner(), staff, cohort, id, input, picture)
                .await?
            {
                Ok(()) => {
                    flash(&session, "The details are saved.");
                    return Ok(see_other(&page_at(&access, id)));
                }
                Err(reason) => {
                    let mut errors = FieldErrors::default();
                    errors.add("title", reason);
                    errors
                }
            }
        }
        Err(errors) => errors,
    };
    if errors.is_empty() {
        errors.add("title", "Check the details.");
    }
    let forms = EditorForms {
        details: Some((fields.into_form(), errors)),
        task: None,
    };
    activity_page(&session, &db, &access, id, forms).await
}

#[derive(Deserialize)]
pub struct TaskFormFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    prompt: String,
    #[serde(default)]
    options: String,
    #[serde(default)]
    allow_other: Option<String>,
    #[serde(default)]
    max_photos: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    days_after_receipt: String,
}
crate::csrf_protected!(TaskFormFields);

impl TaskFormFields {
    fn values(&self) -> TaskFormValues {
        TaskFormValues {
            kind: self.kind.clone(),
            prompt: self.prompt.clone(),
            options: self.options.clone(),
            allow_other: self.allow_other.is_some(),
            max_photos: self.max_photos.clone(),
            product: self.product.clone(),
            days_after_receipt: self.days_after_receipt.clone(),
        }
    }

    fn into_fields(self) -> TaskFields {
        TaskFields {
            allow_other: self.allow_other.is_some(),
            kind: self.kind,
            prompt: self.prompt,
            options: self.options,
            max_photos: self.max_photos,
            product: self.product,
            days_after_receipt: self.days_after_receipt,
        }
    }
}

async fn add_task(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(fields): CsrfForm<TaskFormFields>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let id = activity_id(&path)?;
    let values = fields.values();
    let (store, fields_sent) = (store.into_inner(), fields.into_fields());
    match activities::save_task(&db, store, &access.cohort, id, None, fields_sent).await? {
        Ok(()) => {
            flash(&session, "The task is added.");
            Ok(see_other(&page_at(&access, id)))
        }
        Err(errors) => {
            let forms = EditorForms {
                details: None,
                task: Some((values, errors)),
            };
            activity_page(&session, &db, &access, id, forms).await
        }
    }
}

/// `/cohorts/{id}/activities/{item}/tasks/{task}`: the activity and the task.
fn task_path(path: &web::Path<(String, String, String)>) -> Result<(ActivityId, TaskId), AppError> {
    Ok((path_id(&path.1)?, path_id(&path.2)?))
}

async fn task_page(
    session: &Session,
    db: &Db,
    access: &StaffCohort,
    (id, task_id): (ActivityId, TaskId),
    form: Option<(TaskFormValues, FieldErrors)>,
    card_errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let loaded = activities::for_staff(db, &access.cohort, id).await?;
    let (number, task) = loaded
        .tasks
        .iter()
        .enumerate()
        .find(|(_, t)| t.id == task_id)
        .ok_or(AppError::NotFound)?;
    let (task_form, task_errors) = form.unwrap_or_else(|| {
        (
            TaskFormValues {
                kind: task.spec.kind.as_str().into(),
                prompt: task.spec.prompt.clone(),
                options: task.spec.stored_options(),
                allow_other: task.spec.allow_other,
                max_photos: task.spec.max_photos.max(3).to_string(),
                product: task.spec.product.map(|p| p.to_string()).unwrap_or_default(),
                days_after_receipt: task.spec.days_after_receipt.max(7).to_string(),
            },
            FieldErrors::default(),
        )
    });
    render(TaskPage {
        chrome: Chrome::staff(session, &access.staff, &loaded.activity.row.title)?,
        header: header(access),
        activity_id: id,
        activity_title: loaded.activity.row.title.clone(),
        task_id,
        number: number + 1,
        task_form,
        task_errors,
        kinds: kinds(),
        products: catalogue(&loaded.products),
        editable: loaded.activity.may_edit(now()),
        cards: if task.spec.kind.has_cards() {
            task.spec
                .options
                .iter()
                .cloned()
                .zip(card_pictures(task, "thumb"))
                .collect()
        } else {
            Vec::new()
        },
        card_errors,
    })
}

async fn task_form(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String, String)>,
    access: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let errors = FieldErrors::default();
    task_page(&session, &db, &access, task_path(&path)?, None, errors).await
}

async fn save_task(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String, String)>,
    CsrfForm(fields): CsrfForm<TaskFormFields>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (id, task) = task_path(&path)?;
    let values = fields.values();
    let (store, fields_sent) = (store.into_inner(), fields.into_fields());
    match activities::save_task(&db, store, &access.cohort, id, Some(task), fields_sent).await? {
        Ok(()) => {
            flash(&session, "The task is saved.");
            Ok(see_other(&page_at(&access, id)))
        }
        Err(errors) => {
            let sent = Some((values, errors));
            task_page(
                &session,
                &db,
                &access,
                (id, task),
                sent,
                FieldErrors::default(),
            )
            .await
        }
    }
}

/// Moving or removing a task, and the other one-button changes: done, or
/// refused with the reason as the page's message.
fn after_change(
    session: &Session,
    access: &StaffCohort,
    id: ActivityId,
    outcome: Result<(), String>,
    done: &str,
) -> HttpResponse {
    flash(session, outcome.err().unwrap_or_else(|| done.to_string()));
    see_other(&page_at(access, id))
}

async fn move_task_up(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (id, task) = task_path(&path)?;
    let store = store.into_inner();
    let outcome = activities::change_task(&db, store, &access.cohort, id, task, false).await?;
    Ok(after_change(
        &session,
        &access,
        id,
        outcome,
        "The task moved up.",
    ))
}

/// What a confirmation asks: its heading, what happens, and the button.
struct Confirmation {
    heading: &'static str,
    message: &'static str,
    button: &'static str,
}

/// Asks before a step that cannot be undone; the button posts to `{step}`
/// under the activity's page.
fn confirm(
    session: &Session,
    access: &StaffCohort,
    id: ActivityId,
    step: &str,
    asked: Confirmation,
) -> Result<HttpResponse, AppError> {
    let at = page_at(access, id);
    render(ConfirmPage {
        chrome: Chrome::staff(session, &access.staff, asked.button)?,
        heading: asked.heading.into(),
        message: asked.message.into(),
        action: format!("{at}/{step}"),
        button: asked.button.into(),
        cancel: at,
    })
}

async fn confirm_remove_task(
    session: Session,
    path: web::Path<(String, String, String)>,
    access: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let (id, task) = task_path(&path)?;
    let asked = Confirmation {
        heading: "Remove this task?",
        message: "Its question and options are deleted.",
        button: "Remove task",
    };
    confirm(
        &session,
        &access,
        id,
        &format!("tasks/{task}/remove"),
        asked,
    )
}

async fn remove_task(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (id, task) = task_path(&path)?;
    let store = store.into_inner();
    let outcome = activities::change_task(&db, store, &access.cohort, id, task, true).await?;
    Ok(after_change(
        &session,
        &access,
        id,
        outcome,
        "The task is removed.",
    ))
}

async fn publish(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let id = activity_id(&path)?;
    let outcome = activities::publish(&db, &access.staff, &access.cohort, id).await?;
    Ok(after_change(
        &session,
        &access,
        id,
        outcome,
        "Published. Members asked see it on their page from its start.",
    ))
}

async fn confirm_close(
    session: Session,
    path: web::Path<(String, String)>,
    access: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let asked = Confirmation {
        heading: "Close this activity now?",
        message: "Members can no longer answer or change their answers. The answers given stay in the report.",
        button: "Close now",
    };
    confirm(&session, &access, activity_id(&path)?, "close", asked)
}

async fn close(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let id = activity_id(&path)?;
    let outcome = activities::close(&db, &access.staff, &access.cohort, id).await?;
    Ok(after_change(
        &session,
        &access,
        id,
        outcome,
        "Closed: no more answers are taken.",
    ))
}

async fn confirm_delete(
    session: Session,
    path: web::Path<(String, String)>,
    access: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let asked = Confirmation {
        heading: "Delete this draft?",
        message: "The draft and its tasks are deleted. Nobody has seen it.",
        button: "Delete draft",
    };
    confirm(&session, &access, activity_id(&path)?, "delete", asked)
}

async fn delete(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let id = activity_id(&path)?;
    match activities::delete_draft(&db, store.into_inner(), &access.staff, &access.cohort, id)
        .await?
    {
        Ok(title) => {
            flash(&session, format!("The draft “{title}” is deleted."));
            Ok(see_other(&format!(
                "/cohorts/{}/activities",
                access.cohort.id
            )))
        }
        Err(reason) => Ok(after_change(&session, &access, id, Err(reason), "")),
    }
}

#[derive(Deserialize)]
pub struct CopyForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    into: String,
}
crate::csrf_protected!(CopyForm);

async fn copy(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(form): CsrfForm<CopyForm>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let id = activity_id(&path)?;
    let store = store.into_inner();
    match activities::duplicate(&db, store, &access.staff, &access.cohort, id, &form.into).await? {
        Ok((cohort, copy)) => {
            flash(
                &session,
                "Copied as a draft. Check its dates and who it asks, then publish it.",
            );
            Ok(see_other(&format!("/cohorts/{cohort}/activities/{copy}")))
        }
        Err(reason) => Ok(after_change(&session, &access, id, Err(reason), "")),
    }
}

fn task_report(
    n: usize,
    task: &TaskView,
    totals: &TaskTotals,
    texts: &[(String, Option<f64>)],
    photos: &[i64],
    themes: &[(String, i64)],
    product: &str,
) -> TaskReport {
    let kind = task.spec.kind;
    let mut names = task.spec.options.clone();
    if task.spec.allow_other {
        names.push("Other".into());
    }
    if kind == TaskKind::ProductTest {
        names.push(product.to_string());
    }
    let pictures = card_pictures(task, "thumb");
    let options = names
        .into_iter()
        .zip(&totals.per_option)
        .enumerate()
        .map(|(card, (name, counts))| {
            let count: i64 = counts.iter().sum();
            let weighted: i64 = counts
                .iter()
                .enumerate()
                .map(|(i, c)| (i as i64 + 1) * c)
                .sum();
            let mean = if count > 0 {
                format!("{:.1}", weighted as f64 / count as f64)
            } else {
                "—".into()
            };
            OptionShare {
                name,
                count,
                percent: share(count, totals.answered),
                mean,
                first: share(counts.first().copied().unwrap_or(0), totals.answered),
                spread: counts.clone(),
                picture: pictures.get(card).cloned().unwrap_or_default(),
            }
        })
        .collect();
    TaskReport {
        themes: themes.to_vec(),
        photos: photos.to_vec(),
        number: n + 1,
        kind: kind.label(),
        shape: match kind {
            TaskKind::SingleChoice | TaskKind::MultipleChoice => "poll",
            TaskKind::Rank => "rank",
            TaskKind::Rate | TaskKind::ProductTest => "rate",
            _ => "text",
        },
        prompt: task.spec.prompt.clone(),
        answered: totals.answered,
        options,
        mean_sentiment: totals
            .mean_sentiment
            .map(|m| format!("{m:+.2}"))
            .unwrap_or_default(),
        texts: texts
            .iter()
            .map(|(text, score)| {
                (
                    text.clone(),
                    score.map(|s| format!("{s:+.2}")).unwrap_or_default(),
                )
            })
            .collect(),
    }
}

/// The city and age band a report is narrowed to, as the filter form sends them.
#[derive(Deserialize)]
struct SegmentQuery {
    #[serde(default)]
    city: String,
    #[serde(default)]
    band: String,
}

async fn report(
    session: Session,
    db: web::Data<Db>,
    memo: web::Data<ReportMemo>,
    query: web::Query<SegmentQuery>,
    StaffActivity {
        cohort: access,
        activity: id,
        version,
    }: StaffActivity,
) -> Result<HttpResponse, AppError> {
    let target = access.brand.participation_target;
    let k = access.brand.anonymity_threshold();
    let cities = CityList::from_stored(&access.cohort.cities);
    let (segment, bad_filter) = match parse_segment(&query.city, &query.band, &cities) {
        Ok((city, band)) => (ReportSegment { city, band }, None),
        Err(message) => (ReportSegment::default(), Some(message)),
    };
    let filter = ReportFilter {
        cities,
        bands: AgeBand::ALL.iter().map(|b| b.label()).collect(),
        city: segment.city.clone().unwrap_or_default(),
        band: segment.band.map(AgeBand::label).unwrap_or_default(),
        error: bad_filter,
    };
    let narrowed = segment != ReportSegment::default();
    let view =
        activities::report(&db, &memo, &access.cohort, target, (id, version), segment).await?;
    let report = &view.figures;
    // A segment's answers are figures about a group: under k they are not
    // compared, as in the summary (`docs/PRIVACY.md`).
    let segment_answers: i64 = report.completion.iter().map(|c| c.counted).sum();
    let too_few = narrowed && segment_answers < k as i64;
    let zone = access.staff.time_zone;
    let empty = Vec::new();
    render(ReportPage {
        chrome: Chrome::staff(
            &session,
            &access.staff,
            &format!("{} · report", report.activity.row.title),
        )?,
        header: header(&access),
        activity_id: id,
        title: report.activity.row.title.clone(),
        status: report.activity.status(now()),
        due: show_time(report.activity.row.due_at, zone),
        responses: report.activity.row.responses,
        target,
        anonymity_k: k,
        completion: share_rows(&report.completion, k, target),
        filter,
        narrowed,
        too_few,
        tasks: report
            .tasks
            .iter()
            .zip(&report.totals)
            .enumerate()
            .map(|(n, (task, totals))| {
                task_report(
                    n,
                    task,
                    totals,
                    report.texts.get(n).unwrap_or(&empty),
                    report.photos.get(n).map_or(&[], Vec::as_slice),
                    report.themes.get(n).map_or(&[], Vec::as_slice),
                    view.product_names.get(n).map_or("", String::as_str),
                )
            })
            .collect(),
    })
}

/// The member's answer form: the tasks with their answers so far (or as sent).
fn tasks_to_answer(
    tasks: &[TaskView],
    own: Option<&[Answer]>,
    own_photos: &[Vec<i64>],
    product_tests: &[Option<(String, bool)>],
    sent: Option<FieldReader<'_>>,
    others: Option<&[TaskTotals]>,
) -> Vec<TaskToAnswer> {
    tasks
        .iter()
        .enumerate()
        .map(|(n, task)| {
            let field = TASK_FIELDS[n.min(TASK_FIELDS.len() - 1)];
            let cards = task.spec.options.len();
            let (text, mut chosen) = match (sent, own.and_then(|a| a.get(n))) {
                (Some(sent), _) => {
                    let chosen = match task.spec.kind {
                        TaskKind::SingleChoice => vec![sent(field)],
                        TaskKind::MultipleChoice => (0..=cards)
                            .filter(|i| !sent(&format!("{field}-option-{i}")).is_empty())
                            .map(|i| i.to_string())
                            .collect(),
                        TaskKind::Rank | TaskKind::Rate => (0..cards)
                            .map(|i| sent(&format!("{field}-card-{i}")))
                            .collect(),
                        _ => Vec::new(),
                    };
                    let text = if task.spec.kind.is_poll() {
                        sent(&format!("{field}-other"))
                    } else {
                        sent(field)
                    };
                    (text, chosen)
                }
                (None, Some(answer)) => match answer {
                    Answer::Text { text } => (text.clone(), Vec::new()),
                    Answer::Choice { chosen, other } => (
                        other.clone().unwrap_or_default(),
                        chosen.iter().map(|i| i.to_string()).collect(),
                    ),
                    Answer::Rank { order } => {
                        let mut places = vec![String::new(); cards];
                        for (place, card) in order.iter().enumerate() {
                            if let Some(p) = places.get_mut(*card) {
                                *p = (place + 1).to_string();
                            }
                        }
                        (String::new(), places)
                    }
                    Answer::Rate { stars } => {
                        (String::new(), stars.iter().map(|s| s.to_string()).collect())
                    }
                    Answer::ProductTest { stars, text, .. } => {
                        (text.clone(), vec![stars.to_string()])
                    }
                    Answer::NotAsked => (String::new(), Vec::new()),
                    Answer::Photo { .. } => (String::new(), Vec::new()),
                },
                (None, None) => (String::new(), Vec::new()),
            };
            // Ranks and ratings hold one value per card, empty until given.
            if matches!(task.spec.kind, TaskKind::Rank | TaskKind::Rate) {
                chosen.resize(cards, String::new());
            }
            let others = match others.and_then(|o| o.get(n)) {
                Some(totals) if task.spec.kind.is_poll() && totals.answered > 0 => {
                    let mut names = task.spec.options.clone();
                    if task.spec.allow_other {
                        names.push("Other".into());
                    }
                    names
                        .into_iter()
                        .zip(&totals.per_option)
                        .map(|(name, counts)| (name, share(counts.iter().sum(), totals.answered)))
                        .collect()
                }
                _ => Vec::new(),
            };
            let places = match task.spec.kind {
                TaskKind::Rank => (1..=cards).map(|p| p.to_string()).collect(),
                TaskKind::Rate => (1..=5).map(|s: u8| s.to_string()).collect(),
                _ => Vec::new(),
            };
            let (product, theirs) = match product_tests.get(n) {
                Some(Some((name, received))) => (name.clone(), *received),
                _ => (String::new(), true),
            };
            TaskToAnswer {
                product,
                theirs,
                photos: own_photos.get(n).cloned().unwrap_or_default(),
                max_photos: task.spec.max_photos,
                cards: task
                    .spec
                    .options
                    .iter()
                    .cloned()
                    .zip(chosen.iter().cloned())
                    .collect(),
                card_pictures: card_pictures(task, "display"),
                places,
                number: n + 1,
                field,
                kind: task.spec.kind.as_str(),
                prompt: task.spec.prompt.clone(),
                options: task.spec.options.clone(),
                allow_other: task.spec.allow_other,
                text,
                chosen,
                others,
            }
        })
        .collect()
}

fn closed_reason(activity: &ActivityView, answered: bool, lang: Lang) -> String {
    lang.t(match activity.schedule.phase(now()) {
        Phase::Late if answered => "act-late",
        _ => "act-closed",
    })
}

async fn member_page_with(
    session: &Session,
    db: &Db,
    current: &CurrentMember,
    id: ActivityId,
    sent: Option<(FieldReader<'_>, FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let loaded = activities::for_member(db, &current.member, id).await?;
    let answered = loaded.own.is_some();
    let (sent, errors) = match sent {
        Some((sent, errors)) => (Some(sent), errors),
        None => (None, FieldErrors::default()),
    };
    let chrome = Chrome::member(session, current, &loaded.activity.row.title)?;
    let lang = chrome.lang;
    let due = lang.time(loaded.due_at, current.time_zone());
    render(MemberActivityPage {
        chrome,
        activity_id: id,
        has_picture: loaded.activity.row.thumb_key.is_some(),
        title: loaded.activity.row.title.clone(),
        instructions: loaded.activity.row.instructions.clone(),
        due,
        answered,
        // Nobody answers in a cohort its staff closed.
        may_answer: loaded.may_answer && current.cohort.closed_at.is_none(),
        closed_reason: if current.cohort.closed_at.is_some() {
            lang.t("error-closed")
        } else {
            closed_reason(&loaded.activity, answered, lang)
        },
        has_photos: loaded
            .tasks
            .iter()
            .any(|t| matches!(t.spec.kind, TaskKind::Photo | TaskKind::ProductTest)),
        tasks: tasks_to_answer(
            &loaded.tasks,
            loaded.own.as_deref(),
            &loaded.own_photos,
            &loaded.product_tests,
            sent,
            loaded.others.as_deref(),
        ),
        others_shown: loaded.others.is_some(),
        others_hidden_until_answered: !answered
            && loaded.activity.visibility == Visibility::AfterAnswering,
        submission_key: crate::auth::token::generate().plain,
        errors,
    })
}

async fn member_page(
    session: Session,
    db: web::Data<Db>,
    id: web::Path<String>,
    current: CurrentMember,
) -> Result<HttpResponse, AppError> {
    let id = path_id(&id)?;
    member_page_with(&session, &db, &current, id, None).await
}

/// The answers form: a field per task (`task-{n}`, `task-{n}-option-{i}`,
/// `task-{n}-card-{i}`, `task-{n}-other`) and the one-time key.
#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    submission_key: String,
    #[serde(flatten)]
    fields: HashMap<String, String>,
}
crate::csrf_protected!(AnswerForm);

async fn member_answer(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<AnswerForm>,
    access: Result<WritingMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?.0;
    let mut fields = form.fields;
    fields.insert("submission_key".into(), form.submission_key);
    let sent = Sent {
        fields,
        uploads: Vec::new(),
    };
    answering(session, db, store, current, path_id(&id)?, sent).await
}

/// The same form with photos (multipart). Who asks is checked before any of
/// the body is read, and the CSRF token before any file is.
async fn member_answer_with_photos(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    id: web::Path<String>,
    access: Result<WritingMember, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let current = access?.0;
    let id = path_id(&id)?;
    let (text, uploads) = read_form(
        payload,
        |field| field.starts_with("task-") && field.ends_with("-photos"),
        |token| verify_csrf(&session, token),
    )
    .await?;
    let sent = Sent {
        fields: text.into_map(),
        uploads,
    };
    answering(session, db, store, current, id, sent).await
}

/// A member's answers as sent: the form's fields and the photos chosen.
struct Sent {
    fields: HashMap<String, String>,
    uploads: Vec<Upload>,
}

async fn answering(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    current: CurrentMember,
    id: ActivityId,
    Sent { fields, uploads }: Sent,
) -> Result<HttpResponse, AppError> {
    let loaded = activities::for_member(&db, &current.member, id).await?;
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    // Photos chosen now for a task replace the ones it held.
    let mut chosen: Vec<Vec<Upload>> = loaded.tasks.iter().map(|_| Vec::new()).collect();
    for upload in uploads {
        let task = upload
            .field
            .strip_prefix("task-")
            .and_then(|rest| rest.strip_suffix("-photos"))
            .and_then(|n| n.parse::<usize>().ok());
        if let Some(list) = task.and_then(|n| chosen.get_mut(n)) {
            list.push(upload);
        }
    }
    let counts: Vec<usize> = chosen
        .iter()
        .zip(&loaded.own_photos)
        .map(|(new, held)| {
            if new.is_empty() {
                held.len()
            } else {
                new.len()
            }
        })
        .collect();
    let lang = member_language(&session, &current);
    let (answers, mut errors) = match activities::parse_answers(
        &loaded.tasks,
        &field,
        &counts,
        &loaded.product_tests,
        lang,
    ) {
        Ok(answers) => (answers, FieldErrors::default()),
        Err(errors) => (Vec::new(), errors),
    };
    let mut photos = Vec::new();
    for (n, uploads) in chosen.into_iter().enumerate() {
        let is_photo_task = loaded
            .tasks
            .get(n)
            .is_some_and(|t| matches!(t.spec.kind, TaskKind::Photo | TaskKind::ProductTest));
        let not_theirs = matches!(loaded.product_tests.get(n), Some(Some((_, false))));
        if uploads.is_empty()
            || !is_photo_task
            || not_theirs
            || errors.get(TASK_FIELDS[n]).is_some()
        {
            continue;
        }
        let processed =
            photo_service::process_all(uploads, TASK_FIELDS[n], lang, &mut errors).await?;
        photos.push((n, processed));
    }
    if !errors.is_empty() {
        return member_page_with(&session, &db, &current, id, Some((&field, errors))).await;
    }
    let key = Some(field("submission_key")).filter(|k| crate::auth::token::looks_valid(k));
    let outcome = activities::answer(
        &db,
        store.into_inner(),
        &current.member,
        id,
        answers,
        key,
        photos,
    )
    .await?;
    let lang = member_language(&session, &current);
    match outcome {
        Ok(Answered::Changed) => flash(&session, lang.t("flash-answers-updated")),
        Ok(Answered::First | Answered::Again) => flash(&session, lang.t("flash-answers-in")),
        Err(reason) => flash(&session, reason),
    }
    Ok(see_other(&format!("/me/activities/{id}")))
}

/// A photo sent with an answer, for the member who sent it and the brand's
/// staff who read the feed.
async fn answer_photo(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    visitor: Visitor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (photo_id, thumbnail): (i64, bool) = image_path(path)?;
    let viewer = match visitor {
        Visitor {
            staff: Some(staff), ..
        } => PhotoViewer::Staff(staff),
        Visitor {
            member: Some(member),
            ..
        } => PhotoViewer::Member(member.member.id),
        _ => PhotoViewer::Nobody,
    };
    let bytes =
        activities::answer_photo(&db, store.into_inner(), viewer, photo_id, thumbnail).await?;
    Ok(private_jpeg(bytes))
}

/// The addresses of a task's card pictures (empty for a card without one).
fn card_pictures(task: &TaskView, size: &str) -> Vec<String> {
    task.card_pictures
        .iter()
        .enumerate()
        .map(|(card, has)| {
            if *has {
                format!("/activity-cards/{}/{card}/{size}", task.id)
            } else {
                String::new()
            }
        })
        .collect()
}

/// A card's picture: for the brand's staff and the members its activity asks.
async fn card_picture(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    visitor: Visitor,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let task: TaskId = path_id(&path.0)?;
    let card: i32 = path.1.parse().map_err(|_| AppError::NotFound)?;
    let thumbnail = is_thumbnail(&path.2)?;
    let viewer = (visitor.staff, visitor.member.map(|current| current.member));
    let bytes =
        activities::card_picture(&db, store.into_inner(), viewer, (task, card), thumbnail).await?;
    Ok(private_jpeg(bytes))
}

/// The pictures of a ranking's or rating's cards, one file field per card
/// (`card-{n}`), each optional: a new one replaces the card's picture.
async fn save_card_pictures(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String, String)>,
    access: Result<StaffCohort, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (id, task) = task_path(&path)?;
    let card_of = |field: &str| {
        field
            .strip_prefix("card-")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n < MAX_CARDS)
    };
    let (_, uploads) = read_form(
        payload,
        |field| card_of(field).is_some(),
        |token| verify_csrf(&session, token),
    )
    .await?;
    let mut errors = FieldErrors::default();
    let mut pictures = Vec::new();
    for upload in uploads {
        let Some(card) = card_of(&upload.field) else {
            continue;
        };
        let field: &'static str = CARD_FIELDS[card];
        if let Some(picture) = photo_service::one_picture(vec![upload], field, &mut errors).await? {
            pictures.push((card, picture));
        }
    }
    if pictures.is_empty() && errors.is_empty() {
        errors.add(CARD_FIELDS[0], "Choose a picture for at least one card.");
    }
    if !errors.is_empty() {
        return task_page(&session, &db, &access, (id, task), None, errors).await;
    }
    let (staff, cohort) = (&access.staff, &access.cohort);
    let store = store.into_inner();
    match activities::set_card_pictures(&db, store, staff, cohort, (id, task), pictures).await? {
        Ok(()) => {
            flash(&session, "The cards' pictures are saved.");
            Ok(see_other(&format!(
                "{}/tasks/{task}/edit",
                page_at(&access, id)
            )))
        }
        Err(reason) => {
            let mut errors = FieldErrors::default();
            errors.add(CARD_FIELDS[0], reason);
            task_page(&session, &db, &access, (id, task), None, errors).await
        }
    }
}

/// The file fields' names of a ranking's or rating's cards.
const CARD_FIELDS: [&str; MAX_CARDS] = [
    "card-0", "card-1", "card-2", "card-3", "card-4", "card-5", "card-6", "card-7",
];

/// An activity's picture: for the brand's staff and the members it asks.
async fn activity_picture(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    visitor: Visitor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, thumbnail): (i64, bool) = image_path(path)?;
    let viewer = (visitor.staff, visitor.member.map(|current| current.member));
    let bytes =
        activities::picture(&db, store.into_inner(), viewer, ActivityId(id), thumbnail).await?;
    Ok(private_jpeg(bytes))
}

/// An activity's released figures, for the brand's staff and observers alike.
async fn released_page(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CohortReleases(StaffCohort { staff, cohort, .. }): CohortReleases,
) -> Result<HttpResponse, AppError> {
    let id = activity_id(&path)?;
    let released = activities::release(&db, cohort.id, id).await?;
    let mut sections: Vec<(String, Vec<ReleaseLine>)> = Vec::new();
    for line in activities::release_lines(&released) {
        match sections.last_mut() {
            Some((section, lines)) if *section == line.section => lines.push(line),
            _ => sections.push((line.section.clone(), vec![line])),
        }
    }
    render(ReleasedActivityPage {
        chrome: Chrome::staff(&session, &staff, &released.activity.row.title)?,
        cohort_id: cohort.id,
        cohort_name: cohort.name,
        activity_id: id,
        title: released.activity.row.title.clone(),
        made: show_time(released.made_at, staff.time_zone),
        k: released.release.k,
        sections,
    })
}

async fn released_download(
    db: web::Data<Db>,
    path: web::Path<(String, String, String)>,
    CohortReleases(StaffCohort { staff, cohort, .. }): CohortReleases,
) -> Result<HttpResponse, AppError> {
    let id: ActivityId = path_id(&path.1)?;
    let format = Format::parse(&path.2).ok_or(AppError::NotFound)?;
    let body = activities::download_release(&db, staff, cohort, id, format).await?;
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            actix_web::http::header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"activity-{id}-release.{}\"",
                format.extension()
            ),
        ))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body))
}
