//! Invites: personal email invites and shareable join links, their states, revocation.

use chrono::{Duration, NaiveDateTime};
use diesel::OptionalExtension;

use crate::auth::token;
use crate::db::models::cohorts::Cohort;
pub use crate::db::models::invites::Funnel;
use crate::db::models::invites::{self, Invite};
use crate::db::{DbConn, write_tx};
use std::collections::HashMap;

use crate::domain::{CohortId, Email, InviteId, MailId, MailStatus, UserId};
use crate::email::links::LinkSigner;
use crate::email::messages::InviteMail;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::services::{Db, Paged, now};

/// Personal invites stay valid this long.
pub const EMAIL_INVITE_DAYS: i64 = 30;
/// At most this many addresses in one batch.
pub const MAX_BATCH: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteState {
    Valid,
    Expired,
    UsedUp,
    Revoked,
}

impl InviteState {
    pub fn of(invite: &Invite, at: NaiveDateTime) -> Self {
        if invite.revoked_at.is_some() {
            InviteState::Revoked
        } else if invite.expires_at <= at {
            InviteState::Expired
        } else if invite.uses >= invite.max_uses {
            InviteState::UsedUp
        } else {
            InviteState::Valid
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            InviteState::Valid => "Valid",
            InviteState::Expired => "Expired",
            InviteState::UsedUp => "Used up",
            InviteState::Revoked => "Revoked",
        }
    }

    /// Why a join link does not admit, in words for the person holding it.
    pub fn refusal(self) -> Option<AppError> {
        let message = match self {
            InviteState::Valid => return None,
            InviteState::Expired => {
                "This invite has expired. Ask the person who invited you for a new one."
            }
            InviteState::UsedUp => {
                "This invite has already been used as many times as it allows. Ask the person who invited you for a new one."
            }
            InviteState::Revoked => "This invite was withdrawn by the cohort's organiser.",
        };
        Some(AppError::Gone(message.into()))
    }
}

/// One line of a batch that was not invited, and why.
pub struct Rejected {
    pub input: String,
    pub reason: String,
}

pub struct CreatedInvite {
    pub email: String,
    pub token: String,
}

pub struct BatchReport {
    pub created: Vec<CreatedInvite>,
    pub rejected: Vec<Rejected>,
}

/// Splits pasted text into candidate addresses: one per line (commas and
/// semicolons also separate), blank lines ignored.
pub fn split_addresses(raw: &str) -> Vec<String> {
    raw.split(['\n', ',', ';'])
        .map(|s| s.trim().trim_matches('"').trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Reads the `email` column of an uploaded CSV.
pub fn addresses_from_csv(bytes: &[u8]) -> Result<Vec<String>, String> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| "The file is not a text CSV (it is not UTF-8).".to_string())?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| "The file could not be read as CSV.".to_string())?
        .clone();
    let column = headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case("email"))
        .ok_or_else(|| "The CSV needs a column headed “email”.".to_string())?;
    let mut addresses = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("The CSV is malformed: {e}"))?;
        if let Some(value) = record.get(column) {
            let value = value.trim();
            if !value.is_empty() {
                addresses.push(value.to_string());
            }
        }
    }
    Ok(addresses)
}

/// Where invite links point, whose name they carry and what language they
/// are written in.
pub struct InviteContext {
    pub public_url: String,
    pub brand: String,
    /// The brand's accent colour, for the mail's button.
    pub accent: String,
    /// The brand's logo's full address, when it has one.
    pub logo: Option<String>,
    /// Signs the link that turns reminders about the invite off.
    pub signer: LinkSigner,
    /// The language the invitations (and their reminders) are written in,
    /// and their join page first shown in.
    pub lang: Lang,
}

impl InviteContext {
    /// Invitations from `brand`, in its colour and with its logo.
    pub fn of_brand(
        public_url: &str,
        brand: &crate::db::models::brands::Brand,
        signer: LinkSigner,
        lang: Lang,
    ) -> Self {
        InviteContext {
            public_url: public_url.to_string(),
            brand: brand.name.clone(),
            accent: crate::domain::look::accent_or_default(brand.accent.as_deref()).to_string(),
            logo: crate::domain::look::logo_url(public_url, brand.id, brand.logo_key.as_deref()),
            signer,
            lang,
        }
    }
}

pub fn join_url(public_url: &str, token: &str) -> String {
    format!("{public_url}/join/{token}")
}

/// Creates one single-use invite per new, valid address and mails it; reports each
/// duplicate or bad address back. All or nothing: the batch and its messages are
/// one transaction.
pub fn create_email_invites(
    conn: &mut DbConn,
    cohort: &Cohort,
    context: &InviteContext,
    created_by: UserId,
    lines: &[String],
) -> Result<BatchReport, AppError> {
    crate::services::cohorts::refuse_staff_if_closed(cohort, "inviting people")?;
    if lines.len() > MAX_BATCH {
        return Err(AppError::bad_request(format!(
            "Invite at most {MAX_BATCH} addresses at a time ({} were sent).",
            lines.len()
        )));
    }
    write_tx(conn, |conn| {
        let mut known: Vec<String> = invites::emails_in_cohort(conn, cohort.id)?;
        let mut report = BatchReport {
            created: Vec::new(),
            rejected: Vec::new(),
        };
        let current = now();
        for line in lines {
            let email = match Email::parse(line) {
                Ok(email) => email,
                Err(reason) => {
                    report.rejected.push(Rejected {
                        input: line.clone(),
                        reason,
                    });
                    continue;
                }
            };
            if known.iter().any(|k| k == email.as_str()) {
                report.rejected.push(Rejected {
                    input: line.clone(),
                    reason: "Already invited to this cohort (or listed twice).".into(),
                });
                continue;
            }
            let new_token = token::generate();
            let invite_id = invites::insert(
                conn,
                invites::NewInvite {
                    cohort_id: cohort.id,
                    kind: invites::KIND_EMAIL,
                    email: Some(email.as_str()),
                    label: email.as_str(),
                    token_hash: &new_token.hash,
                    max_uses: 1,
                    expires_at: current + Duration::days(EMAIL_INVITE_DAYS),
                    created_by,
                    language: Some(context.lang.code()),
                    link_seed: None,
                },
                current,
            )?;
            mail_invitation(
                conn,
                cohort,
                context,
                invite_id,
                email.as_str(),
                &new_token.plain,
            )?;
            known.push(email.as_str().to_string());
            report.created.push(CreatedInvite {
                email: email.to_string(),
                token: new_token.plain,
            });
        }
        Ok(report)
    })
}

/// Writes a personal invitation's mail to the outbox, in the context's
/// language, and keeps which mail carried it.
fn mail_invitation(
    conn: &mut DbConn,
    cohort: &Cohort,
    context: &InviteContext,
    invite_id: InviteId,
    address: &str,
    plain_token: &str,
) -> Result<(), AppError> {
    let link = join_url(&context.public_url, plain_token);
    let unsubscribe = context.signer.unsubscribe_url(
        &context.public_url,
        crate::email::links::Unsubscribe::Reminders,
        invite_id.0,
    );
    let mail = InviteMail {
        lang: context.lang,
        brand: &context.brand,
        accent: &context.accent,
        logo: context.logo.as_deref(),
        cohort: &cohort.name,
        description: &cohort.description,
        link: &link,
        valid_days: EMAIL_INVITE_DAYS,
        unsubscribe: &unsubscribe,
    };
    let mail_id = crate::email::enqueue(conn, address, &mail.render()?)?;
    invites::set_mail(conn, invite_id, mail_id)?;
    Ok(())
}

/// Sends a personal invitation nobody has taken up again, with a new link
/// (the old one stops working), valid for `EMAIL_INVITE_DAYS` from now, in
/// the language it was first written in. Gives the address it went to.
pub async fn resend(
    db: &Db,
    cohort: Cohort,
    mut context: InviteContext,
    invite_id: InviteId,
) -> Result<String, AppError> {
    crate::services::cohorts::refuse_staff_if_closed(&cohort, "sending an invitation again")?;
    db.write(move |conn| {
        let invite = invites::find(conn, invite_id)
            .optional()?
            .filter(|i| i.cohort_id == cohort.id)
            .ok_or(AppError::NotFound)?;
        let Some(address) = invite.email.clone() else {
            return Err(AppError::bad_request(
                "A join link has no address to send to: share it again yourself.",
            ));
        };
        if invite.uses > 0 {
            return Err(AppError::Conflict(format!("{address} has already joined.")));
        }
        if invite.revoked_at.is_some() {
            return Err(AppError::Conflict(format!(
                "The invitation to {address} was withdrawn; invite the address again instead."
            )));
        }
        let new_token = token::generate();
        invites::renew(
            conn,
            invite_id,
            &new_token.hash,
            now() + Duration::days(EMAIL_INVITE_DAYS),
        )?;
        context.lang = Lang::stored(invite.language.as_deref());
        mail_invitation(
            conn,
            &cohort,
            &context,
            invite_id,
            &address,
            &new_token.plain,
        )?;
        Ok(address)
    })
    .await
}

pub struct LinkInput {
    pub label: String,
    pub max_uses: i32,
    pub valid_days: i64,
}

impl LinkInput {
    pub fn parse_max_uses(raw: &str, cohort: &Cohort) -> Result<i32, String> {
        let free = cohort.capacity - cohort.members_count;
        match raw.trim().parse::<i32>() {
            Ok(n) if n >= 1 && n <= cohort.capacity => Ok(n),
            Ok(_) => Err(format!(
                "Allow between 1 and {} uses (the cohort's capacity; {free} seats are free now).",
                cohort.capacity
            )),
            Err(_) => Err("Enter the number of uses as a whole number.".into()),
        }
    }

    pub fn parse_valid_days(raw: &str) -> Result<i64, String> {
        match raw.trim().parse::<i64>() {
            Ok(n) if (1..=90).contains(&n) => Ok(n),
            _ => Err("A link can stay valid for 1 to 90 days.".into()),
        }
    }
}

/// Creates a shareable join link and gives back its token, worked out from
/// a stored seed with the app's key so that staff can see it again.
pub fn create_link(
    conn: &mut DbConn,
    cohort: &Cohort,
    created_by: UserId,
    input: &LinkInput,
    signer: &LinkSigner,
) -> Result<String, AppError> {
    crate::services::cohorts::refuse_staff_if_closed(cohort, "creating a join link")?;
    write_tx(conn, |conn| {
        // 192 random bits, as a token's, that name the link to the key.
        let seed = token::generate().plain;
        let plain = signer.join_token(&seed);
        let current = now();
        invites::insert(
            conn,
            invites::NewInvite {
                cohort_id: cohort.id,
                kind: invites::KIND_LINK,
                email: None,
                label: &input.label,
                token_hash: &token::hash(&plain),
                max_uses: input.max_uses,
                expires_at: current + Duration::days(input.valid_days),
                created_by,
                // A shared link reaches people of many languages: their browsers decide.
                language: None,
                link_seed: Some(&seed),
            },
            current,
        )?;
        Ok(plain)
    })
}

/// A page of a cohort's invites with the state of each personal
/// invitation's mail, and how the personal invitations have gone.
pub struct Listing {
    pub page: Paged<Invite>,
    pub mail: HashMap<MailId, MailStatus>,
    pub funnel: invites::Funnel,
}

/// A cohort's invites, newest first, a page at a time.
pub async fn page(
    db: &Db,
    cohort_id: CohortId,
    requested: i64,
    size: i64,
) -> Result<Listing, AppError> {
    db.run(move |conn| {
        let total = invites::count_for_cohort(conn, cohort_id)?;
        let page = Paged::read(requested, size, total, |page| {
            invites::list_for_cohort(conn, cohort_id, page)
        })?;
        let mail_ids: Vec<MailId> = page.items.iter().filter_map(|i| i.mail_id).collect();
        Ok(Listing {
            mail: invites::mail_states(conn, &mail_ids)?.into_iter().collect(),
            funnel: invites::funnel(conn, cohort_id)?,
            page,
        })
    })
    .await
}

/// Invites a batch of addresses to a cohort, as `create_email_invites`.
pub async fn invite_addresses(
    db: &Db,
    cohort: Cohort,
    context: InviteContext,
    created_by: UserId,
    lines: Vec<String>,
) -> Result<BatchReport, AppError> {
    db.run(move |conn| create_email_invites(conn, &cohort, &context, created_by, &lines))
        .await
}

/// A shareable join link, as `create_link`: its token.
pub async fn add_link(
    db: &Db,
    cohort: Cohort,
    created_by: UserId,
    input: LinkInput,
    signer: LinkSigner,
) -> Result<String, AppError> {
    db.run(move |conn| create_link(conn, &cohort, created_by, &input, &signer))
        .await
}

/// The token of one of the cohort's join links, again, while it still
/// admits people; `None` for a personal invite, a link revoked, expired or
/// used up, or one made before links could be shown again (or under another
/// key). Another cohort's invite does not exist here.
pub async fn join_token_again(
    db: &Db,
    cohort_id: CohortId,
    invite_id: InviteId,
    signer: &LinkSigner,
) -> Result<(Invite, Option<String>), AppError> {
    let invite = in_cohort(db, cohort_id, invite_id).await?;
    let token = invite
        .link_seed
        .as_deref()
        .filter(|_| InviteState::of(&invite, now()) == InviteState::Valid)
        .map(|seed| signer.join_token(seed))
        .filter(|plain| token::hash(plain) == invite.token_hash);
    Ok((invite, token))
}

/// One of the cohort's invites; another cohort's does not exist here.
pub async fn in_cohort(
    db: &Db,
    cohort_id: CohortId,
    invite_id: InviteId,
) -> Result<Invite, AppError> {
    db.run(move |conn| Ok(invites::find(conn, invite_id).optional()?))
        .await?
        .filter(|i| i.cohort_id == cohort_id)
        .ok_or(AppError::NotFound)
}

/// Revokes one of the cohort's invites: nobody joins with it any more. An
/// invite revoked before stays so; another cohort's, or none, is not found.
pub async fn withdraw(db: &Db, cohort_id: CohortId, invite_id: InviteId) -> Result<(), AppError> {
    db.write(move |conn| {
        let in_cohort = invites::find(conn, invite_id)
            .optional()?
            .is_some_and(|i| i.cohort_id == cohort_id);
        if !in_cohort {
            return Err(AppError::NotFound);
        }
        invites::revoke(conn, invite_id, cohort_id, now())?;
        Ok(())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_addresses_split_on_lines_commas_and_semicolons() {
        assert_eq!(
            split_addresses("a@x.com\n\n b@x.com , c@x.com;\"d@x.com\"\r\n"),
            vec!["a@x.com", "b@x.com", "c@x.com", "d@x.com"]
        );
    }

    #[test]
    fn csv_needs_an_email_column() {
        assert_eq!(
            addresses_from_csv(b"\xEF\xBB\xBFname,Email\nAna,ana@x.com\nBo,\nCy,cy@x.com\n"),
            Ok(vec!["ana@x.com".to_string(), "cy@x.com".to_string()])
        );
        assert!(addresses_from_csv(b"name\nAna\n").is_err());
        assert!(addresses_from_csv(&[0xff, 0xfe, 0x00]).is_err());
    }
}
