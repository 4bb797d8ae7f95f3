//! Cohorts: private member communities for brands.

pub mod auth;
pub mod config;
pub mod db;
pub mod domain;
pub mod email;
pub mod error;
pub mod i18n;
pub mod pages;
pub mod photos;
pub mod routes;
pub mod sentiment;
pub mod services;
pub mod summary;
pub mod web;

use std::net::TcpListener;

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::SameSite;
use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::{self, DefaultHeaders, Next};
use actix_web::{App, HttpServer, ResponseError, web as http};

use crate::config::Settings;
use crate::db::DbPool;
use crate::error::AppError;
use crate::web::session_store::DbSessionStore;

/// The largest URL-encoded form accepted (the longest form is a batch of emails).
const FORM_LIMIT: usize = 256 * 1024;
/// The largest upload accepted (a CSV of addresses), with room for the multipart framing.
const UPLOAD_LIMIT: usize = 1024 * 1024 + 64 * 1024;

pub struct Application {
    port: u16,
    server: Server,
    setup_link: Option<String>,
    visit_writer: services::visit_log::VisitWriter,
}

impl Application {
    /// Connects to the database, applies migrations, and binds the listener
    /// (port 0 picks a free port, as tests do).
    pub async fn build(mut settings: Settings) -> Result<Self, anyhow::Error> {
        let pool = db::build_pool(&settings.database_url, settings.db_pool_size)?;
        let migrate_pool = pool.clone();
        http::block(move || -> Result<(), anyhow::Error> {
            let mut conn = migrate_pool.get()?;
            db::run_migrations(&mut conn)
        })
        .await??;
        let listener = TcpListener::bind(&settings.bind)?;
        let port = listener.local_addr()?.port();
        // Links in pages and mail use the address actually bound when none was set.
        if settings.public_url_from_bind {
            settings.public_url = format!("http://{}", listener.local_addr()?);
        }
        let mailer = std::sync::Arc::new(email::Mailer::from_settings(&settings)?);
        let calendar = email::worker::Calendar {
            public_url: settings.public_url.clone(),
            signer: settings.link_signer(),
            reminder_days: settings.reminder_days,
            every: settings.calendar_every,
        };
        tokio::spawn(email::worker::run(
            pool.clone(),
            mailer,
            settings.outbox_poll,
            calendar,
        ));
        let admin_pool = pool.clone();
        let has_admin = http::block(move || -> Result<bool, anyhow::Error> {
            let mut conn = admin_pool.get()?;
            Ok(db::models::users::admin_exists(&mut conn)?)
        })
        .await??;
        let setup_link =
            (!has_admin).then(|| settings.link_signer().setup_url(&settings.public_url));
        let (visits, visit_writer) = services::visit_log::start(
            services::Db::new(pool.clone()),
            settings.visit_flush,
            settings.share_visit_days,
        );
        let photo_store: std::sync::Arc<dyn photos::store::PhotoStore> = match &settings.s3 {
            Some(s3) => std::sync::Arc::new(photos::store::S3Store::new(
                &s3.endpoint,
                &s3.bucket,
                &s3.region,
                &s3.access_key_id,
                &s3.secret_access_key,
            )?),
            None => std::sync::Arc::new(photos::store::LocalStore::new(
                settings.data_dir.join("photos"),
            )?),
        };
        tokio::spawn(services::cohorts::keep_deleting_expired(
            services::Db::new(pool.clone()),
            photo_store.clone(),
            settings.calendar_every,
        ));
        let server = run(listener, pool, settings, visits, photo_store)?;
        Ok(Application {
            port,
            server,
            setup_link,
            visit_writer,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The link that creates the first admin in the browser, while there is none.
    pub fn setup_link(&self) -> Option<&str> {
        self.setup_link.as_deref()
    }

    /// Serves until the server is stopped (SIGTERM, SIGINT), then writes the
    /// share link visits still queued.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let served = self.server.await;
        self.visit_writer.finish().await;
        served
    }
}

fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
}

/// Refuses a state-changing request that a browser says came from another site.
/// (Referrer-Policy is same-origin rather than no-referrer because under
/// no-referrer browsers send `Origin: null` even for the app's own forms.)
/// The CSRF token is checked as well, by each form; this stops what the token
/// check cannot see, such as a foreign page posting a login form.
async fn same_origin_only(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let fetch_site = req
            .headers()
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok());
        let cross_site =
            matches!(fetch_site, Some(site) if site != "same-origin" && site != "none");
        let foreign_origin = match req.headers().get("origin").map(|v| v.to_str()) {
            None => false,
            Some(Ok(origin)) => origin_is_foreign(&req, origin),
            Some(Err(_)) => true,
        };
        if cross_site || foreign_origin {
            let refusal = AppError::Forbidden("This form was sent from another website, so it was refused. Use the form on Cohorts itself.".into());
            let response = refusal.error_response();
            return Ok(req.into_response(response).map_into_right_body());
        }
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// Whether a form's `Origin` is another site's. Behind a trusted proxy the
/// proxy's `Forwarded`/`X-Forwarded-*` headers name this site; otherwise anyone
/// can send them, so only the `Host` the browser itself set is compared (with
/// either scheme: a TLS-terminating proxy that is not trusted is not refused).
fn origin_is_foreign(req: &ServiceRequest, origin: &str) -> bool {
    let behind_trusted_proxy = req
        .app_data::<http::Data<Settings>>()
        .is_some_and(|settings| settings.trust_forwarded_for);
    if behind_trusted_proxy {
        let info = req.connection_info();
        return origin != format!("{}://{}", info.scheme(), info.host());
    }
    let host = req
        .headers()
        .get(actix_web::http::header::HOST)
        .and_then(|h| h.to_str().ok());
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    host.is_none() || origin_host != host
}

fn form_error(
    err: actix_web::error::UrlencodedError,
    _: &actix_web::HttpRequest,
) -> actix_web::Error {
    use actix_web::error::UrlencodedError;
    match err {
        UrlencodedError::Overflow { .. } => AppError::PayloadTooLarge.into(),
        UrlencodedError::ContentType => {
            AppError::bad_request("This form must be sent as a web form.").into()
        }
        _ => AppError::bad_request(
            "The form could not be read. Go back, reload the page and try again.",
        )
        .into(),
    }
}

fn run(
    listener: TcpListener,
    pool: DbPool,
    settings: Settings,
    visits: std::sync::Arc<services::visit_log::VisitLog>,
    photo_store: std::sync::Arc<dyn photos::store::PhotoStore>,
) -> Result<Server, anyhow::Error> {
    let cookie_name = if settings.cookie_secure {
        "__Host-cohorts"
    } else {
        "cohorts"
    };
    let db = services::Db::new(pool);
    let metrics = http::Data::new(web::metrics::Metrics::new(db.pool_waits())?);
    let store = DbSessionStore::new(db.clone());
    let key = settings.session_key.clone();
    let secure = settings.cookie_secure;
    let db = http::Data::new(db);
    let photo_store = http::Data::from(photo_store);
    let settings = http::Data::new(settings);
    let summaries = http::Data::new(services::summary::SummaryMemo::new(
        services::summary::SUMMARIES_KEPT,
    ));
    let feeds = http::Data::new(services::posts::FeedMemo::new(
        services::posts::FEED_PAGES_KEPT,
    ));
    let names = http::Data::new(services::products::NamesMemo::new(
        services::products::NAMES_KEPT,
    ));
    let published = http::Data::new(services::activities::PublishedMemo::new(
        services::activities::PUBLISHED_KEPT,
    ));
    let pulses = http::Data::new(services::dashboard::PulseMemo::new(
        services::dashboard::PULSES_KEPT,
    ));
    let reports = http::Data::new(services::activities::ReportMemo::new(
        services::activities::REPORTS_KEPT,
    ));
    let visits = http::Data::from(visits);
    let landings = http::Data::new(services::drops::LandingMemo::new(
        services::drops::LANDINGS_KEPT,
    ));
    let server = HttpServer::new(move || {
        let sessions = SessionMiddleware::builder(store.clone(), key.clone())
            .cookie_name(cookie_name.to_string())
            .cookie_secure(secure)
            .cookie_http_only(true)
            .cookie_same_site(SameSite::Lax)
            .cookie_path("/".to_string())
            .cookie_content_security(CookieContentSecurity::Private)
            .session_lifecycle(PersistentSession::default().session_ttl(CookieDuration::days(30)))
            .build();
        App::new()
            .wrap(middleware::from_fn(same_origin_only))
            .wrap(middleware::from_fn(web::error_page::localise_errors))
            .wrap(sessions)
            .wrap(middleware::from_fn(web::session_store::member_read_slot))
            .wrap(security_headers())
            .wrap(middleware::Logger::new("%r %s %Dms").exclude("/healthz"))
            // Counting costs a second match of each path against the routes:
            // only done when someone may read the counts.
            .wrap(middleware::Condition::new(
                settings.metrics_token.is_some(),
                middleware::from_fn(web::metrics::record),
            ))
            .app_data(db.clone())
            .app_data(metrics.clone())
            .app_data(settings.clone())
            .app_data(summaries.clone())
            .app_data(feeds.clone())
            .app_data(names.clone())
            .app_data(published.clone())
            .app_data(reports.clone())
            .app_data(pulses.clone())
            .app_data(photo_store.clone())
            .app_data(visits.clone())
            .app_data(landings.clone())
            .app_data(
                http::FormConfig::default()
                    .limit(FORM_LIMIT)
                    .error_handler(form_error),
            )
            .app_data(http::PayloadConfig::default().limit(UPLOAD_LIMIT))
            .app_data(http::QueryConfig::default().error_handler(|_, _| {
                AppError::bad_request("The address has a malformed query.").into()
            }))
            .app_data(http::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
            .configure(routes::configure)
            .default_service(http::to(|| async {
                Err::<actix_web::HttpResponse, AppError>(AppError::NotFound)
            }))
    })
    .listen(listener)?
    .shutdown_timeout(30)
    .run();
    Ok(server)
}
