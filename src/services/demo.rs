//! `cohorts demo`: a demo brand with a manager, three cohorts of 120–250 members
//! across seven cities and every age band, and a few thousand posts and reviews
//! written over eight weeks. Running it again only resets the manager's password.

use chrono::{Datelike, Duration};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::auth::{password, token};
use crate::db::models::{brands, invites, users};
use crate::db::{DbConn, write_tx};
use crate::domain::{
    BirthMonth, Capacity, CityList, Country, Email, Rating, Role, Staff, StaffRole,
};
use crate::error::AppError;
use crate::services::accounts::{self, CreateOutcome};
use crate::services::cohorts::{self, CohortInput};
use crate::services::membership::{self, JoinInput};
use crate::services::now;
use crate::services::posts::{ContentInput, ReviewParts, insert_at};
use crate::services::products;

const BRAND: &str = "Stride Athletics (demo)";
const MANAGER: &str = "manager@stride.example";
const CITIES: [&str; 7] = [
    "Berlin",
    "Madrid",
    "Paris",
    "Milan",
    "Amsterdam",
    "Warsaw",
    "London",
];
pub(crate) const NAMES: [&str; 24] = [
    "Mila", "Jonas", "Lea", "Noah", "Sofia", "Luca", "Emma", "Mateo", "Zoe", "Finn", "Ines",
    "Leon", "Alba", "Oskar", "Nora", "Hugo", "Maja", "Elias", "Clara", "Tomasz", "Ava", "Pablo",
    "Lina", "Theo",
];
pub(crate) const OPENERS: [&str; 10] = [
    "Wore them to training today and",
    "Honestly after two weeks",
    "Took them on a 10k run and",
    "My whole team tried them and",
    "First match in the rain and",
    "Used them for street football after school,",
    "Compared them with my old pair:",
    "Played futsal all weekend and",
    "Lowkey did not expect much but",
    "Showed them to my friends and",
];
pub(crate) const VERDICTS: [&str; 14] = [
    "the grip is fire, no cap.",
    "they feel so light, I love them!",
    "the fit is kinda mid, a bit tight at the toes.",
    "the sole started peeling already, really disappointed.",
    "the colourway slaps, everyone asked where I got them.",
    "comfy but the laces keep coming undone.",
    "not bad, not great. Price is too high for what it is.",
    "best boots I've had, goated honestly 🔥",
    "the stitching ripped after one week 😡",
    "they ate on the pitch, touch on the ball is amazing.",
    "too stiff for me, gave me blisters.",
    "solid for the price, would buy again.",
    "the design is cringe but they perform well.",
    "they're okay. Nothing special.",
];
pub(crate) const PRODUCTS: [&str; 4] = [
    "Tango Street Ball",
    "Predator Club Boots",
    "Squad Training Top",
    "Copa Indoor Shoes",
];

pub struct DemoReport {
    pub created: bool,
    pub password: String,
    pub cohorts: usize,
    pub members: usize,
    pub posts: usize,
}

impl std::fmt::Display for DemoReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.created {
            writeln!(
                f,
                "Demo data created: {} cohorts, {} members, {} posts and reviews.",
                self.cohorts, self.members, self.posts
            )?;
        } else {
            writeln!(
                f,
                "The demo brand already exists; nothing was duplicated. The manager's password was reset."
            )?;
        }
        writeln!(f, "Sign in at /login as the demo brand manager:")?;
        writeln!(f, "  email:    {MANAGER}")?;
        write!(f, "  password: {}", self.password)
    }
}

fn random_password(rng: &mut StdRng) -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..14)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// An age drawn mostly from 16–19, with every band represented.
pub(crate) fn random_age(rng: &mut StdRng) -> i32 {
    match rng.gen_range(0..100) {
        0..=9 => rng.gen_range(14..=15),
        10..=44 => rng.gen_range(16..=17),
        45..=79 => rng.gen_range(18..=19),
        80..=89 => rng.gen_range(20..=24),
        90..=96 => rng.gen_range(25..=34),
        _ => rng.gen_range(35..=48),
    }
}

pub fn fill(conn: &mut DbConn) -> Result<DemoReport, AppError> {
    let mut rng = StdRng::from_entropy();
    let password = random_password(&mut rng);
    let hash = password::hash_blocking(&password)?;
    let email = Email::parse(MANAGER).map_err(AppError::BadRequest)?;
    if let Some(brand) = brands::find_by_name(conn, BRAND)? {
        match users::find_by_email(conn, MANAGER)? {
            Some(user) => {
                users::set_password_hash(conn, user.id, &hash)?;
            }
            None => {
                accounts::create_user(conn, &email, &hash, StaffRole::Manager, Some(brand.id))?;
            }
        }
        return Ok(DemoReport {
            created: false,
            password,
            cohorts: 0,
            members: 0,
            posts: 0,
        });
    }
    let brand_id = match accounts::create_brand(conn, BRAND, 5)? {
        CreateOutcome::Created(id) => id,
        CreateOutcome::Duplicate => {
            return Err(AppError::Conflict(
                "the demo brand appeared meanwhile".into(),
            ));
        }
    };
    let manager_id =
        match accounts::create_user(conn, &email, &hash, StaffRole::Manager, Some(brand_id))? {
            CreateOutcome::Created(id) => id,
            CreateOutcome::Duplicate => {
                return Err(AppError::Conflict(format!("{MANAGER} already exists")));
            }
        };
    let manager = Staff {
        id: manager_id,
        email: MANAGER.into(),
        role: Role::Manager { brand_id },
        time_zone: chrono_tz::UTC,
        must_change_password: false,
        two_step: false,
    };
    let catalogue = products::stock(conn, brand_id, &PRODUCTS)?;
    let plans = [
        (
            "Tango Squad Berlin–Madrid",
            "Street football boots and balls",
            250,
            232,
        ),
        (
            "Run Club Juniors",
            "Running shoes for everyday training",
            200,
            161,
        ),
        (
            "Indoor Futsal Crew",
            "Indoor shoes and futsal balls",
            150,
            124,
        ),
    ];
    let today = now().date();
    let signer = crate::email::links::LinkSigner::new(&actix_web::cookie::Key::generate());
    let (mut member_total, mut post_total) = (0, 0);
    for (name, theme, capacity, member_count) in plans {
        let input = CohortInput {
            name: name.into(),
            description: format!(
                "A private group of young players testing {} before anyone else. Share honest first impressions, photos and reviews.",
                theme.to_lowercase()
            ),
            theme: theme.into(),
            cities: CityList::parse(&CITIES.join("\n")).map_err(AppError::BadRequest)?,
            capacity: Capacity::parse(&capacity.to_string()).map_err(AppError::BadRequest)?,
        };
        let cohort_id = match cohorts::create(conn, &manager, brand_id, &input)? {
            cohorts::CreateOutcome::Created(id) => id,
            cohorts::CreateOutcome::NameTaken => continue,
        };
        let invite_token = token::generate();
        let invite_id = write_tx(conn, |conn| {
            Ok(invites::insert(
                conn,
                invites::NewInvite {
                    cohort_id,
                    kind: invites::KIND_LINK,
                    email: None,
                    label: "Demo recruitment day",
                    token_hash: &invite_token.hash,
                    max_uses: capacity,
                    expires_at: now() + Duration::days(30),
                    created_by: manager_id,
                    language: None,
                    link_seed: None,
                },
                now(),
            )?)
        })?;
        let mut member_ids = Vec::new();
        for n in 0..member_count {
            let age = random_age(&mut rng);
            let birth_date = today - Duration::days(i64::from(age) * 365 + rng.gen_range(40..330));
            let birth = BirthMonth {
                year: birth_date.year(),
                month: birth_date.month(),
            };
            let join = JoinInput {
                display_name: format!(
                    "{}{}",
                    NAMES[n as usize % NAMES.len()],
                    rng.gen_range(10..99)
                ),
                city: CITIES[rng.gen_range(0..CITIES.len())].to_string(),
                birth,
                country: Country::parse("DE").map_err(AppError::BadRequest)?,
                guardian_consent: age < 16,
                email: None,
                submission_key: None,
                language: crate::i18n::Lang::En,
            };
            // Demo members give no address, so no mail (and no link) is made.
            let context = membership::LinkContext {
                public_url: "",
                brand: BRAND,
                accent: crate::domain::look::COHORTS_ACCENT,
                logo: None,
                cohort: name,
                signer: &signer,
            };
            let joined = membership::join(conn, invite_id, cohort_id, &join, &context)?;
            member_ids.push(joined.member_id);
        }
        member_total += member_ids.len();
        let post_count = 1100;
        let members = member_ids
            .iter()
            .map(|id| crate::db::models::members::find(conn, *id)?.ok_or(AppError::NotFound))
            .collect::<Result<Vec<_>, _>>()?;
        write_tx(conn, |conn| {
            for _ in 0..post_count {
                let member = &members[rng.gen_range(0..members.len())];
                let written = now() - Duration::minutes(rng.gen_range(0..(56 * 24 * 60)));
                let body = format!(
                    "{} {}",
                    OPENERS[rng.gen_range(0..OPENERS.len())],
                    VERDICTS[rng.gen_range(0..VERDICTS.len())]
                );
                let is_review = rng.gen_bool(0.4);
                let rating = Rating::parse(&rng.gen_range(1..=5).to_string())
                    .map_err(AppError::BadRequest)?;
                let product = &catalogue[rng.gen_range(0..catalogue.len())];
                let title = format!(
                    "{}: {}",
                    product.name,
                    ["love it", "mixed feelings", "not for me", "solid", "wow"]
                        [rng.gen_range(0..5)]
                );
                let review = is_review.then(|| ReviewParts {
                    product: product.clone(),
                    rating,
                    title,
                });
                insert_at(
                    conn,
                    member,
                    &ContentInput::new(review, body),
                    written,
                    None,
                )?;
            }
            Ok(())
        })?;
        post_total += post_count;
    }
    Ok(DemoReport {
        created: true,
        password,
        cohorts: plans.len(),
        members: member_total,
        posts: post_total,
    })
}
