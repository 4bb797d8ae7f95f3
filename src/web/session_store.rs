//! Sessions kept in the database: the cookie holds only a random key, so signing
//! out really ends a session, and every app instance sharing the database shares
//! the sessions.

use std::cell::RefCell;
use std::collections::HashMap;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError};
use actix_web::body::MessageBody;
use actix_web::cookie::time::Duration;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;

use crate::auth::token;
use crate::services::records::MemberRead;
use crate::services::{Db, now, sessions};
use crate::web::session::member_in;

tokio::task_local! {
    /// The access of the member the request's session signed in, read with
    /// the session and left here for the first extractor that asks for it.
    static MEMBER_READ: RefCell<Option<MemberRead>>;
}

/// Gives each request a place for the member's access read with its session
/// (wrapped around the session middleware).
pub async fn member_read_slot(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    MEMBER_READ.scope(RefCell::new(None), next.call(req)).await
}

/// The member's access read with this request's session, once: a second
/// asker reads it from the database.
pub fn take_member_read() -> Option<MemberRead> {
    MEMBER_READ
        .try_with(|slot| slot.borrow_mut().take())
        .ok()
        .flatten()
}

#[derive(Clone)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        DbSessionStore { db }
    }
}

fn expiry(ttl: &Duration) -> chrono::NaiveDateTime {
    now() + chrono::Duration::seconds(ttl.whole_seconds())
}

/// Begins the key of a session that signed a member in ('.' is never in a
/// generated key): loading such a session reads the member's access with it,
/// and other sessions load without the joins that costs.
const MEMBER_SESSION_MARK: &str = "m.";

/// Set in a session that could not be loaded because the database is down.
pub const UNAVAILABLE_KEY: &str = "db_unavailable";

fn encode(state: &HashMap<String, String>) -> Result<String, anyhow::Error> {
    let kept: HashMap<&String, &String> = state
        .iter()
        .filter(|(k, _)| *k != UNAVAILABLE_KEY)
        .collect();
    Ok(serde_json::to_string(&kept)?)
}

impl SessionStore for DbSessionStore {
    async fn load(
        &self,
        session_key: &SessionKey,
    ) -> Result<Option<HashMap<String, String>>, LoadError> {
        let id_hash = token::hash(session_key.as_ref());
        // When the database is down the request goes on with a session that says
        // so: a form check then answers 503 rather than "form expired".
        let member = session_key.as_ref().starts_with(MEMBER_SESSION_MARK);
        let Ok(stored) = sessions::load(&self.db, id_hash, member).await else {
            return Ok(Some(HashMap::from([(
                UNAVAILABLE_KEY.to_string(),
                "true".to_string(),
            )])));
        };
        let Some((json, member)) = stored else {
            return Ok(None);
        };
        if let Some(read) = member {
            // Outside a request's slot (a load made by no request) it is dropped.
            let _ = MEMBER_READ.try_with(|slot| *slot.borrow_mut() = Some(read));
        }
        serde_json::from_str(&json)
            .map(Some)
            .map_err(|e| LoadError::Deserialization(e.into()))
    }

    async fn save(
        &self,
        session_state: HashMap<String, String>,
        ttl: &Duration,
    ) -> Result<SessionKey, SaveError> {
        let state = encode(&session_state).map_err(SaveError::Serialization)?;
        let member = member_in(&session_state);
        let plain = token::generate().plain;
        let key = match member {
            Some(_) => format!("{MEMBER_SESSION_MARK}{plain}"),
            None => plain,
        };
        let expires_at = expiry(ttl);
        let saved = sessions::start(&self.db, token::hash(&key), state, expires_at, member).await;
        // With the database down the page is still answered (the handler's own
        // query reports 503); the session is simply not kept.
        if let Err(error) = saved {
            tracing::warn!(%error, "session not saved");
        }
        SessionKey::try_from(key).map_err(|e| SaveError::Other(e.into()))
    }

    async fn update(
        &self,
        session_key: SessionKey,
        session_state: HashMap<String, String>,
        ttl: &Duration,
    ) -> Result<SessionKey, UpdateError> {
        let state = encode(&session_state).map_err(UpdateError::Serialization)?;
        let id_hash = token::hash(session_key.as_ref());
        let expires_at = expiry(ttl);
        let member = member_in(&session_state);
        match sessions::update(&self.db, id_hash, state, expires_at, member).await {
            Ok(true) => return Ok(session_key),
            Ok(false) => {}
            // Database down: keep the key; the change is lost, the page is answered.
            Err(error) => {
                tracing::warn!(%error, "session not updated");
                return Ok(session_key);
            }
        }
        // The session ended meanwhile (signed out elsewhere, or expired): start anew.
        self.save(session_state, ttl)
            .await
            .map_err(|e| UpdateError::Other(anyhow::anyhow!("{e}")))
    }

    async fn update_ttl(
        &self,
        session_key: &SessionKey,
        ttl: &Duration,
    ) -> Result<(), anyhow::Error> {
        let id_hash = token::hash(session_key.as_ref());
        let expires_at = expiry(ttl);
        sessions::touch(&self.db, id_hash, expires_at)
            .await
            .map_err(|e| anyhow::anyhow!("session refresh failed: {e}"))?;
        Ok(())
    }

    async fn delete(&self, session_key: &SessionKey) -> Result<(), anyhow::Error> {
        let id_hash = token::hash(session_key.as_ref());
        sessions::end(&self.db, id_hash)
            .await
            .map_err(|e| anyhow::anyhow!("session delete failed: {e}"))?;
        Ok(())
    }
}
