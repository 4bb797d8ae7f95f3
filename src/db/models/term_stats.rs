//! Term counts per member, kept in step with the visible posts.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use crate::db::DbConn;
use crate::db::models::posts::Post;
use crate::db::schema::term_stats;
use crate::summary::themes::post_terms;

/// Adds (sign +1) or removes (-1) one post's terms, in one statement.
pub fn apply(conn: &mut DbConn, post: &Post, sign: i32) -> QueryResult<()> {
    let terms: Vec<String> = post_terms(&counted_text(post)).into_iter().collect();
    if !terms.is_empty() {
        // Placeholders are numbered in the order they first appear, as SQLite
        // numbers its parameters that way; PostgreSQL reuses $1–$6 in every row.
        let mut sql = String::from(
            "INSERT INTO term_stats (cohort_id, member_id, city, age_band, product, posts, term) VALUES ",
        );
        for i in 0..terms.len() {
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("($1, $2, $3, $4, $5, $6, ${})", i + 7));
        }
        sql.push_str(
            " ON CONFLICT (cohort_id, member_id, age_band, product, term) \
             DO UPDATE SET posts = term_stats.posts + excluded.posts",
        );
        macro_rules! upsert {
            ($conn:expr, $backend:ty) => {{
                let mut query = diesel::sql_query(sql)
                    .into_boxed::<$backend>()
                    .bind::<BigInt, _>(post.cohort_id)
                    .bind::<BigInt, _>(post.member_id)
                    .bind::<Text, _>(&post.city)
                    .bind::<Text, _>(&post.age_band)
                    .bind::<Text, _>(post.product.as_deref().unwrap_or_default())
                    .bind::<Integer, _>(sign);
                for term in &terms {
                    query = query.bind::<Text, _>(term);
                }
                query.execute($conn)
            }};
        }
        match conn {
            DbConn::Pg(c) => upsert!(c, diesel::pg::Pg),
            DbConn::Sqlite(c) => upsert!(c, diesel::sqlite::Sqlite),
        }?;
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
