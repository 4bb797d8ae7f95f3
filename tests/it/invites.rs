#![allow(clippy::unwrap_used, clippy::expect_used)]

use reqwest::StatusCode;

use crate::helpers::{TestApp, join_fields};

/// Each state of an invite, and only the valid one admits.
#[tokio::test]
async fn only_valid_invites_admit() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let valid = app.create_link(&manager, cohort_id, 5).await;
    let expired = app.create_link(&manager, cohort_id, 5).await;
    let used_up = app.create_link(&manager, cohort_id, 1).await;
    let revoked = app.create_link(&manager, cohort_id, 5).await;

    // Expire one by moving its expiry into the past.
    let expired_hash = cohorts::auth::token::hash(expired.trim_start_matches("/join/"));
    app.execute(&format!(
        "UPDATE invites SET expires_at = '2020-01-01 00:00:00' WHERE token_hash = '{expired_hash}'"
    ));
    // Use the single-use one.
    app.join(&used_up, "First", "Berlin", "2007").await;
    // Revoke one, after the confirmation page.
    let revoked_id = app.count(&format!(
        "SELECT id AS n FROM invites WHERE token_hash = '{}'",
        cohorts::auth::token::hash(revoked.trim_start_matches("/join/"))
    ));
    let confirm = manager
        .get(&format!("/cohorts/{cohort_id}/invites/{revoked_id}/revoke"))
        .await;
    assert!(confirm.body.contains("Revoke the invite"));
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/{revoked_id}/revoke"),
            &confirm,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let listing = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    for state in ["Expired", "Used up", "Revoked", "Valid"] {
        assert!(
            listing.body.contains(&format!("<td>{state}</td>")),
            "{state} is listed"
        );
    }

    for (path, message) in [
        (&expired, "has expired"),
        (&used_up, "already been used"),
        (&revoked, "withdrawn"),
    ] {
        let visitor = app.client();
        let page = visitor.get(path).await;
        page.assert_status(StatusCode::GONE);
        assert!(page.body.contains(message), "{path}: {}", page.body);
        // Posting the form directly is refused the same way and adds nobody.
        let csrf_page = visitor.get(&valid).await;
        let attempt = visitor
            .post_form(path, &csrf_page, &join_fields("Sneaky", "Berlin", "2007"))
            .await;
        attempt.assert_status(StatusCode::GONE);
    }
    let unknown = app
        .client()
        .get("/join/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        .await;
    unknown.assert_status(StatusCode::NOT_FOUND);
    app.client()
        .get("/join/..%2F..%2Fetc")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 1);

    app.join(&valid, "Second", "Madrid", "2006").await;
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 2);
    assert_eq!(app.count("SELECT members_count AS n FROM cohorts"), 2);

    // Revoking an invite of another cohort through this one, or one that does
    // not exist, is "not found" and changes nothing.
    let other_cohort = app.create_cohort(&manager, brand_id, "Other", 100).await;
    let other_link = app.create_link(&manager, other_cohort, 5).await;
    let other_id = app.count(&format!(
        "SELECT id AS n FROM invites WHERE cohort_id = {other_cohort}"
    ));
    let listing = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    for invite in [other_id, 999_999] {
        manager
            .post_form(
                &format!("/cohorts/{cohort_id}/invites/{invite}/revoke"),
                &listing,
                &[],
            )
            .await
            .assert_status(StatusCode::NOT_FOUND);
    }
    let still_valid = app.client().get(&other_link).await;
    still_valid.assert_status(StatusCode::OK);
    assert_eq!(
        app.count("SELECT count(revoked_at) AS n FROM invites"),
        1,
        "only the invite revoked above is revoked"
    );
}

/// A join link can be shown again, with its QR code, while it admits people;
/// once revoked it cannot, and another cohort's link is not found here.
#[tokio::test]
async fn a_join_link_is_shown_again_while_valid() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let invite_id = app.count(&format!(
        "SELECT id AS n FROM invites WHERE cohort_id = {cohort_id}"
    ));
    let show = format!("/cohorts/{cohort_id}/invites/{invite_id}/link");
    let listing = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    assert!(
        listing.body.contains(&format!("href=\"{show}\"")),
        "{}",
        listing.body
    );

    let again = manager.get(&show).await;
    again.assert_status(StatusCode::OK);
    assert!(
        again.body.contains("Join link “Store event”"),
        "{}",
        again.body
    );
    assert_eq!(
        again.join_paths(),
        vec![link.clone()],
        "the same link, again"
    );
    assert!(again.body.contains("QR code that opens the join link"));
    // Nothing stored is the link itself: only its hash and the seed it is worked out from.
    let token = link.trim_start_matches("/join/");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM invites WHERE token_hash = '{}' AND link_seed <> '{token}'",
            cohorts::auth::token::hash(token)
        )),
        1
    );
    // The shown link still admits.
    app.join(&link, "First", "Berlin", "2007").await;

    // Another cohort's link, through this cohort, is not found.
    let other_cohort = app.create_cohort(&manager, brand_id, "Other", 100).await;
    app.create_link(&manager, other_cohort, 5).await;
    let other_id = app.count(&format!(
        "SELECT id AS n FROM invites WHERE cohort_id = {other_cohort}"
    ));
    manager
        .get(&format!("/cohorts/{cohort_id}/invites/{other_id}/link"))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Once revoked it is neither offered nor shown.
    app.execute(&format!(
        "UPDATE invites SET revoked_at = '2026-01-01 00:00:00' WHERE id = {invite_id}"
    ));
    let listing = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    assert!(!listing.body.contains(&show));
    let refused = manager.get(&show).await;
    refused.assert_status(StatusCode::SEE_OTHER);
    let after = manager.get(&refused.location()).await;
    assert!(after.body.contains("cannot be shown"), "{}", after.body);
    assert!(after.join_paths().is_empty(), "{}", after.body);
}
