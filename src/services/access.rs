//! Who is asking and what they may see: the staff account, member, cohort or
//! brand behind a request, each loaded with what it grants in one trip to the
//! database. Another brand's cohort or brand does not exist for a manager (404).

use crate::auth::token::Stamp;
use crate::db::DbConn;
use crate::db::models::cohort_tallies::Tally;
use crate::db::models::{brands, cohorts, members, users};
use crate::domain::{
    ActivityId, BrandId, CohortId, Country, MemberId, Role, Staff, StaffRole, UserId,
};
use crate::error::AppError;
use crate::services::Db;

/// A member signed in through their personal link, with their cohort and brand.
pub struct CurrentMember {
    pub member: members::Member,
    pub cohort: cohorts::Cohort,
    pub brand: brands::Brand,
    /// The state of the cohort's posts as the request began.
    pub tally: Tally,
    /// How many of their own posts staff hid.
    pub hidden_posts: i64,
    /// Whether any product was sent to them.
    pub sent_products: bool,
    /// The activities they answered, in order of id.
    pub answered: Vec<ActivityId>,
}

impl CurrentMember {
    /// Members read times in the zone they picked, or their country's.
    pub fn time_zone(&self) -> chrono_tz::Tz {
        Country::zone_for(&self.member.country, self.member.time_zone.as_deref())
    }
}

/// The staff account a user row stands for, unless it may no longer sign in or
/// the session was opened with another password.
fn staff_of(user: Option<users::User>, stamp: &Stamp) -> Option<Staff> {
    let user = user.filter(|u| u.disabled_at.is_none() && Stamp::of(&u.password_hash) == *stamp)?;
    let role = match (user.role, user.brand_id) {
        (StaffRole::Admin, _) => Role::Admin,
        (StaffRole::Manager, Some(brand_id)) => Role::Manager { brand_id },
        (StaffRole::Observer, Some(brand_id)) => Role::Observer { brand_id },
        _ => return None,
    };
    Some(Staff {
        id: user.id,
        email: user.email,
        role,
        time_zone: user.time_zone.parse().unwrap_or(chrono_tz::UTC),
        must_change_password: user.must_change_password,
        two_step: user.totp_secret.is_some(),
    })
}

fn load_staff(
    conn: &mut DbConn,
    user_id: UserId,
    stamp: &Stamp,
) -> Result<Option<Staff>, AppError> {
    Ok(staff_of(users::find(conn, user_id)?, stamp))
}

/// A path whose id cannot be one: 404 for an account that may still sign in,
/// the sign-in page for one that may not.
fn no_such_target<T>(
    conn: &mut DbConn,
    user_id: UserId,
    stamp: &Stamp,
) -> Result<Option<T>, AppError> {
    match load_staff(conn, user_id, stamp)? {
        Some(_) => Err(AppError::NotFound),
        None => Ok(None),
    }
}

/// The staff account signed in as `user_id` with a session stamped `stamp`;
/// `None` once it is gone or disabled, or its password has changed since.
pub async fn staff(db: &Db, user_id: UserId, stamp: Stamp) -> Result<Option<Staff>, AppError> {
    db.quick(move |conn| load_staff(conn, user_id, &stamp))
        .await
}

/// The staff account, a cohort it may see and, when `activity` is named, that
/// activity's version, read in one statement. `None` when the account may no
/// longer sign in; 404 when the cohort is not theirs to see.
fn cohort_access(
    conn: &mut DbConn,
    user_id: UserId,
    stamp: &Stamp,
    cohort_id: Option<CohortId>,
    activity: Option<ActivityId>,
) -> Result<Option<(Staff, cohorts::CohortRead, Option<i64>)>, AppError> {
    let Some(cohort_id) = cohort_id else {
        return no_such_target(conn, user_id, stamp);
    };
    let Some(found) = users::with_cohort(conn, user_id, cohort_id, activity)? else {
        return Ok(None);
    };
    let Some(staff) = staff_of(Some(found.user), stamp) else {
        return Ok(None);
    };
    match found.cohort {
        Some(read) if staff.may_see_brand(read.cohort.brand_id) => {
            Ok(Some((staff, read, found.activity_version)))
        }
        _ => Err(AppError::NotFound),
    }
}

/// The staff account and a cohort it may see, as `cohort_access`.
pub async fn staff_cohort(
    db: &Db,
    user_id: UserId,
    stamp: Stamp,
    cohort_id: Option<CohortId>,
) -> Result<Option<(Staff, cohorts::CohortRead)>, AppError> {
    db.quick(move |conn| {
        let found = cohort_access(conn, user_id, &stamp, cohort_id, None)?;
        Ok(found.map(|(staff, read, _)| (staff, read)))
    })
    .await
}

/// The staff account, a cohort it may see and the version of the cohort's
/// activity `activity`, in the one statement of `cohort_access`: the report
/// kept for that version is then served without another trip. 404 when the
/// activity is not the cohort's.
pub async fn staff_activity(
    db: &Db,
    user_id: UserId,
    stamp: Stamp,
    cohort_id: Option<CohortId>,
    activity: Option<ActivityId>,
) -> Result<Option<(Staff, cohorts::CohortRead, i64)>, AppError> {
    db.quick(move |conn| {
        let Some(activity) = activity else {
            return no_such_target(conn, user_id, &stamp);
        };
        match cohort_access(conn, user_id, &stamp, cohort_id, Some(activity))? {
            None => Ok(None),
            Some((staff, read, Some(version))) => Ok(Some((staff, read, version))),
            Some(_) => Err(AppError::NotFound),
        }
    })
    .await
}

/// A staff account and, when it exists, the brand asked for with the part of
/// its page that goes with it.
pub type AccountAndBrand<P> = (users::User, Option<(brands::Brand, P)>);

/// What a brand's page reads beside the staff account's access to the brand,
/// in the same trip to the database (in the same statement, where it can).
/// It is read before the account's rights to the brand are checked: nothing
/// of it leaves unless they hold.
pub trait BrandPart: Send + Sized + 'static {
    fn read_with_access(
        conn: &mut DbConn,
        user_id: UserId,
        brand_id: BrandId,
    ) -> Result<Option<AccountAndBrand<Self>>, AppError>;
}

/// Nothing beside the access.
impl BrandPart for () {
    fn read_with_access(
        conn: &mut DbConn,
        user_id: UserId,
        brand_id: BrandId,
    ) -> Result<Option<AccountAndBrand<Self>>, AppError> {
        Ok(users::with_brand(conn, user_id, brand_id)?
            .map(|(user, brand)| (user, brand.map(|brand| (brand, ())))))
    }
}

/// The staff account, a brand it may see and the part `P` of the brand's
/// page, as `staff_cohort`. The part is read before the route's own checks
/// (an observer, a password to change), which then answer without it.
pub async fn staff_brand<P: BrandPart>(
    db: &Db,
    user_id: UserId,
    stamp: Stamp,
    brand_id: Option<BrandId>,
) -> Result<Option<(Staff, brands::Brand, P)>, AppError> {
    db.quick(move |conn| {
        let Some(brand_id) = brand_id else {
            return no_such_target(conn, user_id, &stamp);
        };
        let Some((user, brand)) = P::read_with_access(conn, user_id, brand_id)? else {
            return Ok(None);
        };
        let Some(staff) = staff_of(Some(user), &stamp) else {
            return Ok(None);
        };
        match brand {
            Some((brand, part)) if staff.may_see_brand(brand.id) => Ok(Some((staff, brand, part))),
            _ => Err(AppError::NotFound),
        }
    })
    .await
}

/// What a member's page reads for them beside their access, in the same trip
/// to the database.
pub trait MemberPart: Send + Sized + 'static {
    fn read(conn: &mut DbConn, current: &CurrentMember) -> Result<Self, AppError>;

    /// The part when the access alone says what it is, so that no trip is
    /// made for it.
    fn without_reading(_: &CurrentMember) -> Option<Self> {
        None
    }
}

/// Nothing beside the access.
impl MemberPart for () {
    fn read(_: &mut DbConn, _: &CurrentMember) -> Result<Self, AppError> {
        Ok(())
    }

    fn without_reading(_: &CurrentMember) -> Option<Self> {
        Some(())
    }
}

/// The member as read, unless their personal link was replaced since the
/// session opened.
fn current_member(read: members::MemberRead, stamp: &Stamp) -> Option<CurrentMember> {
    (Stamp::of(&read.member.access_token_hash) == *stamp).then_some(CurrentMember {
        member: read.member,
        cohort: read.cohort,
        brand: read.brand,
        tally: read.tally,
        hidden_posts: read.hidden_posts,
        sent_products: read.sent_products,
        answered: read.answered,
    })
}

/// The member signed in as `member_id`, with cohort and brand, and the part
/// `P` their page reads; `None` once gone or once their personal link has
/// been replaced since the session opened. `with_session`: their access as
/// read with the session, when it was; then only the part may need a trip.
pub async fn member<P: MemberPart>(
    db: &Db,
    member_id: MemberId,
    stamp: Stamp,
    with_session: Option<members::MemberRead>,
) -> Result<Option<(CurrentMember, P)>, AppError> {
    if let Some(read) = with_session.filter(|read| read.member.id == member_id) {
        let Some(current) = current_member(read, &stamp) else {
            return Ok(None);
        };
        if let Some(part) = P::without_reading(&current) {
            return Ok(Some((current, part)));
        }
        return db
            .quick(move |conn| {
                let part = P::read(conn, &current)?;
                Ok(Some((current, part)))
            })
            .await;
    }
    db.quick(move |conn| {
        let Some(current) = members::with_cohort_and_brand(conn, member_id)?
            .and_then(|read| current_member(read, &stamp))
        else {
            return Ok(None);
        };
        let part = P::read(conn, &current)?;
        Ok(Some((current, part)))
    })
    .await
}
