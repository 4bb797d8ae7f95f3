//! Settings from environment variables. Secrets are redacted in `Debug`.

use std::path::{Path, PathBuf};

use actix_web::cookie::Key;
use rand::RngCore;

use crate::db::DatabaseUrl;

#[derive(Clone)]
pub struct Settings {
    pub database_url: DatabaseUrl,
    pub bind: String,
    pub data_dir: PathBuf,
    pub public_url: String,
    /// Whether `public_url` was derived from `bind` rather than set.
    pub public_url_from_bind: bool,
    pub cookie_secure: bool,
    pub trust_forwarded_for: bool,
    pub db_pool_size: u32,
    pub session_key: Key,
    /// `smtp://host:port` or `smtps://user:pass@host:465`; none writes `.eml` files.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// How often the mail worker looks for messages to send.
    pub outbox_poll: std::time::Duration,
    /// Days before an invite not taken up is reminded (twice at most).
    pub reminder_days: i64,
    /// How often reminders, nudges and digests are looked for.
    pub calendar_every: std::time::Duration,
    /// Posts and reviews one member may share in an hour.
    pub posts_per_hour: i64,
    /// Where photos go when not in `DATA_DIR/photos`.
    pub s3: Option<S3Settings>,
    /// The bearer token `/metrics` asks for; without one it does not exist.
    pub metrics_token: Option<String>,
    /// Days a share link's single visits are kept before only the daily
    /// totals remain.
    pub share_visit_days: i64,
    /// How often visits to share links are written (a process killed
    /// outright loses at most this long's visits; under a second, as promised).
    pub visit_flush: std::time::Duration,
    /// Days a closed cohort is kept (read-only for its members) before it is
    /// deleted with everything in it.
    pub closed_cohort_days: i64,
}

#[derive(Clone)]
pub struct S3Settings {
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl S3Settings {
    /// `S3_BUCKET` turns the bucket on; the other variables are then required
    /// (but `S3_REGION`, which defaults to us-east-1).
    fn from_env() -> Result<Option<Self>, anyhow::Error> {
        let Some(bucket) = env("S3_BUCKET") else {
            return Ok(None);
        };
        let required = |name: &str| {
            env(name).ok_or_else(|| anyhow::anyhow!("S3_BUCKET is set, so {name} is needed too"))
        };
        Ok(Some(S3Settings {
            endpoint: required("S3_ENDPOINT")?,
            bucket,
            region: env("S3_REGION").unwrap_or_else(|| "us-east-1".into()),
            access_key_id: required("S3_ACCESS_KEY_ID")?,
            secret_access_key: required("S3_SECRET_ACCESS_KEY")?,
        }))
    }
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("database_url", &self.database_url)
            .field("bind", &self.bind)
            .field("data_dir", &self.data_dir)
            .field("public_url", &self.public_url)
            .field("cookie_secure", &self.cookie_secure)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("db_pool_size", &self.db_pool_size)
            .field("session_key", &"[redacted]")
            .field("smtp_url", &self.smtp_url.as_ref().map(|_| "[redacted]"))
            .field("mail_from", &self.mail_from)
            .field("outbox_poll", &self.outbox_poll)
            .field("reminder_days", &self.reminder_days)
            .field("calendar_every", &self.calendar_every)
            .field("share_visit_days", &self.share_visit_days)
            .field("visit_flush", &self.visit_flush)
            .field("closed_cohort_days", &self.closed_cohort_days)
            .field("posts_per_hour", &self.posts_per_hour)
            .field(
                "metrics_token",
                &self.metrics_token.as_ref().map(|_| "[redacted]"),
            )
            .field(
                "s3_bucket",
                &self
                    .s3
                    .as_ref()
                    .map(|s| format!("{} at {} (keys redacted)", s.bucket, s.endpoint)),
            )
            .finish()
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// A whole number from the environment within `range`, else `default`; a
/// value outside it stops the app with a message saying what is allowed.
fn number_setting(
    name: &str,
    range: std::ops::RangeInclusive<i64>,
    unit: &str,
    default: i64,
) -> Result<i64, anyhow::Error> {
    match env(name) {
        Some(v) => v
            .trim()
            .parse()
            .ok()
            .filter(|n| range.contains(n))
            .ok_or_else(|| {
                anyhow::anyhow!(
                    "{name} must be {unit} from {} to {}",
                    range.start(),
                    range.end()
                )
            }),
        None => Ok(default),
    }
}

fn env_flag(name: &str) -> Option<bool> {
    env(name).map(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "1" | "true" | "yes" | "on"
        )
    })
}

impl Settings {
    /// Signs links in mail (unsubscribing) with a key derived from the session key,
    /// so every instance accepts every other's links.
    pub fn link_signer(&self) -> crate::email::links::LinkSigner {
        crate::email::links::LinkSigner::new(&self.session_key)
    }

    /// Reads the environment. The session key comes from `SESSION_KEY` (64 bytes or
    /// more, hex) or is generated once and kept in `DATA_DIR/session.key`, so every
    /// instance sharing the data folder (or the variable) accepts the same cookies.
    pub fn from_env() -> Result<Self, anyhow::Error> {
        let data_dir = PathBuf::from(env("DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = match env("DATABASE_URL") {
            Some(raw) => DatabaseUrl::parse(&raw).map_err(anyhow::Error::msg)?,
            None => DatabaseUrl::Sqlite(data_dir.join("cohorts.db")),
        };
        let bind = env("BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        let public_url_from_bind = env("PUBLIC_URL").is_none();
        let public_url = env("PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_string();
        let cookie_secure = env_flag("COOKIE_SECURE").unwrap_or(public_url.starts_with("https://"));
        let db_pool_size = match env("DB_POOL_SIZE") {
            Some(v) => v
                .parse()
                .map_err(|_| anyhow::anyhow!("DB_POOL_SIZE must be a number"))?,
            None => 10,
        };
        let session_key = match env("SESSION_KEY") {
            Some(hex_key) => key_from_hex(&hex_key)?,
            None => load_or_create_key(&data_dir)?,
        };
        Ok(Settings {
            database_url,
            bind,
            data_dir,
            public_url,
            public_url_from_bind,
            cookie_secure,
            trust_forwarded_for: env_flag("TRUST_FORWARDED_FOR").unwrap_or(false),
            db_pool_size,
            session_key,
            smtp_url: env("SMTP_URL"),
            mail_from: env("MAIL_FROM").unwrap_or_else(|| "Cohorts <cohorts@localhost>".into()),
            outbox_poll: std::time::Duration::from_millis(match env("OUTBOX_POLL_MS") {
                Some(v) => v
                    .parse()
                    .map_err(|_| anyhow::anyhow!("OUTBOX_POLL_MS must be a number"))?,
                None => 1000,
            }),
            reminder_days: number_setting("REMINDER_DAYS", 1..=60, "a number of days", 3)?,
            calendar_every: std::time::Duration::from_secs(60),
            posts_per_hour: number_setting("POSTS_PER_HOUR", 1..=1_000_000, "a number", 30)?,
            s3: S3Settings::from_env()?,
            metrics_token: env("METRICS_TOKEN").filter(|t| !t.trim().is_empty()),
            share_visit_days: number_setting("SHARE_VISIT_DAYS", 1..=365, "a number of days", 30)?,
            visit_flush: std::time::Duration::from_millis(250),
            closed_cohort_days: number_setting(
                "CLOSED_COHORT_DAYS",
                1..=3650,
                "a number of days",
                90,
            )?,
        })
    }
}

fn key_from_hex(hex_key: &str) -> Result<Key, anyhow::Error> {
    let bytes = hex::decode(hex_key.trim())
        .map_err(|_| anyhow::anyhow!("SESSION_KEY must be hex (128 hex digits or more)"))?;
    Key::try_from(bytes.as_slice())
        .map_err(|_| anyhow::anyhow!("SESSION_KEY must hold at least 64 bytes (128 hex digits)"))
}

fn load_or_create_key(data_dir: &Path) -> Result<Key, anyhow::Error> {
    let path = data_dir.join("session.key");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        return key_from_hex(&existing);
    }
    std::fs::create_dir_all(data_dir)?;
    let mut bytes = [0u8; 64];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let encoded = hex::encode(bytes);
    // create_new: when two instances start at once, the second reads the first's key.
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(mut file) => {
            use std::io::Write;
            file.write_all(encoded.as_bytes())?;
            restrict_permissions(&path);
            key_from_hex(&encoded)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            key_from_hex(&std::fs::read_to_string(&path)?)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(unix)]
fn restrict_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
}

#[cfg(not(unix))]
fn restrict_permissions(_path: &Path) {}
