//! Hand-written SQL that the connection keeps prepared. Diesel prepares a
//! `sql_query` afresh every time it runs (it cannot know the text is fixed), so
//! the upserts behind every post were parsed and planned on each write; this
//! statement is kept by its text, like Diesel's own queries.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::backend::Backend;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Bool, Date, Double, HasSqlType, Integer, Text, Timestamp};
use diesel::{QueryResult, RunQueryDsl};

/// One bound value.
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    BigInt(i64),
    Integer(i32),
    Double(f64),
    Text(&'a str),
    Timestamp(NaiveDateTime),
    Date(NaiveDate),
    Bool(bool),
}

/// SQL whose `$1`, `$2`, … name the values in order; a number may appear more
/// than once (each place is bound anew, as SQLite's `?` and PostgreSQL's `$n`
/// are numbered by place once written out).
pub struct Prepared<'a> {
    sql: &'a str,
    values: Vec<Value<'a>>,
    kept: bool,
}

impl<'a> Prepared<'a> {
    pub fn new(sql: &'a str, values: Vec<Value<'a>>) -> Self {
        Prepared {
            sql,
            values,
            kept: true,
        }
    }

    /// Prepared for this run only: for text that takes too many shapes to keep
    /// one statement for each.
    pub fn kept_if(self, kept: bool) -> Self {
        Prepared { kept, ..self }
    }
}

/// The text between placeholders and the placeholders' numbers, in order.
fn pieces(sql: &str) -> impl Iterator<Item = (&str, Option<usize>)> {
    let mut rest = sql;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(at) = rest.find('$') else {
            let text = rest;
            rest = "";
            return Some((text, None));
        };
        let digits = rest[at + 1..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - at - 1);
        if digits == 0 {
            // A dollar sign that names no value is text.
            let text = &rest[..=at];
            rest = &rest[at + 1..];
            return Some((text, None));
        }
        let number = rest[at + 1..at + 1 + digits].parse().ok();
        let text = &rest[..at];
        rest = &rest[at + 1 + digits..];
        Some((text, number))
    })
}

impl<DB> QueryFragment<DB> for Prepared<'_>
where
    DB: Backend
        + HasSqlType<BigInt>
        + HasSqlType<Integer>
        + HasSqlType<Double>
        + HasSqlType<Text>
        + HasSqlType<Timestamp>
        + HasSqlType<Date>
        + HasSqlType<Bool>,
    i64: ToSql<BigInt, DB>,
    i32: ToSql<Integer, DB>,
    f64: ToSql<Double, DB>,
    str: ToSql<Text, DB>,
    NaiveDateTime: ToSql<Timestamp, DB>,
    NaiveDate: ToSql<Date, DB>,
    bool: ToSql<Bool, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        if !self.kept {
            out.unsafe_to_cache_prepared();
        }
        for (text, number) in pieces(self.sql) {
            out.push_sql(text);
            let Some(number) = number else { continue };
            let value = number
                .checked_sub(1)
                .and_then(|index| self.values.get(index))
                .ok_or_else(|| {
                    diesel::result::Error::QueryBuilderError(
                        format!("no value for ${number}").into(),
                    )
                })?;
            match value {
                Value::BigInt(v) => out.push_bind_param::<BigInt, _>(v)?,
                Value::Integer(v) => out.push_bind_param::<Integer, _>(v)?,
                Value::Double(v) => out.push_bind_param::<Double, _>(v)?,
                Value::Text(v) => out.push_bind_param::<Text, _>(*v)?,
                Value::Timestamp(v) => out.push_bind_param::<Timestamp, _>(v)?,
                Value::Date(v) => out.push_bind_param::<Date, _>(v)?,
                Value::Bool(v) => out.push_bind_param::<Bool, _>(v)?,
            }
        }
        Ok(())
    }
}

/// Kept by its text (and its values' types), not by a Rust type.
impl QueryId for Prepared<'_> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Conn> RunQueryDsl<Conn> for Prepared<'_> {}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn placeholders_are_found_in_order_and_may_repeat() {
        let found: Vec<_> = pieces("VALUES ($1, $2), ($1, $10) RETURNING id").collect();
        assert_eq!(
            found,
            vec![
                ("VALUES (", Some(1)),
                (", ", Some(2)),
                ("), (", Some(1)),
                (", ", Some(10)),
                (") RETURNING id", None),
            ]
        );
        let priced: Vec<_> = pieces("'$' || $1").collect();
        assert_eq!(priced, vec![("'$", None), ("' || ", Some(1))]);
    }
}
