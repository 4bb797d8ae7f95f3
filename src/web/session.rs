//! The signed-in person, kept in an encrypted cookie session, and the CSRF token
//! every form carries.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use subtle::ConstantTimeEq;

use crate::auth::token::Stamp;
use crate::config::Settings;
use crate::domain::{MemberId, UserId};
use crate::error::AppError;
use crate::i18n::Lang;

const STAFF_KEY: &str = "staff_id";
const MEMBER_KEY: &str = "member_id";
const CSRF_KEY: &str = "csrf";
/// The stamp of the password or personal link the session was opened with.
const STAMP_KEY: &str = "stamp";

/// The id kept under `key`; a cookie that does not decode is no session at all.
fn session_id<Id: serde::de::DeserializeOwned>(session: &Session, key: &str) -> Option<Id> {
    session.get::<Id>(key).ok().flatten()
}

/// The staff account this session signed in, if any. A session the store could
/// not load answers 503.
pub fn staff_id(session: &Session) -> Result<Option<UserId>, AppError> {
    loaded(session)?;
    Ok(session_id(session, STAFF_KEY))
}

/// The member a session's state (as stored) signed in, if any.
pub fn member_in(state: &std::collections::HashMap<String, String>) -> Option<MemberId> {
    serde_json::from_str(state.get(MEMBER_KEY)?).ok()
}

/// The member this session signed in, if any.
pub fn member_id(session: &Session) -> Result<Option<MemberId>, AppError> {
    loaded(session)?;
    Ok(session_id(session, MEMBER_KEY))
}

/// Starts a fresh session with a new CSRF token: the old session id is
/// dropped so a session fixed before sign-in is useless afterwards.
fn fresh_session(session: &Session) -> Result<(), AppError> {
    // clear, not purge: a purged session stays purged and would drop what follows.
    session.clear();
    session.renew();
    insert(session, CSRF_KEY, fresh_csrf())
}

/// A fresh session for a staff account.
pub fn sign_in_staff(session: &Session, user_id: UserId, stamp: &Stamp) -> Result<(), AppError> {
    fresh_session(session)?;
    insert(session, STAFF_KEY, user_id)?;
    insert(session, STAMP_KEY, stamp)
}

pub fn sign_in_member(
    session: &Session,
    member_id: MemberId,
    stamp: &Stamp,
    language: Option<Lang>,
) -> Result<(), AppError> {
    fresh_session(session)?;
    insert(session, MEMBER_KEY, member_id)?;
    insert(session, STAMP_KEY, stamp)?;
    if let Some(language) = language {
        // Pages the member is not yet known on (errors) follow their language too.
        choose_language(session, language)?;
    }
    Ok(())
}

/// The stamp the session was opened with (a session from before stamps were
/// kept has none, and ends).
pub fn stamp(session: &Session) -> Option<Stamp> {
    session_id(session, STAMP_KEY)
}

/// Keeps this session alive across a change of its own password: the other
/// sessions of the account end.
pub fn restamp(session: &Session, stamp: &Stamp) -> Result<(), AppError> {
    insert(session, STAMP_KEY, stamp)
}

/// Ends the signed-in session: its keys are dropped and it carries on under a
/// new id, so a message for the next page ("you have left") still reaches it.
const CODE_PENDING_KEY: &str = "code_pending";
const TWO_STEP_SETUP_KEY: &str = "two_step_setup";
/// How long the second step of signing in waits for its code.
const CODE_WAIT_SECONDS: i64 = 300;

/// The password was right and a code is awaited: the account is kept, not
/// signed in, with when (a fresh session, as at sign-in).
pub fn await_code(session: &Session, user_id: UserId) -> Result<(), AppError> {
    fresh_session(session)?;
    insert(
        session,
        CODE_PENDING_KEY,
        (user_id, chrono::Utc::now().timestamp()),
    )
}

/// The account whose code is awaited, while the wait has not run out.
pub fn code_pending(session: &Session) -> Option<UserId> {
    let (user_id, since) = session_id::<(UserId, i64)>(session, CODE_PENDING_KEY)?;
    (chrono::Utc::now().timestamp() - since <= CODE_WAIT_SECONDS).then_some(user_id)
}

/// The secret being set up for two-step sign-in, kept until its first code
/// comes back; a new one when there is none. The session holds it sealed, as
/// the account will (sessions are stored in the database).
pub fn two_step_setup(session: &Session, settings: &Settings) -> Result<String, AppError> {
    let seal = crate::services::accounts::secret_seal(settings);
    if let Some(secret) = session_id::<String>(session, TWO_STEP_SETUP_KEY)
        .filter(|kept| kept.starts_with(crate::auth::totp::SEALED))
        .and_then(|sealed| seal.open(&sealed))
    {
        return Ok(secret);
    }
    let secret = crate::auth::totp::new_secret();
    let sealed = seal.seal(&secret).ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!("a two-step secret could not be sealed"))
    })?;
    insert(session, TWO_STEP_SETUP_KEY, &sealed)?;
    Ok(secret)
}

pub fn end_two_step_setup(session: &Session) {
    session.remove(TWO_STEP_SETUP_KEY);
}

pub fn sign_out(session: &Session) {
    session.clear();
    session.renew();
}

fn insert<T: serde::Serialize>(session: &Session, key: &str, value: T) -> Result<(), AppError> {
    session
        .insert(key, value)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("session write failed: {e}")))
}

const LANGUAGE_KEY: &str = "lang";

/// The language chosen in this session with the switcher, if any.
pub fn chosen_language(session: &Session) -> Option<Lang> {
    session_id::<String>(session, LANGUAGE_KEY).and_then(|code| Lang::parse(&code))
}

/// Keeps the language chosen for the rest of the session.
pub fn choose_language(session: &Session, lang: Lang) -> Result<(), AppError> {
    insert(session, LANGUAGE_KEY, lang.code())
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
    match session.get::<bool>(crate::web::session_store::UNAVAILABLE_KEY) {
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
        $(impl $crate::web::session::CsrfProtected for $form {
            fn csrf_token(&self) -> &str {
                &self.csrf_token
            }
        })+
    };
}
