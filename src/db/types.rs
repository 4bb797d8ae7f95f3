//! How domain types are stored: each id as BIGINT, each enum as its TEXT name.
//! One line per type; the macro writes the diesel impls a derive would, so the
//! domain types themselves stay free of the database.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, Queryable};
use diesel::expression::AsExpression;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::{BigInt, Nullable, SingleValue};

use crate::domain::{BrandId, CohortId, InviteId, MailId, MemberId, PhotoId, PostId, UserId};

/// The diesel impls for a type stored as `$sql`. It is written as the plain
/// value `$to` gives (`$v` is `&self`; `$plain` its type, `$bound` what it
/// refers to when borrowed for a bind) and read back as a `$read` value, which
/// `$from` turns into the type or refuses.
macro_rules! stored_as {
    (
        $ty:ty as $sql:ty,
        write $plain:ty, bind $bound:ty, |$v:ident| $to:expr,
        read $read:ty, |$raw:ident| $from:expr
    ) => {
        impl AsExpression<$sql> for $ty {
            type Expression = <$plain as AsExpression<$sql>>::Expression;
            fn as_expression(self) -> Self::Expression {
                let $v = &self;
                <$plain as AsExpression<$sql>>::as_expression($to)
            }
        }

        impl AsExpression<Nullable<$sql>> for $ty {
            type Expression = <$plain as AsExpression<Nullable<$sql>>>::Expression;
            fn as_expression(self) -> Self::Expression {
                let $v = &self;
                <$plain as AsExpression<Nullable<$sql>>>::as_expression($to)
            }
        }

        impl AsExpression<$sql> for &$ty {
            type Expression = <$plain as AsExpression<$sql>>::Expression;
            fn as_expression(self) -> Self::Expression {
                let $v = self;
                <$plain as AsExpression<$sql>>::as_expression($to)
            }
        }

        impl AsExpression<Nullable<$sql>> for &$ty {
            type Expression = <$plain as AsExpression<Nullable<$sql>>>::Expression;
            fn as_expression(self) -> Self::Expression {
                let $v = self;
                <$plain as AsExpression<Nullable<$sql>>>::as_expression($to)
            }
        }

        impl<DB: Backend> ToSql<$sql, DB> for $ty
        where
            $bound: ToSql<$sql, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                let $v = self;
                <$bound as ToSql<$sql, DB>>::to_sql(std::borrow::Borrow::borrow(&$to), out)
            }
        }

        impl<DB: Backend> FromSql<$sql, DB> for $ty
        where
            $read: FromSql<$sql, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                let $raw = <$read as FromSql<$sql, DB>>::from_sql(bytes)?;
                $from
            }
        }

        impl<DB: Backend, ST: SingleValue> Queryable<ST, DB> for $ty
        where
            Self: FromSql<ST, DB>,
        {
            type Row = Self;
            fn build(row: Self) -> deserialize::Result<Self> {
                Ok(row)
            }
        }
    };
}

macro_rules! ids_stored_as_bigint {
    ($($id:ident),*) => {$(
        stored_as!($id as BigInt, write i64, bind i64, |id| id.0, read i64, |raw| Ok($id(raw)));
    )*};
}

ids_stored_as_bigint!(
    BrandId, UserId, CohortId, InviteId, MemberId, PostId, PhotoId, MailId
);
