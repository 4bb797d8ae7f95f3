use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::{Page, posts};
use crate::db::schema::{photos, posts as posts_table};
use crate::domain::{CohortId, MemberId, PhotoId, PostId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = photos)]
pub struct Photo {
    pub id: PhotoId,
    pub post_id: PostId,
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub position: i32,
    pub display_key: String,
    pub thumb_key: String,
    pub width: i32,
    pub height: i32,
    pub created_at: NaiveDateTime,
}

pub struct NewPhoto<'a> {
    pub post_id: PostId,
    pub cohort_id: CohortId,
    pub member_id: MemberId,
    pub position: i32,
    pub display_key: &'a str,
    pub thumb_key: &'a str,
    pub width: i32,
    pub height: i32,
}

pub fn insert(conn: &mut DbConn, photo: NewPhoto<'_>, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::insert_into(photos::table)
        .values((
            photos::post_id.eq(photo.post_id),
            photos::cohort_id.eq(photo.cohort_id),
            photos::member_id.eq(photo.member_id),
            photos::position.eq(photo.position),
            photos::display_key.eq(photo.display_key),
            photos::thumb_key.eq(photo.thumb_key),
            photos::width.eq(photo.width),
            photos::height.eq(photo.height),
            photos::created_at.eq(now),
        ))
        .execute(conn)
}

pub fn find(conn: &mut DbConn, id: PhotoId) -> QueryResult<Option<Photo>> {
    photos::table
        .find(id)
        .select(Photo::as_select())
        .first(conn)
        .optional()
}

/// The photos of the posts on one page of a cohort's feed, as (post, photo)
/// ids in each post's order; one statement, kept prepared, whichever posts
/// the page holds.
pub fn on_feed_page(
    conn: &mut DbConn,
    cohort_id: CohortId,
    include_hidden: bool,
    page: Page,
) -> QueryResult<Vec<(PostId, PhotoId)>> {
    photos::table
        .filter(
            photos::post_id
                .eq_any(posts::feed_page(cohort_id, include_hidden, page).select(posts_table::id)),
        )
        .order((photos::post_id.asc(), photos::position.asc()))
        .select((photos::post_id, photos::id))
        .load(conn)
}

/// The photos of these posts, as (post, photo) ids in each post's order.
pub fn of_posts(conn: &mut DbConn, post_ids: &[PostId]) -> QueryResult<Vec<(PostId, PhotoId)>> {
    photos::table
        .filter(photos::post_id.eq_any(post_ids))
        .order((photos::post_id.asc(), photos::position.asc()))
        .select((photos::post_id, photos::id))
        .load(conn)
}

pub fn of_post(conn: &mut DbConn, post_id: PostId) -> QueryResult<Vec<Photo>> {
    photos::table
        .filter(photos::post_id.eq(post_id))
        .order(photos::position.asc())
        .select(Photo::as_select())
        .load(conn)
}

pub fn of_member(conn: &mut DbConn, member_id: MemberId) -> QueryResult<Vec<Photo>> {
    photos::table
        .filter(photos::member_id.eq(member_id))
        .select(Photo::as_select())
        .load(conn)
}

/// The files of every photo of a cohort's posts, hidden ones included.
pub fn keys_of_cohort(
    conn: &mut DbConn,
    cohort_id: CohortId,
) -> QueryResult<Vec<(String, String)>> {
    photos::table
        .filter(photos::cohort_id.eq(cohort_id))
        .select((photos::display_key, photos::thumb_key))
        .load(conn)
}

/// The photos of a cohort's visible posts, oldest first.
pub fn of_cohort_visible(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<Photo>> {
    use crate::db::schema::posts;
    photos::table
        .inner_join(posts::table)
        .filter(photos::cohort_id.eq(cohort_id))
        .filter(posts::hidden_at.is_null())
        .order((photos::post_id.asc(), photos::position.asc()))
        .select(Photo::as_select())
        .load(conn)
}

/// How many photos each post of a cohort has (those with any).
pub fn count_per_post(conn: &mut DbConn, cohort_id: CohortId) -> QueryResult<Vec<(PostId, i64)>> {
    photos::table
        .filter(photos::cohort_id.eq(cohort_id))
        .group_by(photos::post_id)
        .select((photos::post_id, diesel::dsl::count_star()))
        .load(conn)
}

/// The photos of these posts, in each post's order.
pub fn of_posts_whole(conn: &mut DbConn, post_ids: &[PostId]) -> QueryResult<Vec<Photo>> {
    photos::table
        .filter(photos::post_id.eq_any(post_ids))
        .order((photos::post_id.asc(), photos::position.asc()))
        .select(Photo::as_select())
        .load(conn)
}
