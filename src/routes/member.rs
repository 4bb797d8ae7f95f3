//! A member's pages: their cohort's feed and posting, their own posts, their
//! data, leaving, and the links that mail brings them.

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::config::Settings;
use crate::domain::activity::Phase;
use crate::domain::{Country, Email, ReportReason};
use crate::email::links::{LinkSigner, Unsubscribe};
use crate::error::AppError;
use crate::i18n::{Arg, Lang};
use crate::pages::activities::TodoLine;
use crate::pages::member::UnsubscribePage;
use crate::pages::member::{
    EditPostPage, HiddenPost, LinkRequestPage, MemberAccountPage, MemberHomePage, PostForm,
    ReportPostPage, SentProduct,
};
use crate::pages::{Chrome, ConfirmPage, FeedItem, Pager, flash, member_language};
use crate::photos::store::PhotoStore;
use crate::services::access::CurrentMember;
use crate::services::activities::PublishedMemo;
use crate::services::membership::{HomeKept, HomeRead, ZoneNotListed};
use crate::services::photos::{self as photo_service, Upload};
use crate::services::posts::{self as post_service, ContentInput, FeedMemo, SentPost};
use crate::services::products::NamesMemo;
use crate::services::products::{self, Reviewable};
use crate::services::records::Post;
use crate::services::reports::{self, Reported};
use crate::services::{Db, FieldErrors, membership, seeding};
use crate::web::MemberWith;
use crate::web::WritingMember;
use crate::web::extract::shared;
use crate::web::session::{
    CsrfForm, choose_language, sign_in_member, sign_out, staff_id, verify_csrf,
};
use crate::web::uploads::{is_multipart, read_form};
use crate::web::{CsrfOnly, Language, PageQuery, path_id, render, see_other};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/m/{token}", web::get().to(open_access_link))
        .route("/m/{token}", web::post().to(switch_to_member))
        .route("/link", web::get().to(link_request_form))
        .route("/link", web::post().to(request_link))
        .route("/me", web::get().to(home))
        .route(
            "/me/posts",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(create_post_with_photos),
        )
        .route("/me/posts", web::post().to(create_post))
        .route("/me/posts/{id}/edit", web::get().to(edit_form))
        .route("/me/posts/{id}", web::post().to(update_post))
        .route("/me/posts/{id}/delete", web::get().to(confirm_delete))
        .route("/me/posts/{id}/delete", web::post().to(delete_post))
        .route("/me/posts/{id}/report", web::get().to(report_form))
        .route("/me/posts/{id}/report", web::post().to(report_post))
        .route("/me/sent/{id}/received", web::post().to(confirm_received))
        .route("/me/account", web::get().to(account))
        .route("/me/nudges", web::post().to(set_nudges))
        .route("/me/zone", web::post().to(set_time_zone))
        .route(
            "/unsubscribe/{what}/{id}/{signature}",
            web::get().to(unsubscribe_form),
        )
        .route(
            "/unsubscribe/{what}/{id}/{signature}",
            web::post().to(unsubscribe),
        )
        .route("/me/data.json", web::get().to(export))
        .route("/me/leave", web::get().to(confirm_leave))
        .route("/me/leave", web::post().to(leave));
}

/// A personal access link signs the member in on this device. Someone signed
/// in as staff is asked first: the link would end their staff session.
async fn open_access_link(
    session: Session,
    db: web::Data<Db>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (member_id, stamp, language) = membership::open_access_link(&db, token.clone()).await?;
    if staff_id(&session)?.is_some() {
        return render(ConfirmPage {
            chrome: Chrome::anonymous(&session, "Open a member's page?")?,
            heading: "You are signed in as staff".into(),
            message: "This is a member's personal link. Opening it signs you out of your staff account in this browser and shows the cohort as that member sees it.".into(),
            action: format!("/m/{token}"),
            button: "Sign out and open the member's page".into(),
            cancel: "/".into(),
        });
    }
    sign_in_member(&session, member_id, &stamp, language)?;
    Ok(see_other("/me"))
}

/// Staff who chose to open a member's personal link.
async fn switch_to_member(
    session: Session,
    db: web::Data<Db>,
    token: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    let (member_id, stamp, language) =
        membership::open_access_link(&db, token.into_inner()).await?;
    sign_in_member(&session, member_id, &stamp, language)?;
    Ok(see_other("/me"))
}

async fn link_request_form(session: Session, lang: Language) -> Result<HttpResponse, AppError> {
    render(LinkRequestPage {
        chrome: Chrome::visitor(&session, lang.0, &lang.0.t("link-title"))?,
        email: String::new(),
        errors: FieldErrors::default(),
        sent: false,
    })
}

#[derive(Deserialize)]
pub struct LinkRequest {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    email: String,
}
crate::csrf_protected!(LinkRequest);

/// "Send me my link". The answer is the same whether or not the address is known.
async fn request_link(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    lang: Language,
    CsrfForm(form): CsrfForm<LinkRequest>,
) -> Result<HttpResponse, AppError> {
    let chrome = Chrome::visitor(&session, lang.0, &lang.0.t("link-title"))?;
    match Email::parse(&form.email) {
        Ok(email) => {
            let (public_url, signer) = (settings.public_url.clone(), settings.link_signer());
            membership::send_links_again(&db, email, public_url, signer).await?;
            render(LinkRequestPage {
                chrome,
                email: String::new(),
                errors: FieldErrors::default(),
                sent: true,
            })
        }
        Err(_) => {
            let mut errors = FieldErrors::default();
            errors.add("email", chrome.lang.t("link-error-email"));
            render(LinkRequestPage {
                chrome,
                email: form.email,
                errors,
                sent: false,
            })
        }
    }
}

/// What the member's page reads from memory rather than the database: the
/// feed's pages, the brand's product names and the cohort's published
/// activities, each kept per state.
struct Kept<'a> {
    feeds: &'a FeedMemo,
    home: HomeKept<'a>,
}

/// The member's page: their cohort's feed under the posting form.
async fn show_home(
    session: &Session,
    db: &Db,
    Kept { feeds, home }: Kept<'_>,
    MemberWith(current, read): MemberWith<HomeRead>,
    page: i64,
    form: PostForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let current = &current;
    let member_id = current.member.id;
    let zone = current.time_zone();
    let feed = post_service::feed(db, feeds, current.cohort.id, current.tally, false, page).await?;
    let membership::HomeParts {
        offered,
        sent,
        todo,
    } = membership::home_parts(db, home, current, read).await?;
    let form = PostForm {
        products: offered.into_iter().map(|p| (p.id, p.name)).collect(),
        ..form
    };
    // Only a member with hidden posts pays for reading them.
    let hidden = if current.hidden_posts > 0 {
        post_service::hidden_notices(db, member_id).await?
    } else {
        Vec::new()
    };
    let chrome = Chrome::member(session, current, &current.cohort.name)?;
    let lang = chrome.lang;
    render(MemberHomePage {
        chrome,
        closed_notice: current
            .cohort
            .delete_at
            .map(|at| lang.t1("member-closed-notice", "date", &lang.date(at, zone))),
        cohort_name: current.cohort.name.clone(),
        brand_name: current.brand.name.clone(),
        theme: current.cohort.theme.clone(),
        pager: Pager::of(&feed),
        items: feed
            .items
            .iter()
            .map(|row| {
                let created = lang.time(row.post.created_at, zone);
                FeedItem::of(row, row.post.member_id == member_id, created)
            })
            .collect(),
        form,
        errors,
        submission_key: crate::auth::token::generate().plain,
        hidden: hidden
            .into_iter()
            .map(|notice| HiddenPost {
                excerpt: notice.excerpt,
                reason: notice.reason,
                when: notice
                    .hidden_at
                    .map(|at| lang.date(at, zone))
                    .unwrap_or_default(),
            })
            .collect(),
        sent: sent
            .into_iter()
            .filter(|s| s.received_at.is_none())
            .map(|s| SentProduct {
                id: s.id,
                product: s.product,
                when: lang.date(s.sent_at, zone),
                released: s.released,
            })
            .collect(),
        todo: todo
            .into_iter()
            .map(|t| {
                let waiting = !t.answered && matches!(t.phase, Phase::Open | Phase::Late);
                TodoLine {
                    id: t.id,
                    title: t.title,
                    due: lang.time(t.due_at, zone),
                    state: match (t.answered, t.phase) {
                        (false, Phase::Open | Phase::Late) => "todo-open",
                        (true, Phase::Open) => "todo-done-changeable",
                        (true, _) => "todo-done",
                        (false, _) => "todo-closed",
                    },
                    waiting,
                }
            })
            .collect(),
    })
}

/// The member says a product sent to them arrived; they can review it now.
async fn confirm_received(
    session: Session,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<WritingMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?.0;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let product = seeding::confirm(&db, &current.member, id).await?;
    let lang = member_language(&session, &current);
    flash(&session, lang.t1("flash-received", "product", &product));
    Ok(see_other("/me"))
}

async fn home(
    session: Session,
    db: web::Data<Db>,
    feeds: web::Data<FeedMemo>,
    names: web::Data<NamesMemo>,
    activities: web::Data<PublishedMemo>,
    member: MemberWith<HomeRead>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let form = PostForm {
        kind: "post".into(),
        ..PostForm::default()
    };
    show_home(
        &session,
        &db,
        Kept {
            feeds: &feeds,
            home: HomeKept {
                names: &names,
                activities: &activities,
            },
        },
        member,
        query.number(),
        form,
        FieldErrors::default(),
    )
    .await
}

#[derive(Deserialize)]
pub struct PostFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    rating: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    submission_key: String,
}
crate::csrf_protected!(PostFields);

impl PostFields {
    /// The post as sent; a review may name one of the `offered` products.
    fn parse(&self, offered: &[Reviewable], lang: Lang) -> Result<ContentInput, FieldErrors> {
        let sent = SentPost {
            kind: &self.kind,
            product: &self.product,
            rating: &self.rating,
            title: &self.title,
            body: &self.body,
        };
        ContentInput::parse(&sent, offered, lang)
    }

    fn into_form(self, offered: Vec<Reviewable>) -> PostForm {
        PostForm {
            kind: self.kind,
            product: self.product,
            products: offered.into_iter().map(|p| (p.id, p.name)).collect(),
            rating: self.rating,
            title: self.title,
            body: self.body,
        }
    }
}

async fn create_post(
    session: Session,
    sharing: Sharing,
    CsrfForm(fields): CsrfForm<PostFields>,
    access: Result<WritingMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?.0;
    publish(session, sharing, current, fields, Vec::new()).await
}

/// The same form with photos (multipart). Who asks is checked before any of the
/// body is read, and the CSRF token before any file is.
async fn create_post_with_photos(
    session: Session,
    sharing: Sharing,
    access: Result<WritingMember, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let current = access?.0;
    let (text, uploads) = read_form(
        payload,
        |field| field == "photos",
        |token| verify_csrf(&session, token),
    )
    .await?;
    let fields = PostFields {
        csrf_token: text.get("csrf_token"),
        kind: text.get("kind"),
        product: text.get("product"),
        rating: text.get("rating"),
        title: text.get("title"),
        body: text.get("body"),
        submission_key: text.get("submission_key"),
    };
    publish(session, sharing, current, fields, uploads).await
}

/// What sharing a post needs besides the post: the app's shared parts.
struct Sharing {
    db: web::Data<Db>,
    feeds: web::Data<FeedMemo>,
    names: web::Data<NamesMemo>,
    activities: web::Data<PublishedMemo>,
    store: web::Data<dyn PhotoStore>,
    per_hour: i64,
}

impl actix_web::FromRequest for Sharing {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready((|| {
            Ok(Sharing {
                db: shared(req)?,
                feeds: shared(req)?,
                names: shared(req)?,
                activities: shared(req)?,
                store: shared(req)?,
                per_hour: shared::<Settings>(req)?.posts_per_hour,
            })
        })())
    }
}

async fn publish(
    session: Session,
    Sharing {
        db,
        feeds,
        names,
        activities,
        store,
        per_hour,
    }: Sharing,
    current: CurrentMember,
    fields: PostFields,
    uploads: Vec<Upload>,
) -> Result<HttpResponse, AppError> {
    // Past the hour's limit nothing is decoded or stored; the text is shown
    // back with the reason.
    let lang = member_language(&session, &current);
    if let Err(limit) = post_service::within_posting_limit(&db, current.member.id, per_hour).await?
    {
        let mut errors = FieldErrors::default();
        errors.add("body", lang.tn("post-error-limit", "count", limit.per_hour));
        let read = membership::home_read(&db, &current).await?;
        return show_home(
            &session,
            &db,
            Kept {
                feeds: &feeds,
                home: HomeKept {
                    names: &names,
                    activities: &activities,
                },
            },
            MemberWith(current, read),
            1,
            fields.into_form(Vec::new()),
            errors,
        )
        .await;
    }
    let offered = products::reviewable(&db, &names, &current).await?;
    let (input, mut errors) = match fields.parse(&offered, lang) {
        Ok(input) => (Some(input), FieldErrors::default()),
        Err(errors) => (None, errors),
    };
    let processed = photo_service::process_all(uploads, "photos", lang, &mut errors).await?;
    let Some(input) = input.filter(|_| errors.is_empty()) else {
        let read = membership::home_read(&db, &current).await?;
        return show_home(
            &session,
            &db,
            Kept {
                feeds: &feeds,
                home: HomeKept {
                    names: &names,
                    activities: &activities,
                },
            },
            MemberWith(current, read),
            1,
            fields.into_form(Vec::new()),
            errors,
        )
        .await;
    };
    let key = crate::auth::token::looks_valid(&fields.submission_key)
        .then(|| fields.submission_key.clone());
    let shared = post_service::share(
        &db,
        store.into_inner(),
        current.member,
        input,
        key,
        processed,
    )
    .await?;
    if shared.held {
        flash(&session, lang.t("flash-held"));
        return Ok(see_other("/me"));
    }
    flash(&session, lang.t("flash-shared"));
    Ok(see_other(&format!("/me#post-{}", shared.id)))
}

/// One of the member's own posts; anyone else's does not exist here.
async fn own_post(db: &Db, current: &CurrentMember, raw_id: &str) -> Result<Post, AppError> {
    post_service::own_post(db, &current.member, path_id(raw_id)?).await
}

/// What an edited review may name: the released products, and the one it
/// names already even if it went back under embargo since.
async fn offered_for_edit(
    db: &Db,
    names: &NamesMemo,
    current: &CurrentMember,
    post: &Post,
) -> Result<Vec<Reviewable>, AppError> {
    let mut offered = products::reviewable(db, names, current).await?;
    if let (Some(id), Some(name)) = (post.product_id, &post.product)
        && !offered.iter().any(|p| p.id == id)
    {
        offered.push(Reviewable {
            id,
            name: name.clone(),
        });
    }
    Ok(offered)
}

async fn edit_form(
    session: Session,
    db: web::Data<Db>,
    names: web::Data<NamesMemo>,
    current: CurrentMember,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let post = own_post(&db, &current, &id).await?;
    let offered = offered_for_edit(&db, &names, &current, &post).await?;
    render(EditPostPage {
        chrome: Chrome::member_page(&session, &current, "edit-title")?,
        post_id: post.id,
        form: PostForm {
            kind: post.kind.as_str().to_string(),
            product: post.product_id.map(|id| id.to_string()).unwrap_or_default(),
            products: offered.into_iter().map(|p| (p.id, p.name)).collect(),
            rating: post.rating.map(|r| r.to_string()).unwrap_or_default(),
            title: post.title.unwrap_or_default(),
            body: post.body,
        },
        errors: FieldErrors::default(),
    })
}

async fn update_post(
    session: Session,
    db: web::Data<Db>,
    names: web::Data<NamesMemo>,
    id: web::Path<String>,
    CsrfForm(fields): CsrfForm<PostFields>,
    access: Result<WritingMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?.0;
    let post = own_post(&db, &current, &id).await?;
    let offered = offered_for_edit(&db, &names, &current, &post).await?;
    let lang = member_language(&session, &current);
    match fields.parse(&offered, lang) {
        Ok(input) => {
            let post_id = post.id;
            post_service::edit(&db, current.member.clone(), post_id, input).await?;
            flash(&session, lang.t("flash-edited"));
            Ok(see_other(&format!("/me#post-{post_id}")))
        }
        Err(errors) => {
            let chrome = Chrome::member_page(&session, &current, "edit-title")?;
            render(EditPostPage {
                chrome,
                post_id: post.id,
                form: fields.into_form(offered),
                errors,
            })
        }
    }
}

async fn confirm_delete(
    session: Session,
    db: web::Data<Db>,
    current: CurrentMember,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let post = own_post(&db, &current, &id).await?;
    let chrome = Chrome::member_page(&session, &current, "delete-title")?;
    let lang = chrome.lang;
    render(ConfirmPage {
        chrome,
        heading: lang.t("delete-heading"),
        message: lang.t("delete-text"),
        action: format!("/me/posts/{}/delete", post.id),
        button: lang.t("delete-title"),
        cancel: "/me".into(),
    })
}

async fn delete_post(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<CurrentMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?;
    let post_id = path_id(&id)?;
    let lang = member_language(&session, &current);
    post_service::delete(&db, store.into_inner(), current.member, post_id).await?;
    flash(&session, lang.t("flash-deleted"));
    Ok(see_other("/me"))
}

async fn account(session: Session, current: CurrentMember) -> Result<HttpResponse, AppError> {
    render(account_page(&session, &current, false)?)
}

fn account_page(
    session: &Session,
    current: &CurrentMember,
    zone_error: bool,
) -> Result<MemberAccountPage, AppError> {
    let chrome = Chrome::member_page(session, current, "data-title")?;
    let country = Country::parse(&current.member.country).ok();
    let zones = country.map(|c| c.zones).unwrap_or_default();
    let zone = current.time_zone().name().to_string();
    let lang = chrome.lang;
    let country_name = Country::name_of(&current.member.country, lang);
    let zone_text = lang.t_with(
        "data-zone-text",
        &[
            ("country", Arg::Text(&country_name)),
            ("zone", Arg::Text(&zone)),
        ],
    );
    let member = &current.member;
    let born = lang.t_with(
        "data-born-value",
        &[
            ("month", Arg::Text(&lang.month(member.birth_month))),
            ("year", Arg::Text(&member.birth_year.to_string())),
        ],
    );
    let kept = vec![
        (lang.t("data-name"), member.display_name.clone()),
        (
            lang.t("data-email"),
            member
                .email
                .clone()
                .unwrap_or_else(|| lang.t("data-email-none")),
        ),
        (lang.t("data-city"), member.city.clone()),
        (lang.t("data-born"), born),
        (lang.t("data-country"), country_name),
        (
            lang.t("data-guardian"),
            lang.t(if member.guardian_consent != 0 {
                "data-guardian-given"
            } else {
                "data-guardian-none"
            }),
        ),
        (
            lang.t("data-joined"),
            lang.date(member.created_at, current.time_zone()),
        ),
        (
            lang.t("data-sharing"),
            match member.sharing_since {
                Some(since) => lang.t1(
                    "data-sharing-on",
                    "date",
                    &lang.date(since, current.time_zone()),
                ),
                None => lang.t("data-sharing-off"),
            },
        ),
    ];
    Ok(MemberAccountPage {
        chrome,
        kept,
        cohort_name: current.cohort.name.clone(),
        has_email: current.member.email.is_some(),
        nudges_on: current.member.nudges_off_at.is_none(),
        zone_text,
        zone,
        zones: if zones.len() > 1 {
            zones.to_vec()
        } else {
            Vec::new()
        },
        zone_error,
    })
}

#[derive(Deserialize)]
pub struct ZoneForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    zone: String,
}
crate::csrf_protected!(ZoneForm);

async fn set_time_zone(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<ZoneForm>,
    access: Result<CurrentMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?;
    match membership::set_time_zone(&db, &current.member, &form.zone).await? {
        Ok(()) => {
            flash(
                &session,
                member_language(&session, &current).t("flash-zone-saved"),
            );
            Ok(see_other("/me/account"))
        }
        Err(ZoneNotListed) => render(account_page(&session, &current, true)?),
    }
}

async fn export(db: web::Data<Db>, current: CurrentMember) -> Result<HttpResponse, AppError> {
    let data = membership::export_data(&db, current).await?;
    let body = serde_json::to_vec_pretty(&data).map_err(|e| AppError::Internal(e.into()))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"my-cohort-data.json\"",
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

async fn confirm_leave(session: Session, current: CurrentMember) -> Result<HttpResponse, AppError> {
    let chrome = Chrome::member_page(&session, &current, "data-leave-heading")?;
    let lang = chrome.lang;
    render(ConfirmPage {
        chrome,
        heading: lang.t1("leave-heading", "cohort", &current.cohort.name),
        message: lang.t("leave-text"),
        action: "/me/leave".into(),
        button: lang.t("leave-button"),
        cancel: "/me/account".into(),
    })
}

async fn leave(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<CurrentMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?;
    let (cohort_id, member_id) = (current.cohort.id, current.member.id);
    let lang = member_language(&session, &current);
    membership::remove_member(&db, store.into_inner(), cohort_id, member_id).await?;
    sign_out(&session);
    // Signed out, the next page speaks the language the member read this one in.
    choose_language(&session, lang)?;
    flash(&session, lang.t("flash-left"));
    Ok(see_other("/"))
}

#[derive(Deserialize)]
pub struct NudgesForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    on: String,
}
crate::csrf_protected!(NudgesForm);

async fn set_nudges(
    session: Session,
    db: web::Data<Db>,
    CsrfForm(form): CsrfForm<NudgesForm>,
    access: Result<CurrentMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?;
    let on = form.on == "yes";
    membership::set_nudges(&db, current.member.id, on).await?;
    let lang = member_language(&session, &current);
    flash(
        &session,
        lang.t(if on {
            "flash-reminders-on"
        } else {
            "flash-reminders-off"
        }),
    );
    Ok(see_other("/me/account"))
}

/// The link in a reminder or nudge: checked by its signature, no sign-in needed.
fn unsubscribe_target(
    signer: &LinkSigner,
    path: &(String, String, String),
) -> Result<(Unsubscribe, i64), AppError> {
    let (what, id, signature) = path;
    let what = Unsubscribe::parse(what).ok_or(AppError::NotFound)?;
    let id = path_id(id)?;
    if !signer.verify(what, id, signature) {
        return Err(AppError::NotFound);
    }
    Ok((what, id))
}

fn unsubscribe_page(
    chrome: Chrome,
    what: Unsubscribe,
    action: String,
    done: bool,
) -> UnsubscribePage {
    let keys = match what {
        Unsubscribe::Nudges => [
            "stop-nudges-heading",
            "stop-nudges-text",
            "stop-nudges-done",
        ],
        Unsubscribe::Reminders => [
            "stop-invite-heading",
            "stop-invite-text",
            "stop-invite-done",
        ],
    };
    let [heading, message, done_message] = keys.map(|key| chrome.lang.t(key));
    UnsubscribePage {
        chrome,
        heading,
        message,
        action,
        done,
        done_message,
    }
}

/// The page speaks the language the mail was written in, unless the visitor
/// chose another on the site.
async fn unsubscribe_form(
    req: HttpRequest,
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let path = path.into_inner();
    let (what, id) = unsubscribe_target(&settings.link_signer(), &path)?;
    let written = membership::unsubscribe_language(&db, what, id).await?;
    let lang = Language::preferring(&req, written);
    let action = format!("/unsubscribe/{}/{}/{}", path.0, path.1, path.2);
    render(unsubscribe_page(
        Chrome::visitor(&session, lang, &lang.t("stop-title"))?,
        what,
        action,
        false,
    ))
}

/// One click: also accepted without a form token, as mail programs send it
/// (RFC 8058); the signed link is the permission.
async fn unsubscribe(
    req: HttpRequest,
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, AppError> {
    let path = path.into_inner();
    let (what, id) = unsubscribe_target(&settings.link_signer(), &path)?;
    let written = membership::unsubscribe(&db, what, id).await?;
    let lang = Language::preferring(&req, written);
    render(unsubscribe_page(
        Chrome::visitor(&session, lang, &lang.t("stop-title"))?,
        what,
        String::new(),
        true,
    ))
}

/// The message that words a reason on the report form.
fn report_reason_key(reason: ReportReason) -> &'static str {
    match reason {
        ReportReason::Bullying => "report-bullying",
        ReportReason::PersonalDetails => "report-personal-details",
        ReportReason::Inappropriate => "report-inappropriate",
        ReportReason::Spam => "report-spam",
        ReportReason::Other => "report-other",
    }
}

fn report_page(
    session: &Session,
    current: &CurrentMember,
    post_id: crate::domain::PostId,
    chosen: String,
    error: bool,
) -> Result<HttpResponse, AppError> {
    let chrome = Chrome::member_page(session, current, "report-title")?;
    let lang = chrome.lang;
    render(ReportPostPage {
        chrome,
        post_id,
        reasons: ReportReason::ALL
            .iter()
            .map(|r| (r.as_str(), lang.t(report_reason_key(*r))))
            .collect(),
        chosen,
        error,
    })
}

async fn report_form(
    session: Session,
    db: web::Data<Db>,
    current: CurrentMember,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let post_id = path_id(&id)?;
    reports::check_reportable(&db, &current.member, post_id).await?;
    report_page(&session, &current, post_id, String::new(), false)
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    reason: String,
}
crate::csrf_protected!(ReportForm);

async fn report_post(
    session: Session,
    db: web::Data<Db>,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<ReportForm>,
    access: Result<CurrentMember, AppError>,
) -> Result<HttpResponse, AppError> {
    let current = access?;
    let post_id = path_id(&id)?;
    let Some(reason) = ReportReason::parse(&form.reason) else {
        return report_page(&session, &current, post_id, form.reason, true);
    };
    let message = match reports::report(&db, &current.member, post_id, reason).await? {
        Reported::Filed => "flash-reported",
        Reported::AlreadyReported => "flash-reported-again",
    };
    flash(&session, member_language(&session, &current).t(message));
    Ok(see_other("/me"))
}
