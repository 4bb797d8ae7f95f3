//! The cost of an activity's report as answers come in: a cohort of 250
//! members (a SQLite file, as `cohorts seed` fills it) with two activities of
//! the same four tasks (a poll, a ranking, a rating of two cards and an open
//! question), one answered by 25 members and one by 250, each answer written
//! through the service as a member's form would. The report reads maintained
//! aggregates, so its cost should hardly grow: the target is at most 1.5× at
//! 250 what it is at 25. Run with `cargo bench --bench activity_report`.
#![allow(clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use cohorts::db::models::{Page, cohorts as cohort_rows, members};
use cohorts::db::{DatabaseUrl, build_pool, run_migrations};
use cohorts::domain::activity::{Answer, Audience, Schedule, Visibility};
use cohorts::domain::{ActivityId, Role, Staff, UserId};
use cohorts::photos::store::{LocalStore, PhotoStore};
use cohorts::services::activities::{self, ActivityInput, TaskFields};
use cohorts::services::records::Cohort;
use cohorts::services::seed::{self, SeedPlan};
use cohorts::services::{Db, now};

const ROUNDS: usize = 300;

fn task(kind: &str, prompt: &str, options: &str) -> TaskFields {
    TaskFields {
        kind: kind.into(),
        prompt: prompt.into(),
        options: options.into(),
        allow_other: kind == "single",
        max_photos: String::new(),
        product: String::new(),
        days_after_receipt: String::new(),
    }
}

/// One member's answers, varied by `n`.
fn answers(n: usize) -> Vec<Answer> {
    let texts = [
        "Love the colour, the sole feels great",
        "Too heavy for me, and the laces are bad",
        "Fine I guess, nothing special",
    ];
    vec![
        Answer::Choice {
            chosen: vec![n % 3],
            other: None,
        },
        Answer::Rank {
            order: [[0, 1, 2], [1, 2, 0], [2, 0, 1]][n % 3].to_vec(),
        },
        Answer::Rate {
            stars: vec![(n % 5) as u8 + 1, ((n + 2) % 5) as u8 + 1],
        },
        Answer::Text {
            text: texts[n % texts.len()].to_string(),
        },
    ]
}

async fn activity_answered_by(
    db: &Db,
    store: &Arc<dyn PhotoStore>,
    staff: &Staff,
    cohort: &Cohort,
    members: &[cohorts::services::records::Member],
    answered: usize,
) -> ActivityId {
    let at = now();
    let input = ActivityInput {
        title: format!("Answered by {answered}"),
        instructions: "Tell us.".into(),
        schedule: Schedule {
            starts_at: at - chrono::Duration::hours(1),
            due_at: at + chrono::Duration::days(7),
            closes_at: None,
        },
        audience: Audience::default(),
        visibility: Visibility::AfterAnswering,
    };
    let id = activities::create(db, store.clone(), staff, cohort, input, None)
        .await
        .expect("activity");
    for fields in [
        task("single", "Which colourway?", "Black\nRed\nWhite"),
        task("rank", "Rank the boots", "Alpha\nBeta\nGamma"),
        task("rate", "Rate the concepts", "Concept 1\nConcept 2"),
        task("text", "Anything else?", ""),
    ] {
        activities::save_task(db, store.clone(), cohort, id, None, fields)
            .await
            .expect("task")
            .map_err(|e| format!("{e:?}"))
            .expect("valid task");
    }
    activities::publish(db, staff, cohort, id)
        .await
        .expect("publish")
        .expect("published");
    for (n, member) in members.iter().take(answered).enumerate() {
        activities::answer(db, store.clone(), member, id, answers(n), None, Vec::new())
            .await
            .expect("answer")
            .expect("answered");
    }
    id
}

fn timed<T>(label: &str, mut run: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(run());
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[ROUNDS / 2];
    let p90 = times[ROUNDS * 9 / 10];
    println!(
        "{label:<22} median {:>8.3} ms   p90 {:>8.3} ms",
        median.as_secs_f64() * 1e3,
        p90.as_secs_f64() * 1e3
    );
    median
}

fn main() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let url = DatabaseUrl::Sqlite(folder.path().join("bench.db"));
    let pool = build_pool(&url, 4).expect("pool");
    let mut conn = pool.get().expect("connection");
    run_migrations(&mut conn).expect("migrations");
    let plan = SeedPlan {
        posts: 2_000,
        posts_per_cohort: 2_000,
        password: "bench-password-2026".into(),
    };
    let seeded = seed::fill(&mut conn, &plan).expect("seed");
    let cohort_id = seeded.first_cohort_id.expect("a cohort");
    let cohort = cohort_rows::find(&mut conn, cohort_id)
        .expect("read")
        .expect("cohort");
    let members =
        members::list_for_cohort(&mut conn, cohort_id, Page::new(1, 250)).expect("members");
    drop(conn);
    let staff = Staff {
        id: UserId(1),
        email: seeded.manager_email.clone(),
        role: Role::Manager {
            brand_id: cohort.brand_id,
        },
        time_zone: chrono_tz::UTC,
        must_change_password: false,
        two_step: false,
    };
    let db = Db::new(pool);
    let store: Arc<dyn PhotoStore> =
        Arc::new(LocalStore::new(folder.path().join("photos")).expect("photo folder"));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    println!(
        "A report of 4 tasks, one cohort of {} members, {ROUNDS} rounds each:",
        members.len()
    );
    let mut medians = Vec::new();
    for answered in [25, 250] {
        let id = runtime.block_on(activity_answered_by(
            &db, &store, &staff, &cohort, &members, answered,
        ));
        let median = timed(&format!("{answered} answers"), || {
            runtime
                // A memo of its own each round: the cost of working it out
                // (nothing is kept, so the version in the key does not matter).
                .block_on(activities::report(
                    &db,
                    &activities::ReportMemo::new(1),
                    &cohort,
                    75,
                    (id, 0),
                    activities::ReportSegment::default(),
                ))
                .expect("report")
        });
        medians.push(median);
    }
    let ratio = medians[1].as_secs_f64() / medians[0].as_secs_f64();
    println!(
        "250 answers cost {ratio:.2}× what 25 do (target: at most 1.5×): {}",
        if ratio <= 1.5 { "met" } else { "not met" }
    );
}
