#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A form fuzzer: random, oversized, malformed and hostile requests to every
//! route, as every role. No answer is a 5xx, no rejected request changes a row,
//! and no payload comes back unescaped. The seed is printed; FUZZ_SEED replays it.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, COOKIE, ORIGIN};

use crate::helpers::{Client, TestApp};

/// What a script injected through any field would look like if echoed raw.
const MARKER: &str = "<script>alert('fuzz')</script>";
/// The script every page loads, served by Cohorts itself.
const APP_SCRIPT: &str = "<script src=\"/static/app.js\" defer>";

const FIELDS: &[&str] = &[
    "anonymity_k",
    "birth_month",
    "birth_year",
    "body",
    "brand_id",
    "capacity",
    "cities",
    "code",
    "city",
    "confirm",
    "consent",
    "country",
    "current",
    "description",
    "display_name",
    "email",
    "emails",
    "from",
    "guardian_consent",
    "kind",
    "label",
    "max_uses",
    "name",
    "new",
    "note",
    "password",
    "product",
    "rating",
    "reason",
    "status",
    "member-1",
    "submission_key",
    "theme",
    "title",
    "to",
    "valid_days",
    "zone",
    "page",
    "format",
    "q",
    "stars",
    "photos",
    "pinned",
    "tags",
    "live_from",
    "target",
    "domain",
    "accent",
    "reset",
    "on",
    "back",
];

fn hostile_value(rng: &mut StdRng) -> String {
    let long = "ü".repeat(rng.gen_range(5001..7000));
    let choices: [&str; 22] = [
        "",
        " ",
        MARKER,
        "\"><img src=x onerror=alert(1)>",
        "' OR 1=1; DROP TABLE posts; --",
        "1; DELETE FROM members",
        "-1",
        "0",
        "99999999999999999999999",
        "1e308",
        "NaN",
        "review",
        "post",
        "yes",
        "Europe/Berlin",
        "2026-13",
        "\u{202e}evil\u{0}",
        "%00%0d%0aSet-Cookie: x=y",
        "../../etc/passwd",
        "🔥🔥🔥",
        "a@b.c",
        &long,
    ];
    let mut value = choices[rng.gen_range(0..choices.len())].to_string();
    if rng.gen_bool(0.2) {
        value.push_str(MARKER);
    }
    value
}

/// A hostile value percent-encoded for a URL, cut to 1,500 characters first: a
/// URL holds a few of them, and the HTTP client refuses to send any URL over
/// 64 KiB (as browsers do), so longer ones would never reach the server.
fn url_value(rng: &mut StdRng) -> String {
    let value: String = hostile_value(rng).chars().take(1_500).collect();
    percent_encode(&value)
}

fn percent_encode(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A form body: real field names with hostile values, stray names, and sometimes
/// the page's own CSRF token so that the request reaches the validators.
fn form_body(rng: &mut StdRng, csrf: &str) -> Vec<u8> {
    let mut pairs = Vec::new();
    if rng.gen_bool(0.8) {
        pairs.push(format!("csrf_token={}", percent_encode(csrf)));
    }
    for _ in 0..rng.gen_range(0..8) {
        let name = if rng.gen_bool(0.9) {
            FIELDS[rng.gen_range(0..FIELDS.len())].to_string()
        } else {
            percent_encode(&hostile_value(rng))
        };
        pairs.push(format!("{name}={}", percent_encode(&hostile_value(rng))));
    }
    let mut body = pairs.join("&").into_bytes();
    match rng.gen_range(0..10) {
        // Invalid UTF-8, percent-encoded and raw.
        0 => body.extend_from_slice(b"&body=%FF%FE%FD"),
        1 => body.extend_from_slice(&[b'&', b'b', b'=', 0xFF, 0xC0, 0x80]),
        2 => body.extend_from_slice(b"&&&=&%"),
        _ => {}
    }
    body
}

struct Role {
    name: &'static str,
    client: Client,
    csrf: String,
}

/// Figures that any accepted change moves: compared around every rejected request.
fn digest(app: &TestApp) -> Vec<i64> {
    [
        "SELECT count(*) AS n FROM brands",
        "SELECT COALESCE(SUM(anonymity_k), 0) AS n FROM brands",
        "SELECT COALESCE(SUM(epsilon_per_month * 10), 0) AS n FROM brands",
        "SELECT COALESCE(SUM(participation_target), 0) AS n FROM brands",
        "SELECT count(*) AS n FROM releases",
        "SELECT count(*) AS n FROM reports",
        "SELECT count(resolved_at) AS n FROM reports",
        "SELECT count(*) AS n FROM users",
        "SELECT count(disabled_at) AS n FROM users",
        "SELECT COALESCE(SUM(length(password_hash) + length(time_zone)), 0) AS n FROM users",
        "SELECT count(*) AS n FROM cohorts",
        "SELECT COALESCE(SUM(members_count + length(cities) + length(description)), 0) AS n FROM cohorts",
        "SELECT COALESCE(SUM(version + posts + shown), 0) AS n FROM cohort_tallies",
        "SELECT count(*) AS n FROM invites",
        "SELECT COALESCE(SUM(uses + max_uses), 0) AS n FROM invites",
        "SELECT count(revoked_at) AS n FROM invites",
        "SELECT count(*) AS n FROM members",
        "SELECT count(nudges_off_at) + count(time_zone) AS n FROM members",
        "SELECT count(*) AS n FROM posts",
        "SELECT COALESCE(SUM(length(body)), 0) AS n FROM posts",
        "SELECT count(hidden_at) + count(label_override) AS n FROM posts",
        "SELECT COALESCE(SUM(posts), 0) AS n FROM post_stats",
        "SELECT COALESCE(SUM(posts), 0) AS n FROM term_stats",
        "SELECT count(*) AS n FROM photos",
        "SELECT count(*) AS n FROM products",
        "SELECT count(*) AS n FROM seedings",
        "SELECT count(received_at) AS n FROM seedings",
        "SELECT count(*) AS n FROM products WHERE released",
        "SELECT COALESCE(SUM(length(name) + length(note)), 0) AS n FROM products",
        "SELECT count(*) AS n FROM activities",
        "SELECT count(published_at) + count(closes_at) + count(thumb_key) AS n FROM activities",
        "SELECT COALESCE(SUM(length(title) + length(instructions) + responses), 0) AS n FROM activities",
        "SELECT count(*) AS n FROM activity_tasks",
        "SELECT COALESCE(SUM(position + length(prompt) + length(options)), 0) AS n FROM activity_tasks",
        "SELECT count(*) AS n FROM activity_responses",
        "SELECT COALESCE(SUM(length(answers)), 0) AS n FROM activity_responses",
        "SELECT COALESCE(SUM(answers), 0) AS n FROM activity_stats",
        "SELECT count(*) AS n FROM answer_photos",
        "SELECT COALESCE(SUM(answers), 0) AS n FROM activity_terms",
        "SELECT count(*) AS n FROM card_pictures",
        "SELECT count(*) AS n FROM outbox",
        "SELECT count(*) AS n FROM audit_log",
    ]
    .iter()
    .map(|sql| app.count(sql))
    .collect()
}

#[tokio::test]
async fn hostile_requests_to_every_route_as_every_role_are_refused_cleanly() {
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| rand::thread_rng().r#gen::<u64>());
    eprintln!("fuzz seed {seed} (FUZZ_SEED={seed} replays it)");
    let mut rng = StdRng::seed_from_u64(seed);

    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let member = app.join(&link, "Mila", "Berlin", "2008").await;
    let home = member.get("/me").await;
    member
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "A first post to aim at")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let post_id = app.count("SELECT max(id) AS n FROM posts");
    let product_id = app.add_product(&manager, brand_id, "Tango Ball").await;
    let activity = app.open_activity(&manager, cohort_id, "Vote").await;
    let activity_id = activity.rsplit('/').next().unwrap().to_string();
    let task_id = app.count("SELECT max(id) AS n FROM activity_tasks");
    let member_id = app.count("SELECT max(id) AS n FROM members");
    let manager_id = app.count("SELECT max(id) AS n FROM users WHERE role = 'manager'");
    let invite_id = app.count("SELECT max(id) AS n FROM invites");
    let admin = app.signed_in_admin().await;
    let observer = app.observer_of(brand_id, "observer@stride.test").await;
    let observer_id = app.count("SELECT max(id) AS n FROM users WHERE role = 'observer'");

    let csrf_of = |page: crate::helpers::Response| page.csrf();
    let anonymous = app.client();
    let roles = [
        Role {
            name: "anonymous",
            csrf: csrf_of(anonymous.get("/login").await),
            client: anonymous,
        },
        Role {
            name: "member",
            csrf: csrf_of(member.get("/me").await),
            client: member,
        },
        Role {
            name: "manager",
            csrf: csrf_of(manager.get("/account").await),
            client: manager,
        },
        Role {
            name: "admin",
            csrf: csrf_of(admin.get("/admin").await),
            client: admin,
        },
        Role {
            name: "observer",
            csrf: csrf_of(observer.get(&format!("/brands/{brand_id}/releases")).await),
            client: observer,
        },
    ];

    // Every route; those that end a session or remove people come last.
    let join = link.clone();
    let routes: Vec<(&str, String)> = vec![
        ("GET", "/".into()),
        ("GET", "/healthz".into()),
        ("GET", "/static/style.css".into()),
        ("GET", "/login".into()),
        ("POST", "/login".into()),
        ("GET", "/login/code".into()),
        ("POST", "/login/code".into()),
        ("GET", "/setup/{code}".into()),
        ("GET", "/metrics".into()),
        ("POST", "/setup/{code}".into()),
        ("GET", "/link".into()),
        ("POST", "/link".into()),
        ("GET", join.clone()),
        ("POST", join.clone()),
        ("GET", "/m/{token}".into()),
        ("POST", "/m/{token}".into()),
        ("GET", "/account".into()),
        ("POST", "/account/zone".into()),
        ("POST", "/account/password".into()),
        ("GET", "/account/two-step".into()),
        ("POST", "/account/two-step".into()),
        ("POST", "/account/two-step/off".into()),
        ("POST", "/account/recovery-codes".into()),
        ("GET", "/admin".into()),
        ("GET", "/admin/accounts".into()),
        ("GET", "/admin/audit".into()),
        ("GET", "/admin/outbox".into()),
        ("POST", "/admin/outbox/{id}/retry".into()),
        ("POST", "/admin/brands".into()),
        ("POST", "/admin/managers".into()),
        ("POST", format!("/admin/brands/{brand_id}/threshold")),
        ("POST", format!("/admin/brands/{brand_id}/privacy")),
        ("GET", format!("/cohorts/{cohort_id}/releases.{{format}}")),
        ("GET", format!("/brands/{brand_id}/releases.{{format}}")),
        ("GET", format!("/brands/{brand_id}")),
        ("GET", format!("/brands/{brand_id}/cohorts/new")),
        ("POST", format!("/brands/{brand_id}/target")),
        ("POST", format!("/brands/{brand_id}/cohorts")),
        ("GET", format!("/brands/{brand_id}/summary")),
        ("GET", format!("/brands/{brand_id}/releases")),
        ("GET", format!("/cohorts/{cohort_id}/releases")),
        ("GET", format!("/brands/{brand_id}/observers")),
        ("GET", format!("/brands/{brand_id}/team")),
        ("POST", format!("/brands/{brand_id}/team")),
        ("POST", format!("/brands/{brand_id}/observers")),
        (
            "GET",
            format!("/brands/{brand_id}/observers/{observer_id}/remove"),
        ),
        ("GET", format!("/brands/{brand_id}/products")),
        ("POST", format!("/brands/{brand_id}/products")),
        (
            "GET",
            format!("/brands/{brand_id}/products/{product_id}/edit"),
        ),
        ("POST", format!("/brands/{brand_id}/products/{product_id}")),
        (
            "GET",
            format!("/brands/{brand_id}/products/{product_id}/delete"),
        ),
        ("GET", format!("/products/{product_id}/{{size}}")),
        ("GET", format!("/brands/{brand_id}/drops")),
        ("POST", format!("/brands/{brand_id}/drops")),
        ("GET", format!("/brands/{brand_id}/drops/{{id}}/delete")),
        ("POST", format!("/brands/{brand_id}/drops/{{id}}/delete")),
        ("GET", format!("/brands/{brand_id}/shares")),
        ("POST", format!("/brands/{brand_id}/drops/sites")),
        ("POST", format!("/brands/{brand_id}/look")),
        ("GET", "/brands/{id}/look.css".into()),
        ("POST", format!("/brands/{brand_id}/logo")),
        ("GET", "/brands/{id}/logo.png".into()),
        ("POST", format!("/brands/{brand_id}/drops/sites/remove")),
        ("GET", "/drops/{id}/{size}".into()),
        ("GET", "/me/share".into()),
        ("POST", "/me/share".into()),
        ("POST", "/me/share/{id}".into()),
        ("GET", "/s/{code}".into()),
        ("GET", format!("/cohorts/{cohort_id}/seeding")),
        ("POST", format!("/cohorts/{cohort_id}/seeding")),
        ("POST", format!("/cohorts/{cohort_id}/seeding/import")),
        ("POST", "/me/sent/{id}/received".into()),
        ("GET", format!("/cohorts/{cohort_id}/activities")),
        ("POST", format!("/cohorts/{cohort_id}/activities")),
        ("GET", activity.clone()),
        ("POST", activity.clone()),
        ("POST", format!("{activity}/tasks")),
        ("GET", format!("{activity}/tasks/{task_id}/edit")),
        ("POST", format!("{activity}/tasks/{task_id}")),
        ("POST", format!("{activity}/tasks/{task_id}/up")),
        ("POST", format!("{activity}/tasks/{task_id}/pictures")),
        ("GET", format!("{activity}/tasks/{task_id}/remove")),
        ("POST", format!("{activity}/publish")),
        ("GET", format!("{activity}/close")),
        ("GET", format!("{activity}/delete")),
        ("POST", format!("{activity}/delete")),
        ("POST", format!("{activity}/copy")),
        ("GET", format!("{activity}/report")),
        ("GET", format!("{activity}/release")),
        ("GET", format!("{activity}/release.{{format}}")),
        ("GET", format!("/me/activities/{activity_id}")),
        ("POST", format!("/me/activities/{activity_id}")),
        ("GET", "/me/activities/{id}".into()),
        ("GET", "/answers/photos/{id}/{size}".into()),
        ("GET", format!("/activities/{activity_id}/picture/display")),
        ("GET", "/activities/{id}/picture/{size}".into()),
        ("GET", "/activity-cards/{task}/{card}/{size}".into()),
        ("GET", "/activity-cards/1/0/display".into()),
        (
            "POST",
            format!("/cohorts/{cohort_id}/activities/{{id}}/tasks"),
        ),
        ("GET", format!("/cohorts/{cohort_id}")),
        ("GET", format!("/cohorts/{cohort_id}/feed")),
        ("GET", format!("/cohorts/{cohort_id}/posts.csv")),
        ("GET", format!("/cohorts/{cohort_id}/summary")),
        ("GET", format!("/cohorts/{cohort_id}/members")),
        ("GET", format!("/cohorts/{cohort_id}/invites")),
        ("GET", format!("/cohorts/{cohort_id}/edit")),
        ("GET", format!("/cohorts/{cohort_id}/close")),
        ("POST", format!("/cohorts/{cohort_id}/reopen")),
        ("POST", format!("/cohorts/{cohort_id}/edit")),
        ("GET", format!("/cohorts/{cohort_id}/photos.zip")),
        ("GET", format!("/cohorts/{cohort_id}/highlights")),
        ("GET", format!("/cohorts/{cohort_id}/highlights.zip")),
        (
            "POST",
            format!("/cohorts/{cohort_id}/posts/{post_id}/highlight"),
        ),
        ("POST", format!("/cohorts/{cohort_id}/invites/link")),
        ("POST", format!("/cohorts/{cohort_id}/invites/csv")),
        ("POST", format!("/cohorts/{cohort_id}/invites/emails")),
        ("POST", format!("/cohorts/{cohort_id}/posts/{post_id}/hide")),
        (
            "POST",
            format!("/cohorts/{cohort_id}/posts/{post_id}/unhide"),
        ),
        (
            "POST",
            format!("/cohorts/{cohort_id}/posts/{post_id}/label"),
        ),
        (
            "GET",
            format!("/cohorts/{cohort_id}/invites/{invite_id}/revoke"),
        ),
        (
            "GET",
            format!("/cohorts/{cohort_id}/invites/{invite_id}/link"),
        ),
        (
            "GET",
            format!("/cohorts/{cohort_id}/members/{member_id}/remove"),
        ),
        ("GET", "/me".into()),
        ("POST", "/me/posts".into()),
        ("GET", format!("/me/posts/{post_id}/edit")),
        ("POST", format!("/me/posts/{post_id}")),
        ("GET", format!("/me/posts/{post_id}/delete")),
        ("GET", format!("/me/posts/{post_id}/report")),
        ("POST", format!("/me/posts/{post_id}/report")),
        ("GET", format!("/cohorts/{cohort_id}/reports")),
        ("POST", format!("/cohorts/{cohort_id}/posts/{post_id}/keep")),
        ("GET", "/me/account".into()),
        ("POST", "/me/nudges".into()),
        ("POST", "/me/zone".into()),
        ("POST", "/language".into()),
        ("GET", "/me/data.json".into()),
        ("GET", "/me/leave".into()),
        ("GET", format!("/photos/{post_id}/{{size}}")),
        (
            "GET",
            format!("/unsubscribe/nudges/{member_id}/{{signature}}"),
        ),
        (
            "POST",
            format!("/unsubscribe/nudges/{member_id}/{{signature}}"),
        ),
        (
            "POST",
            format!("/cohorts/{cohort_id}/invites/{invite_id}/resend"),
        ),
        (
            "POST",
            format!("/cohorts/{cohort_id}/invites/{invite_id}/revoke"),
        ),
        ("POST", format!("/me/posts/{post_id}/delete")),
        ("POST", format!("{activity}/tasks/{task_id}/remove")),
        ("POST", format!("{activity}/close")),
        (
            "POST",
            format!("/brands/{brand_id}/products/{product_id}/delete"),
        ),
        ("POST", format!("/admin/users/{manager_id}/disable")),
        ("POST", format!("/admin/users/{manager_id}/enable")),
        ("POST", format!("/admin/users/{manager_id}/two-step-off")),
        (
            "POST",
            format!("/cohorts/{cohort_id}/members/{member_id}/remove"),
        ),
        (
            "POST",
            format!("/brands/{brand_id}/observers/{observer_id}/remove"),
        ),
        ("POST", "/me/leave".into()),
        ("POST", format!("/cohorts/{cohort_id}/close")),
        ("POST", "/logout".into()),
    ];

    let raw = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut answers: std::collections::BTreeMap<u16, usize> = Default::default();
    for (method, template) in &routes {
        for role in &roles {
            for _ in 0..4 {
                // Placeholders and ids get hostile values too, now and then.
                let mut path = template.clone();
                for slot in ["{token}", "{id}", "{format}", "{size}", "{signature}"] {
                    let value = match rng.gen_range(0..4) {
                        0 => url_value(&mut rng),
                        1 => "0".into(),
                        2 => "99999999999999999999".into(),
                        _ => ["csv", "thumb", "display", "json", "xlsx", "abc"]
                            [rng.gen_range(0..6)]
                        .into(),
                    };
                    path = path.replace(slot, &value);
                }
                if rng.gen_bool(0.2) {
                    path.push_str(&format!("?page={}", url_value(&mut rng)));
                }
                let before = digest(&app);
                let url = format!("{}{path}", app.address);
                let form = if *method == "GET" {
                    None
                } else {
                    Some(match rng.gen_range(0..10) {
                        0 => (
                            "multipart/form-data; boundary=XyZ",
                            b"--XyZ\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nunterminated".to_vec(),
                        ),
                        1 => ("application/json", br#"{"body": "<script>"}"#.to_vec()),
                        2 => ("text/plain", vec![0xFF; 64]),
                        _ => ("application/x-www-form-urlencoded", form_body(&mut rng, &role.csrf)),
                    })
                };
                // Now and then cookies that are not ours (or far too many), or a
                // foreign origin.
                let bad_cookie = rng.gen_range(0..12) == 0;
                let client = if bad_cookie { &raw } else { &role.client.http };
                let mut request = match &form {
                    None => client.get(&url),
                    Some((content_type, body)) => client
                        .post(&url)
                        .header(CONTENT_TYPE, *content_type)
                        .body(body.clone()),
                };
                if bad_cookie {
                    request = request.header(
                        COOKIE,
                        format!("cohorts={}", "A".repeat(rng.gen_range(1..6000))),
                    );
                } else if rng.gen_range(0..12) == 0 {
                    request = request.header(ORIGIN, "https://evil.example");
                }
                let response = request.send().await.unwrap();
                let status = response.status();
                let body = response.text().await.unwrap_or_default();
                *answers.entry(status.as_u16()).or_default() += 1;
                assert!(
                    status.as_u16() < 500,
                    "{} {method} {path} (bad cookie: {bad_cookie}) answered {status}: {body}",
                    role.name
                );
                // The one script tag a page may carry is Cohorts' own.
                assert!(
                    !body.replace(APP_SCRIPT, "").contains("<script"),
                    "{} {method} {path} echoed a script tag",
                    role.name
                );
                if status.is_client_error() {
                    assert_eq!(
                        digest(&app),
                        before,
                        "{} {method} {path} was refused ({status}) but changed rows",
                        role.name
                    );
                }
            }
        }
    }
    // Fields of 10 MB: refused as too large by every form.
    for (method, path) in routes.iter().filter(|(m, _)| *m == "POST") {
        let before = digest(&app);
        let mut body = b"csrf_token=x&body=".to_vec();
        body.resize(10 * 1024 * 1024, b'a');
        let response = roles[1]
            .client
            .http
            .post(format!("{}{path}", app.address))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await;
        if let Ok(response) = response {
            let status = response.status();
            assert!(
                status.is_client_error(),
                "{method} {path} with 10 MB answered {status}"
            );
        }
        assert_eq!(
            digest(&app),
            before,
            "{method} {path} with 10 MB changed rows"
        );
    }
    eprintln!("answers to hostile requests, by status: {answers:?}");
    // The requests reached every layer: the origin and CSRF checks (403), the
    // routes' own lookups (404) and the forms' validators (400, 422).
    for layer in [400, 403, 404, 422] {
        assert!(
            answers.get(&layer).is_some_and(|n| *n > 0),
            "no {layer} among {answers:?}"
        );
    }
}
