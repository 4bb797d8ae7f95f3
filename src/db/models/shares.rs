//! Members' share links and the visits they bring: the day's visits (each
//! visitor once, as a salted hash), the days' salts, and the daily totals kept
//! after the visits are deleted.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::prepared::{Prepared, Value};
use crate::db::schema::{drops, members, share_days, share_links, share_totals, share_visits};
use crate::domain::{BrandId, CohortId, DropId, MemberId, ShareLinkId};

/// What a link's code leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkTarget {
    pub link_id: ShareLinkId,
    pub drop_id: DropId,
}

pub fn by_code(conn: &mut DbConn, code: &str) -> QueryResult<Option<LinkTarget>> {
    share_links::table
        .filter(share_links::code.eq(code))
        .select((share_links::id, share_links::drop_id))
        .first::<(ShareLinkId, DropId)>(conn)
        .optional()
        .map(|found| found.map(|(link_id, drop_id)| LinkTarget { link_id, drop_id }))
}

/// A member's link codes, by drop.
pub fn codes_of_member(
    conn: &mut DbConn,
    member_id: MemberId,
) -> QueryResult<Vec<(DropId, String)>> {
    share_links::table
        .filter(share_links::member_id.eq(member_id))
        .select((share_links::drop_id, share_links::code))
        .load(conn)
}

/// How many members took a link to each of these drops (drops without any
/// are left out).
pub fn link_counts(conn: &mut DbConn, drop_ids: &[DropId]) -> QueryResult<Vec<(DropId, i64)>> {
    share_links::table
        .filter(share_links::drop_id.eq_any(drop_ids))
        .group_by(share_links::drop_id)
        .select((share_links::drop_id, count_star()))
        .load(conn)
}

/// The codes of a brand's links.
pub fn codes_of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<Vec<String>> {
    share_links::table
        .inner_join(drops::table)
        .filter(drops::brand_id.eq(brand_id))
        .select(share_links::code)
        .load(conn)
}

/// A member's links: the drop's title, the code and when they took it.
pub fn links_of_member(
    conn: &mut DbConn,
    member_id: MemberId,
) -> QueryResult<Vec<(String, String, NaiveDateTime)>> {
    share_links::table
        .inner_join(drops::table)
        .filter(share_links::member_id.eq(member_id))
        .order(share_links::created_at.asc())
        .select((drops::title, share_links::code, share_links::created_at))
        .load(conn)
}

pub struct NewLink<'a> {
    pub code: &'a str,
    pub drop_id: DropId,
    pub member_id: MemberId,
    pub city: &'a str,
    pub age_band: &'a str,
}

/// Stores a member's link to a drop; 0 rows when they have one already (or,
/// most unlikely, the code is taken).
pub fn insert_link(conn: &mut DbConn, link: NewLink<'_>, now: NaiveDateTime) -> QueryResult<usize> {
    crate::execute_per_backend!(
        conn,
        diesel::insert_into(share_links::table)
            .values((
                share_links::code.eq(link.code),
                share_links::drop_id.eq(link.drop_id),
                share_links::member_id.eq(link.member_id),
                share_links::city.eq(link.city),
                share_links::age_band.eq(link.age_band),
                share_links::created_at.eq(now),
            ))
            .on_conflict_do_nothing()
    )
}

pub fn code_of(
    conn: &mut DbConn,
    member_id: MemberId,
    drop_id: DropId,
) -> QueryResult<Option<String>> {
    share_links::table
        .filter(share_links::member_id.eq(member_id))
        .filter(share_links::drop_id.eq(drop_id))
        .select(share_links::code)
        .first(conn)
        .optional()
}

/// The day's salt: the one stored, or `fresh` when it is the first asked for
/// (whichever app instance asks first, all use the same).
pub fn salt_of(conn: &mut DbConn, day: NaiveDate, fresh: &str) -> QueryResult<Option<String>> {
    crate::execute_per_backend!(
        conn,
        diesel::insert_into(share_days::table)
            .values((share_days::day.eq(day), share_days::salt.eq(fresh)))
            .on_conflict_do_nothing()
    )?;
    share_days::table
        .find(day)
        .select(share_days::salt)
        .first::<Option<String>>(conn)
}

/// One visitor of one link and generation on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub link_id: ShareLinkId,
    pub generation: i32,
    pub day: NaiveDate,
    pub visitor: i64,
    pub preview: bool,
}

/// Visits written by one statement at most (five values each).
const VISITS_PER_STATEMENT: usize = 100;

/// Stores visits; a visitor already counted that day is left as it is. Many
/// rows go in one statement, kept prepared: one row at a time costs the writer
/// several times the work, which the pages answering meanwhile feel.
pub fn insert_visits(conn: &mut DbConn, visits: &[Visit]) -> QueryResult<usize> {
    let mut stored = 0;
    for chunk in visits.chunks(VISITS_PER_STATEMENT) {
        let mut sql = String::from(
            "INSERT INTO share_visits (link_id, generation, day, visitor, preview) VALUES ",
        );
        let mut values = Vec::with_capacity(chunk.len() * 5);
        for (i, visit) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            let n = i * 5;
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${})",
                n + 1,
                n + 2,
                n + 3,
                n + 4,
                n + 5
            ));
            values.extend([
                Value::BigInt(visit.link_id.0),
                Value::Integer(visit.generation),
                Value::Date(visit.day),
                Value::BigInt(visit.visitor),
                Value::Bool(visit.preview),
            ]);
        }
        sql.push_str(" ON CONFLICT DO NOTHING");
        stored += Prepared::new(&sql, values)
            .kept_if(chunk.len() == VISITS_PER_STATEMENT)
            .execute(conn)?;
    }
    Ok(stored)
}

/// Days before `today` whose visits are not yet totalled.
pub fn days_to_roll(conn: &mut DbConn, today: NaiveDate) -> QueryResult<Vec<NaiveDate>> {
    share_days::table
        .filter(share_days::day.lt(today))
        .filter(share_days::rolled_at.is_null())
        .order(share_days::day.asc())
        .select(share_days::day)
        .load(conn)
}

/// Takes a day to total it, deleting its salt: false when another instance
/// took it first.
pub fn claim_day(conn: &mut DbConn, day: NaiveDate, now: NaiveDateTime) -> QueryResult<bool> {
    diesel::update(
        share_days::table
            .find(day)
            .filter(share_days::rolled_at.is_null()),
    )
    .set((
        share_days::rolled_at.eq(now),
        share_days::salt.eq(None::<String>),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// A day's visits counted per link, generation and kind (preview or click).
pub fn visits_of_day(
    conn: &mut DbConn,
    day: NaiveDate,
) -> QueryResult<Vec<(ShareLinkId, i32, bool, i64)>> {
    share_visits::table
        .filter(share_visits::day.eq(day))
        .group_by((
            share_visits::link_id,
            share_visits::generation,
            share_visits::preview,
        ))
        .select((
            share_visits::link_id,
            share_visits::generation,
            share_visits::preview,
            count_star(),
        ))
        .load(conn)
}

/// One link's clicks and previews of one generation on one day.
#[derive(Debug, Clone, PartialEq, Eq, Insertable)]
#[diesel(table_name = share_totals)]
pub struct DayTotal {
    pub link_id: ShareLinkId,
    pub generation: i32,
    pub day: NaiveDate,
    pub clicks: i32,
    pub previews: i32,
}

pub fn insert_totals(conn: &mut DbConn, totals: &[DayTotal]) -> QueryResult<usize> {
    let mut stored = 0;
    for chunk in totals.chunks(1000) {
        stored += match conn {
            DbConn::Pg(c) => diesel::insert_into(share_totals::table)
                .values(chunk)
                .on_conflict_do_nothing()
                .execute(c),
            DbConn::Sqlite(c) => chunk.iter().try_fold(0, |stored, row| {
                diesel::insert_or_ignore_into(share_totals::table)
                    .values(row)
                    .execute(c)
                    .map(|n| stored + n)
            }),
        }?;
    }
    Ok(stored)
}

pub fn delete_visits_before(conn: &mut DbConn, day: NaiveDate) -> QueryResult<usize> {
    diesel::delete(share_visits::table.filter(share_visits::day.lt(day))).execute(conn)
}

/// A link as the report adds it up: its drop and its sharer's segment.
#[derive(Debug, Clone, Queryable)]
pub struct LinkSegment {
    pub id: ShareLinkId,
    pub drop_id: DropId,
    /// `None` once the member has left.
    pub member_id: Option<MemberId>,
    pub city: String,
    pub age_band: String,
}

/// A brand's links.
pub fn links_of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<Vec<LinkSegment>> {
    share_links::table
        .inner_join(drops::table)
        .filter(drops::brand_id.eq(brand_id))
        .select((
            share_links::id,
            share_links::drop_id,
            share_links::member_id,
            share_links::city,
            share_links::age_band,
        ))
        .load(conn)
}

/// A brand's daily totals per link and generation (days already rolled up).
pub fn totals_of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<Vec<DayTotal>> {
    share_totals::table
        .inner_join(share_links::table.inner_join(drops::table))
        .filter(drops::brand_id.eq(brand_id))
        .select((
            share_totals::link_id,
            share_totals::generation,
            share_totals::day,
            share_totals::clicks,
            share_totals::previews,
        ))
        .load::<(ShareLinkId, i32, NaiveDate, i32, i32)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(link_id, generation, day, clicks, previews)| DayTotal {
                    link_id,
                    generation,
                    day,
                    clicks,
                    previews,
                })
                .collect()
        })
}

/// Visits of one link, generation, day and kind (preview or click), counted.
pub type OpenVisits = (ShareLinkId, i32, NaiveDate, bool, i64);

/// A brand's visits of the days not yet rolled up, counted per link,
/// generation, day and kind.
pub fn open_visits_of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<Vec<OpenVisits>> {
    let open_days = share_days::table
        .filter(share_days::rolled_at.is_null())
        .select(share_days::day);
    let links = share_links::table
        .inner_join(drops::table)
        .filter(drops::brand_id.eq(brand_id))
        .select(share_links::id);
    share_visits::table
        .filter(share_visits::day.eq_any(open_days))
        .filter(share_visits::link_id.eq_any(links))
        .group_by((
            share_visits::link_id,
            share_visits::generation,
            share_visits::day,
            share_visits::preview,
        ))
        .select((
            share_visits::link_id,
            share_visits::generation,
            share_visits::day,
            share_visits::preview,
            count_star(),
        ))
        .load(conn)
}

/// A link of one of a cohort's members, as a weekly release reads it.
#[derive(Debug, Clone, Queryable)]
pub struct MemberLink {
    pub id: ShareLinkId,
    pub member_id: MemberId,
    pub drop_id: DropId,
    pub created_at: NaiveDateTime,
}

/// The links of a cohort's present members.
pub fn links_of_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<MemberLink>> {
    share_links::table
        .inner_join(members::table)
        .filter(members::cohort_id.eq(cohort_id))
        .select((
            share_links::id,
            members::id,
            share_links::drop_id,
            share_links::created_at,
        ))
        .load(conn)
}

/// Clicks and previews of a cohort's members' links on the days from
/// `days.0` (inclusive) to `days.1` (exclusive), every generation, rolled-up
/// days and open ones alike: one row per link, day and kind (preview or not).
pub fn counts_of_cohort_between(
    conn: &mut DbConn,
    cohort_id: CohortId,
    days: (NaiveDate, NaiveDate),
) -> QueryResult<Vec<(ShareLinkId, bool, i64)>> {
    let links = || {
        share_links::table
            .inner_join(members::table)
            .filter(members::cohort_id.eq(cohort_id))
            .select(share_links::id)
    };
    let rolled: Vec<(ShareLinkId, i32, i32)> = share_totals::table
        .filter(share_totals::day.ge(days.0))
        .filter(share_totals::day.lt(days.1))
        .filter(share_totals::link_id.eq_any(links()))
        .select((
            share_totals::link_id,
            share_totals::clicks,
            share_totals::previews,
        ))
        .load(conn)?;
    let open_days = share_days::table
        .filter(share_days::rolled_at.is_null())
        .select(share_days::day);
    let open: Vec<(ShareLinkId, bool, i64)> = share_visits::table
        .filter(share_visits::day.ge(days.0))
        .filter(share_visits::day.lt(days.1))
        .filter(share_visits::day.eq_any(open_days))
        .filter(share_visits::link_id.eq_any(links()))
        .group_by((share_visits::link_id, share_visits::preview))
        .select((share_visits::link_id, share_visits::preview, count_star()))
        .load(conn)?;
    Ok(rolled
        .into_iter()
        .flat_map(|(link, clicks, previews)| {
            [
                (link, false, i64::from(clicks)),
                (link, true, i64::from(previews)),
            ]
        })
        .chain(open)
        .collect())
}

/// How many visits are stored (for the writer's tests and the operators).
pub fn visit_count(conn: &mut DbConn) -> QueryResult<i64> {
    share_visits::table.count().get_result(conn)
}
