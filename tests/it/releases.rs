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
