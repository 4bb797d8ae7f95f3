//! Drops: what a brand publishes for its members to pass on.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::schema::{drops, products};
use crate::domain::{BrandId, DropId, ProductId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = drops)]
pub struct DropRecord {
    pub id: DropId,
    pub brand_id: BrandId,
    pub title: String,
    pub body: String,
    pub tags: String,
    pub product_id: Option<ProductId>,
    pub display_key: Option<String>,
    pub thumb_key: Option<String>,
    pub live_from: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The drop's page on one of the brand's sites, which its landing page links to.
    pub target_url: Option<String>,
}

/// What staff write on a drop.
pub struct DropFields<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub tags: &'a str,
    pub product_id: Option<ProductId>,
    pub live_from: NaiveDateTime,
    pub target_url: Option<&'a str>,
}

pub fn insert(
    conn: &mut DbConn,
    brand_id: BrandId,
    fields: DropFields<'_>,
    now: NaiveDateTime,
) -> QueryResult<DropId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(drops::table).values((
            drops::brand_id.eq(brand_id),
            drops::title.eq(fields.title),
            drops::body.eq(fields.body),
            drops::tags.eq(fields.tags),
            drops::product_id.eq(fields.product_id),
            drops::live_from.eq(fields.live_from),
            drops::target_url.eq(fields.target_url),
            drops::created_at.eq(now),
            drops::updated_at.eq(now),
        )),
        drops::id
    )
}

pub fn update(
    conn: &mut DbConn,
    id: DropId,
    fields: DropFields<'_>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(drops::table.find(id))
        .set((
            drops::title.eq(fields.title),
            drops::body.eq(fields.body),
            drops::tags.eq(fields.tags),
            drops::product_id.eq(fields.product_id),
            drops::live_from.eq(fields.live_from),
            drops::target_url.eq(fields.target_url),
            drops::updated_at.eq(now),
        ))
        .execute(conn)
}

/// Gives a drop its picture's display and thumbnail files.
pub fn set_picture(
    conn: &mut DbConn,
    id: DropId,
    display: &str,
    thumb: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(drops::table.find(id))
        .set((
            drops::display_key.eq(display),
            drops::thumb_key.eq(thumb),
            drops::updated_at.eq(now),
        ))
        .execute(conn)
}

pub fn find(conn: &mut DbConn, id: DropId) -> QueryResult<Option<DropRecord>> {
    drops::table
        .find(id)
        .select(DropRecord::as_select())
        .first(conn)
        .optional()
}

pub fn find_in_brand(
    conn: &mut DbConn,
    id: DropId,
    brand_id: BrandId,
) -> QueryResult<Option<DropRecord>> {
    drops::table
        .find(id)
        .filter(drops::brand_id.eq(brand_id))
        .select(DropRecord::as_select())
        .first(conn)
        .optional()
}

pub fn count_of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<i64> {
    drops::table
        .filter(drops::brand_id.eq(brand_id))
        .count()
        .get_result(conn)
}

/// How many of a brand's drops are out by `now`.
pub fn count_live_of_brand(
    conn: &mut DbConn,
    brand_id: BrandId,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    drops::table
        .filter(drops::brand_id.eq(brand_id))
        .filter(drops::live_from.le(now))
        .count()
        .get_result(conn)
}

/// A brand's drops, those going live latest first, with the product each names.
pub fn of_brand(
    conn: &mut DbConn,
    brand_id: BrandId,
    page: Page,
) -> QueryResult<Vec<(DropRecord, Option<String>)>> {
    drops::table
        .left_join(products::table)
        .filter(drops::brand_id.eq(brand_id))
        .order((drops::live_from.desc(), drops::id.desc()))
        .limit(page.size)
        .offset(page.offset())
        .select((DropRecord::as_select(), products::name.nullable()))
        .load(conn)
}

/// A brand's drops that are out by `now`, latest first.
pub fn live_of_brand(
    conn: &mut DbConn,
    brand_id: BrandId,
    now: NaiveDateTime,
    page: Page,
) -> QueryResult<Vec<(DropRecord, Option<String>)>> {
    drops::table
        .left_join(products::table)
        .filter(drops::brand_id.eq(brand_id))
        .filter(drops::live_from.le(now))
        .order((drops::live_from.desc(), drops::id.desc()))
        .limit(page.size)
        .offset(page.offset())
        .select((DropRecord::as_select(), products::name.nullable()))
        .load(conn)
}

/// A brand's drops out between two times (from inclusive, to exclusive):
/// id and title, oldest first.
pub fn out_between(
    conn: &mut DbConn,
    brand_id: BrandId,
    (from, to): (NaiveDateTime, NaiveDateTime),
) -> QueryResult<Vec<(DropId, String)>> {
    drops::table
        .filter(drops::brand_id.eq(brand_id))
        .filter(drops::live_from.ge(from))
        .filter(drops::live_from.lt(to))
        .order((drops::live_from.asc(), drops::id.asc()))
        .select((drops::id, drops::title))
        .load(conn)
}

pub fn delete(conn: &mut DbConn, id: DropId) -> QueryResult<usize> {
    diesel::delete(drops::table.find(id)).execute(conn)
}
