#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Activities: staff write and publish them, members asked answer them once
//! and may change their answers until due, and the report sums them up.

use reqwest::StatusCode;

use crate::helpers::{Client, Response, TestApp, local_in};

/// Writes a draft through the form; returns its page's path.
pub async fn draft(
    manager: &Client,
    cohort_id: i64,
    title: &str,
    starts_in_hours: i64,
    ticks: &[(&str, &str)],
) -> String {
    let path = format!("/cohorts/{cohort_id}/activities");
    let page = manager.get(&path).await;
    let (start, due) = (local_in(starts_in_hours), local_in(starts_in_hours + 48));
    let mut fields = vec![
        ("title", title),
        ("instructions", "Tell us what you think.\nBe honest."),
        ("starts_at", start.as_str()),
        ("due_at", due.as_str()),
        ("closes_at", ""),
        ("visibility", "after_answering"),
    ];
    fields.extend_from_slice(ticks);
    let created = manager.post_form(&path, &page, &fields).await;
    created.assert_status(StatusCode::SEE_OTHER);
    created.location()
}

pub async fn add_task(manager: &Client, activity: &str, fields: &[(&str, &str)]) -> Response {
    let page = manager.get(activity).await;
    manager
        .post_form(&format!("{activity}/tasks"), &page, fields)
        .await
}

/// Copies an activity into another cohort of the brand through its form.
async fn copy_into(manager: &Client, activity: &str, cohort_id: i64) -> Response {
    let page = manager.get(activity).await;
    manager
        .post_form(
            &format!("{activity}/copy"),
            &page,
            &[("into", &cohort_id.to_string())],
        )
        .await
}

/// Gives a draft an open question and a test of `product` due ten days after
/// it arrives, and publishes it.
pub async fn ask_a_question_and_a_product_test(manager: &Client, activity: &str, product: &str) {
    for fields in [
        vec![("kind", "text"), ("prompt", "Anything else?")],
        vec![
            ("kind", "product_test"),
            ("prompt", "How is it?"),
            ("product", product),
            ("days_after_receipt", "10"),
        ],
    ] {
        add_task(manager, activity, &fields)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    publish(manager, activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

pub async fn publish(manager: &Client, activity: &str) -> Response {
    let page = manager.get(activity).await;
    manager
        .post_form(&format!("{activity}/publish"), &page, &[])
        .await
}

/// The member's answers to the four tasks the main test sets up.
fn answers<'a>(poll: &'a str, rank: [&'a str; 3], text: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("task-0", poll),
        ("task-0-other", ""),
        ("task-1-card-0", rank[0]),
        ("task-1-card-1", rank[1]),
        ("task-1-card-2", rank[2]),
        ("task-2-card-0", "4"),
        ("task-2-card-1", "2"),
        ("task-3", text),
    ]
}

pub fn member_path(activity: &str) -> String {
    let id = activity.rsplit('/').next().unwrap();
    format!("/me/activities/{id}")
}

#[tokio::test]
async fn staff_publish_an_activity_members_answer_once_and_the_report_sums_it_up() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2008").await;
    let bo = app.join(&link, "Bo", "Madrid", "1999").await;
    let cy = app.join(&link, "Cy", "Paris", "2000").await;
    let list = format!("/cohorts/{cohort_id}/activities");

    let page = manager.get(&list).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("No activities yet."));
    assert!(page.body.contains("<label for=\"title\">Title</label>"));
    // Bad details come back with a message by each field; nothing is stored.
    let refused = manager
        .post_form(
            &list,
            &page,
            &[
                ("title", ""),
                ("instructions", "Go"),
                ("starts_at", &local_in(5)),
                ("due_at", &local_in(1)),
                ("visibility", "after_answering"),
                ("city-0", "Atlantis"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Enter a title."));
    assert!(
        refused
            .body
            .contains("The due date must come after the start.")
    );
    assert!(refused.body.contains("“Atlantis” is not one of the cohort"));
    assert!(refused.body.contains(">Go</textarea>"), "{}", refused.body);
    assert_eq!(app.count("SELECT count(*) AS n FROM activities"), 0);

    // Asked: Berlin and Madrid only (the cohort's cities are Berlin, Madrid, Paris).
    let activity = draft(
        &manager,
        cohort_id,
        "Colourway vote",
        -1,
        &[("city-0", "Berlin"), ("city-1", "Madrid")],
    )
    .await;
    // Ana's page is read once before it is published, so that the cohort's
    // activities are kept as they were: the changes below must show at once.
    assert!(!ana.get("/me").await.body.contains("Colourway vote"));
    let page = manager.get(&activity).await;
    assert!(page.body.contains("Draft"));
    assert!(page.body.contains("Members in Berlin, Madrid, every age"));
    assert!(page.body.contains("No tasks yet."));
    // A draft is nobody's to see.
    ana.get(&member_path(&activity))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let refused = publish(&manager, &activity).await;
    refused.assert_status(StatusCode::SEE_OTHER);
    assert!(
        manager
            .get(&activity)
            .await
            .body
            .contains("Add at least one task first.")
    );

    let refused = add_task(
        &manager,
        &activity,
        &[
            ("kind", "single"),
            ("prompt", "Which colour?"),
            ("options", "Red"),
        ],
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("List 2 to 12 options, one per line (there are 1).")
    );
    for fields in [
        vec![
            ("kind", "single"),
            ("prompt", "Which colour?"),
            ("options", "Red\nBlue\n"),
            ("allow_other", "on"),
        ],
        vec![
            ("kind", "rank"),
            ("prompt", "Rank the boots"),
            ("options", "Alpha\nBeta\nGamma"),
        ],
        vec![
            ("kind", "rate"),
            ("prompt", "Rate the concepts"),
            ("options", "Concept 1\nConcept 2"),
        ],
        vec![("kind", "text"), ("prompt", "Anything else?")],
    ] {
        add_task(&manager, &activity, &fields)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    publish(&manager, &activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = manager.get(&activity).await;
    assert!(page.body.contains("Published. Members asked see it"));
    assert!(page.body.contains("Open"));
    // Started: its tasks stay as they are.
    assert!(!page.body.contains("Add a task"));
    let refused = add_task(
        &manager,
        &activity,
        &[("kind", "text"), ("prompt", "More?")],
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("It has started"));

    // Ana (Berlin) and Bo (Madrid) have it to do; Cy (Paris) is not asked.
    let home = ana.get("/me").await;
    assert!(home.body.contains("To do"));
    assert!(home.body.contains("Colourway vote"));
    assert!(!cy.get("/me").await.body.contains("Colourway vote"));
    cy.get(&member_path(&activity))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    let form_path = member_path(&activity);
    let form = ana.get(&form_path).await;
    form.assert_status(StatusCode::OK);
    assert!(form.body.contains("Which colour?"));
    assert!(form.body.contains("once you have answered yourself"));
    // Two cards in one place, an empty text: each task says what is wrong,
    // and what was given stays.
    let refused = ana
        .post_form(&form_path, &form, &answers("1", ["1", "1", "2"], ""))
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("two cards are number 1"));
    assert!(
        refused
            .body
            .contains("Write your answer: up to 4,000 characters.")
    );
    assert!(refused.body.contains("value=\"1\" checked"));
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_responses"), 0);

    // Sent twice with the same one-time key: counted once.
    let key = form
        .body
        .split("name=\"submission_key\" value=\"")
        .nth(1)
        .unwrap();
    let key = &key[..key.find('"').unwrap()];
    let mut fields = answers("1", ["2", "1", "3"], "Love the blue one");
    fields.push(("submission_key", key));
    for _ in 0..2 {
        ana.post_form(&form_path, &form, &fields)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_responses"), 1);
    let answered = ana.get(&form_path).await;
    assert!(
        answered.body.contains("Thanks! Your answers are in."),
        "{}",
        answered.body
    );
    assert!(answered.body.contains("What the cohort answered so far"));
    assert!(
        ana.get("/me")
            .await
            .body
            .contains("Colourway vote</a> <span class=\"hint\">· Done: you can still change it")
    );
    assert!(answered.body.contains("Blue: 100 %"));
    assert!(answered.body.contains("Love the blue one"));

    // She changes her mind before it is due: the figures move, not double.
    let mut fields = answers("0", ["1", "2", "3"], "Red after all, it pops");
    let key = crate::helpers::fresh_key();
    fields.push(("submission_key", &key));
    ana.post_form(&form_path, &answered, &fields)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        ana.get(&form_path)
            .await
            .body
            .contains("Your answers are updated.")
    );
    let bo_form = bo.get(&form_path).await;
    bo.post_form(
        &form_path,
        &bo_form,
        &[
            ("task-0", "2"),
            ("task-0-other", "Neon green"),
            ("task-1-card-0", "1"),
            ("task-1-card-1", "3"),
            ("task-1-card-2", "2"),
            ("task-2-card-0", "5"),
            ("task-2-card-1", "3"),
            ("task-3", "Terrible laces, awful"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);

    let report = manager.get(&format!("{activity}/report")).await;
    report.assert_status(StatusCode::OK);
    assert!(report.body.contains("2 members have answered"));
    // The poll: Red (Ana), Other (Bo).
    assert!(report.body.contains("<th scope=\"row\">Red</th><td>1</td>"));
    assert!(
        report
            .body
            .contains("<th scope=\"row\">Blue</th><td>0</td>")
    );
    assert!(
        report
            .body
            .contains("<th scope=\"row\">Other</th><td>1</td>")
    );
    // Alpha was first for both: mean place 1.0, ranked first by 100 %.
    assert!(
        report
            .body
            .contains("<th scope=\"row\">Alpha</th><td>1.0</td><td>100 %</td>")
    );
    // Concept 1: 4 and 5 stars.
    assert!(report.body.contains(
        "<th scope=\"row\">Concept 1</th><td>4.5</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td>"
    ));
    assert!(report.body.contains("Red after all, it pops"));
    assert!(!report.body.contains("Love the blue one"));
    // Themes follow changed answers: Ana's first words are gone.
    assert!(report.body.contains("<strong>laces</strong> (1)"));
    assert!(report.body.contains("<strong>pops</strong> (1)"));
    assert!(!report.body.contains("<strong>blue</strong>"));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM activity_terms WHERE term = 'blue'"),
        0
    );
    assert!(report.body.contains("Terrible laces"));
    // Completion: one of one asked in Berlin 18–19 and in Madrid 25–34, both
    // too few to compare; Paris was not asked.
    assert!(report.body.contains("too few to compare"));
    assert!(!report.body.contains("<th scope=\"row\">Paris</th>"));

    // Closed early (after a confirmation): no more changes.
    let confirm = manager.get(&format!("{activity}/close")).await;
    assert!(confirm.body.contains("Close this activity now?"));
    manager
        .post_form(&format!("{activity}/close"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let closed = bo.get(&form_path).await;
    assert!(closed.body.contains("It is closed"));
    bo.post_form(
        &form_path,
        &closed,
        &answers("0", ["1", "2", "3"], "Changed"),
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert!(
        !manager
            .get(&format!("{activity}/report"))
            .await
            .body
            .contains("Changed")
    );
    let home = ana.get("/me").await;
    assert!(
        home.body
            .contains("Colourway vote</a> <span class=\"hint\">· Done ·")
    );
    // Cy was never asked.
    assert!(!cy.get("/me").await.body.contains("Colourway vote"));

    // Copied into another cohort of the brand: a draft with the same tasks,
    // asking only the cities that cohort has.
    let other = app.create_cohort(&manager, brand_id, "Other", 100).await;
    let copied = copy_into(&manager, &activity, other).await;
    copied.assert_status(StatusCode::SEE_OTHER);
    let copy = manager.get(&copied.location()).await;
    assert!(copy.body.contains("Copied as a draft"));
    assert!(copy.body.contains("Rank the boots"));
    assert!(copy.body.contains("Draft"));
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_tasks"), 8);

    // Nobody else's: a member of another cohort, another brand's manager.
    let other_link = app.create_link(&manager, other, 5).await;
    let dee = app.join(&other_link, "Dee", "Berlin", "2000").await;
    dee.get(&form_path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival
        .get(&activity)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    rival
        .get(&format!("{activity}/report"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action LIKE '%activity'"),
        4
    );
}

#[tokio::test]
async fn an_activity_takes_answers_from_its_start_changes_until_due_and_late_ones_until_close() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    let bo = app.join(&link, "Bo", "Berlin", "2000").await;

    let activity = draft(&manager, cohort_id, "Later", 24, &[]).await;
    add_task(&manager, &activity, &[("kind", "text"), ("prompt", "Why?")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    publish(&manager, &activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Scheduled: not yet on anyone's page, still editable.
    let form_path = member_path(&activity);
    ana.get(&form_path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert!(!ana.get("/me").await.body.contains("Later"));
    let page = manager.get(&activity).await;
    assert!(page.body.contains("Scheduled"));
    assert!(page.body.contains("Add a task"));
    let edited = manager
        .post_form(
            &activity,
            &page,
            &[
                ("title", "Later on"),
                ("instructions", "Tell us."),
                ("starts_at", &local_in(-2)),
                ("due_at", &local_in(1)),
                ("closes_at", &local_in(3)),
                ("visibility", "never"),
            ],
        )
        .await;
    edited.assert_status(StatusCode::SEE_OTHER);

    let form = ana.get(&form_path).await;
    form.assert_status(StatusCode::OK);
    ana.post_form(&form_path, &form, &[("task-0", "Because")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Private answers: nobody sees the others'.
    assert!(
        !ana.get(&form_path)
            .await
            .body
            .contains("What the cohort answered")
    );

    // Past due: Ana's answer stays as it is; Bo may still answer late.
    app.move_activities(&format!(
        "due_at = '{}'",
        (chrono::Utc::now() - chrono::Duration::minutes(5)).format("%Y-%m-%d %H:%M:%S")
    ));
    let late = ana.get(&form_path).await;
    assert!(late.body.contains("It is past due"));
    ana.post_form(&form_path, &late, &[("task-0", "Changed my mind")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let bo_form = bo.get(&form_path).await;
    bo.post_form(&form_path, &bo_form, &[("task-0", "Late but here")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let report = manager.get(&format!("{activity}/report")).await;
    assert!(report.body.contains("Because"));
    assert!(!report.body.contains("Changed my mind"));
    assert!(report.body.contains("Late but here"));
    // Past the close: nothing more.
    app.move_activities(&format!(
        "closes_at = '{}'",
        (chrono::Utc::now() - chrono::Duration::minutes(1)).format("%Y-%m-%d %H:%M:%S")
    ));
    assert!(bo.get(&form_path).await.body.contains("It is closed"));
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_responses"), 2);
}

#[tokio::test]
async fn two_answers_sent_at_once_count_once() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    let activity = app.open_activity(&manager, cohort_id, "Quick poll").await;
    let form_path = member_path(&activity);
    let form = ana.get(&form_path).await;
    // Two different keys (two tabs): the second is refused by the first's row.
    let (one, two) = (crate::helpers::fresh_key(), crate::helpers::fresh_key());
    let (first, second) = (
        [("task-0", "0"), ("submission_key", one.as_str())],
        [("task-0", "0"), ("submission_key", two.as_str())],
    );
    let (a, b) = tokio::join!(
        ana.post_form(&form_path, &form, &first),
        ana.post_form(&form_path, &form, &second),
    );
    a.assert_status(StatusCode::SEE_OTHER);
    b.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_responses"), 1);
    assert_eq!(app.count("SELECT responses AS n FROM activities"), 1);
    assert_eq!(
        app.count(
            "SELECT answers AS n FROM activity_stats WHERE task_position = 0 AND slot = 0 AND city = ''"
        ),
        1
    );
}

async fn answer_with_photos(
    member: &Client,
    form_path: &str,
    text: &str,
    files: Vec<Vec<u8>>,
) -> (StatusCode, String) {
    let page = member.get(form_path).await;
    let files = files
        .into_iter()
        .map(|bytes| ("task-0-photos".to_string(), bytes))
        .collect();
    let sent = member
        .post_multipart(form_path, &page, &[("task-1", text)], files)
        .await;
    (sent.status, sent.body)
}

#[tokio::test]
async fn photo_tasks_take_photos_like_posts_and_only_staff_and_their_sender_see_them() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    let bo = app.join(&link, "Bo", "Berlin", "2000").await;
    let activity = draft(&manager, cohort_id, "Show your pitch", -1, &[]).await;
    add_task(
        &manager,
        &activity,
        &[
            ("kind", "photo"),
            ("prompt", "Your pitch"),
            ("max_photos", "2"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    // The activity's photo tasks share one post's six photos.
    let refused = add_task(
        &manager,
        &activity,
        &[("kind", "photo"), ("prompt", "More"), ("max_photos", "5")],
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("6 photos together at most; 4 are left.")
    );
    add_task(
        &manager,
        &activity,
        &[("kind", "text"), ("prompt", "Where is it?")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    publish(&manager, &activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let form_path = member_path(&activity);
    let form = ana.get(&form_path).await;
    assert!(form.body.contains("enctype=\"multipart/form-data\""));
    assert!(
        form.body
            .contains("<label for=\"task-0-photos\">Photos (up to 2")
    );

    // No photo, then too many, then a file that is no image: told why, nothing kept.
    let jpeg = crate::photos::jpeg;
    let (status, body) = answer_with_photos(&ana, &form_path, "Behind school", vec![]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Add at least one photo."));
    assert!(body.contains(">Behind school</textarea>"));
    let three = vec![jpeg(40, 30), jpeg(40, 30), jpeg(40, 30)];
    let (status, body) = answer_with_photos(&ana, &form_path, "Behind school", three).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Add at most 2 photos."));
    let (status, _) = answer_with_photos(
        &ana,
        &form_path,
        "Behind school",
        vec![b"not a photo".to_vec()],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_responses"), 0);
    assert_eq!(app.count("SELECT count(*) AS n FROM answer_photos"), 0);
    assert_eq!(crate::photos::stored_files(&app), 0);

    let (status, _) = answer_with_photos(
        &ana,
        &form_path,
        "Behind school",
        vec![jpeg(800, 600), jpeg(40, 30)],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM answer_photos"), 2);
    let first = app.count("SELECT min(id) AS n FROM answer_photos");
    let thumb = format!("/answers/photos/{first}/thumb");
    ana.get(&thumb).await.assert_status(StatusCode::OK);
    manager.get(&thumb).await.assert_status(StatusCode::OK);
    bo.get(&thumb).await.assert_status(StatusCode::NOT_FOUND);
    app.client()
        .get(&thumb)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let observer = app.observer_of(brand_id, "agency@stride.test").await;
    observer
        .get(&thumb)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival.get(&thumb).await.assert_status(StatusCode::NOT_FOUND);
    let report = manager.get(&format!("{activity}/report")).await;
    assert!(report.body.contains(&thumb));

    // A change without new photos keeps them; new ones replace them.
    let (status, _) = answer_with_photos(&ana, &form_path, "Near the park", vec![]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM answer_photos"), 2);
    let (status, _) =
        answer_with_photos(&ana, &form_path, "Near the park", vec![jpeg(64, 48)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM answer_photos"), 1);
    // The replaced files are gone from the store: one photo, two sizes.
    assert_eq!(crate::photos::stored_files(&app), 2);
    let page = ana.get(&form_path).await;
    assert!(page.body.contains("Your photos so far"));
    assert!(page.body.contains(">Near the park</textarea>"));

    // Bo answers too; the report, kept once worked out, follows each answer.
    let report_path = format!("{activity}/report");
    assert!(
        manager
            .get(&report_path)
            .await
            .body
            .contains("1 member has answered")
    );
    let (status, _) = answer_with_photos(&bo, &form_path, "On the roof", vec![jpeg(40, 30)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let report = manager.get(&report_path).await;
    assert!(report.body.contains("2 members have answered"));
    assert!(report.body.contains("Near the park") && report.body.contains("On the roof"));
    let park_terms =
        "SELECT COALESCE(SUM(answers), 0) AS n FROM activity_terms WHERE term = 'park'";
    assert_eq!(app.count(park_terms), 1);
    // Her copy of her data holds her answers in words, beside each task.
    let data: serde_json::Value =
        serde_json::from_str(&ana.get("/me/data.json").await.body).unwrap();
    let answers = &data["activity_answers"][0];
    assert_eq!(answers["activity"], "Show your pitch");
    assert_eq!(answers["answers"][0]["task"], "Your pitch");
    assert_eq!(answers["answers"][0]["answer"], "1 photo");
    assert_eq!(answers["answers"][1]["task"], "Where is it?");
    assert_eq!(answers["answers"][1]["answer"], "Near the park");
    // Ana leaves: her answers, their photos and her part of the figures go with her.
    let confirm = ana.get("/me/leave").await;
    ana.post_form("/me/leave", &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM answer_photos"), 1);
    assert_eq!(crate::photos::stored_files(&app), 2);
    let report = manager.get(&report_path).await;
    assert!(report.body.contains("1 member has answered"));
    assert!(!report.body.contains("Near the park"));
    assert!(report.body.contains("On the roof"));
    assert_eq!(
        app.count(
            "SELECT answers AS n FROM activity_stats WHERE task_position = -1 AND city = 'Berlin'"
        ),
        1
    );
    assert_eq!(app.count(park_terms), 0);
}

#[tokio::test]
async fn the_cohort_page_shows_who_takes_part_against_the_brands_target() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    let bo = app.join(&link, "Bo", "Berlin", "2000").await;
    app.join(&link, "Cy", "Berlin", "2000").await;
    app.join(&link, "Dee", "Berlin", "2000").await;
    app.execute("UPDATE brands SET anonymity_k = 3");
    // Cy and Dee never took part; Cy joined long ago, Dee just now.
    app.execute(
        "UPDATE members SET created_at = '2020-01-01 00:00:00' WHERE display_name <> 'Dee'",
    );

    let brand_page = manager.get(&format!("/brands/{brand_id}")).await;
    assert!(
        brand_page
            .body
            .contains("<label for=\"target\">Participation target")
    );
    let target = format!("/brands/{brand_id}/target");
    manager
        .post_form(&target, &brand_page, &[("target", "150")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let brand_page = manager.get(&format!("/brands/{brand_id}")).await;
    assert!(brand_page.body.contains("from 1 to 100"));
    manager
        .post_form(&target, &brand_page, &[("target", "60")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT participation_target AS n FROM brands WHERE name = 'Stride'"),
        60
    );

    let home = ana.get("/me").await;
    ana.post_form(
        "/me/posts",
        &home,
        &[("kind", "post"), ("body", "Hello all")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let activity = app.open_activity(&manager, cohort_id, "Quick poll").await;
    let form_path = member_path(&activity);
    let form = bo.get(&form_path).await;
    bo.post_form(&form_path, &form, &[("task-0", "1")])
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let overview = manager.get(&format!("/cohorts/{cohort_id}")).await;
    assert!(overview.body.contains("against the brand's target of 60 %"));
    assert!(overview.body.contains(
        "<th scope=\"row\">Berlin</th><td>25–34</td><td>4</td><td>2</td>\n        <td>50 % <span class=\"badge badge-warning\">below target</span>"
    ), "{}", overview.body);
    assert!(
        overview
            .body
            .contains("Cy · Berlin · 25–34 · last active never")
    );
    assert!(!overview.body.contains("Dee · Berlin"));
    assert!(!overview.body.contains("Ana · Berlin"));
    // Observers never see who is inactive.
    let observer = app.observer_of(brand_id, "agency@stride.test").await;
    observer
        .get(&format!("/cohorts/{cohort_id}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_activity_is_released_once_after_it_closes_with_noise_for_observers_and_exports() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let mut members = Vec::new();
    let names = [
        "Xaviera", "Yorick", "Zelinda", "Wolfram", "Ulrika", "Theodor",
    ];
    for name in names {
        members.push(app.join(&link, name, "Berlin", "2000").await);
    }
    let activity = app.open_activity(&manager, cohort_id, "Quick poll").await;
    let form_path = member_path(&activity);
    for member in &members[..5] {
        let form = member.get(&form_path).await;
        member
            .post_form(&form_path, &form, &[("task-0", "0")])
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let observer = app.observer_of(brand_id, "agency@stride.test").await;
    let release = format!("{activity}/release");
    // Open: nothing is released, and observers never see the live report.
    observer
        .get(&release)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    observer
        .get(&format!("{activity}/report"))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    let confirm = manager.get(&format!("{activity}/close")).await;
    manager
        .post_form(&format!("{activity}/close"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // The calendar makes the release soon after it closes, once.
    for _ in 0..50 {
        if app.count("SELECT count(*) AS n FROM activity_releases") > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_releases"), 1);

    let listing = observer
        .get(&format!("/cohorts/{cohort_id}/releases"))
        .await;
    listing.assert_status(StatusCode::OK);
    assert!(
        listing
            .body
            .contains(&format!("href=\"{release}\">Quick poll</a>"))
    );
    let page = observer.get(&release).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("Quick poll: released figures"));
    assert!(page.body.contains("share answered"));
    for name in names {
        assert!(!page.has_word(name), "{name} is named");
    }
    // Asked again, the same figures: the noise was drawn once.
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(observer.get(&release).await.body, page.body);
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_releases"), 1);

    let csv = observer.get(&format!("{release}.csv")).await;
    csv.assert_status(StatusCode::OK);
    assert!(
        csv.body
            .starts_with("\u{feff}activity,section,city,age_band,option,measure,value\n")
    );
    assert!(
        csv.body
            .contains("Quick poll,Who answered,Berlin,25–34,,share answered,")
    );
    observer
        .get(&format!("{release}.xlsx"))
        .await
        .assert_status(StatusCode::OK);
    observer
        .get(&format!("{release}.pdf"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'export releases'"),
        2
    );
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival
        .get(&release)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    rival
        .get(&format!("{release}.csv"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_product_test_is_for_members_who_received_the_product_and_due_days_after() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    let bo = app.join(&link, "Bo", "Berlin", "2000").await;
    let boot = app.add_product(&manager, brand_id, "Secret Boot").await;
    let ana_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Ana'");
    let seeding = format!("/cohorts/{cohort_id}/seeding");
    let page = manager.get(&seeding).await;
    let ana_box = format!("member-{ana_id}");
    manager
        .post_form(&seeding, &page, &[("product", &boot), (&ana_box, "on")])
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let activity = draft(&manager, cohort_id, "Boot test", -1, &[]).await;
    let refused = add_task(
        &manager,
        &activity,
        &[
            ("kind", "product_test"),
            ("prompt", "How is it?"),
            ("days_after_receipt", "0"),
        ],
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose the product being tested."));
    assert!(refused.body.contains("1 to 60"));
    ask_a_question_and_a_product_test(&manager, &activity, &boot).await;
    let form_path = member_path(&activity);

    // Bo was not sent it: the test is not his, and he answers the rest.
    let form = bo.get(&form_path).await;
    assert!(
        form.body
            .contains("This part is for members who were sent Secret Boot")
    );
    bo.post_form(&form_path, &form, &[("task-0", "Fine")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Ana's is on its way: not hers until it arrives.
    let form = ana.get(&form_path).await;
    assert!(
        form.body
            .contains("This part is for members who were sent Secret Boot")
    );
    let seeding_id = app.count("SELECT id AS n FROM seedings");
    let home = ana.get("/me").await;
    ana.post_form(&format!("/me/sent/{seeding_id}/received"), &home, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let form = ana.get(&form_path).await;
    assert!(form.body.contains("You were sent Secret Boot: how is it?"));
    let refused = ana
        .post_form(&form_path, &form, &[("task-0", "Hi"), ("task-1", "Comfy")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Give the product 1 to 5 stars."));
    ana.post_form(
        &form_path,
        &form,
        &[
            ("task-0", "Hi"),
            ("task-1", "Comfy and light, love it"),
            ("task-1-stars", "5"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);

    // Past the activity's due date, her test is due ten days after it arrived.
    app.move_activities(&format!(
        "due_at = '{}'",
        (chrono::Utc::now() - chrono::Duration::hours(1)).format("%Y-%m-%d %H:%M:%S")
    ));
    let late = ana.get(&form_path).await;
    assert!(late.body.contains("Save my changes"), "{}", late.body);
    ana.post_form(
        &form_path,
        &late,
        &[
            ("task-0", "Hi"),
            ("task-1", "Still great after a week"),
            ("task-1-stars", "4"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    assert!(bo.get(&form_path).await.body.contains("It is closed"));
    // Her to-do list follows her own due date.
    assert!(
        ana.get("/me")
            .await
            .body
            .contains("Done: you can still change it")
    );
    assert!(!bo.get("/me").await.body.contains("you can still change it"));
    let report = manager.get(&format!("{activity}/report")).await;
    assert!(report.body.contains("<th scope=\"row\">Secret Boot</th><td>4.0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td>"), "{}", report.body);
    assert!(report.body.contains("Still great after a week"));
    // The release waits for her test to be due.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_releases"), 0);
}

/// Sends the details form with a picture, as a browser sends a form with a
/// file; `path` is the form's address (new activity, or an activity's page).
async fn details_with_picture(
    manager: &Client,
    path: &str,
    title: &str,
    picture: Vec<u8>,
) -> (StatusCode, String, String) {
    let page = manager.get(path).await;
    let (start, due) = (local_in(-1), local_in(47));
    let fields = [
        ("title", title),
        ("instructions", "Look at the picture."),
        ("starts_at", start.as_str()),
        ("due_at", due.as_str()),
        ("closes_at", ""),
        ("visibility", "after_answering"),
    ];
    let sent = manager
        .post_multipart(path, &page, &fields, vec![("picture".into(), picture)])
        .await;
    (sent.status, sent.location(), sent.body)
}

#[tokio::test]
async fn an_activity_picture_is_shown_to_staff_and_the_members_it_asks_only() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let other_id = app.create_cohort(&manager, brand_id, "Second", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    let other_link = app.create_link(&manager, other_id, 10).await;
    let outsider = app.join(&other_link, "Olli", "Berlin", "2000").await;
    let list = format!("/cohorts/{cohort_id}/activities");

    // A file that is no picture is refused by its field; nothing is kept.
    let (status, _, body) =
        details_with_picture(&manager, &list, "Concepts", b"not a picture".to_vec()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"picture-error\""), "{body}");
    assert!(body.contains("value=\"Concepts\""));
    assert_eq!(app.count("SELECT count(*) AS n FROM activities"), 0);
    assert_eq!(crate::photos::stored_files(&app), 0);

    let jpeg = crate::photos::jpeg;
    let (status, activity, _) =
        details_with_picture(&manager, &list, "Concepts", jpeg(800, 600)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(crate::photos::stored_files(&app), 2);
    let id = activity.rsplit('/').next().unwrap().to_string();
    let picture = format!("/activities/{id}/picture/display");
    assert!(manager.get(&activity).await.body.contains(&picture));
    manager.get(&picture).await.assert_status(StatusCode::OK);
    // A draft is not the members' to see, picture included.
    ana.get(&picture).await.assert_status(StatusCode::NOT_FOUND);
    add_task(
        &manager,
        &activity,
        &[
            ("kind", "single"),
            ("prompt", "Which?"),
            ("options", "A\nB"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);

    // A new picture replaces the old one, files and all.
    let (status, _, _) =
        details_with_picture(&manager, &activity, "Concepts", jpeg(640, 480)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(crate::photos::stored_files(&app), 2);

    // A copy has files of its own: deleting the copy leaves the original's.
    let copied = copy_into(&manager, &activity, other_id).await;
    copied.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(crate::photos::stored_files(&app), 4);
    let copy = copied.location();
    let confirm = manager.get(&format!("{copy}/delete")).await;
    manager
        .post_form(&format!("{copy}/delete"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(crate::photos::stored_files(&app), 2);

    publish(&manager, &activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let form = ana.get(&member_path(&activity)).await;
    assert!(form.body.contains(&picture));
    ana.get(&picture).await.assert_status(StatusCode::OK);
    ana.get(&format!("/activities/{id}/picture/thumb"))
        .await
        .assert_status(StatusCode::OK);
    outsider
        .get(&picture)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.client()
        .get(&picture)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival
        .get(&picture)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    manager
        .get(&format!("/activities/{id}/picture/huge"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

/// Sends pictures for a task's cards: (card, bytes) each.
async fn card_pictures(
    manager: &Client,
    task_page: &str,
    action: &str,
    files: Vec<(usize, Vec<u8>)>,
) -> (StatusCode, String) {
    let page = manager.get(task_page).await;
    let files = files
        .into_iter()
        .map(|(card, bytes)| (format!("card-{card}"), bytes))
        .collect();
    let sent = manager.post_multipart(action, &page, &[], files).await;
    (sent.status, sent.body)
}

#[tokio::test]
async fn ranking_cards_have_pictures_that_come_and_go_with_their_task() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let other_id = app.create_cohort(&manager, brand_id, "Second", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    let other_link = app.create_link(&manager, other_id, 10).await;
    let outsider = app.join(&other_link, "Olli", "Berlin", "2000").await;
    let activity = draft(&manager, cohort_id, "Boot concepts", -1, &[]).await;
    add_task(
        &manager,
        &activity,
        &[
            ("kind", "rank"),
            ("prompt", "Rank the boots"),
            ("options", "Alpha\nBeta\nGamma"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let task = app.count("SELECT id AS n FROM activity_tasks");
    let task_page = format!("{activity}/tasks/{task}/edit");
    let action = format!("{activity}/tasks/{task}/pictures");
    let page = manager.get(&task_page).await;
    assert!(page.body.contains("Pictures of the cards"));
    assert!(
        page.body
            .contains("<label for=\"card-1\">Picture of “Beta”</label>")
    );

    // One file that is no picture: told by its card, nothing is kept.
    let jpeg = crate::photos::jpeg;
    let (status, body) = card_pictures(
        &manager,
        &task_page,
        &action,
        vec![(0, jpeg(300, 300)), (2, b"not a picture".to_vec())],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("id=\"card-2-error\""), "{body}");
    assert_eq!(app.count("SELECT count(*) AS n FROM card_pictures"), 0);
    assert_eq!(crate::photos::stored_files(&app), 0);

    let (status, _) = card_pictures(
        &manager,
        &task_page,
        &action,
        vec![(0, jpeg(300, 300)), (2, jpeg(200, 200))],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM card_pictures"), 2);
    assert_eq!(crate::photos::stored_files(&app), 4);
    let picture = format!("/activity-cards/{task}/0/display");
    manager.get(&picture).await.assert_status(StatusCode::OK);
    assert!(
        manager
            .get(&task_page)
            .await
            .body
            .contains(&format!("/activity-cards/{task}/0/thumb"))
    );
    // A new one replaces the card's old picture.
    let (status, _) = card_pictures(&manager, &task_page, &action, vec![(0, jpeg(120, 120))]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(crate::photos::stored_files(&app), 4);
    // Two cards fewer: the third card's picture goes with it.
    let page = manager.get(&task_page).await;
    manager
        .post_form(
            &format!("{activity}/tasks/{task}"),
            &page,
            &[
                ("kind", "rank"),
                ("prompt", "Rank the boots"),
                ("options", "Alpha\nBeta"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM card_pictures"), 1);
    assert_eq!(crate::photos::stored_files(&app), 2);

    // A copy has files of its own.
    let copied = copy_into(&manager, &activity, other_id).await;
    copied.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM card_pictures"), 2);
    assert_eq!(crate::photos::stored_files(&app), 4);

    publish(&manager, &activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let form = ana.get(&member_path(&activity)).await;
    assert!(form.body.contains(&picture), "{}", form.body);
    ana.get(&picture).await.assert_status(StatusCode::OK);
    // The report shows each card with its picture.
    ana.post_form(
        &member_path(&activity),
        &form,
        &[("task-0-card-0", "1"), ("task-0-card-1", "2")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let report = manager.get(&format!("{activity}/report")).await;
    let thumb = format!(
        "<img class=\"card-thumb\" src=\"/activity-cards/{task}/0/thumb\" alt=\"\" width=\"40\" height=\"40\"> Alpha"
    );
    assert!(report.body.contains(&thumb), "{}", report.body);
    outsider
        .get(&picture)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.client()
        .get(&picture)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    manager
        .get(&format!("/activity-cards/{task}/1/display"))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Removing the copy's task takes its pictures' files too.
    let copy = copied.location();
    let copy_task = app.count("SELECT max(id) AS n FROM activity_tasks");
    let remove = format!("{copy}/tasks/{copy_task}/remove");
    let confirm = manager.get(&remove).await;
    manager
        .post_form(&remove, &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM card_pictures"), 1);
    assert_eq!(crate::photos::stored_files(&app), 2);
}

/// The report narrows to a city or an age band from the aggregates kept per
/// cell; a group that answered fewer than k times shows no task figures, and a
/// city or band not on the lists is refused with a message.
#[tokio::test]
async fn the_report_narrows_to_a_city_or_an_age_band() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let mut berliners = Vec::new();
    for name in ["Ana", "Bo", "Cy"] {
        berliners.push(app.join(&link, name, "Berlin", "2000").await);
    }
    let parisian = app.join(&link, "Dee", "Paris", "2000").await;
    app.execute("UPDATE brands SET anonymity_k = 3");
    let activity = draft(&manager, cohort_id, "Boots", -1, &[]).await;
    for fields in [
        vec![
            ("kind", "single"),
            ("prompt", "Keep them?"),
            ("options", "Yes\nNo"),
        ],
        vec![("kind", "text"), ("prompt", "Why?")],
    ] {
        add_task(&manager, &activity, &fields)
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    publish(&manager, &activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let form_path = member_path(&activity);
    for member in &berliners {
        let form = member.get(&form_path).await;
        member
            .post_form(
                &form_path,
                &form,
                &[("task-0", "0"), ("task-1", "The grip is great")],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let form = parisian.get(&form_path).await;
    parisian
        .post_form(
            &form_path,
            &form,
            &[("task-0", "1"), ("task-1", "Heavy laces, sorry")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let report = format!("{activity}/report");
    let whole = manager.get(&report).await;
    assert!(
        whole.body.contains("<th scope=\"row\">Yes</th><td>3</td>"),
        "{}",
        whole.body
    );
    assert!(whole.body.contains("<th scope=\"row\">No</th><td>1</td>"));
    assert!(whole.body.contains("Heavy laces, sorry"));
    assert!(whole.body.contains("<strong>laces</strong> (1)"));

    for query in [
        "?city=Berlin",
        "?band=25%E2%80%9334",
        "?city=Berlin&band=25%E2%80%9334",
    ] {
        let berlin = manager.get(&format!("{report}{query}")).await;
        berlin.assert_status(StatusCode::OK);
        let expected_no = if query.contains("city") { 0 } else { 1 };
        assert!(
            berlin.body.contains("<th scope=\"row\">Yes</th><td>3</td>"),
            "{query}: {}",
            berlin.body
        );
        assert!(
            berlin
                .body
                .contains(&format!("<th scope=\"row\">No</th><td>{expected_no}</td>")),
            "{query}"
        );
        assert!(berlin.body.contains("<strong>grip</strong> (3)"), "{query}");
        assert_eq!(
            berlin.body.contains("Heavy laces"),
            expected_no == 1,
            "{query}"
        );
        assert_eq!(
            berlin.body.contains("<strong>laces</strong>"),
            expected_no == 1,
            "{query}"
        );
        assert!(
            berlin.body.contains("<option value=\"Berlin\" selected>") == query.contains("city")
        );
    }

    // One answer from Paris: fewer than k, so no figures and no answers.
    let paris = manager.get(&format!("{report}?city=Paris")).await;
    paris.assert_status(StatusCode::OK);
    assert!(paris.body.contains("too few to compare"));
    assert!(!paris.body.contains("Heavy laces"));
    assert!(!paris.body.contains("<th scope=\"row\">No</th>"));
    // Madrid is a city of the cohort where nobody answered.
    let madrid = manager.get(&format!("{report}?city=Madrid")).await;
    assert!(madrid.body.contains("too few to compare"));

    for (query, message) in [
        ("?city=Atlantis", "Choose a city from the list."),
        ("?band=ancient", "Choose an age band from the list."),
    ] {
        let refused = manager.get(&format!("{report}{query}")).await;
        refused.assert_status(StatusCode::BAD_REQUEST);
        assert!(refused.body.contains(message), "{query}");
        assert!(
            refused
                .body
                .contains("<th scope=\"row\">Yes</th><td>3</td>"),
            "the whole cohort is shown"
        );
    }
    // Another brand's manager gets nothing, filtered or not.
    let (_, other) = app.brand_with_manager("Other").await;
    other
        .get(&format!("{report}?city=Berlin"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

/// Activity releases share half of a month's ε: a cohort makes at most two
/// in any 30 days, and a third waits until the first is 30 days old.
#[tokio::test]
async fn a_third_activity_release_in_thirty_days_waits_its_turn() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let member = app.join(&link, "Ana", "Berlin", "2000").await;
    for title in ["First poll", "Second poll", "Third poll"] {
        let activity = app.open_activity(&manager, cohort_id, title).await;
        let form_path = member_path(&activity);
        let form = member.get(&form_path).await;
        member
            .post_form(&form_path, &form, &[("task-0", "0")])
            .await
            .assert_status(StatusCode::SEE_OTHER);
        let confirm = manager.get(&format!("{activity}/close")).await;
        manager
            .post_form(&format!("{activity}/close"), &confirm, &[])
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    for _ in 0..50 {
        if app.count("SELECT count(*) AS n FROM activity_releases") >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_releases"), 2);
    let listing = manager.get(&format!("/cohorts/{cohort_id}/releases")).await;
    assert!(listing.body.contains("First poll"));
    assert!(!listing.body.contains("Third poll"));

    let now = chrono::Utc::now().naive_utc();
    let made = |at| cohorts::services::activities::make_due_releases(&mut app.conn(), at).unwrap();
    assert_eq!(
        made(now + chrono::Duration::days(29)),
        0,
        "the first two are under 30 days old"
    );
    assert_eq!(made(now + chrono::Duration::days(31)), 1);
    assert_eq!(app.count("SELECT count(*) AS n FROM activity_releases"), 3);
}
