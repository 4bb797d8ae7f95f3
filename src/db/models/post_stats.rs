//! The maintained aggregates behind the summary: one row per member, age band,
//! kind, product and week. Every change to a visible post moves its row by the
//! post's contribution, in the same transaction as the change.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::posts::Post;
use crate::db::prepared::{Prepared, Value};
use crate::db::schema::post_stats;
use crate::domain::{AgeBand, CohortId, MemberId, PostKind};
use crate::summary::counts::Counts;
use crate::summary::heatmap::Row;

/// The counters as the table stores them: 32-bit columns, the five star counts
/// spelled out.
#[derive(Debug, Clone, Copy, Queryable, Selectable, Insertable)]
#[diesel(table_name = post_stats)]
pub struct StoredCounts {
    posts: i32,
    scored: i32,
    score_sum: f64,
    positive: i32,
    neutral: i32,
    negative: i32,
    unscored: i32,
    ratings: i32,
    rating_sum: i32,
    rated_1: i32,
    rated_2: i32,
    rated_3: i32,
    rated_4: i32,
    rated_5: i32,
}

/// A row's counter, saturated to its column (a member's week never comes near).
fn column(n: i64) -> i32 {
    i32::try_from(n).unwrap_or(if n < 0 { i32::MIN } else { i32::MAX })
}

impl From<&Counts> for StoredCounts {
    fn from(c: &Counts) -> Self {
        StoredCounts {
            posts: column(c.posts),
            scored: column(c.scored),
            score_sum: c.score_sum,
            positive: column(c.positive),
            neutral: column(c.neutral),
            negative: column(c.negative),
            unscored: column(c.unscored),
            ratings: column(c.ratings),
            rating_sum: column(c.rating_sum),
            rated_1: column(c.rated[0]),
            rated_2: column(c.rated[1]),
            rated_3: column(c.rated[2]),
            rated_4: column(c.rated[3]),
            rated_5: column(c.rated[4]),
        }
    }
}

impl From<StoredCounts> for Counts {
    fn from(c: StoredCounts) -> Self {
        Counts {
            posts: c.posts.into(),
            scored: c.scored.into(),
            score_sum: c.score_sum,
            positive: c.positive.into(),
            neutral: c.neutral.into(),
            negative: c.negative.into(),
            unscored: c.unscored.into(),
            ratings: c.ratings.into(),
            rating_sum: c.rating_sum.into(),
            rated: [c.rated_1, c.rated_2, c.rated_3, c.rated_4, c.rated_5].map(i64::from),
        }
    }
}

/// Moves the post's row (member, age band, kind, product and `week`) by `counts`:
/// a post's counts to add it, their negation to take it away. The row is created
/// when missing and dropped once it holds no posts. The upsert is plain SQL that
/// both SQLite and PostgreSQL accept.
pub fn apply(conn: &mut DbConn, post: &Post, week: &str, counts: &Counts) -> QueryResult<()> {
    let c = StoredCounts::from(counts);
    let product = post.product.as_deref().unwrap_or_default();
    Prepared::new(
        "INSERT INTO post_stats (cohort_id, member_id, city, age_band, kind, product, week, \
         posts, scored, score_sum, positive, neutral, negative, unscored, ratings, rating_sum, \
         rated_1, rated_2, rated_3, rated_4, rated_5) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) \
         ON CONFLICT (cohort_id, member_id, age_band, kind, product, week) DO UPDATE SET \
         posts = post_stats.posts + excluded.posts, scored = post_stats.scored + excluded.scored, \
         score_sum = post_stats.score_sum + excluded.score_sum, positive = post_stats.positive + excluded.positive, \
         neutral = post_stats.neutral + excluded.neutral, negative = post_stats.negative + excluded.negative, \
         unscored = post_stats.unscored + excluded.unscored, ratings = post_stats.ratings + excluded.ratings, \
         rating_sum = post_stats.rating_sum + excluded.rating_sum, rated_1 = post_stats.rated_1 + excluded.rated_1, \
         rated_2 = post_stats.rated_2 + excluded.rated_2, rated_3 = post_stats.rated_3 + excluded.rated_3, \
         rated_4 = post_stats.rated_4 + excluded.rated_4, rated_5 = post_stats.rated_5 + excluded.rated_5",
        vec![
            Value::BigInt(post.cohort_id.0),
            Value::BigInt(post.member_id.0),
            Value::Text(&post.city),
            Value::Text(post.age_band.label()),
            Value::Text(post.kind.as_str()),
            Value::Text(product),
            Value::Text(week),
            Value::Integer(c.posts),
            Value::Integer(c.scored),
            Value::Double(c.score_sum),
            Value::Integer(c.positive),
            Value::Integer(c.neutral),
            Value::Integer(c.negative),
            Value::Integer(c.unscored),
            Value::Integer(c.ratings),
            Value::Integer(c.rating_sum),
            Value::Integer(c.rated_1),
            Value::Integer(c.rated_2),
            Value::Integer(c.rated_3),
            Value::Integer(c.rated_4),
            Value::Integer(c.rated_5),
        ],
    )
    .execute(conn)?;
    if counts.posts < 0 {
        diesel::delete(
            post_stats::table
                .filter(post_stats::cohort_id.eq(post.cohort_id))
                .filter(post_stats::member_id.eq(post.member_id))
                .filter(post_stats::posts.le(0)),
        )
        .execute(conn)?;
    }
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = post_stats)]
pub struct StatRow {
    pub member_id: MemberId,
    pub city: String,
    pub age_band: AgeBand,
    pub kind: PostKind,
    pub product: String,
    pub week: String,
    #[diesel(embed)]
    pub counts: StoredCounts,
}

/// A cohort's aggregate rows, as the summary reads them; only those of the given
/// weeks (inclusive, `YYYY-MM-DD`) when asked.
pub fn rows(
    conn: &mut DbConn,
    cohort_id: CohortId,
    weeks: Option<(&str, &str)>,
) -> QueryResult<Vec<Row>> {
    let mut query = post_stats::table
        .filter(post_stats::cohort_id.eq(cohort_id))
        .filter(post_stats::posts.gt(0))
        .into_boxed();
    if let Some((from, to)) = weeks {
        query = query
            .filter(post_stats::week.ge(from.to_string()))
            .filter(post_stats::week.le(to.to_string()));
    }
    Ok(query
        .select(StatRow::as_select())
        .load(conn)?
        .into_iter()
        .map(Row::from)
        .collect())
}

/// The products reviewed in a cohort, for the filter.
pub fn products(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<String>> {
    post_stats::table
        .filter(post_stats::cohort_id.eq(cohort_id))
        .filter(post_stats::product.ne(""))
        .filter(post_stats::posts.gt(0))
        .select(post_stats::product)
        .distinct()
        .order(post_stats::product.asc())
        .load(conn)
}

impl From<StatRow> for Row {
    fn from(row: StatRow) -> Self {
        Row {
            member_id: row.member_id,
            city: row.city,
            age_band: row.age_band,
            kind: row.kind,
            product: row.product,
            week: row.week,
            counts: row.counts.into(),
        }
    }
}

/// An aggregate row written whole by the scale generator, which sums its posts
/// with the same `Counts` the live path applies one by one.
#[derive(Insertable)]
#[diesel(table_name = post_stats)]
pub struct BulkStat<'a> {
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub city: &'a str,
    pub age_band: AgeBand,
    pub kind: PostKind,
    pub product: &'a str,
    pub week: &'a str,
    #[diesel(embed)]
    pub counts: StoredCounts,
}

impl<'a> BulkStat<'a> {
    pub fn new(post: &'a Post, week: &'a str, total: &Counts) -> Self {
        BulkStat {
            cohort_id: post.cohort_id,
            member_id: post.member_id,
            city: &post.city,
            age_band: post.age_band,
            kind: post.kind,
            product: post.product.as_deref().unwrap_or_default(),
            week,
            counts: total.into(),
        }
    }
}

pub fn insert_many(conn: &mut DbConn, rows: &[BulkStat<'_>]) -> QueryResult<usize> {
    crate::execute_per_backend!(conn, diesel::insert_into(post_stats::table).values(rows))
}

/// Gives a product's rows in these cohorts (its brand's) its new name.
pub fn rename_product(
    conn: &mut DbConn,
    cohort_ids: &[CohortId],
    old: &str,
    new: &str,
) -> QueryResult<usize> {
    diesel::update(
        post_stats::table
            .filter(post_stats::product.eq(old))
            .filter(post_stats::cohort_id.eq_any(cohort_ids)),
    )
    .set(post_stats::product.eq(new))
    .execute(conn)
}

/// One week of a cohort, summed over its members: what the brand's home draws.
#[derive(Debug, Clone, Queryable)]
pub struct CohortWeek {
    pub week: String,
    pub scored: Option<i64>,
    pub score_sum: Option<f64>,
    pub ratings: Option<i64>,
    pub rating_sum: Option<i64>,
}

/// A cohort's weeks from `first_week` (`YYYY-MM-DD`, inclusive) on.
pub fn weeks_of_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
    first_week: &str,
) -> QueryResult<Vec<CohortWeek>> {
    use diesel::dsl::sum;
    post_stats::table
        .filter(post_stats::cohort_id.eq(cohort_id))
        .filter(post_stats::week.ge(first_week))
        .group_by(post_stats::week)
        .select((
            post_stats::week,
            sum(post_stats::scored),
            sum(post_stats::score_sum),
            sum(post_stats::ratings),
            sum(post_stats::rating_sum),
        ))
        .load(conn)
}
