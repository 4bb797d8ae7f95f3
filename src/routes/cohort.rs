//! A cohort's staff pages: overview, feed and moderation, and its members.

use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::config::Settings;
use crate::domain::{AgeBand, BirthMonth, BoundedText, CityList};
use crate::error::AppError;
use crate::pages::activities::share_rows;
use crate::pages::cohort::{
    CohortPage, FeedPage, HeldLine, HighlightsPage, MemberRow, MembersPage, ReportLine, ReportsPage,
};
use crate::pages::{
    Chrome, CohortHeader, ConfirmPage, FeedItem, Pager, flash, show_date, show_time,
};
use crate::photos::store::PhotoStore;
use crate::sentiment::Label;
use crate::services::posts::{self as post_service, FeedAsk, FeedMemo, FeedQuery, Moderation};
use crate::services::products::NamesMemo;
use crate::services::reports;
use crate::services::{Db, activities, cohorts, membership};
use crate::web::session::CsrfForm;
use crate::web::{CsrfOnly, PageQuery, StaffCohort, item_id, render, see_other};

const MEMBERS_PAGE_SIZE: i64 = 50;

/// The item id of `/cohorts/{id}/<things>/{item}`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}", web::get().to(overview))
        .route("/cohorts/{id}/reports", web::get().to(report_queue))
        .route("/cohorts/{id}/posts/{post}/keep", web::post().to(keep_post))
        .route("/cohorts/{id}/feed", web::get().to(feed))
        .route("/cohorts/{id}/highlights", web::get().to(highlights))
        .route(
            "/cohorts/{id}/posts/{post}/highlight",
            web::post().to(highlight_post),
        )
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
        )
        .route("/cohorts/{id}/close", web::get().to(confirm_close))
        .route("/cohorts/{id}/close", web::post().to(close))
        .route("/cohorts/{id}/reopen", web::post().to(reopen));
}

async fn overview(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    StaffCohort {
        staff,
        cohort,
        brand,
        ..
    }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let spread = cohorts::overview(&db, cohort.clone(), brand.anonymity_k).await?;
    let participation = activities::participation(&db, cohort.id).await?;
    let target = brand.participation_target;
    render(CohortPage {
        participation: share_rows(&participation.cells, brand.anonymity_threshold(), target),
        target,
        active_days: activities::ACTIVE_DAYS,
        inactive: participation
            .inactive
            .into_iter()
            .map(|m| {
                let last = m
                    .last_active
                    .map(|at| show_date(at, staff.time_zone))
                    .unwrap_or_else(|| "never".into());
                (m.name, m.city, m.band.label(), last)
            })
            .collect(),
        chrome: Chrome::staff(&session, &staff, &cohort.name)?,
        header: CohortHeader::new(&cohort, &brand, "overview"),
        description: cohort.description.clone(),
        theme: cohort.theme.clone(),
        cities: CityList::from_stored(&cohort.cities),
        created: show_date(cohort.created_at, staff.time_zone),
        by_city: spread.by_city,
        by_age_band: spread.by_age_band,
        anonymity_k: brand.anonymity_k,
        closed: cohort
            .closed_at
            .zip(cohort.delete_at)
            .map(|(at, delete_at)| {
                (
                    show_date(at, staff.time_zone),
                    show_date(delete_at, staff.time_zone),
                )
            }),
        retention_days: settings.closed_cohort_days,
    })
}

async fn feed(
    session: Session,
    db: web::Data<Db>,
    StaffCohort {
        staff,
        cohort,
        brand,
        tally,
    }: StaffCohort,
    page: web::Query<PageQuery>,
    query: web::Query<FeedQuery>,
    memo: web::Data<FeedMemo>,
    names: web::Data<NamesMemo>,
) -> Result<HttpResponse, AppError> {
    let feed = post_service::staff_feed(
        &db,
        &memo,
        &names,
        &cohort,
        &brand,
        tally,
        FeedAsk {
            query: query.into_inner(),
            zone: staff.time_zone,
            page: page.number(),
        },
    )
    .await?;
    let filter_query = feed.query.as_query();
    let base = if filter_query.is_empty() {
        format!("/cohorts/{}/feed", cohort.id)
    } else {
        format!("/cohorts/{}/feed?{filter_query}", cohort.id)
    };
    render(FeedPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · feed", cohort.name))?,
        header: CohortHeader::new(&cohort, &brand, "feed"),
        pager: Pager::of(&feed.page),
        items: feed
            .page
            .items
            .iter()
            .map(|row| FeedItem::for_staff(row, staff.time_zone))
            .collect(),
        filtered: feed.filtered,
        problems: feed.problems,
        cities: CityList::from_stored(&cohort.cities),
        bands: AgeBand::ALL.iter().map(|b| b.label()).collect(),
        products: feed
            .products
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect(),
        labels: Label::ALL.iter().map(|l| l.as_str()).collect(),
        filter: feed.query,
        filter_query,
        base,
    })
}

/// The posts staff pinned, the latest first.
async fn highlights(
    session: Session,
    db: web::Data<Db>,
    StaffCohort {
        staff,
        cohort,
        brand,
        ..
    }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let rows = post_service::highlights(&db, cohort.id).await?;
    render(HighlightsPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · highlights", cohort.name))?,
        header: CohortHeader::new(&cohort, &brand, "highlights"),
        items: rows
            .iter()
            .map(|row| FeedItem::for_staff(row, staff.time_zone))
            .collect(),
        most: post_service::HIGHLIGHTS_MAX,
    })
}

#[derive(Deserialize)]
pub struct HighlightForm {
    #[serde(default)]
    csrf_token: String,
    /// "1" pins the post, anything else takes it off.
    #[serde(default)]
    pinned: String,
    /// "highlights" goes back to the board, anything else to the feed.
    #[serde(default)]
    back: String,
}
crate::csrf_protected!(HighlightForm);

async fn highlight_post(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(form): CsrfForm<HighlightForm>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort { staff, cohort, .. } = access?;
    let post_id = item_id(path)?;
    let pinned = form.pinned == "1";
    post_service::highlight(&db, staff, cohort.id, post_id, pinned).await?;
    flash(
        &session,
        if pinned {
            "Added to the highlights."
        } else {
            "Taken off the highlights."
        },
    );
    Ok(see_other(&if form.back == "highlights" {
        format!("/cohorts/{}/highlights", cohort.id)
    } else {
        format!("/cohorts/{}/feed#post-{post_id}", cohort.id)
    }))
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
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(form): CsrfForm<HideForm>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort {
        staff,
        cohort,
        brand,
        ..
    } = access?;
    let post_id = item_id(path)?;
    let reason = BoundedText::parse(&form.reason, "a reason for hiding", 1, 300)
        .map_err(AppError::BadRequest)?;
    let cohort_id = cohort.id;
    let hide = Moderation::Hide {
        reason: reason.into_inner(),
    };
    post_service::moderate(&db, staff, brand.id, cohort_id, post_id, hide).await?;
    flash(&session, "Post hidden: members no longer see it.");
    Ok(see_other(&format!(
        "/cohorts/{cohort_id}/feed#post-{post_id}"
    )))
}

async fn unhide_post(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort {
        staff,
        cohort,
        brand,
        ..
    } = access?;
    let post_id = item_id(path)?;
    let cohort_id = cohort.id;
    post_service::moderate(&db, staff, brand.id, cohort_id, post_id, Moderation::Show).await?;
    flash(&session, "Post shown to members again.");
    Ok(see_other(&format!(
        "/cohorts/{cohort_id}/feed#post-{post_id}"
    )))
}

async fn member_list(
    session: Session,
    db: web::Data<Db>,
    StaffCohort {
        staff,
        cohort,
        brand,
        ..
    }: StaffCohort,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let listed = cohorts::members_page(&db, &cohort, query.number(), MEMBERS_PAGE_SIZE).await?;
    let today =
        chrono::TimeZone::from_utc_datetime(&staff.time_zone, &crate::services::now()).date_naive();
    render(MembersPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · members", cohort.name))?,
        header: CohortHeader::new(&cohort, &brand, "members"),
        pager: Pager::of(&listed),
        members: listed
            .items
            .into_iter()
            .map(|m| {
                let band = BirthMonth::stored(m.birth_year, m.birth_month).band_on(today);
                MemberRow {
                    id: m.id,
                    display_name: m.display_name,
                    city: m.city,
                    age_band: band.label(),
                    minor: band.is_minor(),
                    joined: show_date(m.created_at, staff.time_zone),
                }
            })
            .collect(),
    })
}

async fn confirm_remove(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    StaffCohort { staff, cohort, .. }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let member = cohorts::member(&db, &cohort, item_id(path)?).await?;
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
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort { cohort, .. } = access?;
    let cohort_id = cohort.id;
    membership::remove_member(&db, store.into_inner(), cohort_id, item_id(path)?).await?;
    flash(&session, "Member removed, with everything they posted.");
    Ok(see_other(&format!("/cohorts/{cohort_id}/members")))
}

async fn confirm_close(
    session: Session,
    settings: web::Data<Settings>,
    StaffCohort { staff, cohort, .. }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let deleted_on = crate::services::now() + chrono::Duration::days(settings.closed_cohort_days);
    render(ConfirmPage {
        chrome: Chrome::staff(&session, &staff, "Close cohort")?,
        heading: format!("Close {}?", cohort.name),
        message: format!(
            "Members will still read it and download their data, but nobody will post, answer \
             activities or join any more, and invitations and reminders stop. On {} it will be \
             deleted with everything in it (posts, photos, answers, members), {} days from now. \
             Until then you can open it again from its overview.",
            show_date(deleted_on, staff.time_zone),
            settings.closed_cohort_days
        ),
        action: format!("/cohorts/{}/close", cohort.id),
        button: "Close cohort".into(),
        cancel: format!("/cohorts/{}", cohort.id),
    })
}

async fn close(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort { staff, cohort, .. } = access?;
    let cohort_id = cohort.id;
    let retention = Some(settings.closed_cohort_days);
    cohorts::set_closed(&db, staff, cohort, retention).await?;
    flash(
        &session,
        "Cohort closed. Members can read it but no longer post or join.",
    );
    Ok(see_other(&format!("/cohorts/{cohort_id}")))
}

async fn reopen(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort { staff, cohort, .. } = access?;
    let cohort_id = cohort.id;
    cohorts::set_closed(&db, staff, cohort, None).await?;
    flash(
        &session,
        "Cohort open again: members can post and people can join.",
    );
    Ok(see_other(&format!("/cohorts/{cohort_id}")))
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
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(form): CsrfForm<LabelForm>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort {
        staff,
        cohort,
        brand,
        ..
    } = access?;
    let post_id = item_id(path)?;
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
    let cohort_id = cohort.id;
    post_service::correct_label(&db, staff, brand.id, cohort_id, post_id, label).await?;
    flash(
        &session,
        "Label saved: every figure now counts the post this way.",
    );
    Ok(see_other(&format!(
        "/cohorts/{cohort_id}/feed#post-{post_id}"
    )))
}

async fn report_queue(
    session: Session,
    db: web::Data<Db>,
    StaffCohort {
        staff,
        cohort,
        brand,
        ..
    }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let queue = reports::queue(&db, cohort.id).await?;
    render(ReportsPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · reports", cohort.name))?,
        header: CohortHeader::new(&cohort, &brand, "reports"),
        held: queue
            .held
            .into_iter()
            .map(|post| HeldLine {
                post_id: post.post_id,
                excerpt: post.body.chars().take(300).collect(),
                author: post.author,
                reason: post.reason.unwrap_or_default(),
                held: post
                    .held_at
                    .map(|at| show_time(at, staff.time_zone))
                    .unwrap_or_default(),
            })
            .collect(),
        lines: queue
            .reported
            .into_iter()
            .map(|post| ReportLine {
                post_id: post.post_id,
                excerpt: post.excerpt,
                author: post.author,
                hidden: post.hidden,
                first_reported: show_time(post.first_reported, staff.time_zone),
                suggested_reason: post
                    .reasons
                    .first()
                    .map(|(reason, _)| reason.label().to_string())
                    .unwrap_or_default(),
                reasons: post
                    .reasons
                    .iter()
                    .map(|(reason, count)| format!("{} ({count})", reason.label()))
                    .collect(),
            })
            .collect(),
    })
}

async fn keep_post(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort {
        staff,
        cohort,
        brand,
        ..
    } = access?;
    let cohort_id = cohort.id;
    reports::keep(&db, staff, brand.id, cohort_id, item_id(path)?).await?;
    flash(&session, "Post kept; its reports are closed.");
    Ok(see_other(&format!("/cohorts/{cohort_id}/reports")))
}
