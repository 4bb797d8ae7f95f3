use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::auth::Staff;
use crate::auth::session::{CsrfForm, with_staff};
use crate::db::models::brands::Brand;
use crate::db::models::cohorts::Cohort;
use crate::db::models::{Page, members, posts};
use crate::db::{DbPool, with_conn};
use crate::domain::{BoundedText, CityList};
use crate::error::AppError;
use crate::photos::store::PhotoStore;
use crate::routes::photo::remove_files;
use crate::routes::{CsrfOnly, PageQuery, path_id, render, see_other};
use crate::sentiment::Label;
use crate::services::{cohorts, membership, posts as post_service};
use crate::templates::{
    Chrome, CohortHeader, CohortPage, ConfirmPage, FeedItem, FeedPage, MemberRow, MembersPage,
    Pager, flash, show_date,
};

pub const FEED_PAGE_SIZE: i64 = 20;
const MEMBERS_PAGE_SIZE: i64 = 50;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}", web::get().to(overview))
        .route("/cohorts/{id}/feed", web::get().to(feed))
        .route("/cohorts/{id}/posts/{post}/hide", web::post().to(hide_post))
        .route(
            "/cohorts/{id}/posts/{post}/unhide",
            web::post().to(unhide_post),
        )
        .route(
            "/cohorts/{id}/posts/{post}/label",
            web::post().to(correct_label),
        )
        .route("/cohorts/{id}/members", web::get().to(member_list))
        .route(
            "/cohorts/{id}/members/{member}/remove",
            web::get().to(confirm_remove),
        )
        .route(
            "/cohorts/{id}/members/{member}/remove",
            web::post().to(remove_member),
        );
}

/// The signed-in staff member and a cohort they may see (404 otherwise).
pub async fn staff_cohort(
    session: &Session,
    pool: &DbPool,
    raw_id: &str,
) -> Result<(Staff, Cohort, Brand), AppError> {
    let cohort_id = path_id(raw_id);
    let (staff, (cohort, brand)) = with_staff(session, pool, move |conn, staff| {
        cohorts::load_for_staff(conn, staff, cohort_id?)
    })
    .await?;
    Ok((staff, cohort, brand))
}

/// For `/cohorts/{id}/<things>/{item}`: the cohort as above and the item's id.
pub async fn staff_cohort_item(
    session: &Session,
    pool: &DbPool,
    path: web::Path<(String, String)>,
) -> Result<(Staff, Cohort, Brand, i64), AppError> {
    let (raw_cohort, raw_item) = path.into_inner();
    let (staff, cohort, brand) = staff_cohort(session, pool, &raw_cohort).await?;
    Ok((staff, cohort, brand, path_id(&raw_item)?))
}

async fn overview(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (staff, cohort, brand) = staff_cohort(&session, &pool, &id).await?;
    let today = crate::services::now().date();
    let (for_spread, k) = (cohort.clone(), brand.anonymity_k);
    let spread = with_conn(&pool, move |conn| {
        cohorts::spread(conn, &for_spread, k, today)
    })
    .await?;
    render(CohortPage {
        chrome: Chrome::staff(&session, &staff, &cohort.name)?,
        header: CohortHeader::new(&cohort, &brand, "overview"),
        description: cohort.description.clone(),
        theme: cohort.theme.clone(),
        cities: CityList::from_stored(&cohort.cities),
        created: show_date(cohort.created_at, staff.time_zone),
        by_city: spread.by_city,
        by_age_band: spread.by_age_band,
        anonymity_k: brand.anonymity_k,
    })
}

async fn feed(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let (staff, cohort, brand) = staff_cohort(&session, &pool, &id).await?;
    let cohort_id = cohort.id;
    let requested = query.number();
    let (total, rows) = with_conn(&pool, move |conn| {
        feed_with_photos(conn, cohort_id, true, requested)
    })
    .await?;
    render(FeedPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · feed", cohort.name))?,
        header: CohortHeader::new(&cohort, &brand, "feed"),
        items: rows
            .into_iter()
            .map(|(post, author, photos)| {
                FeedItem::from_post(post, author, false, staff.time_zone, photos)
            })
            .collect(),
        pager: Pager::new(requested, FEED_PAGE_SIZE, total),
    })
}

#[derive(Deserialize)]
pub struct HideForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    reason: String,
}
crate::csrf_protected!(HideForm);

async fn hide_post(
    session: Session,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<HttpResponse, AppError> {
    let (staff, cohort, _, post_id) = staff_cohort_item(&session, &pool, path).await?;
    let reason = BoundedText::parse(&form.reason, "a reason for hiding", 1, 300)
        .map_err(AppError::BadRequest)?;
    let cohort_id = cohort.id;
    with_conn(&pool, move |conn| {
        post_service::set_hidden(conn, cohort_id, post_id, Some((reason.as_str(), staff.id)))
    })
    .await?;
    flash(&session, "Post hidden: members no longer see it.");
    Ok(see_other(&format!(
        "/cohorts/{cohort_id}/feed#post-{post_id}"
    )))
}

async fn unhide_post(
    session: Session,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    let (_, cohort, _, post_id) = staff_cohort_item(&session, &pool, path).await?;
    let cohort_id = cohort.id;
    with_conn(&pool, move |conn| {
        post_service::set_hidden(conn, cohort_id, post_id, None)
    })
    .await?;
    flash(&session, "Post shown to members again.");
    Ok(see_other(&format!(
        "/cohorts/{cohort_id}/feed#post-{post_id}"
    )))
}

async fn member_list(
    session: Session,
    pool: web::Data<DbPool>,
    id: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let (staff, cohort, brand) = staff_cohort(&session, &pool, &id).await?;
    let pager = Pager::new(
        query.number(),
        MEMBERS_PAGE_SIZE,
        i64::from(cohort.members_count),
    );
    let (cohort_id, page) = (cohort.id, Page::new(pager.page, MEMBERS_PAGE_SIZE));
    let rows = with_conn(&pool, move |conn| {
        Ok(members::list_for_cohort(conn, cohort_id, page)?)
    })
    .await?;
    render(MembersPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · members", cohort.name))?,
        header: CohortHeader::new(&cohort, &brand, "members"),
        members: rows
            .into_iter()
            .map(|m| MemberRow {
                id: m.id,
                display_name: m.display_name,
                city: m.city,
                joined: show_date(m.created_at, staff.time_zone),
            })
            .collect(),
        pager,
    })
}

async fn confirm_remove(
    session: Session,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (staff, cohort, _, member_id) = staff_cohort_item(&session, &pool, path).await?;
    let member = with_conn(&pool, move |conn| Ok(members::find(conn, member_id)?))
        .await?
        .filter(|m| m.cohort_id == cohort.id)
        .ok_or(AppError::NotFound)?;
    render(ConfirmPage {
        chrome: Chrome::staff(&session, &staff, "Remove member")?,
        heading: format!("Remove {} from {}?", member.display_name, cohort.name),
        message: "Their membership and everything they posted will be deleted from every page and figure. Their personal link stops working. This cannot be undone.".into(),
        action: format!("/cohorts/{}/members/{}/remove", cohort.id, member.id),
        button: "Remove member".into(),
        cancel: format!("/cohorts/{}/members", cohort.id),
    })
}

async fn remove_member(
    session: Session,
    pool: web::Data<DbPool>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    let (_, cohort, _, member_id) = staff_cohort_item(&session, &pool, path).await?;
    let cohort_id = cohort.id;
    let files = with_conn(&pool, move |conn| {
        membership::remove(conn, cohort_id, member_id)
    })
    .await?;
    remove_files(&**store, files.iter().map(String::as_str));
    flash(&session, "Member removed, with everything they posted.");
    Ok(see_other(&format!("/cohorts/{cohort_id}/members")))
}

#[derive(Deserialize)]
pub struct LabelForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    label: String,
}
crate::csrf_protected!(LabelForm);

async fn correct_label(
    session: Session,
    pool: web::Data<DbPool>,
    path: web::Path<(String, String)>,
    CsrfForm(form): CsrfForm<LabelForm>,
) -> Result<HttpResponse, AppError> {
    let (staff, cohort, brand, post_id) = staff_cohort_item(&session, &pool, path).await?;
    let label = match form.label.as_str() {
        "scorer" => None,
        other => match Label::parse(other) {
            Some(label @ (Label::Positive | Label::Neutral | Label::Negative)) => Some(label),
            _ => {
                return Err(AppError::bad_request(
                    "Choose positive, neutral, negative, or as scored.",
                ));
            }
        },
    };
    let (cohort_id, brand_id) = (cohort.id, brand.id);
    with_conn(&pool, move |conn| {
        post_service::correct_label(conn, &staff, brand_id, cohort_id, post_id, label)
    })
    .await?;
    flash(
        &session,
        "Label saved: every figure now counts the post this way.",
    );
    Ok(see_other(&format!(
        "/cohorts/{cohort_id}/feed#post-{post_id}"
    )))
}

/// A post, its author's display name, and its photos' ids.
pub type FeedRow = (posts::Post, String, Vec<i64>);

/// A page of a cohort's feed, newest first, each post with its author's name and
/// its photos' ids; and the number of posts in all.
pub fn feed_with_photos(
    conn: &mut crate::db::DbConn,
    cohort_id: i64,
    include_hidden: bool,
    requested: i64,
) -> Result<(i64, Vec<FeedRow>), AppError> {
    let tally = crate::db::models::cohort_tallies::of(conn, cohort_id)?;
    let total = if include_hidden {
        tally.posts
    } else {
        tally.shown
    };
    let pager = Pager::new(requested, FEED_PAGE_SIZE, total);
    let rows = posts::feed(
        conn,
        cohort_id,
        include_hidden,
        Page::new(pager.page, FEED_PAGE_SIZE),
    )?;
    let ids: Vec<i64> = rows.iter().map(|(p, _)| p.id).collect();
    let mut photos: std::collections::HashMap<i64, Vec<i64>> = std::collections::HashMap::new();
    for photo in crate::db::models::photos::for_posts(conn, &ids)? {
        photos.entry(photo.post_id).or_default().push(photo.id);
    }
    Ok((
        total,
        rows.into_iter()
            .map(|(post, author)| {
                let ids = photos.remove(&post.id).unwrap_or_default();
                (post, author, ids)
            })
            .collect(),
    ))
}
