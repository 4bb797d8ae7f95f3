#![allow(clippy::unwrap_used, clippy::expect_used)]

use reqwest::StatusCode;

use crate::helpers::{ADMIN_EMAIL, PASSWORD, TestApp, join_fields};

#[tokio::test]
async fn healthz_names_the_backend() {
    let app = TestApp::spawn().await;
    let response = app.client().get("/healthz").await;
    response.assert_status(StatusCode::OK);
    let expected = if app.db.is_postgres() {
        "postgres"
    } else {
        "sqlite"
    };
    let json: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(json["status"], "ok");
    assert_eq!(json["database"], expected);
}

#[tokio::test]
async fn admin_creates_brand_and_manager_who_can_sign_in() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in_admin().await;
    let page = admin.get("/admin").await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("No brands yet"));

    let created = admin
        .post_form(
            "/admin/brands",
            &page,
            &[("name", "Stride"), ("anonymity_k", "5")],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    let page = admin.get("/admin").await;
    assert!(page.body.contains("Brand “Stride” created"));
    // A second brand: the manager form then starts on it, not on the first.
    let second = admin
        .post_form(
            "/admin/brands",
            &page,
            &[("name", "Volta"), ("anonymity_k", "5")],
        )
        .await;
    let volta = app.count("SELECT id AS n FROM brands WHERE name = 'Volta'");
    assert_eq!(
        second.location(),
        format!("/admin?brand={volta}#manager-email")
    );
    let next = admin.get(&second.location()).await;
    assert!(next.body.contains(&format!(
        "<option value=\"{volta}\" selected>Volta</option>"
    )));

    let duplicate = admin
        .post_form(
            "/admin/brands",
            &page,
            &[("name", "Stride"), ("anonymity_k", "5")],
        )
        .await;
    duplicate.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(duplicate.body.contains("already exists"));
    let bad_k = admin
        .post_form(
            "/admin/brands",
            &page,
            &[("name", "Tiny"), ("anonymity_k", "2")],
        )
        .await;
    bad_k.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_k.body.contains("from 3 to 50"));
    assert!(
        bad_k.body.contains("value=\"Tiny\""),
        "the typed name is kept"
    );

    let brand_id = app.count("SELECT id AS n FROM brands WHERE name = 'Stride'");
    let bad_email = admin
        .post_form(
            "/admin/managers",
            &page,
            &[
                ("email", "not-an-email"),
                ("brand_id", &brand_id.to_string()),
            ],
        )
        .await;
    bad_email.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad_email.body.contains("not-an-email"));
    let made = admin
        .post_form(
            "/admin/managers",
            &page,
            &[
                ("email", "Ana@Stride.test"),
                ("brand_id", &brand_id.to_string()),
            ],
        )
        .await;
    made.assert_status(StatusCode::OK);
    let marker = "<code class=\"secret\">";
    let start = made.body.find(marker).unwrap() + marker.len();
    let password = &made.body[start..start + made.body[start..].find('<').unwrap()];

    let manager = app.client();
    manager
        .login("ana@stride.test", password)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let home = manager.get("/").await;
    assert_eq!(home.location(), format!("/brands/{brand_id}"));
    // The generated password is replaced before anything else opens.
    assert_eq!(manager.get(&home.location()).await.location(), "/account");
    let account = manager.get("/account").await;
    assert!(account.body.contains("First, choose your own password"));
    let same = manager
        .post_form(
            "/account/password",
            &account,
            &[
                ("current", password),
                ("new", password),
                ("confirm", password),
            ],
        )
        .await;
    same.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(same.body.contains("Choose a password of your own"));
    let own = "ana's own long password";
    let changed = manager
        .post_form(
            "/account/password",
            &account,
            &[("current", password), ("new", own), ("confirm", own)],
        )
        .await;
    assert_eq!(changed.location(), format!("/brands/{brand_id}"));
    let brand = manager.get(&changed.location()).await;
    assert!(brand.body.contains("Your own password is set."));
    assert!(brand.body.contains("No cohorts yet"));
    // Managers have no admin pages.
    manager
        .get("/admin")
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Disabling the account ends its sessions and its sign-ins.
    let user_id = app.count("SELECT id AS n FROM users WHERE email = 'ana@stride.test'");
    let page = admin.get("/admin").await;
    admin
        .post_form(&format!("/admin/users/{user_id}/disable"), &page, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        manager.get(&format!("/brands/{brand_id}")).await.location(),
        "/login"
    );
    manager
        .login("ana@stride.test", own)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn manager_creates_cohort_with_validation_and_invites() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let form = manager
        .get(&format!("/brands/{brand_id}/cohorts/new"))
        .await;
    for (capacity, message) in [
        ("99", "between 100 and 250"),
        ("251", "between 100 and 250"),
        ("many", "whole number"),
    ] {
        let refused = manager
            .post_form(
                &format!("/brands/{brand_id}/cohorts"),
                &form,
                &[
                    ("name", "Squad"),
                    ("description", "d"),
                    ("theme", "t"),
                    ("cities", "Berlin"),
                    ("capacity", capacity),
                ],
            )
            .await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.body.contains(message),
            "{capacity}: {}",
            refused.body
        );
        assert!(refused.body.contains("value=\"Squad\""), "input is kept");
    }
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 0);

    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 120).await;
    let overview = manager.get(&format!("/cohorts/{cohort_id}")).await;
    overview.assert_status(StatusCode::OK);
    assert!(overview.body.contains("0 of 120 members"));
    assert!(overview.body.contains("Recruiting"));

    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    let batch = manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/emails"),
            &invites,
            &[(
                "emails",
                "ana@example.com\nbo@example.com\nnot-an-address\nANA@example.com\n",
            )],
        )
        .await;
    batch.assert_status(StatusCode::OK);
    assert!(
        batch.body.contains("2 invitations sent by email"),
        "{}",
        batch.body
    );
    assert!(batch.body.contains("2 addresses were not invited"));
    assert!(batch.body.contains("not-an-address"));
    assert!(batch.body.contains("Already invited"));
    assert_eq!(batch.join_paths().len(), 2);

    // A CSV upload with an email column, reporting the address already invited.
    let token = invites.csrf();
    let csv = "name,email\nCy,cy@example.com\nBo,bo@example.com\n";
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("people.csv"),
        );
    let uploaded = manager
        .http
        .post(format!("{}/cohorts/{cohort_id}/invites/csv", manager.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::OK);
    let body = uploaded.text().await.unwrap();
    assert!(body.contains("1 invitation sent by email"), "{body}");
    assert!(body.contains("bo@example.com</strong>: Already invited"));
    assert_eq!(app.count("SELECT count(*) AS n FROM invites"), 3);

    // A CSV without an email column is refused with a message and changes nothing.
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", invites.csrf())
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"name\nCy\n".to_vec()).file_name("x.csv"),
        );
    let refused = manager
        .http
        .post(format!("{}/cohorts/{cohort_id}/invites/csv", manager.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("column headed “email”")
    );

    // A link may not promise more uses than the cohort has seats.
    let too_many = manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/link"),
            &invites,
            &[
                ("label", "Event"),
                ("max_uses", "500"),
                ("valid_days", "14"),
            ],
        )
        .await;
    too_many.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_many.body.contains("Allow between 1 and 120 uses"));
    assert_eq!(app.count("SELECT count(*) AS n FROM invites"), 3);
}

#[tokio::test]
async fn member_joins_posts_reviews_edits_and_manager_hides() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ball = app
        .add_product(&manager, brand_id, "Tango Street Ball")
        .await;

    let anonymous = app.client();
    let page = anonymous.get(&link).await;
    assert!(
        page.body
            .contains("You are invited by <strong>Stride</strong>")
    );
    assert!(page.body.contains("Testing the new street ball."));

    // Bad input comes back to the form with messages and the typed values.
    let mut fields = join_fields("Mo", "Lisbon", "2008");
    fields.retain(|(k, _)| *k != "consent");
    let refused = anonymous.post_form(&link, &page, &fields).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose your city from the list."));
    assert!(refused.body.contains("Please read and tick this box"));
    assert!(refused.body.contains("value=\"Mo\""));
    // Summed up at the top, each message a link to its field.
    assert!(refused.body.contains("There are 2 problems with the form:"));
    assert!(
        refused
            .body
            .contains("<a href=\"#city\">Choose your city from the list.</a>")
    );
    assert!(
        refused
            .body
            .contains("<a href=\"#consent\">Please read and tick")
    );

    let too_young = anonymous
        .post_form(&link, &page, &join_fields("Kid", "Berlin", "2016"))
        .await;
    too_young.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_young.body.contains("at least 13 years old"));
    // 14 in Germany (consent age 16) needs a guardian; with the box ticked it is fine.
    let teen = anonymous
        .post_form(&link, &page, &join_fields("Teen", "Berlin", "2012"))
        .await;
    teen.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(teen.body.contains("parent or guardian"));
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 0);
    let mut with_guardian = join_fields("Teen", "Berlin", "2012");
    with_guardian.push(("guardian_consent", "yes"));
    let joined = anonymous.post_form(&link, &page, &with_guardian).await;
    joined.assert_status(StatusCode::OK);
    assert!(
        !joined.body.contains("We also emailed it to you."),
        "no address, no mail"
    );
    let access = joined.access_path();

    // The personal link works on another device.
    let phone = app.client();
    phone
        .get(&access)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let home = phone.get("/me").await;
    home.assert_status(StatusCode::OK);
    assert!(home.body.contains("Be the first"));

    // Staff who open a member's link are asked before their session changes.
    let desk = app.client();
    desk.login("manager@stride.test", PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let asked = desk.get(&access).await;
    asked.assert_status(StatusCode::OK);
    assert!(asked.body.contains("You are signed in as staff"));
    let feed_path = format!("/cohorts/{cohort_id}/feed");
    desk.get(&feed_path).await.assert_status(StatusCode::OK);
    desk.post_form(&access, &asked, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    desk.get("/me").await.assert_status(StatusCode::OK);
    desk.get(&feed_path)
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let missing = phone
        .post_form(
            "/me/posts",
            &home,
            &[
                ("kind", "review"),
                ("product", "Ball"),
                ("rating", "9"),
                ("title", ""),
                ("body", "Great"),
            ],
        )
        .await;
    missing.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        missing
            .body
            .contains("Choose the product you are reviewing from the list.")
    );
    assert!(missing.body.contains("Choose 1 to 5 stars."));
    assert!(
        missing
            .body
            .contains("Give your review a title of up to 120 characters.")
    );
    assert!(missing.body.contains(">Great</textarea>"));

    phone
        .post_form(
            "/me/posts",
            &home,
            &[
                ("kind", "review"),
                ("product", &ball),
                ("rating", "4"),
                ("title", "Grippy"),
                ("body", "Holds well on <b>wet</b> concrete"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    phone
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "First training with it today")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let home = phone.get("/me").await;
    assert!(
        home.body
            .contains("Holds well on &#60;b&#62;wet&#60;/b&#62; concrete"),
        "text is escaped"
    );
    assert!(home.body.contains("★★★★☆"));
    let newest = home.body.find("First training").unwrap();
    let older = home.body.find("Grippy").unwrap();
    assert!(newest < older, "newest first");

    let post_id = app.count("SELECT id AS n FROM posts WHERE kind = 'post'");
    // Each card carries what its reader may do with it, inside it.
    let card = |body: &str, id: i64| -> String {
        let start = body.find(&format!("id=\"post-{id}\"")).unwrap();
        let end = start + body[start..].find("</article>").unwrap();
        body[start..end].to_string()
    };
    assert!(card(&home.body, post_id).contains(&format!("href=\"/me/posts/{post_id}/edit\"")));
    let edit = phone.get(&format!("/me/posts/{post_id}/edit")).await;
    phone
        .post_form(
            &format!("/me/posts/{post_id}"),
            &edit,
            &[("kind", "post"), ("body", "Second training, even better")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        phone
            .get("/me")
            .await
            .body
            .contains("Second training, even better")
    );

    // The manager reads the feed and hides the review.
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    assert!(feed.body.contains("Grippy"));
    let review_id = app.count("SELECT id AS n FROM posts WHERE kind = 'review'");
    assert!(card(&feed.body, review_id).contains(&format!("posts/{review_id}/hide")));
    let no_reason = manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{review_id}/hide"),
            &feed,
            &[("reason", " ")],
        )
        .await;
    no_reason.assert_status(StatusCode::BAD_REQUEST);
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{review_id}/hide"),
            &feed,
            &[("reason", "Mentions a full name")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let author_page = phone.get("/me").await;
    assert!(
        !author_page.body.contains("Grippy"),
        "members no longer see it"
    );
    // Its author is told, with the reason staff gave.
    assert!(
        author_page
            .body
            .contains("One of your posts is not shown to the cohort"),
        "{}",
        author_page.body
    );
    assert!(author_page.body.contains(": Mentions a full name</li>"));
    assert!(
        manager
            .get(&format!("/cohorts/{cohort_id}/feed"))
            .await
            .body
            .contains("Hidden from members: Mentions a full name")
    );
    // Shown again, and hidden once more: each step is in the audit log, with
    // who did it and why.
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{review_id}/unhide"),
            &feed,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let shown_again = phone.get("/me").await;
    assert!(shown_again.body.contains("Grippy"));
    assert!(!shown_again.body.contains("not shown to the cohort"));
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{review_id}/hide"),
            &feed,
            &[("reason", "Mentions a full name")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let log = app.signed_in_admin().await.get("/admin/audit").await;
    for entry in ["hide post", "show post", "reason: Mentions a full name"] {
        assert!(log.body.contains(entry), "{entry} is in the audit log");
    }
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM audit_log WHERE subject = 'post {review_id} in cohort {cohort_id}'"
        )),
        3
    );

    // Export, then leave: the posts disappear and the seat is freed.
    let export = phone.get("/me/data.json").await;
    export.assert_status(StatusCode::OK);
    let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    // In plain words: names and yes or no, not the database's codes.
    let you = &data["about_you"];
    assert_eq!(you["display_name"], "Teen");
    assert_eq!(you["country"], "Germany");
    assert_eq!(you["born"], "2012-03");
    assert_eq!(you["parent_or_guardian_agreed"], true);
    assert_eq!(you["email"], serde_json::Value::Null);
    assert_eq!(you["time_zone"], "Europe/Berlin");
    let joined_at = you["joined_at"].as_str().unwrap();
    assert!(
        joined_at.ends_with("+01:00") || joined_at.ends_with("+02:00"),
        "Berlin time with its offset: {joined_at}"
    );
    let posts = data["posts"].as_array().unwrap();
    assert_eq!(posts.len(), 2);
    assert!(
        posts
            .iter()
            .any(|p| p["kind"] == "review" && p["stars"].is_number())
    );
    for hidden in [
        "access_token",
        "cohort_id",
        "member_id",
        "\"ZZ\"",
        "guardian_consent\"",
    ] {
        assert!(!export.body.contains(hidden), "{hidden} is not exported");
    }
    // The page says it too, in words.
    let my_data = phone.get("/me/account").await;
    for shown in [
        "What we keep about you",
        "Germany",
        "March 2012",
        "Given when you joined",
    ] {
        assert!(my_data.body.contains(shown), "{shown}");
    }

    let confirm = phone.get("/me/leave").await;
    assert!(confirm.body.contains("cannot be undone"));
    phone
        .post_form("/me/leave", &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 0);
    assert_eq!(app.count("SELECT members_count AS n FROM cohorts"), 0);
    phone.get("/me").await.assert_status(StatusCode::FORBIDDEN);
    app.client()
        .get(&access)
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn manager_removes_a_member_after_confirmation() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let member = app.join(&link, "Rae", "Paris", "2007").await;
    let home = member.get("/me").await;
    member
        .post_form("/me/posts", &home, &[("kind", "post"), ("body", "hello")])
        .await;

    let member_id = app.count("SELECT id AS n FROM members");
    let confirm = manager
        .get(&format!("/cohorts/{cohort_id}/members/{member_id}/remove"))
        .await;
    assert!(confirm.body.contains("Remove Rae from Squad?"));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM members"),
        1,
        "nothing removed before confirming"
    );
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/members/{member_id}/remove"),
            &confirm,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 0);
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 0);
    assert_eq!(app.count("SELECT members_count AS n FROM cohorts"), 0);
    member.get("/me").await.assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn member_spread_hides_small_groups() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    for i in 0..6 {
        app.join(&link, &format!("Ber{i}"), "Berlin", "2008").await;
    }
    for i in 0..2 {
        app.join(&link, &format!("Mad{i}"), "Madrid", "2008").await;
    }
    for i in 0..5 {
        app.join(&link, &format!("Par{i}"), "Paris", "2008").await;
    }
    let overview = manager.get(&format!("/cohorts/{cohort_id}")).await;
    assert!(
        overview.body.contains("<td>Berlin</td><td>6</td>"),
        "{}",
        overview.body
    );
    assert!(
        !overview.body.contains("<td>Madrid</td><td>2</td>"),
        "a group of 2 is never shown"
    );
    // Madrid's 2 would be recoverable from the total of 13, so the next smallest
    // group (Paris, 5) is hidden with it.
    assert!(
        overview
            .body
            .contains("<td>Madrid</td><td><span class=\"suppressed\"")
    );
    assert!(
        overview
            .body
            .contains("<td>Paris</td><td><span class=\"suppressed\"")
    );
    assert!(overview.body.contains("13 of 100 members"));
}

#[tokio::test]
async fn times_are_shown_in_the_viewers_zone_and_staff_can_change_password() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let member = app.join(&link, "Ana", "Berlin", "2007").await;
    let home = member.get("/me").await;
    member
        .post_form("/me/posts", &home, &[("kind", "post"), ("body", "Hello")])
        .await;
    // Pin the post's time so the rendering can be checked exactly.
    app.execute(
        "UPDATE posts SET created_at = '2026-07-01 12:00:00', updated_at = '2026-07-01 12:00:00'",
    );

    // The member lives in Germany: Berlin summer time.
    assert!(
        member
            .get("/me")
            .await
            .body
            .contains("1 Jul 2026, 14:00 CEST")
    );
    // Staff read UTC until they choose a zone.
    let feed_path = format!("/cohorts/{cohort_id}/feed");
    assert!(
        manager
            .get(&feed_path)
            .await
            .body
            .contains("1 Jul 2026, 12:00 UTC")
    );
    let account = manager.get("/account").await;
    let refused = manager
        .post_form("/account/zone", &account, &[("zone", "Mars/Olympus")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose a time zone from the list."));
    manager
        .post_form("/account/zone", &account, &[("zone", "America/New_York")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        manager
            .get(&feed_path)
            .await
            .body
            .contains("1 Jul 2026, 08:00 EDT")
    );

    // Password change: the current one is required, the new one twice.
    let wrong = manager
        .post_form(
            "/account/password",
            &account,
            &[
                ("current", "nope"),
                ("new", "a brand new password"),
                ("confirm", "a brand new password"),
            ],
        )
        .await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("That is not your current password."));
    let mismatch = manager
        .post_form(
            "/account/password",
            &account,
            &[
                ("current", PASSWORD),
                ("new", "a brand new password"),
                ("confirm", "another one entirely"),
            ],
        )
        .await;
    assert!(mismatch.body.contains("not the same"));
    // The same manager signed in on another device, before the change.
    let laptop = app.client();
    laptop
        .login("manager@stride.test", PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    laptop.get("/account").await.assert_status(StatusCode::OK);
    manager
        .post_form(
            "/account/password",
            &account,
            &[
                ("current", PASSWORD),
                ("new", "a brand new password"),
                ("confirm", "a brand new password"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // This session goes on; the other one has ended.
    let changed = manager.get("/account").await;
    changed.assert_status(StatusCode::OK);
    assert!(changed.body.contains("signed out everywhere else"));
    let ended = laptop.get("/account").await;
    ended.assert_status(StatusCode::SEE_OTHER);
    assert!(
        ended
            .headers
            .get("location")
            .is_some_and(|l| l.to_str().unwrap().starts_with("/login")),
        "{:?}",
        ended.headers
    );
    let fresh = app.client();
    fresh
        .login("manager@stride.test", PASSWORD)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    fresh
        .login("manager@stride.test", "a brand new password")
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

/// When the PostgreSQL database goes away, /healthz answers 503 and pages that
/// need it answer a friendly 503 page, not a crash. (SQLite lives inside the
/// process: there is no server to lose.)
#[tokio::test]
async fn healthz_reports_a_database_that_is_gone() {
    let app = TestApp::spawn().await;
    let cohorts::db::DatabaseUrl::Postgres(url) = &app.db.url else {
        eprintln!("database-loss test runs on PostgreSQL only");
        return;
    };
    app.create_admin();
    let client = app.client();
    client.get("/healthz").await.assert_status(StatusCode::OK);
    let name = url.rsplit('/').next().unwrap();
    let name = name.split('?').next().unwrap().to_string();
    let server = std::env::var("TEST_DATABASE_URL").unwrap();
    let mut admin = <diesel::PgConnection as diesel::Connection>::establish(&server).unwrap();
    diesel::connection::SimpleConnection::batch_execute(
        &mut admin,
        &format!("DROP DATABASE {name} WITH (FORCE)"),
    )
    .unwrap();

    // A new client: a kept-alive connection may be closed by the server meanwhile.
    let client = app.client();
    let health = client.get("/healthz").await;
    health.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    let json: serde_json::Value = serde_json::from_str(&health.body).unwrap();
    assert_eq!(json["status"], "unavailable");
    assert_eq!(json["database"], "postgres");
    let signing_in = client.login(ADMIN_EMAIL, PASSWORD).await;
    signing_in.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert!(signing_in.body.contains("briefly unavailable"));
    assert_eq!(signing_in.headers["retry-after"], "5");
}

#[tokio::test]
async fn long_admin_lists_are_paginated() {
    let app = TestApp::spawn().await;
    for i in 0..55 {
        cohorts::services::accounts::create_brand(&mut app.conn(), &format!("Brand {i:02}"), 5)
            .unwrap();
    }
    let admin = app.signed_in_admin().await;
    let first = admin.get("/admin").await;
    assert!(first.body.contains("Page 1 of 2"));
    assert!(first.body.contains(">Brand 00</a>"));
    assert!(!first.body.contains(">Brand 54</a>"));
    assert!(
        first.body.contains("<option value=") && first.body.contains(">Brand 54</option>"),
        "every brand can be chosen for a manager"
    );
    let second = admin.get("/admin?page=2").await;
    assert!(second.body.contains(">Brand 54</a>"));
    assert!(!second.body.contains(">Brand 00</a>"));
    let beyond = admin.get("/admin?page=99").await;
    assert!(
        beyond.body.contains("Page 2 of 2"),
        "a page past the end shows the last one"
    );
    let accounts = admin.get("/admin/accounts").await;
    accounts.assert_status(StatusCode::OK);
    assert!(accounts.body.contains(ADMIN_EMAIL));
}

#[tokio::test]
async fn members_report_posts_and_staff_hide_or_keep_them_from_the_queue() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let author = app.join(&link, "Ana", "Berlin", "2008").await;
    let reporter = app.join(&link, "Reporting Rita", "Berlin", "2008").await;
    for body in ["You are all losers", "Call me on 0151 234 5678"] {
        let home = author.get("/me").await;
        author
            .post_form("/me/posts", &home, &[("kind", "post"), ("body", body)])
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let first = app.count("SELECT min(id) AS n FROM posts");
    let second = app.count("SELECT max(id) AS n FROM posts");
    let queue = format!("/cohorts/{cohort_id}/reports");
    assert!(
        manager
            .get(&queue)
            .await
            .body
            .contains("No reports waiting")
    );

    // Rita sees a Report link on others' posts; no reason chosen is refused.
    let home = reporter.get("/me").await;
    assert!(home.body.contains(&format!("/me/posts/{first}/report")));
    let form = reporter.get(&format!("/me/posts/{first}/report")).await;
    form.assert_status(StatusCode::OK);
    let refused = reporter
        .post_form(&format!("/me/posts/{first}/report"), &form, &[])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose what is wrong with the post."));
    for (post, reason) in [(first, "bullying"), (second, "personal details")] {
        let sent = reporter
            .post_form(
                &format!("/me/posts/{post}/report"),
                &form,
                &[("reason", reason)],
            )
            .await;
        sent.assert_status(StatusCode::SEE_OTHER);
    }
    assert!(reporter.get("/me").await.body.contains("Thank you."));
    // Once is enough; her own posts, and posts she cannot see, are not hers to report.
    reporter
        .post_form(
            &format!("/me/posts/{first}/report"),
            &form,
            &[("reason", "spam")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        reporter
            .get("/me")
            .await
            .body
            .contains("reported this post already")
    );
    author
        .post_form(
            &format!("/me/posts/{first}/report"),
            &form,
            &[("reason", "spam")],
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
    // The form is not offered for one's own post, nor taken.
    author
        .get(&format!("/me/posts/{first}/report"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let own_home = author.get("/me").await;
    author
        .post_form(
            &format!("/me/posts/{first}/report"),
            &own_home,
            &[("reason", "spam")],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(app.count("SELECT count(*) AS n FROM reports"), 2);

    // The queue shows both posts with their reasons, never who reported them.
    let page = manager.get(&queue).await;
    page.assert_status(StatusCode::OK);
    assert!(
        page.body.contains("It is unkind or bullying (1)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("It gives away personal details (1)"));
    assert!(!page.body.contains("Rita"));
    // Kept: its reports close. Hidden: its reports close and its author is told.
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{first}/keep"),
            &page,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{second}/hide"),
            &page,
            &[("reason", "A phone number is personal")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        manager
            .get(&queue)
            .await
            .body
            .contains("No reports waiting")
    );
    assert!(
        author
            .get("/me")
            .await
            .body
            .contains(": A phone number is personal</li>")
    );
    // Keeping a post with no open report finds nothing.
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{first}/keep"),
            &page,
            &[],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);
    for action in ["report post", "keep reported post", "hide post"] {
        assert!(
            app.count(&format!(
                "SELECT count(*) AS n FROM audit_log WHERE action = '{action}'"
            )) > 0,
            "{action} is in the audit log"
        );
    }
}

#[tokio::test]
async fn personal_details_in_a_minors_post_are_held_until_staff_release_them() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let minor = app.join(&link, "Young Yara", "Berlin", "2010").await;
    let adult = app.join(&link, "Grown Greta", "Berlin", "2000").await;
    let details = "Text me on 0151 234 5678 for the boots";

    let home = minor.get("/me").await;
    let held = minor
        .post_form("/me/posts", &home, &[("kind", "post"), ("body", details)])
        .await;
    held.assert_status(StatusCode::SEE_OTHER);
    let own = minor.get("/me").await;
    assert!(
        own.body.contains("not shown to the cohort yet"),
        "{}",
        own.body
    );
    assert!(own.body.contains("it seems to include a phone number"));
    assert!(!adult.get("/me").await.body.contains(details));

    // The same words from an adult are shared as they are.
    let home = adult.get("/me").await;
    adult
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "Adults may write 0151 234 5678")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(minor.get("/me").await.body.contains("Adults may write"));

    // Staff see who is under 18, on the member list and on posts.
    let members = manager.get(&format!("/cohorts/{cohort_id}/members")).await;
    assert!(
        members
            .body
            .contains("<td>Young Yara</td><td>Berlin</td><td>16–17 <span class=\"badge badge-minor\">under 18</span>"),
        "{}",
        members.body
    );
    assert!(
        members
            .body
            .contains("<td>Grown Greta</td><td>Berlin</td><td>25–34</td>")
    );
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    assert_eq!(feed.body.matches("badge-minor").count(), 1, "{}", feed.body);
    // Other members never see an age band.
    assert!(!adult.get("/me").await.body.contains("under 18"));

    // Staff find it held in the queue and release it; then everyone sees it.
    let queue = manager.get(&format!("/cohorts/{cohort_id}/reports")).await;
    assert!(
        queue.body.contains("Held back automatically"),
        "{}",
        queue.body
    );
    assert!(queue.body.contains(details));
    let post_id = app.count("SELECT min(id) AS n FROM posts");
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/posts/{post_id}/unhide"),
            &queue,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(adult.get("/me").await.body.contains(details));
    assert!(
        !minor
            .get("/me")
            .await
            .body
            .contains("not shown to the cohort")
    );
    assert!(
        !manager
            .get(&format!("/cohorts/{cohort_id}/reports"))
            .await
            .body
            .contains("Held back automatically")
    );
}

/// Every country is on the join form, grouped by region; each sets its own age
/// of digital consent, and a member in a country of several time zones picks theirs.
#[tokio::test]
async fn members_join_from_any_country_under_its_consent_age_and_pick_their_zone() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let visitor = app.client();
    let page = visitor.get(&link).await;
    assert!(page.body.contains("<optgroup label=\"Africa\">"));
    assert!(page.body.contains("<option value=\"NG\">Nigeria</option>"));
    assert!(
        page.body
            .contains("<option value=\"KR\">South Korea</option>")
    );
    assert!(page.body.contains("<option value=\"BR\">Brazil</option>"));
    let from = |country: &'static str, name: &'static str, year: &'static str| {
        let mut fields = join_fields(name, "Berlin", year);
        for field in fields.iter_mut().filter(|(k, _)| *k == "country") {
            field.1 = country;
        }
        fields
    };

    // Sixteen in Lagos: Nigeria's law asks a guardian's agreement under 18.
    let refused = visitor
        .post_form(&link, &page, &from("NG", "Ada", "2010"))
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("In Nigeria you need a parent or guardian&#39;s agreement to join under 18.")
    );
    let mut with_guardian = from("NG", "Ada", "2010");
    with_guardian.push(("guardian_consent", "yes"));
    let joined = visitor.post_form(&link, &page, &with_guardian).await;
    joined.assert_status(StatusCode::OK);
    let ada = app.client();
    ada.get(&joined.access_path())
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // One zone in Nigeria: nothing to pick.
    let account = ada.get("/me/account").await;
    assert!(account.body.contains("shown in Africa/Lagos"));
    assert!(!account.body.contains("name=\"zone\""));

    // Thirteen in Brazil joins alone (the LGPD's line is 12).
    let bia = app.client();
    let page = bia.get(&link).await;
    bia.post_form(&link, &page, &from("BR", "Bia", "2013"))
        .await
        .assert_status(StatusCode::OK);
    let account = bia.get("/me/account").await;
    assert!(account.body.contains("shown in America/Sao_Paulo"));
    assert!(
        account
            .body
            .contains("<label for=\"zone\">Your time zone</label>")
    );
    assert!(account.body.contains("<option value=\"America/Manaus\">"));
    let refused = bia
        .post_form("/me/zone", &account, &[("zone", "Europe/Paris")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Choose one of the time zones in the list.")
    );
    bia.post_form("/me/zone", &account, &[("zone", "America/Manaus")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let account = bia.get("/me/account").await;
    assert!(account.body.contains("shown in America/Manaus"));
    assert!(
        account
            .body
            .contains("<option value=\"America/Manaus\" selected>")
    );
    assert_eq!(app.count("SELECT count(time_zone) AS n FROM members"), 1);
}

/// A fresh Cohorts has no admin: its signed setup link creates the first one
/// in the browser, refuses bad input keeping what was typed, and works once.
#[tokio::test]
async fn the_first_admin_is_created_in_the_browser_through_the_setup_link() {
    let app = TestApp::spawn().await;
    let link = cohorts::email::links::LinkSigner::new(&app.key).setup_url("");
    app.client()
        .get("/setup/0123456789abcdef0123456789abcdef")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let visitor = app.client();
    let form = visitor.get(&link).await;
    form.assert_status(StatusCode::OK);
    assert!(form.body.contains("<h1>Set up Cohorts</h1>"));

    let refused = visitor
        .post_form(
            &link,
            &form,
            &[
                ("email", "boss@example.com"),
                ("password", "short"),
                ("confirm", "other"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("There are 2 problems with the form:"));
    assert!(refused.body.contains("at least 10 characters"));
    assert!(refused.body.contains("The two passwords are not the same."));
    assert!(refused.body.contains("value=\"boss@example.com\""));
    assert_eq!(app.count("SELECT count(*) AS n FROM users"), 0);

    let password = "a long admin password";
    let created = visitor
        .post_form(
            &link,
            &form,
            &[
                ("email", "Boss@Example.com"),
                ("password", password),
                ("confirm", password),
            ],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    let admin = visitor.get("/admin").await;
    admin.assert_status(StatusCode::OK);
    assert!(
        admin
            .body
            .contains("Cohorts is set up and you are its admin.")
    );
    // The link works once; the new admin signs in with what they chose.
    let again = app.client().get(&link).await;
    again.assert_status(StatusCode::GONE);
    let stranger = app.client();
    let any_form = stranger.get("/login").await;
    let late = stranger
        .post_form(
            &link,
            &any_form,
            &[
                ("email", "second@example.com"),
                ("password", password),
                ("confirm", password),
            ],
        )
        .await;
    late.assert_status(StatusCode::GONE);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM users WHERE role = 'admin'"),
        1
    );
    app.client()
        .login("boss@example.com", password)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

/// A manager adds a teammate to their brand: the generated password is shown
/// once, the teammate chooses their own at first sign-in, and the team page
/// says who has not signed in yet. Another brand's manager and observers have
/// no such page here.
#[tokio::test]
async fn managers_add_teammates_who_choose_their_own_password() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let team = manager.get(&format!("/brands/{brand_id}/team")).await;
    team.assert_status(StatusCode::OK);
    let path = format!("/brands/{brand_id}/team");
    let bad = manager
        .post_form(&path, &team, &[("email", "not an address")])
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"not an address\""));
    let added = manager
        .post_form(&path, &team, &[("email", "Bo@Stride.test")])
        .await;
    added.assert_status(StatusCode::OK);
    assert!(added.body.contains("Teammate added"));
    assert!(
        added
            .body
            .contains("Not yet: still has the password they were given")
    );
    let marker = "<code class=\"secret\">";
    let start = added.body.find(marker).unwrap() + marker.len();
    let password = added.body[start..start + added.body[start..].find('<').unwrap()].to_string();
    let twice = manager
        .post_form(&path, &team, &[("email", "bo@stride.test")])
        .await;
    assert!(
        twice
            .body
            .contains("An account with this email already exists.")
    );
    assert!(
        app.signed_in_admin()
            .await
            .get("/admin/audit")
            .await
            .body
            .contains("manager bo@stride.test")
    );

    let bo = app.client();
    bo.login("bo@stride.test", &password)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(bo.get(&path).await.location(), "/account");
    let account = bo.get("/account").await;
    let own = "bo's very own password";
    bo.post_form(
        "/account/password",
        &account,
        &[("current", &password), ("new", own), ("confirm", own)],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let now_in = bo.get(&path).await;
    now_in.assert_status(StatusCode::OK);
    assert!(!now_in.body.contains("Not yet"));

    let (_, other) = app.brand_with_manager("Volta").await;
    other.get(&path).await.assert_status(StatusCode::NOT_FOUND);
}

/// Staff edit a cohort within the rules: the capacity never below its
/// members, no city left out while a member lives there, no name another of
/// the brand's cohorts has; members see the change.
#[tokio::test]
async fn staff_edit_a_cohort_within_the_rules() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    app.create_cohort(&manager, brand_id, "Crew", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let member = app.join(&link, "Ana", "Madrid", "2001").await;
    let path = format!("/cohorts/{cohort_id}/edit");
    let form = manager.get(&path).await;
    form.assert_status(StatusCode::OK);
    assert!(form.body.contains("value=\"Squad\""));
    let fields = |name: &'static str, cities: &'static str, capacity: &'static str| {
        vec![
            ("name", name),
            ("description", "Now testing boots too."),
            ("theme", "Boots and balls"),
            ("cities", cities),
            ("capacity", capacity),
        ]
    };
    let too_small = manager
        .post_form(&path, &form, &fields("Squad", "Berlin\nMadrid", "90"))
        .await;
    too_small.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_small.body.contains("100 to 250"));
    let refused = manager
        .post_form(&path, &form, &fields("Squad", "Berlin\nParis", "150"))
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Members live in Madrid: keep it in the list.")
    );
    assert!(
        refused.body.contains("value=\"150\""),
        "what was typed is kept"
    );
    let taken = manager
        .post_form(&path, &form, &fields("Crew", "Berlin\nMadrid", "150"))
        .await;
    assert!(taken.body.contains("already has a cohort with this name"));
    let saved = manager
        .post_form(
            &path,
            &form,
            &fields("Squad Madrid", "Madrid\nLisbon", "150"),
        )
        .await;
    assert_eq!(saved.location(), format!("/cohorts/{cohort_id}"));
    let overview = manager.get(&saved.location()).await;
    assert!(overview.body.contains("Cohort saved."));
    assert!(overview.body.contains("Madrid, Lisbon"));
    assert!(overview.body.contains("of 150 members"));
    assert!(member.get("/me").await.body.contains("Squad Madrid"));

    // Another brand's manager finds nothing to edit.
    let (_, other) = app.brand_with_manager("Volta").await;
    other.get(&path).await.assert_status(StatusCode::NOT_FOUND);
}
