#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{TestApp, join_fields, post_as};

/// Files under the app's photo folder.
fn stored_files(app: &TestApp) -> usize {
    walk(&app.db.dir.path().join("photos"))
}

fn walk(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .flatten()
            .map(|e| {
                let path = e.path();
                if path.is_dir() { walk(&path) } else { 1 }
            })
            .sum()
    })
}

/// A closed cohort: members read it and download their data but write
/// nothing, nobody joins, staff invite nobody; opened again it works as
/// before; closed once more and past its retention it is deleted with its
/// posts and photo files.
#[tokio::test]
async fn a_closed_cohort_is_read_only_then_deleted_after_its_retention() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2007").await;
    post_as(&ana, &[("kind", "post"), ("body", "Before closing")]).await;
    let home = ana.get("/me").await;
    ana.post_multipart(
        "/me/posts",
        &home,
        &[("kind", "post"), ("body", "A photo from training")],
        vec![("photos".into(), crate::photos::jpeg(64, 48))],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert!(stored_files(&app) >= 2, "the photo's files are stored");

    // Someone opens the join page while the cohort is open, and sends the
    // form after it closed.
    let late = app.client();
    let join_page = late.get(&link).await;
    join_page.assert_status(StatusCode::OK);

    // Staff confirm before closing; the page says what happens and when.
    let overview = manager.get(&format!("/cohorts/{cohort_id}")).await;
    assert!(
        overview
            .body
            .contains(&format!("href=\"/cohorts/{cohort_id}/close\""))
    );
    let confirm = manager.get(&format!("/cohorts/{cohort_id}/close")).await;
    assert!(confirm.body.contains("Close Squad?"), "{}", confirm.body);
    assert!(
        confirm.body.contains("90 days from now"),
        "{}",
        confirm.body
    );
    manager
        .post_form(&format!("/cohorts/{cohort_id}/close"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let overview = manager.get(&format!("/cohorts/{cohort_id}")).await;
    assert!(overview.body.contains("Closed on"), "{}", overview.body);
    assert!(overview.body.contains("badge-closed"));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'cohort closed'"),
        1
    );

    // The member reads, with a notice and no form to write with.
    let home = ana.get("/me").await;
    home.assert_status(StatusCode::OK);
    assert!(
        home.body.contains("This cohort has closed."),
        "{}",
        home.body
    );
    assert!(home.body.contains("Before closing"));
    assert!(!home.body.contains("action=\"/me/posts\""));
    ana.get("/me/data.json").await.assert_status(StatusCode::OK);
    // Writing anyway is refused in plain words, and nothing is written.
    let refused = ana
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "After closing")],
        )
        .await;
    refused.assert_status(StatusCode::GONE);
    assert!(
        refused.body.contains("closed this cohort"),
        "{}",
        refused.body
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 2);

    // Nobody joins, through the page or the form sent directly.
    let visitor = app.client();
    let page = visitor.get(&link).await;
    page.assert_status(StatusCode::GONE);
    assert!(page.body.contains("closed this cohort"), "{}", page.body);
    let attempt = late
        .post_form(&link, &join_page, &join_fields("Ben", "Berlin", "2006"))
        .await;
    attempt.assert_status(StatusCode::GONE);
    assert!(
        attempt.body.contains("closed this cohort"),
        "{}",
        attempt.body
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 1);

    // Staff invite nobody to it.
    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    let link_refused = manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/link"),
            &invites,
            &[("label", "Late"), ("max_uses", "5"), ("valid_days", "14")],
        )
        .await;
    link_refused.assert_status(StatusCode::CONFLICT);
    assert!(link_refused.body.contains("This cohort is closed"));
    assert_eq!(app.count("SELECT count(*) AS n FROM invites"), 1);

    // Opened again, it works as before.
    manager
        .post_form(&format!("/cohorts/{cohort_id}/reopen"), &overview, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    post_as(&ana, &[("kind", "post"), ("body", "Open again")]).await;
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 3);

    // Closed again and past its retention: deleted with everything in it.
    let confirm = manager.get(&format!("/cohorts/{cohort_id}/close")).await;
    manager
        .post_form(&format!("/cohorts/{cohort_id}/close"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let other = app.create_cohort(&manager, brand_id, "Other", 100).await;
    app.execute(&format!(
        "UPDATE cohorts SET delete_at = '2020-01-01 00:00:00' WHERE id = {cohort_id}"
    ));
    // The row goes in one transaction, the files right after it: wait for both.
    let mut left = 1;
    for _ in 0..50 {
        left = app.count(&format!(
            "SELECT count(*) AS n FROM cohorts WHERE id = {cohort_id}"
        ));
        if left == 0 && stored_files(&app) == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "the cohort is deleted once its retention is over");
    for table in ["posts", "members", "invites", "photos"] {
        assert_eq!(
            app.count(&format!("SELECT count(*) AS n FROM {table}")),
            0,
            "{table} of the cohort are deleted"
        );
    }
    assert_eq!(stored_files(&app), 0, "its photo files are deleted");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM cohorts WHERE id = {other}"
        )),
        1,
        "an open cohort stays"
    );
    // Its member's personal link opens nothing now, and says how to get one.
    let gone = ana.get("/me").await;
    assert!(gone.status.is_client_error(), "{}", gone.status);
}
