//! Posts and reviews: writing, editing, deleting one's own; hiding and label
//! corrections by managers. Each write scores the text and moves the summary's
//! aggregates in the same transaction.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::db::models::audit;
use crate::db::models::members::Member;
use crate::db::models::photos as photo_rows;
use crate::db::models::posts::{self, Post, PostContent};
use crate::db::models::{post_stats, reports, term_stats};
use crate::db::{DbConn, write_tx};
use crate::domain::post::{effective_label, said};
use crate::domain::{
    AgeBand, BirthMonth, BoundedText, BrandId, CohortId, MemberId, PersonalDetail, PhotoId, PostId,
    PostKind, ProductId, Rating, SearchTerms, Staff, excerpt, personal_details,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::photos::Processed;
use crate::photos::store::PhotoStore;
use crate::sentiment::{self, Label, Sentiment};
use crate::services::photos as photo_service;
use crate::services::products::Reviewable;
use crate::services::records::Tally;
use crate::services::{Db, FieldErrors, Paged, now};
use crate::summary::counts::Counts;
use crate::summary::memo::Memo;
use crate::summary::themes::post_terms;
use crate::summary::week_of;

pub use crate::db::models::posts::HIGHLIGHTS_MAX;

/// A post or review, validated and scored.
pub struct ContentInput {
    pub review: Option<ReviewParts>,
    pub body: String,
    pub sentiment: Sentiment,
}

pub struct ReviewParts {
    pub product: Reviewable,
    pub rating: Rating,
    pub title: String,
}

impl ContentInput {
    /// Parses the post form; a review needs a product from those `offered`
    /// (by id), stars and a title. What is wrong is said in `lang`, the
    /// member's language, by its field.
    pub fn parse(
        form: &SentPost<'_>,
        offered: &[Reviewable],
        lang: Lang,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut check = |field: &'static str, key: &str, ok: bool| {
            if !ok {
                errors.add(field, lang.t(key));
            }
        };
        let body = BoundedText::parse(form.body, "your text", 1, 5000).ok();
        check("body", "post-error-body", body.is_some());
        let review = if form.kind == PostKind::Review.as_str() {
            let product = choose_product(form.product, offered);
            let no_product = if offered.is_empty() {
                "post-error-no-product"
            } else {
                "post-error-product"
            };
            check("product", no_product, product.is_some());
            let rating = Rating::parse(form.rating).ok();
            check("rating", "post-error-rating", rating.is_some());
            let title = BoundedText::parse(form.title, "a title", 1, 120).ok();
            check("title", "post-error-title", title.is_some());
            match (product, rating, title) {
                (Some(p), Some(r), Some(t)) => Some(ReviewParts {
                    product: p,
                    rating: r,
                    title: t.into_inner(),
                }),
                _ => None,
            }
        } else {
            check(
                "kind",
                "post-error-kind",
                form.kind == PostKind::Post.as_str(),
            );
            None
        };
        match body {
            Some(body) if errors.is_empty() => Ok(Self::new(review, body.into_inner())),
            _ => Err(errors),
        }
    }

    /// A review's title is part of what it says.
    pub fn new(review: Option<ReviewParts>, body: String) -> Self {
        let sentiment = sentiment::analyse(&said(review.as_ref().map(|r| r.title.as_str()), &body));
        ContentInput {
            review,
            body,
            sentiment,
        }
    }

    pub fn as_content(&self) -> PostContent<'_> {
        match &self.review {
            Some(r) => PostContent {
                kind: PostKind::Review,
                product: Some((r.product.id, &r.product.name)),
                rating: Some(r.rating.stars()),
                title: Some(&r.title),
                body: &self.body,
                sentiment: &self.sentiment,
            },
            None => PostContent {
                kind: PostKind::Post,
                product: None,
                rating: None,
                title: None,
                body: &self.body,
                sentiment: &self.sentiment,
            },
        }
    }
}

/// The post form's fields as sent.
pub struct SentPost<'a> {
    pub kind: &'a str,
    pub product: &'a str,
    pub rating: &'a str,
    pub title: &'a str,
    pub body: &'a str,
}

/// The product a review names by id, when the review form offers it.
/// The product of a review: one of those `offered`, by its id.
fn choose_product(raw: &str, offered: &[Reviewable]) -> Option<Reviewable> {
    raw.trim()
        .parse::<ProductId>()
        .ok()
        .and_then(|id| offered.iter().find(|p| p.id == id))
        .cloned()
}

/// The age band a member is in on a given day.
pub fn age_band_of(member: &Member, day: NaiveDate) -> AgeBand {
    BirthMonth::stored(member.birth_year, member.birth_month).band_on(day)
}

fn is_visible(post: &Post) -> bool {
    post.hidden_at.is_none()
}

/// The label that counts for a stored post.
pub(in crate::services) fn label_of(post: &Post) -> Label {
    effective_label(post.label_override, post.sentiment_label)
}

/// What a stored post says, its title included.
pub(in crate::services) fn said_in(post: &Post) -> String {
    said(post.title.as_deref(), &post.body)
}

/// What a post adds to its aggregate row.
pub(in crate::services) fn counts_of(post: &Post) -> Counts {
    Counts::of_post(label_of(post), post.sentiment_score, post.rating)
}

/// Takes a visible post's contribution out of the aggregates (sign -1) or puts it in (+1).
fn count_in_summary(conn: &mut DbConn, post: &Post, sign: i32) -> Result<(), AppError> {
    if is_visible(post) {
        let counts = counts_of(post);
        let counts = if sign < 0 { -counts } else { counts };
        post_stats::apply(conn, post, &week_of(post.created_at), &counts)?;
        let terms: Vec<String> = post_terms(&said_in(post)).into_iter().collect();
        term_stats::apply(conn, post, &terms, sign)?;
    }
    Ok(())
}

fn load(conn: &mut DbConn, post_id: PostId) -> Result<Post, AppError> {
    posts::find(conn, post_id)?.ok_or(AppError::NotFound)
}

/// A photo whose files are already stored, to attach to a post.
pub struct StoredPhoto {
    pub display_key: String,
    pub thumb_key: String,
    pub width: u32,
    pub height: u32,
}

impl StoredPhoto {
    pub fn keys(&self) -> [&str; 2] {
        [&self.display_key, &self.thumb_key]
    }
}

/// Shares a member's post with its photos: the photos are stored first, then
/// the post and its photo rows are written in one transaction. A form sent
/// again with the same one-time key (a double click, a retry) gives back the
/// post the first one made and writes nothing; files not kept are deleted.
pub async fn share(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    member: Member,
    input: ContentInput,
    key: Option<String>,
    processed: Vec<Processed>,
) -> Result<Shared, AppError> {
    let stored = photo_service::store_all(store.clone(), processed).await?;
    let files: Vec<String> = stored
        .iter()
        .flat_map(|p| p.keys())
        .map(str::to_string)
        .collect();
    let written = db
        .run(move |conn| write_post(conn, &member, &input, key.as_deref(), &stored))
        .await;
    match written {
        Ok(written) => {
            if !written.created {
                // Sent twice: the first form's post stands; these files are not needed.
                photo_service::remove_files(&*store, files.iter().map(String::as_str));
            }
            Ok(Shared {
                id: written.id,
                held: written.held,
            })
        }
        Err(error) => {
            photo_service::remove_files(&*store, files.iter().map(String::as_str));
            Err(error)
        }
    }
}

/// One of a member's posts that staff hid, as its author is told of it.
pub struct HiddenNotice {
    pub excerpt: String,
    pub reason: String,
    pub hidden_at: Option<chrono::NaiveDateTime>,
}

/// The member's own posts that staff hid (the latest twenty), with the
/// reason staff gave: a post never vanishes without its author being told why.
pub async fn hidden_notices(db: &Db, member_id: MemberId) -> Result<Vec<HiddenNotice>, AppError> {
    let hidden = db
        .quick(move |conn| Ok(posts::hidden_of_member(conn, member_id, 20)?))
        .await?;
    Ok(hidden
        .into_iter()
        .map(|post| HiddenNotice {
            excerpt: excerpt(&post.body, 80),
            reason: post
                .hidden_reason
                .filter(|r| !r.trim().is_empty())
                .unwrap_or_else(|| "no reason was given".into()),
            hidden_at: post.hidden_at,
        })
        .collect())
}

/// Whether a member may share another post now: at most `per_hour` in the
/// last hour, so no one can flood their cohort (or the photo decoder). The
/// message says so in plain words, when they can post again included.
pub async fn within_posting_limit(
    db: &Db,
    member_id: MemberId,
    per_hour: i64,
) -> Result<Result<(), PostingLimitReached>, AppError> {
    let since = now() - chrono::Duration::hours(1);
    let shared = db
        .quick(move |conn| Ok(posts::count_by_member_since(conn, member_id, since)?))
        .await?;
    Ok(if shared < per_hour {
        Ok(())
    } else {
        Err(PostingLimitReached { per_hour })
    })
}

/// A member shared as many posts this hour as anyone may.
pub struct PostingLimitReached {
    pub per_hour: i64,
}

/// A post shared: its id, and whether it is held back for staff to check.
pub struct Shared {
    pub id: PostId,
    pub held: bool,
}

struct Written {
    id: PostId,
    /// `false` when the one-time key was taken and the earlier post is given back.
    created: bool,
    held: bool,
}

/// Writes a post with its stored photos in one transaction.
fn write_post(
    conn: &mut DbConn,
    member: &Member,
    input: &ContentInput,
    key: Option<&str>,
    photos: &[StoredPhoto],
) -> Result<Written, AppError> {
    // No look-up first: the key's unique index refuses a second post with it,
    // and the refusal is answered below with the post the first one made.
    let written = write_tx(conn, |conn| {
        let current = now();
        let post_id = insert_at(conn, member, input, current, key)?;
        let held = hold_if_personal(conn, member, post_id, input, current)?;
        for (position, photo) in photos.iter().enumerate() {
            photo_rows::insert(
                conn,
                photo_rows::NewPhoto {
                    post_id,
                    cohort_id: member.cohort_id,
                    member_id: member.id,
                    position: position as i32,
                    display_key: &photo.display_key,
                    thumb_key: &photo.thumb_key,
                    width: photo.width as i32,
                    height: photo.height as i32,
                },
                current,
            )?;
        }
        Ok(Written {
            id: post_id,
            created: true,
            held,
        })
    });
    match (written, key) {
        // Sent again (a double click, a retry): an earlier transaction has the key.
        (Err(AppError::DuplicateSubmission), Some(key)) => posts::id_for_submission(conn, key)?
            .map(|id| Written {
                id,
                created: false,
                held: false,
            })
            .ok_or(AppError::DuplicateSubmission),
        (result, _) => result,
    }
}

/// Holds back from other members a post in which a member under 18 seems to
/// give personal details, until staff release it (by showing it again); its
/// author sees why on their page.
fn hold_if_personal(
    conn: &mut DbConn,
    member: &Member,
    post_id: PostId,
    input: &ContentInput,
    at: chrono::NaiveDateTime,
) -> Result<bool, AppError> {
    if !age_band_of(member, at.date()).is_minor() {
        return Ok(false);
    }
    let content = input.as_content();
    let found = personal_details(&said(content.title, content.body));
    if found.is_empty() {
        return Ok(false);
    }
    let reason = held_reason(&found);
    let cohort_id = member.cohort_id;
    change_post(
        conn,
        post_id,
        |_| true,
        |conn| {
            Ok(posts::set_hidden(conn, post_id, cohort_id, Some((&reason, None)), at).map(drop)?)
        },
    )?;
    Ok(true)
}

/// What a held post's author (and staff) read: the kinds of detail found.
pub const HELD_PREFIX: &str = "Held back until the organisers check it";

fn held_reason(found: &[PersonalDetail]) -> String {
    let kinds: Vec<&str> = found.iter().map(|d| d.label()).collect();
    format!(
        "{HELD_PREFIX}: it seems to include {}, and personal details of members under 18 are not shared without a check.",
        kinds.join(" and ")
    )
}

/// Writes a post as of `written` (the demo backdates its posts), inside the
/// caller's transaction.
pub fn insert_at(
    conn: &mut DbConn,
    member: &Member,
    input: &ContentInput,
    written: chrono::NaiveDateTime,
    key: Option<&str>,
) -> Result<PostId, AppError> {
    let band = age_band_of(member, written.date());
    let created = posts::insert(
        conn,
        posts::NewPost {
            submission_key: key,
            cohort_id: member.cohort_id,
            member_id: member.id,
            content: input.as_content(),
            city: &member.city,
            age_band: band,
        },
        written,
    )
    .map_err(AppError::unless_duplicate)?;
    count_in_summary(conn, &created, 1)?;
    Ok(created.id)
}

/// Changes one post, moving its contribution to the aggregates from what it was
/// to what it becomes. Inside the caller's transaction; a post that `may_change`
/// refuses does not exist for the caller.
fn change_post(
    conn: &mut DbConn,
    post_id: PostId,
    may_change: impl Fn(&Post) -> bool,
    change: impl FnOnce(&mut DbConn) -> Result<(), AppError>,
) -> Result<(Post, Post), AppError> {
    let before = load(conn, post_id)?;
    if !may_change(&before) {
        return Err(AppError::NotFound);
    }
    count_in_summary(conn, &before, -1)?;
    change(conn)?;
    let after = load(conn, post_id)?;
    count_in_summary(conn, &after, 1)?;
    Ok((before, after))
}

pub async fn edit(
    db: &Db,
    member: Member,
    post_id: PostId,
    input: ContentInput,
) -> Result<(), AppError> {
    db.write(move |conn| {
        change_post(
            conn,
            post_id,
            |post| post.member_id == member.id,
            |conn| {
                Ok(
                    posts::update_own(conn, post_id, member.id, input.as_content(), now())
                        .map(|_| ())?,
                )
            },
        )?;
        hold_if_personal(conn, &member, post_id, &input, now())?;
        Ok(())
    })
    .await
}

/// Deletes a member's own post, and its photo files once the rows are gone.
pub async fn delete(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    member: Member,
    post_id: PostId,
) -> Result<(), AppError> {
    let files = db
        .write(move |conn| {
            let before = load(conn, post_id)?;
            if before.member_id != member.id {
                return Err(AppError::NotFound);
            }
            let files = photo_keys(photo_rows::of_post(conn, post_id)?);
            count_in_summary(conn, &before, -1)?;
            posts::delete_own(conn, post_id, member.id)?;
            Ok(files)
        })
        .await?;
    photo_service::remove_files(&*store, files.iter().map(String::as_str));
    Ok(())
}

/// Both files of each photo.
pub fn photo_keys(photos: Vec<photo_rows::Photo>) -> Vec<String> {
    photos
        .into_iter()
        .flat_map(|p| [p.display_key, p.thumb_key])
        .collect()
}

/// What a manager does to a post's visibility.
pub enum Moderation {
    /// Members no longer see the post; staff see the reason on it.
    Hide {
        reason: String,
    },
    Show,
}

/// Hides a post from members or shows it again, audit-logged: who, when, why.
pub async fn moderate(
    db: &Db,
    staff: Staff,
    brand_id: BrandId,
    cohort_id: CohortId,
    post_id: PostId,
    action: Moderation,
) -> Result<(), AppError> {
    db.write(move |conn| {
        let (hidden, done, details) = match &action {
            Moderation::Hide { reason } => (
                Some((reason.as_str(), Some(staff.id))),
                "hide post",
                format!("reason: {reason}"),
            ),
            Moderation::Show => (None, "show post", String::new()),
        };
        change_post(
            conn,
            post_id,
            |post| post.cohort_id == cohort_id,
            |conn| Ok(posts::set_hidden(conn, post_id, cohort_id, hidden, now()).map(|_| ())?),
        )?;
        // Hiding settles the post's reports: staff acted on them.
        if hidden.is_some() {
            reports::resolve_for_post(conn, post_id, cohort_id, now())?;
        }
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(staff.id),
                actor: &staff.email,
                action: done,
                brand_id: Some(brand_id),
                subject: &format!("post {post_id} in cohort {cohort_id}"),
                details: &details,
            },
            now(),
        )?;
        Ok(())
    })
    .await
}

/// A manager's correction of a post's label (or its removal, back to the
/// scorer's), kept, audit-logged and used in every figure.
pub async fn correct_label(
    db: &Db,
    staff: Staff,
    brand_id: BrandId,
    cohort_id: CohortId,
    post_id: PostId,
    label: Option<Label>,
) -> Result<(), AppError> {
    db.write(move |conn| {
        let (before, after) = change_post(
            conn,
            post_id,
            |post| post.cohort_id == cohort_id,
            |conn| Ok(posts::set_label_override(conn, post_id, label).map(|_| ())?),
        )?;
        let details = format!(
            "label {} → {} (scorer said {})",
            label_of(&before).as_str(),
            label_of(&after).as_str(),
            before.sentiment_label.as_str()
        );
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(staff.id),
                actor: &staff.email,
                action: "correct label",
                brand_id: Some(brand_id),
                subject: &format!("post {post_id} in cohort {cohort_id}"),
                details: &details,
            },
            now(),
        )?;
        Ok(())
    })
    .await
}

/// How many posts a page of the feed shows.
pub const FEED_PAGE_SIZE: i64 = 20;

/// A post in the feed, with its author's display name and its photos' ids.
pub struct FeedRow {
    pub post: Post,
    pub author: String,
    pub photos: Vec<PhotoId>,
}

/// A page of a cohort's feed as read at one version of the cohort's posts.
/// Every change a page shows (a post written, edited, hidden, relabelled or
/// deleted, its photos with it, a member leaving) raises the version, and
/// authors' names never change, so a kept page is never stale.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct FeedKey {
    cohort_id: CohortId,
    version: i64,
    include_hidden: bool,
    page: i64,
}

pub type FeedMemo = Memo<FeedKey, Paged<FeedRow>>;

/// How many feed pages one instance keeps (each some 10 kB).
pub const FEED_PAGES_KEPT: usize = 256;

/// A page of a cohort's feed, newest first; staff see hidden posts too. Read
/// once per state of the cohort's posts and kept. `tally` is that state, read
/// with the cohort before the posts themselves, so a kept page is never older
/// than its key.
pub async fn feed(
    db: &Db,
    memo: &FeedMemo,
    cohort_id: CohortId,
    tally: Tally,
    include_hidden: bool,
    requested: i64,
) -> Result<Arc<Paged<FeedRow>>, AppError> {
    let total = if include_hidden {
        tally.posts
    } else {
        tally.shown
    };
    let key = FeedKey {
        cohort_id,
        version: tally.version,
        include_hidden,
        page: Paged::<FeedRow>::clamp(requested, FEED_PAGE_SIZE, total),
    };
    memo.get_or_work_out(&key, || {
        let page = key.page;
        db.quick(move |conn| feed_page(conn, cohort_id, include_hidden, page, total))
    })
    .await
}

fn feed_page(
    conn: &mut DbConn,
    cohort_id: CohortId,
    include_hidden: bool,
    page: i64,
    total: i64,
) -> Result<Paged<FeedRow>, AppError> {
    let mut photos = HashMap::new();
    let rows = Paged::read(page, FEED_PAGE_SIZE, total, |page| {
        photos = photo_service::on_feed_page(conn, cohort_id, include_hidden, page)?;
        posts::feed(conn, cohort_id, include_hidden, page)
    })?;
    Ok(rows.map(|(post, author)| FeedRow {
        photos: photos.remove(&post.id).unwrap_or_default(),
        post,
        author,
    }))
}

/// What staff asked the feed to show, as sent (the query string).
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct FeedQuery {
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub band: String,
    #[serde(default)]
    pub product: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// Words or "phrases" every post shown contains.
    #[serde(default)]
    pub q: String,
    /// A review's stars, 1 to 5.
    #[serde(default)]
    pub stars: String,
    /// "1": only posts with photos.
    #[serde(default)]
    pub photos: String,
}

impl FeedQuery {
    /// The filter as a query string for the pager's links (`""` when none).
    pub fn as_query(&self) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("city", &self.city),
            ("band", &self.band),
            ("product", &self.product),
            ("label", &self.label),
            ("from", &self.from),
            ("to", &self.to),
            ("q", &self.q),
            ("stars", &self.stars),
            ("photos", &self.photos),
        ] {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        query.finish()
    }
}

/// The staff's feed: one page of it, the catalogue to filter by, and what of
/// the filter could not be used (each part that does not fit is left out, with
/// a sentence saying why).
pub struct StaffFeed {
    pub page: Arc<Paged<FeedRow>>,
    pub products: Vec<(ProductId, String)>,
    pub query: FeedQuery,
    pub problems: Vec<String>,
    pub filtered: bool,
}

/// Checks each part of the filter against the cohort (its cities) and the
/// brand's catalogue; dates are days in the viewer's zone.
fn parse_feed_query(
    query: &FeedQuery,
    cities: &[String],
    products: &[(ProductId, String)],
    zone: chrono_tz::Tz,
) -> (
    posts::FeedWhere,
    Option<SearchTerms>,
    FeedQuery,
    Vec<String>,
) {
    let mut problems = Vec::new();
    let mut kept = FeedQuery::default();
    let mut filter = posts::FeedWhere::default();
    let mut refuse = |what: &str| problems.push(format!("{what} The feed is shown without it."));
    if !query.city.is_empty() {
        match cities.iter().find(|c| **c == query.city) {
            Some(city) => {
                filter.city = Some(city.clone());
                kept.city = city.clone();
            }
            None => refuse("Choose a city from the list."),
        }
    }
    if !query.band.is_empty() {
        match AgeBand::from_label(&query.band) {
            Some(band) => {
                filter.age_band = Some(band);
                kept.band = band.label().to_string();
            }
            None => refuse("Choose an age band from the list."),
        }
    }
    if !query.product.is_empty() {
        let chosen = query
            .product
            .parse::<ProductId>()
            .ok()
            .filter(|id| products.iter().any(|(p, _)| p == id));
        match chosen {
            Some(id) => {
                filter.product = Some(id);
                kept.product = id.to_string();
            }
            None => refuse("Choose a product from the list."),
        }
    }
    if !query.label.is_empty() {
        match Label::parse(&query.label) {
            Some(label) => {
                filter.label = Some(label);
                kept.label = label.as_str().to_string();
            }
            None => refuse("Choose a label from the list."),
        }
    }
    // A day in the viewer's zone starts at its local midnight.
    let start_of = |day: NaiveDate| {
        use chrono::TimeZone;
        zone.from_local_datetime(&day.and_time(chrono::NaiveTime::MIN))
            .earliest()
            .map(|t| t.naive_utc())
    };
    let day = |raw: &str| NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok();
    let from = if query.from.is_empty() {
        None
    } else {
        let parsed = day(&query.from);
        if parsed.is_none() {
            refuse("Give the first day as a date.");
        }
        parsed
    };
    let to = if query.to.is_empty() {
        None
    } else {
        let parsed = day(&query.to);
        if parsed.is_none() {
            refuse("Give the last day as a date.");
        }
        parsed
    };
    match (from, to) {
        (Some(first), Some(last)) if last < first => {
            refuse("The last day comes before the first.");
        }
        _ => {
            if let Some(first) = from {
                filter.from = start_of(first);
                kept.from = first.to_string();
            }
            if let Some(last) = to {
                filter.until = last.succ_opt().and_then(start_of);
                kept.to = last.to_string();
            }
        }
    }
    if !query.stars.is_empty() {
        match Rating::parse(&query.stars) {
            Ok(stars) => {
                filter.rating = Some(stars.stars());
                kept.stars = stars.stars().to_string();
            }
            Err(_) => refuse("Choose the stars from the list."),
        }
    }
    if !query.photos.is_empty() {
        filter.with_photos = true;
        kept.photos = "1".into();
    }
    let search = match SearchTerms::parse(&query.q) {
        Ok(terms) => {
            if terms.is_some() {
                kept.q = query.q.trim().to_string();
            }
            terms
        }
        Err(message) => {
            refuse(&message);
            None
        }
    };
    (filter, search, kept, problems)
}

/// The brand's catalogue, as the feed's filter offers it.
fn filter_products(
    conn: &mut DbConn,
    brand_id: BrandId,
) -> Result<Vec<(ProductId, String)>, AppError> {
    Ok(crate::db::models::products::of_brand(conn, brand_id)?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect())
}

/// Whether a post holds every term of a search, in its text, title or product.
fn post_says(
    terms: &SearchTerms,
    body: &str,
    title: &Option<String>,
    product: &Option<String>,
) -> bool {
    terms.matches(&[
        body,
        title.as_deref().unwrap_or(""),
        product.as_deref().unwrap_or(""),
    ])
}

/// What a member of staff asked of the feed: the filter, the page, and the
/// zone their dates are read in.
pub struct FeedAsk {
    pub query: FeedQuery,
    pub zone: chrono_tz::Tz,
    pub page: i64,
}

/// The feed as staff read it (hidden posts too), narrowed by the filter when
/// one is given. The whole feed's pages are kept per version, as for members;
/// a narrowed one is read afresh.
pub async fn staff_feed(
    db: &Db,
    memo: &FeedMemo,
    names: &crate::services::products::NamesMemo,
    cohort: &crate::services::records::Cohort,
    brand: &crate::services::records::Brand,
    tally: Tally,
    FeedAsk {
        query,
        zone,
        page: requested,
    }: FeedAsk,
) -> Result<StaffFeed, AppError> {
    let cohort_id = cohort.id;
    let products: Vec<(ProductId, String)> = crate::services::products::names(db, names, brand)
        .await?
        .iter()
        .map(|p| (p.id, p.name.clone()))
        .collect();
    let cities = crate::domain::CityList::from_stored(&cohort.cities);
    let (filter, search, kept, problems) = parse_feed_query(&query, &cities, &products, zone);
    let filtered = !filter.is_empty() || search.is_some();
    let page = if !filtered {
        feed(db, memo, cohort_id, tally, true, requested).await?
    } else {
        let narrowed = filter.clone();
        Arc::new(
            db.run(move |conn| {
                // A search reads the text of the posts the rest of the filter
                // keeps (a cohort's posts, a few thousand at most) and matches
                // it here, where case and accents are folded the same way on
                // either database.
                let found: Option<Vec<PostId>> = match &search {
                    Some(terms) => Some(
                        posts::narrowed_texts(conn, cohort_id, &narrowed)?
                            .into_iter()
                            .filter(|post| post_says(terms, &post.body, &post.title, &post.product))
                            .map(|post| post.id)
                            .collect(),
                    ),
                    None => None,
                };
                let total = match &found {
                    Some(ids) => ids.len() as i64,
                    None => posts::count_narrowed(conn, cohort_id, &narrowed)?,
                };
                let mut photos: HashMap<PostId, Vec<PhotoId>> = HashMap::new();
                let rows = Paged::read(requested, FEED_PAGE_SIZE, total, |page| {
                    let rows = match &found {
                        Some(ids) => {
                            let from = usize::try_from(page.offset()).unwrap_or(usize::MAX);
                            let size = usize::try_from(page.size).unwrap_or(0);
                            let on_page: Vec<PostId> =
                                ids.iter().skip(from).take(size).copied().collect();
                            posts::with_authors(conn, &on_page)?
                        }
                        None => posts::narrowed_page(conn, cohort_id, &narrowed, page)?,
                    };
                    let ids: Vec<PostId> = rows.iter().map(|(p, _)| p.id).collect();
                    for (post_id, photo_id) in photo_rows::of_posts(conn, &ids)? {
                        photos.entry(post_id).or_default().push(photo_id);
                    }
                    Ok(rows)
                })?;
                Ok(rows.map(|(post, author)| FeedRow {
                    photos: photos.remove(&post.id).unwrap_or_default(),
                    post,
                    author,
                }))
            })
            .await?,
        )
    };
    Ok(StaffFeed {
        page,
        products,
        filtered,
        query: kept,
        problems,
    })
}

/// One of the member's own posts; anyone else's does not exist for them.
pub async fn own_post(db: &Db, member: &Member, post_id: PostId) -> Result<Post, AppError> {
    let (cohort_id, member_id) = (member.cohort_id, member.id);
    db.run(move |conn| Ok(posts::find_in_cohort(conn, post_id, cohort_id)?))
        .await?
        .filter(|p| p.member_id == member_id)
        .ok_or(AppError::NotFound)
}

/// Most posts one export of the feed holds (a cohort's posts of many months).
pub const EXPORT_MAX_POSTS: i64 = 50_000;

/// The staff's feed as a file (CSV or Excel), narrowed by the same filter as
/// the page: the feed itself, in another form, for those who read it. Authors
/// are "member 1", "member 2"… numbered within the file (no names, emails or
/// ids), times are the viewer's; audit-logged.
pub async fn export_feed(
    db: &Db,
    staff: Staff,
    cohort: crate::services::records::Cohort,
    query: FeedQuery,
    format: crate::services::exports::Format,
) -> Result<Vec<u8>, AppError> {
    use crate::services::exports::{Format, table_csv, table_xlsx};
    let zone = staff.time_zone;
    db.run(move |conn| {
        let products = filter_products(conn, cohort.brand_id)?;
        let cities = crate::domain::CityList::from_stored(&cohort.cities);
        let (filter, search, _, problems) = parse_feed_query(&query, &cities, &products, zone);
        if let Some(problem) = problems.into_iter().next() {
            return Err(AppError::BadRequest(problem));
        }
        let mut found = posts::narrowed_all(conn, cohort.id, &filter, EXPORT_MAX_POSTS)?;
        if let Some(terms) = &search {
            found.retain(|post| post_says(terms, &post.body, &post.title, &post.product));
        }
        let photos: HashMap<PostId, i64> = photo_rows::count_per_post(conn, cohort.id)?
            .into_iter()
            .collect();
        let table = posts_table(&found, &photos, zone);
        let body = match format {
            Format::Csv => table_csv(&POSTS_HEADER, &table.rows)?,
            Format::Xlsx => table_xlsx("Posts", &POSTS_HEADER, &table.rows)?,
            Format::Json => return Err(AppError::NotFound),
        };
        let details = format!("{} posts, format {}", table.rows.len(), format.extension());
        write_tx(conn, |conn| {
            crate::services::exports::record_for_cohort(
                conn,
                &staff,
                &cohort,
                "export posts",
                &details,
            )
        })?;
        Ok(body)
    })
    .await
}

/// The columns of a file of posts.
pub const POSTS_HEADER: [&str; 14] = [
    "written",
    "member",
    "city",
    "age band",
    "kind",
    "product",
    "stars",
    "title",
    "text",
    "label",
    "score",
    "language",
    "hidden because",
    "photos",
];

/// Posts as the rows of a file, and which post each row is.
pub struct PostsTable {
    pub posts: Vec<PostId>,
    pub rows: Vec<Vec<String>>,
}

/// Posts as rows under [`POSTS_HEADER`]: times in `zone`, authors as
/// "member 1", "member 2"… numbered by when they first wrote among these
/// posts (no names, emails or ids), with each post's number of photos.
pub fn posts_table(
    found: &[Post],
    photos: &HashMap<PostId, i64>,
    zone: chrono_tz::Tz,
) -> PostsTable {
    let mut numbers: HashMap<MemberId, usize> = HashMap::new();
    let mut by_age: Vec<&Post> = found.iter().collect();
    by_age.sort_by_key(|post| (post.created_at, post.id));
    for post in by_age {
        let next = numbers.len() + 1;
        numbers.entry(post.member_id).or_insert(next);
    }
    let rows = found
        .iter()
        .map(|post| {
            let written = post.created_at.and_utc().with_timezone(&zone);
            vec![
                written.format("%Y-%m-%d %H:%M").to_string(),
                format!(
                    "member {}",
                    numbers.get(&post.member_id).copied().unwrap_or(0)
                ),
                post.city.clone(),
                post.age_band.label().to_string(),
                post.kind.as_str().to_string(),
                post.product.clone().unwrap_or_default(),
                post.rating.map(|r| r.to_string()).unwrap_or_default(),
                post.title.clone().unwrap_or_default(),
                post.body.clone(),
                effective_label(post.label_override, post.sentiment_label)
                    .as_str()
                    .to_string(),
                post.sentiment_score
                    .map(|s| format!("{s:.3}"))
                    .unwrap_or_default(),
                post.language.clone(),
                post.hidden_reason.clone().unwrap_or_default(),
                photos.get(&post.id).copied().unwrap_or(0).to_string(),
            ]
        })
        .collect();
    PostsTable {
        posts: found.iter().map(|p| p.id).collect(),
        rows,
    }
}

/// Pins a post to the cohort's highlights board, or takes it off.
pub async fn highlight(
    db: &Db,
    staff: Staff,
    cohort_id: CohortId,
    post_id: PostId,
    pinned: bool,
) -> Result<(), AppError> {
    db.write(move |conn| {
        let at = pinned.then(now);
        match posts::set_highlight(conn, post_id, cohort_id, staff.id, at)? {
            0 => Err(AppError::NotFound),
            _ => Ok(()),
        }
    })
    .await
}

/// The cohort's highlights board: the pinned posts, the latest pinned first,
/// with their photos.
pub async fn highlights(db: &Db, cohort_id: CohortId) -> Result<Vec<FeedRow>, AppError> {
    db.run(move |conn| {
        let pinned = posts::highlighted(conn, cohort_id)?;
        let ids: Vec<PostId> = pinned.iter().map(|(p, _)| p.id).collect();
        let mut photos: HashMap<PostId, Vec<PhotoId>> = HashMap::new();
        for (post_id, photo_id) in photo_rows::of_posts(conn, &ids)? {
            photos.entry(post_id).or_default().push(photo_id);
        }
        Ok(pinned
            .into_iter()
            .map(|(post, author)| FeedRow {
                photos: photos.remove(&post.id).unwrap_or_default(),
                post,
                author,
            })
            .collect())
    })
    .await
}
