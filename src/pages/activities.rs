//! Activities: staff's list, editor and report, and a member's answer page.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{ActivityId, CohortId, TaskId};
use crate::pages::{Chrome, CohortHeader, Page, Pager, form_status};
use crate::services::FieldErrors;
pub use crate::summary::activity_release::share;

/// The details form's values, as sent or as stored.
#[derive(Default, Clone)]
pub struct DetailsForm {
    pub title: String,
    pub instructions: String,
    pub starts_at: String,
    pub due_at: String,
    pub closes_at: String,
    pub cities: Vec<String>,
    pub bands: Vec<String>,
    pub visibility: String,
}

/// What the details form offers.
pub struct DetailsChoices {
    pub cities: Vec<String>,
    pub bands: Vec<&'static str>,
    pub visibilities: Vec<(&'static str, &'static str)>,
    /// The zone the times are read in, named for the form.
    pub zone: String,
}

pub struct ActivityLine {
    pub id: ActivityId,
    pub title: String,
    pub status: &'static str,
    pub starts: String,
    pub due: String,
    pub audience: String,
    pub responses: i32,
}

#[derive(Template)]
#[template(path = "activities.html")]
pub struct ActivitiesPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    /// A new activity has no picture yet (the details form asks).
    pub has_picture: bool,
    pub lines: Vec<ActivityLine>,
    pub pager: Pager,
    /// The list's address, for the pager's links.
    pub base: String,
    pub form: DetailsForm,
    pub choices: DetailsChoices,
    pub errors: FieldErrors,
}

impl Page for ActivitiesPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

/// The task form's values.
#[derive(Default, Clone)]
pub struct TaskFormValues {
    pub kind: String,
    pub prompt: String,
    pub options: String,
    pub allow_other: bool,
    pub max_photos: String,
    pub product: String,
    pub days_after_receipt: String,
}

pub struct TaskLine {
    pub id: TaskId,
    pub number: usize,
    pub kind: &'static str,
    pub prompt: String,
    pub options: Vec<String>,
    pub allow_other: bool,
}

#[derive(Template)]
#[template(path = "activity.html")]
pub struct ActivityPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub activity_id: ActivityId,
    pub has_picture: bool,
    pub title: String,
    pub instructions: String,
    pub status: &'static str,
    pub starts: String,
    pub due: String,
    pub closes: String,
    pub audience: String,
    pub visibility: &'static str,
    pub responses: i32,
    pub editable: bool,
    pub draft: bool,
    pub closable: bool,
    pub tasks: Vec<TaskLine>,
    pub max_tasks: usize,
    pub form: DetailsForm,
    pub choices: DetailsChoices,
    pub errors: FieldErrors,
    pub task_form: TaskFormValues,
    pub task_errors: FieldErrors,
    pub kinds: Vec<(&'static str, &'static str)>,
    pub other_cohorts: Vec<(CohortId, String)>,
    /// The brand's catalogue, for product tests.
    pub products: Vec<(String, String)>,
}

impl Page for ActivityPage {
    fn status(&self) -> StatusCode {
        if self.errors.is_empty() {
            form_status(&self.task_errors)
        } else {
            form_status(&self.errors)
        }
    }
}

#[derive(Template)]
#[template(path = "activity_task.html")]
pub struct TaskPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub activity_id: ActivityId,
    pub activity_title: String,
    pub task_id: TaskId,
    pub number: usize,
    pub task_form: TaskFormValues,
    pub task_errors: FieldErrors,
    pub kinds: Vec<(&'static str, &'static str)>,
    pub products: Vec<(String, String)>,
    /// Whether the activity may still change.
    pub editable: bool,
    /// A ranking's or rating's cards, each with its picture's thumbnail
    /// address (empty when it has none).
    pub cards: Vec<(String, String)>,
    pub card_errors: FieldErrors,
}

impl Page for TaskPage {
    fn status(&self) -> StatusCode {
        if self.card_errors.is_empty() {
            form_status(&self.task_errors)
        } else {
            form_status(&self.card_errors)
        }
    }
}

/// One option's or card's line in a report: its name, how many, the share.
pub struct OptionShare {
    pub name: String,
    pub count: i64,
    pub percent: i64,
    /// Rank: mean place (1 is top) and the share putting it first; rate: mean
    /// stars and the count per star (one star first).
    pub mean: String,
    pub first: i64,
    pub spread: Vec<i64>,
    /// A card's picture's thumbnail address (empty when it has none).
    pub picture: String,
}

pub struct TaskReport {
    pub number: usize,
    pub kind: &'static str,
    /// `poll`, `rank`, `rate` or `text`, for how it is drawn.
    pub shape: &'static str,
    pub prompt: String,
    pub answered: i64,
    pub options: Vec<OptionShare>,
    pub mean_sentiment: String,
    pub texts: Vec<(String, String)>,
    /// The latest responses' photos.
    pub photos: Vec<i64>,
    /// The terms used in the most answers, with how many.
    pub themes: Vec<(String, i64)>,
}

/// One city × age band row of a share (answered of asked; active of
/// members), against the target.
pub struct ShareRow {
    pub city: String,
    pub band: &'static str,
    pub members: i64,
    pub counted: i64,
    /// Per cent, or empty when too few to compare.
    pub rate: String,
    pub below_target: bool,
}

#[derive(Template)]
#[template(path = "activity_report.html")]
pub struct ReportPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub activity_id: ActivityId,
    pub title: String,
    pub status: &'static str,
    pub due: String,
    pub responses: i32,
    pub target: i32,
    pub anonymity_k: usize,
    pub completion: Vec<ShareRow>,
    pub filter: ReportFilter,
    /// The report is narrowed to a city or an age band.
    pub narrowed: bool,
    /// The narrowed group answered fewer than k times: its task figures are not shown.
    pub too_few: bool,
    pub tasks: Vec<TaskReport>,
}

/// The report's city and age-band filter: the choices, those made, and why
/// the ones asked for were not used, when they were not.
pub struct ReportFilter {
    pub cities: Vec<String>,
    pub bands: Vec<&'static str>,
    pub city: String,
    pub band: &'static str,
    pub error: Option<String>,
}

impl Page for ReportPage {
    fn status(&self) -> StatusCode {
        if self.filter.error.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        }
    }
}

/// A task as a member answers it, with their answer so far.
pub struct TaskToAnswer {
    pub number: usize,
    pub field: &'static str,
    pub kind: &'static str,
    pub prompt: String,
    pub options: Vec<String>,
    pub allow_other: bool,
    /// The text or "other" text given; the options chosen (poll), the place
    /// per card (rank) or the stars per card (rate), as the form sends them.
    pub text: String,
    pub chosen: Vec<String>,
    /// Rank and rate: each card with its place or stars given so far, and
    /// the places or stars to choose from.
    pub cards: Vec<(String, String)>,
    /// Per card, its picture's address (empty when it has none).
    pub card_pictures: Vec<String>,
    pub places: Vec<String>,
    /// Others' answers, when shown: per option, its share in per cent.
    pub others: Vec<(String, i64)>,
    /// Photo tasks: the photos sent so far and how many it takes.
    pub photos: Vec<i64>,
    pub max_photos: i32,
    /// A product test: the product, and whether it reached the member (the
    /// task is theirs only then).
    pub product: String,
    pub theirs: bool,
}

#[derive(Template)]
#[template(path = "member_activity.html")]
pub struct MemberActivityPage {
    pub chrome: Chrome,
    pub activity_id: ActivityId,
    pub has_picture: bool,
    pub title: String,
    pub instructions: String,
    pub due: String,
    pub answered: bool,
    pub may_answer: bool,
    /// Why answers are not taken, when they are not.
    pub closed_reason: String,
    pub tasks: Vec<TaskToAnswer>,
    pub others_shown: bool,
    pub others_hidden_until_answered: bool,
    pub submission_key: String,
    pub errors: FieldErrors,
    /// A photo task makes the form a multipart one.
    pub has_photos: bool,
}

impl Page for MemberActivityPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

/// One line of a member's to-do list.
pub struct TodoLine {
    pub id: ActivityId,
    pub title: String,
    pub due: String,
    /// The message id of where they stand: to do, done (changeable or
    /// not), closed.
    pub state: &'static str,
    pub waiting: bool,
}

/// A share's cells as rows, each against the target; under `k` members a
/// cell is too few to compare.
pub fn share_rows(
    cells: &[crate::services::activities::ShareCell],
    k: usize,
    target: i32,
) -> Vec<ShareRow> {
    cells
        .iter()
        .map(|cell| {
            let shown = usize::try_from(cell.members).unwrap_or(0) >= k;
            let rate = share(cell.counted, cell.members);
            ShareRow {
                city: cell.city.clone(),
                band: cell.band.label(),
                members: cell.members,
                counted: cell.counted,
                rate: if shown {
                    rate.to_string()
                } else {
                    String::new()
                },
                below_target: shown && rate < i64::from(target),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "activity_release.html")]
pub struct ReleasedActivityPage {
    pub chrome: Chrome,
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub activity_id: ActivityId,
    pub title: String,
    pub made: String,
    pub k: i64,
    /// Each section (who answered; each task) with its lines.
    pub sections: Vec<(String, Vec<crate::services::activities::ReleaseLine>)>,
}

impl Page for ReleasedActivityPage {}
