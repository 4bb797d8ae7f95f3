//! Use cases. Each runs synchronously on a pooled connection (inside
//! `web::block`), in one transaction where it writes, and enforces the rules.
//! The web layer reaches them through the async functions that take a `Db`:
//! only this module opens connections and transactions.

pub mod access;
pub mod accounts;
pub mod activities;
pub mod cohorts;
pub mod dashboard;
pub mod demo;
pub mod drops;
pub mod exports;
pub mod invites;
pub mod membership;
pub mod outbox;
pub mod photos;
pub mod posts;
pub mod products;
pub mod releases;
pub mod reports;
pub mod seed;
pub mod seeding;
pub mod sessions;
pub mod summary;
pub mod visit_log;

use crate::db::{DbConn, DbPool, quick_read, with_conn, write_tx};
use crate::error::AppError;

/// The records the use cases hand to the web layer to show.
pub mod records {
    pub use crate::db::models::Page;
    pub use crate::db::models::brands::Brand;
    pub use crate::db::models::cohort_tallies::Tally;
    pub use crate::db::models::cohorts::Cohort;
    pub use crate::db::models::invites::Invite;
    pub use crate::db::models::members::{Member, MemberRead};
    pub use crate::db::models::posts::Post;
}

/// The database as the web layer holds it: a handle that only use cases can
/// open a connection or a transaction on.
#[derive(Clone)]
pub struct Db(DbPool);

impl Db {
    pub fn new(pool: DbPool) -> Self {
        Db(pool)
    }

    /// Connections open, and of them idle.
    pub fn pool_state(&self) -> (u32, u32) {
        self.0.state()
    }

    /// Seconds work waited for a connection.
    pub fn pool_waits(&self) -> prometheus::Histogram {
        self.0.waits.clone()
    }

    /// Work on a pooled connection, off the async workers.
    pub(in crate::services) async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        with_conn(&self.0, work).await
    }

    /// A short read of a few indexed rows, as every request makes to learn who
    /// asks and what they may see (see `db::quick_read`).
    pub(in crate::services) async fn quick<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        quick_read(&self.0, work).await
    }

    /// Work in one write transaction, off the async workers.
    pub(in crate::services) async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    ) -> Result<T, AppError> {
        with_conn(&self.0, move |conn| write_tx(conn, work)).await
    }
}

/// One page of a long list, its number kept within the pages there are.
pub struct Paged<T> {
    pub items: Vec<T>,
    pub page: i64,
    pub size: i64,
    pub total: i64,
}

impl<T> Paged<T> {
    /// Reads the page asked for (the last one when asked past it) of `total` rows.
    pub fn read(
        requested: i64,
        size: i64,
        total: i64,
        list: impl FnOnce(records::Page) -> diesel::QueryResult<Vec<T>>,
    ) -> Result<Self, AppError> {
        let page = Self::clamp(requested, size, total);
        Ok(Paged {
            items: list(records::Page::new(page, size))?,
            page,
            size,
            total,
        })
    }

    /// The page that is read when `requested` is asked for: the last one when
    /// asked past it.
    pub fn clamp(requested: i64, size: i64, total: i64) -> i64 {
        requested.clamp(1, page_count(total, size))
    }

    /// How many pages there are (one, when there is nothing to list).
    pub fn pages(&self) -> i64 {
        page_count(self.total, self.size)
    }

    pub fn map<U>(self, each: impl FnMut(T) -> U) -> Paged<U> {
        Paged {
            items: self.items.into_iter().map(each).collect(),
            page: self.page,
            size: self.size,
            total: self.total,
        }
    }
}

fn page_count(total: i64, size: i64) -> i64 {
    ((total + size - 1) / size).max(1)
}

/// Whether the database answers; reads a real table, so a broken database
/// file is noticed too.
pub async fn database_answers(db: &Db) -> bool {
    db.run(|conn| Ok(crate::db::check(conn)?)).await.is_ok()
}

/// The current time in UTC, as stored.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Form fields whose input was refused, each with its message.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push((field, message.into()));
    }

    /// Keeps the parsed value, or records the message against the field.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, String>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fields that have a message.
    pub fn fields(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(field, _)| *field)
    }

    /// Each field with its message, in the order they were found.
    pub fn messages(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        self.0
            .iter()
            .map(|(field, message)| (*field, message.as_str()))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}
