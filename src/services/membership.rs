//! Joining through an invite, personal access links, leaving, removal, and the
//! member's own data export.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::OptionalExtension;

use crate::auth::token::{self, Stamp};
use crate::db::models::brands::{self, Brand};
use crate::db::models::cohorts::{self, Cohort};
use crate::db::models::invites::{self, Invite};
use crate::db::models::members::{self, Member};
use crate::db::models::outbox;
use crate::db::models::posts;
use crate::db::models::seedings;
use crate::db::{DbConn, write_tx};
use crate::domain::look::{accent_or_default, logo_url};
use crate::domain::{BirthMonth, CohortId, Country, Email, InviteId, MemberId, ProductId};
use crate::email::links::{LinkSigner, Unsubscribe};
use crate::email::messages::{ACCESS_LINK_SUBJECT, AccessLinkMail};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::photos::store::PhotoStore;
use crate::services::access::{CurrentMember, MemberPart};
use crate::services::activities;
use crate::services::invites::InviteState;
use crate::services::photos as photo_service;
use crate::services::products::{self, NamesMemo};
use crate::services::{Db, now};
use std::sync::Arc;

/// The invite behind a join link, its cohort and brand, whatever its state.
pub fn find_invite(
    conn: &mut DbConn,
    plain_token: &str,
) -> Result<(Invite, Cohort, Brand), AppError> {
    if !token::looks_valid(plain_token) {
        return Err(AppError::NotFound);
    }
    let invite =
        invites::find_by_token_hash(conn, &token::hash(plain_token))?.ok_or(AppError::NotFound)?;
    let cohort = cohorts::find(conn, invite.cohort_id)?.ok_or(AppError::NotFound)?;
    let brand = brands::find(conn, cohort.brand_id)?;
    Ok((invite, cohort, brand))
}

pub struct JoinInput {
    pub display_name: String,
    pub city: String,
    pub birth: BirthMonth,
    pub country: &'static Country,
    pub guardian_consent: bool,
    pub email: Option<String>,
    /// The join form's one-time key: the same form sent twice admits one member.
    pub submission_key: Option<String>,
    /// The language they joined in: their mails and pages follow it.
    pub language: Lang,
}

/// Why someone may not join at their age: too young for Cohorts at all, or
/// under their country's age of digital consent without a guardian's agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeProblem {
    TooYoung { minimum: i32 },
    NeedsGuardian { country: &'static Country },
}

pub fn age_problem(
    birth: BirthMonth,
    country: &'static Country,
    guardian_consent: bool,
    today: NaiveDate,
) -> Option<AgeProblem> {
    let age = birth.age_on(today);
    if age < Country::MINIMUM_AGE {
        return Some(AgeProblem::TooYoung {
            minimum: Country::MINIMUM_AGE,
        });
    }
    if age < country.consent_age && !guardian_consent {
        return Some(AgeProblem::NeedsGuardian { country });
    }
    None
}

/// What a personal-link mail needs besides the member.
pub struct LinkContext<'a> {
    pub public_url: &'a str,
    pub brand: &'a str,
    /// The brand's accent colour, for the mail's button.
    pub accent: &'a str,
    /// The brand's logo's full address, when it has one.
    pub logo: Option<&'a str>,
    pub cohort: &'a str,
    /// Signs the unsubscribe link every message to a member carries.
    pub signer: &'a LinkSigner,
}

pub fn access_url(public_url: &str, token: &str) -> String {
    format!("{public_url}/m/{token}")
}

fn enqueue_access_link(
    conn: &mut DbConn,
    lang: Lang,
    recipient: &str,
    display_name: &str,
    context: &LinkContext<'_>,
    member_id: MemberId,
    token: &str,
) -> Result<(), AppError> {
    let link = access_url(context.public_url, token);
    let unsubscribe =
        context
            .signer
            .unsubscribe_url(context.public_url, Unsubscribe::Nudges, member_id.0);
    let mail = AccessLinkMail {
        lang,
        brand: context.brand,
        accent: context.accent,
        logo: context.logo,
        cohort: context.cohort,
        display_name,
        link: &link,
        unsubscribe: &unsubscribe,
    };
    crate::email::enqueue(conn, recipient, &mail.render()?).map(|_| ())
}

pub struct Joined {
    pub member_id: MemberId,
    pub access_token: String,
    /// What the member's session is stamped with (see `token::Stamp`).
    pub stamp: Stamp,
}

/// Claims one use of the invite and one seat, then creates the member (and, when
/// they gave an address, mails their personal link), all in one transaction:
/// either everything happens or nothing does.
pub fn join(
    conn: &mut DbConn,
    invite_id: InviteId,
    cohort_id: CohortId,
    input: &JoinInput,
    context: &LinkContext<'_>,
) -> Result<Joined, AppError> {
    write_tx(conn, |conn| {
        let current = now();
        if let Some(key) = &input.submission_key
            && members::id_for_submission(conn, key)?.is_some()
        {
            return Err(AppError::DuplicateSubmission);
        }
        if !invites::claim_use(conn, invite_id, current)? {
            let invite = invites::find(conn, invite_id)?;
            return Err(InviteState::of(&invite, current)
                .refusal()
                .unwrap_or_else(|| AppError::Gone("This invite can no longer be used.".into())));
        }
        if !cohorts::claim_seat(conn, cohort_id)? {
            // No seat: the cohort is full, or closed since the form was shown.
            let closed = cohorts::find(conn, cohort_id)?.is_some_and(|c| c.closed_at.is_some());
            return Err(if closed {
                AppError::CohortClosed
            } else {
                AppError::Conflict("Sorry, this cohort is full: every seat has been taken.".into())
            });
        }
        let access = token::generate();
        let member_id = members::insert(
            conn,
            members::NewMember {
                submission_key: input.submission_key.as_deref(),
                cohort_id,
                invite_id,
                display_name: &input.display_name,
                city: &input.city,
                birth_year: input.birth.year,
                birth_month: input.birth.month as i32,
                country: input.country.code,
                guardian_consent: input.guardian_consent,
                email: input.email.as_deref(),
                access_token_hash: &access.hash,
                language: Some(input.language.code()),
            },
            current,
        )
        .map_err(AppError::unless_duplicate)?;
        if let Some(email) = &input.email {
            enqueue_access_link(
                conn,
                input.language,
                email,
                &input.display_name,
                context,
                member_id,
                &access.plain,
            )?;
        }
        Ok(Joined {
            member_id,
            access_token: access.plain,
            stamp: Stamp::of(&access.hash),
        })
    })
}

/// The member a personal access link belongs to.
pub fn member_for_access_token(conn: &mut DbConn, plain_token: &str) -> Result<Member, AppError> {
    if !token::looks_valid(plain_token) {
        return Err(AppError::StaleLink);
    }
    members::find_by_token_hash(conn, &token::hash(plain_token))?.ok_or(AppError::StaleLink)
}

/// Personal-link mails one address may be sent per hour.
pub const LINK_MAILS_PER_HOUR: i64 = 3;

/// "Send me my link": every membership under this address gets a new personal link
/// by mail (the old one stops working). Says nothing about whether the address is
/// known; returns how many mails were queued, for the tests and logs.
pub fn resend_links(
    conn: &mut DbConn,
    email: &Email,
    public_url: &str,
    signer: &LinkSigner,
) -> Result<usize, AppError> {
    write_tx(conn, |conn| {
        let since = now() - chrono::Duration::hours(1);
        if outbox::count_to_since(conn, email.as_str(), ACCESS_LINK_SUBJECT, since)?
            >= LINK_MAILS_PER_HOUR
        {
            return Ok(0);
        }
        let mut queued = 0;
        for member in members::with_email(conn, email.as_str())? {
            let Some(cohort) = cohorts::find(conn, member.cohort_id)? else {
                continue;
            };
            let brand = brands::find(conn, cohort.brand_id)?;
            let access = token::generate();
            members::set_access_token_hash(conn, member.id, &access.hash)?;
            let logo = logo_url(public_url, brand.id, brand.logo_key.as_deref());
            let context = LinkContext {
                public_url,
                brand: &brand.name,
                accent: accent_or_default(brand.accent.as_deref()),
                logo: logo.as_deref(),
                cohort: &cohort.name,
                signer,
            };
            enqueue_access_link(
                conn,
                Lang::stored(member.language.as_deref()),
                email.as_str(),
                &member.display_name,
                &context,
                member.id,
                &access.plain,
            )?;
            queued += 1;
        }
        Ok(queued)
    })
}

/// Deletes a member, their posts, answers and photos with them (their answers
/// taken out of the activities' figures), and frees their seat.
/// Gives back the keys of their photo files, for the caller to delete.
pub fn remove(
    conn: &mut DbConn,
    cohort_id: CohortId,
    member_id: MemberId,
) -> Result<Vec<String>, AppError> {
    write_tx(conn, |conn| {
        let mut files = crate::services::posts::photo_keys(crate::db::models::photos::of_member(
            conn, member_id,
        )?);
        files.extend(activities::forget_member(conn, member_id)?);
        if members::delete(conn, member_id, cohort_id)? == 0 {
            return Err(AppError::NotFound);
        }
        cohorts::release_seat(conn, cohort_id)?;
        Ok(files)
    })
}

/// A member's download: what Cohorts keeps about them, in plain field names
/// and values (a country's name, yes or no, times in their own zone with its
/// offset), never the database's codes.
#[derive(serde::Serialize)]
pub struct MemberExport {
    pub exported_at: String,
    pub brand: String,
    pub cohort: String,
    pub about_you: AboutYou,
    pub posts: Vec<PostExport>,
    /// Their answers to activities, each task's prompt beside its answer.
    pub activity_answers: Vec<activities::AnswersExport>,
    /// The links to drops they took to pass on.
    pub share_links: Vec<ShareLinkExport>,
}

#[derive(serde::Serialize)]
pub struct ShareLinkExport {
    pub drop: String,
    pub link: String,
    pub taken_at: String,
}

#[derive(serde::Serialize)]
pub struct AboutYou {
    pub display_name: String,
    pub email: Option<String>,
    pub city: String,
    /// Year and month ("2008-05"): the day is never asked.
    pub born: String,
    pub country: String,
    pub parent_or_guardian_agreed: bool,
    pub agreed_to_share_at: String,
    pub joined_at: String,
    pub reminder_emails: bool,
    pub time_zone: String,
    /// The language chosen on the site, if one was.
    pub language: Option<&'static str>,
    /// When they turned sharing drops on; none while it is off.
    pub sharing_turned_on_at: Option<String>,
}

#[derive(serde::Serialize)]
pub struct PostExport {
    pub written_at: String,
    pub edited_at: Option<String>,
    /// "post" or "review".
    pub kind: &'static str,
    pub product: Option<String>,
    pub stars: Option<i32>,
    pub title: Option<String>,
    pub text: String,
    /// The city and age band it counts under in the cohort's figures.
    pub city: String,
    pub age_band: &'static str,
    /// Why the organisers hid it from the other members, if they did.
    pub hidden_because: Option<String>,
    /// How it reads: positive, neutral, negative or unscored.
    pub mood: &'static str,
}

/// A moment in `zone`, with its offset ("2026-05-01T14:05:00+02:00").
pub fn export_time(at: chrono::NaiveDateTime, zone: chrono_tz::Tz) -> String {
    use chrono::TimeZone;
    zone.from_utc_datetime(&at)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

pub fn export(
    conn: &mut DbConn,
    member: &Member,
    cohort: &Cohort,
    brand: &Brand,
) -> Result<MemberExport, AppError> {
    let zone = Country::zone_for(&member.country, member.time_zone.as_deref());
    let lang = Lang::stored(member.language.as_deref());
    let posts = posts::list_for_member(conn, member.id)?
        .into_iter()
        .map(|post| PostExport {
            written_at: export_time(post.created_at, zone),
            edited_at: (post.updated_at != post.created_at)
                .then(|| export_time(post.updated_at, zone)),
            kind: post.kind.as_str(),
            product: post.product,
            stars: post.rating,
            title: post.title,
            text: post.body,
            city: post.city,
            age_band: post.age_band.label(),
            hidden_because: post.hidden_reason,
            mood: post.label_override.unwrap_or(post.sentiment_label).as_str(),
        })
        .collect();
    Ok(MemberExport {
        exported_at: export_time(now(), zone),
        brand: brand.name.clone(),
        cohort: cohort.name.clone(),
        about_you: AboutYou {
            display_name: member.display_name.clone(),
            email: member.email.clone(),
            city: member.city.clone(),
            born: format!("{:04}-{:02}", member.birth_year, member.birth_month),
            country: Country::name_of(&member.country, lang),
            parent_or_guardian_agreed: member.guardian_consent != 0,
            agreed_to_share_at: export_time(member.consented_at, zone),
            joined_at: export_time(member.created_at, zone),
            reminder_emails: member.email.is_some() && member.nudges_off_at.is_none(),
            time_zone: zone.name().to_string(),
            language: member
                .language
                .as_deref()
                .and_then(Lang::parse)
                .map(Lang::name),
            sharing_turned_on_at: member.sharing_since.map(|at| export_time(at, zone)),
        },
        posts,
        activity_answers: activities::answers_of_member(conn, member, zone)?,
        share_links: crate::db::models::shares::links_of_member(conn, member.id)?
            .into_iter()
            .map(|(drop, code, taken_at)| ShareLinkExport {
                drop,
                link: format!("/s/{code}"),
                taken_at: export_time(taken_at, zone),
            })
            .collect(),
    })
}

/// What a member's page shows beside the feed: the products they may review,
/// what was sent to them (newest first) and their to-do list.
pub struct HomeParts {
    pub offered: Vec<crate::services::products::Reviewable>,
    pub sent: Vec<seedings::Sent>,
    pub todo: Vec<activities::Todo>,
}

/// What was sent to a member and the product tests that may move their
/// to-do list's dates, as read from the database (in the trip that reads
/// their access, when the page asks for it so).
pub struct HomeRead {
    sent: Vec<seedings::Sent>,
    tests: activities::CohortTests,
}

impl HomeRead {
    fn nothing_sent() -> Self {
        HomeRead {
            sent: Vec::new(),
            tests: Vec::new(),
        }
    }

    /// Only a member sent a product pays for reading what was sent, and only
    /// one who received one for the tests.
    fn of(
        conn: &mut DbConn,
        (member_id, cohort_id): (MemberId, CohortId),
        sent_products: bool,
    ) -> Result<Self, AppError> {
        if !sent_products {
            return Ok(HomeRead::nothing_sent());
        }
        let sent = seedings::of_member(conn, member_id)?;
        let tests = activities::product_tests_for(conn, cohort_id, &received(&sent))?;
        Ok(HomeRead { sent, tests })
    }
}

/// The products that reached the member, and when.
fn received(sent: &[seedings::Sent]) -> Vec<(ProductId, NaiveDateTime)> {
    sent.iter()
        .filter_map(|s| Some((s.product_id, s.received_at?)))
        .collect()
}

impl MemberPart for HomeRead {
    fn read(conn: &mut DbConn, current: &CurrentMember) -> Result<Self, AppError> {
        HomeRead::of(
            conn,
            (current.member.id, current.cohort.id),
            current.sent_products,
        )
    }

    /// Nothing to read for a member never sent a product.
    fn without_reading(current: &CurrentMember) -> Option<Self> {
        (!current.sent_products).then(HomeRead::nothing_sent)
    }
}

/// `HomeRead` for a member whose access is already loaded: a trip of its own,
/// when there is anything to read.
pub async fn home_read(db: &Db, current: &CurrentMember) -> Result<HomeRead, AppError> {
    if let Some(nothing) = HomeRead::without_reading(current) {
        return Ok(nothing);
    }
    let ids = (current.member.id, current.cohort.id);
    let sent_products = current.sent_products;
    db.quick(move |conn| HomeRead::of(conn, ids, sent_products))
        .await
}

/// What the member's page reads from memory rather than the database, each
/// kept per state: the brand's product names and the cohort's published
/// activities.
pub struct HomeKept<'a> {
    pub names: &'a NamesMemo,
    pub activities: &'a activities::PublishedMemo,
}

/// The parts of the member's page, with the products of the brand's kept
/// catalogue they may review and their to-do list from the cohort's kept
/// activities.
pub async fn home_parts(
    db: &Db,
    kept: HomeKept<'_>,
    current: &CurrentMember,
    HomeRead { sent, tests }: HomeRead,
) -> Result<HomeParts, AppError> {
    let catalogue = products::names(db, kept.names, &current.brand).await?;
    let published = activities::published(db, kept.activities, &current.cohort).await?;
    let todo = activities::todo(
        &published,
        &current.member,
        &current.answered,
        &tests,
        &received(&sent),
        now(),
    );
    Ok(HomeParts {
        offered: products::offered_to(&catalogue, &sent),
        sent,
        todo,
    })
}

/// The zone a member's times are shown in: one of their country's zones, or
/// `""` for the country's usual one. `Err` says why it was not taken.
/// A time zone that is not one of the member's country's: the page words it.
#[derive(Debug)]
pub struct ZoneNotListed;

pub async fn set_time_zone(
    db: &Db,
    member: &Member,
    zone: &str,
) -> Result<Result<(), ZoneNotListed>, AppError> {
    let zones = Country::parse(&member.country)
        .map(|c| c.zones)
        .unwrap_or_default();
    let chosen = match zone.trim() {
        "" => None,
        zone if zones.contains(&zone) => Some(zone.to_string()),
        _ => return Ok(Err(ZoneNotListed)),
    };
    let id = member.id;
    db.write(move |conn| {
        members::set_time_zone(conn, id, chosen.as_deref())?;
        Ok(Ok(()))
    })
    .await
}

/// The language a member reads Cohorts and its mails in.
pub async fn set_language(db: &Db, member_id: MemberId, language: Lang) -> Result<(), AppError> {
    db.write(move |conn| {
        members::set_language(conn, member_id, language.code())?;
        Ok(())
    })
    .await
}

/// A member's choice about "you haven't posted" reminders, recorded with its time.
pub async fn set_nudges(db: &Db, member_id: MemberId, on: bool) -> Result<(), AppError> {
    db.write(move |conn| {
        members::set_nudges_off(conn, member_id, (!on).then(now))?;
        Ok(())
    })
    .await
}

/// The language the mail a signed unsubscribe link came in was written in:
/// the member's (a nudge) or the invitation's (a reminder); `None` when it is
/// not known (the member has left, or nothing was chosen).
pub async fn unsubscribe_language(
    db: &Db,
    what: Unsubscribe,
    id: i64,
) -> Result<Option<Lang>, AppError> {
    db.quick(move |conn| written_language(conn, what, id)).await
}

fn written_language(
    conn: &mut DbConn,
    what: Unsubscribe,
    id: i64,
) -> Result<Option<Lang>, AppError> {
    let stored = match what {
        Unsubscribe::Nudges => members::find(conn, MemberId(id))?.and_then(|m| m.language),
        Unsubscribe::Reminders => invites::find(conn, InviteId(id))
            .optional()?
            .and_then(|i| i.language),
    };
    Ok(stored.as_deref().and_then(Lang::parse))
}

/// Turns off what a signed unsubscribe link names, and tells the language the
/// mail was written in. Unknown ids do nothing (the member may have left
/// since).
pub async fn unsubscribe(db: &Db, what: Unsubscribe, id: i64) -> Result<Option<Lang>, AppError> {
    db.write(move |conn| {
        match what {
            Unsubscribe::Nudges => members::stop_nudges(conn, MemberId(id), now())?,
            Unsubscribe::Reminders => invites::stop_reminders(conn, InviteId(id), now())?,
        };
        written_language(conn, what, id)
    })
    .await
}

/// Signs a member in through their personal link: the member it belongs to,
/// and what their session is stamped with (a new link ends the sessions opened
/// with the old one).
pub async fn open_access_link(
    db: &Db,
    plain_token: String,
) -> Result<(MemberId, Stamp, Option<Lang>), AppError> {
    let member = db
        .run(move |conn| member_for_access_token(conn, &plain_token))
        .await?;
    let language = member.language.as_deref().and_then(Lang::parse);
    Ok((member.id, Stamp::of(&member.access_token_hash), language))
}

/// "Send me my link", as `resend_links`.
pub async fn send_links_again(
    db: &Db,
    email: Email,
    public_url: String,
    signer: LinkSigner,
) -> Result<usize, AppError> {
    db.run(move |conn| resend_links(conn, &email, &public_url, &signer))
        .await
}

/// Removes a member (a manager's removal, or the member leaving), with their
/// posts, seat and photo files.
pub async fn remove_member(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    cohort_id: CohortId,
    member_id: MemberId,
) -> Result<(), AppError> {
    let files = db
        .run(move |conn| remove(conn, cohort_id, member_id))
        .await?;
    photo_service::remove_files(&*store, files.iter().map(String::as_str));
    Ok(())
}

/// Everything the cohort holds about a member, for their download.
pub async fn export_data(db: &Db, current: CurrentMember) -> Result<MemberExport, AppError> {
    db.run(move |conn| export(conn, &current.member, &current.cohort, &current.brand))
        .await
}

/// The invite behind a join link, with its cohort and brand, refused with a
/// clear page unless it can admit someone.
pub async fn usable_invite(db: &Db, token: String) -> Result<(Invite, Cohort, Brand), AppError> {
    let (invite, cohort, brand) = db.run(move |conn| find_invite(conn, &token)).await?;
    if let Some(refusal) = InviteState::of(&invite, now()).refusal() {
        return Err(refusal);
    }
    crate::services::cohorts::refuse_if_closed(&cohort)?;
    if cohort.members_count >= cohort.capacity {
        return Err(AppError::Conflict(
            "Sorry, this cohort is full: every seat has been taken.".into(),
        ));
    }
    Ok((invite, cohort, brand))
}

/// An invite's join page is opened: as [`usable_invite`], and the first
/// opening is noted for the invites' funnel.
pub async fn open_invite(db: &Db, token: String) -> Result<(Invite, Cohort, Brand), AppError> {
    let (invite, cohort, brand) = usable_invite(db, token).await?;
    if invite.opened_at.is_none() {
        let id = invite.id;
        db.write(move |conn| Ok(invites::mark_opened(conn, id, now())?))
            .await?;
    }
    Ok((invite, cohort, brand))
}

/// Joins a cohort through an invite, as `join`; the personal link is mailed
/// when an address is known.
pub async fn join_cohort(
    db: &Db,
    invite: &Invite,
    cohort: &Cohort,
    brand: &Brand,
    input: JoinInput,
    public_url: String,
    signer: LinkSigner,
) -> Result<Joined, AppError> {
    let (invite_id, cohort_id) = (invite.id, cohort.id);
    let (brand_name, cohort_name) = (brand.name.clone(), cohort.name.clone());
    let accent = accent_or_default(brand.accent.as_deref()).to_string();
    let logo = logo_url(&public_url, brand.id, brand.logo_key.as_deref());
    db.run(move |conn| {
        let context = LinkContext {
            public_url: &public_url,
            brand: &brand_name,
            accent: &accent,
            logo: logo.as_deref(),
            cohort: &cohort_name,
            signer: &signer,
        };
        join(conn, invite_id, cohort_id, &input, &context)
    })
    .await
}
