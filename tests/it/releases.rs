#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Weekly releases: made once per cohort and week by the calendar, on whichever
//! instance gets there first, with noise in every figure and no way to take it out.

use chrono::{Duration, Utc};
use cohorts::db::DbConn;
use cohorts::services::releases::make_due;
use cohorts::summary::release::Release;
use diesel::prelude::*;
use reqwest::StatusCode;

use crate::helpers::TestApp;

fn stored_figures(app: &TestApp) -> Vec<String> {
    use cohorts::db::schema::releases;
    let mut conn = app.conn();
    let conn: &mut DbConn = &mut conn;
    releases::table
        .order(releases::id.asc())
        .select(releases::figures)
        .load(conn)
        .unwrap()
}

#[tokio::test]
async fn a_week_is_released_once_with_noise_in_every_cell() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    for i in 0..12 {
        let city = ["Berlin", "Paris"][i % 2];
        let member = app.join(&link, &format!("Member{i}"), city, "2008").await;
        let home = member.get("/me").await;
        member
            .post_form(
                "/me/posts",
                &home,
                &[
                    ("kind", "post"),
                    ("body", "These boots are great, love them"),
                ],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }

    // Nothing is released while the week is still going: the cohort is newer
    // than the last week that ended.
    let mut conn = app.conn();
    let now = Utc::now().naive_utc();
    assert_eq!(make_due(&mut conn, now).unwrap(), 0);
    assert!(stored_figures(&app).is_empty());

    // A week on, this week has ended: one release, and only one however often
    // the calendar (on any instance) comes round.
    let week_later = now + Duration::days(7);
    assert_eq!(make_due(&mut conn, week_later).unwrap(), 1);
    assert_eq!(make_due(&mut conn, week_later).unwrap(), 0);
    let second = TestApp::spawn_on(app.db.clone(), app.key.clone()).await;
    assert_eq!(make_due(&mut second.conn(), week_later).unwrap(), 0);
    let stored = stored_figures(&app);
    assert_eq!(stored.len(), 1);

    let release: Release = serde_json::from_str(&stored[0]).unwrap();
    assert_eq!(release.k, 5);
    assert_eq!(
        release.cells.len(),
        3 * 6,
        "every city × age band, the empty ones too"
    );
    // Every figure is noisy: the empty cells do not all read zero.
    let empty_cells_nonzero = release
        .cells
        .iter()
        .filter(|c| c.city == "Madrid" && c.figures != [0; 5])
        .count();
    assert!(empty_cells_nonzero > 0, "{release:?}");
    // The seed is not kept anywhere: the release's row has its figures and its
    // period, nothing else.
    assert_eq!(
        app.count("SELECT count(*) AS n FROM releases WHERE figures LIKE '%seed%'"),
        0
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM releases WHERE cohort_id = {cohort_id}"
        )),
        1
    );
}

#[tokio::test]
async fn the_calendar_makes_the_releases_by_itself() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    // A cohort older than the last week that ended is due a release.
    {
        use cohorts::db::schema::cohorts;
        let mut conn = app.conn();
        let conn: &mut DbConn = &mut conn;
        diesel::update(cohorts::table.find(cohort_id))
            .set(cohorts::created_at.eq(Utc::now().naive_utc() - Duration::days(30)))
            .execute(conn)
            .unwrap();
    }
    let mut made = 0;
    for _ in 0..50 {
        made = app.count("SELECT count(*) AS n FROM releases");
        if made > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(made, 1, "the calendar made the week's release");
}

#[tokio::test]
async fn observers_read_released_figures_and_nothing_that_names_a_member() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    app.add_product(&manager, brand_id, "Tango Ball").await;
    for i in 0..8 {
        let member = app
            .join(&link, &format!("Member{i}"), "Berlin", "2008")
            .await;
        let home = member.get("/me").await;
        member
            .post_form(
                "/me/posts",
                &home,
                &[
                    ("kind", "post"),
                    ("body", "Secret plans for the launch party"),
                ],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }

    // The manager adds an observer: a bad address is refused with a message,
    // a good one gets a password shown once, the same one again is a duplicate.
    let path = format!("/brands/{brand_id}/observers");
    let page = manager.get(&path).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("No observers yet"));
    let refused = manager
        .post_form(&path, &page, &[("email", "not an address")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("id=\"email-error\""),
        "{}",
        refused.body
    );
    let added = manager
        .post_form(&path, &page, &[("email", "agency@example.com")])
        .await;
    added.assert_status(StatusCode::OK);
    assert!(added.body.contains("Observer added"), "{}", added.body);
    let document = scraper::Html::parse_document(&added.body);
    let selector = scraper::Selector::parse("code.secret").unwrap();
    let password: String = document
        .select(&selector)
        .next()
        .expect("the password is shown")
        .text()
        .collect();
    let again = manager
        .post_form(&path, &page, &[("email", "agency@example.com")])
        .await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("already exists"));

    // The observer signs in and lands on the brand's released figures.
    let observer = app.client();
    observer
        .login("agency@example.com", &password)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let home = observer.get("/").await;
    home.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(home.location(), format!("/brands/{brand_id}/releases"));
    // First their own password, in place of the generated one.
    assert_eq!(observer.get(&home.location()).await.location(), "/account");
    let account = observer.get("/account").await;
    let own = "the agency's own password";
    let changed = observer
        .post_form(
            "/account/password",
            &account,
            &[("current", &password), ("new", own), ("confirm", own)],
        )
        .await;
    assert_eq!(changed.location(), format!("/brands/{brand_id}/releases"));
    let releases = observer.get(&format!("/brands/{brand_id}/releases")).await;
    releases.assert_status(StatusCode::OK);
    assert!(
        releases.body.contains("Nothing released yet"),
        "{}",
        releases.body
    );

    // A week later the week is released, and the observer reads it.
    make_due(&mut app.conn(), Utc::now().naive_utc() + Duration::days(7)).unwrap();
    let cohort_page = observer
        .get(&format!("/cohorts/{cohort_id}/releases"))
        .await;
    cohort_page.assert_status(StatusCode::OK);
    assert!(cohort_page.body.contains("Week of"), "{}", cohort_page.body);
    // Reviews by product, the catalogue's products each on a line.
    assert!(cohort_page.body.contains("Reviews by product, week of"));
    assert!(
        cohort_page
            .body
            .contains("<th scope=\"row\">Tango Ball</th>")
    );
    // Two weeks released: the trend lists both, newest first.
    make_due(&mut app.conn(), Utc::now().naive_utc() + Duration::days(14)).unwrap();
    let two_weeks = observer
        .get(&format!("/cohorts/{cohort_id}/releases"))
        .await;
    let trend_start = two_weeks.body.find("Week by week").expect("the trend");
    let trend = &two_weeks.body[trend_start..];
    let trend = &trend[..trend.find("</table>").unwrap()];
    assert_eq!(trend.matches("<th scope=\"row\">").count(), 2, "{trend}");
    assert!(cohort_page.body.contains("too few to compare"));
    for named in ["Member0", "Secret plans", "manager@stride.test"] {
        assert!(
            !cohort_page.body.contains(named),
            "the release shows {named}"
        );
    }

    // Nothing else of the brand exists for them, nor another brand at all.
    let (other_brand, other_manager) = app.brand_with_manager("Other").await;
    let other_cohort = app
        .create_cohort(&other_manager, other_brand, "Elsewhere", 100)
        .await;
    for hidden in [
        format!("/cohorts/{cohort_id}"),
        format!("/cohorts/{cohort_id}/feed"),
        format!("/cohorts/{cohort_id}/members"),
        format!("/cohorts/{cohort_id}/summary"),
        format!("/cohorts/{cohort_id}/invites"),
        format!("/cohorts/{cohort_id}/photos.zip"),
        format!("/brands/{brand_id}"),
        format!("/brands/{brand_id}/summary"),
        format!("/brands/{brand_id}/observers"),
        format!("/cohorts/{other_cohort}/releases.csv"),
        format!("/brands/{other_brand}/releases.json"),
        "/admin".to_string(),
        format!("/brands/{other_brand}/releases"),
        format!("/cohorts/{other_cohort}/releases"),
    ] {
        observer
            .get(&hidden)
            .await
            .assert_status(StatusCode::NOT_FOUND);
    }
    // Their own sign-in stays: a refusal is not a sign-out.
    observer
        .get(&format!("/brands/{brand_id}/releases"))
        .await
        .assert_status(StatusCode::OK);

    // The manager removes the observer after confirming; they are signed out.
    let listed = manager.get(&path).await;
    assert!(listed.body.contains("agency@example.com"));
    let observer_id = app.count("SELECT max(id) AS n FROM users WHERE role = 'observer'");
    let remove = format!("/brands/{brand_id}/observers/{observer_id}/remove");
    let confirm = manager.get(&remove).await;
    confirm.assert_status(StatusCode::OK);
    assert!(confirm.body.contains("Remove agency@example.com"));
    // Another brand's manager cannot.
    let elsewhere = other_manager
        .get(&format!("/brands/{other_brand}/observers"))
        .await;
    other_manager
        .post_form(
            &format!("/brands/{other_brand}/observers/{observer_id}/remove"),
            &elsewhere,
            &[],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);
    manager
        .post_form(&remove, &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let gone = observer.get(&format!("/brands/{brand_id}/releases")).await;
    gone.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(gone.location(), "/login");
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM audit_log WHERE action IN ('add observer', 'remove observer')"
        ),
        2
    );
}

#[tokio::test]
async fn admins_set_the_privacy_budget_and_the_next_release_spends_it() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let admin = app.signed_in_admin().await;
    let brand_page = format!("/brands/{brand_id}");
    let action = format!("/admin/brands/{brand_id}/privacy");
    let page = admin.get(&brand_page).await;
    assert!(page.body.contains("name=\"epsilon\""), "{}", page.body);

    // Out of bounds or not a number: refused with the bounds, nothing changed.
    for bad in ["100", "0.1", "lots", ""] {
        let refused = admin.post_form(&action, &page, &[("epsilon", bad)]).await;
        refused.assert_status(StatusCode::BAD_REQUEST);
        assert!(refused.body.contains("from 0.5 to 8"), "{}", refused.body);
    }
    // A manager cannot change it.
    let own = manager.get(&brand_page).await;
    assert!(
        own.body.contains("ε = 4 per member a month"),
        "{}",
        own.body
    );
    manager
        .post_form(&action, &own, &[("epsilon", "8")])
        .await
        .assert_status(StatusCode::NOT_FOUND);

    admin
        .post_form(&action, &page, &[("epsilon", "8")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        manager
            .get(&brand_page)
            .await
            .body
            .contains("ε = 8 per member a month")
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'change privacy budget'"),
        1
    );
    make_due(&mut app.conn(), Utc::now().naive_utc() + Duration::days(7)).unwrap();
    let release: Release = serde_json::from_str(&stored_figures(&app)[0]).unwrap();
    assert!(
        (release.epsilon - 0.75 * 8.0 / (365.25 / 12.0 / 7.0)).abs() < 1e-9,
        "a weekly release spends three quarters of a month's ε over 4.35 weeks: {}",
        release.epsilon
    );
}

#[tokio::test]
async fn releases_show_what_members_talked_about_with_quotes_masked() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 120).await;
    let link = app.create_link(&manager, cohort_id, 110).await;
    // A hundred adults talk about grip; one of them leaves a number and a handle.
    for i in 0..100 {
        let member = app
            .join(&link, &format!("Member{i}"), "Berlin", "2000")
            .await;
        let home = member.get("/me").await;
        let body = if i == 99 {
            "The grip is unreal, text me on 0151 234 5678 or @grip_king".to_string()
        } else {
            format!("Grip on wet concrete is great ({i})")
        };
        member
            .post_form("/me/posts", &home, &[("kind", "post"), ("body", &body)])
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    // The most a brand may spend (ε = 8 a month): a topic's bar is then about
    // 35 members, which a hundred clear whatever the noise.
    app.execute(&format!(
        "UPDATE brands SET epsilon_per_month = 8 WHERE id = {brand_id}"
    ));
    make_due(&mut app.conn(), Utc::now().naive_utc() + Duration::days(7)).unwrap();
    let observer = app.observer_of(brand_id, "agency@stride.test").await;
    let page = observer
        .get(&format!("/cohorts/{cohort_id}/releases"))
        .await;
    page.assert_status(StatusCode::OK);
    // A hundred members against noise of scale about five: "grip" shows.
    assert!(page.body.contains("What members talked about"));
    assert!(page.body.contains("<strong>grip</strong>"), "{}", page.body);
    // Its quote is the week's newest post on it, with the number and handle masked.
    assert!(
        page.body
            .contains("“The grip is unreal, text me on […] […] […] or […]”"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("grip_king"));
    assert!(!page.body.contains("5678"));
    // Words outside the fixed vocabulary are never topics, however common.
    assert!(!page.body.contains("<strong>concrete</strong>"));
    assert!(!page.body.contains("Member99"));
}
