//! A cohort's invites (personal and join links) for its staff, and joining
//! through one.

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use serde::Deserialize;

use crate::config::Settings;
use crate::domain::{BirthError, BirthMonth, BoundedText, CityList, Country, Email, MailStatus};
use crate::error::AppError;
use crate::i18n::{Arg, Lang};
use crate::pages::invite::{
    CountryGroup, InviteForms, InviteLink, InviteRow, InvitesPage, JoinForm, JoinPage,
    RejectedLine, WelcomePage,
};
use crate::pages::{Chrome, CohortHeader, ConfirmPage, Pager, flash, show_date};
use crate::services::invites::{self as invite_service, InviteContext, InviteState, LinkInput};
use crate::services::membership::{self, AgeProblem, JoinInput};
use crate::services::records::{Brand, Cohort, Invite};
use crate::services::{Db, FieldErrors, now};
use crate::web::session::{CsrfForm, sign_in_member, verify_csrf};
use crate::web::{CsrfOnly, Language, PageQuery, StaffCohort, Visitor, path_id, render, see_other};

const INVITES_PAGE_SIZE: i64 = 50;
/// The largest CSV of addresses accepted.
const MAX_CSV_BYTES: usize = 1024 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cohorts/{id}/invites", web::get().to(invites_tab))
        .route(
            "/cohorts/{id}/invites/emails",
            web::post().to(invite_emails),
        )
        .route("/cohorts/{id}/invites/csv", web::post().to(invite_csv))
        .route("/cohorts/{id}/invites/link", web::post().to(create_link))
        .route(
            "/cohorts/{id}/invites/{invite}/revoke",
            web::get().to(confirm_revoke),
        )
        .route(
            "/cohorts/{id}/invites/{invite}/revoke",
            web::post().to(revoke),
        )
        .route(
            "/cohorts/{id}/invites/{invite}/resend",
            web::post().to(resend),
        )
        .route(
            "/cohorts/{id}/invites/{invite}/link",
            web::get().to(show_link),
        )
        .route("/join/{token}", web::get().to(join_form))
        .route("/join/{token}", web::post().to(join));
}

/// What the invites tab shows besides the list: forms, errors, and the links just made.
#[derive(Default)]
struct InvitesOutcome {
    forms: InviteForms,
    errors: FieldErrors,
    created: Vec<InviteLink>,
    /// `created` holds a join link made earlier, shown again.
    shown_again: bool,
    rejected: Vec<RejectedLine>,
}

async fn invites_page(
    session: &Session,
    db: &Db,
    StaffCohort {
        staff,
        cohort,
        brand,
        ..
    }: &StaffCohort,
    page: i64,
    outcome: InvitesOutcome,
) -> Result<InvitesPage, AppError> {
    let listed = invite_service::page(db, cohort.id, page, INVITES_PAGE_SIZE).await?;
    let current = now();
    let mut forms = outcome.forms;
    if forms.link_uses.is_empty() {
        forms.link_uses = (cohort.capacity - cohort.members_count).max(1).to_string();
    }
    if forms.link_days.is_empty() {
        forms.link_days = "14".into();
    }
    Ok(InvitesPage {
        chrome: Chrome::staff(session, staff, &format!("{} · invites", cohort.name))?,
        header: CohortHeader::new(cohort, brand, "invites"),
        pager: Pager::of(&listed.page),
        funnel: listed.funnel,
        invites: listed
            .page
            .items
            .into_iter()
            .map(|invite| {
                let state = InviteState::of(&invite, current);
                let mail = invite.mail_id.and_then(|id| listed.mail.get(&id).copied());
                InviteRow {
                    progress: invite_progress(&invite, mail),
                    resendable: invite.email.is_some()
                        && invite.uses == 0
                        && invite.revoked_at.is_none(),
                    id: invite.id,
                    kind: if invite.email.is_some() {
                        "Personal".into()
                    } else {
                        "Join link".into()
                    },
                    label: invite.label,
                    uses: invite.uses,
                    max_uses: invite.max_uses,
                    expires: show_date(invite.expires_at, staff.time_zone),
                    language: invite
                        .language
                        .as_deref()
                        .and_then(Lang::parse)
                        .map_or("—", Lang::name),
                    state: state.label(),
                    revocable: state == InviteState::Valid,
                    // Links made before they could be shown again have no seed.
                    showable: state == InviteState::Valid && invite.link_seed.is_some(),
                }
            })
            .collect(),
        forms,
        errors: outcome.errors,
        created: outcome.created,
        shown_again: outcome.shown_again,
        rejected: outcome.rejected,
        free_seats: cohort.capacity - cohort.members_count,
    })
}

async fn invites_tab(
    session: Session,
    db: web::Data<Db>,
    access: StaffCohort,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    render(
        invites_page(
            &session,
            &db,
            &access,
            query.number(),
            InvitesOutcome::default(),
        )
        .await?,
    )
}

fn join_url(settings: &Settings, token: &str) -> String {
    invite_service::join_url(&settings.public_url, token)
}

/// Creates the invites for a batch of addresses and shows the result.
async fn invite_batch(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    access: StaffCohort,
    lines: Result<Vec<String>, (&'static str, String)>,
    typed: String,
    language: &str,
) -> Result<HttpResponse, AppError> {
    let mut outcome = InvitesOutcome::default();
    let lines = match lines {
        Ok(lines) if lines.is_empty() => {
            Err(("emails", "Enter at least one email address.".to_string()))
        }
        other => other,
    };
    // The form always sends one; a post without it means the default.
    let lang = if language.is_empty() {
        Some(Lang::default())
    } else {
        Lang::parse(language)
    };
    outcome.forms.language = lang.unwrap_or_default();
    match (lines, lang) {
        (Err((field, message)), _) => {
            outcome.errors.add(field, message);
            outcome.forms.emails = typed;
        }
        (Ok(_), None) => {
            outcome.errors.add(
                "language",
                "Choose the language of the invitations from the list.",
            );
            outcome.forms.emails = typed;
        }
        (Ok(lines), Some(lang)) => {
            let context = InviteContext::of_brand(
                &settings.public_url,
                &access.brand,
                settings.link_signer(),
                lang,
            );
            let report = invite_service::invite_addresses(
                &db,
                access.cohort.clone(),
                context,
                access.staff.id,
                lines,
            )
            .await?;
            outcome.created = report
                .created
                .into_iter()
                .map(|c| InviteLink {
                    url: join_url(&settings, &c.token),
                    label: c.email,
                    qr: None,
                })
                .collect();
            outcome.rejected = report
                .rejected
                .into_iter()
                .map(|r| RejectedLine {
                    input: r.input,
                    reason: r.reason,
                })
                .collect();
        }
    }
    render(invites_page(&session, &db, &access, 1, outcome).await?)
}

#[derive(Deserialize)]
pub struct EmailsForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    emails: String,
    #[serde(default)]
    language: String,
}
crate::csrf_protected!(EmailsForm);

async fn invite_emails(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    CsrfForm(form): CsrfForm<EmailsForm>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let lines = invite_service::split_addresses(&form.emails);
    invite_batch(
        session,
        db,
        settings,
        access,
        Ok(lines),
        form.emails,
        &form.language,
    )
    .await
}

/// The fields of the upload form.
#[derive(Default)]
struct CsvUpload {
    csrf: String,
    file: Vec<u8>,
    language: String,
}

/// Reads the CSRF token, the file and the language from the upload form.
async fn read_csv_upload(mut payload: Multipart) -> Result<CsvUpload, AppError> {
    let mut upload = CsvUpload::default();
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| {
            AppError::bad_request("The upload was malformed. Choose the file again and resend.")
        })?;
        let name = field.name().unwrap_or_default().to_string();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| {
                AppError::bad_request(
                    "The upload was interrupted. Choose the file again and resend.",
                )
            })?;
            if bytes.len() + chunk.len() > MAX_CSV_BYTES {
                return Err(AppError::PayloadTooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        match name.as_str() {
            "csrf_token" => upload.csrf = String::from_utf8(bytes).unwrap_or_default(),
            "file" => upload.file = bytes,
            "language" => upload.language = String::from_utf8(bytes).unwrap_or_default(),
            _ => {}
        }
    }
    Ok(upload)
}

async fn invite_csv(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    access: Result<StaffCohort, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let upload = read_csv_upload(payload).await?;
    verify_csrf(&session, &upload.csrf)?;
    let access = access?;
    let lines = if upload.file.is_empty() {
        Err(("file", "Choose a CSV file to upload.".to_string()))
    } else {
        invite_service::addresses_from_csv(&upload.file).map_err(|message| ("file", message))
    };
    invite_batch(
        session,
        db,
        settings,
        access,
        lines,
        String::new(),
        &upload.language,
    )
    .await
}

#[derive(Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    max_uses: String,
    #[serde(default)]
    valid_days: String,
}
crate::csrf_protected!(LinkForm);

async fn create_link(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    CsrfForm(form): CsrfForm<LinkForm>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let mut outcome = InvitesOutcome::default();
    let label = outcome.errors.check(
        "label",
        BoundedText::parse(&form.label, "a name for the link", 1, 80),
    );
    let max_uses = outcome.errors.check(
        "max_uses",
        LinkInput::parse_max_uses(&form.max_uses, &access.cohort),
    );
    let valid_days = outcome
        .errors
        .check("valid_days", LinkInput::parse_valid_days(&form.valid_days));
    if let (Some(label), Some(max_uses), Some(valid_days)) = (label, max_uses, valid_days) {
        let input = LinkInput {
            label: label.into_inner(),
            max_uses,
            valid_days,
        };
        let label = input.label.clone();
        let token = invite_service::add_link(
            &db,
            access.cohort.clone(),
            access.staff.id,
            input,
            settings.link_signer(),
        )
        .await?;
        outcome
            .created
            .push(InviteLink::shareable(label, join_url(&settings, &token)));
    } else {
        outcome.forms = InviteForms {
            link_label: form.label,
            link_uses: form.max_uses,
            link_days: form.valid_days,
            ..InviteForms::default()
        };
    }
    render(invites_page(&session, &db, &access, 1, outcome).await?)
}

/// A join link made earlier, shown again with its QR code while it admits people.
async fn show_link(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    path: web::Path<(String, String)>,
    access: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let (invite, token) = invite_service::join_token_again(
        &db,
        access.cohort.id,
        path_id(&path.1)?,
        &settings.link_signer(),
    )
    .await?;
    let Some(token) = token else {
        flash(
            &session,
            format!(
                "The link “{}” cannot be shown: only a join link that still admits people can, \
                 and only one made since links are kept for showing again. Create a new one below.",
                invite.label
            ),
        );
        return Ok(see_other(&format!("/cohorts/{}/invites", access.cohort.id)));
    };
    let outcome = InvitesOutcome {
        created: vec![InviteLink::shareable(
            invite.label,
            join_url(&settings, &token),
        )],
        shown_again: true,
        ..InvitesOutcome::default()
    };
    render(invites_page(&session, &db, &access, 1, outcome).await?)
}

async fn confirm_revoke(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    StaffCohort { staff, cohort, .. }: StaffCohort,
) -> Result<HttpResponse, AppError> {
    let invite = invite_service::in_cohort(&db, cohort.id, path_id(&path.1)?).await?;
    render(ConfirmPage {
        chrome: Chrome::staff(&session, &staff, "Revoke invite")?,
        heading: format!("Revoke the invite “{}”?", invite.label),
        message:
            "Nobody will be able to join with it any more. People who already joined stay members."
                .into(),
        action: format!("/cohorts/{}/invites/{}/revoke", cohort.id, invite.id),
        button: "Revoke invite".into(),
        cancel: format!("/cohorts/{}/invites", cohort.id),
    })
}

async fn revoke(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort { cohort, .. } = access?;
    invite_service::withdraw(&db, cohort.id, path_id(&path.1)?).await?;
    flash(&session, "Invite revoked.");
    Ok(see_other(&format!("/cohorts/{}/invites", cohort.id)))
}

/// How far a personal invitation got, in words; a join link shows none.
fn invite_progress(invite: &Invite, mail: Option<MailStatus>) -> &'static str {
    if invite.email.is_none() {
        return "";
    }
    if invite.uses > 0 {
        return "Joined";
    }
    if invite.opened_at.is_some() {
        return "Link opened";
    }
    match mail {
        Some(MailStatus::Sent) => "Mail sent",
        Some(MailStatus::Failed) => "Mail failed",
        Some(MailStatus::Pending | MailStatus::Sending) => "Mail waiting to go",
        None => "—",
    }
}

/// Sends a personal invitation again, with a new link.
async fn resend(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffCohort, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffCohort { cohort, brand, .. } = access?;
    let context = InviteContext::of_brand(
        &settings.public_url,
        &brand,
        settings.link_signer(),
        Lang::default(),
    );
    let cohort_id = cohort.id;
    let address = invite_service::resend(&db, cohort, context, path_id(&path.1)?).await?;
    flash(
        &session,
        format!(
            "Invitation sent again to {address}. The link in the earlier mail no longer works."
        ),
    );
    Ok(see_other(&format!("/cohorts/{cohort_id}/invites")))
}

/// The join page's language: the visitor's choice, else the one their
/// invitation was written in, else their browser's.
fn invitation_language(req: &HttpRequest, invite: &Invite) -> Lang {
    Language::preferring(req, invite.language.as_deref().and_then(Lang::parse))
}

fn join_page(
    chrome: Chrome,
    invite: &Invite,
    token: String,
    cohort: &Cohort,
    brand: &Brand,
    form: JoinForm,
    errors: FieldErrors,
) -> JoinPage {
    let country_groups = CountryGroup::all(chrome.lang);
    JoinPage {
        chrome,
        token,
        cohort_name: cohort.name.clone(),
        description: cohort.description.clone(),
        theme: cohort.theme.clone(),
        brand_name: brand.name.clone(),
        cities: CityList::from_stored(&cohort.cities),
        country_groups,
        form,
        errors,
        seats_left: cohort.capacity - cohort.members_count,
        ask_email: invite.email.is_none(),
        submission_key: crate::auth::token::generate().plain,
    }
}

async fn join_form(
    session: Session,
    db: web::Data<Db>,
    visitor: Visitor,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (invite, cohort, brand) = membership::open_invite(&db, token.clone()).await?;
    let lang = invitation_language(&req, &invite);
    if let Some(current) = visitor.member
        && current.cohort.id == cohort.id
    {
        return Ok(see_other("/me"));
    }
    let title = lang.t_with("join-button", &[("cohort", Arg::Text(&cohort.name))]);
    let chrome = Chrome::visitor(&session, lang, &title)?;
    render(join_page(
        chrome,
        &invite,
        token,
        &cohort,
        &brand,
        JoinForm::default(),
        FieldErrors::default(),
    ))
}

#[derive(Deserialize)]
pub struct JoinFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    birth_year: String,
    #[serde(default)]
    birth_month: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    submission_key: String,
    guardian_consent: Option<String>,
    consent: Option<String>,
}
crate::csrf_protected!(JoinFields);

async fn join(
    session: Session,
    db: web::Data<Db>,
    settings: web::Data<Settings>,
    req: HttpRequest,
    token: web::Path<String>,
    CsrfForm(fields): CsrfForm<JoinFields>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let (invite, cohort, brand) = membership::usable_invite(&db, token.clone()).await?;
    let lang = invitation_language(&req, &invite);
    let today = now().date();
    let mut errors = FieldErrors::default();
    // Messages in the visitor's language, by the field they concern.
    let say = |key: &str| lang.t(key);
    let display_name = errors.check(
        "display_name",
        BoundedText::parse(&fields.display_name, "a display name", 2, 40)
            .map_err(|_| say("join-error-name")),
    );
    let cities = CityList::from_stored(&cohort.cities);
    let city = errors.check(
        "city",
        cities
            .iter()
            .find(|c| **c == fields.city)
            .cloned()
            .ok_or_else(|| say("join-error-city")),
    );
    let birth = errors.check(
        "birth_year",
        BirthMonth::parse(&fields.birth_year, &fields.birth_month, today).map_err(|e| {
            say(match e {
                BirthError::Year => "join-error-year",
                BirthError::Month => "join-error-month",
                BirthError::Impossible => "join-error-birth-impossible",
            })
        }),
    );
    let country = errors.check(
        "country",
        Country::parse(&fields.country).map_err(|_| say("join-error-country")),
    );
    let guardian_consent = fields.guardian_consent.is_some();
    // Personal invites already carry the address; a join link may be given one.
    let email = if invite.email.is_none() && !fields.email.trim().is_empty() {
        errors.check(
            "email",
            Email::parse(&fields.email).map_err(|_| say("join-error-email")),
        )
    } else {
        None
    };
    if fields.consent.is_none() {
        errors.add("consent", say("join-error-consent"));
    }
    if let (Some(birth), Some(country)) = (birth, country) {
        match membership::age_problem(birth, country, guardian_consent, today) {
            Some(AgeProblem::TooYoung { minimum }) => {
                errors.add(
                    "birth_year",
                    lang.tn("join-error-too-young", "age", minimum),
                );
            }
            Some(AgeProblem::NeedsGuardian { country }) => errors.add(
                "guardian_consent",
                lang.t_with(
                    "join-error-guardian",
                    &[
                        ("country", Arg::Text(country.name_in(lang))),
                        ("age", Arg::Number(i64::from(country.consent_age))),
                    ],
                ),
            ),
            None => {}
        }
    }
    if let (true, Some(display_name), Some(city), Some(birth), Some(country)) =
        (errors.is_empty(), display_name, city, birth, country)
    {
        let input = JoinInput {
            display_name: display_name.into_inner(),
            city,
            birth,
            country,
            guardian_consent,
            email: invite.email.clone().or(email.map(|e| e.to_string())),
            submission_key: crate::auth::token::looks_valid(&fields.submission_key)
                .then(|| fields.submission_key.clone()),
            language: lang,
        };
        let mailed = input.email.is_some();
        let joined = membership::join_cohort(
            &db,
            &invite,
            &cohort,
            &brand,
            input,
            settings.public_url.clone(),
            settings.link_signer(),
        )
        .await?;
        sign_in_member(&session, joined.member_id, &joined.stamp, Some(lang))?;
        return render(WelcomePage {
            chrome: Chrome::visitor(
                &session,
                lang,
                &lang.t_with("welcome-title", &[("cohort", Arg::Text(&cohort.name))]),
            )?,
            cohort_name: cohort.name,
            access_url: format!("{}/m/{}", settings.public_url, joined.access_token),
            mailed,
        });
    }
    let form = JoinForm {
        display_name: fields.display_name,
        city: fields.city,
        birth_year: fields.birth_year,
        birth_month: fields.birth_month,
        country: fields.country,
        email: fields.email,
        guardian_consent,
        consent: fields.consent.is_some(),
    };
    let title = lang.t_with("join-button", &[("cohort", Arg::Text(&cohort.name))]);
    let chrome = Chrome::visitor(&session, lang, &title)?;
    render(join_page(
        chrome, &invite, token, &cohort, &brand, form, errors,
    ))
}
