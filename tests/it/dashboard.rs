#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The brand's home: each cohort at a glance, and what waits for staff.

use reqwest::StatusCode;

use crate::helpers::{TestApp, post_as};

/// The text of the figure a card names, as a manager reads it.
fn figure<'a>(card: &'a str, name: &str) -> &'a str {
    let at = card
        .find(&format!("<dt>{name}</dt><dd>"))
        .unwrap_or_else(|| panic!("no figure {name} in {card}"));
    let rest = &card[at + name.len() + 13..];
    &rest[..rest.find("</dd>").unwrap()]
}

fn card(page: &str, cohort_id: i64) -> &str {
    let at = page
        .find(&format!("aria-labelledby=\"cohort-{cohort_id}\""))
        .unwrap();
    let rest = &page[at..];
    &rest[..rest.find("</section>").unwrap()]
}

#[tokio::test]
async fn the_brand_home_shows_each_cohort_at_a_glance_and_what_waits() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let home = format!("/brands/{brand_id}");
    let empty = manager.get(&home).await;
    empty.assert_status(StatusCode::OK);
    assert!(empty.body.contains("No cohorts yet. Create one"));

    let busy = app
        .create_cohort(&manager, brand_id, "Berlin Squad", 150)
        .await;
    let quiet = app
        .create_cohort(&manager, brand_id, "Paris Squad", 100)
        .await;
    let link = app.create_link(&manager, busy, 10).await;
    let ball = app.add_product(&manager, brand_id, "Tango Ball").await;
    let ana = app.join(&link, "Ana", "Berlin", "2008").await;
    let bo = app.join(&link, "Bo", "Madrid", "2007").await;
    let cy = app.join(&link, "Cy", "Paris", "2008").await;
    post_as(
        &ana,
        &[
            ("kind", "post"),
            ("body", "I love the new colours, amazing"),
        ],
    )
    .await;
    post_as(
        &bo,
        &[
            ("kind", "review"),
            ("product", &ball),
            ("rating", "4"),
            ("title", "Solid"),
            ("body", "Great grip, good ball"),
        ],
    )
    .await;
    // Nothing waits yet.
    let calm = manager.get(&home).await;
    assert!(calm.body.contains("Nothing is waiting"), "{}", calm.body);

    // Bo reports Ana's post; an activity is due in two days; an invitation
    // sent four days ago was never opened.
    let first: i64 = app.count("SELECT min(id) AS n FROM posts");
    let form = bo.get(&format!("/me/posts/{first}/report")).await;
    bo.post_form(
        &format!("/me/posts/{first}/report"),
        &form,
        &[("reason", "bullying")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let activity = app.open_activity(&manager, busy, "Pick the colour").await;
    let invites = manager.get(&format!("/cohorts/{busy}/invites")).await;
    manager
        .post_form(
            &format!("/cohorts/{busy}/invites/emails"),
            &invites,
            &[("emails", "dee@example.com\neli@example.com")],
        )
        .await
        .assert_status(StatusCode::OK);
    let four_days_ago = if app.db.is_postgres() {
        "now() - interval '4 days'"
    } else {
        "datetime('now', '-4 days')"
    };
    app.execute(&format!(
        "UPDATE invites SET created_at = {four_days_ago} WHERE email = 'dee@example.com'"
    ));

    let page = manager.get(&home).await;
    page.assert_status(StatusCode::OK);
    for (text, href) in [
        (
            "1 reported post in Berlin Squad",
            format!("/cohorts/{busy}/reports"),
        ),
        (
            "1 activity due in the next 3 days in Berlin Squad",
            format!("/cohorts/{busy}/activities"),
        ),
        (
            "1 invitation not taken up after 3 days in Berlin Squad",
            format!("/cohorts/{busy}/invites"),
        ),
    ] {
        assert!(
            page.body
                .contains(&format!("<a href=\"{href}\">{text}</a>")),
            "{text} missing from {}",
            page.body
        );
    }
    assert!(!page.body.contains("in Paris Squad"), "nothing waits there");

    let busy_card = card(&page.body, busy);
    assert!(figure(busy_card, "Members").starts_with("3 "));
    assert_eq!(
        figure(busy_card, "Active, last 7 days"),
        "2 <span class=\"muted\">(67 %)</span>"
    );
    assert_eq!(figure(busy_card, "Posts, last 7 days"), "1");
    assert_eq!(figure(busy_card, "Reviews, last 7 days"), "1");
    assert!(figure(busy_card, "Mean rating, 8 weeks").ends_with(" 4.0"));
    let sentiment = figure(busy_card, "Sentiment, 8 weeks");
    assert!(
        sentiment.contains("<svg class=\"sparkline\""),
        "{sentiment}"
    );
    assert!(sentiment.contains("Weekly mean sentiment over 8 weeks, latest week +0."));
    assert!(page.body.contains("weeks that run Monday to Monday, UTC"));
    assert!(
        sentiment.contains("<circle"),
        "one week of posts is a dot: {sentiment}"
    );

    // Cy, who wrote nothing, answers the activity: active in Berlin, not in
    // the brand's other cohort.
    let answer_path = crate::activities::member_path(&activity);
    let form = cy.get(&answer_path).await;
    cy.post_form(
        &answer_path,
        &form,
        &[("task-0", "0"), ("task-0-other", "")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let page = manager.get(&home).await;
    assert_eq!(
        figure(card(&page.body, busy), "Active, last 7 days"),
        "3 <span class=\"muted\">(100 %)</span>"
    );

    let quiet_card = card(&page.body, quiet);
    assert!(figure(quiet_card, "Members").starts_with("0 "));
    assert_eq!(figure(quiet_card, "Active, last 7 days"), "0");
    assert!(figure(quiet_card, "Mean rating, 8 weeks").contains("no reviews"));
    assert!(figure(quiet_card, "Sentiment, 8 weeks").contains("no posts yet"));

    // A post held back (as the safeguarding check does) waits for a look and
    // no longer counts as written this week.
    app.execute(&format!(
        "UPDATE posts SET hidden_at = created_at, hidden_reason = 'personal details' WHERE id = {first}"
    ));
    let after = manager.get(&home).await;
    assert_eq!(figure(card(&after.body, busy), "Posts, last 7 days"), "0");
    assert!(after.body.contains(&format!(
        "<a href=\"/cohorts/{busy}/reports\">1 post held back for a look in Berlin Squad</a>"
    )));

    // Another brand's manager sees none of it.
    let (_, other) = app.brand_with_manager("Rival").await;
    let refused = other.get(&home).await;
    assert!(refused.status == StatusCode::FORBIDDEN || refused.status == StatusCode::NOT_FOUND);
    assert!(!refused.body.contains("Berlin Squad"));
}
