//! Activities: what a brand asks its cohort. Staff write an activity as a
//! draft, add its tasks, publish it to start on a date, and may close it early
//! or copy it into another cohort; members see it on their to-do list, answer
//! it once (one-time keys, as for posts) and change their answers until it is
//! due. Every answer moves the activity's aggregates in the same transaction,
//! so a report reads them and never the answers one by one.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDateTime;

use crate::db::DbConn;
use crate::db::models::activities::CardPicture;
use crate::db::models::activities::{
    self as rows, Details, NewAnswerPhoto, NewResponse, NewTask, StatKey,
};
use crate::db::models::{Page, audit, cohorts, products as product_rows};
use crate::domain::activity::{
    Answer, Audience, MAX_PHOTOS, MAX_TASKS, Phase, Schedule, TaskForm, TaskKind, TaskSpec,
    Visibility,
};
use crate::domain::{
    ActivityId, AgeBand, BoundedText, CityList, CohortId, EpsilonPerMonth, ProductId, Staff, TaskId,
};
use crate::error::AppError;
use crate::i18n::{Arg, Lang};
use crate::photos::Processed;
use crate::photos::store::PhotoStore;
use crate::sentiment;
use crate::services::photos as photo_service;
use crate::services::posts::{StoredPhoto, age_band_of};
use crate::services::records::{Cohort, Member};
use crate::services::{Db, FieldErrors, Paged, exports, now};
use crate::summary::activity_release::{self, ActivityRelease, Respondent, TaskShape};
use crate::summary::memo::Memo;
use crate::summary::release::{Budget, Noise};
use crate::summary::themes::post_terms;

pub use crate::db::models::activities::Activity;

/// Task kinds staff can add.
pub const OFFERED_KINDS: [TaskKind; 7] = [
    TaskKind::Text,
    TaskKind::Photo,
    TaskKind::SingleChoice,
    TaskKind::MultipleChoice,
    TaskKind::Rank,
    TaskKind::Rate,
    TaskKind::ProductTest,
];

/// Form field names of the tasks' answers, one per task.
pub const TASK_FIELDS: [&str; MAX_TASKS] = [
    "task-0", "task-1", "task-2", "task-3", "task-4", "task-5", "task-6", "task-7", "task-8",
    "task-9",
];

/// An activity's details, checked.
pub struct ActivityInput {
    pub title: String,
    pub instructions: String,
    pub schedule: Schedule,
    pub audience: Audience,
    pub visibility: Visibility,
}

/// What the details form sends.
pub struct ActivityForm<'a> {
    pub title: &'a str,
    pub instructions: &'a str,
    pub starts_at: &'a str,
    pub due_at: &'a str,
    pub closes_at: &'a str,
    pub cities: Vec<String>,
    pub bands: Vec<String>,
    pub visibility: &'a str,
}

impl ActivityInput {
    /// The form, checked against the cohort's cities; times are read in `zone`.
    pub fn parse(
        form: &ActivityForm<'_>,
        cohort_cities: &[String],
        zone: chrono_tz::Tz,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = errors.check(
            "title",
            BoundedText::parse(form.title, "a title", 1, 120).map(BoundedText::into_inner),
        );
        let instructions = errors.check(
            "instructions",
            BoundedText::parse(form.instructions, "the instructions", 1, 4000)
                .map(BoundedText::into_inner),
        );
        let schedule = match Schedule::parse(form.starts_at, form.due_at, form.closes_at, zone) {
            Ok(schedule) => Some(schedule),
            Err(problems) => {
                for (field, message) in problems {
                    errors.add(field, message);
                }
                None
            }
        };
        let audience = errors.check(
            "audience",
            Audience::parse(&form.cities, cohort_cities, &form.bands),
        );
        let visibility = Visibility::parse(form.visibility);
        if visibility.is_none() {
            errors.add("visibility", "Choose when members see the others' answers.");
        }
        match (title, instructions, schedule, audience, visibility) {
            (Some(title), Some(instructions), Some(schedule), Some(audience), Some(visibility))
                if errors.is_empty() =>
            {
                Ok(ActivityInput {
                    title,
                    instructions,
                    schedule,
                    audience,
                    visibility,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A stored activity, its rules read back.
pub struct ActivityView {
    pub row: Activity,
    pub schedule: Schedule,
    pub audience: Audience,
    pub visibility: Visibility,
}

impl ActivityView {
    fn of(row: Activity) -> Self {
        ActivityView {
            schedule: Schedule {
                starts_at: row.starts_at,
                due_at: row.due_at,
                closes_at: row.closes_at,
            },
            audience: Audience::from_stored(&row.audience_cities, &row.audience_bands),
            visibility: Visibility::parse(&row.visibility).unwrap_or(Visibility::AfterAnswering),
            row,
        }
    }

    pub fn is_draft(&self) -> bool {
        self.row.published_at.is_none()
    }

    /// Its tasks and times may change while it is a draft or has not started.
    pub fn may_edit(&self, at: NaiveDateTime) -> bool {
        self.is_draft() || self.schedule.phase(at) == Phase::Upcoming
    }

    /// In words, for staff: draft, scheduled, open, late, closed.
    pub fn status(&self, at: NaiveDateTime) -> &'static str {
        if self.is_draft() {
            return "Draft";
        }
        match self.schedule.phase(at) {
            Phase::Upcoming => "Scheduled",
            Phase::Open => "Open",
            Phase::Late => "Past due",
            Phase::Closed => "Closed",
        }
    }
}

/// A task as stored, its rules read back.
pub struct TaskView {
    pub id: TaskId,
    pub spec: TaskSpec,
    /// Per card of a ranking or rating: whether it has a picture.
    pub card_pictures: Vec<bool>,
}

fn task_view(task: rows::Task) -> Option<TaskView> {
    Some(TaskView {
        id: task.id,
        card_pictures: Vec::new(),
        spec: TaskSpec {
            kind: TaskKind::parse(&task.kind)?,
            prompt: task.prompt,
            options: task
                .options
                .lines()
                .filter(|o| !o.is_empty())
                .map(str::to_string)
                .collect(),
            allow_other: task.allow_other,
            max_photos: task.max_photos,
            product: task.product_id,
            days_after_receipt: task.days_after_receipt,
        },
    })
}

fn load_tasks(conn: &mut DbConn, id: ActivityId) -> Result<Vec<TaskView>, AppError> {
    let mut tasks: Vec<TaskView> = rows::tasks(conn, id)?
        .into_iter()
        .filter_map(task_view)
        .collect();
    let carded: Vec<TaskId> = tasks
        .iter()
        .filter(|t| t.spec.kind.has_cards())
        .map(|t| t.id)
        .collect();
    if !carded.is_empty() {
        let pictured = rows::cards_with_pictures(conn, &carded)?;
        for task in &mut tasks {
            task.card_pictures = (0..task.spec.options.len())
                .map(|card| pictured.contains(&(task.id, card as i32)))
                .collect();
        }
    }
    Ok(tasks)
}

/// Gives cards of a ranking or rating task their pictures (by the card's
/// place), while the activity may change; a new picture replaces a card's
/// old one. `Err` says why not.
pub async fn set_card_pictures(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    cohort: &Cohort,
    (id, task): (ActivityId, TaskId),
    pictures: Vec<(usize, Processed)>,
) -> Result<Result<(), String>, AppError> {
    let (cards, processed): (Vec<usize>, Vec<Processed>) = pictures.into_iter().unzip();
    let stored = photo_service::store_all(store.clone(), processed).await?;
    let new_keys: Vec<(usize, CardPicture)> = cards
        .into_iter()
        .zip(
            stored
                .iter()
                .map(|p| (p.display_key.clone(), p.thumb_key.clone())),
        )
        .collect();
    let keys = new_keys.clone();
    let done = change_activity(
        db,
        staff,
        cohort,
        id,
        "add card pictures",
        move |conn, activity, at| {
            if !activity.may_edit(at) {
                return Ok(Err(STARTED.into()));
            }
            let tasks = load_tasks(conn, id)?;
            let this = tasks
                .iter()
                .find(|t| t.id == task)
                .ok_or(AppError::NotFound)?;
            if !this.spec.kind.has_cards() {
                return Ok(Err(
                    "Only a ranking's or a rating's cards have pictures.".into()
                ));
            }
            let mut replaced = Vec::new();
            for (card, (display, thumb)) in &keys {
                if *card >= this.spec.options.len() {
                    return Ok(Err(
                        "The cards changed meanwhile: choose the pictures again.".into(),
                    ));
                }
                let card = *card as i32;
                replaced.extend(rows::card_picture(conn, task, card)?);
                rows::delete_card_picture(conn, task, card)?;
                rows::insert_card_picture(conn, task, card, (display, thumb))?;
            }
            rows::bump_version(conn, id)?;
            Ok(Ok(replaced))
        },
    )
    .await;
    let kept = matches!(done, Ok(Ok(_)));
    for (_, files) in new_keys {
        photo_service::keep_picture_if(&*store, Some(files), kept);
    }
    match done {
        Ok(Ok(replaced)) => {
            for files in replaced {
                photo_service::keep_picture_if(&*store, Some(files), false);
            }
            Ok(Ok(()))
        }
        Ok(Err(reason)) => Ok(Err(reason)),
        Err(error) => Err(error),
    }
}

/// A cohort's activities, a page at a time.
pub async fn list(
    db: &Db,
    cohort_id: CohortId,
    page: i64,
) -> Result<Paged<ActivityView>, AppError> {
    db.run(move |conn| {
        let total = rows::count_of_cohort(conn, cohort_id)?;
        Ok(Paged::read(page, 20, total, |page| {
            rows::of_cohort(conn, cohort_id, page)
        })?
        .map(ActivityView::of))
    })
    .await
}

/// An activity of the cohort with its tasks, as staff see it.
pub struct StaffActivity {
    pub activity: ActivityView,
    pub tasks: Vec<TaskView>,
    /// The brand's other cohorts, to copy the activity into.
    pub other_cohorts: Vec<(CohortId, String)>,
    /// The brand's catalogue, for product tests.
    pub products: Vec<(ProductId, String)>,
}

fn find(conn: &mut DbConn, cohort_id: CohortId, id: ActivityId) -> Result<ActivityView, AppError> {
    rows::find_in_cohort(conn, id, cohort_id)?
        .map(ActivityView::of)
        .ok_or(AppError::NotFound)
}

pub async fn for_staff(
    db: &Db,
    cohort: &Cohort,
    id: ActivityId,
) -> Result<StaffActivity, AppError> {
    let (cohort_id, brand_id) = (cohort.id, cohort.brand_id);
    db.run(move |conn| {
        let activity = find(conn, cohort_id, id)?;
        let tasks = load_tasks(conn, id)?;
        let other_cohorts = cohorts::list_for_brand(conn, brand_id)?
            .into_iter()
            .filter(|c| c.id != cohort_id)
            .map(|c| (c.id, c.name))
            .collect();
        let products = product_rows::of_brand(conn, brand_id)?
            .into_iter()
            .map(|p| (p.id, p.name))
            .collect();
        Ok(StaffActivity {
            activity,
            tasks,
            other_cohorts,
            products,
        })
    })
    .await
}

/// The row's details from what staff wrote; `cities` and `bands` as
/// [`details`] stores them.
fn details_of<'a>(input: &'a ActivityInput, cities: &'a str, bands: &'a str) -> Details<'a> {
    Details {
        title: &input.title,
        instructions: &input.instructions,
        starts_at: input.schedule.starts_at,
        due_at: input.schedule.due_at,
        closes_at: input.schedule.closes_at,
        audience_cities: cities,
        audience_bands: bands,
        visibility: input.visibility.as_str(),
    }
}

fn details(input: &ActivityInput) -> (String, String) {
    (
        input.audience.stored_cities(),
        input.audience.stored_bands(),
    )
}

/// Audit-logs a change to an activity of the cohort (and brand) `scope`, and
/// moves the cohort's activities version, so that members' to-do lists are
/// built afresh.
fn record(
    conn: &mut DbConn,
    staff: &Staff,
    (cohort, brand): (CohortId, crate::domain::BrandId),
    action: &str,
    subject: ActivityId,
    details: &str,
    at: NaiveDateTime,
) -> Result<(), AppError> {
    audit::insert(
        conn,
        audit::NewEntry {
            actor_id: Some(staff.id),
            actor: &staff.email,
            action,
            brand_id: Some(brand),
            subject: &format!("activity {subject} in cohort {cohort}"),
            details,
        },
        at,
    )?;
    cohorts::activities_changed(conn, cohort)?;
    Ok(())
}

/// Writes a new activity as a draft, with its picture when one came (decoded
/// and re-encoded already).
pub async fn create(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    cohort: &Cohort,
    input: ActivityInput,
    picture: Option<Processed>,
) -> Result<ActivityId, AppError> {
    crate::services::cohorts::refuse_staff_if_closed(cohort, "adding an activity")?;
    let (cohort_id, brand_id, staff) = (cohort.id, cohort.brand_id, staff.clone());
    let stored = photo_service::store_picture(store.clone(), picture).await?;
    let keys = stored.clone();
    let created = db
        .write(move |conn| {
            let at = now();
            let (cities, bands) = details(&input);
            let id = rows::insert(
                conn,
                cohort_id,
                &details_of(&input, &cities, &bands),
                staff.id,
                at,
            )?;
            if let Some((display, thumb)) = &keys {
                rows::set_picture(conn, id, Some((display, thumb)))?;
            }
            record(
                conn,
                &staff,
                (cohort_id, brand_id),
                "create activity",
                id,
                &input.title,
                at,
            )?;
            Ok(id)
        })
        .await;
    photo_service::keep_picture_if(&*store, stored, created.is_ok());
    created
}

/// Why an activity cannot change any more, in plain words.
const STARTED: &str = "It has started: members may have answered, so its times, audience and tasks stay as they are. You can still close it early.";

/// Changes one activity of the cohort in one transaction: `change` says why
/// not, or does it; what is done is audit-logged as `action`.
async fn change_activity<T: Send + 'static>(
    db: &Db,
    staff: &Staff,
    cohort: &Cohort,
    id: ActivityId,
    action: &'static str,
    change: impl FnOnce(
        &mut DbConn,
        &ActivityView,
        NaiveDateTime,
    ) -> Result<Result<T, String>, AppError>
    + Send
    + 'static,
) -> Result<Result<T, String>, AppError> {
    let (cohort_id, brand_id, staff) = (cohort.id, cohort.brand_id, staff.clone());
    db.write(move |conn| {
        let at = now();
        let activity = find(conn, cohort_id, id)?;
        let done = change(conn, &activity, at)?;
        if done.is_ok() {
            record(
                conn,
                &staff,
                (cohort_id, brand_id),
                action,
                id,
                &activity.row.title,
                at,
            )?;
        }
        Ok(done)
    })
    .await
}

/// Changes an activity's details while it is a draft or has not started; a
/// new picture replaces the one it had.
pub async fn edit(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    cohort: &Cohort,
    id: ActivityId,
    input: ActivityInput,
    picture: Option<Processed>,
) -> Result<Result<(), String>, AppError> {
    let stored = photo_service::store_picture(store.clone(), picture).await?;
    let keys = stored.clone();
    let changed = change_activity(
        db,
        staff,
        cohort,
        id,
        "edit activity",
        move |conn, activity, at| {
            if !activity.may_edit(at) {
                return Ok(Err(STARTED.into()));
            }
            let (cities, bands) = details(&input);
            rows::update(conn, id, &details_of(&input, &cities, &bands), at)?;
            let replaced = match &keys {
                Some((display, thumb)) => {
                    rows::set_picture(conn, id, Some((display, thumb)))?;
                    picture_keys(&activity.row)
                }
                None => None,
            };
            Ok(Ok(replaced))
        },
    )
    .await;
    let kept = matches!(changed, Ok(Ok(_)));
    photo_service::keep_picture_if(&*store, stored, kept);
    match changed {
        Ok(Ok(replaced)) => {
            photo_service::keep_picture_if(&*store, replaced, false);
            Ok(Ok(()))
        }
        Ok(Err(reason)) => Ok(Err(reason)),
        Err(error) => Err(error),
    }
}

fn picture_keys(row: &Activity) -> Option<(String, String)> {
    row.display_key.clone().zip(row.thumb_key.clone())
}

/// An activity's picture (JPEG), for the brand's staff and for the members
/// it is visible to; for anyone else it does not exist.
pub async fn picture(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    (staff, member): (Option<Staff>, Option<Member>),
    id: ActivityId,
    thumbnail: bool,
) -> Result<Vec<u8>, AppError> {
    let row = db
        .quick(move |conn| {
            let cohort_id = pictures_shown(conn, id, (&staff, &member))?;
            find(conn, cohort_id, id).map(|a| a.row)
        })
        .await?;
    let files = picture_keys(&row).ok_or(AppError::NotFound)?;
    picture_file(store, files, thumbnail).await
}

/// The cohort of an activity whose pictures the viewer may see: the brand's
/// staff, or a member it asks once it has started; else "not found".
fn pictures_shown(
    conn: &mut DbConn,
    id: ActivityId,
    (staff, member): (&Option<Staff>, &Option<Member>),
) -> Result<CohortId, AppError> {
    let cohort_id = rows::cohort_of(conn, id)?.ok_or(AppError::NotFound)?;
    let cohort = cohorts::find(conn, cohort_id)?.ok_or(AppError::NotFound)?;
    let allowed = match (staff, member) {
        (Some(staff), _) => staff.may_see_brand(cohort.brand_id),
        (None, Some(member)) => visible_to(conn, member, id, now()).is_ok(),
        (None, None) => false,
    };
    if allowed {
        Ok(cohort_id)
    } else {
        Err(AppError::NotFound)
    }
}

async fn picture_file(
    store: Arc<dyn PhotoStore>,
    (display, thumb): CardPicture,
    thumbnail: bool,
) -> Result<Vec<u8>, AppError> {
    let key = if thumbnail { thumb } else { display };
    photo_service::stored_file(store, key).await
}

/// A card's picture, for whoever may see its activity's pictures.
pub async fn card_picture(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    (staff, member): (Option<Staff>, Option<Member>),
    (task, card): (TaskId, i32),
    thumbnail: bool,
) -> Result<Vec<u8>, AppError> {
    let files = db
        .quick(move |conn| {
            let id = rows::activity_of_task(conn, task)?.ok_or(AppError::NotFound)?;
            pictures_shown(conn, id, (&staff, &member))?;
            rows::card_picture(conn, task, card)?.ok_or(AppError::NotFound)
        })
        .await?;
    picture_file(store, files, thumbnail).await
}

/// What the task form sends, before it is checked.
pub struct TaskFields {
    pub kind: String,
    pub prompt: String,
    pub options: String,
    pub allow_other: bool,
    pub max_photos: String,
    pub product: String,
    pub days_after_receipt: String,
}

/// Adds a task at the end (`task` is `None`) or changes one, while the
/// activity may change. The task's problems by field, or why it cannot change.
pub async fn save_task(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    cohort: &Cohort,
    id: ActivityId,
    task: Option<TaskId>,
    fields: TaskFields,
) -> Result<Result<(), FieldErrors>, AppError> {
    let (cohort_id, brand_id) = (cohort.id, cohort.brand_id);
    let saved = db.write(move |conn| {
        let mut errors = FieldErrors::default();
        let activity = find(conn, cohort_id, id)?;
        if !activity.may_edit(now()) {
            errors.add("kind", STARTED);
            return Ok(Err(errors));
        }
        let tasks = load_tasks(conn, id)?;
        if let Some(task) = task
            && !tasks.iter().any(|t| t.id == task)
        {
            return Err(AppError::NotFound);
        }
        if task.is_none() && tasks.len() >= MAX_TASKS {
            errors.add(
                "kind",
                format!("An activity holds at most {MAX_TASKS} tasks."),
            );
            return Ok(Err(errors));
        }
        let product = match fields.product.trim().parse::<ProductId>() {
            Ok(p) => product_rows::find_in_brand(conn, p, brand_id)?.map(|p| p.id),
            Err(()) => None,
        };
        let kind = TaskKind::parse(&fields.kind).filter(|k| OFFERED_KINDS.contains(k));
        let form = TaskForm {
            kind: kind.map_or("", TaskKind::as_str),
            prompt: &fields.prompt,
            options: &fields.options,
            allow_other: fields.allow_other,
            max_photos: &fields.max_photos,
            product,
            days_after_receipt: &fields.days_after_receipt,
        };
        let spec = match TaskSpec::parse(&form) {
            Ok(spec) => spec,
            Err(problems) => {
                for (field, message) in problems {
                    errors.add(field, message);
                }
                return Ok(Err(errors));
            }
        };
        // One form carries every photo of an activity, as one post's form does.
        let other_photos: i32 = tasks
            .iter()
            .filter(|t| Some(t.id) != task && t.spec.max_photos > 0)
            .map(|t| t.spec.max_photos)
            .sum();
        if spec.max_photos > 0 && other_photos + spec.max_photos > MAX_PHOTOS {
            errors.add(
                "max_photos",
                format!(
                    "An activity's photo tasks take {MAX_PHOTOS} photos together at most; {} are left.",
                    (MAX_PHOTOS - other_photos).max(0)
                ),
            );
            return Ok(Err(errors));
        }
        let options = spec.stored_options();
        let new = NewTask {
            kind: spec.kind.as_str(),
            prompt: &spec.prompt,
            options: &options,
            allow_other: spec.allow_other,
            max_photos: spec.max_photos,
            product_id: spec.product,
            days_after_receipt: spec.days_after_receipt,
        };
        let orphans = match task {
            Some(task) => {
                rows::update_task(conn, task, &new)?;
                // Cards no longer there take their pictures with them.
                let kept = if spec.kind.has_cards() { spec.options.len() } else { 0 };
                drop_card_pictures(conn, task, kept as i32)?
            }
            None => {
                let position = rows::tasks(conn, id)?
                    .iter()
                    .map(|t| t.position + 1)
                    .max()
                    .unwrap_or(0);
                rows::insert_task(conn, id, position, &new)?;
                Vec::new()
            }
        };
        rows::bump_version(conn, id)?;
        Ok(Ok(orphans))
    })
    .await?;
    Ok(saved.map(|orphans| remove_pictures(&*store, orphans)))
}

/// Takes a task's card pictures from card `from` on out; their files are
/// given back, to delete once the transaction is over.
fn drop_card_pictures(
    conn: &mut DbConn,
    task: TaskId,
    from: i32,
) -> Result<Vec<CardPicture>, AppError> {
    let files = rows::card_pictures_from(conn, &[task], from)?
        .into_iter()
        .map(|(_, _, files)| files)
        .collect();
    rows::delete_card_pictures_from(conn, task, from)?;
    Ok(files)
}

fn remove_pictures(store: &dyn PhotoStore, pictures: Vec<CardPicture>) {
    for files in pictures {
        photo_service::keep_picture_if(store, Some(files), false);
    }
}

/// Removes a task, or moves it one place up, while the activity may change.
pub async fn change_task(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    cohort: &Cohort,
    id: ActivityId,
    task: TaskId,
    remove: bool,
) -> Result<Result<(), String>, AppError> {
    let cohort_id = cohort.id;
    let changed = db
        .write(move |conn| {
            if !find(conn, cohort_id, id)?.may_edit(now()) {
                return Ok(Err(STARTED.into()));
            }
            let tasks = rows::tasks(conn, id)?;
            let at = tasks
                .iter()
                .position(|t| t.id == task)
                .ok_or(AppError::NotFound)?;
            let mut orphans = Vec::new();
            if remove {
                orphans = drop_card_pictures(conn, task, 0)?;
                rows::delete_task(conn, task)?;
            } else if at > 0 {
                // Swapped through a free place, so positions stay unique throughout.
                let (above, this) = (&tasks[at - 1], &tasks[at]);
                let free = tasks.iter().map(|t| t.position).max().unwrap_or(0) + 1;
                rows::set_position(conn, this.id, free)?;
                rows::set_position(conn, above.id, this.position)?;
                rows::set_position(conn, this.id, above.position)?;
            }
            rows::bump_version(conn, id)?;
            Ok(Ok(orphans))
        })
        .await?;
    Ok(changed.map(|orphans| remove_pictures(&*store, orphans)))
}

/// Publishes a draft: members in its audience see it from its start.
pub async fn publish(
    db: &Db,
    staff: &Staff,
    cohort: &Cohort,
    id: ActivityId,
) -> Result<Result<(), String>, AppError> {
    crate::services::cohorts::refuse_staff_if_closed(cohort, "publishing an activity")?;
    change_activity(
        db,
        staff,
        cohort,
        id,
        "publish activity",
        move |conn, activity, at| {
            if !activity.is_draft() {
                return Ok(Err("It is published already.".into()));
            }
            if load_tasks(conn, id)?.is_empty() {
                return Ok(Err("Add at least one task first.".into()));
            }
            if activity.schedule.due_at <= at {
                return Ok(Err(
                    "Its due date has passed: move it to a later date first.".into(),
                ));
            }
            rows::publish(conn, id, at)?;
            Ok(Ok(()))
        },
    )
    .await
}

/// Closes a published activity now: no answers are taken any more.
pub async fn close(
    db: &Db,
    staff: &Staff,
    cohort: &Cohort,
    id: ActivityId,
) -> Result<Result<(), String>, AppError> {
    change_activity(
        db,
        staff,
        cohort,
        id,
        "close activity",
        move |conn, activity, at| {
            if activity.is_draft() {
                return Ok(Err("A draft takes no answers; delete it instead.".into()));
            }
            if activity.schedule.phase(at) == Phase::Closed {
                return Ok(Err("It is closed already.".into()));
            }
            rows::close(conn, id, at)?;
            Ok(Ok(()))
        },
    )
    .await
}

/// Deletes a draft (a published activity holds answers and stays); gives
/// back its title.
pub async fn delete_draft(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    cohort: &Cohort,
    id: ActivityId,
) -> Result<Result<String, String>, AppError> {
    let deleted = change_activity(
        db,
        staff,
        cohort,
        id,
        "delete activity",
        move |conn, activity, _| {
            if !activity.is_draft() {
                return Ok(Err(
                    "It is published and may hold answers: close it instead.".into(),
                ));
            }
            let tasks: Vec<TaskId> = rows::tasks(conn, id)?.iter().map(|t| t.id).collect();
            let mut pictures: Vec<CardPicture> = rows::card_pictures_from(conn, &tasks, 0)?
                .into_iter()
                .map(|(_, _, files)| files)
                .collect();
            pictures.extend(picture_keys(&activity.row));
            rows::delete(conn, id)?;
            Ok(Ok((activity.row.title.clone(), pictures)))
        },
    )
    .await?;
    Ok(deleted.map(|(title, pictures)| {
        remove_pictures(&*store, pictures);
        title
    }))
}

/// Copies an activity with its tasks into another cohort of the brand, as a
/// draft; its audience keeps the cities the other cohort has too.
pub async fn duplicate(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    cohort: &Cohort,
    id: ActivityId,
    into: &str,
) -> Result<Result<(CohortId, ActivityId), String>, AppError> {
    let (cohort_id, brand_id, staff) = (cohort.id, cohort.brand_id, staff.clone());
    let into = into.trim().parse::<CohortId>().ok();
    // The copy's picture is a copy of the files: either may be deleted alone.
    let (source, cards) = db
        .quick(move |conn| {
            let source = find(conn, cohort_id, id)?;
            let tasks = rows::tasks(conn, id)?;
            let ids: Vec<TaskId> = tasks.iter().map(|t| t.id).collect();
            let cards: Vec<(i32, i32, CardPicture)> = rows::card_pictures_from(conn, &ids, 0)?
                .into_iter()
                .filter_map(|(task, card, files)| {
                    let position = tasks.iter().find(|t| t.id == task)?.position;
                    Some((position, card, files))
                })
                .collect();
            Ok((source, cards))
        })
        .await?;
    let copied = match picture_keys(&source.row) {
        Some(keys) => Some(photo_service::copy_picture(store.clone(), keys).await?),
        None => None,
    };
    let mut copied_cards: Vec<(i32, i32, CardPicture)> = Vec::new();
    for (position, card, files) in cards {
        match photo_service::copy_picture(store.clone(), files).await {
            Ok(copy) => copied_cards.push((position, card, copy)),
            Err(error) => {
                remove_pictures(
                    &*store,
                    copied_cards.into_iter().map(|(_, _, f)| f).collect(),
                );
                photo_service::keep_picture_if(&*store, copied, false);
                return Err(error);
            }
        }
    }
    let (keys, card_keys) = (copied.clone(), copied_cards.clone());
    let done = db
        .write(move |conn| {
            let at = now();
            let source = find(conn, cohort_id, id)?;
            let target = match into {
                Some(target) => cohorts::find(conn, target)?.filter(|c| c.brand_id == brand_id),
                None => None,
            };
            let Some(target) = target else {
                return Ok(Err("Choose one of the brand's cohorts.".into()));
            };
            let target_cities = CityList::from_stored(&target.cities);
            let cities: Vec<&str> = source
                .audience
                .cities
                .iter()
                .filter(|c| target_cities.contains(c))
                .map(String::as_str)
                .collect();
            let cities = cities.join("\n");
            let row = &source.row;
            let copy = rows::insert(
                conn,
                target.id,
                &Details {
                    title: &row.title,
                    instructions: &row.instructions,
                    starts_at: row.starts_at,
                    due_at: row.due_at,
                    closes_at: row.closes_at,
                    audience_cities: &cities,
                    audience_bands: &row.audience_bands,
                    visibility: &row.visibility,
                },
                staff.id,
                at,
            )?;
            for task in rows::tasks(conn, id)? {
                rows::insert_task(
                    conn,
                    copy,
                    task.position,
                    &NewTask {
                        kind: &task.kind,
                        prompt: &task.prompt,
                        options: &task.options,
                        allow_other: task.allow_other,
                        max_photos: task.max_photos,
                        product_id: task.product_id,
                        days_after_receipt: task.days_after_receipt,
                    },
                )?;
            }
            if let Some((display, thumb)) = &keys {
                rows::set_picture(conn, copy, Some((display, thumb)))?;
            }
            let copied_tasks = rows::tasks(conn, copy)?;
            for (position, card, (display, thumb)) in &card_keys {
                if let Some(task) = copied_tasks.iter().find(|t| t.position == *position) {
                    rows::insert_card_picture(conn, task.id, *card, (display, thumb))?;
                }
            }
            record(
                conn,
                &staff,
                (target.id, brand_id),
                "copy activity",
                copy,
                &format!("{} (from activity {id})", row.title),
                at,
            )?;
            Ok(Ok((target.id, copy)))
        })
        .await;
    let kept = matches!(done, Ok(Ok(_)));
    photo_service::keep_picture_if(&*store, copied, kept);
    if !kept {
        remove_pictures(
            &*store,
            copied_cards.into_iter().map(|(_, _, f)| f).collect(),
        );
    }
    done
}

/// One line of a member's to-do list.
pub struct Todo {
    pub id: ActivityId,
    pub title: String,
    pub due_at: NaiveDateTime,
    pub phase: Phase,
    pub answered: bool,
}

/// How many started activities a to-do list reads.
const TODO_LIMIT: usize = 30;

/// What a member's to-do list reads of one of the cohort's published activities.
pub struct Published {
    id: ActivityId,
    title: String,
    schedule: Schedule,
    audience: Audience,
}

/// A cohort's activities in one state.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PublishedKey {
    cohort_id: CohortId,
    version: i64,
}

/// A cohort's published activities, latest due first, kept per state of its
/// activities: every member's page builds its to-do list from them.
pub type PublishedMemo = Memo<PublishedKey, Vec<Published>>;

/// How many cohorts' published activities one instance keeps.
pub const PUBLISHED_KEPT: usize = 256;

/// The cohort's published activities, read once per state of its activities
/// (the version comes with the cohort, read with every page's access).
pub async fn published(
    db: &Db,
    memo: &PublishedMemo,
    cohort: &Cohort,
) -> Result<Arc<Vec<Published>>, AppError> {
    let cohort_id = cohort.id;
    let key = PublishedKey {
        cohort_id,
        version: cohort.activities_version,
    };
    memo.get_or_work_out(&key, || {
        db.quick(move |conn| {
            Ok(rows::published_of_cohort(conn, cohort_id)?
                .into_iter()
                .map(|row| {
                    let view = ActivityView::of(row);
                    Published {
                        id: view.row.id,
                        schedule: view.schedule,
                        audience: view.audience,
                        title: view.row.title,
                    }
                })
                .collect())
        })
    })
    .await
}

/// Product tests among a cohort's activities: activity, product, days after
/// receipt.
pub type CohortTests = Vec<(ActivityId, Option<ProductId>, i32)>;

/// The product tests a member's to-do list needs: those of their cohort once a
/// product reached them (`received`), else none, and nothing is read.
pub(crate) fn product_tests_for(
    conn: &mut DbConn,
    cohort_id: CohortId,
    received: &[(ProductId, NaiveDateTime)],
) -> Result<CohortTests, AppError> {
    if received.is_empty() {
        return Ok(Vec::new());
    }
    Ok(rows::product_tests_in_cohort(conn, cohort_id)?)
}

/// The member's to-do list at `at`: the cohort's started activities asked of
/// them (of its `published` ones), open ones first; done and closed ones stay
/// readable. `answered`: the activities they answered, in order of id;
/// `received`: the products that reached them and when, whose `tests` may be
/// due later.
pub(crate) fn todo(
    published: &[Published],
    member: &Member,
    answered: &[ActivityId],
    tests: &[(ActivityId, Option<ProductId>, i32)],
    received: &[(ProductId, NaiveDateTime)],
    at: NaiveDateTime,
) -> Vec<Todo> {
    let band = age_band_of(member, at.date());
    let own_due = |activity: ActivityId| {
        tests
            .iter()
            .filter(|(a, _, _)| *a == activity)
            .filter_map(|(_, product, days)| {
                let (_, arrived) = received.iter().find(|(p, _)| Some(*p) == *product)?;
                Some(*arrived + chrono::Duration::days(i64::from(*days)))
            })
            .max()
    };
    let mut list: Vec<Todo> = published
        .iter()
        .filter(|a| a.schedule.starts_at <= at)
        .take(TODO_LIMIT)
        .filter(|a| a.audience.includes(&member.city, band))
        .map(|a| {
            let schedule = a.schedule.extended_to(own_due(a.id));
            Todo {
                id: a.id,
                phase: schedule.phase(at),
                answered: answered.binary_search(&a.id).is_ok(),
                title: a.title.clone(),
                due_at: schedule.due_at,
            }
        })
        .collect();
    // Still to answer first (soonest due first), then the rest.
    list.sort_by_key(|t| {
        let waiting = !t.answered && matches!(t.phase, Phase::Open | Phase::Late);
        (
            !waiting,
            if waiting {
                t.due_at
            } else {
                NaiveDateTime::MAX
            },
            t.id,
        )
    });
    list
}

/// An activity as a member sees it: its tasks, their own answers, and the
/// others' answers when the activity shows them.
pub struct MemberActivity {
    pub activity: ActivityView,
    pub tasks: Vec<TaskView>,
    pub own: Option<Vec<Answer>>,
    /// The ids of the photos they sent, per task.
    pub own_photos: Vec<Vec<i64>>,
    pub may_answer: bool,
    /// When their answers are due: later than the activity's when a product
    /// test gives them days after the product arrived.
    pub due_at: NaiveDateTime,
    /// Per task, a product test's product and whether it reached them.
    pub product_tests: Vec<Option<(String, bool)>>,
    /// Per task, the others' answers summed up, when they may be seen.
    pub others: Option<Vec<TaskTotals>>,
}

/// An activity the member may see: published, started, theirs and asked of them.
fn visible_to(
    conn: &mut DbConn,
    member: &Member,
    id: ActivityId,
    at: NaiveDateTime,
) -> Result<ActivityView, AppError> {
    let activity = find(conn, member.cohort_id, id)?;
    let band = age_band_of(member, at.date());
    if activity.is_draft()
        || activity.schedule.phase(at) == Phase::Upcoming
        || !activity.audience.includes(&member.city, band)
    {
        return Err(AppError::NotFound);
    }
    Ok(activity)
}

/// A member's part in an activity's product tests: per task, the tested
/// product's name and whether it reached them (`None` for other tasks); and
/// when their own tests are due, the days each allows after receipt.
pub struct ProductTests {
    pub products: Vec<Option<(String, bool)>>,
    pub due: Option<NaiveDateTime>,
}

fn product_tests(
    conn: &mut DbConn,
    member: &Member,
    tasks: &[TaskView],
) -> Result<ProductTests, AppError> {
    let mut tests = ProductTests {
        products: vec![None; tasks.len()],
        due: None,
    };
    if !tasks.iter().any(|t| t.spec.kind == TaskKind::ProductTest) {
        return Ok(tests);
    }
    let sent = crate::db::models::seedings::of_member(conn, member.id)?;
    let brand_id = cohorts::find(conn, member.cohort_id)?
        .ok_or(AppError::NotFound)?
        .brand_id;
    for (slot, task) in tests.products.iter_mut().zip(tasks) {
        let Some(product) = task
            .spec
            .product
            .filter(|_| task.spec.kind == TaskKind::ProductTest)
        else {
            continue;
        };
        let mine = sent.iter().find(|s| s.product_id == product);
        let name = match mine {
            Some(s) => s.product.clone(),
            None => product_rows::find_in_brand(conn, product, brand_id)?
                .map(|p| p.name)
                .unwrap_or_default(),
        };
        let received = mine.and_then(|s| s.received_at);
        if let Some(at) = received {
            let due = at + chrono::Duration::days(i64::from(task.spec.days_after_receipt));
            tests.due = tests.due.max(Some(due));
        }
        *slot = Some((name, received.is_some()));
    }
    Ok(tests)
}

pub async fn for_member(
    db: &Db,
    member: &Member,
    id: ActivityId,
) -> Result<MemberActivity, AppError> {
    let member = member.clone();
    db.run(move |conn| {
        let at = now();
        let activity = visible_to(conn, &member, id, at)?;
        let tasks = load_tasks(conn, id)?;
        let response = rows::response_of(conn, id, member.id)?;
        let mut own_photos = vec![Vec::new(); tasks.len()];
        if let Some(response) = &response {
            for photo in rows::photos_of(conn, &[response.id])? {
                if let Some(list) = own_photos.get_mut(photo.task_position as usize) {
                    list.push(photo.id);
                }
            }
        }
        let own = response.and_then(|r| serde_json::from_str::<Vec<Answer>>(&r.answers).ok());
        let answered = own.is_some();
        let others = if activity.visibility.shows_others(answered) {
            Some(totals(
                &tasks,
                &rows::task_stats(conn, id, rows::Segment::default())?,
            ))
        } else {
            None
        };
        let tests = product_tests(conn, &member, &tasks)?;
        let schedule = activity.schedule.extended_to(tests.due);
        Ok(MemberActivity {
            may_answer: schedule.takes_answer(at, answered),
            due_at: schedule.due_at,
            product_tests: tests.products,
            activity,
            tasks,
            own,
            own_photos,
            others,
        })
    })
    .await
}

/// Reads one form field by name (empty when missing).
pub type FieldReader<'a> = &'a dyn Fn(&str) -> String;

/// The answers as sent, parsed against the activity's tasks: the answers, or
/// each task's problem under its field. `photos` says how many photos each
/// task's answer holds: those sent now, else those kept from before.
/// A product test whose product has not reached the member is not theirs
/// (`product_tests`, as `for_member` gives it).
pub fn parse_answers(
    tasks: &[TaskView],
    field: FieldReader<'_>,
    photos: &[usize],
    product_tests: &[Option<(String, bool)>],
    lang: Lang,
) -> Result<Vec<Answer>, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut answers = Vec::new();
    for (n, task) in tasks.iter().enumerate() {
        if let Some(Some((_, false))) = product_tests.get(n) {
            answers.push(Answer::NotAsked);
            continue;
        }
        let held = photos.get(n).copied().unwrap_or(0);
        match Answer::parse(&task.spec, n, field, held) {
            Ok(answer) => answers.push(answer),
            Err(problem) => {
                let args: Vec<(&'static str, Arg<'_>)> = problem
                    .number()
                    .map(|(name, n)| (name, Arg::Number(n)))
                    .into_iter()
                    .collect();
                errors.add(
                    TASK_FIELDS[n.min(MAX_TASKS - 1)],
                    lang.t_with(problem.key(), &args),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(answers)
    } else {
        Err(errors)
    }
}

/// What sending answers came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Answered {
    First,
    Changed,
    /// The same form sent again: the first one counted.
    Again,
}

/// Records a member's answers: the first response, or a change to theirs
/// while the activity is not due. The aggregates move by the difference in
/// the same transaction. `Err` says why no answer is taken now.
/// Photos sent now for a task (by its place in the activity), decoded and
/// re-encoded already; they replace the ones the task's answer held.
pub type NewPhotos = Vec<(usize, Vec<Processed>)>;

pub async fn answer(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    member: &Member,
    id: ActivityId,
    answers: Vec<Answer>,
    key: Option<String>,
    photos: NewPhotos,
) -> Result<Result<Answered, String>, AppError> {
    let member = member.clone();
    let mut stored = Vec::new();
    for (task, processed) in photos {
        stored.push((
            task,
            photo_service::store_all(store.clone(), processed).await?,
        ));
    }
    let new_files: Vec<String> = stored
        .iter()
        .flat_map(|(_, photos)| photos.iter().flat_map(|p| p.keys()))
        .map(str::to_string)
        .collect();
    let written = db
        .run(move |conn| {
            let written = crate::db::write_tx(conn, |conn| {
                write_answers(conn, &member, id, &answers, key.as_deref(), &stored)
            });
            match (written, key) {
                (Err(AppError::DuplicateSubmission), Some(_)) => {
                    Ok(Ok((Answered::Again, Vec::new())))
                }
                (written, _) => written,
            }
        })
        .await;
    match written {
        Ok(Ok((outcome, replaced))) => {
            let unused = if outcome == Answered::Again {
                &new_files
            } else {
                &replaced
            };
            photo_service::remove_files(&*store, unused.iter().map(String::as_str));
            Ok(Ok(outcome))
        }
        other => {
            photo_service::remove_files(&*store, new_files.iter().map(String::as_str));
            other.map(|result| result.map(|(outcome, _)| outcome))
        }
    }
}

fn write_answers(
    conn: &mut DbConn,
    member: &Member,
    id: ActivityId,
    answers: &[Answer],
    key: Option<&str>,
    photos: &[(usize, Vec<StoredPhoto>)],
) -> Result<Result<(Answered, Vec<String>), String>, AppError> {
    let at = now();
    let activity = visible_to(conn, member, id, at)?;
    let tasks = load_tasks(conn, id)?;
    if answers.len() != tasks.len() {
        return Ok(Err(
            "The activity changed while you answered: please answer again.".into(),
        ));
    }
    let tests = product_tests(conn, member, &tasks)?;
    let schedule = activity.schedule.extended_to(tests.due);
    let theirs = |n: usize| !matches!(tests.products.get(n), Some(Some((_, false))));
    if answers
        .iter()
        .enumerate()
        .any(|(n, a)| (*a == Answer::NotAsked) == theirs(n))
    {
        return Ok(Err(
            "A product you were sent arrived while you answered: please answer again.".into(),
        ));
    }
    let before = rows::response_of(conn, id, member.id)?;
    if let (Some(response), Some(key)) = (&before, key)
        && response.submission_key.as_deref() == Some(key)
    {
        return Ok(Ok((Answered::Again, Vec::new())));
    }
    if !schedule.takes_answer(at, before.is_some()) {
        return Ok(Err(match schedule.phase(at) {
            Phase::Late => "It is past due: your answers can no longer be changed.".into(),
            _ => "It is closed: answers are no longer taken.".into(),
        }));
    }
    let stored = serde_json::to_string(answers)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("answers not written: {e}")))?;
    let (outcome, response_id) = match &before {
        Some(response) => {
            let old: Vec<Answer> = serde_json::from_str(&response.answers).unwrap_or_default();
            let (city, band) = (&response.city, &response.age_band);
            count(conn, id, city, band, &old, -1, false)?;
            rows::update_answers(conn, response, &stored, key, at)
                .map_err(AppError::unless_duplicate)?;
            count(conn, id, city, band, answers, 1, false)?;
            (Answered::Changed, response.id)
        }
        None => {
            let band = age_band_of(member, at.date());
            let response_id = rows::insert_response(
                conn,
                &NewResponse {
                    activity_id: id,
                    cohort_id: member.cohort_id,
                    member_id: member.id,
                    city: &member.city,
                    age_band: band.label(),
                    answers: &stored,
                    submission_key: key,
                },
                at,
            )
            .map_err(AppError::unless_duplicate)?;
            count(conn, id, &member.city, band.label(), answers, 1, true)?;
            (Answered::First, response_id)
        }
    };
    // New photos for a task replace the ones it held; their files go once
    // this transaction holds.
    let mut replaced = Vec::new();
    let held = rows::photos_of(conn, &[response_id])?;
    for (task, photos) in photos {
        let task_position = *task as i32;
        replaced.extend(
            held.iter()
                .filter(|p| p.task_position == task_position)
                .flat_map(|p| [p.display_key.clone(), p.thumb_key.clone()]),
        );
        rows::delete_photos(conn, response_id, task_position)?;
        for (position, photo) in photos.iter().enumerate() {
            rows::insert_photo(
                conn,
                &NewAnswerPhoto {
                    response_id,
                    activity_id: id,
                    task_position,
                    position: position as i32,
                    display_key: &photo.display_key,
                    thumb_key: &photo.thumb_key,
                    width: photo.width as i32,
                    height: photo.height as i32,
                },
            )?;
        }
    }
    Ok(Ok((outcome, replaced)))
}

/// Moves the aggregates by a response's answers (`sign` 1 adds, −1 takes
/// away); `new_response` also counts the response itself (task −1).
fn count(
    conn: &mut DbConn,
    activity_id: ActivityId,
    city: &str,
    age_band: &str,
    answers: &[Answer],
    sign: i64,
    new_response: bool,
) -> Result<(), AppError> {
    let mut moves: HashMap<(i32, i32, i32), (i64, f64)> = HashMap::new();
    if new_response {
        moves.insert((-1, -1, 0), (sign, 0.0));
    }
    for (position, answer) in answers.iter().enumerate() {
        if let Answer::Text { text } | Answer::ProductTest { text, .. } = answer {
            for term in post_terms(text) {
                rows::apply_term(conn, activity_id, position as i32, &term, sign)?;
            }
        }
        let sentiment = answer.text().and_then(|t| sentiment::analyse(t).score);
        for (slot, value, total) in answer.tallies(sentiment) {
            let entry = moves
                .entry((position as i32, slot, value))
                .or_insert((0, 0.0));
            entry.0 += sign;
            entry.1 += total * sign as f64;
        }
    }
    for ((task_position, slot, value), (answers, total)) in moves {
        // Tasks are also counted over the whole activity (city and band
        // empty), so a report reads a few rows however many cells answered.
        let whole = (task_position >= 0).then_some(("", ""));
        for (city, age_band) in std::iter::once((city, age_band)).chain(whole) {
            let key = StatKey {
                activity_id,
                task_position,
                city,
                age_band,
                slot,
                value,
            };
            rows::apply_stat(conn, &key, answers, total)?;
        }
    }
    Ok(())
}

/// Takes a leaving member's answers out of every activity's figures and
/// deletes them; gives back the keys of their answers' photo files, for the
/// caller to delete once the transaction is over.
pub(crate) fn forget_member(
    conn: &mut DbConn,
    member_id: crate::domain::MemberId,
) -> Result<Vec<String>, AppError> {
    let responses = rows::responses_of_member(conn, member_id)?;
    let ids: Vec<i64> = responses.iter().map(|r| r.id).collect();
    let files = rows::photos_of(conn, &ids)?
        .into_iter()
        .flat_map(|p| [p.display_key, p.thumb_key])
        .collect();
    for response in &responses {
        let answers: Vec<Answer> = serde_json::from_str(&response.answers).unwrap_or_default();
        let (city, band) = (&response.city, &response.age_band);
        count(conn, response.activity_id, city, band, &answers, -1, true)?;
        rows::delete_response(conn, response)?;
    }
    Ok(files)
}

/// A member's answers to one activity, in words, for their copy of their data.
#[derive(serde::Serialize)]
pub struct AnswersExport {
    pub activity: String,
    pub answered_at: String,
    pub changed_at: String,
    pub answers: Vec<TaskAnswer>,
}

#[derive(serde::Serialize)]
pub struct TaskAnswer {
    pub task: String,
    pub answer: String,
}

/// Every answer a member has given, each task's prompt beside it.
pub(crate) fn answers_of_member(
    conn: &mut DbConn,
    member: &Member,
    zone: chrono_tz::Tz,
) -> Result<Vec<AnswersExport>, AppError> {
    let mut exported = Vec::new();
    for response in rows::responses_of_member(conn, member.id)? {
        let Some(activity) = rows::find_in_cohort(conn, response.activity_id, member.cohort_id)?
        else {
            continue;
        };
        let tasks = load_tasks(conn, activity.id)?;
        let answers: Vec<Answer> = serde_json::from_str(&response.answers).unwrap_or_default();
        exported.push(AnswersExport {
            activity: activity.title,
            answered_at: crate::services::membership::export_time(response.answered_at, zone),
            changed_at: crate::services::membership::export_time(response.updated_at, zone),
            answers: tasks
                .iter()
                .zip(&answers)
                .map(|(task, answer)| TaskAnswer {
                    task: task.spec.prompt.clone(),
                    answer: answer.describe(&task.spec),
                })
                .collect(),
        });
    }
    Ok(exported)
}

/// One task's answers summed up from its aggregates.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskTotals {
    /// How many answered it.
    pub answered: i64,
    /// Per option or card: how many chose it (poll), put it in each place
    /// (rank: index 0 is first) or gave it each number of stars (rate: index 0
    /// is one star).
    pub per_option: Vec<Vec<i64>>,
    /// Texts scored and their mean sentiment.
    pub scored: i64,
    pub mean_sentiment: Option<f64>,
}

/// Each task's answers summed up from its aggregates.
pub fn totals(tasks: &[TaskView], stats: &[rows::Stat]) -> Vec<TaskTotals> {
    let mut out: Vec<TaskTotals> = tasks
        .iter()
        .map(|task| {
            let options = task.spec.options.len() + usize::from(task.spec.allow_other);
            let values = match task.spec.kind {
                TaskKind::Rank => task.spec.options.len(),
                TaskKind::Rate | TaskKind::ProductTest => 5,
                _ => 1,
            };
            TaskTotals {
                per_option: vec![vec![0; values]; options.max(1)],
                ..TaskTotals::default()
            }
        })
        .collect();
    let mut sums = vec![0.0; tasks.len()];
    for stat in stats {
        let Some(task) = usize::try_from(stat.task_position)
            .ok()
            .and_then(|p| out.get_mut(p))
        else {
            continue;
        };
        match stat.slot {
            -1 => task.answered += stat.answers,
            -2 => {
                task.scored += stat.answers;
                if let Some(sum) = sums.get_mut(stat.task_position as usize) {
                    *sum += stat.total;
                }
            }
            slot => {
                let kind = tasks[stat.task_position as usize].spec.kind;
                let value = match kind {
                    TaskKind::Rank | TaskKind::Rate | TaskKind::ProductTest => {
                        usize::try_from(stat.value - 1).ok()
                    }
                    _ => Some(0),
                };
                if let (Some(row), Some(value)) = (
                    usize::try_from(slot)
                        .ok()
                        .and_then(|s| task.per_option.get_mut(s)),
                    value,
                ) && let Some(cell) = row.get_mut(value)
                {
                    *cell += stat.answers;
                }
            }
        }
    }
    for (task, sum) in out.iter_mut().zip(sums) {
        task.mean_sentiment = (task.scored > 0).then(|| sum / task.scored as f64);
    }
    out
}

/// One city × age band cell of a share: of its members (those asked, for an
/// activity), how many are counted (answered; active lately).
pub struct ShareCell {
    pub city: String,
    pub band: AgeBand,
    pub members: i64,
    pub counted: i64,
}

/// Adds a member (`counted` or not) to their cell.
fn add_to_cell(cells: &mut Vec<ShareCell>, city: &str, band: AgeBand, members: i64, counted: i64) {
    match cells.iter_mut().find(|c| c.city == city && c.band == band) {
        Some(cell) => {
            cell.members += members;
            cell.counted += counted;
        }
        None => cells.push(ShareCell {
            city: city.to_string(),
            band,
            members,
            counted,
        }),
    }
}

/// An activity's report for staff: exact figures, read from the aggregates.
pub struct Report {
    pub activity: ActivityView,
    pub tasks: Vec<TaskView>,
    pub totals: Vec<TaskTotals>,
    pub completion: Vec<ShareCell>,
    pub target: i32,
    /// The latest responses' texts per task (at most a page of them).
    pub texts: Vec<Vec<(String, Option<f64>)>>,
    /// The ids of the latest responses' photos, per task.
    pub photos: Vec<Vec<i64>>,
    /// Each task's terms used in the most answers, with how many.
    pub themes: Vec<Vec<(String, i64)>>,
}

/// What a report is worked out from: the activity as of its version, the
/// cohort's members as of theirs (a join or a leave moves completion), the
/// day (age bands move with birthdays) and the brand's target.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ReportKey {
    activity_id: ActivityId,
    version: i64,
    roster_version: i64,
    day: chrono::NaiveDate,
    target: i32,
    segment: ReportSegment,
}

/// The city and age band a report is narrowed to, each `None` for all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ReportSegment {
    pub city: Option<String>,
    pub band: Option<AgeBand>,
}

impl ReportSegment {
    fn rows(&self) -> rows::Segment<'_> {
        rows::Segment {
            city: self.city.as_deref(),
            age_band: self.band.map(AgeBand::label),
        }
    }

    fn includes(&self, city: &str, band: AgeBand) -> bool {
        self.city.as_deref().is_none_or(|c| c == city) && self.band.is_none_or(|b| b == band)
    }
}

pub type ReportMemo = Memo<ReportKey, Report>;

/// How many worked-out reports one instance keeps.
pub const REPORTS_KEPT: usize = 64;

/// A report as shown: the kept figures, and the names of the products tested
/// (per task, empty for other tasks) as the catalogue has them now.
pub struct ReportView {
    pub figures: Arc<Report>,
    pub product_names: Vec<String>,
}

/// How many themes the report shows per text task.
const THEMES_SHOWN: i64 = 8;

/// How many responses' texts the report shows.
const TEXTS_SHOWN: i64 = 20;

/// An activity's report: worked out once per state of its answers and of the
/// cohort's members and kept; requests arriving meanwhile share the work.
pub async fn report(
    db: &Db,
    memo: &ReportMemo,
    cohort: &Cohort,
    target: i32,
    (id, version): (ActivityId, i64),
    segment: ReportSegment,
) -> Result<ReportView, AppError> {
    let (cohort_id, brand_id) = (cohort.id, cohort.brand_id);
    let key = ReportKey {
        activity_id: id,
        version,
        roster_version: cohort.roster_version,
        day: now().date(),
        target,
        segment,
    };
    let figures = memo
        .get_or_work_out(&key, || {
            let segment = key.segment.clone();
            db.run(move |conn| work_out_report(conn, cohort_id, target, id, &segment))
        })
        .await?;
    let tested: Vec<Option<ProductId>> = figures.tasks.iter().map(|t| t.spec.product).collect();
    let product_names = if tested.iter().any(Option::is_some) {
        db.quick(move |conn| {
            let catalogue = product_rows::of_brand(conn, brand_id)?;
            Ok(tested
                .iter()
                .map(|p| {
                    p.and_then(|p| catalogue.iter().find(|c| c.id == p))
                        .map(|c| c.name.clone())
                        .unwrap_or_default()
                })
                .collect())
        })
        .await?
    } else {
        vec![String::new(); tested.len()]
    };
    Ok(ReportView {
        figures,
        product_names,
    })
}

fn work_out_report(
    conn: &mut DbConn,
    cohort_id: CohortId,
    target: i32,
    id: ActivityId,
    segment: &ReportSegment,
) -> Result<Report, AppError> {
    let activity = find(conn, cohort_id, id)?;
    let tasks = load_tasks(conn, id)?;
    let totals = totals(&tasks, &rows::task_stats(conn, id, segment.rows())?);
    let today = now().date();
    let mut completion: Vec<ShareCell> = Vec::new();
    for member in crate::db::models::members::demographics(conn, cohort_id)? {
        let band =
            crate::domain::BirthMonth::stored(member.birth_year, member.birth_month).band_on(today);
        if activity.audience.includes(&member.city, band) && segment.includes(&member.city, band) {
            add_to_cell(&mut completion, &member.city, band, 1, 0);
        }
    }
    for stat in rows::completion_stats(conn, id)? {
        let Some(band) =
            AgeBand::from_label(&stat.age_band).filter(|band| segment.includes(&stat.city, *band))
        else {
            continue;
        };
        // One who answered, then moved city or band or left the audience,
        // counts where they answered.
        let known = completion
            .iter()
            .any(|c| c.city == stat.city && c.band == band);
        let members = if known { 0 } else { stat.answers };
        add_to_cell(&mut completion, &stat.city, band, members, stat.answers);
    }
    completion.sort_by(|a, b| a.city.cmp(&b.city).then(a.band.cmp(&b.band)));
    let themes = if segment.rows().is_whole() {
        let mut themes = Vec::new();
        for (n, task) in tasks.iter().enumerate() {
            themes.push(match task.spec.kind {
                TaskKind::Text | TaskKind::ProductTest => {
                    rows::top_terms(conn, id, n as i32, THEMES_SHOWN)?
                }
                _ => Vec::new(),
            });
        }
        themes
    } else {
        // Terms are kept for the whole activity only; a segment's answers
        // are few (one per member at most), so they are counted here.
        let every = Page::new(1, i64::from(crate::domain::Capacity::MAX));
        let answered = rows::latest_responses(conn, id, segment.rows(), every)?;
        segment_themes(tasks.len(), &answered)
    };
    let mut texts = vec![Vec::new(); tasks.len()];
    let latest = rows::latest_responses(conn, id, segment.rows(), Page::new(1, TEXTS_SHOWN))?;
    let mut photos = vec![Vec::new(); tasks.len()];
    let ids: Vec<i64> = latest.iter().map(|r| r.id).collect();
    for photo in rows::photos_of(conn, &ids)? {
        if let Some(list) = photos.get_mut(photo.task_position as usize) {
            list.push(photo.id);
        }
    }
    for response in latest {
        let answers: Vec<Answer> = serde_json::from_str(&response.answers).unwrap_or_default();
        for (n, answer) in answers.iter().enumerate() {
            if let (Some(text), Some(list)) = (answer.text(), texts.get_mut(n)) {
                list.push((text.to_string(), sentiment::analyse(text).score));
            }
        }
    }
    Ok(Report {
        activity,
        tasks,
        totals,
        completion,
        target,
        texts,
        photos,
        themes,
    })
}

/// Each task's terms used in the most of these responses' written answers,
/// with how many, as `rows::top_terms` gives them for the whole activity.
fn segment_themes(tasks: usize, responses: &[rows::Response]) -> Vec<Vec<(String, i64)>> {
    let mut counts: Vec<BTreeMap<String, i64>> = vec![BTreeMap::new(); tasks];
    for response in responses {
        let answers: Vec<Answer> = serde_json::from_str(&response.answers).unwrap_or_default();
        for (answer, terms) in answers.iter().zip(counts.iter_mut()) {
            if let Answer::Text { text } | Answer::ProductTest { text, .. } = answer {
                for term in post_terms(text) {
                    *terms.entry(term).or_default() += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .map(|terms| {
            let mut terms: Vec<(String, i64)> = terms.into_iter().collect();
            terms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            terms.truncate(THEMES_SHOWN as usize);
            terms
        })
        .collect()
}

/// Who asks for a photo sent with an answer.
pub enum PhotoViewer {
    Staff(Staff),
    Member(crate::domain::MemberId),
    Nobody,
}

/// A photo sent with an answer (JPEG): for the member who sent it and the
/// brand's staff who read the feed; for anyone else it does not exist.
pub async fn answer_photo(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    viewer: PhotoViewer,
    id: i64,
    thumbnail: bool,
) -> Result<Vec<u8>, AppError> {
    let (photo, member_id, brand_id) = db
        .quick(move |conn| {
            let (photo, member_id, cohort_id) =
                rows::photo_with_owner(conn, id)?.ok_or(AppError::NotFound)?;
            let cohort = cohorts::find(conn, cohort_id)?.ok_or(AppError::NotFound)?;
            Ok((photo, member_id, cohort.brand_id))
        })
        .await?;
    let allowed = match viewer {
        PhotoViewer::Staff(staff) => !staff.is_observer() && staff.may_see_brand(brand_id),
        PhotoViewer::Member(member) => member == member_id,
        PhotoViewer::Nobody => false,
    };
    if !allowed {
        return Err(AppError::NotFound);
    }
    let key = if thumbnail {
        photo.thumb_key
    } else {
        photo.display_key
    };
    photo_service::stored_file(store, key).await
}

/// Days without a post or an answer after which a member counts as inactive.
pub const ACTIVE_DAYS: i64 = 30;

/// A member who has neither posted nor answered for `ACTIVE_DAYS` (and joined
/// before that), for staff to follow up.
pub struct Inactive {
    pub name: String,
    pub city: String,
    pub band: AgeBand,
    pub last_active: Option<NaiveDateTime>,
}

/// The cohort's participation: per city × age band, its members and how many
/// posted or answered in the last `ACTIVE_DAYS`; and who has been inactive.
pub struct Participation {
    pub cells: Vec<ShareCell>,
    pub inactive: Vec<Inactive>,
}

pub async fn participation(db: &Db, cohort_id: CohortId) -> Result<Participation, AppError> {
    db.run(move |conn| {
        let at = now();
        let since = at - chrono::Duration::days(ACTIVE_DAYS);
        let mut last: HashMap<crate::domain::MemberId, NaiveDateTime> = HashMap::new();
        let posted = crate::db::models::posts::last_post_per_member(conn, cohort_id)?;
        for (member, when) in posted
            .into_iter()
            .chain(rows::last_answer_per_member(conn, cohort_id)?)
        {
            if let Some(when) = when {
                let latest = last.entry(member).or_insert(when);
                *latest = (*latest).max(when);
            }
        }
        let mut cells = Vec::new();
        let mut inactive = Vec::new();
        // A cohort holds at most 250 members: one page holds them all.
        for member in
            crate::db::models::members::list_for_cohort(conn, cohort_id, Page::new(1, 250))?
        {
            let band = crate::domain::BirthMonth::stored(member.birth_year, member.birth_month)
                .band_on(at.date());
            let last_active = last.get(&member.id).copied();
            let active = last_active.is_some_and(|when| when > since);
            add_to_cell(&mut cells, &member.city, band, 1, i64::from(active));
            if !active && member.created_at <= since {
                inactive.push(Inactive {
                    name: member.display_name,
                    city: member.city,
                    band,
                    last_active,
                });
            }
        }
        cells.sort_by(|a, b| a.city.cmp(&b.city).then(a.band.cmp(&b.band)));
        inactive.sort_by(|a, b| a.last_active.cmp(&b.last_active).then(a.name.cmp(&b.name)));
        Ok(Participation { cells, inactive })
    })
    .await
}

/// Makes the release of every activity that has closed and has none; returns
/// how many were made. Each is made once, from the answers as they stand
/// when it closed, with a fresh secret seed that is dropped afterwards.
pub fn make_due_releases(conn: &mut DbConn, at: NaiveDateTime) -> Result<usize, AppError> {
    let mut made = 0;
    for row in rows::release_due(conn, at, 50)? {
        made += crate::db::write_tx(conn, |conn| {
            make_release(conn, ActivityView::of(row.clone()), at)
        })?;
    }
    Ok(made)
}

fn make_release(
    conn: &mut DbConn,
    activity: ActivityView,
    at: NaiveDateTime,
) -> Result<usize, AppError> {
    let id = activity.row.id;
    let cohort = cohorts::find(conn, activity.row.cohort_id)?.ok_or(AppError::NotFound)?;
    let brand = crate::db::models::brands::find(conn, cohort.brand_id)?;
    let tasks = load_tasks(conn, id)?;
    // Product testers answer until their own due date: the release waits for
    // the last of them.
    let tests: Vec<(ProductId, i32)> = tasks
        .iter()
        .filter_map(|t| t.spec.product.map(|p| (p, t.spec.days_after_receipt)))
        .collect();
    if !tests.is_empty() {
        let last_due = crate::db::models::seedings::of_cohort(conn, cohort.id)?
            .into_iter()
            .filter_map(|s| {
                let days = tests.iter().find(|(p, _)| *p == s.product_id)?.1;
                Some(s.received_at? + chrono::Duration::days(i64::from(days)))
            })
            .max();
        if last_due.is_some_and(|due| due > at) {
            return Ok(0);
        }
    }
    // Activity releases share half of the month's ε: a cohort makes at most
    // `ACTIVITIES_PER_MONTH` in any 30 days, and one more waits its turn.
    let window = at - chrono::Duration::days(30);
    if rows::releases_made_since(conn, cohort.id, window)? >= Budget::ACTIVITIES_PER_MONTH as i64 {
        return Ok(0);
    }
    let day = activity.schedule.end().date();
    let cells: Vec<(String, AgeBand)> = CityList::from_stored(&cohort.cities)
        .into_iter()
        .flat_map(|city| {
            AgeBand::ALL
                .into_iter()
                .map(move |band| (city.clone(), band))
        })
        .filter(|(city, band)| activity.audience.includes(city, *band))
        .collect();
    let responses = rows::all_responses(conn, id)?;
    let mut respondents: Vec<Respondent> = responses
        .iter()
        .filter_map(|r| {
            let band = AgeBand::from_label(&r.age_band)?;
            let answers: Vec<Answer> = serde_json::from_str(&r.answers).ok()?;
            let scored = answers
                .into_iter()
                .map(|a| {
                    let score = a.text().and_then(|t| sentiment::analyse(t).score);
                    (a, score)
                })
                .collect();
            Some(Respondent {
                city: r.city.clone(),
                band,
                answers: Some(scored),
            })
        })
        .collect();
    let answered: std::collections::HashSet<_> = responses.iter().map(|r| r.member_id).collect();
    for member in crate::db::models::members::demographics(conn, cohort.id)? {
        let band =
            crate::domain::BirthMonth::stored(member.birth_year, member.birth_month).band_on(day);
        if !answered.contains(&member.id) && member.created_at < activity.schedule.end() {
            respondents.push(Respondent {
                city: member.city,
                band,
                answers: None,
            });
        }
    }
    let shapes: Vec<TaskShape> = tasks
        .iter()
        .map(|t| TaskShape {
            kind: t.spec.kind,
            options: t.spec.options.len() + usize::from(t.spec.allow_other),
        })
        .collect();
    let epsilon =
        Budget::activities(EpsilonPerMonth::stored(brand.epsilon_per_month).value()).per_release();
    let k = i64::try_from(brand.anonymity_threshold()).unwrap_or(i64::MAX);
    let release = activity_release::make(
        &respondents,
        &cells,
        &shapes,
        k,
        epsilon,
        Noise::Seeded(rand::random()),
    );
    let figures = serde_json::to_string(&release).map_err(|e| AppError::Internal(e.into()))?;
    Ok(rows::insert_release(conn, id, &figures, at)?)
}

/// An activity's release as observers and exports read it.
pub struct Released {
    pub activity: ActivityView,
    pub tasks: Vec<TaskView>,
    pub made_at: NaiveDateTime,
    pub release: ActivityRelease,
}

/// The released activities of a cohort (latest first), for its release pages.
pub async fn released(db: &Db, cohort_id: CohortId) -> Result<Vec<ActivityView>, AppError> {
    db.quick(move |conn| {
        Ok(rows::released_of_cohort(conn, cohort_id)?
            .into_iter()
            .map(ActivityView::of)
            .collect())
    })
    .await
}

/// An activity's release; not found until it is made.
pub async fn release(db: &Db, cohort_id: CohortId, id: ActivityId) -> Result<Released, AppError> {
    db.quick(move |conn| read_release(conn, cohort_id, id))
        .await
}

fn read_release(
    conn: &mut DbConn,
    cohort_id: CohortId,
    id: ActivityId,
) -> Result<Released, AppError> {
    let activity = find(conn, cohort_id, id)?;
    let (made_at, figures) = rows::release_of(conn, id)?.ok_or(AppError::NotFound)?;
    let release = serde_json::from_str(&figures).map_err(|e| {
        AppError::Internal(anyhow::anyhow!("activity release {id} unreadable: {e}"))
    })?;
    Ok(Released {
        tasks: load_tasks(conn, id)?,
        activity,
        made_at,
        release,
    })
}

/// One line of an activity's release, as its page and its exports show it:
/// `value` is empty where the group is too few to compare.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ReleaseLine {
    pub section: String,
    pub city: String,
    pub age_band: String,
    pub option: String,
    pub measure: &'static str,
    pub value: Option<String>,
}

/// The release's figures as lines: completion per city × age band, then each
/// task's, worked out from the noisy counts only.
pub fn release_lines(released: &Released) -> Vec<ReleaseLine> {
    let r = &released.release;
    let line = |section: &str, city: &str, band: &str, option: &str, measure, value| ReleaseLine {
        section: section.to_string(),
        city: city.to_string(),
        age_band: band.to_string(),
        option: option.to_string(),
        measure,
        value,
    };
    let mut lines = Vec::new();
    for cell in &r.cells {
        let share = r.completion(cell).map(|p| format!("{p} %"));
        lines.push(line(
            "Who answered",
            &cell.city,
            cell.band.label(),
            "",
            "share answered",
            share,
        ));
    }
    for (n, (task, figures)) in released.tasks.iter().zip(&r.tasks).enumerate() {
        let section = format!("{}. {}", n + 1, task.spec.prompt);
        if !r.task_shown(figures) {
            lines.push(line(&section, "", "", "", "answers", None));
            continue;
        }
        lines.push(line(
            &section,
            "",
            "",
            "",
            "answers",
            Some(figures.answered.to_string()),
        ));
        let answered = figures.answered;
        let mut names = task.spec.options.clone();
        if task.spec.allow_other {
            names.push("Other".into());
        }
        if task.spec.kind == TaskKind::ProductTest {
            names.push("The product".into());
        }
        let cards = task.spec.options.len().max(1) as f64;
        for (i, name) in names.iter().enumerate() {
            let count = figures.counts.get(i).copied().unwrap_or(0);
            match task.spec.kind {
                TaskKind::SingleChoice | TaskKind::MultipleChoice => {
                    let share = activity_release::share(count, answered);
                    lines.push(line(
                        &section,
                        "",
                        "",
                        name,
                        "share choosing",
                        Some(format!("{share} %")),
                    ));
                }
                TaskKind::Rank => {
                    let first = activity_release::share(count, answered);
                    lines.push(line(
                        &section,
                        "",
                        "",
                        name,
                        "share ranked first",
                        Some(format!("{first} %")),
                    ));
                    let places = figures.places.get(i).copied().unwrap_or(0);
                    let mean = (places as f64 / answered as f64).clamp(1.0, cards);
                    lines.push(line(
                        &section,
                        "",
                        "",
                        name,
                        "mean place",
                        Some(format!("{mean:.1}")),
                    ));
                }
                TaskKind::Rate | TaskKind::ProductTest => {
                    let row = figures.stars.get(i).copied().unwrap_or_default();
                    let counted: i64 = row.iter().map(|c| (*c).max(0)).sum();
                    let weighted: i64 = row
                        .iter()
                        .enumerate()
                        .map(|(s, c)| (s as i64 + 1) * (*c).max(0))
                        .sum();
                    let mean =
                        (counted > 0).then(|| (weighted as f64 / counted as f64).clamp(1.0, 5.0));
                    lines.push(line(
                        &section,
                        "",
                        "",
                        name,
                        "mean stars",
                        mean.map(|m| format!("{m:.1}")),
                    ));
                }
                _ => {}
            }
        }
        if matches!(task.spec.kind, TaskKind::Text | TaskKind::ProductTest) {
            let mean = r.mean_score(figures).map(|m| format!("{m:+.2}"));
            lines.push(line(&section, "", "", "", "mean sentiment", mean));
        }
    }
    lines
}

/// The columns of an activity release's CSV and XLSX.
pub const RELEASE_HEADER: [&str; 7] = [
    "activity", "section", "city", "age_band", "option", "measure", "value",
];

/// An activity's release as a download (CSV, XLSX or JSON), audit-logged; not
/// found until the release is made.
pub async fn download_release(
    db: &Db,
    by: Staff,
    cohort: Cohort,
    id: ActivityId,
    format: exports::Format,
) -> Result<Vec<u8>, AppError> {
    db.run(move |conn| {
        let released = read_release(conn, cohort.id, id)?;
        let lines = release_lines(&released);
        let title = released.activity.row.title.clone();
        let body = match format {
            exports::Format::Json => {
                serde_json::to_vec_pretty(&lines).map_err(|e| AppError::Internal(e.into()))?
            }
            exports::Format::Csv | exports::Format::Xlsx => {
                let rows: Vec<Vec<String>> = lines
                    .into_iter()
                    .map(|l| {
                        vec![
                            title.clone(),
                            l.section,
                            l.city,
                            l.age_band,
                            l.option,
                            l.measure.to_string(),
                            l.value.unwrap_or_default(),
                        ]
                    })
                    .collect();
                if format == exports::Format::Csv {
                    exports::table_csv(&RELEASE_HEADER, &rows)?
                } else {
                    exports::table_xlsx(&title, &RELEASE_HEADER, &rows)?
                }
            }
        };
        exports::record(
            conn,
            Some(by.id),
            &by.email,
            cohort.brand_id,
            &format!("activity {title} ({id}) of cohort {}", cohort.id),
            format,
        )?;
        Ok(body)
    })
    .await
}
