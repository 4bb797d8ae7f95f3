//! Products sent to members, and whether each arrived.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{members, products, seedings};
use crate::domain::{CohortId, MemberId, ProductId, UserId};

/// A product sent to one member, as the member sees it.
#[derive(Debug, Clone, Queryable)]
pub struct Sent {
    pub id: i64,
    pub product_id: ProductId,
    pub product: String,
    pub released: bool,
    pub sent_at: NaiveDateTime,
    pub received_at: Option<NaiveDateTime>,
}

/// Records the product as sent to each member who has not had it; returns
/// how many were recorded.
pub fn insert_many(
    conn: &mut DbConn,
    cohort_id: CohortId,
    product_id: ProductId,
    member_ids: &[MemberId],
    sent_by: UserId,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let rows: Vec<_> = member_ids
        .iter()
        .map(|member_id| {
            (
                seedings::cohort_id.eq(cohort_id),
                seedings::member_id.eq(*member_id),
                seedings::product_id.eq(product_id),
                seedings::sent_by.eq(Some(sent_by)),
                seedings::sent_at.eq(now),
            )
        })
        .collect();
    crate::execute_per_backend!(
        conn,
        diesel::insert_into(seedings::table)
            .values(&rows)
            .on_conflict_do_nothing()
    )
}

/// What was sent to a member, newest first.
pub fn of_member(conn: &mut DbConn, member_id: MemberId) -> QueryResult<Vec<Sent>> {
    crate::load_per_backend!(
        conn,
        seedings::table
            .inner_join(products::table)
            .filter(seedings::member_id.eq(member_id))
            .order((seedings::sent_at.desc(), seedings::id.desc()))
            .select((
                seedings::id,
                seedings::product_id,
                products::name,
                products::released,
                seedings::sent_at,
                seedings::received_at,
            ))
    )
}

/// The member says it arrived; 0 when it is not theirs or was confirmed already.
pub fn confirm(
    conn: &mut DbConn,
    id: i64,
    member_id: MemberId,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        seedings::table
            .find(id)
            .filter(seedings::member_id.eq(member_id))
            .filter(seedings::received_at.is_null()),
    )
    .set(seedings::received_at.eq(Some(now)))
    .execute(conn)
}

/// When each member of a cohort who was sent the product said it arrived.
pub fn received_in_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
    product_id: ProductId,
) -> QueryResult<Vec<(MemberId, NaiveDateTime)>> {
    let rows: Vec<(MemberId, Option<NaiveDateTime>)> = seedings::table
        .filter(seedings::cohort_id.eq(cohort_id))
        .filter(seedings::product_id.eq(product_id))
        .filter(seedings::received_at.is_not_null())
        .select((seedings::member_id, seedings::received_at))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(member, at)| at.map(|at| (member, at)))
        .collect())
}

/// One sending of a cohort, with the member's display name.
#[derive(Debug, Clone, Queryable)]
pub struct Sending {
    pub product_id: ProductId,
    pub member_id: MemberId,
    pub member: String,
    pub received_at: Option<NaiveDateTime>,
}

/// Everything sent to a cohort's members, by product then member name.
pub fn of_cohort(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<Sending>> {
    seedings::table
        .inner_join(members::table)
        .filter(seedings::cohort_id.eq(cohort_id))
        .order((seedings::product_id.asc(), members::display_name.asc()))
        .select((
            seedings::product_id,
            seedings::member_id,
            members::display_name,
            seedings::received_at,
        ))
        .load(conn)
}
