#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use reqwest::StatusCode;

use crate::helpers::{Client, TestApp, join_fields};

/// 400 people join a cohort of 250 at once: exactly 250 get in, everyone else is
/// told the cohort is full, and nothing fails. On PostgreSQL the requests are
/// spread over two app instances sharing the database.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_joins_never_exceed_capacity() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 250).await;
    let link = app.create_link(&manager, cohort_id, 250).await;
    // Let the link promise more uses than there are seats, so the seat is what runs out.
    app.execute("UPDATE invites SET max_uses = 1000");

    let mut bases = vec![app.address.clone()];
    let _second = if app.db.is_postgres() {
        let other = TestApp::spawn_on(Arc::clone(&app.db), app.key.clone()).await;
        bases.push(other.address.clone());
        Some(other)
    } else {
        None
    };

    // Every joiner first loads the form (for its session and CSRF token)...
    let mut joiners = Vec::new();
    for i in 0..400 {
        let client = Client::new(&bases[i % bases.len()]);
        let page = client.get(&link).await;
        page.assert_status(StatusCode::OK);
        joiners.push((client, page));
    }
    // ...then all of them submit at once.
    let mut tasks = Vec::new();
    for (i, (client, page)) in joiners.into_iter().enumerate() {
        let link = link.clone();
        tasks.push(tokio::spawn(async move {
            let name = format!("Joiner{i}");
            client
                .post_form(&link, &page, &join_fields(&name, "Berlin", "2007"))
                .await
        }));
    }
    let (mut admitted, mut full) = (0, 0);
    for task in tasks {
        let response = task.await.unwrap();
        match response.status {
            StatusCode::OK => admitted += 1,
            StatusCode::CONFLICT => {
                assert!(
                    response.body.contains("this cohort is full"),
                    "{}",
                    response.body
                );
                full += 1;
            }
            other => panic!("unexpected {other}: {}", response.body),
        }
    }
    assert_eq!(admitted, 250);
    assert_eq!(full, 150);
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 250);
    assert_eq!(app.count("SELECT members_count AS n FROM cohorts"), 250);
    assert_eq!(
        app.count("SELECT uses AS n FROM invites"),
        250,
        "refused joins use nothing"
    );
}
