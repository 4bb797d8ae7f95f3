//! The sites a brand's drops may link to.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::share_domains;
use crate::domain::BrandId;

pub fn of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<Vec<String>> {
    share_domains::table
        .filter(share_domains::brand_id.eq(brand_id))
        .order(share_domains::domain.asc())
        .select(share_domains::domain)
        .load(conn)
}

pub fn count_of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<i64> {
    share_domains::table
        .filter(share_domains::brand_id.eq(brand_id))
        .count()
        .get_result(conn)
}

/// Adds a site; 0 rows when the brand has it already.
pub fn insert(conn: &mut DbConn, brand_id: BrandId, domain: &str) -> QueryResult<usize> {
    crate::execute_per_backend!(
        conn,
        diesel::insert_into(share_domains::table)
            .values((
                share_domains::brand_id.eq(brand_id),
                share_domains::domain.eq(domain),
            ))
            .on_conflict_do_nothing()
    )
}

pub fn delete(conn: &mut DbConn, brand_id: BrandId, domain: &str) -> QueryResult<usize> {
    diesel::delete(
        share_domains::table
            .filter(share_domains::brand_id.eq(brand_id))
            .filter(share_domains::domain.eq(domain)),
    )
    .execute(conn)
}
