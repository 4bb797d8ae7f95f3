#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The summary's maintained aggregates agree with the posts after any sequence of
//! writes, hides, corrections, deletions and removals.

use reqwest::StatusCode;

use crate::helpers::TestApp;

/// Recomputes from the posts what the aggregates should hold, and compares.
pub(crate) fn assert_aggregates_match_posts(app: &TestApp) {
    let from_posts = |sql: &str| {
        app.count(&format!(
            "SELECT {sql} AS n FROM posts WHERE hidden_at IS NULL"
        ))
    };
    let from_stats = |sql: &str| app.count(&format!("SELECT {sql} AS n FROM post_stats"));
    assert_eq!(
        from_stats("COALESCE(SUM(posts), 0)"),
        from_posts("count(*)"),
        "posts"
    );
    assert_eq!(
        from_stats("COALESCE(SUM(ratings), 0)"),
        from_posts("count(rating)"),
        "ratings"
    );
    assert_eq!(
        from_stats("COALESCE(SUM(rating_sum), 0)"),
        from_posts("COALESCE(SUM(rating), 0)"),
        "rating sum"
    );
    assert_eq!(
        from_stats("COALESCE(SUM(scored), 0)"),
        from_posts("count(sentiment_score)"),
        "scored"
    );
    for label in ["positive", "neutral", "negative", "unscored"] {
        assert_eq!(
            from_stats(&format!("COALESCE(SUM({label}), 0)")),
            from_posts(&format!(
                "COALESCE(SUM(CASE WHEN COALESCE(label_override, sentiment_label) = '{label}' THEN 1 ELSE 0 END), 0)"
            )),
            "{label}"
        );
    }
    let sum_stats = app.count(
        "SELECT CAST(ROUND(COALESCE(SUM(score_sum), 0) * 1000) AS BIGINT) AS n FROM post_stats",
    );
    let sum_posts = app.count("SELECT CAST(ROUND(COALESCE(SUM(sentiment_score), 0) * 1000) AS BIGINT) AS n FROM posts WHERE hidden_at IS NULL");
    assert!(
        (sum_stats - sum_posts).abs() <= 1,
        "score sum {sum_stats} vs {sum_posts}"
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM post_stats WHERE posts <= 0"),
        0,
        "no empty rows linger"
    );
    // Each cohort's tallies (the feed's page count, the summary's version) are
    // its posts counted.
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM cohorts c WHERE \
             (SELECT COALESCE(SUM(posts), 0) FROM cohort_tallies t WHERE t.cohort_id = c.id) \
             <> (SELECT count(*) FROM posts p WHERE p.cohort_id = c.id) \
             OR (SELECT COALESCE(SUM(shown), 0) FROM cohort_tallies t WHERE t.cohort_id = c.id) \
             <> (SELECT count(*) FROM posts p WHERE p.cohort_id = c.id AND p.hidden_at IS NULL)"
        ),
        0,
        "cohorts whose tallies differ from their posts"
    );

    // Term counts: every visible post's distinct terms, once each.
    use cohorts::db::schema::posts;
    use diesel::prelude::*;
    let mut conn = app.conn();
    let texts: Vec<(Option<String>, String)> = posts::table
        .filter(posts::hidden_at.is_null())
        .select((posts::title, posts::body))
        .load(&mut **conn)
        .unwrap();
    let expected: usize = texts
        .iter()
        .map(|(title, body)| {
            let text = match title {
                Some(t) => format!("{t}. {body}"),
                None => body.clone(),
            };
            cohorts::summary::themes::post_terms(&text).len()
        })
        .sum();
    assert_eq!(
        app.count("SELECT COALESCE(SUM(posts), 0) AS n FROM term_stats") as usize,
        expected,
        "term counts"
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM term_stats WHERE posts <= 0"),
        0
    );
}

#[tokio::test]
async fn aggregates_follow_every_kind_of_change() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2008").await;
    let bo = app.join(&link, "Bo", "Madrid", "2001").await;

    let ball = app.add_product(&manager, brand_id, "Tango Ball").await;
    let home = ana.get("/me").await;
    for (kind, product, rating, title, body) in [
        (
            "review",
            ball.as_str(),
            "5",
            "Grip is fire",
            "Best ball I've had, no cap",
        ),
        (
            "review",
            ball.as_str(),
            "2",
            "Meh",
            "The stitching ripped after a week, really disappointed",
        ),
        ("post", "", "", "", "Training in the rain today"),
        (
            "post",
            "",
            "",
            "",
            "Ayakkabılar gerçekten çok kötü yapılmış ve bu kalite için fazla pahalı.",
        ),
    ] {
        ana.post_form(
            "/me/posts",
            &home,
            &[
                ("kind", kind),
                ("product", product),
                ("rating", rating),
                ("title", title),
                ("body", body),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    }
    let bo_home = bo.get("/me").await;
    bo.post_form(
        "/me/posts",
        &bo_home,
        &[
            ("kind", "post"),
            ("body", "These boots are so comfortable, love them"),
        ],
    )
    .await;
    assert_aggregates_match_posts(&app);

    // Scored in the write: labels and languages as a reader would expect.
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts WHERE sentiment_label = 'positive'"),
        2
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts WHERE sentiment_label = 'negative'"),
        1
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM posts WHERE sentiment_label = 'unscored' AND language = 'tur' AND sentiment_score IS NULL"), 1);

    // An edit rescores.
    let post_id = app.count("SELECT id AS n FROM posts WHERE body LIKE 'Training%'");
    let edit = ana.get(&format!("/me/posts/{post_id}/edit")).await;
    ana.post_form(
        &format!("/me/posts/{post_id}"),
        &edit,
        &[
            ("kind", "post"),
            ("body", "Training in the rain today was awful"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM posts WHERE id = {post_id} AND sentiment_label = 'negative'"
        )),
        1
    );
    assert_aggregates_match_posts(&app);

    // A manager corrects a label; it is kept, shown, logged and counted.
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    let turkish = app.count("SELECT id AS n FROM posts WHERE language = 'tur'");
    assert!(feed.body.contains("unscored"));
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{turkish}/label"),
            &feed,
            &[("label", "negative")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let bad = manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{turkish}/label"),
            &feed,
            &[("label", "ecstatic")],
        )
        .await;
    bad.assert_status(StatusCode::BAD_REQUEST);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM posts WHERE id = {turkish} AND label_override = 'negative'"
        )),
        1
    );
    assert!(
        manager
            .get(&format!("/cohorts/{cohort_id}/feed"))
            .await
            .body
            .contains("negative, corrected")
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'correct label'"),
        1
    );
    let admin = app.signed_in_admin().await;
    let audit = admin.get("/admin/audit").await;
    audit.assert_status(StatusCode::OK);
    assert!(audit.body.contains("correct label"));
    assert!(audit.body.contains("label unscored → negative"));
    assert!(audit.body.contains("manager@stride.test"));
    manager
        .get("/admin/audit")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_aggregates_match_posts(&app);

    // Hiding takes a post out of the figures; showing it again puts it back.
    let review = app.count("SELECT id AS n FROM posts WHERE title = 'Meh'");
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{review}/hide"),
            &feed,
            &[("reason", "Off topic")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_aggregates_match_posts(&app);
    assert_eq!(
        app.count("SELECT COALESCE(SUM(ratings), 0) AS n FROM post_stats"),
        1
    );
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{review}/unhide"),
            &feed,
            &[],
        )
        .await;
    assert_aggregates_match_posts(&app);

    // Deleting a post, and removing a member, take them out too.
    let confirm = ana.get(&format!("/me/posts/{post_id}/delete")).await;
    ana.post_form(&format!("/me/posts/{post_id}/delete"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_aggregates_match_posts(&app);
    let bo_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Bo'");
    let confirm = manager
        .get(&format!("/cohorts/{cohort_id}/members/{bo_id}/remove"))
        .await;
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/members/{bo_id}/remove"),
            &confirm,
            &[],
        )
        .await;
    assert_aggregates_match_posts(&app);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM post_stats WHERE member_id = {bo_id}"
        )),
        0
    );
}

#[tokio::test]
async fn summary_page_shows_safe_cells_and_hides_small_groups() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let path = format!("/cohorts/{cohort_id}/summary");
    let empty = manager.get(&path).await;
    empty.assert_status(StatusCode::OK);
    assert!(empty.body.contains("No posts yet"));

    let ball = app.add_product(&manager, brand_id, "Tango Ball").await;
    let secret = app.add_product(&manager, brand_id, "Secret Shoe").await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let members = ["Berlin"; 6]
        .iter()
        .chain(["Madrid"; 2].iter())
        .chain(["Paris"; 6].iter());
    for (i, city) in members.enumerate() {
        let member = app.join(&link, &format!("Member{i}"), city, "2008").await;
        let home = member.get("/me").await;
        let (body, product, rating) = if *city == "Berlin" {
            (
                format!("The grip on wet concrete is amazing ({i})"),
                ball.as_str(),
                "5",
            )
        } else if *city == "Paris" {
            (
                format!("These boots are great, love them. The colour is lovely ({i})"),
                ball.as_str(),
                "3",
            )
        } else {
            (
                "These boots are great, love them. Secret plans for the weekend".to_string(),
                secret.as_str(),
                "1",
            )
        };
        member
            .post_form("/me/posts", &home, &[("kind", "post"), ("body", &body)])
            .await
            .assert_status(StatusCode::SEE_OTHER);
        let review = [
            ("kind", "review"),
            ("product", product),
            ("rating", rating),
            ("title", "My take"),
            ("body", "Solid"),
        ];
        member
            .post_form("/me/posts", &home, &review)
            .await
            .assert_status(StatusCode::SEE_OTHER);
        if i == 1 {
            // Two members posted: every group is too small, and the page
            // says what to do next instead of showing empty charts.
            let small = manager.get(&path).await;
            assert!(
                small
                    .body
                    .contains("Every group is still too small to show")
            );
            assert!(small.body.contains(&format!(
                "href=\"/cohorts/{cohort_id}/invites\">Invite more members"
            )));
            assert!(small.body.contains("No week has had 5 members posting yet"));
            assert!(!small.body.contains("aria-label=\"Weekly mean sentiment\""));
        }
    }
    let page = manager.get(&path).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("<svg class=\"heatmap\""));
    assert!(!page.body.contains("Every group is still too small"));
    assert!(page.body.contains("aria-label=\"Weekly mean sentiment\""));
    assert!(!page.body.contains("No week has had"));
    assert!(
        page.body
            .contains("<td>Berlin</td><td>18–19</td><td>6</td><td>12</td><td>6</td>"),
        "{}",
        page.body
    );
    // A small cell and an empty one carry the same mark.
    let too_few = |city: &str, band: &str| {
        format!(
            "<td>{city}</td><td>{band}</td><td colspan=\"6\" class=\"suppressed\">too few to compare</td>"
        )
    };
    assert!(
        page.body.contains(&too_few("Madrid", "18–19")),
        "{}",
        page.body
    );
    assert!(page.body.contains(&too_few("Paris", "under 16")));
    assert!(!page.body.contains("hidden here"));
    assert!(
        !page.body.contains(">2 members<")
            && !page
                .body
                .contains("<td>Madrid</td><td>18–19</td><td>2</td>"),
        "the two Madrid members are never counted on the page"
    );

    // Reviews by product: the twelve reviewers of Berlin and Paris are shown, half
    // of them at five stars; Madrid's two never are.
    assert!(page.body.contains("12 reviews by 12 members"));
    assert!(page.body.contains("<td>6 (50%)</td>"));
    assert!(page.body.contains("mean rating <strong>4.0 ★</strong>"));
    assert!(
        page.body
            .contains("Too few reviewers in every cell to show figures for this product.")
    );

    // Berlin's own theme, with a quote from a Berlin post; nothing from Madrid's two.
    assert!(
        page.body.contains("<strong>wet concrete</strong>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("“The grip on wet concrete is amazing ("));
    assert!(
        !page.body.contains("Secret plans"),
        "no quote or theme comes from a group smaller than k"
    );
    assert!(!page.body.contains("<strong>secret"));

    // Posts only, in the month the posts were written: still six Berlin members.
    let month = app.count(
        "SELECT CAST(substr(week, 1, 4) AS BIGINT) * 100 + CAST(substr(week, 6, 2) AS BIGINT) AS n FROM post_stats LIMIT 1",
    );
    let month = format!("{}-{:02}", month / 100, month % 100);
    let posts_only = manager
        .get(&format!("{path}?kind=post&from={month}&to={month}"))
        .await;
    posts_only.assert_status(StatusCode::OK);
    assert!(
        posts_only
            .body
            .contains("<td>Berlin</td><td>18–19</td><td>6</td><td>6</td>")
    );

    // One city: its cells, its themes and its reviews only.
    assert!(page.body.contains("<h4>Paris</h4>"));
    let berlin = manager.get(&format!("{path}?city=Berlin")).await;
    berlin.assert_status(StatusCode::OK);
    assert!(
        berlin
            .body
            .contains("<td>Berlin</td><td>18–19</td><td>6</td><td>12</td><td>6</td>")
    );
    assert!(!berlin.body.contains("<td>Paris</td>"));
    assert!(berlin.body.contains("<h4>Berlin</h4>"));
    assert!(!berlin.body.contains("<h4>Paris</h4>"));
    assert!(berlin.body.contains("6 reviews by 6 members"));
    assert!(berlin.body.contains("<option value=\"Berlin\" selected>"));
    // One age band: every city's cell of it, no other band's.
    let band = manager.get(&format!("{path}?band=18%E2%80%9319")).await;
    band.assert_status(StatusCode::OK);
    assert!(band.body.contains("<td>Paris</td><td>18–19</td><td>6</td>"));
    assert!(!band.body.contains("<td>under 16</td>"));
    assert!(page.body.contains("<td>under 16</td>"));
    // One label: the cells count only the posts that carry it. Every Berlin
    // post reads positive; a manager's correction moves one to negative.
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM posts WHERE city = 'Berlin' AND sentiment_label = 'positive'"
        ),
        12
    );
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    let corrected = app.count("SELECT min(id) AS n FROM posts WHERE body LIKE 'The grip on wet%'");
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{corrected}/label"),
            &feed,
            &[("label", "negative")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let positive = manager.get(&format!("{path}?label=positive")).await;
    positive.assert_status(StatusCode::OK);
    assert!(
        positive
            .body
            .contains("<td>Berlin</td><td>18–19</td><td>6</td><td>11</td>"),
        "{}",
        positive.body
    );
    assert!(
        positive
            .body
            .contains("<option value=\"positive\" selected>")
    );
    let negative = manager.get(&format!("{path}?label=negative")).await;
    negative.assert_status(StatusCode::OK);
    assert!(
        negative.body.contains(&too_few("Berlin", "18–19")),
        "one member's negative post is too few to compare"
    );
    assert!(
        manager
            .get(&path)
            .await
            .body
            .contains("<td>Berlin</td><td>18–19</td><td>6</td><td>12</td>"),
        "the whole summary counts every label"
    );

    for bad in [
        "?from=2020-13",
        "?kind=photos",
        "?product=Nothing",
        "?from=2999-01",
        "?kind=post&product=Tango%20Ball",
        "?city=Atlantis",
        "?band=12-13",
        "?label=furious",
    ] {
        let refused = manager.get(&format!("{path}{bad}")).await;
        refused.assert_status(StatusCode::BAD_REQUEST);
        assert!(refused.body.contains("role=\"alert\""), "{bad}");
    }
    // Another brand's manager finds nothing.
    let (_, other) = app.brand_with_manager("Rival").await;
    other.get(&path).await.assert_status(StatusCode::NOT_FOUND);

    // The page follows every change at once, though a worked-out summary is
    // kept (the empty page above was one): a hide takes a Berlin post out and
    // showing it again puts it back.
    let berlin_row =
        |posts: usize| format!("<td>Berlin</td><td>18–19</td><td>6</td><td>{posts}</td>");
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    let berlin_post =
        app.count("SELECT min(id) AS n FROM posts WHERE body LIKE 'The grip on wet%'");
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{berlin_post}/hide"),
            &feed,
            &[("reason", "Off topic")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let after_hide = manager.get(&path).await;
    assert!(
        after_hide.body.contains(&berlin_row(11)),
        "{}",
        after_hide.body
    );
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{berlin_post}/unhide"),
            &feed,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(manager.get(&path).await.body.contains(&berlin_row(12)));
}

#[tokio::test]
async fn brand_summary_adds_up_shown_cells_across_cohorts() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let first = app
        .create_cohort(&manager, brand_id, "Squad one", 100)
        .await;
    let second = app
        .create_cohort(&manager, brand_id, "Squad two", 100)
        .await;
    for (cohort_id, joiners) in [(first, 6), (second, 2)] {
        let link = app.create_link(&manager, cohort_id, 10).await;
        for i in 0..joiners {
            let member = app
                .join(&link, &format!("M{cohort_id}x{i}"), "Berlin", "2008")
                .await;
            let home = member.get("/me").await;
            member
                .post_form(
                    "/me/posts",
                    &home,
                    &[("kind", "post"), ("body", "Great boots")],
                )
                .await
                .assert_status(StatusCode::SEE_OTHER);
        }
    }
    let page = manager.get(&format!("/brands/{brand_id}/summary")).await;
    page.assert_status(StatusCode::OK);
    assert!(
        page.body.contains("Squad one</a></td><td>6</td><td>6</td>"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Squad two</a></td><td>0</td><td>0</td>"),
        "the small cohort's cell is hidden"
    );
    assert!(
        page.body.contains(">6 members<"),
        "the brand table counts the shown cell only"
    );
    assert!(!page.body.contains(">8 members<"));
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival
        .get(&format!("/brands/{brand_id}/summary"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn admins_set_the_brands_threshold_and_figures_follow() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    for i in 0..6 {
        let member = app.join(&link, &format!("M{i}"), "Berlin", "2008").await;
        let home = member.get("/me").await;
        member
            .post_form(
                "/me/posts",
                &home,
                &[("kind", "post"), ("body", "Great boots")],
            )
            .await;
    }
    let summary = format!("/cohorts/{cohort_id}/summary");
    assert!(
        manager
            .get(&summary)
            .await
            .body
            .contains("<td>Berlin</td><td>18–19</td><td>6</td>")
    );

    let brand_page = manager.get(&format!("/brands/{brand_id}")).await;
    assert!(
        !brand_page.body.contains("threshold"),
        "managers cannot change it"
    );
    manager
        .post_form(
            &format!("/admin/brands/{brand_id}/threshold"),
            &brand_page,
            &[("anonymity_k", "3")],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);

    let admin = app.signed_in_admin().await;
    let page = admin.get(&format!("/brands/{brand_id}")).await;
    let refused = admin
        .post_form(
            &format!("/admin/brands/{brand_id}/threshold"),
            &page,
            &[("anonymity_k", "2")],
        )
        .await;
    refused.assert_status(StatusCode::BAD_REQUEST);
    assert_eq!(
        app.count("SELECT anonymity_k AS n FROM brands WHERE name = 'Stride'"),
        5
    );
    admin
        .post_form(
            &format!("/admin/brands/{brand_id}/threshold"),
            &page,
            &[("anonymity_k", "7")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let hidden = manager.get(&summary).await;
    assert!(hidden.body.contains(
        "<td>Berlin</td><td>18–19</td><td colspan=\"6\" class=\"suppressed\">too few to compare"
    ));
    assert!(
        admin
            .get("/admin/audit")
            .await
            .body
            .contains("5 → 7 members")
    );
}
