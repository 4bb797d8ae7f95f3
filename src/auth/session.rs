//! The signed-in person, kept in an encrypted cookie session, and the CSRF token
//! every form carries.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::db::models::{brands, cohorts, members, users};
use crate::db::{DbConn, DbPool, with_conn};
use crate::error::AppError;

const STAFF_KEY: &str = "staff_id";
const MEMBER_KEY: &str = "member_id";
const CSRF_KEY: &str = "csrf";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Admin,
    Manager { brand_id: i64 },
}

#[derive(Debug, Clone)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub role: Role,
    /// The zone this person reads times in.
    pub time_zone: chrono_tz::Tz,
}

impl Staff {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Admins see every brand; a manager only their own.
    pub fn may_see_brand(&self, brand_id: i64) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Manager { brand_id: own } => own == brand_id,
        }
    }
}

pub struct CurrentMember {
    pub member: members::Member,
    pub cohort: cohorts::Cohort,
    pub brand: brands::Brand,
}

impl CurrentMember {
    /// Members read times in the zone of the country they live in.
    pub fn time_zone(&self) -> chrono_tz::Tz {
        crate::domain::Country::parse(&self.member.country)
            .ok()
            .and_then(|c| c.zone.parse().ok())
            .unwrap_or(chrono_tz::UTC)
    }
}

fn session_id(session: &Session, key: &str) -> Option<i64> {
    // A cookie that does not decode is treated as no session at all.
    session.get::<i64>(key).ok().flatten()
}

/// The staff account a user row stands for, unless it may no longer sign in.
fn staff_of(user: Option<users::User>) -> Option<Staff> {
    let user = user.filter(|u| u.disabled_at.is_none())?;
    let role = match (user.role.as_str(), user.brand_id) {
        (users::ROLE_ADMIN, _) => Role::Admin,
        (_, Some(brand_id)) => Role::Manager { brand_id },
        _ => return None,
    };
    Some(Staff {
        id: user.id,
        email: user.email,
        role,
        time_zone: user.time_zone.parse().unwrap_or(chrono_tz::UTC),
    })
}

/// The signed-in staff account, if any; a disabled account is signed out.
pub async fn current_staff(session: &Session, pool: &DbPool) -> Result<Option<Staff>, AppError> {
    match require_staff(session, pool).await {
        Ok(staff) => Ok(Some(staff)),
        Err(AppError::LoginRequired) => Ok(None),
        Err(other) => Err(other),
    }
}

pub async fn require_staff(session: &Session, pool: &DbPool) -> Result<Staff, AppError> {
    let (staff, ()) = with_staff(session, pool, |_, _| Ok(())).await?;
    Ok(staff)
}

/// The signed-in staff account and what `then` reads for it, in one trip to the
/// blocking pool (most staff pages need nothing else first); anyone else is
/// sent to sign in.
pub async fn with_staff<T: Send + 'static>(
    session: &Session,
    pool: &DbPool,
    then: impl FnOnce(&mut DbConn, &Staff) -> Result<T, AppError> + Send + 'static,
) -> Result<(Staff, T), AppError> {
    loaded(session)?;
    let id = session_id(session, STAFF_KEY).ok_or(AppError::LoginRequired)?;
    let found = with_conn(pool, move |conn| {
        let Some(staff) = staff_of(users::find(conn, id)?) else {
            return Ok(None);
        };
        let value = then(conn, &staff)?;
        Ok(Some((staff, value)))
    })
    .await?;
    found.ok_or_else(|| {
        session.purge();
        AppError::LoginRequired
    })
}

/// Admin pages do not exist for anyone else.
pub async fn require_admin(session: &Session, pool: &DbPool) -> Result<Staff, AppError> {
    let staff = require_staff(session, pool).await?;
    if staff.is_admin() {
        Ok(staff)
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn current_member(
    session: &Session,
    pool: &DbPool,
) -> Result<Option<CurrentMember>, AppError> {
    loaded(session)?;
    let Some(id) = session_id(session, MEMBER_KEY) else {
        return Ok(None);
    };
    let found = with_conn(pool, move |conn| {
        Ok(
            members::with_cohort_and_brand(conn, id)?.map(|(member, cohort, brand)| {
                CurrentMember {
                    member,
                    cohort,
                    brand,
                }
            }),
        )
    })
    .await?;
    if found.is_none() {
        session.purge();
    }
    Ok(found)
}

pub async fn require_member(session: &Session, pool: &DbPool) -> Result<CurrentMember, AppError> {
    current_member(session, pool).await?.ok_or_else(|| {
        AppError::Forbidden(
            "Open your personal link to reach your cohort. Lost it? Get it again by email at /link, or ask the cohort's organiser for a new invite.".into(),
        )
    })
}

/// A fresh session for a staff account: the old session id is dropped so a
/// session fixed before sign-in is useless afterwards.
pub fn sign_in_staff(session: &Session, user_id: i64) -> Result<(), AppError> {
    // clear, not purge: a purged session stays purged and would drop what follows.
    session.clear();
    session.renew();
    insert(session, STAFF_KEY, user_id)?;
    insert(session, CSRF_KEY, fresh_csrf())
}

pub fn sign_in_member(session: &Session, member_id: i64) -> Result<(), AppError> {
    session.clear();
    session.renew();
    insert(session, MEMBER_KEY, member_id)?;
    insert(session, CSRF_KEY, fresh_csrf())
}

pub fn sign_out(session: &Session) {
    session.purge();
}

fn insert<T: serde::Serialize>(session: &Session, key: &str, value: T) -> Result<(), AppError> {
    session
        .insert(key, value)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("session write failed: {e}")))
}

fn fresh_csrf() -> String {
    crate::auth::token::generate().plain
}

/// The session's CSRF token, created on first use.
pub fn csrf_token(session: &Session) -> Result<String, AppError> {
    if let Ok(Some(token)) = session.get::<String>(CSRF_KEY) {
        return Ok(token);
    }
    let token = fresh_csrf();
    insert(session, CSRF_KEY, token.clone())?;
    Ok(token)
}

/// A session the store could not load (the database is down) answers 503, not
/// "sign in" or "form expired".
fn loaded(session: &Session) -> Result<(), AppError> {
    match session.get::<bool>(crate::auth::store::UNAVAILABLE_KEY) {
        Ok(Some(true)) => Err(AppError::Unavailable(
            "the session could not be loaded".into(),
        )),
        _ => Ok(()),
    }
}

pub fn verify_csrf(session: &Session, submitted: &str) -> Result<(), AppError> {
    loaded(session)?;
    let expected = session
        .get::<String>(CSRF_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    let matches =
        !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(submitted.as_bytes()));
    if matches {
        Ok(())
    } else {
        Err(AppError::Forbidden(
            "This form has expired or did not come from Cohorts. Go back, reload the page and try again.".into(),
        ))
    }
}

/// A form that carries the session's CSRF token in its `csrf_token` field.
pub trait CsrfProtected {
    fn csrf_token(&self) -> &str;
}

/// Extracts a URL-encoded form and refuses it (403, nothing changed) unless its
/// CSRF token matches the session's.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + CsrfProtected + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let session = req.get_session();
        let form = web::Form::<T>::from_request(req, payload);
        Box::pin(async move {
            let form = form.await?.into_inner();
            verify_csrf(&session, form.csrf_token())?;
            Ok(CsrfForm(form))
        })
    }
}

/// Implements `CsrfProtected` for form structs with a `csrf_token: String` field.
#[macro_export]
macro_rules! csrf_protected {
    ($($form:ty),+ $(,)?) => {
        $(impl $crate::auth::session::CsrfProtected for $form {
            fn csrf_token(&self) -> &str {
                &self.csrf_token
            }
        })+
    };
}
