//! Drops and share links: staff publish drops and read the share report,
//! members turn sharing on and take links, and anyone may open a link.

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::http::{Method, header};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::config::Settings;
use crate::domain::DropId;
use crate::domain::share::{ShareAddress, parse_domain, site_of};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::pages::drops::{
    DropForm, DropRow, DropsPage, LandingPage, MemberDropItem, MemberSharePage, ShareReportPage,
    TravelRow,
};
use crate::pages::{Chrome, ConfirmPage, Pager, flash, member_language, show_time};
use crate::photos::store::PhotoStore;
use crate::services::access::CurrentMember;
use crate::services::drops::{self, DropInput, LandingMemo, Travel};
use crate::services::photos::{self as photo_service, Upload};
use crate::services::visit_log::VisitLog;
use crate::services::{Db, FieldErrors, now, products};
use crate::web::WritingMember;
use crate::web::session::CsrfForm;
use crate::web::uploads::{is_multipart, read_picture_form};
use crate::web::{
    CsrfOnly, PageQuery, StaffBrand, Visitor, client_ip, image_path, item_id, path_id, render,
    see_other,
};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/brands/{id}/drops", web::get().to(list))
        .route(
            "/brands/{id}/drops",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(publish_with_picture),
        )
        .route("/brands/{id}/drops", web::post().to(publish))
        .route("/brands/{id}/drops/sites", web::post().to(add_site))
        .route(
            "/brands/{id}/drops/sites/remove",
            web::post().to(remove_site),
        )
        .route(
            "/brands/{id}/drops/{item}/delete",
            web::get().to(confirm_delete),
        )
        .route("/brands/{id}/drops/{item}/delete", web::post().to(delete))
        .route("/brands/{id}/shares", web::get().to(report))
        .route("/drops/{id}/{size}", web::get().to(picture))
        .route("/me/share", web::get().to(member_page))
        .route("/me/share", web::post().to(set_sharing))
        .route("/me/share/{id}", web::post().to(take_link));
}

/// Share links, the busiest pages of all (`routes::configure` puts them first).
pub fn configure_links(cfg: &mut web::ServiceConfig) {
    cfg.route("/s/{code}", web::get().to(landing))
        .route("/s/{code}", web::head().to(landing));
}

async fn drops_page(
    session: &Session,
    db: &Db,
    StaffBrand { staff, brand }: &StaffBrand,
    page: i64,
    form: DropForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let entries = drops::of_brand(db, brand.id, page).await?;
    let catalogue = products::catalogue(db, brand.id).await?;
    let domains = drops::domains(db, brand.id).await?;
    let zone = staff.time_zone;
    let at = now();
    render(DropsPage {
        chrome: Chrome::staff(session, staff, &format!("{} · drops", brand.name))?,
        brand_id: brand.id,
        brand_name: brand.name.clone(),
        pager: Pager::of(&entries),
        base: format!("/brands/{}/drops", brand.id),
        drops: entries
            .items
            .into_iter()
            .map(|entry| DropRow {
                id: entry.drop.id,
                title: entry.drop.title,
                tags: crate::domain::share::Tags::from_stored(&entry.drop.tags).shown(),
                product: entry.product,
                has_picture: entry.drop.thumb_key.is_some(),
                live_from: show_time(entry.drop.live_from, zone),
                out: entry.drop.live_from <= at,
                links: entry.links,
            })
            .collect(),
        products: catalogue
            .into_iter()
            .map(|entry| (entry.product.id, entry.product.name))
            .collect(),
        zone: zone.name().to_string(),
        domains,
        form,
        errors,
    })
}

async fn list(
    session: Session,
    db: web::Data<Db>,
    access: StaffBrand,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    drops_page(
        &session,
        &db,
        &access,
        query.number(),
        DropForm::default(),
        FieldErrors::default(),
    )
    .await
}

#[derive(Deserialize)]
pub struct DropFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    tags: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    live_from: String,
    #[serde(default)]
    target: String,
}
crate::csrf_protected!(DropFields);

#[derive(Deserialize)]
pub struct SiteFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    domain: String,
}
crate::csrf_protected!(SiteFields);

/// Adds a site drops may link to.
async fn add_site(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(fields): CsrfForm<SiteFields>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let refused = match parse_domain(&fields.domain) {
        Ok(domain) => {
            match drops::add_domain(&db, &access.staff, access.brand.id, domain.clone()).await? {
                Ok(()) => {
                    flash(&session, format!("Drops may now link to {domain}."));
                    return Ok(see_other(&format!("/brands/{}/drops", access.brand.id)));
                }
                Err(message) => message,
            }
        }
        Err(message) => message,
    };
    let mut errors = FieldErrors::default();
    errors.add("domain", refused);
    let form = DropForm {
        domain: fields.domain,
        ..DropForm::default()
    };
    drops_page(&session, &db, &access, 1, form, errors).await
}

async fn remove_site(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(fields): CsrfForm<SiteFields>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    drops::remove_domain(&db, &staff, brand.id, fields.domain.trim().to_string()).await?;
    flash(
        &session,
        format!("Drops may no longer link to {}.", fields.domain.trim()),
    );
    Ok(see_other(&format!("/brands/{}/drops", brand.id)))
}

/// The form without a picture (a plain form post).
async fn publish(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    CsrfForm(fields): CsrfForm<DropFields>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let form = DropForm {
        title: fields.title,
        body: fields.body,
        tags: fields.tags,
        product: fields.product,
        live_from: fields.live_from,
        target: fields.target,
        domain: String::new(),
    };
    publishing(session, db, store, access?, form, Vec::new()).await
}

/// The form with a picture (multipart): who asks is checked before any of the
/// body is read, and the CSRF token before any file is.
async fn publish_with_picture(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: Result<StaffBrand, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (text, uploads) = read_picture_form(&session, payload).await?;
    let form = DropForm {
        title: text.get("title"),
        body: text.get("body"),
        tags: text.get("tags"),
        product: text.get("product"),
        live_from: text.get("live_from"),
        target: text.get("target"),
        domain: String::new(),
    };
    publishing(session, db, store, access, form, uploads).await
}

async fn publishing(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: StaffBrand,
    form: DropForm,
    uploads: Vec<Upload>,
) -> Result<HttpResponse, AppError> {
    let errors = match parse(&form, access.staff.time_zone, uploads).await? {
        (Ok(input), picture) => {
            let title = input.title.clone();
            let published = drops::publish(
                &db,
                store.into_inner(),
                &access.staff,
                access.brand.id,
                input,
                picture,
            )
            .await?;
            match published {
                Ok(_) => {
                    flash(&session, format!("“{title}” is published."));
                    return Ok(see_other(&format!("/brands/{}/drops", access.brand.id)));
                }
                Err(errors) => errors,
            }
        }
        (Err(errors), _) => errors,
    };
    drops_page(&session, &db, &access, 1, form, errors).await
}

async fn parse(
    form: &DropForm,
    zone: chrono_tz::Tz,
    uploads: Vec<Upload>,
) -> Result<
    (
        Result<DropInput, FieldErrors>,
        Option<crate::photos::Processed>,
    ),
    AppError,
> {
    let (input, mut errors) = match DropInput::parse(
        &form.title,
        &form.body,
        &form.tags,
        &form.product,
        &form.live_from,
        &form.target,
        zone,
    ) {
        Ok(input) => (Some(input), FieldErrors::default()),
        Err(errors) => (None, errors),
    };
    let picture = photo_service::one_picture(uploads, "picture", &mut errors).await?;
    Ok(match input {
        Some(input) if errors.is_empty() => (Ok(input), picture),
        _ => (Err(errors), None),
    })
}

async fn confirm_delete(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    StaffBrand { staff, brand }: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let drop = drops::drop_of_brand(&db, brand.id, item_id::<DropId>(path)?).await?;
    render(ConfirmPage {
        chrome: Chrome::staff(&session, &staff, "Delete drop")?,
        heading: format!("Delete the drop “{}”?", drop.title),
        message: "Its landing page stops answering, the links members passed on lead nowhere, and its figures leave the share report. This cannot be undone.".into(),
        action: format!("/brands/{}/drops/{}/delete", brand.id, drop.id),
        button: "Delete drop".into(),
        cancel: format!("/brands/{}/drops", brand.id),
    })
}

async fn delete(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    let drop_id = item_id::<DropId>(path)?;
    drops::delete(&db, store.into_inner(), &staff, brand.id, drop_id).await?;
    flash(&session, "The drop is deleted.");
    Ok(see_other(&format!("/brands/{}/drops", brand.id)))
}

async fn report(
    session: Session,
    db: web::Data<Db>,
    StaffBrand { staff, brand }: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let k = brand.anonymity_threshold();
    let report = drops::report(&db, brand.id, k).await?;
    let rows = |rows: Vec<(String, Travel)>| {
        rows.into_iter()
            .map(|(name, travel)| TravelRow {
                name,
                detail: String::new(),
                travel,
            })
            .collect::<Vec<_>>()
    };
    render(ShareReportPage {
        chrome: Chrome::staff(&session, &staff, &format!("{} · share report", brand.name))?,
        brand_id: brand.id,
        brand_name: brand.name.clone(),
        k: report.k,
        total: TravelRow {
            name: "All".into(),
            detail: String::new(),
            travel: report.total,
        },
        drops: report
            .drops
            .into_iter()
            .map(|(drop, travel)| TravelRow {
                name: drop.title,
                detail: crate::domain::share::Tags::from_stored(&drop.tags).shown(),
                travel,
            })
            .collect(),
        drops_hidden: report.drops_hidden,
        segments: report
            .segments
            .into_iter()
            .map(|(city, band, travel)| TravelRow {
                name: format!("{city} · {band}"),
                detail: String::new(),
                travel,
            })
            .collect(),
        segments_hidden: report.segments_hidden,
        topics: rows(report.topics),
        products: rows(report.products),
        generations: report.generations,
        days: report
            .days
            .into_iter()
            .map(|(day, clicks, previews)| (day.format("%Y-%m-%d").to_string(), clicks, previews))
            .collect(),
        mention_themes: report
            .mention_themes
            .into_iter()
            .map(|(group, found)| {
                let terms = found
                    .into_iter()
                    .map(|theme| (theme.term, format!("{:.1}", theme.z)))
                    .collect();
                (group, terms)
            })
            .collect(),
    })
}

/// A drop's picture: anyone's once the drop is out (its landing page shows it).
async fn picture(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    visitor: Visitor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (drop_id, thumbnail): (DropId, bool) = image_path(path)?;
    let bytes = drops::picture(&db, store.into_inner(), visitor.staff, drop_id, thumbnail).await?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header((header::CACHE_CONTROL, "public, max-age=600"))
        .body(bytes))
}

async fn member_page(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    current: CurrentMember,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let shares = drops::of_member(&db, &current, query.number()).await?;
    render(MemberSharePage {
        chrome: Chrome::member_page(&session, &current, "share-title")?,
        sharing_on: shares.sharing_on,
        pager: Pager::of(&shares.drops),
        drops: shares
            .drops
            .items
            .into_iter()
            .map(|item| MemberDropItem {
                id: item.drop.id,
                title: item.drop.title,
                body: item.drop.body,
                product: item.product,
                has_picture: item.drop.display_key.is_some(),
                link: item
                    .link
                    .map(|link| format!("{}{}", settings.public_url, link.path())),
            })
            .collect(),
    })
}

#[derive(Deserialize)]
pub struct SharingForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    on: String,
}
crate::csrf_protected!(SharingForm);

async fn set_sharing(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<SharingForm>,
    access: Result<CurrentMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?;
    let on = match form.on.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::bad_request(
                "Choose whether sharing is on or off.",
            ));
        }
    };
    drops::set_sharing(&db, current.member.id, on).await?;
    let lang = member_language(&session, &current);
    flash(
        &session,
        lang.t(if on {
            "share-turned-on"
        } else {
            "share-turned-off"
        }),
    );
    Ok(see_other("/me/share"))
}

async fn take_link(
    db: web::Data<Db>,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<WritingMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?.0;
    let drop_id: DropId = path_id(&path.into_inner())?;
    drops::take_link(&db, &current, drop_id).await?;
    Ok(see_other(&format!("/me/share#drop-{drop_id}")))
}

/// A share link: the drop's landing page, and a visit counted off the request
/// path (a HEAD request or a preview fetcher's counts as a preview). No
/// session is read or started, so no cookie is set.
async fn landing(
    req: HttpRequest,
    db: web::Data<Db>,
    memo: web::Data<LandingMemo>,
    visits: web::Data<VisitLog>,
    settings: web::Data<Settings>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let address = ShareAddress::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    let landing = drops::landing(&db, &memo, &address).await?;
    let agent = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok());
    // A HEAD request asks whether the page is there, as link checkers do.
    let agent = if req.method() == Method::HEAD {
        None
    } else {
        agent
    };
    let address_of_visitor = client_ip(&req, settings.trust_forwarded_for);
    visits
        .record(
            &db,
            landing.target,
            address.generation,
            &address_of_visitor,
            agent,
        )
        .await?;
    let lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Lang::negotiate)
        .unwrap_or_default();
    let base = &settings.public_url;
    let drop = &landing.drop;
    let page = LandingPage {
        lang,
        drop_id: drop.id,
        brand_name: landing.brand_name.clone(),
        title: drop.title.clone(),
        body: drop.body.clone(),
        tags: crate::domain::share::Tags::from_stored(&drop.tags)
            .as_slice()
            .to_vec(),
        product: landing.product.clone(),
        picture: drop
            .display_key
            .as_ref()
            .map(|_| format!("{base}/drops/{}/display", drop.id)),
        url: format!("{base}{}", address.path()),
        pass_on: address.next().map(|next| format!("{base}{}", next.path())),
        look: landing.look.clone(),
        logo: landing.logo.clone(),
        target: drop
            .target_url
            .as_ref()
            .map(|url| (url.clone(), site_of(url))),
    };
    let mut response = render(page)?;
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}
