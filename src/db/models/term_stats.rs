//! Term counts per member, kept in step with the visible posts.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::DbConn;
use crate::db::models::posts::Post;
use crate::db::prepared::{Prepared, Value};
use crate::db::schema::term_stats;
use crate::domain::{AgeBand, CohortId, MemberId};
use crate::summary::themes::{TermCount, TermGroup};

/// The most terms a post's statement may have and still be kept prepared.
const KEPT_UP_TO_TERMS: usize = 40;

/// Adds (sign +1) or removes (-1) one post's terms, in one statement; rows left
/// with no posts are dropped.
pub fn apply(conn: &mut DbConn, post: &Post, terms: &[String], sign: i32) -> QueryResult<()> {
    if !terms.is_empty() {
        // $1–$6 (the post's values) are bound again in every row.
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
        let mut values = vec![
            Value::BigInt(post.cohort_id.0),
            Value::BigInt(post.member_id.0),
            Value::Text(&post.city),
            Value::Text(post.age_band.label()),
            Value::Text(post.product.as_deref().unwrap_or_default()),
            Value::Integer(sign),
        ];
        values.extend(terms.iter().map(|term| Value::Text(term)));
        // One statement is kept per number of terms, up to a typical post's.
        Prepared::new(&sql, values)
            .kept_if(terms.len() <= KEPT_UP_TO_TERMS)
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

/// The grouping expression and the rows it leaves out; fixed text, never input.
/// A cell's name is built as `TermGroup::cell_key` builds it.
fn group_sql(group: TermGroup) -> (&'static str, &'static str) {
    match group {
        TermGroup::City => ("city", ""),
        TermGroup::AgeBand => ("age_band", ""),
        TermGroup::Product => ("product", "AND product <> ''"),
        TermGroup::Cell => ("city || '\u{1f}' || age_band", ""),
    }
}

/// Posts and distinct members per group and term.
#[derive(Debug, QueryableByName)]
pub struct GroupTerm {
    #[diesel(sql_type = Text)]
    pub grp: String,
    #[diesel(sql_type = Text)]
    pub term: String,
    #[diesel(sql_type = BigInt)]
    pub posts: i64,
    #[diesel(sql_type = BigInt)]
    pub members: i64,
}

impl GroupTerm {
    pub fn count(&self) -> TermCount<'_> {
        TermCount {
            group: &self.grp,
            term: &self.term,
            posts: self.posts,
            members: self.members,
        }
    }
}

/// A cohort's term counts summed by group in the database: what themes are
/// found from, read without bringing every member's rows into the app.
pub fn by_group(
    conn: &mut DbConn,
    cohort_id: CohortId,
    group: TermGroup,
) -> QueryResult<Vec<GroupTerm>> {
    let (expression, only) = group_sql(group);
    diesel::sql_query(format!(
        "SELECT {expression} AS grp, term, CAST(SUM(posts) AS BIGINT) AS posts, \
         COUNT(DISTINCT member_id) AS members FROM term_stats \
         WHERE cohort_id = $1 AND posts > 0 {only} GROUP BY {expression}, term"
    ))
    .bind::<BigInt, _>(cohort_id)
    .load::<GroupTerm>(conn)
}

/// A term's count for one member, age band and product, written whole by the
/// scale generator.
#[derive(Insertable)]
#[diesel(table_name = term_stats)]
pub struct BulkTerm<'a> {
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub city: &'a str,
    pub age_band: AgeBand,
    pub product: &'a str,
    pub term: &'a str,
    pub posts: i32,
}

pub fn insert_many(conn: &mut DbConn, rows: &[BulkTerm<'_>]) -> QueryResult<usize> {
    crate::execute_per_backend!(conn, diesel::insert_into(term_stats::table).values(rows))
}

/// Gives a product's rows in these cohorts (its brand's) its new name.
pub fn rename_product(
    conn: &mut DbConn,
    cohort_ids: &[CohortId],
    old: &str,
    new: &str,
) -> QueryResult<usize> {
    diesel::update(
        term_stats::table
            .filter(term_stats::product.eq(old))
            .filter(term_stats::cohort_id.eq_any(cohort_ids)),
    )
    .set(term_stats::product.eq(new))
    .execute(conn)
}
