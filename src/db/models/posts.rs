use chrono::NaiveDateTime;
use diesel::dsl::AsExprOf;
use diesel::prelude::*;
use diesel::sql_types::Bool;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::schema::{cohorts, members, photos, posts};
use crate::domain::{AgeBand, BrandId, CohortId, MemberId, PostId, PostKind, ProductId, UserId};
use crate::sentiment::{Label, Sentiment};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = posts)]
pub struct Post {
    pub id: PostId,
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub kind: PostKind,
    pub product_id: Option<ProductId>,
    pub product: Option<String>,
    pub rating: Option<i32>,
    pub title: Option<String>,
    pub body: String,
    pub city: String,
    pub age_band: AgeBand,
    pub hidden_reason: Option<String>,
    pub hidden_by: Option<UserId>,
    pub hidden_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub sentiment_score: Option<f64>,
    pub sentiment_label: Label,
    pub language: String,
    pub label_override: Option<Label>,
    /// When staff pinned it to the highlights board.
    pub highlighted_at: Option<NaiveDateTime>,
}

/// What a member writes (a post, or a review with product, rating and title),
/// with its sentiment. A review's product is named by its id and its name.
pub struct PostContent<'a> {
    pub kind: PostKind,
    pub product: Option<(ProductId, &'a str)>,
    pub rating: Option<i32>,
    pub title: Option<&'a str>,
    pub body: &'a str,
    pub sentiment: &'a Sentiment,
}

pub struct NewPost<'a> {
    /// The form's one-time key, when it carried one.
    pub submission_key: Option<&'a str>,
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub content: PostContent<'a>,
    pub city: &'a str,
    pub age_band: AgeBand,
}

/// Writes a post and gives it back whole, as stored.
pub fn insert(conn: &mut DbConn, post: NewPost<'_>, now: NaiveDateTime) -> QueryResult<Post> {
    crate::insert_returning!(
        conn,
        diesel::insert_into(posts::table).values((
            posts::cohort_id.eq(post.cohort_id),
            posts::member_id.eq(post.member_id),
            posts::kind.eq(post.content.kind),
            posts::product_id.eq(post.content.product.map(|p| p.0)),
            posts::product.eq(post.content.product.map(|p| p.1)),
            posts::rating.eq(post.content.rating),
            posts::title.eq(post.content.title),
            posts::body.eq(post.content.body),
            posts::city.eq(post.city),
            posts::age_band.eq(post.age_band),
            posts::created_at.eq(now),
            posts::updated_at.eq(now),
            posts::sentiment_score.eq(post.content.sentiment.score),
            posts::sentiment_label.eq(post.content.sentiment.label),
            posts::language.eq(&post.content.sentiment.language),
            posts::submission_key.eq(post.submission_key),
        )),
        Post::as_returning(),
        Post
    )
}

pub fn find_in_cohort(
    conn: &mut DbConn,
    id: PostId,
    cohort_id: CohortId,
) -> QueryResult<Option<Post>> {
    posts::table
        .find(id)
        .filter(posts::cohort_id.eq(cohort_id))
        .select(Post::as_select())
        .first(conn)
        .optional()
}

/// The posts on one page of a cohort's feed, newest first: the one place that
/// says which posts the feed shows. Hidden posts are in it only when asked
/// for (by the cohort's managers), through a bound flag rather than a second
/// query shape, so that every statement built on it stays one and is kept
/// prepared.
#[diesel::dsl::auto_type(no_type_alias)]
pub fn feed_page(cohort_id: CohortId, include_hidden: bool, page: Page) -> _ {
    let hidden_too: AsExprOf<bool, Bool> = include_hidden.into_sql::<Bool>();
    let (size, offset): (i64, i64) = (page.size, page.offset());
    posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::hidden_at.is_null().or(hidden_too))
        .order((posts::created_at.desc(), posts::id.desc()))
        .limit(size)
        .offset(offset)
}

/// A page of a cohort's feed, each post with its author's display name.
pub fn feed(
    conn: &mut DbConn,
    cohort_id: CohortId,
    include_hidden: bool,
    page: Page,
) -> QueryResult<Vec<(Post, String)>> {
    feed_page(cohort_id, include_hidden, page)
        .inner_join(members::table)
        .select((Post::as_select(), members::display_name))
        .load(conn)
}

pub fn list_for_member(conn: &mut DbConn, member_id: MemberId) -> QueryResult<Vec<Post>> {
    posts::table
        .filter(posts::member_id.eq(member_id))
        .order((posts::created_at.desc(), posts::id.desc()))
        .select(Post::as_select())
        .load(conn)
}

/// Rewrites a member's own post; returns 0 when it is not theirs.
pub fn update_own(
    conn: &mut DbConn,
    id: PostId,
    member_id: MemberId,
    content: PostContent<'_>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(posts::table.find(id).filter(posts::member_id.eq(member_id)))
        .set((
            posts::kind.eq(content.kind),
            posts::product_id.eq(content.product.map(|p| p.0)),
            posts::product.eq(content.product.map(|p| p.1)),
            posts::rating.eq(content.rating),
            posts::title.eq(content.title),
            posts::body.eq(content.body),
            posts::updated_at.eq(now),
            posts::sentiment_score.eq(content.sentiment.score),
            posts::sentiment_label.eq(content.sentiment.label),
            posts::language.eq(&content.sentiment.language),
        ))
        .execute(conn)
}

pub fn delete_own(conn: &mut DbConn, id: PostId, member_id: MemberId) -> QueryResult<usize> {
    diesel::delete(posts::table.find(id).filter(posts::member_id.eq(member_id))).execute(conn)
}

pub fn set_hidden(
    conn: &mut DbConn,
    id: PostId,
    cohort_id: CohortId,
    hidden: Option<(&str, Option<UserId>)>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let target = posts::table.find(id).filter(posts::cohort_id.eq(cohort_id));
    match hidden {
        // `by` is `None` for a post held back automatically.
        Some((reason, by)) => diesel::update(target)
            .set((
                posts::hidden_reason.eq(Some(reason)),
                posts::hidden_by.eq(by),
                posts::hidden_at.eq(Some(now)),
            ))
            .execute(conn),
        None => diesel::update(target)
            .set((
                posts::hidden_reason.eq(None::<String>),
                posts::hidden_by.eq(None::<UserId>),
                posts::hidden_at.eq(None::<NaiveDateTime>),
            ))
            .execute(conn),
    }
}

pub fn find(conn: &mut DbConn, id: PostId) -> QueryResult<Option<Post>> {
    posts::table
        .find(id)
        .select(Post::as_select())
        .first(conn)
        .optional()
}

pub fn set_label_override(
    conn: &mut DbConn,
    id: PostId,
    label: Option<Label>,
) -> QueryResult<usize> {
    diesel::update(posts::table.find(id))
        .set(posts::label_override.eq(label))
        .execute(conn)
}

/// The newest visible posts of a group of a cohort (a city, or an age band), for
/// quotes under its themes.
pub fn recent_in_group(
    conn: &mut DbConn,
    cohort_id: CohortId,
    city: Option<&str>,
    age_band: Option<AgeBand>,
    limit: i64,
) -> QueryResult<Vec<Post>> {
    let mut query = posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::hidden_at.is_null())
        .into_boxed();
    if let Some(city) = city {
        query = query.filter(posts::city.eq(city.to_string()));
    }
    if let Some(band) = age_band {
        query = query.filter(posts::age_band.eq(band));
    }
    query
        .order((posts::created_at.desc(), posts::id.desc()))
        .limit(limit)
        .select(Post::as_select())
        .load(conn)
}

/// The post a form with this one-time key already created, if any.
pub fn id_for_submission(conn: &mut DbConn, key: &str) -> QueryResult<Option<PostId>> {
    posts::table
        .filter(posts::submission_key.eq(key))
        .select(posts::id)
        .first(conn)
        .optional()
}

/// A whole post row as the scale generator writes it, many to a statement.
#[derive(Insertable)]
#[diesel(table_name = posts, treat_none_as_default_value = false)]
pub struct BulkPost<'a> {
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub kind: PostKind,
    pub product_id: Option<ProductId>,
    pub product: Option<&'a str>,
    pub rating: Option<i32>,
    pub title: Option<&'a str>,
    pub body: &'a str,
    pub city: &'a str,
    pub age_band: AgeBand,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub sentiment_score: Option<f64>,
    pub sentiment_label: Label,
    pub language: &'a str,
}

impl<'a> From<&'a Post> for BulkPost<'a> {
    fn from(post: &'a Post) -> Self {
        BulkPost {
            cohort_id: post.cohort_id,
            member_id: post.member_id,
            kind: post.kind,
            product_id: post.product_id,
            product: post.product.as_deref(),
            rating: post.rating,
            title: post.title.as_deref(),
            body: &post.body,
            city: &post.city,
            age_band: post.age_band,
            created_at: post.created_at,
            updated_at: post.updated_at,
            sentiment_score: post.sentiment_score,
            sentiment_label: post.sentiment_label,
            language: &post.language,
        }
    }
}

pub fn insert_many(conn: &mut DbConn, rows: &[BulkPost<'_>]) -> QueryResult<usize> {
    crate::execute_per_backend!(conn, diesel::insert_into(posts::table).values(rows))
}

/// How many posts a member has shared since `since`.
pub fn count_by_member_since(
    conn: &mut DbConn,
    member_id: MemberId,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    posts::table
        .filter(posts::member_id.eq(member_id))
        .filter(posts::created_at.gt(since))
        .count()
        .get_result(conn)
}

/// One of a member's posts that staff hid.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = posts)]
pub struct HiddenPost {
    pub body: String,
    pub hidden_reason: Option<String>,
    pub hidden_at: Option<NaiveDateTime>,
}

/// A member's own posts that staff hid, the latest first.
pub fn hidden_of_member(
    conn: &mut DbConn,
    member_id: MemberId,
    limit: i64,
) -> QueryResult<Vec<HiddenPost>> {
    posts::table
        .filter(posts::member_id.eq(member_id))
        .filter(posts::hidden_at.is_not_null())
        .order(posts::hidden_at.desc())
        .limit(limit)
        .select(HiddenPost::as_select())
        .load(conn)
}

/// How many posts review each of a brand's products (those reviewed at all).
pub fn reviews_per_product(
    conn: &mut DbConn,
    brand_id: BrandId,
) -> QueryResult<Vec<(Option<ProductId>, i64)>> {
    posts::table
        .inner_join(cohorts::table)
        .filter(cohorts::brand_id.eq(brand_id))
        .filter(posts::product_id.is_not_null())
        .group_by(posts::product_id)
        .select((posts::product_id, diesel::dsl::count_star()))
        .load(conn)
}

/// What a post says and where its author was when they wrote it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = posts)]
pub struct SegmentText {
    pub member_id: MemberId,
    pub city: String,
    pub age_band: String,
    pub title: Option<String>,
    pub body: String,
}

/// The text of a brand's shown posts written since `since`, newest first, at
/// most `limit`.
pub fn texts_of_brand_since(
    conn: &mut DbConn,
    brand_id: BrandId,
    since: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<SegmentText>> {
    posts::table
        .inner_join(cohorts::table)
        .filter(cohorts::brand_id.eq(brand_id))
        .filter(posts::created_at.ge(since))
        .filter(posts::hidden_reason.is_null())
        .order(posts::created_at.desc())
        .limit(limit)
        .select(SegmentText::as_select())
        .load(conn)
}

/// Gives the reviews of a product its new name.
pub fn rename_product(conn: &mut DbConn, product_id: ProductId, name: &str) -> QueryResult<usize> {
    diesel::update(posts::table.filter(posts::product_id.eq(product_id)))
        .set(posts::product.eq(name))
        .execute(conn)
}

/// What staff narrow a cohort's feed to; each part only when set. Times are
/// UTC, `from` inclusive and `until` exclusive.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedWhere {
    pub city: Option<String>,
    pub age_band: Option<AgeBand>,
    pub product: Option<ProductId>,
    /// The label that counts: a manager's correction, else the scorer's.
    pub label: Option<Label>,
    pub from: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
    /// A review's stars.
    pub rating: Option<i32>,
    /// Only posts with at least one photo.
    pub with_photos: bool,
}

impl FeedWhere {
    pub fn is_empty(&self) -> bool {
        *self == FeedWhere::default()
    }
}

/// The cohort's visible posts with this label (a manager's correction, else
/// the scorer's), oldest first: what the summary reads when narrowed to a
/// label, as `post_stats` keeps no sums per label.
pub fn visible_with_label(
    conn: &mut DbConn,
    cohort_id: CohortId,
    label: Label,
) -> QueryResult<Vec<Post>> {
    let filter = FeedWhere {
        label: Some(label),
        ..FeedWhere::default()
    };
    narrowed(cohort_id, &filter)
        .filter(posts::hidden_at.is_null())
        .order(posts::id.asc())
        .select(Post::as_select())
        .load(conn)
}

/// The cohort's posts (hidden ones too) that the filter keeps.
fn narrowed(
    cohort_id: CohortId,
    filter: &FeedWhere,
) -> posts::BoxedQuery<'static, <DbConn as diesel::Connection>::Backend> {
    let mut query = posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .into_boxed();
    if let Some(city) = &filter.city {
        query = query.filter(posts::city.eq(city.clone()));
    }
    if let Some(band) = filter.age_band {
        query = query.filter(posts::age_band.eq(band));
    }
    if let Some(product) = filter.product {
        query = query.filter(posts::product_id.eq(product));
    }
    if let Some(label) = filter.label {
        query = query.filter(
            posts::label_override.eq(label).or(posts::label_override
                .is_null()
                .and(posts::sentiment_label.eq(label))),
        );
    }
    if let Some(from) = filter.from {
        query = query.filter(posts::created_at.ge(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(posts::created_at.lt(until));
    }
    if let Some(rating) = filter.rating {
        query = query.filter(posts::rating.eq(rating));
    }
    if filter.with_photos {
        query = query.filter(diesel::dsl::exists(
            photos::table.filter(photos::post_id.eq(posts::id)),
        ));
    }
    query
}

/// How many of the cohort's posts the filter keeps.
pub fn count_narrowed(
    conn: &mut DbConn,
    cohort_id: CohortId,
    filter: &FeedWhere,
) -> QueryResult<i64> {
    narrowed(cohort_id, filter).count().get_result(conn)
}

/// A page of the posts the filter keeps, newest first, each with its author's
/// display name.
pub fn narrowed_page(
    conn: &mut DbConn,
    cohort_id: CohortId,
    filter: &FeedWhere,
    page: Page,
) -> QueryResult<Vec<(Post, String)>> {
    let ids: Vec<PostId> = narrowed(cohort_id, filter)
        .order((posts::created_at.desc(), posts::id.desc()))
        .limit(page.size)
        .offset(page.offset())
        .select(posts::id)
        .load(conn)?;
    with_authors(conn, &ids)
}

/// What a search reads of a post: its text, title and product.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = posts)]
pub struct PostText {
    pub id: PostId,
    pub body: String,
    pub title: Option<String>,
    pub product: Option<String>,
}

/// The posts the filter keeps, newest first, as a search reads them.
pub fn narrowed_texts(
    conn: &mut DbConn,
    cohort_id: CohortId,
    filter: &FeedWhere,
) -> QueryResult<Vec<PostText>> {
    narrowed(cohort_id, filter)
        .order((posts::created_at.desc(), posts::id.desc()))
        .select(PostText::as_select())
        .load(conn)
}

/// These posts, in this order, each with its author's display name.
pub fn with_authors(conn: &mut DbConn, ids: &[PostId]) -> QueryResult<Vec<(Post, String)>> {
    let mut rows: Vec<(Post, String)> = posts::table
        .inner_join(members::table)
        .filter(posts::id.eq_any(ids))
        .select((Post::as_select(), members::display_name))
        .load(conn)?;
    rows.sort_by_key(|(post, _)| ids.iter().position(|id| *id == post.id));
    Ok(rows)
}

/// A cohort's visible posts written in `[from, until)`, newest first, at most
/// `limit`.
pub fn visible_between(
    conn: &mut DbConn,
    cohort_id: CohortId,
    (from, until): (NaiveDateTime, NaiveDateTime),
    limit: i64,
) -> QueryResult<Vec<Post>> {
    posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::hidden_at.is_null())
        .filter(posts::created_at.ge(from))
        .filter(posts::created_at.lt(until))
        .order((posts::created_at.desc(), posts::id.desc()))
        .limit(limit)
        .select(Post::as_select())
        .load(conn)
}

/// A review of a catalogue product: who wrote it, of which product, and its
/// sentiment (none when unscored).
pub type ProductReview = (MemberId, Option<ProductId>, Option<f64>);

/// Every review of a catalogue product in a cohort.
pub fn product_reviews_in_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
) -> QueryResult<Vec<ProductReview>> {
    posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::product_id.is_not_null())
        .select((posts::member_id, posts::product_id, posts::sentiment_score))
        .load(conn)
}

/// When each member of a cohort last posted.
pub fn last_post_per_member(
    conn: &mut DbConn,
    cohort_id: CohortId,
) -> QueryResult<Vec<(MemberId, Option<NaiveDateTime>)>> {
    posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .group_by(posts::member_id)
        .select((posts::member_id, diesel::dsl::max(posts::created_at)))
        .load(conn)
}

/// A cohort's posts members can see, written since `since`, per kind.
pub fn shown_since_by_kind(
    conn: &mut DbConn,
    cohort_id: CohortId,
    since: NaiveDateTime,
) -> QueryResult<Vec<(PostKind, i64)>> {
    posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::created_at.gt(since))
        .filter(posts::hidden_at.is_null())
        .group_by(posts::kind)
        .select((posts::kind, diesel::dsl::count_star()))
        .load(conn)
}

/// The members of a cohort who posted since `since`.
pub fn posters_since(
    conn: &mut DbConn,
    cohort_id: CohortId,
    since: NaiveDateTime,
) -> QueryResult<Vec<MemberId>> {
    posts::table
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::created_at.gt(since))
        .select(posts::member_id)
        .distinct()
        .load(conn)
}

/// Every post the filter keeps, newest first, with its author's id: what a
/// staff export of the feed reads. At most `limit`.
pub fn narrowed_all(
    conn: &mut DbConn,
    cohort_id: CohortId,
    filter: &FeedWhere,
    limit: i64,
) -> QueryResult<Vec<Post>> {
    narrowed(cohort_id, filter)
        .order((posts::created_at.desc(), posts::id.desc()))
        .limit(limit)
        .select(Post::as_select())
        .load(conn)
}

/// Pins a post of the cohort to its highlights board (`at` set) or takes it
/// off; 0 rows when the post is not in the cohort.
pub fn set_highlight(
    conn: &mut DbConn,
    id: PostId,
    cohort_id: CohortId,
    by: UserId,
    at: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    diesel::update(
        posts::table
            .filter(posts::id.eq(id))
            .filter(posts::cohort_id.eq(cohort_id)),
    )
    .set((
        posts::highlighted_at.eq(at),
        posts::highlighted_by.eq(at.map(|_| by)),
    ))
    .execute(conn)
}

/// Most posts a highlights board holds.
pub const HIGHLIGHTS_MAX: i64 = 200;

/// The cohort's highlighted posts, the latest pinned first, each with its
/// author's display name.
pub fn highlighted(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<(Post, String)>> {
    posts::table
        .inner_join(members::table)
        .filter(posts::cohort_id.eq(cohort_id))
        .filter(posts::highlighted_at.is_not_null())
        .order((posts::highlighted_at.desc(), posts::id.desc()))
        .limit(HIGHLIGHTS_MAX)
        .select((Post::as_select(), members::display_name))
        .load(conn)
}
