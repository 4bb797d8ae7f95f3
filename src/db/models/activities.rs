//! Activities, their tasks, the members' responses and the aggregates a report
//! reads.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::cohorts;
use crate::db::prepared::{Prepared, Value};
use crate::db::schema::{
    activities, activity_releases, activity_responses, activity_stats, activity_tasks,
    activity_terms, answer_photos, card_pictures, tester_reminders,
};
use crate::domain::{ActivityId, CohortId, MemberId, ProductId, TaskId, UserId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = activities)]
pub struct Activity {
    pub id: ActivityId,
    pub cohort_id: CohortId,
    pub title: String,
    pub instructions: String,
    pub starts_at: NaiveDateTime,
    pub due_at: NaiveDateTime,
    pub closes_at: Option<NaiveDateTime>,
    pub audience_cities: String,
    pub audience_bands: String,
    pub visibility: String,
    pub published_at: Option<NaiveDateTime>,
    pub responses: i32,
    pub opened_mail_at: Option<NaiveDateTime>,
    pub reminders_sent: i32,
    pub created_at: NaiveDateTime,
    /// Raised by every change to the activity, its tasks or its answers.
    pub version: i64,
    /// Its picture's files, when it has one.
    pub display_key: Option<String>,
    pub thumb_key: Option<String>,
}

/// An activity's details as staff write them (an emptied close is cleared).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = activities, treat_none_as_null = true)]
pub struct Details<'a> {
    pub title: &'a str,
    pub instructions: &'a str,
    pub starts_at: NaiveDateTime,
    pub due_at: NaiveDateTime,
    pub closes_at: Option<NaiveDateTime>,
    pub audience_cities: &'a str,
    pub audience_bands: &'a str,
    pub visibility: &'a str,
}

pub fn insert(
    conn: &mut DbConn,
    cohort_id: CohortId,
    details: &Details<'_>,
    created_by: UserId,
    now: NaiveDateTime,
) -> QueryResult<ActivityId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(activities::table).values((
            activities::cohort_id.eq(cohort_id),
            details,
            activities::created_by.eq(Some(created_by)),
            activities::created_at.eq(now),
            activities::updated_at.eq(now),
        )),
        activities::id
    )
}

pub fn update(
    conn: &mut DbConn,
    id: ActivityId,
    details: &Details<'_>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(activities::table.find(id))
        .set((
            details,
            activities::updated_at.eq(now),
            activities::version.eq(activities::version + 1),
        ))
        .execute(conn)
}

pub fn find_in_cohort(
    conn: &mut DbConn,
    id: ActivityId,
    cohort_id: CohortId,
) -> QueryResult<Option<Activity>> {
    activities::table
        .find(id)
        .filter(activities::cohort_id.eq(cohort_id))
        .select(Activity::as_select())
        .first(conn)
        .optional()
}

/// The cohort of an activity, to check who may see it.
pub fn cohort_of(conn: &mut DbConn, id: ActivityId) -> QueryResult<Option<CohortId>> {
    activities::table
        .find(id)
        .select(activities::cohort_id)
        .first(conn)
        .optional()
}

/// A cohort's activities, latest start first.
pub fn of_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
    page: super::Page,
) -> QueryResult<Vec<Activity>> {
    activities::table
        .filter(activities::cohort_id.eq(cohort_id))
        .order((activities::starts_at.desc(), activities::id.desc()))
        .limit(page.size)
        .offset(page.offset())
        .select(Activity::as_select())
        .load(conn)
}

pub fn count_of_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<i64> {
    activities::table
        .filter(activities::cohort_id.eq(cohort_id))
        .count()
        .get_result(conn)
}

/// The cohort's published activities, latest due first: what its members'
/// to-do lists draw from.
pub fn published_of_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<Activity>> {
    activities::table
        .filter(activities::cohort_id.eq(cohort_id))
        .filter(activities::published_at.is_not_null())
        .order((activities::due_at.desc(), activities::id.desc()))
        .select(Activity::as_select())
        .load(conn)
}

pub fn publish(conn: &mut DbConn, id: ActivityId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        activities::table
            .find(id)
            .filter(activities::published_at.is_null()),
    )
    .set((
        activities::published_at.eq(Some(now)),
        activities::updated_at.eq(now),
        activities::version.eq(activities::version + 1),
    ))
    .execute(conn)
}

/// Stops taking answers from `now`.
pub fn close(conn: &mut DbConn, id: ActivityId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(activities::table.find(id))
        .set((
            activities::closes_at.eq(Some(now)),
            activities::updated_at.eq(now),
            activities::version.eq(activities::version + 1),
        ))
        .execute(conn)
}

/// Gives an activity a picture (its display and thumbnail files) or none.
pub fn set_picture(
    conn: &mut DbConn,
    id: ActivityId,
    keys: Option<(&str, &str)>,
) -> QueryResult<usize> {
    diesel::update(activities::table.find(id))
        .set((
            activities::display_key.eq(keys.map(|(display, _)| display)),
            activities::thumb_key.eq(keys.map(|(_, thumb)| thumb)),
            activities::version.eq(activities::version + 1),
        ))
        .execute(conn)
}

/// A card's picture files (display, thumbnail).
pub type CardPicture = (String, String);

/// The cards with a picture among these tasks': task, card.
pub fn cards_with_pictures(conn: &mut DbConn, tasks: &[TaskId]) -> QueryResult<Vec<(TaskId, i32)>> {
    card_pictures::table
        .filter(card_pictures::task_id.eq_any(tasks))
        .select((card_pictures::task_id, card_pictures::card))
        .load(conn)
}

pub fn card_picture(
    conn: &mut DbConn,
    task: TaskId,
    card: i32,
) -> QueryResult<Option<CardPicture>> {
    card_pictures::table
        .find((task, card))
        .select((card_pictures::display_key, card_pictures::thumb_key))
        .first(conn)
        .optional()
}

/// Every card picture of these tasks from card `from` on: (task, card, files).
pub fn card_pictures_from(
    conn: &mut DbConn,
    tasks: &[TaskId],
    from: i32,
) -> QueryResult<Vec<(TaskId, i32, CardPicture)>> {
    let rows: Vec<(TaskId, i32, String, String)> = card_pictures::table
        .filter(card_pictures::task_id.eq_any(tasks))
        .filter(card_pictures::card.ge(from))
        .select((
            card_pictures::task_id,
            card_pictures::card,
            card_pictures::display_key,
            card_pictures::thumb_key,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(task, card, display, thumb)| (task, card, (display, thumb)))
        .collect())
}

/// Deletes a task's card pictures from card `from` on (their files are the
/// caller's to delete).
pub fn delete_card_pictures_from(conn: &mut DbConn, task: TaskId, from: i32) -> QueryResult<usize> {
    diesel::delete(
        card_pictures::table
            .filter(card_pictures::task_id.eq(task))
            .filter(card_pictures::card.ge(from)),
    )
    .execute(conn)
}

pub fn delete_card_picture(conn: &mut DbConn, task: TaskId, card: i32) -> QueryResult<usize> {
    diesel::delete(card_pictures::table.find((task, card))).execute(conn)
}

pub fn insert_card_picture(
    conn: &mut DbConn,
    task: TaskId,
    card: i32,
    (display, thumb): (&str, &str),
) -> QueryResult<usize> {
    diesel::insert_into(card_pictures::table)
        .values((
            card_pictures::task_id.eq(task),
            card_pictures::card.eq(card),
            card_pictures::display_key.eq(display),
            card_pictures::thumb_key.eq(thumb),
        ))
        .execute(conn)
}

/// The activity a task belongs to.
pub fn activity_of_task(conn: &mut DbConn, task: TaskId) -> QueryResult<Option<ActivityId>> {
    activity_tasks::table
        .find(task)
        .select(activity_tasks::activity_id)
        .first(conn)
        .optional()
}

/// Marks a change to an activity's tasks or answers (see [`Activity::version`]).
pub fn bump_version(conn: &mut DbConn, id: ActivityId) -> QueryResult<usize> {
    diesel::update(activities::table.find(id))
        .set(activities::version.eq(activities::version + 1))
        .execute(conn)
}

pub fn delete(conn: &mut DbConn, id: ActivityId) -> QueryResult<usize> {
    diesel::delete(activities::table.find(id)).execute(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = activity_tasks)]
pub struct Task {
    pub id: TaskId,
    pub activity_id: ActivityId,
    pub position: i32,
    pub kind: String,
    pub prompt: String,
    pub options: String,
    pub allow_other: bool,
    pub max_photos: i32,
    pub product_id: Option<ProductId>,
    pub days_after_receipt: i32,
}

/// A task as written (a product test's product cleared when it is another kind).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = activity_tasks, treat_none_as_null = true)]
pub struct NewTask<'a> {
    pub kind: &'a str,
    pub prompt: &'a str,
    pub options: &'a str,
    pub allow_other: bool,
    pub max_photos: i32,
    pub product_id: Option<ProductId>,
    pub days_after_receipt: i32,
}

/// An activity's tasks, in order.
pub fn tasks(conn: &mut DbConn, activity_id: ActivityId) -> QueryResult<Vec<Task>> {
    activity_tasks::table
        .filter(activity_tasks::activity_id.eq(activity_id))
        .order(activity_tasks::position.asc())
        .select(Task::as_select())
        .load(conn)
}

/// Adds a task at `position`.
pub fn insert_task(
    conn: &mut DbConn,
    activity_id: ActivityId,
    position: i32,
    task: &NewTask<'_>,
) -> QueryResult<usize> {
    diesel::insert_into(activity_tasks::table)
        .values((
            activity_tasks::activity_id.eq(activity_id),
            activity_tasks::position.eq(position),
            task,
        ))
        .execute(conn)
}

pub fn update_task(conn: &mut DbConn, id: TaskId, task: &NewTask<'_>) -> QueryResult<usize> {
    diesel::update(activity_tasks::table.find(id))
        .set(task)
        .execute(conn)
}

pub fn delete_task(conn: &mut DbConn, id: TaskId) -> QueryResult<usize> {
    diesel::delete(activity_tasks::table.find(id)).execute(conn)
}

/// Gives a task its place; the caller keeps positions unique, moving a task
/// out of the way first.
pub fn set_position(conn: &mut DbConn, id: TaskId, position: i32) -> QueryResult<usize> {
    diesel::update(activity_tasks::table.find(id))
        .set(activity_tasks::position.eq(position))
        .execute(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = activity_responses)]
pub struct Response {
    pub id: i64,
    pub activity_id: ActivityId,
    pub member_id: MemberId,
    pub city: String,
    pub age_band: String,
    pub answers: String,
    pub submission_key: Option<String>,
    pub answered_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub fn response_of(
    conn: &mut DbConn,
    activity_id: ActivityId,
    member_id: MemberId,
) -> QueryResult<Option<Response>> {
    activity_responses::table
        .filter(activity_responses::activity_id.eq(activity_id))
        .filter(activity_responses::member_id.eq(member_id))
        .select(Response::as_select())
        .first(conn)
        .optional()
}

/// A first response. A second with the same one-time key, or a second for the
/// same member, is refused by a unique index.
pub struct NewResponse<'a> {
    pub activity_id: ActivityId,
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub city: &'a str,
    pub age_band: &'a str,
    pub answers: &'a str,
    pub submission_key: Option<&'a str>,
}

pub fn insert_response(
    conn: &mut DbConn,
    new: &NewResponse<'_>,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    let id = crate::insert_returning_id!(
        conn,
        diesel::insert_into(activity_responses::table).values((
            activity_responses::activity_id.eq(new.activity_id),
            activity_responses::cohort_id.eq(new.cohort_id),
            activity_responses::member_id.eq(new.member_id),
            activity_responses::city.eq(new.city),
            activity_responses::age_band.eq(new.age_band),
            activity_responses::answers.eq(new.answers),
            activity_responses::submission_key.eq(new.submission_key),
            activity_responses::answered_at.eq(now),
            activity_responses::updated_at.eq(now),
        )),
        activity_responses::id
    )?;
    diesel::update(activities::table.find(new.activity_id))
        .set((
            activities::responses.eq(activities::responses + 1),
            activities::version.eq(activities::version + 1),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Changes a response; the form's one-time key replaces the first one's.
pub fn update_answers(
    conn: &mut DbConn,
    response: &Response,
    answers: &str,
    submission_key: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let changed = diesel::update(activity_responses::table.find(response.id))
        .set((
            activity_responses::answers.eq(answers),
            activity_responses::submission_key.eq(submission_key),
            activity_responses::updated_at.eq(now),
        ))
        .execute(conn)?;
    bump_version(conn, response.activity_id)?;
    Ok(changed)
}

/// Every response a member has given, to take out of the aggregates when
/// they leave.
pub fn responses_of_member(conn: &mut DbConn, member_id: MemberId) -> QueryResult<Vec<Response>> {
    activity_responses::table
        .filter(activity_responses::member_id.eq(member_id))
        .select(Response::as_select())
        .load(conn)
}

/// Deletes a response (its photos' rows with it) and uncounts it.
pub fn delete_response(conn: &mut DbConn, response: &Response) -> QueryResult<usize> {
    let deleted = diesel::delete(activity_responses::table.find(response.id)).execute(conn)?;
    diesel::update(activities::table.find(response.activity_id))
        .set((
            activities::responses.eq(activities::responses - deleted as i32),
            activities::version.eq(activities::version + 1),
        ))
        .execute(conn)?;
    Ok(deleted)
}

/// The latest responses to an activity (answers and where they came from),
/// a page at a time.
pub fn latest_responses(
    conn: &mut DbConn,
    activity_id: ActivityId,
    segment: Segment<'_>,
    page: super::Page,
) -> QueryResult<Vec<Response>> {
    let mut query = activity_responses::table
        .filter(activity_responses::activity_id.eq(activity_id))
        .into_boxed();
    if let Some(city) = segment.city {
        query = query.filter(activity_responses::city.eq(city));
    }
    if let Some(band) = segment.age_band {
        query = query.filter(activity_responses::age_band.eq(band));
    }
    query
        .order((
            activity_responses::updated_at.desc(),
            activity_responses::id.desc(),
        ))
        .limit(page.size)
        .offset(page.offset())
        .select(Response::as_select())
        .load(conn)
}

/// Moves one aggregate of an activity by `answers` and `total`; created when
/// missing, dropped once it counts nothing. Plain SQL both backends accept.
pub struct StatKey<'a> {
    pub activity_id: ActivityId,
    pub task_position: i32,
    pub city: &'a str,
    pub age_band: &'a str,
    pub slot: i32,
    pub value: i32,
}

pub fn apply_stat(
    conn: &mut DbConn,
    key: &StatKey<'_>,
    answers: i64,
    total: f64,
) -> QueryResult<()> {
    Prepared::new(
        "INSERT INTO activity_stats (activity_id, task_position, city, age_band, slot, value, answers, total) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (activity_id, task_position, city, age_band, slot, value) DO UPDATE SET \
         answers = activity_stats.answers + excluded.answers, total = activity_stats.total + excluded.total",
        vec![
            Value::BigInt(key.activity_id.0),
            Value::Integer(key.task_position),
            Value::Text(key.city),
            Value::Text(key.age_band),
            Value::Integer(key.slot),
            Value::Integer(key.value),
            Value::BigInt(answers),
            Value::Double(total),
        ],
    )
    .execute(conn)?;
    if answers < 0 {
        diesel::delete(
            activity_stats::table
                .filter(activity_stats::activity_id.eq(key.activity_id))
                .filter(activity_stats::answers.le(0)),
        )
        .execute(conn)?;
    }
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = activity_stats)]
pub struct Stat {
    pub task_position: i32,
    pub city: String,
    pub age_band: String,
    pub slot: i32,
    pub value: i32,
    pub answers: i64,
    pub total: f64,
}

/// An activity's completion: who answered, by city and age band (task −1).
pub fn completion_stats(conn: &mut DbConn, activity_id: ActivityId) -> QueryResult<Vec<Stat>> {
    activity_stats::table
        .filter(activity_stats::activity_id.eq(activity_id))
        .filter(activity_stats::task_position.eq(-1))
        .select(Stat::as_select())
        .load(conn)
}

/// A city and an age band of a cohort, each `None` for all.
#[derive(Debug, Clone, Copy, Default)]
pub struct Segment<'a> {
    pub city: Option<&'a str>,
    pub age_band: Option<&'a str>,
}

impl Segment<'_> {
    pub fn is_whole(&self) -> bool {
        self.city.is_none() && self.age_band.is_none()
    }
}

/// An activity's task aggregates. For the whole activity they are read from
/// the rows kept with city and age band empty (a few per task, however many
/// cells its members fill); for a segment, from its cells' rows.
pub fn task_stats(
    conn: &mut DbConn,
    activity_id: ActivityId,
    segment: Segment<'_>,
) -> QueryResult<Vec<Stat>> {
    let mut query = activity_stats::table
        .filter(activity_stats::activity_id.eq(activity_id))
        .filter(activity_stats::task_position.ge(0))
        .into_boxed();
    if segment.is_whole() {
        query = query.filter(activity_stats::city.eq(""));
    } else {
        query = query.filter(activity_stats::city.ne(""));
        if let Some(city) = segment.city {
            query = query.filter(activity_stats::city.eq(city));
        }
        if let Some(band) = segment.age_band {
            query = query.filter(activity_stats::age_band.eq(band));
        }
    }
    query.select(Stat::as_select()).load(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = answer_photos)]
pub struct AnswerPhoto {
    pub id: i64,
    pub response_id: i64,
    pub task_position: i32,
    pub position: i32,
    pub display_key: String,
    pub thumb_key: String,
}

/// A photo sent with a response, its files stored already.
#[derive(Insertable)]
#[diesel(table_name = answer_photos)]
pub struct NewAnswerPhoto<'a> {
    pub response_id: i64,
    pub activity_id: ActivityId,
    pub task_position: i32,
    pub position: i32,
    pub display_key: &'a str,
    pub thumb_key: &'a str,
    pub width: i32,
    pub height: i32,
}

pub fn insert_photo(conn: &mut DbConn, photo: &NewAnswerPhoto<'_>) -> QueryResult<usize> {
    diesel::insert_into(answer_photos::table)
        .values(photo)
        .execute(conn)
}

/// The files of a cohort's activities: the photos of answers and the
/// pictures of cards, each as (display, thumbnail).
pub fn files_of_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
) -> QueryResult<Vec<(String, String)>> {
    let of_cohort = activities::table
        .filter(activities::cohort_id.eq(cohort_id))
        .select(activities::id);
    let mut files: Vec<(String, String)> = answer_photos::table
        .filter(answer_photos::activity_id.eq_any(of_cohort))
        .select((answer_photos::display_key, answer_photos::thumb_key))
        .load(conn)?;
    let tasks = activity_tasks::table
        .filter(activity_tasks::activity_id.eq_any(of_cohort))
        .select(activity_tasks::id);
    files.extend(
        card_pictures::table
            .filter(card_pictures::task_id.eq_any(tasks))
            .select((card_pictures::display_key, card_pictures::thumb_key))
            .load::<(String, String)>(conn)?,
    );
    Ok(files)
}

/// The photos of the given responses, in task and then photo order.
pub fn photos_of(conn: &mut DbConn, response_ids: &[i64]) -> QueryResult<Vec<AnswerPhoto>> {
    answer_photos::table
        .filter(answer_photos::response_id.eq_any(response_ids))
        .order((
            answer_photos::response_id.asc(),
            answer_photos::task_position.asc(),
            answer_photos::position.asc(),
        ))
        .select(AnswerPhoto::as_select())
        .load(conn)
}

/// Removes a response's photos for one task; their files are the caller's
/// to delete once the transaction holds.
pub fn delete_photos(
    conn: &mut DbConn,
    response_id: i64,
    task_position: i32,
) -> QueryResult<usize> {
    diesel::delete(
        answer_photos::table
            .filter(answer_photos::response_id.eq(response_id))
            .filter(answer_photos::task_position.eq(task_position)),
    )
    .execute(conn)
}

/// A photo with the member who sent it and their cohort, to check who may see it.
pub fn photo_with_owner(
    conn: &mut DbConn,
    id: i64,
) -> QueryResult<Option<(AnswerPhoto, MemberId, CohortId)>> {
    answer_photos::table
        .inner_join(activity_responses::table)
        .filter(answer_photos::id.eq(id))
        .select((
            AnswerPhoto::as_select(),
            activity_responses::member_id,
            activity_responses::cohort_id,
        ))
        .first(conn)
        .optional()
}

/// Published activities a mail is due for at `now`: the notice that one
/// opened, or a reminder (the first from two days before it is due and a day
/// after it opened, the second from twelve hours before and a day and a half
/// after). Claimed with `claim_mail`.
pub fn mail_candidates(
    conn: &mut DbConn,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Activity>> {
    use chrono::Duration;
    let first = activities::reminders_sent
        .eq(0)
        .and(activities::due_at.le(now + Duration::hours(48)))
        .and(activities::starts_at.le(now - Duration::hours(24)));
    let second = activities::reminders_sent
        .eq(1)
        .and(activities::due_at.le(now + Duration::hours(12)))
        .and(activities::starts_at.le(now - Duration::hours(36)));
    activities::table
        .filter(activities::published_at.is_not_null())
        .filter(activities::cohort_id.eq_any(cohorts::open_ids()))
        .filter(activities::starts_at.le(now))
        .filter(activities::due_at.gt(now))
        .filter(
            activities::closes_at
                .is_null()
                .or(activities::closes_at.gt(now)),
        )
        .filter(
            activities::opened_mail_at
                .is_null()
                .or(activities::opened_mail_at
                    .is_not_null()
                    .and(first.or(second))),
        )
        .order(activities::id.asc())
        .limit(limit)
        .select(Activity::as_select())
        .load(conn)
}

/// Claims the opening notice (`reminder` 0) or reminder 1 or 2 of an
/// activity; 0 rows when another instance did.
pub fn claim_mail(
    conn: &mut DbConn,
    id: ActivityId,
    reminder: i32,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let row = activities::table.find(id);
    if reminder == 0 {
        diesel::update(row.filter(activities::opened_mail_at.is_null()))
            .set(activities::opened_mail_at.eq(Some(now)))
            .execute(conn)
    } else {
        diesel::update(row.filter(activities::reminders_sent.eq(reminder - 1)))
            .set(activities::reminders_sent.eq(reminder))
            .execute(conn)
    }
}

/// A product test in an activity that is open at `now`.
pub struct OpenProductTest {
    pub activity: Activity,
    pub task_position: i32,
    pub product_id: ProductId,
    pub days_after_receipt: i32,
}

/// The product tests of the published activities open at `now`.
pub fn open_product_tests(
    conn: &mut DbConn,
    now: NaiveDateTime,
) -> QueryResult<Vec<OpenProductTest>> {
    let rows: Vec<(Activity, i32, Option<ProductId>, i32)> = activity_tasks::table
        .inner_join(activities::table)
        .filter(activity_tasks::kind.eq("product_test"))
        .filter(activities::published_at.is_not_null())
        .filter(activities::cohort_id.eq_any(cohorts::open_ids()))
        .filter(activities::starts_at.le(now))
        .filter(
            activities::closes_at
                .is_null()
                .or(activities::closes_at.gt(now)),
        )
        .order((activities::id.asc(), activity_tasks::position.asc()))
        .select((
            Activity::as_select(),
            activity_tasks::position,
            activity_tasks::product_id,
            activity_tasks::days_after_receipt,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(activity, task_position, product, days)| {
            product.map(|product_id| OpenProductTest {
                activity,
                task_position,
                product_id,
                days_after_receipt: days,
            })
        })
        .collect())
}

/// How many reminders of their product test each member has had for an activity.
pub fn tester_reminders_sent(
    conn: &mut DbConn,
    activity_id: ActivityId,
) -> QueryResult<Vec<(MemberId, i32)>> {
    tester_reminders::table
        .filter(tester_reminders::activity_id.eq(activity_id))
        .select((tester_reminders::member_id, tester_reminders::sent))
        .load(conn)
}

/// Claims a member's product-test reminder `reminder` (1 or 2) of an
/// activity; 0 rows when another instance did.
pub fn claim_tester_reminder(
    conn: &mut DbConn,
    activity_id: ActivityId,
    member_id: MemberId,
    reminder: i32,
) -> QueryResult<usize> {
    if reminder == 1 {
        crate::execute_per_backend!(
            conn,
            diesel::insert_into(tester_reminders::table)
                .values((
                    tester_reminders::activity_id.eq(activity_id),
                    tester_reminders::member_id.eq(member_id),
                    tester_reminders::sent.eq(1),
                ))
                .on_conflict_do_nothing()
        )
    } else {
        diesel::update(
            tester_reminders::table
                .find((activity_id, member_id))
                .filter(tester_reminders::sent.eq(reminder - 1)),
        )
        .set(tester_reminders::sent.eq(reminder))
        .execute(conn)
    }
}

/// The members who have answered an activity.
pub fn answered_members(conn: &mut DbConn, activity_id: ActivityId) -> QueryResult<Vec<MemberId>> {
    activity_responses::table
        .filter(activity_responses::activity_id.eq(activity_id))
        .select(activity_responses::member_id)
        .load(conn)
}

/// When each member of a cohort last answered an activity.
pub fn last_answer_per_member(
    conn: &mut DbConn,
    cohort_id: CohortId,
) -> QueryResult<Vec<(MemberId, Option<NaiveDateTime>)>> {
    activity_responses::table
        .filter(activity_responses::cohort_id.eq(cohort_id))
        .group_by(activity_responses::member_id)
        .select((
            activity_responses::member_id,
            diesel::dsl::max(activity_responses::updated_at),
        ))
        .load(conn)
}

/// Activities that have closed by `now` and have no release yet, with their
/// brand's threshold and privacy budget.
pub fn release_due(
    conn: &mut DbConn,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Activity>> {
    let released = activity_releases::table
        .filter(activity_releases::activity_id.eq(activities::id))
        .select(activity_releases::activity_id);
    activities::table
        .filter(activities::published_at.is_not_null())
        .filter(
            activities::closes_at.le(now).or(activities::closes_at
                .is_null()
                .and(activities::due_at.le(now))),
        )
        .filter(diesel::dsl::not(diesel::dsl::exists(released)))
        .order(activities::id.asc())
        .limit(limit)
        .select(Activity::as_select())
        .load(conn)
}

/// Keeps an activity's release; a second one for it is not kept (1 when kept).
pub fn insert_release(
    conn: &mut DbConn,
    activity_id: ActivityId,
    figures: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    crate::execute_per_backend!(
        conn,
        diesel::insert_into(activity_releases::table)
            .values((
                activity_releases::activity_id.eq(activity_id),
                activity_releases::made_at.eq(now),
                activity_releases::figures.eq(figures),
            ))
            .on_conflict_do_nothing()
    )
}

/// How many of a cohort's activities were released since `since`.
pub fn releases_made_since(
    conn: &mut DbConn,
    cohort_id: CohortId,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    activity_releases::table
        .inner_join(activities::table)
        .filter(activities::cohort_id.eq(cohort_id))
        .filter(activity_releases::made_at.gt(since))
        .count()
        .get_result(conn)
}

/// An activity's release: when it was made, and its figures (JSON).
pub fn release_of(
    conn: &mut DbConn,
    activity_id: ActivityId,
) -> QueryResult<Option<(NaiveDateTime, String)>> {
    activity_releases::table
        .find(activity_id)
        .select((activity_releases::made_at, activity_releases::figures))
        .first(conn)
        .optional()
}

/// A cohort's released activities, latest closed first.
pub fn released_of_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<Activity>> {
    activities::table
        .inner_join(activity_releases::table)
        .filter(activities::cohort_id.eq(cohort_id))
        .order(activity_releases::made_at.desc())
        .select(Activity::as_select())
        .limit(100)
        .load(conn)
}

/// Every response to an activity (at most a cohort's 250 members).
pub fn all_responses(conn: &mut DbConn, activity_id: ActivityId) -> QueryResult<Vec<Response>> {
    activity_responses::table
        .filter(activity_responses::activity_id.eq(activity_id))
        .select(Response::as_select())
        .load(conn)
}

/// Moves a text task's count of answers using `term` by `answers`; dropped
/// once none do.
pub fn apply_term(
    conn: &mut DbConn,
    activity_id: ActivityId,
    task_position: i32,
    term: &str,
    answers: i64,
) -> QueryResult<()> {
    Prepared::new(
        "INSERT INTO activity_terms (activity_id, task_position, term, answers) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (activity_id, task_position, term) DO UPDATE SET \
         answers = activity_terms.answers + excluded.answers",
        vec![
            Value::BigInt(activity_id.0),
            Value::Integer(task_position),
            Value::Text(term),
            Value::BigInt(answers),
        ],
    )
    .execute(conn)?;
    if answers < 0 {
        diesel::delete(
            activity_terms::table
                .filter(activity_terms::activity_id.eq(activity_id))
                .filter(activity_terms::answers.le(0)),
        )
        .execute(conn)?;
    }
    Ok(())
}

/// A task's terms used in the most answers (at most `limit`), most first.
pub fn top_terms(
    conn: &mut DbConn,
    activity_id: ActivityId,
    task_position: i32,
    limit: i64,
) -> QueryResult<Vec<(String, i64)>> {
    activity_terms::table
        .filter(activity_terms::activity_id.eq(activity_id))
        .filter(activity_terms::task_position.eq(task_position))
        .order((activity_terms::answers.desc(), activity_terms::term.asc()))
        .limit(limit)
        .select((activity_terms::term, activity_terms::answers))
        .load(conn)
}

/// The product tests among the cohort's activities' tasks: activity, product,
/// days after receipt.
pub fn product_tests_in_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
) -> QueryResult<Vec<(ActivityId, Option<ProductId>, i32)>> {
    activity_tasks::table
        .inner_join(activities::table)
        .filter(activities::cohort_id.eq(cohort_id))
        .filter(activity_tasks::kind.eq("product_test"))
        .select((
            activity_tasks::activity_id,
            activity_tasks::product_id,
            activity_tasks::days_after_receipt,
        ))
        .load(conn)
}
