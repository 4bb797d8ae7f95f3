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

/// The same form sent ten times at once (a double click, a flaky connection)
/// creates one post, and one member.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn double_submitted_forms_create_one_row() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;

    let joiner = Client::new(&app.address);
    let form = joiner.get(&link).await;
    assert!(form.body.contains("name=\"submission_key\""));
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let (client, link, form) = (joiner.clone(), link.clone(), form.clone());
        tasks.push(tokio::spawn(async move {
            let key_start = form.body.find("name=\"submission_key\" value=\"").unwrap() + 29;
            let key = form.body[key_start..key_start + 32].to_string();
            let mut fields = join_fields("Once", "Berlin", "2007");
            fields.push(("submission_key", &key));
            client.post_form(&link, &form, &fields).await.status
        }));
    }
    for task in tasks {
        let status = task.await.unwrap();
        // The first admits; the others find the key taken (409), or find that the
        // first one's sign-in already replaced the session their form came from (403).
        assert!(
            [StatusCode::OK, StatusCode::CONFLICT, StatusCode::FORBIDDEN].contains(&status),
            "{status}"
        );
    }
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 1);
    assert_eq!(app.count("SELECT members_count AS n FROM cohorts"), 1);
    assert_eq!(app.count("SELECT uses AS n FROM invites"), 1);

    let member = app.join(&link, "Poster", "Berlin", "2007").await;
    let home = member.get("/me").await;
    let key_start = home.body.find("name=\"submission_key\" value=\"").unwrap() + 29;
    let key = home.body[key_start..key_start + 32].to_string();
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let (client, key) = (member.clone(), key.clone());
        let token = home.csrf();
        tasks.push(tokio::spawn(async move {
            let fields = [
                ("csrf_token", token.as_str()),
                ("kind", "post"),
                ("body", "Sent once"),
                ("submission_key", key.as_str()),
            ];
            client.post_raw("/me/posts", &fields).await.status
        }));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::SEE_OTHER);
    }
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts WHERE body = 'Sent once'"),
        1
    );
    assert_eq!(
        app.count("SELECT COALESCE(SUM(posts), 0) AS n FROM post_stats"),
        1
    );
}
