//! Term counts per member, kept in step with the visible posts.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use crate::db::DbConn;
use crate::db::models::posts::Post;
use crate::db::schema::term_stats;
use crate::summary::themes::post_terms;

/// Adds (sign +1) or removes (-1) one post's terms.
pub fn apply(conn: &mut DbConn, post: &Post, sign: i32) -> QueryResult<()> {
    for term in post_terms(&counted_text(post)) {
        diesel::sql_query(
            "INSERT INTO term_stats (cohort_id, member_id, city, age_band, product, term, posts) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (cohort_id, member_id, age_band, product, term) DO UPDATE SET posts = term_stats.posts + excluded.posts",
        )
        .bind::<BigInt, _>(post.cohort_id)
        .bind::<BigInt, _>(post.member_id)
        .bind::<Text, _>(&post.city)
        .bind::<Text, _>(&post.age_band)
        .bind::<Text, _>(post.product.as_deref().unwrap_or_default())
        .bind::<Text, _>(&term)
        .bind::<Integer, _>(sign)
        .execute(conn)?;
    }
    if sign < 0 {
        diesel::delete(
            term_stats::table
                .filter(term_stats::cohort_id.eq(post.cohort_id))
                .filter(term_stats::member_id.eq(post.member_id))
                .filter(term_stats::posts.le(0)),
        )
        .execute(conn)?;
    }
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = term_stats)]
pub struct TermRow {
    pub member_id: i64,
    pub city: String,
    pub age_band: String,
    pub product: String,
    pub term: String,
    pub posts: i32,
}

pub fn rows(conn: &mut DbConn, cohort_id: i64) -> QueryResult<Vec<TermRow>> {
    term_stats::table
        .filter(term_stats::cohort_id.eq(cohort_id))
        .filter(term_stats::posts.gt(0))
        .select(TermRow::as_select())
        .load(conn)
}

/// A term's count for one member, age band and product, written whole by the
/// scale generator.
#[derive(Insertable)]
#[diesel(table_name = term_stats)]
pub struct BulkTerm<'a> {
    pub cohort_id: i64,
    pub member_id: i64,
    pub city: &'a str,
    pub age_band: &'a str,
    pub product: &'a str,
    pub term: &'a str,
    pub posts: i32,
}

pub fn insert_many(conn: &mut DbConn, rows: &[BulkTerm<'_>]) -> QueryResult<usize> {
    crate::execute_per_backend!(conn, diesel::insert_into(term_stats::table).values(rows))
}

/// The text whose terms count: a review's title belongs to what it says.
pub fn counted_text(post: &Post) -> String {
    match &post.title {
        Some(title) => format!("{title}. {}", post.body),
        None => post.body.clone(),
    }
}
