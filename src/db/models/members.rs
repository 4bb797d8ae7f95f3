use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::models::brands::Brand;
use crate::db::models::cohort_tallies::{Summed, Tally};
use crate::db::models::cohorts::Cohort;
use crate::db::schema::{brands, cohorts, members};
use crate::domain::{ActivityId, CohortId, InviteId, MemberId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = members)]
pub struct Member {
    pub id: MemberId,
    pub cohort_id: CohortId,
    pub invite_id: Option<InviteId>,
    pub display_name: String,
    pub city: String,
    pub birth_year: i32,
    pub birth_month: i32,
    pub country: String,
    pub guardian_consent: i32,
    pub email: Option<String>,
    pub access_token_hash: String,
    pub consented_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub last_nudged_at: Option<NaiveDateTime>,
    pub nudges_off_at: Option<NaiveDateTime>,
    /// The zone they picked among their country's (`None`: its first).
    pub time_zone: Option<String>,
    /// The language they read Cohorts in (`None`: their browser's).
    pub language: Option<String>,
    /// When they turned sharing on (`None`: off, as it starts).
    pub sharing_since: Option<NaiveDateTime>,
}

pub struct NewMember<'a> {
    /// The join form's one-time key, when it carried one.
    pub submission_key: Option<&'a str>,
    pub cohort_id: CohortId,
    pub invite_id: InviteId,
    pub display_name: &'a str,
    pub city: &'a str,
    pub birth_year: i32,
    pub birth_month: i32,
    pub country: &'a str,
    pub guardian_consent: bool,
    pub email: Option<&'a str>,
    pub access_token_hash: &'a str,
    /// The language they joined in.
    pub language: Option<&'a str>,
}

pub fn insert(
    conn: &mut DbConn,
    member: NewMember<'_>,
    now: NaiveDateTime,
) -> QueryResult<MemberId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(members::table).values((
            members::cohort_id.eq(member.cohort_id),
            members::invite_id.eq(Some(member.invite_id)),
            members::display_name.eq(member.display_name),
            members::city.eq(member.city),
            members::birth_year.eq(member.birth_year),
            members::birth_month.eq(member.birth_month),
            members::country.eq(member.country),
            members::guardian_consent.eq(i32::from(member.guardian_consent)),
            members::email.eq(member.email),
            members::access_token_hash.eq(member.access_token_hash),
            members::submission_key.eq(member.submission_key),
            members::language.eq(member.language),
            members::consented_at.eq(now),
            members::created_at.eq(now),
        )),
        members::id
    )
    .and_then(|id| {
        roster_changed(conn, member.cohort_id)?;
        Ok(id)
    })
}

/// Marks a change to who is in a cohort, which figures over its members
/// (an activity's completion) are worked out from.
fn roster_changed(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<usize> {
    diesel::update(cohorts::table.find(cohort_id))
        .set(cohorts::roster_version.eq(cohorts::roster_version + 1))
        .execute(conn)
}

pub fn find(conn: &mut DbConn, id: MemberId) -> QueryResult<Option<Member>> {
    members::table
        .find(id)
        .select(Member::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_token_hash(conn: &mut DbConn, token_hash: &str) -> QueryResult<Option<Member>> {
    members::table
        .filter(members::access_token_hash.eq(token_hash))
        .select(Member::as_select())
        .first(conn)
        .optional()
}

/// Every membership under an email address, in any cohort.
pub fn with_email(conn: &mut DbConn, email: &str) -> QueryResult<Vec<Member>> {
    members::table
        .filter(members::email.eq(email))
        .order(members::id.asc())
        .select(Member::as_select())
        .load(conn)
}

pub fn list_for_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
    page: Page,
) -> QueryResult<Vec<Member>> {
    members::table
        .filter(members::cohort_id.eq(cohort_id))
        .order((members::created_at.desc(), members::id.desc()))
        .limit(page.size)
        .offset(page.offset())
        .select(Member::as_select())
        .load(conn)
}

/// Where a member lives, when they were born and when they joined.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = members)]
pub struct Demographic {
    pub id: MemberId,
    pub city: String,
    pub birth_year: i32,
    pub birth_month: i32,
    pub created_at: NaiveDateTime,
}

/// City and birth month of every member of a cohort, for the spread figures
/// and releases.
pub fn demographics(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<Demographic>> {
    members::table
        .filter(members::cohort_id.eq(cohort_id))
        .select(Demographic::as_select())
        .load(conn)
}

pub fn set_access_token_hash(
    conn: &mut DbConn,
    id: MemberId,
    token_hash: &str,
) -> QueryResult<usize> {
    diesel::update(members::table.find(id))
        .set(members::access_token_hash.eq(token_hash))
        .execute(conn)
}

/// Deletes a member of the given cohort; their posts go with them (ON DELETE CASCADE).
pub fn delete(conn: &mut DbConn, id: MemberId, cohort_id: CohortId) -> QueryResult<usize> {
    let deleted = diesel::delete(
        members::table
            .find(id)
            .filter(members::cohort_id.eq(cohort_id)),
    )
    .execute(conn)?;
    roster_changed(conn, cohort_id)?;
    Ok(deleted)
}

pub fn id_for_submission(conn: &mut DbConn, key: &str) -> QueryResult<Option<MemberId>> {
    members::table
        .filter(members::submission_key.eq(key))
        .select(members::id)
        .first(conn)
        .optional()
}

/// A member read with their cohort, its brand, its tallies, how many of
/// their own posts staff hid, whether any product was sent to them and the
/// activities they answered.
pub struct MemberRead {
    pub member: Member,
    pub cohort: Cohort,
    pub brand: Brand,
    pub tally: Tally,
    pub hidden_posts: i64,
    pub sent_products: bool,
    pub answered: Vec<ActivityId>,
}

/// What a member's access reads beside their rows, as sub-selects on the
/// member's and the cohort's ids: the cohort's tallies, how many of the
/// member's posts staff hid, whether any product was sent to them, and the
/// ids of the activities they answered as one text.
macro_rules! member_extras {
    () => {{
        use $crate::db::schema::{activity_responses, members, posts, seedings};
        (
            $crate::db::models::cohort_tallies::summed_for_cohort_read!(),
            posts::table
                .filter(posts::member_id.eq(members::id))
                .filter(posts::hidden_at.is_not_null())
                .count()
                .single_value()
                .assume_not_null(),
            diesel::dsl::exists(seedings::table.filter(seedings::member_id.eq(members::id))),
            activity_responses::table
                .filter(activity_responses::member_id.eq(members::id))
                .select($crate::db::models::string_agg(
                    activity_responses::activity_id.cast::<diesel::sql_types::Text>(),
                    ",",
                ))
                .single_value(),
        )
    }};
}
pub(crate) use member_extras;

/// [`member_extras!`] as read.
pub type MemberExtras = (Summed, i64, bool, Option<String>);

impl MemberRead {
    pub fn of(
        member: Member,
        cohort: Cohort,
        brand: Brand,
        (tally, hidden_posts, sent_products, answered): MemberExtras,
    ) -> Self {
        MemberRead {
            member,
            cohort,
            brand,
            tally: tally.into(),
            hidden_posts,
            sent_products,
            answered: super::ids_in(answered),
        }
    }
}

/// A member with their cohort, its brand, its tallies, their hidden posts'
/// count, whether products were sent to them and what they answered, in one
/// query: every member page needs the first three, the feed the cohort's
/// state, and the page says when staff hid one of their posts, lists what was
/// sent and ticks off their to-do list.
pub fn with_cohort_and_brand(conn: &mut DbConn, id: MemberId) -> QueryResult<Option<MemberRead>> {
    let found: Option<(Member, Cohort, Brand, MemberExtras)> = crate::first_per_backend!(
        conn,
        members::table
            .inner_join(cohorts::table.inner_join(brands::table))
            .filter(members::id.eq(id))
            .select((
                Member::as_select(),
                Cohort::as_select(),
                Brand::as_select(),
                member_extras!(),
            ))
    )
    .optional()?;
    Ok(found.map(|(member, cohort, brand, extras)| MemberRead::of(member, cohort, brand, extras)))
}

/// Turns "you haven't posted" reminders off (with the time) or on again.
pub fn set_nudges_off(
    conn: &mut DbConn,
    id: MemberId,
    off_at: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    diesel::update(members::table.find(id))
        .set(members::nudges_off_at.eq(off_at))
        .execute(conn)
}

/// Turns sharing on (since `since`) or off (`None`).
pub fn set_sharing(
    conn: &mut DbConn,
    id: MemberId,
    since: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    diesel::update(members::table.find(id))
        .set(members::sharing_since.eq(since))
        .execute(conn)
}

pub fn set_language(conn: &mut DbConn, id: MemberId, language: &str) -> QueryResult<usize> {
    diesel::update(members::table.find(id))
        .set(members::language.eq(language))
        .execute(conn)
}

pub fn set_time_zone(conn: &mut DbConn, id: MemberId, zone: Option<&str>) -> QueryResult<usize> {
    diesel::update(members::table.find(id))
        .set(members::time_zone.eq(zone))
        .execute(conn)
}

/// Stops the reminders, unless they were stopped already.
pub fn stop_nudges(conn: &mut DbConn, id: MemberId, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        members::table
            .find(id)
            .filter(members::nudges_off_at.is_null()),
    )
    .set(members::nudges_off_at.eq(Some(now)))
    .execute(conn)
}

/// Members with an address who joined before `since`, have not posted since,
/// and have not been nudged since (nor turned nudges off).
pub fn nudge_candidates(
    conn: &mut DbConn,
    since: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<MemberId>> {
    use crate::db::schema::posts;
    let recent_post = posts::table
        .filter(posts::member_id.eq(members::id))
        .filter(posts::created_at.gt(since));
    members::table
        .filter(members::email.is_not_null())
        .filter(members::nudges_off_at.is_null())
        .filter(members::cohort_id.eq_any(crate::db::models::cohorts::open_ids()))
        .filter(members::created_at.le(since))
        .filter(
            members::last_nudged_at
                .is_null()
                .or(members::last_nudged_at.le(since)),
        )
        .filter(diesel::dsl::not(diesel::dsl::exists(recent_post)))
        .order(members::id.asc())
        .limit(limit)
        .select(members::id)
        .load(conn)
}

/// Claims a member's nudge (1 row) unless another instance did, or they turned
/// nudges off meanwhile.
pub fn claim_nudge(
    conn: &mut DbConn,
    id: MemberId,
    since: NaiveDateTime,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        members::table
            .find(id)
            .filter(members::nudges_off_at.is_null())
            .filter(
                members::last_nudged_at
                    .is_null()
                    .or(members::last_nudged_at.le(since)),
            ),
    )
    .set(members::last_nudged_at.eq(Some(now)))
    .execute(conn)
}

/// A member who takes mail from the app: an address given and reminders not
/// turned off.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = members)]
pub struct MailRecipient {
    pub id: MemberId,
    pub display_name: String,
    pub email: Option<String>,
    pub city: String,
    pub birth_year: i32,
    pub birth_month: i32,
    pub country: String,
    pub time_zone: Option<String>,
    pub language: Option<String>,
}

pub fn mail_recipients(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<MailRecipient>> {
    members::table
        .filter(members::cohort_id.eq(cohort_id))
        .filter(members::email.is_not_null())
        .filter(members::nudges_off_at.is_null())
        .order(members::id.asc())
        .select(MailRecipient::as_select())
        .load(conn)
}

/// The cities the cohort's members live in.
pub fn cities_in(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<String>> {
    members::table
        .filter(members::cohort_id.eq(cohort_id))
        .select(members::city)
        .distinct()
        .load(conn)
}
