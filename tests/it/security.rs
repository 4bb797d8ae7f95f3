#![allow(clippy::unwrap_used, clippy::expect_used)]

use reqwest::StatusCode;

use crate::helpers::{ADMIN_EMAIL, PASSWORD, TestApp};

#[tokio::test]
async fn posts_without_token_or_from_foreign_origin_are_refused_and_change_nothing() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let fields = [
        ("name", "Squad"),
        ("description", "d"),
        ("theme", "t"),
        ("cities", "Berlin"),
        ("capacity", "120"),
    ];
    let path = format!("/brands/{brand_id}/cohorts");

    let no_token = manager.post_raw(&path, &fields).await;
    no_token.assert_status(StatusCode::FORBIDDEN);
    assert!(no_token.body.contains("reload the page"));
    let mut wrong = vec![("csrf_token", "forged")];
    wrong.extend_from_slice(&fields);
    manager
        .post_raw(&path, &wrong)
        .await
        .assert_status(StatusCode::FORBIDDEN);

    let page = manager
        .get(&format!("/brands/{brand_id}/cohorts/new"))
        .await;
    let mut with_token = vec![("csrf_token", page.csrf())];
    with_token.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
    let foreign = manager
        .http
        .post(format!("{}{path}", manager.base))
        .header("Origin", "https://evil.example")
        .form(&with_token)
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    let cross_site = manager
        .http
        .post(format!("{}{path}", manager.base))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&with_token)
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 0);

    // The same request from the app's own origin goes through.
    let own = manager
        .http
        .post(format!("{}{path}", manager.base))
        .header("Origin", manager.base.clone())
        .form(&with_token)
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 1);
}

/// Headers anyone can send do not make another site this one: unless the app
/// is set to sit behind a trusted proxy, forwarded headers are not believed.
#[tokio::test]
async fn forwarded_headers_count_only_behind_a_trusted_proxy() {
    let db = std::sync::Arc::new(crate::helpers::TestDb::create());
    let app = TestApp::spawn_full(db, actix_web::cookie::Key::generate(), |s| {
        s.trust_forwarded_for = false
    })
    .await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let path = format!("/brands/{brand_id}/cohorts");
    let page = manager.get(&format!("{path}/new")).await;
    let form = [
        ("csrf_token", page.csrf()),
        ("name", "Squad".into()),
        ("description", "d".into()),
        ("theme", "t".into()),
        ("cities", "Berlin".into()),
        ("capacity", "120".into()),
    ];
    let send = |origin: String, forwarded: bool| {
        let mut request = manager
            .http
            .post(format!("{}{path}", manager.base))
            .header("Origin", origin)
            .form(&form);
        if forwarded {
            request = request
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https");
        }
        request.send()
    };
    let disguised = send("https://evil.example".into(), true).await.unwrap();
    assert_eq!(disguised.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 0);
    let own = send(manager.base.clone(), true).await.unwrap();
    assert_eq!(own.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 1);
}

fn session_cookie(response: &crate::helpers::Response) -> Option<String> {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("cohorts="))
        .map(|v| v.split(';').next().unwrap().to_string())
}

#[tokio::test]
async fn session_is_renewed_at_login_and_dead_after_logout() {
    let app = TestApp::spawn().await;
    app.create_admin();
    let admin = app.client();
    let login_page = admin.get("/login").await;
    let before = session_cookie(&login_page).expect("a session for the form's token");
    let signed_in = admin
        .post_form(
            "/login",
            &login_page,
            &[("email", ADMIN_EMAIL), ("password", PASSWORD)],
        )
        .await;
    signed_in.assert_status(StatusCode::SEE_OTHER);
    let after = session_cookie(&signed_in).expect("a new session cookie");
    assert_ne!(before, after, "the session is renewed at sign-in");

    // The pre-login cookie is worth nothing now.
    let replay_old = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let old = replay_old
        .get(format!("{}/admin", app.address))
        .header("Cookie", &before)
        .send()
        .await
        .unwrap();
    assert_eq!(old.status(), StatusCode::SEE_OTHER);

    let admin_page = admin.get("/admin").await;
    admin_page.assert_status(StatusCode::OK);
    admin
        .post_form("/logout", &admin_page, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Replaying the signed-in cookie after logout does not work.
    let replayed = replay_old
        .get(format!("{}/admin", app.address))
        .header("Cookie", &after)
        .send()
        .await
        .unwrap();
    assert_eq!(replayed.status(), StatusCode::SEE_OTHER);
    assert_eq!(replayed.headers()["location"], "/login");
}

/// A page read leaves the stored session as it was (a write per page would cost
/// every view a database write); a message is still shown once, then gone.
#[tokio::test]
async fn reading_pages_leaves_the_session_unwritten_and_a_message_shows_once() {
    let app = TestApp::spawn().await;
    let admin = app.signed_in_admin().await;
    admin.get("/admin").await.assert_status(StatusCode::OK);
    // Any write of the session moves its expiry to 30 days from now.
    app.execute("UPDATE sessions SET expires_at = '2099-01-01 00:00:00'");
    let untouched = "SELECT count(*) AS n FROM sessions WHERE expires_at = '2099-01-01 00:00:00'";
    let sessions = app.count("SELECT count(*) AS n FROM sessions");
    for path in ["/admin", "/admin/accounts", "/admin/audit", "/admin"] {
        admin.get(path).await.assert_status(StatusCode::OK);
    }
    assert_eq!(
        app.count(untouched),
        sessions,
        "a page read wrote the session"
    );

    let page = admin.get("/admin").await;
    admin
        .post_form(
            "/admin/brands",
            &page,
            &[("name", "Flash Brand"), ("anonymity_k", "5")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let shown = admin.get("/admin").await.body;
    assert!(shown.contains("Brand “Flash Brand” created"), "{shown}");
    let again = admin.get("/admin").await.body;
    assert!(!again.contains("Brand “Flash Brand” created"));
}

#[tokio::test]
async fn login_is_throttled_and_unknown_email_looks_like_wrong_password() {
    let app = TestApp::spawn().await;
    app.create_admin();
    let client = app.client();
    let unknown = client.login("nobody@cohorts.test", PASSWORD).await;
    let wrong = client.login(ADMIN_EMAIL, "not the password").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, wrong.status);
    let strip = |body: &str, email: &str| {
        body.replace(email, "EMAIL").replace(
            &crate::helpers::Response {
                status: StatusCode::OK,
                headers: Default::default(),
                body: body.to_string(),
            }
            .csrf(),
            "TOKEN",
        )
    };
    assert_eq!(
        strip(&unknown.body, "nobody@cohorts.test"),
        strip(&wrong.body, ADMIN_EMAIL)
    );

    for attempt in 3..=6 {
        let response = client.login(ADMIN_EMAIL, "still wrong").await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "attempt {attempt}"
        );
    }
    let seventh = client.login(ADMIN_EMAIL, PASSWORD).await;
    seventh.assert_status(StatusCode::TOO_MANY_REQUESTS);
    assert!(seventh.body.contains("Wait a minute"));

    // Another address is not affected.
    let elsewhere = app.client();
    let page = elsewhere.get("/login").await;
    let ok = elsewhere
        .http
        .post(format!("{}/login", app.address))
        .header("X-Forwarded-For", "203.0.113.9")
        .form(&[
            ("csrf_token", page.csrf().as_str()),
            ("email", ADMIN_EMAIL),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
}

/// Thirty wrong passwords sent at once are held to the same limit as thirty
/// sent one after another: each attempt is claimed before it is checked.
#[tokio::test]
async fn simultaneous_wrong_passwords_are_throttled_all_the_same() {
    let app = TestApp::spawn().await;
    app.create_admin();
    let client = app.client();
    let csrf = client.get("/login").await.csrf();
    let attempts = (0..30).map(|_| {
        client
            .http
            .post(format!("{}/login", app.address))
            .header("X-Forwarded-For", "198.51.100.7")
            .form(&[
                ("csrf_token", csrf.as_str()),
                ("email", ADMIN_EMAIL),
                ("password", "not the password"),
            ])
            .send()
    });
    let statuses: Vec<StatusCode> = futures_util::future::join_all(attempts)
        .await
        .into_iter()
        .map(|response| response.unwrap().status())
        .collect();
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    let throttled = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert!(
        checked <= 6,
        "{checked} passwords were checked: {statuses:?}"
    );
    assert_eq!(checked + throttled, 30, "{statuses:?}");
}

#[tokio::test]
async fn every_response_carries_security_headers() {
    let app = TestApp::spawn().await;
    let client = app.client();
    for path in [
        "/",
        "/login",
        "/healthz",
        "/no-such-page",
        "/static/style.css",
        "/static/app.js",
        "/manifest.webmanifest",
        "/cohorts/1",
    ] {
        let response = client.get(path).await;
        let csp = response.headers["content-security-policy"]
            .to_str()
            .unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert!(csp.contains("script-src 'self'"), "{path}");
        assert_eq!(
            response.headers["x-content-type-options"], "nosniff",
            "{path}"
        );
        assert_eq!(response.headers["referrer-policy"], "same-origin", "{path}");
    }
    let missing = client.get("/no-such-page").await;
    missing.assert_status(StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Page not found"));
    assert!(
        missing.body.contains("<link rel=\"stylesheet\""),
        "error pages use the layout"
    );
}

#[tokio::test]
async fn malformed_and_oversized_input_gets_a_4xx() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let page = manager
        .get(&format!("/brands/{brand_id}/cohorts/new"))
        .await;
    let token = page.csrf();
    let huge = "x".repeat(300 * 1024);
    let oversized = manager
        .post_form(
            &format!("/brands/{brand_id}/cohorts"),
            &page,
            &[("name", &huge)],
        )
        .await;
    oversized.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    assert!(oversized.body.contains("larger than this form accepts"));

    let invalid_utf8 = manager
        .http
        .post(format!("{}/brands/{brand_id}/cohorts", app.address))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("csrf_token={token}&name=%FF%FE&capacity=120"))
        .send()
        .await
        .unwrap();
    assert!(
        invalid_utf8.status().is_client_error(),
        "{}",
        invalid_utf8.status()
    );

    let wrong_type = manager
        .http
        .post(format!("{}/brands/{brand_id}/cohorts", app.address))
        .header("Content-Type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert!(wrong_type.status().is_client_error());

    let bad_multipart = manager
        .http
        .post(format!("{}/cohorts/1/invites/csv", app.address))
        .header("Content-Type", "multipart/form-data; boundary=zzz")
        .body("--zzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated")
        .send()
        .await
        .unwrap();
    assert!(
        bad_multipart.status().is_client_error(),
        "{}",
        bad_multipart.status()
    );

    for path in [
        "/cohorts/abc",
        "/cohorts/-1/feed",
        "/cohorts/99999999999999999999",
        "/cohorts/1/feed?page=abc",
        "/me/posts/x/edit",
    ] {
        let response = manager.get(path).await;
        assert!(
            response.status.is_client_error(),
            "{path}: {}",
            response.status
        );
    }
    let bad_cookie = reqwest::Client::new()
        .get(format!("{}/login", app.address))
        .header("Cookie", "cohorts=%%%garbage")
        .send()
        .await
        .unwrap();
    assert_eq!(bad_cookie.status(), StatusCode::OK);
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 0);
}

/// A manager of brand A finds nothing of brand B: every page and action is a 404
/// and changes nothing. A member of one cohort sees nothing of another.
#[tokio::test]
async fn brands_and_cohorts_are_isolated() {
    let app = TestApp::spawn().await;
    let (brand_a, manager_a) = app.brand_with_manager("Alpha").await;
    let (brand_b, manager_b) = app.brand_with_manager("Bravo").await;
    let cohort_a = app
        .create_cohort(&manager_a, brand_a, "Alpha squad", 100)
        .await;
    let cohort_b = app
        .create_cohort(&manager_b, brand_b, "Bravo squad", 100)
        .await;
    let link_a = app.create_link(&manager_a, cohort_a, 10).await;
    let link_b = app.create_link(&manager_b, cohort_b, 10).await;
    let member_a = app.join(&link_a, "Ada", "Berlin", "2007").await;
    let member_b = app.join(&link_b, "Bea", "Berlin", "2007").await;
    let home_b = member_b.get("/me").await;
    member_b
        .post_form(
            "/me/posts",
            &home_b,
            &[("kind", "post"), ("body", "Bravo secret")],
        )
        .await;
    let post_b = app.count("SELECT id AS n FROM posts");
    let member_b_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Bea'");
    let invite_b = app.count(&format!(
        "SELECT id AS n FROM invites WHERE cohort_id = {cohort_b}"
    ));

    let gets = [
        format!("/brands/{brand_b}"),
        format!("/brands/{brand_b}/cohorts/new"),
        format!("/cohorts/{cohort_b}"),
        format!("/cohorts/{cohort_b}/feed"),
        format!("/cohorts/{cohort_b}/invites"),
        format!("/cohorts/{cohort_b}/members"),
        format!("/cohorts/{cohort_b}/members/{member_b_id}/remove"),
        format!("/cohorts/{cohort_b}/invites/{invite_b}/revoke"),
    ];
    for path in &gets {
        let response = manager_a.get(path).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!response.body.contains("Bravo"), "{path} leaks");
    }
    let page = manager_a.get(&format!("/brands/{brand_a}")).await;
    let posts = [
        (
            format!("/brands/{brand_b}/cohorts"),
            vec![
                ("name", "X"),
                ("description", "d"),
                ("theme", "t"),
                ("cities", "B"),
                ("capacity", "100"),
            ],
        ),
        (
            format!("/cohorts/{cohort_b}/invites/emails"),
            vec![("emails", "x@example.com")],
        ),
        (
            format!("/cohorts/{cohort_b}/invites/link"),
            vec![("label", "x"), ("max_uses", "5"), ("valid_days", "5")],
        ),
        (
            format!("/cohorts/{cohort_b}/invites/{invite_b}/revoke"),
            vec![],
        ),
        (
            format!("/cohorts/{cohort_b}/posts/{post_b}/hide"),
            vec![("reason", "x")],
        ),
        (
            format!("/cohorts/{cohort_b}/members/{member_b_id}/remove"),
            vec![],
        ),
        // Brand A's cohort path with brand B's post or member is no way in either.
        (
            format!("/cohorts/{cohort_a}/posts/{post_b}/hide"),
            vec![("reason", "x")],
        ),
        (
            format!("/cohorts/{cohort_a}/members/{member_b_id}/remove"),
            vec![],
        ),
    ];
    for (path, fields) in &posts {
        let response = manager_a.post_form(path, &page, fields).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 2);
    assert_eq!(app.count("SELECT count(*) AS n FROM invites"), 2);
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 2);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts WHERE hidden_at IS NULL"),
        1
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM invites WHERE revoked_at IS NULL"),
        2
    );

    // Member A: no staff pages, nothing of cohort B, no power over B's posts.
    let home_a = member_a.get("/me").await;
    assert!(!home_a.body.contains("Bravo secret"));
    for path in [
        format!("/cohorts/{cohort_b}"),
        format!("/cohorts/{cohort_a}"),
        "/admin".to_string(),
        format!("/brands/{brand_a}"),
    ] {
        let response = member_a.get(&path).await;
        assert!(
            matches!(
                response.status,
                StatusCode::SEE_OTHER | StatusCode::NOT_FOUND
            ),
            "{path}: {}",
            response.status
        );
        assert!(!response.body.contains("Bravo"));
    }
    member_a
        .get(&format!("/me/posts/{post_b}/edit"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    member_a
        .post_form(
            &format!("/me/posts/{post_b}"),
            &home_a,
            &[("kind", "post"), ("body", "defaced")],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);
    member_a
        .post_form(&format!("/me/posts/{post_b}/delete"), &home_a, &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts WHERE body = 'Bravo secret'"),
        1
    );

    // The admin sees every brand.
    let admin = app.signed_in_admin().await;
    admin
        .get(&format!("/cohorts/{cohort_b}/feed"))
        .await
        .assert_status(StatusCode::OK);
    admin
        .get(&format!("/brands/{brand_a}"))
        .await
        .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn a_member_posting_past_the_hours_limit_is_told_why_and_keeps_their_text() {
    let db = std::sync::Arc::new(crate::helpers::TestDb::create());
    let app = TestApp::spawn_full(db, actix_web::cookie::Key::generate(), |s| {
        s.posts_per_hour = 3
    })
    .await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let member = app.join(&link, "Mila", "Berlin", "2008").await;
    for i in 0..3 {
        let home = member.get("/me").await;
        member
            .post_form(
                "/me/posts",
                &home,
                &[("kind", "post"), ("body", &format!("Post number {i}"))],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let home = member.get("/me").await;
    let refused = member
        .post_form(
            "/me/posts",
            &home,
            &[
                ("kind", "post"),
                ("body", "One more thought I do not want to lose"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("You have shared 3 posts in the last hour"),
        "{}",
        refused.body
    );
    assert!(
        refused
            .body
            .contains("One more thought I do not want to lose")
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 3);
}

#[tokio::test]
async fn a_sign_in_with_a_nul_byte_is_refused_like_any_wrong_password() {
    // PostgreSQL refuses NUL in text; such an address is never looked up.
    let app = TestApp::spawn().await;
    app.create_admin();
    let client = app.client();
    let refused = client.login("admin\0@cohorts.test", PASSWORD).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("That email and password do not match an active account.")
    );
    client
        .login(ADMIN_EMAIL, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

/// "Add to home screen": the manifest opens the member's cohort, its icon is
/// served, and every page names both; the script is served from the binary.
#[tokio::test]
async fn members_can_add_their_cohort_to_the_home_screen() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let manifest = client.get("/manifest.webmanifest").await;
    manifest.assert_status(StatusCode::OK);
    assert_eq!(
        manifest.headers["content-type"],
        "application/manifest+json"
    );
    let parsed: serde_json::Value = serde_json::from_str(&manifest.body).unwrap();
    assert_eq!(parsed["start_url"], "/me");
    assert_eq!(parsed["display"], "standalone");
    let icon = parsed["icons"][0]["src"].as_str().unwrap();
    let served = client.get(icon).await;
    served.assert_status(StatusCode::OK);
    assert!(served.body.starts_with("<svg"));
    let script = client.get("/static/app.js").await;
    script.assert_status(StatusCode::OK);
    assert!(script.body.contains("data-copy"));
    let page = client.get("/login").await;
    assert!(
        page.body
            .contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")
    );
    assert!(
        page.body
            .contains("<script src=\"/static/app.js\" defer></script>")
    );
}

/// Operators read metrics with their token; without one configured the page
/// does not exist, and a wrong or missing token is refused.
#[tokio::test]
async fn metrics_answer_operators_with_the_token_only() {
    let closed = TestApp::spawn().await;
    closed
        .client()
        .get("/metrics")
        .await
        .assert_status(StatusCode::NOT_FOUND);

    let db = std::sync::Arc::new(crate::helpers::TestDb::create());
    let app = TestApp::spawn_full(db, actix_web::cookie::Key::generate(), |s| {
        s.metrics_token = Some("operator-secret".into())
    })
    .await;
    let client = app.client();
    let refused = client.get("/metrics").await;
    refused.assert_status(StatusCode::FORBIDDEN);
    assert!(refused.body.contains("Authorization: Bearer"));
    let wrong = client
        .http
        .get(format!("{}/metrics", app.address))
        .bearer_auth("guess")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);

    // Some traffic: a page, a page that does not exist, a message waiting.
    client.get("/login").await.assert_status(StatusCode::OK);
    client.get("/no-such-page").await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/emails"),
            &invites,
            &[("emails", "ana@example.com")],
        )
        .await
        .assert_status(StatusCode::OK);
    let scraped = client
        .http
        .get(format!("{}/metrics", app.address))
        .bearer_auth("operator-secret")
        .send()
        .await
        .unwrap();
    assert_eq!(scraped.status(), StatusCode::OK);
    assert!(
        scraped.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = scraped.text().await.unwrap();
    for line in [
        // This client's and the manager's before signing in.
        "cohorts_http_requests_total{method=\"GET\",route=\"/login\",status=\"200\"} 2",
        "cohorts_http_requests_total{method=\"POST\",route=\"/cohorts/{id}/invites/emails\",status=\"200\"} 1",
        "cohorts_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1",
        "cohorts_http_requests_total{method=\"GET\",route=\"/metrics\",status=\"403\"} 2",
        "# TYPE cohorts_http_request_duration_seconds histogram",
        "cohorts_http_request_duration_seconds_bucket{method=\"GET\",route=\"/cohorts/{id}/invites\",le=\"+Inf\"} 1",
        "# TYPE cohorts_db_pool_wait_seconds histogram",
        "cohorts_db_connections{state=\"open\"}",
        "cohorts_outbox_messages{state=\"failed\"} 0",
    ] {
        assert!(text.contains(line), "{line} in:\n{text}");
    }
    // The mail was queued (and may already be on its way): it shows as
    // waiting or sent, never lost.
    let outbox = |state: &str| -> i64 {
        let prefix = format!("cohorts_outbox_messages{{state=\"{state}\"}} ");
        text.lines()
            .find_map(|l| l.strip_prefix(&prefix))
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(outbox("waiting") + outbox("sent"), 1);
    // No address, id or token is ever a label.
    assert!(!text.contains("/cohorts/1/"));
}

/// The recovery codes a page shows.
fn recovery_codes(body: &str) -> Vec<String> {
    let list = body
        .split("id=\"recovery-codes\">")
        .nth(1)
        .and_then(|rest| rest.split("</ol>").next())
        .unwrap_or_default();
    list.split("<code>")
        .skip(1)
        .filter_map(|item| item.split("</code>").next())
        .map(str::to_string)
        .collect()
}

/// The code an authenticator app holding `secret` shows now.
pub(crate) fn app_code(secret: &str) -> String {
    totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap()
        .generate_current()
        .to_string()
}

/// Two-step sign-in: a manager turns it on by proving their app holds the
/// key and is shown ten recovery codes; from then on the password alone
/// opens nothing, a wrong or reused code is refused, the right one signs in,
/// and so does each recovery code, once; new recovery codes void the old;
/// the password turns it off, and an admin can turn it off for someone who
/// lost their phone.
#[tokio::test]
async fn staff_can_require_a_code_from_an_authenticator_app() {
    let app = TestApp::spawn().await;
    let (_, manager) = app.brand_with_manager("Stride").await;
    let email = "manager@stride.test";
    let account = manager.get("/account").await;
    assert!(account.body.contains("Two-step sign-in"));
    let setup = manager.get("/account/two-step").await;
    setup.assert_status(StatusCode::OK);
    assert!(
        setup
            .body
            .contains("QR code that adds your Cohorts account")
    );
    let key_at = setup.body.find("id=\"two-step-key\">").unwrap() + "id=\"two-step-key\">".len();
    let secret: String = setup.body[key_at..]
        .chars()
        .take_while(|c| *c != '<')
        .collect();
    assert!(secret.len() >= 26, "{secret}");
    // A wrong code turns nothing on.
    let wrong = if app_code(&secret) == "123456" {
        "654321"
    } else {
        "123456"
    };
    let refused = manager
        .post_form("/account/two-step", &setup, &[("code", wrong)])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("does not match"));
    assert!(refused.body.contains(&secret), "the same key, to try again");
    // The key waiting for its first code is sealed in the stored session too.
    assert_eq!(app.count("SELECT count(*) AS n FROM sessions"), 1);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM sessions WHERE state LIKE '%{secret}%'"
        )),
        0
    );
    assert_eq!(app.count("SELECT count(totp_secret) AS n FROM users"), 0);
    let setup_code = app_code(&secret);
    let turned_on = manager
        .post_form("/account/two-step", &setup, &[("code", &setup_code)])
        .await;
    turned_on.assert_status(StatusCode::OK);
    assert!(turned_on.body.contains("Two-step sign-in is on"));
    assert_eq!(turned_on.headers["cache-control"], "no-store");
    assert!(turned_on.body.contains("shown only now"));
    let recovery = recovery_codes(&turned_on.body);
    assert_eq!(recovery.len(), 10, "{recovery:?}");
    // Kept as digests only.
    assert_eq!(
        app.count("SELECT count(*) AS n FROM recovery_codes WHERE used_at IS NULL"),
        10
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM recovery_codes WHERE digest LIKE '%{}%'",
            recovery[0].replace('-', "")
        )),
        0
    );
    let account = manager.get("/account").await;
    assert!(account.body.contains("On: after your password"));
    assert!(account.body.contains("10 recovery codes are left"));
    // Sealed in the database: a copy of it alone cannot make codes.
    assert_eq!(
        app.count("SELECT count(*) AS n FROM users WHERE totp_secret LIKE 'sealed:%'"),
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM users WHERE totp_secret LIKE '%{secret}%'"
        )),
        0
    );

    // The password alone now leads to the code, not into the account.
    let again = app.client();
    let after_password = again.login(email, PASSWORD).await;
    after_password.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(after_password.location(), "/login/code");
    assert_ne!(again.get("/account").await.status, StatusCode::OK);
    let form = again.get("/login/code").await;
    assert!(form.body.contains("Code from your authenticator app"));
    let bad = again
        .post_form("/login/code", &form, &[("code", wrong)])
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_ne!(again.get("/account").await.status, StatusCode::OK);
    // The code used to turn it on was taken: it cannot sign in.
    again
        .post_form("/login/code", &form, &[("code", &setup_code)])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // As if that code had not been taken (rather than wait up to 30 s for
    // the next one): it signs in once.
    app.execute("UPDATE users SET totp_step = NULL");
    let fresh = app_code(&secret);
    let signed_in = again
        .post_form("/login/code", &form, &[("code", &fresh)])
        .await;
    signed_in.assert_status(StatusCode::SEE_OTHER);
    again.get("/account").await.assert_status(StatusCode::OK);
    // The same code once more, from another browser: refused.
    let third = app.client();
    third.login(email, PASSWORD).await;
    let form = third.get("/login/code").await;
    third
        .post_form("/login/code", &form, &[("code", &fresh)])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // Without the password first there is no code to give.
    assert_eq!(app.client().get("/login/code").await.location(), "/login");

    // Without the phone: a recovery code signs in once, typed however.
    let phoneless = app.client();
    phoneless.login(email, PASSWORD).await;
    let form = phoneless.get("/login/code").await;
    assert!(form.body.contains("or a recovery code"));
    let typed = format!(" {} ", recovery[3].to_uppercase().replace('-', " "));
    phoneless
        .post_form("/login/code", &form, &[("code", &typed)])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let account = phoneless.get("/account").await;
    account.assert_status(StatusCode::OK);
    assert!(account.body.contains("9 recovery codes are left"));
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM audit_log WHERE action = 'sign in with a recovery code'"
        ),
        1
    );
    let reused = app.client();
    reused.login(email, PASSWORD).await;
    let form = reused.get("/login/code").await;
    let refused = reused
        .post_form("/login/code", &form, &[("code", &recovery[3])])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("used already"));
    // New codes need the password, and void the old ones.
    phoneless
        .post_form(
            "/account/recovery-codes",
            &account,
            &[("password", "wrong one")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        phoneless
            .get("/account")
            .await
            .body
            .contains("not your current password")
    );
    let renewed = phoneless
        .post_form(
            "/account/recovery-codes",
            &account,
            &[("password", PASSWORD)],
        )
        .await;
    renewed.assert_status(StatusCode::OK);
    assert!(renewed.body.contains("old recovery codes no longer work"));
    let fresh_codes = recovery_codes(&renewed.body);
    assert_eq!(fresh_codes.len(), 10);
    assert!(!fresh_codes.contains(&recovery[0]));
    reused
        .post_form("/login/code", &form, &[("code", &recovery[0])])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    reused
        .post_form("/login/code", &form, &[("code", &fresh_codes[0])])
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // Turned off with the password (not without it).
    let account = again.get("/account").await;
    again
        .post_form(
            "/account/two-step/off",
            &account,
            &[("password", "wrong one")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        again
            .get("/account")
            .await
            .body
            .contains("not your current password")
    );
    again
        .post_form("/account/two-step/off", &account, &[("password", PASSWORD)])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.client()
        .login(email, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(totp_secret) AS n FROM users"), 0);
    assert_eq!(app.count("SELECT count(*) AS n FROM recovery_codes"), 0);

    // An admin turns it off for someone who lost their phone.
    app.execute(&format!(
        "UPDATE users SET totp_secret = '{secret}' WHERE email = '{email}'"
    ));
    let admin = app.signed_in_admin().await;
    let accounts = admin.get("/admin/accounts").await;
    assert!(accounts.body.contains("Turn off two-step sign-in"));
    let manager_id = app.count(&format!(
        "SELECT id AS n FROM users WHERE email = '{email}'"
    ));
    admin
        .post_form(
            &format!("/admin/users/{manager_id}/two-step-off"),
            &accounts,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(totp_secret) AS n FROM users"), 0);
}

/// A member's session names them beside its state, so that their access is
/// read with the session; the state alone says who is signed in, and a
/// session that does not name them (one kept from before) still works.
#[tokio::test]
async fn a_members_session_names_them_yet_only_its_state_says_who_they_are() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    app.join(&link, "Bo", "Madrid", "2001").await;
    let ana_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Ana'");
    let bo_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Bo'");
    let naming = |id: i64| format!("SELECT count(*) AS n FROM sessions WHERE member_id = {id}");
    assert!(app.count(&naming(ana_id)) >= 1);
    let shows_ana = |page: &crate::helpers::Response| {
        page.body.contains("<dd>Ana</dd>") && !page.body.contains("<dd>Bo</dd>")
    };
    assert!(shows_ana(&ana.get("/me/account").await));

    // A row naming someone else does not make Ana anyone else.
    app.execute(&format!(
        "UPDATE sessions SET member_id = {bo_id} WHERE member_id = {ana_id}"
    ));
    let page = ana.get("/me/account").await;
    page.assert_status(StatusCode::OK);
    assert!(shows_ana(&page), "{}", page.body);

    // Nor does a row naming no one sign her out.
    app.execute("UPDATE sessions SET member_id = NULL");
    let page = ana.get("/me").await;
    page.assert_status(StatusCode::OK);
    assert!(shows_ana(&ana.get("/me/account").await));
}
