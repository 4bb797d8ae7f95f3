use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::schema::brands;
use crate::domain::BrandId;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = brands)]
pub struct Brand {
    pub id: BrandId,
    pub name: String,
    pub anonymity_k: i32,
    pub created_at: NaiveDateTime,
    /// The privacy its releases spend: ε per member a month.
    pub epsilon_per_month: f64,
    /// The share of members, in per cent, the brand hopes will take part.
    pub participation_target: i32,
    /// Its accent colour on members' pages (`#rrggbb`); none: Cohorts' own.
    pub accent: Option<String>,
    /// Its logo's stored PNG (none: its name alone).
    pub logo_key: Option<String>,
    /// Moves with every change to its product catalogue.
    pub catalogue_version: i64,
}

impl Brand {
    /// The smallest group any figure may describe; never below 3, whatever is stored.
    pub fn anonymity_threshold(&self) -> usize {
        usize::try_from(self.anonymity_k).unwrap_or(5).max(3)
    }
}

pub fn insert(
    conn: &mut DbConn,
    name: &str,
    anonymity_k: i32,
    now: NaiveDateTime,
) -> QueryResult<BrandId> {
    crate::insert_returning_id!(
        conn,
        diesel::insert_into(brands::table).values((
            brands::name.eq(name),
            brands::anonymity_k.eq(anonymity_k),
            brands::created_at.eq(now),
        )),
        brands::id
    )
}

pub fn find(conn: &mut DbConn, id: BrandId) -> QueryResult<Brand> {
    brands::table
        .find(id)
        .select(Brand::as_select())
        .first(conn)
}

pub fn find_optional(conn: &mut DbConn, id: BrandId) -> QueryResult<Option<Brand>> {
    brands::table
        .find(id)
        .select(Brand::as_select())
        .first(conn)
        .optional()
}

pub fn find_by_name(conn: &mut DbConn, name: &str) -> QueryResult<Option<Brand>> {
    brands::table
        .filter(brands::name.eq(name))
        .select(Brand::as_select())
        .first(conn)
        .optional()
}

/// Every brand's id and name, for choosing one.
pub fn names(conn: &mut DbConn) -> QueryResult<Vec<(BrandId, String)>> {
    brands::table
        .order(brands::name.asc())
        .select((brands::id, brands::name))
        .load(conn)
}

pub fn list(conn: &mut DbConn, page: Page) -> QueryResult<Vec<Brand>> {
    brands::table
        .order(brands::name.asc())
        .limit(page.size)
        .offset(page.offset())
        .select(Brand::as_select())
        .load(conn)
}

pub fn count(conn: &mut DbConn) -> QueryResult<i64> {
    brands::table.count().get_result(conn)
}

pub fn set_anonymity_k(conn: &mut DbConn, id: BrandId, anonymity_k: i32) -> QueryResult<usize> {
    diesel::update(brands::table.find(id))
        .set(brands::anonymity_k.eq(anonymity_k))
        .execute(conn)
}

pub fn set_epsilon_per_month(conn: &mut DbConn, id: BrandId, epsilon: f64) -> QueryResult<usize> {
    diesel::update(brands::table.find(id))
        .set(brands::epsilon_per_month.eq(epsilon))
        .execute(conn)
}

pub fn set_participation_target(conn: &mut DbConn, id: BrandId, target: i32) -> QueryResult<usize> {
    diesel::update(brands::table.find(id))
        .set(brands::participation_target.eq(target))
        .execute(conn)
}

pub fn set_logo(conn: &mut DbConn, id: BrandId, logo_key: Option<&str>) -> QueryResult<usize> {
    diesel::update(brands::table.find(id))
        .set(brands::logo_key.eq(logo_key))
        .execute(conn)
}

pub fn set_accent(conn: &mut DbConn, id: BrandId, accent: Option<&str>) -> QueryResult<usize> {
    diesel::update(brands::table.find(id))
        .set(brands::accent.eq(accent))
        .execute(conn)
}
