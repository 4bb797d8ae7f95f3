use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::models::brands::Brand;
use crate::db::models::cohort_tallies::{self, Summed};
use crate::db::models::cohorts::{Cohort, CohortRead};
use crate::db::schema::{activities, brands, cohorts, users};
use crate::domain::{ActivityId, BrandId, CohortId, StaffRole, UserId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub password_hash: String,
    pub role: StaffRole,
    pub brand_id: Option<BrandId>,
    pub disabled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub time_zone: String,
    pub last_digest_at: Option<NaiveDateTime>,
    /// Its password was generated for it: it chooses its own before anything else.
    pub must_change_password: bool,
    /// Its authenticator app's shared secret (base32), when two-step sign-in is on.
    pub totp_secret: Option<String>,
    /// The last time step a code was accepted for: no code works twice.
    pub totp_step: Option<i64>,
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub role: StaffRole,
    pub brand_id: Option<BrandId>,
}

pub fn insert(conn: &mut DbConn, user: NewUser<'_>, now: NaiveDateTime) -> QueryResult<UserId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(users::table).values((
            users::email.eq(user.email),
            users::password_hash.eq(user.password_hash),
            users::role.eq(user.role),
            users::brand_id.eq(user.brand_id),
            users::created_at.eq(now),
        )),
        users::id
    )
}

pub fn find(conn: &mut DbConn, id: UserId) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// What [`with_cohort`] reads.
pub struct WithCohort {
    pub user: User,
    pub cohort: Option<CohortRead>,
    pub activity_version: Option<i64>,
}

/// A staff account and, when it exists, a cohort with its brand and tallies,
/// and the version of one of the cohort's activities when one is named, read
/// in one statement.
pub fn with_cohort(
    conn: &mut DbConn,
    id: UserId,
    cohort_id: CohortId,
    activity: Option<ActivityId>,
) -> QueryResult<Option<WithCohort>> {
    let activity_version = activities::table
        .filter(activities::id.nullable().eq(activity))
        .filter(activities::cohort_id.eq(cohorts::id))
        .select(activities::version)
        .single_value();
    type Row = (User, Option<Cohort>, Option<Brand>, Summed, Option<i64>);
    let found: Option<Row> = crate::first_per_backend!(
        conn,
        users::table
            .left_join(cohorts::table.on(cohorts::id.eq(cohort_id)))
            .left_join(brands::table.on(brands::id.nullable().eq(cohorts::brand_id.nullable())))
            .filter(users::id.eq(id))
            .select((
                User::as_select(),
                Option::<Cohort>::as_select(),
                Option::<Brand>::as_select(),
                cohort_tallies::summed_for_cohort_read!(),
                activity_version,
            ))
    )
    .optional()?;
    Ok(found.map(|(user, cohort, brand, tally, version)| {
        let read = cohort.zip(brand).map(|(cohort, brand)| CohortRead {
            cohort,
            brand,
            tally: tally.into(),
        });
        WithCohort {
            user,
            cohort: read,
            activity_version: version,
        }
    }))
}

/// A staff account and, when it exists, a brand, read in one statement.
pub fn with_brand(
    conn: &mut DbConn,
    id: UserId,
    brand_id: BrandId,
) -> QueryResult<Option<(User, Option<Brand>)>> {
    crate::first_per_backend!(
        conn,
        users::table
            .left_join(brands::table.on(brands::id.eq(brand_id)))
            .filter(users::id.eq(id))
            .select((User::as_select(), Option::<Brand>::as_select()))
    )
    .optional()
}

pub fn find_by_email(conn: &mut DbConn, email: &str) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()
}

/// Accounts with the name of their brand (none for admins), by email.
pub fn list_with_brand(conn: &mut DbConn, page: Page) -> QueryResult<Vec<(User, Option<String>)>> {
    users::table
        .left_join(brands::table)
        .order(users::email.asc())
        .limit(page.size)
        .offset(page.offset())
        .select((User::as_select(), brands::name.nullable()))
        .load(conn)
}

/// A brand's observers, by email.
/// A brand's accounts of one role (its managers, or its observers), by email.
pub fn of_brand(conn: &mut DbConn, brand_id: BrandId, role: StaffRole) -> QueryResult<Vec<User>> {
    users::table
        .filter(users::role.eq(role))
        .filter(users::brand_id.eq(brand_id))
        .order(users::email.asc())
        .select(User::as_select())
        .load(conn)
}

/// Deletes one of a brand's observers (an observer has nothing else to keep).
pub fn delete_observer(conn: &mut DbConn, id: UserId, brand_id: BrandId) -> QueryResult<usize> {
    diesel::delete(
        users::table
            .filter(users::id.eq(id))
            .filter(users::role.eq(StaffRole::Observer))
            .filter(users::brand_id.eq(brand_id)),
    )
    .execute(conn)
}

pub fn set_disabled(
    conn: &mut DbConn,
    id: UserId,
    disabled_at: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set(users::disabled_at.eq(disabled_at))
        .execute(conn)
}

/// A new password, which its owner chose (or, from the command line, an
/// operator): no change is asked for any more.
pub fn set_password_hash(conn: &mut DbConn, id: UserId, hash: &str) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(hash),
            users::must_change_password.eq(false),
        ))
        .execute(conn)
}

/// The account's password was generated: its owner must choose their own.
pub fn require_password_change(conn: &mut DbConn, id: UserId) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set(users::must_change_password.eq(true))
        .execute(conn)
}

/// Turns two-step sign-in on with `secret`, or off (`None`).
pub fn set_totp_secret(conn: &mut DbConn, id: UserId, secret: Option<&str>) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set((
            users::totp_secret.eq(secret),
            users::totp_step.eq(None::<i64>),
        ))
        .execute(conn)
}

/// Takes the code of time step `step`, unless a code of it or a later step
/// was taken already (checked in the statement, so two requests with one code
/// cannot both pass): whether it was taken.
pub fn take_totp_step(conn: &mut DbConn, id: UserId, step: i64) -> QueryResult<bool> {
    let taken = diesel::update(
        users::table
            .find(id)
            .filter(users::totp_step.is_null().or(users::totp_step.lt(step))),
    )
    .set(users::totp_step.eq(step))
    .execute(conn)?;
    Ok(taken == 1)
}

pub fn set_time_zone(conn: &mut DbConn, id: UserId, zone: &str) -> QueryResult<usize> {
    diesel::update(users::table.find(id))
        .set(users::time_zone.eq(zone))
        .execute(conn)
}

pub fn count(conn: &mut DbConn) -> QueryResult<i64> {
    users::table.count().get_result(conn)
}

/// Whether any admin account exists (a disabled one counts: it can be re-enabled).
pub fn admin_exists(conn: &mut DbConn) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        users::table.filter(users::role.eq(StaffRole::Admin)),
    ))
    .get_result(conn)
}

/// Active managers whose weekly digest is due: (id, email, brand).
pub fn digest_candidates(
    conn: &mut DbConn,
    week_ago: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<(UserId, String, Option<BrandId>)>> {
    users::table
        .filter(users::role.eq(StaffRole::Manager))
        .filter(users::disabled_at.is_null())
        .filter(users::brand_id.is_not_null())
        .filter(
            users::last_digest_at
                .is_null()
                .and(users::created_at.le(week_ago))
                .or(users::last_digest_at.le(week_ago)),
        )
        .order(users::id.asc())
        .limit(limit)
        .select((users::id, users::email, users::brand_id))
        .load(conn)
}

/// Claims a manager's digest (1 row) unless another instance did.
pub fn claim_digest(
    conn: &mut DbConn,
    id: UserId,
    week_ago: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        users::table.find(id).filter(
            users::last_digest_at
                .is_null()
                .or(users::last_digest_at.le(week_ago)),
        ),
    )
    .set(users::last_digest_at.eq(Some(now)))
    .execute(conn)
}
