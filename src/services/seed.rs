//! `cohorts seed`: fills an empty database at a chosen scale for the benchmark.
//! Brands of four cohorts, 250 members each in fifteen cities, posts and reviews
//! over the past year. Rows go in many to a statement; the summary's aggregates
//! are summed in memory from the same per-post contributions the live path
//! applies one by one, so the summary reads exactly what the app would keep.

use std::collections::HashMap;

use chrono::{Datelike, Duration};
use diesel::Connection;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::auth::token;
use crate::db::DbConn;
use crate::db::models::post_stats::{self, BulkStat};
use crate::db::models::posts::{self, BulkPost, Post};
use crate::db::models::term_stats::{self, BulkTerm};
use crate::db::models::{cohorts, invites, members, users};
use crate::domain::{
    AgeBand, BrandId, CohortId, Email, MemberId, PostId, PostKind, StaffRole, UserId,
};
use crate::error::AppError;
use crate::sentiment::{self, Sentiment};
use crate::services::accounts::{self, CreateOutcome};
use crate::services::demo::{NAMES, OPENERS, PRODUCTS, VERDICTS, random_age};
use crate::services::now;
use crate::services::posts::{age_band_of, counts_of, said_in};
use crate::services::products::{self, Reviewable};
use crate::summary::counts::Counts;
use crate::summary::themes::post_terms;
use crate::summary::week_of;

pub const MEMBERS_PER_COHORT: u32 = 250;
const COHORTS_PER_BRAND: u64 = 4;
/// Rows per INSERT: well under SQLite's limit of bound values per statement.
const BATCH: usize = 1000;
const CITIES: [&str; 15] = [
    "Berlin",
    "Madrid",
    "Paris",
    "Milan",
    "Amsterdam",
    "Warsaw",
    "London",
    "Lisbon",
    "Vienna",
    "Prague",
    "Stockholm",
    "Dublin",
    "Brussels",
    "Copenhagen",
    "Zurich",
];
const SECOND_THOUGHTS: [&str; 8] = [
    "",
    " Would recommend to my squad.",
    " The sizing runs small though.",
    " Delivery took forever.",
    " Coach liked them too.",
    " Hope the next drop comes in more colours.",
    " Still breaking them in.",
    " Worth it for matches, not for school.",
];

pub struct SeedPlan {
    /// Posts in all, spread over as many cohorts as `posts_per_cohort` asks.
    pub posts: u64,
    pub posts_per_cohort: u64,
    /// Every seeded manager's password.
    pub password: String,
}

pub struct SeedReport {
    pub brands: u64,
    pub cohorts: u64,
    pub members: u64,
    pub posts: u64,
    /// The first brand's manager, who sees the first cohort.
    pub manager_email: String,
    pub first_cohort_id: Option<CohortId>,
    /// The personal access tokens of the first cohort's members.
    pub member_tokens: Vec<String>,
}

pub fn manager_email(brand: u64) -> String {
    format!("manager{brand}@seed.example")
}

pub fn fill(conn: &mut DbConn, plan: &SeedPlan) -> Result<SeedReport, AppError> {
    if plan.posts_per_cohort == 0 || plan.posts == 0 {
        return Err(AppError::BadRequest("Ask for at least one post.".into()));
    }
    if users::find_by_email(conn, &manager_email(1))?.is_some() {
        return Err(AppError::Conflict(
            "this database already holds seeded data; seed an empty one".into(),
        ));
    }
    let cohort_count = plan.posts.div_ceil(plan.posts_per_cohort);
    let brand_count = cohort_count.div_ceil(COHORTS_PER_BRAND);
    let hash = crate::auth::password::hash_blocking(&plan.password)?;
    let mut rng = StdRng::seed_from_u64(2026);
    let mut texts = TextCache::default();
    let mut report = SeedReport {
        brands: brand_count,
        cohorts: cohort_count,
        members: 0,
        posts: 0,
        manager_email: manager_email(1),
        first_cohort_id: None,
        member_tokens: Vec::new(),
    };
    let mut remaining = plan.posts;
    for brand_number in 1..=brand_count {
        let brand_id = match accounts::create_brand(conn, &format!("Seed brand {brand_number}"), 5)?
        {
            CreateOutcome::Created(id) => id,
            CreateOutcome::Duplicate => {
                return Err(AppError::Conflict(format!(
                    "a brand named Seed brand {brand_number} already exists"
                )));
            }
        };
        let email = Email::parse(&manager_email(brand_number)).map_err(AppError::BadRequest)?;
        let manager_id =
            match accounts::create_user(conn, &email, &hash, StaffRole::Manager, Some(brand_id))? {
                CreateOutcome::Created(id) => id,
                CreateOutcome::Duplicate => {
                    return Err(AppError::Conflict(format!("{email} already exists")));
                }
            };
        let brand = SeedBrand {
            id: brand_id,
            manager_id,
            catalogue: products::stock(conn, brand_id, &PRODUCTS)?,
        };
        for cohort_number in 1..=COHORTS_PER_BRAND {
            if remaining == 0 {
                break;
            }
            let post_count = remaining.min(plan.posts_per_cohort);
            remaining -= post_count;
            // Diesel's own transaction: its multi-row insert on SQLite nests a
            // savepoint, which needs the transaction to be diesel's.
            let seeded = conn.transaction(|conn| {
                seed_cohort(
                    conn,
                    &brand,
                    &format!("Squad {brand_number}.{cohort_number}"),
                    post_count,
                    &mut rng,
                    &mut texts,
                )
            })?;
            if report.first_cohort_id.is_none() {
                report.first_cohort_id = Some(seeded.cohort_id);
                report.member_tokens = seeded.tokens;
            }
            report.members += u64::from(MEMBERS_PER_COHORT);
            report.posts += post_count;
        }
    }
    // Fresh statistics for the planner; on PostgreSQL also the visibility map,
    // without which counting a cohort's posts visits every row.
    let tidy = match conn {
        DbConn::Pg(_) => "VACUUM ANALYZE",
        DbConn::Sqlite(_) => "ANALYZE",
    };
    diesel::connection::SimpleConnection::batch_execute(conn, tidy)?;
    Ok(report)
}

struct SeededCohort {
    cohort_id: CohortId,
    tokens: Vec<String>,
}

/// Scores and term lists of the texts seen so far: the generator's texts repeat,
/// and scoring is most of the cost of writing a post.
#[derive(Default)]
struct TextCache {
    sentiment: HashMap<String, Sentiment>,
    terms: HashMap<String, Vec<String>>,
}

impl TextCache {
    fn sentiment(&mut self, text: &str) -> Sentiment {
        self.sentiment
            .entry(text.to_string())
            .or_insert_with(|| sentiment::analyse(text))
            .clone()
    }

    fn terms(&mut self, text: String) -> &[String] {
        self.terms
            .entry(text)
            .or_insert_with_key(|text| post_terms(text).into_iter().collect())
    }
}

/// A seeded brand: its manager creates its cohorts, its catalogue is reviewed.
struct SeedBrand {
    id: BrandId,
    manager_id: UserId,
    catalogue: Vec<Reviewable>,
}

fn seed_cohort(
    conn: &mut DbConn,
    brand: &SeedBrand,
    name: &str,
    post_count: u64,
    rng: &mut StdRng,
    texts: &mut TextCache,
) -> Result<SeededCohort, AppError> {
    let (brand_id, manager_id, catalogue) = (brand.id, brand.manager_id, &brand.catalogue);
    let created = now();
    let cohort_id = cohorts::insert(
        conn,
        cohorts::NewCohort {
            brand_id,
            name,
            description: "A private group of young players testing new gear before anyone else.",
            theme: "Street football boots and balls",
            cities: &CITIES.join("\n"),
            capacity: MEMBERS_PER_COHORT as i32,
            created_by: manager_id,
        },
        created,
    )?;
    let invite = token::generate();
    let invite_id = invites::insert(
        conn,
        invites::NewInvite {
            cohort_id,
            kind: invites::KIND_LINK,
            email: None,
            label: "Recruitment day",
            token_hash: &invite.hash,
            max_uses: MEMBERS_PER_COHORT as i32,
            expires_at: created + Duration::days(30),
            created_by: manager_id,
            language: None,
            link_seed: None,
        },
        created,
    )?;
    let today = created.date();
    let mut tokens = Vec::new();
    let mut member_rows = Vec::new();
    for n in 0..MEMBERS_PER_COHORT {
        let age = random_age(rng);
        let birth = today - Duration::days(i64::from(age) * 365 + rng.gen_range(40..330));
        // Each member takes a seat and a use of the invite, as joining does.
        let seated =
            cohorts::claim_seat(conn, cohort_id)? && invites::claim_use(conn, invite_id, created)?;
        if !seated {
            return Err(AppError::Conflict("the seeded cohort is full".into()));
        }
        let access = token::generate();
        let display_name = format!("{}{}", NAMES[n as usize % NAMES.len()], n);
        let id = members::insert(
            conn,
            members::NewMember {
                submission_key: None,
                cohort_id,
                invite_id,
                display_name: &display_name,
                city: CITIES[rng.gen_range(0..CITIES.len())],
                birth_year: birth.year(),
                birth_month: birth.month() as i32,
                country: "DE",
                guardian_consent: age < 16,
                email: None,
                access_token_hash: &access.hash,
                language: None,
            },
            created - Duration::days(366),
        )?;
        member_rows.push(members::find(conn, id)?.ok_or(AppError::NotFound)?);
        tokens.push(access.plain);
    }
    let mut written = Vec::with_capacity(post_count as usize);
    for _ in 0..post_count {
        let member = &member_rows[rng.gen_range(0..member_rows.len())];
        let at = created - Duration::minutes(rng.gen_range(0..(365 * 24 * 60)));
        let body = format!(
            "{} {}{}",
            OPENERS[rng.gen_range(0..OPENERS.len())],
            VERDICTS[rng.gen_range(0..VERDICTS.len())],
            SECOND_THOUGHTS[rng.gen_range(0..SECOND_THOUGHTS.len())]
        );
        let review = rng.gen_bool(0.4).then(|| {
            let product = &catalogue[rng.gen_range(0..catalogue.len())];
            let verdict =
                ["love it", "mixed feelings", "not for me", "solid", "wow"][rng.gen_range(0..5)];
            (
                product,
                rng.gen_range(1..=5),
                format!("{}: {verdict}", product.name),
            )
        });
        let scored = texts.sentiment(&crate::domain::post::said(
            review.as_ref().map(|(_, _, title)| title.as_str()),
            &body,
        ));
        written.push(Post {
            // Not yet written: the database numbers the rows.
            id: PostId(0),
            cohort_id,
            member_id: member.id,
            kind: if review.is_some() {
                PostKind::Review
            } else {
                PostKind::Post
            },
            product_id: review.as_ref().map(|(p, _, _)| p.id),
            product: review.as_ref().map(|(p, _, _)| p.name.clone()),
            rating: review.as_ref().map(|(_, r, _)| *r),
            title: review.map(|(_, _, t)| t),
            body,
            city: member.city.clone(),
            age_band: age_band_of(member, at.date()),
            hidden_reason: None,
            hidden_by: None,
            hidden_at: None,
            highlighted_at: None,
            created_at: at,
            updated_at: at,
            sentiment_score: scored.score,
            sentiment_label: scored.label,
            language: scored.language.to_string(),
            label_override: None,
        });
    }
    for chunk in written.chunks(BATCH) {
        let rows: Vec<BulkPost<'_>> = chunk.iter().map(BulkPost::from).collect();
        posts::insert_many(conn, &rows)?;
    }
    write_aggregates(conn, &written, texts)?;
    Ok(SeededCohort { cohort_id, tokens })
}

/// Sums the posts into the rows `post_stats::apply` and `term_stats::apply` would
/// have built one post at a time, and writes them.
fn write_aggregates(
    conn: &mut DbConn,
    written: &[Post],
    texts: &mut TextCache,
) -> Result<(), AppError> {
    type StatKey<'a> = (MemberId, AgeBand, PostKind, &'a str, String);
    let mut stats: HashMap<StatKey<'_>, (usize, Counts)> = HashMap::new();
    type TermKey<'a> = (MemberId, AgeBand, &'a str, String);
    let mut terms: HashMap<TermKey<'_>, (usize, i32)> = HashMap::new();
    for (index, post) in written.iter().enumerate() {
        let product = post.product.as_deref().unwrap_or_default();
        let key = (
            post.member_id,
            post.age_band,
            post.kind,
            product,
            week_of(post.created_at),
        );
        let counts = counts_of(post);
        stats
            .entry(key)
            .and_modify(|(_, total)| *total += &counts)
            .or_insert((index, counts));
        for term in texts.terms(said_in(post)) {
            terms
                .entry((post.member_id, post.age_band, product, term.clone()))
                .and_modify(|(_, count)| *count += 1)
                .or_insert((index, 1));
        }
    }
    let stat_rows: Vec<BulkStat<'_>> = stats
        .iter()
        .map(|((_, _, _, _, week), (index, total))| BulkStat::new(&written[*index], week, total))
        .collect();
    for chunk in stat_rows.chunks(BATCH) {
        post_stats::insert_many(conn, chunk)?;
    }
    let term_rows: Vec<BulkTerm<'_>> = terms
        .iter()
        .map(|((_, _, product, term), (index, count))| {
            let post = &written[*index];
            BulkTerm {
                cohort_id: post.cohort_id,
                member_id: post.member_id,
                city: &post.city,
                age_band: post.age_band,
                product,
                term,
                posts: *count,
            }
        })
        .collect();
    for chunk in term_rows.chunks(BATCH) {
        term_stats::insert_many(conn, chunk)?;
    }
    Ok(())
}
