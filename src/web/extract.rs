//! Identity and access as extractors: a handler names who may call it, and what
//! they may see arrives loaded in one trip to the database, or the request ends
//! here (sign in, 403 for members without a link, 404 for what is not theirs).

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use crate::auth::token::Stamp;
use crate::domain::{ActivityId, Staff, UserId};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::services::Db;
use crate::services::access::{self, BrandPart, CurrentMember, MemberPart};
use crate::services::records::{Brand, Cohort, Tally};
use crate::web::path_id;
use crate::web::session::{chosen_language, member_id, staff_id, stamp};

/// A part the app shares with every request (the database, a memo, the settings).
pub fn shared<T: ?Sized + 'static>(req: &HttpRequest) -> Result<web::Data<T>, AppError> {
    req.app_data::<web::Data<T>>().cloned().ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!(
            "the app shares no {}",
            std::any::type_name::<T>()
        ))
    })
}

fn db(req: &HttpRequest) -> Result<Db, AppError> {
    shared::<Db>(req).map(|db| Db::clone(&db))
}

/// The `{id}` (or another named part) of the path, when it is a usable id.
fn path_param<Id: std::str::FromStr>(req: &HttpRequest, name: &str) -> Option<Id> {
    req.match_info().get(name).and_then(|raw| path_id(raw).ok())
}

/// A staff id whose account is gone or disabled: the session ends with it.
fn signed_out(session: &Session) -> AppError {
    session.purge();
    AppError::LoginRequired
}

/// What an extractor loaded for a signed-in account.
trait SignedIn {
    fn account(&self) -> &Staff;
}

/// Whether the account loaded may be an observer. Every staff extractor
/// refuses them, so a page shows an observer only what it is written for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Observers {
    Refused,
    Admitted,
}

/// Where an account signed in with a generated password may go: the page
/// that sets its own (and the time zone form on it).
const OPEN_BEFORE_OWN_PASSWORD: [&str; 3] = ["/account", "/account/password", "/account/zone"];

/// Runs `load` for a signed-in account; anyone else is sent to sign in, an
/// account with a generated password to choose its own, and an observer,
/// unless `observers` admits them, finds nothing (404).
fn for_staff<T: SignedIn + 'static, F>(
    req: &HttpRequest,
    observers: Observers,
    load: impl FnOnce(Db, UserId, Stamp) -> F + 'static,
) -> LocalBoxFuture<'static, Result<T, AppError>>
where
    F: Future<Output = Result<Option<T>, AppError>>,
{
    let session = req.get_session();
    let db = db(req);
    let open_before_own_password = OPEN_BEFORE_OWN_PASSWORD.contains(&req.path());
    Box::pin(async move {
        let id = staff_id(&session)?.ok_or(AppError::LoginRequired)?;
        let stamp = stamp(&session).ok_or_else(|| signed_out(&session))?;
        let loaded = load(db?, id, stamp)
            .await?
            .ok_or_else(|| signed_out(&session))?;
        if loaded.account().must_change_password && !open_before_own_password {
            return Err(AppError::PasswordChangeRequired);
        }
        if observers == Observers::Refused && loaded.account().is_observer() {
            return Err(AppError::NotFound);
        }
        Ok(loaded)
    })
}

impl SignedIn for Staff {
    fn account(&self) -> &Staff {
        self
    }
}

impl FromRequest for Staff {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        for_staff(req, Observers::Refused, |db, id, stamp| async move {
            access::staff(&db, id, stamp).await
        })
    }
}

/// Any signed-in staff account, observers included: for its own account page
/// (time zone and password).
pub struct Account(pub Staff);

impl FromRequest for Account {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let found = for_staff(req, Observers::Admitted, |db, id, stamp| async move {
            access::staff(&db, id, stamp).await
        });
        Box::pin(async move { Ok(Account(found.await?)) })
    }
}

/// A signed-in admin; for anyone else admin pages do not exist.
pub struct Admin(pub Staff);

impl FromRequest for Admin {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let staff = Staff::from_request(req, payload);
        Box::pin(async move {
            let staff = staff.await?;
            if staff.is_admin() {
                Ok(Admin(staff))
            } else {
                Err(AppError::NotFound)
            }
        })
    }
}

/// A signed-in staff account and the cohort of the path's `{id}`, which it may
/// see, with the state of the cohort's posts as the request began.
pub struct StaffCohort {
    pub staff: Staff,
    pub cohort: Cohort,
    pub brand: Brand,
    pub tally: Tally,
}

impl SignedIn for StaffCohort {
    fn account(&self) -> &Staff {
        &self.staff
    }
}

fn staff_cohort(
    req: &HttpRequest,
    observers: Observers,
) -> LocalBoxFuture<'static, Result<StaffCohort, AppError>> {
    let cohort_id = path_param(req, "id");
    for_staff(req, observers, move |db, id, stamp| async move {
        let found = access::staff_cohort(&db, id, stamp, cohort_id).await?;
        Ok(found.map(|(staff, view)| StaffCohort {
            staff,
            cohort: view.cohort,
            brand: view.brand,
            tally: view.tally,
        }))
    })
}

impl FromRequest for StaffCohort {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        staff_cohort(req, Observers::Refused)
    }
}

/// A signed-in staff account, the cohort of the path's `{id}` and the version
/// of its activity `{item}`: what a kept activity report is found by.
pub struct StaffActivity {
    pub cohort: StaffCohort,
    pub activity: ActivityId,
    pub version: i64,
}

impl SignedIn for StaffActivity {
    fn account(&self) -> &Staff {
        &self.cohort.staff
    }
}

impl FromRequest for StaffActivity {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let cohort_id = path_param(req, "id");
        let activity = path_param(req, "item");
        for_staff(req, Observers::Refused, move |db, id, stamp| async move {
            let found = access::staff_activity(&db, id, stamp, cohort_id, activity).await?;
            // Found only when the path named an activity.
            Ok(found
                .zip(activity)
                .map(|((staff, view, version), activity)| StaffActivity {
                    cohort: StaffCohort {
                        staff,
                        cohort: view.cohort,
                        brand: view.brand,
                        tally: view.tally,
                    },
                    activity,
                    version,
                }))
        })
    }
}

/// A cohort's released figures may be read by staff and by the brand's
/// observers alike.
pub struct CohortReleases(pub StaffCohort);

impl FromRequest for CohortReleases {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let found = staff_cohort(req, Observers::Admitted);
        Box::pin(async move { Ok(CohortReleases(found.await?)) })
    }
}

/// A signed-in staff account and the brand of the path's `{id}`, which it may see.
pub struct StaffBrand {
    pub staff: Staff,
    pub brand: Brand,
}

/// A signed-in staff account and the brand of the path's `{id}`, with the
/// part `P` of the brand's page read in the same trip.
pub struct BrandWith<P>(pub StaffBrand, pub P);

impl<P> SignedIn for BrandWith<P> {
    fn account(&self) -> &Staff {
        &self.0.staff
    }
}

fn staff_brand<P: BrandPart>(
    req: &HttpRequest,
    observers: Observers,
) -> LocalBoxFuture<'static, Result<BrandWith<P>, AppError>> {
    let brand_id = path_param(req, "id");
    for_staff(req, observers, move |db, id, stamp| async move {
        let found = access::staff_brand::<P>(&db, id, stamp, brand_id).await?;
        Ok(found.map(|(staff, brand, part)| BrandWith(StaffBrand { staff, brand }, part)))
    })
}

impl<P: BrandPart> FromRequest for BrandWith<P> {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        staff_brand(req, Observers::Refused)
    }
}

impl FromRequest for StaffBrand {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let found = staff_brand::<()>(req, Observers::Refused);
        Box::pin(async move { Ok(found.await?.0) })
    }
}

/// A brand's released figures, for its staff and its observers.
pub struct BrandReleases(pub StaffBrand);

impl FromRequest for BrandReleases {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let found = staff_brand::<()>(req, Observers::Admitted);
        Box::pin(async move { Ok(BrandReleases(found.await?.0)) })
    }
}

/// Whoever is signed in, if anyone: for pages open to all that differ by visitor.
pub struct Visitor {
    pub staff: Option<Staff>,
    pub member: Option<CurrentMember>,
}

/// The staff account or the member (with `P`) signed in, if either.
type SignedInAs<P> = (Option<Staff>, Option<(CurrentMember, P)>);

/// The visitor as `Visitor` says, a member with the part `P` of their page
/// read in the same trip as their access.
fn visitor_with<P: MemberPart>(
    req: &HttpRequest,
) -> LocalBoxFuture<'static, Result<SignedInAs<P>, AppError>> {
    let session = req.get_session();
    let db = db(req);
    let with_session = crate::web::session_store::take_member_read();
    Box::pin(async move {
        let db = db?;
        // A session whose account or member is gone, or whose password or
        // personal link has changed since it opened, ends here.
        let (staff_id, member_id) = (staff_id(&session)?, member_id(&session)?);
        let stamp = stamp(&session);
        let staff = match (staff_id, stamp.clone()) {
            (Some(id), Some(stamp)) => access::staff(&db, id, stamp).await?,
            _ => None,
        };
        let member = match (&staff, member_id, stamp) {
            (None, Some(id), Some(stamp)) => {
                access::member::<P>(&db, id, stamp, with_session).await?
            }
            _ => None,
        };
        let signed_in = staff_id.is_some() || member_id.is_some();
        if signed_in && staff.is_none() && member.is_none() {
            session.purge();
        }
        Ok((staff, member))
    })
}

impl FromRequest for Visitor {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let visitor = visitor_with::<()>(req);
        Box::pin(async move {
            let (staff, member) = visitor.await?;
            Ok(Visitor {
                staff,
                member: member.map(|(current, ())| current),
            })
        })
    }
}

/// A signed-in member, with the part `P` of their page read in the same trip.
pub struct MemberWith<P>(pub CurrentMember, pub P);

impl<P: MemberPart> FromRequest for MemberWith<P> {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let visitor = visitor_with::<P>(req);
        Box::pin(async move {
            let (current, part) = visitor.await?.1.ok_or_else(|| {
                AppError::Forbidden(
                    "Open your personal link to reach your cohort. Lost it? Get it again by email at /link, or ask the cohort's organiser for a new invite.".into(),
                )
            })?;
            Ok(MemberWith(current, part))
        })
    }
}

impl FromRequest for CurrentMember {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let member = MemberWith::<()>::from_request(req, payload);
        Box::pin(async move { Ok(member.await?.0) })
    }
}

/// A signed-in member about to write in their cohort (post, answer, take a
/// share link): refused once staff closed the cohort, which members read but
/// no longer write in.
pub struct WritingMember(pub CurrentMember);

impl FromRequest for WritingMember {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let current = CurrentMember::from_request(req, payload);
        Box::pin(async move {
            let current = current.await?;
            crate::services::cohorts::refuse_if_closed(&current.cohort)?;
            Ok(WritingMember(current))
        })
    }
}

/// The language a visitor reads the members' side in: the one chosen with the
/// switcher in this session, else the closest their browser's
/// `Accept-Language` asks for, else English.
#[derive(Debug, Clone, Copy)]
pub struct Language(pub Lang);

impl Language {
    pub fn of(req: &HttpRequest) -> Lang {
        Language::preferring(req, None)
    }

    /// As [`Language::of`], with `written` (the language an invitation was
    /// written in) before the browser's.
    pub fn preferring(req: &HttpRequest, written: Option<Lang>) -> Lang {
        chosen_language(&req.get_session())
            .or(written)
            .unwrap_or_else(|| {
                req.headers()
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|value| value.to_str().ok())
                    .map_or(Lang::En, Lang::negotiate)
            })
    }
}

impl FromRequest for Language {
    type Error = AppError;
    type Future = std::future::Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Ok(Language(Language::of(req))))
    }
}
