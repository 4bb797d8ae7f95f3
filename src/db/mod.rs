//! The database: one connection type over SQLite and PostgreSQL, its pool, the
//! embedded migrations and the write-transaction helper every use case goes through.

pub mod models;
pub mod prepared;
pub mod schema;
pub mod types;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ManageConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::AppError;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// Where the data lives, parsed from `DATABASE_URL`.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Postgres(String),
    Sqlite(PathBuf),
}

impl std::fmt::Debug for DatabaseUrl {
    // A PostgreSQL URL may carry a password: show only the backend and host part.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DatabaseUrl::Postgres(url) => {
                let host = url.rsplit('@').next().unwrap_or("");
                write!(f, "Postgres(…@{host})")
            }
            DatabaseUrl::Sqlite(path) => write!(f, "Sqlite({})", path.display()),
        }
    }
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(raw.to_string()));
        }
        let path = raw.strip_prefix("sqlite://").unwrap_or(raw);
        if path.is_empty() {
            return Err(
                "DATABASE_URL is empty: give a file path, sqlite://path or postgres://…".into(),
            );
        }
        if path.contains("://") {
            return Err(format!("DATABASE_URL has an unknown scheme: {raw}"));
        }
        Ok(DatabaseUrl::Sqlite(PathBuf::from(path)))
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            DatabaseUrl::Postgres(_) => "postgres",
            DatabaseUrl::Sqlite(_) => "sqlite",
        }
    }

    /// Opens one connection of exactly this backend (never falls back to another).
    pub fn connect(&self) -> ConnectionResult<DbConn> {
        match self {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url).map(DbConn::Pg),
            DatabaseUrl::Sqlite(path) => {
                let path = path.to_string_lossy();
                let mut conn = SqliteConnection::establish(&path)?;
                // busy_timeout first: the WAL switch itself may wait for another writer.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                )
                .map_err(ConnectionError::CouldntSetupConfiguration)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }
}

pub struct ConnectionManager {
    url: DatabaseUrl,
}

/// A pooled connection, with what the pool needs to know to trust it without
/// asking the database each time.
pub struct PoolConn {
    conn: DbConn,
    /// When it last went back to the pool.
    returned_at: Instant,
    /// Work on it failed the way a lost connection fails: replace it.
    suspect: bool,
}

impl std::ops::Deref for PoolConn {
    type Target = DbConn;
    fn deref(&self) -> &DbConn {
        &self.conn
    }
}

impl std::ops::DerefMut for PoolConn {
    fn deref_mut(&mut self) -> &mut DbConn {
        &mut self.conn
    }
}

/// A connection back in the pool this recently was working a moment ago: it is
/// handed out again without a round trip to check it (on PostgreSQL that check
/// was a quarter of a page's statements). One idle longer is pinged first.
const TRUSTED_FOR: Duration = Duration::from_secs(1);

impl ManageConnection for ConnectionManager {
    type Connection = PoolConn;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<PoolConn, Self::Error> {
        self.url
            .connect()
            .map(|conn| PoolConn {
                conn,
                returned_at: Instant::now(),
                suspect: false,
            })
            .map_err(diesel::r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut PoolConn) -> Result<(), Self::Error> {
        if conn.returned_at.elapsed() < TRUSTED_FOR {
            return Ok(());
        }
        conn.conn
            .batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut PoolConn) -> bool {
        conn.returned_at = Instant::now();
        conn.suspect
    }
}

/// The connection pool, with a first-come-first-served queue in front of it.
/// The pool's own wait lets a newcomer take a connection that was just handed
/// back before those already waiting, so under load a few requests waited far
/// longer than the rest; a turn from the queue guarantees a free connection.
#[derive(Clone)]
pub struct DbPool {
    connections: Pool<ConnectionManager>,
    turns: std::sync::Arc<tokio::sync::Semaphore>,
    /// Seconds each piece of work waited for its turn at a connection.
    pub waits: prometheus::Histogram,
    /// SQLite: the database is a file this process reads itself.
    in_process: bool,
}

pub type PooledConn = PooledConnection<ConnectionManager>;

/// How long a request waits for a connection before it is answered 503.
const CONNECTION_WAIT: Duration = Duration::from_secs(5);

impl DbPool {
    /// A connection for work outside a request (start-up, commands, tests).
    pub fn get(&self) -> Result<PooledConn, diesel::r2d2::PoolError> {
        self.connections.get()
    }

    /// Connections open, and of them idle.
    pub fn state(&self) -> (u32, u32) {
        let state = self.connections.state();
        (state.connections, state.idle_connections)
    }
}

pub fn build_pool(url: &DatabaseUrl, size: u32) -> Result<DbPool, anyhow::Error> {
    if let DatabaseUrl::Sqlite(path) = url
        && let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)?;
    }
    let connections = Pool::builder()
        .max_size(size)
        .min_idle(Some(1))
        .connection_timeout(CONNECTION_WAIT)
        .build_unchecked(ConnectionManager { url: url.clone() });
    let waits = prometheus::Histogram::with_opts(
        prometheus::HistogramOpts::new(
            "cohorts_db_pool_wait_seconds",
            "Time work waited for a database connection.",
        )
        .buckets(vec![0.0001, 0.001, 0.005, 0.025, 0.1, 0.5, 2.5, 5.0]),
    )?;
    Ok(DbPool {
        connections,
        turns: std::sync::Arc::new(tokio::sync::Semaphore::new(size as usize)),
        waits,
        in_process: matches!(url, DatabaseUrl::Sqlite(_)),
    })
}

pub fn run_migrations(conn: &mut DbConn) -> Result<(), anyhow::Error> {
    let applied = match conn {
        DbConn::Pg(c) => c
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.len()),
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
    }
    .map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;
    if applied > 0 {
        tracing::info!(applied, "database migrations applied");
    }
    Ok(())
}

/// Runs one use case's writes in one transaction. On SQLite the transaction is
/// IMMEDIATE: a deferred one that later upgrades to a write fails at once with
/// SQLITE_BUSY instead of waiting for the busy timeout.
pub fn write_tx<T>(
    conn: &mut DbConn,
    work: impl FnOnce(&mut DbConn) -> Result<T, AppError>,
) -> Result<T, AppError> {
    match conn {
        DbConn::Pg(_) => conn.transaction(work),
        DbConn::Sqlite(_) => {
            conn.batch_execute("BEGIN IMMEDIATE")?;
            match work(conn) {
                Ok(value) => match conn.batch_execute("COMMIT") {
                    Ok(()) => Ok(value),
                    Err(e) => {
                        let _ = conn.batch_execute("ROLLBACK");
                        Err(e.into())
                    }
                },
                Err(e) => {
                    let _ = conn.batch_execute("ROLLBACK");
                    Err(e)
                }
            }
        }
    }
}

/// Runs an INSERT and gives back what `$returning` selects of the new row, as `$ty`.
#[macro_export]
macro_rules! insert_returning {
    ($conn:expr, $insert:expr, $returning:expr, $ty:ty) => {
        match $conn {
            $crate::db::DbConn::Pg(c) => $insert.returning($returning).get_result::<$ty>(c),
            $crate::db::DbConn::Sqlite(c) => $insert.returning($returning).get_result::<$ty>(c),
        }
    };
}

/// Runs an INSERT and gives back the new row's id (of the type the caller names). The multi-backend connection has
/// no RETURNING support of its own, so the statement runs on the inner connection.
#[macro_export]
macro_rules! insert_returning_id {
    ($conn:expr, $insert:expr, $id:expr) => {
        $crate::insert_returning!($conn, $insert, $id, _)
    };
}

/// Runs a statement that diesel builds for one backend at a time (a multi-row
/// insert), whichever backend the connection is.
#[macro_export]
macro_rules! execute_per_backend {
    ($conn:expr, $query:expr) => {
        match $conn {
            $crate::db::DbConn::Pg(c) => $query.execute(c),
            $crate::db::DbConn::Sqlite(c) => $query.execute(c),
        }
    };
}

/// Reads the first row of a query that diesel writes for one backend at a time
/// (a CAST), whichever backend the connection is. Also for the reads every
/// page makes: through the connection over both backends, diesel writes a
/// query's SQL afresh on every run, even for a prepared statement it keeps,
/// which costs a short read more than the database does.
#[macro_export]
macro_rules! first_per_backend {
    ($conn:expr, $query:expr) => {
        match $conn {
            $crate::db::DbConn::Pg(c) => $query.first(c),
            $crate::db::DbConn::Sqlite(c) => $query.first(c),
        }
    };
}

/// Loads the rows of a query that diesel writes for one backend at a time
/// (a CAST), whichever backend the connection is; also for hot reads, as
/// [`first_per_backend`] says.
#[macro_export]
macro_rules! load_per_backend {
    ($conn:expr, $query:expr) => {
        match $conn {
            $crate::db::DbConn::Pg(c) => $query.load(c),
            $crate::db::DbConn::Sqlite(c) => $query.load(c),
        }
    };
}

pub use crate::error::is_unique_violation;

/// A turn at a connection: waits (first come, first served) until one is free.
async fn turn(pool: &DbPool) -> Result<tokio::sync::OwnedSemaphorePermit, AppError> {
    let waiting = pool.waits.start_timer();
    let turn = tokio::time::timeout(CONNECTION_WAIT, pool.turns.clone().acquire_owned())
        .await
        .map_err(|_| AppError::Unavailable("no database connection came free".into()))?
        .map_err(|_| AppError::Unavailable("the connection queue is closed".into()));
    waiting.observe_duration();
    turn
}

/// Runs work on a pooled connection (the caller holds a turn, so one is free).
fn on_connection<T>(
    pool: &DbPool,
    work: impl FnOnce(&mut DbConn) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let mut conn = pool.get()?;
    let done = work(&mut conn);
    // A lost server shows as Unavailable; anything unexplained may be one too.
    if matches!(done, Err(AppError::Unavailable(_) | AppError::Internal(_))) {
        conn.suspect = true;
    }
    done
}

/// Runs blocking database work on the thread pool with a pooled connection.
pub async fn with_conn<T: Send + 'static>(
    pool: &DbPool,
    work: impl FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let turn = turn(pool).await?;
    let pool = pool.clone();
    actix_web::web::block(move || {
        let _turn = turn;
        on_connection(&pool, work)
    })
    .await?
}

/// Runs a short read (a few rows found through an index) with a pooled
/// connection. On SQLite it runs in place: the file is in this process and
/// readers never wait for the writer, so the read takes microseconds, less
/// than handing it to the thread pool and back. On PostgreSQL, a round trip
/// to a server, it goes to the thread pool like any other work.
pub async fn quick_read<T: Send + 'static>(
    pool: &DbPool,
    work: impl FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    if !pool.in_process {
        return with_conn(pool, work).await;
    }
    let _turn = turn(pool).await?;
    on_connection(pool, work)
}

/// Reads one row of a real table: fails when the database does not answer.
pub fn check(conn: &mut DbConn) -> QueryResult<()> {
    conn.batch_execute("SELECT id FROM brands LIMIT 1")
}
