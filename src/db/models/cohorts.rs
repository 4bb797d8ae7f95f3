use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::db::DbConn;
use crate::db::models::brands::Brand;
use crate::db::models::cohort_tallies::{self, Summed, Tally};
use crate::db::models::invites::KIND_EMAIL;
use crate::db::models::users::User;
use crate::db::schema::{
    activities, activity_responses, brands, cohorts, invites, posts, reports, users,
};
use crate::domain::{BrandId, CohortId, MemberId, UserId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cohorts)]
pub struct Cohort {
    pub id: CohortId,
    pub brand_id: BrandId,
    pub name: String,
    pub description: String,
    pub theme: String,
    pub cities: String,
    pub capacity: i32,
    pub members_count: i32,
    pub created_by: UserId,
    pub created_at: NaiveDateTime,
    /// Moves whenever a member joins, leaves or changes city or age band: what
    /// is worked out from the roster is kept until it moves.
    pub roster_version: i64,
    /// When staff closed it (`None`: open).
    pub closed_at: Option<NaiveDateTime>,
    /// When a closed cohort is to be deleted, as stated when it closed.
    pub delete_at: Option<NaiveDateTime>,
    /// Moves whenever staff change one of its activities: the published
    /// activities members' to-do lists are built from are kept until it moves.
    pub activities_version: i64,
}

/// A cohort read with its brand and the state of its posts.
pub struct CohortRead {
    pub cohort: Cohort,
    pub brand: Brand,
    pub tally: crate::db::models::cohort_tallies::Tally,
}

pub struct NewCohort<'a> {
    pub brand_id: BrandId,
    pub name: &'a str,
    pub description: &'a str,
    pub theme: &'a str,
    pub cities: &'a str,
    pub capacity: i32,
    pub created_by: UserId,
}

pub fn insert(
    conn: &mut DbConn,
    cohort: NewCohort<'_>,
    now: NaiveDateTime,
) -> QueryResult<CohortId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(cohorts::table).values((
            cohorts::brand_id.eq(cohort.brand_id),
            cohorts::name.eq(cohort.name),
            cohorts::description.eq(cohort.description),
            cohorts::theme.eq(cohort.theme),
            cohorts::cities.eq(cohort.cities),
            cohorts::capacity.eq(cohort.capacity),
            cohorts::created_by.eq(cohort.created_by),
            cohorts::created_at.eq(now),
        )),
        cohorts::id
    )
}

/// What staff may change about a cohort.
pub struct CohortDetails<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub theme: &'a str,
    pub cities: &'a str,
    pub capacity: i32,
}

/// Changes a cohort's details, unless its members already outnumber the new
/// capacity (checked in the same statement, so a join cannot slip between):
/// the rows changed, 0 or 1.
pub fn update_details(
    conn: &mut DbConn,
    id: CohortId,
    details: CohortDetails<'_>,
) -> QueryResult<usize> {
    diesel::update(
        cohorts::table
            .find(id)
            .filter(cohorts::members_count.le(details.capacity)),
    )
    .set((
        cohorts::name.eq(details.name),
        cohorts::description.eq(details.description),
        cohorts::theme.eq(details.theme),
        cohorts::cities.eq(details.cities),
        cohorts::capacity.eq(details.capacity),
    ))
    .execute(conn)
}

pub fn find(conn: &mut DbConn, id: CohortId) -> QueryResult<Option<Cohort>> {
    cohorts::table
        .find(id)
        .select(Cohort::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_name(
    conn: &mut DbConn,
    brand_id: BrandId,
    name: &str,
) -> QueryResult<Option<Cohort>> {
    cohorts::table
        .filter(cohorts::brand_id.eq(brand_id))
        .filter(cohorts::name.eq(name))
        .select(Cohort::as_select())
        .first(conn)
        .optional()
}

/// A cohort as the brand's home shows it: the state of its posts, and what
/// waits for staff.
pub struct Glance {
    pub cohort: Cohort,
    pub tally: Tally,
    /// Members' reports not yet dealt with.
    pub reported: i64,
    /// Posts held back automatically, not yet looked at.
    pub held: i64,
    /// Published activities, not closed, due after `now` and by `due_by`.
    pub due_soon: i64,
    /// Personal invitations valid at `now`, sent before `invited_before`, not taken up.
    pub invites_waiting: i64,
    /// Members who answered an activity after `answered_since`, in order.
    pub answerers: Vec<MemberId>,
}

/// The members who answered one of the cohort's activities after `since`, as
/// one text of ids (`5,1,5`: in no order, once per answer; NULL for none), so
/// that the list comes in the cohorts' own statement rather than a second one.
#[diesel::dsl::auto_type]
fn answerers_since(since: NaiveDateTime) -> _ {
    activity_responses::table
        .filter(activity_responses::cohort_id.eq(cohorts::id))
        .filter(activity_responses::updated_at.gt(since))
        .select(super::string_agg(
            activity_responses::member_id.cast::<Text>(),
            ",",
        ))
        .single_value()
}

/// The times a [`Glance`] counts from.
pub struct GlanceTimes {
    pub now: NaiveDateTime,
    /// Activities due by then count as due soon.
    pub due_by: NaiveDateTime,
    /// Invitations sent before then count as waiting.
    pub invited_before: NaiveDateTime,
    /// Members who answered after then count as answerers.
    pub answered_since: NaiveDateTime,
}

/// A staff account, the brand asked for when it exists, and its cohorts'
/// glances.
pub type GlancesWithAccess = (User, Option<Brand>, Vec<Glance>);

/// A staff account, the brand asked for (when it exists) and that brand's
/// cohorts, newest first, each with its [`Glance`], in one statement: the
/// brand's home reads its access and its cohorts together. The glances are
/// read whether or not the account may see the brand; the caller checks.
pub fn glances_with_access(
    conn: &mut DbConn,
    user_id: UserId,
    brand_id: BrandId,
    times: &GlanceTimes,
) -> QueryResult<Option<GlancesWithAccess>> {
    type Row = (
        User,
        Option<Brand>,
        Option<Cohort>,
        Summed,
        (i64, i64, i64, i64),
        Option<String>,
    );
    let GlanceTimes {
        now,
        due_by,
        invited_before,
        answered_since,
    } = *times;
    let rows: Vec<Row> = crate::load_per_backend!(
        conn,
        users::table
            .left_join(brands::table.on(brands::id.eq(brand_id)))
            .left_join(cohorts::table.on(cohorts::brand_id.eq(brands::id)))
            .filter(users::id.eq(user_id))
            .order(cohorts::created_at.desc())
            .select((
                User::as_select(),
                Option::<Brand>::as_select(),
                Option::<Cohort>::as_select(),
                cohort_tallies::summed_for_cohort_read!(),
                (
                    reports::table
                        .filter(reports::cohort_id.eq(cohorts::id))
                        .filter(reports::resolved_at.is_null())
                        .count()
                        .single_value()
                        .assume_not_null(),
                    posts::table
                        .filter(posts::cohort_id.eq(cohorts::id))
                        .filter(posts::hidden_at.is_not_null())
                        .filter(posts::hidden_by.is_null())
                        .count()
                        .single_value()
                        .assume_not_null(),
                    activities::table
                        .filter(activities::cohort_id.eq(cohorts::id))
                        .filter(activities::published_at.is_not_null())
                        .filter(activities::due_at.gt(now))
                        .filter(activities::due_at.le(due_by))
                        .filter(
                            activities::closes_at
                                .is_null()
                                .or(activities::closes_at.gt(now)),
                        )
                        .count()
                        .single_value()
                        .assume_not_null(),
                    invites::table
                        .filter(invites::cohort_id.eq(cohorts::id))
                        .filter(invites::kind.eq(KIND_EMAIL))
                        .filter(invites::uses.eq(0))
                        .filter(invites::revoked_at.is_null())
                        .filter(invites::expires_at.gt(now))
                        .filter(invites::created_at.lt(invited_before))
                        .count()
                        .single_value()
                        .assume_not_null(),
                ),
                answerers_since(answered_since),
            ))
    )?;
    let mut rows = rows.into_iter().peekable();
    let Some((user, brand)) = rows.peek().map(|row| (row.0.clone(), row.1.clone())) else {
        return Ok(None);
    };
    let glances = rows
        .filter_map(
            |(_, _, cohort, tally, (reported, held, due_soon, invites_waiting), answerers)| {
                Some(Glance {
                    cohort: cohort?,
                    tally: tally.into(),
                    reported,
                    held,
                    due_soon,
                    invites_waiting,
                    answerers: super::ids_in(answerers),
                })
            },
        )
        .collect();
    Ok(Some((user, brand, glances)))
}

/// Marks a change staff made to one of the cohort's activities (in the
/// change's own transaction), so that kept to-do lists are built afresh.
pub fn activities_changed(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<usize> {
    diesel::update(cohorts::table.find(cohort_id))
        .set(cohorts::activities_version.eq(cohorts::activities_version + 1))
        .execute(conn)
}

pub fn list_for_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<Vec<Cohort>> {
    cohorts::table
        .filter(cohorts::brand_id.eq(brand_id))
        .order(cohorts::created_at.desc())
        .select(Cohort::as_select())
        .load(conn)
}

/// Claims one seat: the conditional UPDATE succeeds for exactly as many callers as
/// there are free seats, whatever the concurrency, because the row is locked by
/// the first writer until its transaction ends, and never in a closed cohort.
/// Returns whether a seat was taken.
pub fn claim_seat(conn: &mut DbConn, id: CohortId) -> QueryResult<bool> {
    let taken = diesel::update(
        cohorts::table
            .find(id)
            .filter(cohorts::members_count.lt(cohorts::capacity))
            .filter(cohorts::closed_at.is_null()),
    )
    .set(cohorts::members_count.eq(cohorts::members_count + 1))
    .execute(conn)?;
    Ok(taken == 1)
}

/// Closes a cohort, to be deleted at `delete_at`, or opens it again
/// (`None`): the rows changed.
pub fn set_closed(
    conn: &mut DbConn,
    id: CohortId,
    closing: Option<(NaiveDateTime, NaiveDateTime)>,
) -> QueryResult<usize> {
    diesel::update(cohorts::table.find(id))
        .set((
            cohorts::closed_at.eq(closing.map(|(at, _)| at)),
            cohorts::delete_at.eq(closing.map(|(_, delete_at)| delete_at)),
        ))
        .execute(conn)
}

/// The ids of the cohorts still open, for queries that leave closed ones out
/// (no reminders, nudges or activity mails reach a closed cohort).
#[diesel::dsl::auto_type]
pub fn open_ids() -> _ {
    cohorts::table
        .filter(cohorts::closed_at.is_null())
        .select(cohorts::id)
}

/// Closed cohorts whose retention is over at `now`.
pub fn due_for_deletion(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<Vec<CohortId>> {
    cohorts::table
        .filter(cohorts::closed_at.is_not_null())
        .filter(cohorts::delete_at.le(now))
        .select(cohorts::id)
        .load(conn)
}

/// Deletes a cohort; its members, posts, invites, activities and figures go
/// with it (the foreign keys cascade). The rows deleted, 0 or 1.
pub fn delete(conn: &mut DbConn, id: CohortId) -> QueryResult<usize> {
    diesel::delete(cohorts::table.find(id)).execute(conn)
}

/// Gives a seat back when a member leaves or is removed.
pub fn release_seat(conn: &mut DbConn, id: CohortId) -> QueryResult<usize> {
    diesel::update(cohorts::table.find(id).filter(cohorts::members_count.gt(0)))
        .set(cohorts::members_count.eq(cohorts::members_count - 1))
        .execute(conn)
}

/// A cohort with its brand, in one query.
pub fn with_brand(conn: &mut DbConn, id: CohortId) -> QueryResult<Option<(Cohort, Brand)>> {
    cohorts::table
        .inner_join(brands::table)
        .filter(cohorts::id.eq(id))
        .select((Cohort::as_select(), Brand::as_select()))
        .first(conn)
        .optional()
}
