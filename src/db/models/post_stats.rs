//! The maintained aggregates behind the summary: one row per member, age band,
//! kind, product and week. Every change to a visible post moves its row by the
//! post's contribution, in the same transaction as the change.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::posts::Post;
use crate::db::prepared::{Prepared, Value};
use crate::db::schema::post_stats;
use crate::sentiment::Label;
use crate::summary::heatmap::Row;

/// What one post adds to (or, negated, takes from) its aggregate row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Contribution {
    pub posts: i32,
    pub scored: i32,
    pub score_sum: f64,
    pub positive: i32,
    pub neutral: i32,
    pub negative: i32,
    pub unscored: i32,
    pub ratings: i32,
    pub rating_sum: i32,
    /// How many ratings of 1 to 5 stars.
    pub rated: [i32; 5],
}

impl Contribution {
    pub fn of(post: &Post) -> Self {
        let label = post.label();
        Contribution {
            posts: 1,
            scored: i32::from(post.sentiment_score.is_some()),
            score_sum: post.sentiment_score.unwrap_or(0.0),
            positive: i32::from(label == Label::Positive),
            neutral: i32::from(label == Label::Neutral),
            negative: i32::from(label == Label::Negative),
            unscored: i32::from(label == Label::Unscored),
            ratings: i32::from(post.rating.is_some()),
            rating_sum: post.rating.unwrap_or(0),
            rated: std::array::from_fn(|i| i32::from(post.rating == Some(i as i32 + 1))),
        }
    }

    /// Adds another post's contribution (summing a group in memory).
    pub fn add(&mut self, other: &Contribution) {
        self.posts += other.posts;
        self.scored += other.scored;
        self.score_sum += other.score_sum;
        self.positive += other.positive;
        self.neutral += other.neutral;
        self.negative += other.negative;
        self.unscored += other.unscored;
        self.ratings += other.ratings;
        self.rating_sum += other.rating_sum;
        for (mine, theirs) in self.rated.iter_mut().zip(other.rated) {
            *mine += theirs;
        }
    }

    pub fn negated(self) -> Self {
        Contribution {
            posts: -self.posts,
            scored: -self.scored,
            score_sum: -self.score_sum,
            positive: -self.positive,
            neutral: -self.neutral,
            negative: -self.negative,
            unscored: -self.unscored,
            ratings: -self.ratings,
            rating_sum: -self.rating_sum,
            rated: self.rated.map(|n| -n),
        }
    }
}

/// The Monday of the post's week, as `YYYY-MM-DD`.
pub fn week_of(at: chrono::NaiveDateTime) -> String {
    use chrono::Datelike;
    let day = at.date();
    let monday = day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()));
    monday.format("%Y-%m-%d").to_string()
}

/// Adds a post's contribution to its row (creating the row), or takes it away
/// (dropping the row once it holds no posts). The upsert is plain SQL that both
/// SQLite and PostgreSQL accept.
pub fn apply(conn: &mut DbConn, post: &Post, sign: i32) -> QueryResult<()> {
    let c = if sign >= 0 {
        Contribution::of(post)
    } else {
        Contribution::of(post).negated()
    };
    let product = post.product.as_deref().unwrap_or_default();
    let week = week_of(post.created_at);
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
            Value::BigInt(post.cohort_id),
            Value::BigInt(post.member_id),
            Value::Text(&post.city),
            Value::Text(&post.age_band),
            Value::Text(&post.kind),
            Value::Text(product),
            Value::Text(&week),
            Value::Integer(c.posts),
            Value::Integer(c.scored),
            Value::Double(c.score_sum),
            Value::Integer(c.positive),
            Value::Integer(c.neutral),
            Value::Integer(c.negative),
            Value::Integer(c.unscored),
            Value::Integer(c.ratings),
            Value::Integer(c.rating_sum),
            Value::Integer(c.rated[0]),
            Value::Integer(c.rated[1]),
            Value::Integer(c.rated[2]),
            Value::Integer(c.rated[3]),
            Value::Integer(c.rated[4]),
        ],
    )
    .execute(conn)?;
    if sign < 0 {
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
    pub member_id: i64,
    pub city: String,
    pub age_band: String,
    pub kind: String,
    pub product: String,
    pub week: String,
    pub posts: i32,
    pub scored: i32,
    pub score_sum: f64,
    pub positive: i32,
    pub neutral: i32,
    pub negative: i32,
    pub unscored: i32,
    pub ratings: i32,
    pub rating_sum: i32,
    pub rated_1: i32,
    pub rated_2: i32,
    pub rated_3: i32,
    pub rated_4: i32,
    pub rated_5: i32,
}

/// A cohort's aggregate rows, as the summary reads them; only those of the given
/// weeks (inclusive, `YYYY-MM-DD`) when asked.
pub fn rows(
    conn: &mut DbConn,
    cohort_id: i64,
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
pub fn products(conn: &mut DbConn, cohort_id: i64) -> QueryResult<Vec<String>> {
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
            posts: i64::from(row.posts),
            scored: i64::from(row.scored),
            score_sum: row.score_sum,
            positive: i64::from(row.positive),
            neutral: i64::from(row.neutral),
            negative: i64::from(row.negative),
            unscored: i64::from(row.unscored),
            ratings: i64::from(row.ratings),
            rating_sum: i64::from(row.rating_sum),
            rated: [
                row.rated_1,
                row.rated_2,
                row.rated_3,
                row.rated_4,
                row.rated_5,
            ]
            .map(i64::from),
        }
    }
}

/// An aggregate row written whole by the scale generator, which sums its posts
/// with the same `Contribution` the live path applies one by one.
#[derive(Insertable)]
#[diesel(table_name = post_stats)]
pub struct BulkStat<'a> {
    pub cohort_id: i64,
    pub member_id: i64,
    pub city: &'a str,
    pub age_band: &'a str,
    pub kind: &'a str,
    pub product: &'a str,
    pub week: &'a str,
    pub posts: i32,
    pub scored: i32,
    pub score_sum: f64,
    pub positive: i32,
    pub neutral: i32,
    pub negative: i32,
    pub unscored: i32,
    pub ratings: i32,
    pub rating_sum: i32,
    pub rated_1: i32,
    pub rated_2: i32,
    pub rated_3: i32,
    pub rated_4: i32,
    pub rated_5: i32,
}

impl<'a> BulkStat<'a> {
    pub fn new(post: &'a Post, week: &'a str, total: &Contribution) -> Self {
        BulkStat {
            cohort_id: post.cohort_id,
            member_id: post.member_id,
            city: &post.city,
            age_band: &post.age_band,
            kind: &post.kind,
            product: post.product.as_deref().unwrap_or_default(),
            week,
            posts: total.posts,
            scored: total.scored,
            score_sum: total.score_sum,
            positive: total.positive,
            neutral: total.neutral,
            negative: total.negative,
            unscored: total.unscored,
            ratings: total.ratings,
            rating_sum: total.rating_sum,
            rated_1: total.rated[0],
            rated_2: total.rated[1],
            rated_3: total.rated[2],
            rated_4: total.rated[3],
            rated_5: total.rated[4],
        }
    }
}

pub fn insert_many(conn: &mut DbConn, rows: &[BulkStat<'_>]) -> QueryResult<usize> {
    crate::execute_per_backend!(conn, diesel::insert_into(post_stats::table).values(rows))
}
