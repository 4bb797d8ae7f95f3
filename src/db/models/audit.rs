use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::models::Page;
use crate::db::schema::audit_log;
use crate::domain::{BrandId, UserId};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry {
    pub id: i64,
    pub actor_id: Option<UserId>,
    pub actor: String,
    pub action: String,
    pub brand_id: Option<BrandId>,
    pub subject: String,
    pub details: String,
    pub created_at: NaiveDateTime,
}

pub struct NewEntry<'a> {
    pub actor_id: Option<UserId>,
    pub actor: &'a str,
    pub action: &'a str,
    pub brand_id: Option<BrandId>,
    pub subject: &'a str,
    pub details: &'a str,
}

pub fn insert(conn: &mut DbConn, entry: NewEntry<'_>, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::actor_id.eq(entry.actor_id),
            audit_log::actor.eq(entry.actor),
            audit_log::action.eq(entry.action),
            audit_log::brand_id.eq(entry.brand_id),
            audit_log::subject.eq(entry.subject),
            audit_log::details.eq(entry.details),
            audit_log::created_at.eq(now),
        ))
        .execute(conn)
}

pub fn list(conn: &mut DbConn, page: Page) -> QueryResult<Vec<AuditEntry>> {
    audit_log::table
        .order(audit_log::id.desc())
        .limit(page.size)
        .offset(page.offset())
        .select(AuditEntry::as_select())
        .load(conn)
}

pub fn count(conn: &mut DbConn) -> QueryResult<i64> {
    audit_log::table.count().get_result(conn)
}
