//! `cohorts demo`: a demo brand with a manager, three cohorts of 120–250 members
//! across seven cities and every age band, a few thousand posts and reviews
//! written over eight weeks, and three drops that members passed on through
//! their share links (daily totals of clicks and previews, as the writer
//! keeps them once a day is over). Running it again only resets the manager's
//! password.

use chrono::{Datelike, Duration};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::auth::{password, token};
use crate::db::models::drops::DropFields;
use crate::db::models::shares::{DayTotal, NewLink};
use crate::db::models::{brands, drops, invites, members, shares, users};
use crate::db::{DbConn, write_tx};
use crate::domain::share::Tags;
use crate::domain::{
    BirthMonth, Capacity, CityList, Country, DropId, Email, Rating, Role, Staff, StaffRole,
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

/// The demo's drops: title, text, tags, the product of the catalogue it is
/// about (by place) and how many days ago it went out.
const DROPS: [(&str, &str, &str, usize, i64); 3] = [
    (
        "Night run kit",
        "Reflective details for running after school, out now for the squad first.",
        "running, night, music",
        2,
        40,
    ),
    (
        "Street ball summer tour",
        "Five cities, one ball: join the pick-up games and bring a friend.",
        "street football, cars, music",
        0,
        26,
    ),
    (
        "Indoor boots colourway vote",
        "Three colourways, one winner: tell us which one you would wear.",
        "futsal, design",
        3,
        12,
    ),
];

pub struct DemoReport {
    pub created: bool,
    pub password: String,
    pub cohorts: usize,
    pub members: usize,
    pub posts: usize,
    pub drops: usize,
    pub share_links: usize,
}

impl std::fmt::Display for DemoReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.created {
            writeln!(
                f,
                "Demo data created: {} cohorts, {} members, {} posts and reviews, {} drops passed on through {} share links.",
                self.cohorts, self.members, self.posts, self.drops, self.share_links
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
            drops: 0,
            share_links: 0,
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
    let drop_ids = publish_drops(conn, brand_id, &catalogue)?;
    let today = now().date();
    let signer = crate::email::links::LinkSigner::new(&actix_web::cookie::Key::generate());
    let (mut member_total, mut post_total, mut share_total) = (0, 0, 0);
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
        share_total += pass_on(conn, &mut rng, &member_ids, &drop_ids)?;
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
        drops: drop_ids.len(),
        share_links: share_total,
    })
}

/// Publishes the demo's drops, each with the day it went out.
fn publish_drops(
    conn: &mut DbConn,
    brand_id: crate::domain::BrandId,
    catalogue: &[products::Reviewable],
) -> Result<Vec<(DropId, chrono::NaiveDate)>, AppError> {
    write_tx(conn, |conn| {
        DROPS
            .iter()
            .map(|(title, body, tags, product, days_ago)| {
                let out = now() - Duration::days(*days_ago);
                let tags = Tags::parse(tags).map_err(AppError::BadRequest)?.stored();
                let fields = DropFields {
                    title,
                    body,
                    tags: &tags,
                    product_id: catalogue.get(*product).map(|p| p.id),
                    live_from: out,
                    target_url: None,
                };
                Ok((drops::insert(conn, brand_id, fields, out)?, out.date()))
            })
            .collect()
    })
}

/// About two in five members turn sharing on and take a link to most drops;
/// each link brings clicks (some from friends passing it on again, the second
/// and third generation) and chat-app previews on the days after the drop
/// went out, stored as the daily totals the writer keeps. Says how many
/// links were made.
fn pass_on(
    conn: &mut DbConn,
    rng: &mut StdRng,
    member_ids: &[crate::domain::MemberId],
    drop_ids: &[(DropId, chrono::NaiveDate)],
) -> Result<usize, AppError> {
    let today = now().date();
    write_tx(conn, |conn| {
        let mut links = 0;
        for member_id in member_ids {
            if !rng.gen_bool(0.4) {
                continue;
            }
            let member = members::find(conn, *member_id)?.ok_or(AppError::NotFound)?;
            let band = crate::services::posts::age_band_of(&member, today).label();
            members::set_sharing(conn, member.id, Some(now() - Duration::days(45)))?;
            for (drop_id, out) in drop_ids {
                if !rng.gen_bool(0.7) {
                    continue;
                }
                let code = token::share_code(crate::domain::share::CODE_LEN);
                let link = NewLink {
                    code: &code,
                    drop_id: *drop_id,
                    member_id: member.id,
                    city: &member.city,
                    age_band: band,
                };
                // No row when the code was taken already: then the link
                // the code finds is someone else's, and gets no clicks here.
                if shares::insert_link(conn, link, out.and_time(chrono::NaiveTime::MIN))? == 0 {
                    continue;
                }
                let Some(target) = shares::by_code(conn, &code)? else {
                    continue;
                };
                links += 1;
                // The link travels in the first days after the drop, then fades.
                let mut totals = Vec::new();
                let days = (today - *out).num_days().clamp(1, 10);
                for offset in 0..days {
                    let day = *out + Duration::days(offset);
                    let reach = 1.0 / (offset as f64 + 1.0);
                    for generation in 1..=3 {
                        let chance = reach / f64::from(generation * generation);
                        let clicks = (0..4).filter(|_| rng.gen_bool(chance * 0.6)).count();
                        let previews = usize::from(rng.gen_bool(chance * 0.5));
                        if clicks + previews > 0 {
                            totals.push(DayTotal {
                                link_id: target.link_id,
                                generation,
                                day,
                                clicks: clicks as i32,
                                previews: previews as i32,
                            });
                        }
                    }
                }
                shares::insert_totals(conn, &totals)?;
            }
        }
        Ok(links)
    })
}
