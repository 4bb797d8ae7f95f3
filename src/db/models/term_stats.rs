//! Term counts per member, kept in step with the visible posts.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use crate::db::DbConn;
use crate::db::models::posts::Post;
use crate::db::schema::term_stats;
use crate::summary::themes::post_terms;

/// Adds (sign +1) or removes (-1) one post's terms.
pub fn apply(conn: &mut DbConn, post: &Post, sign: i32) -> QueryResult<()> {
    let text = match &post.title {
        Some(title) => format!("{title}. {}", post.body),
        None => post.body.clone(),
    };
    for term in post_terms(&text) {
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
