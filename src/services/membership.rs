//! Joining through an invite, personal access links, leaving, removal, and the
//! member's own data export.

use chrono::NaiveDate;

use crate::auth::token;
use crate::db::models::brands::{self, Brand};
use crate::db::models::cohorts::{self, Cohort};
use crate::db::models::invites::{self, Invite};
use crate::db::models::members::{self, Member};
use crate::db::models::outbox;
use crate::db::models::posts::{self, Post};
use crate::db::{DbConn, write_tx};
use crate::domain::{BirthMonth, Country, Email};
use crate::email::links::{LinkSigner, Unsubscribe};
use crate::email::messages::{ACCESS_LINK_SUBJECT, AccessLinkMail};
use crate::error::AppError;
use crate::services::invites::InviteState;
use crate::services::now;

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
    pub country: Country,
    pub guardian_consent: bool,
    pub email: Option<String>,
    /// The join form's one-time key: the same form sent twice admits one member.
    pub submission_key: Option<String>,
}

/// Why a join form was refused, against the field it concerns.
pub fn age_problem(
    birth: BirthMonth,
    country: Country,
    guardian_consent: bool,
    today: NaiveDate,
) -> Option<(&'static str, String)> {
    let age = birth.age_on(today);
    if age < Country::MINIMUM_AGE {
        return Some((
            "birth_year",
            format!(
                "Members must be at least {} years old.",
                Country::MINIMUM_AGE
            ),
        ));
    }
    if age < country.consent_age && !guardian_consent {
        return Some((
            "guardian_consent",
            format!(
                "In {} you need a parent or guardian's agreement to join under {}. Ask them to read this page and tick the box.",
                country.name, country.consent_age
            ),
        ));
    }
    None
}

/// What a personal-link mail needs besides the member.
pub struct LinkContext<'a> {
    pub public_url: &'a str,
    pub brand: &'a str,
    pub cohort: &'a str,
    /// Signs the unsubscribe link every message to a member carries.
    pub signer: &'a LinkSigner,
}

pub fn access_url(public_url: &str, token: &str) -> String {
    format!("{public_url}/m/{token}")
}

fn enqueue_access_link(
    conn: &mut DbConn,
    recipient: &str,
    display_name: &str,
    context: &LinkContext<'_>,
    member_id: i64,
    token: &str,
) -> Result<(), AppError> {
    let link = access_url(context.public_url, token);
    let unsubscribe =
        context
            .signer
            .unsubscribe_url(context.public_url, Unsubscribe::Nudges, member_id);
    let mail = AccessLinkMail {
        brand: context.brand,
        cohort: context.cohort,
        display_name,
        link: &link,
        unsubscribe: &unsubscribe,
    };
    crate::email::enqueue(conn, recipient, &mail.render()?)
}

pub struct Joined {
    pub member_id: i64,
    pub access_token: String,
}

/// Claims one use of the invite and one seat, then creates the member (and, when
/// they gave an address, mails their personal link), all in one transaction:
/// either everything happens or nothing does.
pub fn join(
    conn: &mut DbConn,
    invite_id: i64,
    cohort_id: i64,
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
            return Err(AppError::Conflict(
                "Sorry, this cohort is full: every seat has been taken.".into(),
            ));
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
            },
            current,
        )
        .map_err(AppError::unless_duplicate)?;
        if let Some(email) = &input.email {
            enqueue_access_link(
                conn,
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
        })
    })
}

/// The member a personal access link belongs to.
pub fn member_for_access_token(conn: &mut DbConn, plain_token: &str) -> Result<Member, AppError> {
    if !token::looks_valid(plain_token) {
        return Err(AppError::NotFound);
    }
    members::find_by_token_hash(conn, &token::hash(plain_token))?.ok_or(AppError::NotFound)
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
            let context = LinkContext {
                public_url,
                brand: &brand.name,
                cohort: &cohort.name,
                signer,
            };
            enqueue_access_link(
                conn,
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

/// Deletes a member, their posts and photos with them, and frees their seat.
/// Gives back the keys of their photo files, for the caller to delete.
pub fn remove(conn: &mut DbConn, cohort_id: i64, member_id: i64) -> Result<Vec<String>, AppError> {
    write_tx(conn, |conn| {
        let files = crate::services::posts::photo_keys(crate::db::models::photos::of_member(
            conn, member_id,
        )?);
        if members::delete(conn, member_id, cohort_id)? == 0 {
            return Err(AppError::NotFound);
        }
        cohorts::release_seat(conn, cohort_id)?;
        Ok(files)
    })
}

#[derive(serde::Serialize)]
pub struct MemberExport {
    pub exported_at: chrono::NaiveDateTime,
    pub brand: String,
    pub cohort: String,
    pub member: Member,
    pub posts: Vec<Post>,
}

pub fn export(
    conn: &mut DbConn,
    member: &Member,
    cohort: &Cohort,
    brand: &Brand,
) -> Result<MemberExport, AppError> {
    Ok(MemberExport {
        exported_at: now(),
        brand: brand.name.clone(),
        cohort: cohort.name.clone(),
        member: member.clone(),
        posts: posts::list_for_member(conn, member.id)?,
    })
}

/// A member's choice about "you haven't posted" reminders, recorded with its time.
pub fn set_nudges(conn: &mut DbConn, member_id: i64, on: bool) -> Result<(), AppError> {
    use crate::db::schema::members as table;
    use diesel::prelude::*;
    write_tx(conn, |conn| {
        let off_at = (!on).then(now);
        diesel::update(table::table.find(member_id))
            .set(table::nudges_off_at.eq(off_at))
            .execute(conn)?;
        Ok(())
    })
}

/// Turns off what a signed unsubscribe link names. Unknown ids do nothing (the
/// member may have left since).
pub fn unsubscribe(
    conn: &mut DbConn,
    what: crate::email::links::Unsubscribe,
    id: i64,
) -> Result<(), AppError> {
    use crate::db::schema::{invites as invite_table, members as member_table};
    use crate::email::links::Unsubscribe;
    use diesel::prelude::*;
    write_tx(conn, |conn| {
        let at = Some(now());
        match what {
            Unsubscribe::Nudges => diesel::update(
                member_table::table
                    .find(id)
                    .filter(member_table::nudges_off_at.is_null()),
            )
            .set(member_table::nudges_off_at.eq(at))
            .execute(conn)?,
            Unsubscribe::Reminders => diesel::update(
                invite_table::table
                    .find(id)
                    .filter(invite_table::reminders_off_at.is_null()),
            )
            .set(invite_table::reminders_off_at.eq(at))
            .execute(conn)?,
        };
        Ok(())
    })
}
