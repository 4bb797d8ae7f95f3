//! How domain types are stored: each id as BIGINT, each enum as its TEXT name.
//! One line per type, so the domain types themselves stay free of the database.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::{BigInt, Text};

use crate::domain::{
    ActivityId, AgeBand, BrandId, CohortId, DropId, InviteId, MailId, MailStatus, MemberId,
    PhotoId, PostId, PostKind, ProductId, ShareLinkId, StaffRole, TaskId, UserId,
};
use crate::sentiment::Label;

/// The diesel impls for a type stored as `$sql`: diesel's own derives through
/// a proxy (`foreign_derive` puts them on the type the proxy holds), and the
/// mapping itself. A value is bound as the reference `$bind` gives (to a
/// `$bound`; `$v` is `&self`) and read back as a `$read` value, which `$from`
/// turns into the type or refuses.
macro_rules! stored_as {
    (
        $ty:ty as $sql:ty,
        bind $bound:ty, |$v:ident| $bind:expr,
        read $read:ty, |$raw:ident| $from:expr
    ) => {
        const _: () = {
            #[derive(AsExpression, FromSqlRow)]
            #[diesel(foreign_derive, sql_type = $sql)]
            #[allow(dead_code)]
            struct Proxy($ty);
        };

        impl<DB: Backend> ToSql<$sql, DB> for $ty
        where
            $bound: ToSql<$sql, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                let $v = self;
                <$bound as ToSql<$sql, DB>>::to_sql($bind, out)
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
    };
}

macro_rules! ids_stored_as_bigint {
    ($($id:ident),*) => {$(
        stored_as!(
            $id as BigInt,
            bind i64, |id| &id.0,
            read i64, |raw| Ok($id(raw))
        );
    )*};
}

ids_stored_as_bigint!(
    BrandId,
    UserId,
    CohortId,
    InviteId,
    MemberId,
    PostId,
    PhotoId,
    MailId,
    ProductId,
    ActivityId,
    TaskId,
    DropId,
    ShareLinkId
);

/// Enums kept as their names: `$name` gives the stored text, `$parse` reads it
/// back (text no version of the app wrote is an error, not a guess).
macro_rules! enums_stored_as_text {
    ($($ty:ty: $name:ident / $parse:ident),* $(,)?) => {$(
        stored_as!(
            $ty as Text,
            bind str, |v| v.$name(),
            read String, |raw| <$ty>::$parse(&raw)
                .ok_or_else(|| format!("{raw:?} is no {}", stringify!($ty)).into())
        );
    )*};
}

enums_stored_as_text!(
    AgeBand: label / from_label,
    Label: as_str / parse,
    MailStatus: as_str / parse,
    PostKind: as_str / parse,
    StaffRole: as_str / parse,
);
