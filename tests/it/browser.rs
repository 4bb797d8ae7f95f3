#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Journeys in real headless Chromium. They run when chromedriver is installed
//! (`/usr/bin/chromedriver`, or CHROMEDRIVER); with COHORTS_REQUIRE_BROWSER=1 a
//! missing browser is a failure instead of a skip.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

use cohorts::domain::look::{contrast, luminance};

use crate::helpers::{PASSWORD, TestApp, local_in};

const PHONE_WIDTH: u32 = 390;

struct Browser {
    client: Client,
    /// chromedriver, leading a process group of its own with the browser it
    /// started, so that the whole group ends with the test.
    driver: Child,
    _profile: tempfile::TempDir,
}

/// Ends chromedriver and every browser process it started: killing
/// chromedriver alone would leave Chromium running.
fn end_group(driver: &mut Child) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", driver.id())])
        .status();
    let _ = driver.kill();
    let _ = driver.wait();
}

impl Drop for Browser {
    fn drop(&mut self) {
        end_group(&mut self.driver);
    }
}

fn chromedriver_path() -> Option<String> {
    let path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    if std::path::Path::new(&path).exists() {
        return Some(path);
    }
    if std::env::var("COHORTS_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!("COHORTS_REQUIRE_BROWSER=1 but chromedriver is not at {path}");
    }
    eprintln!("browser test skipped: no chromedriver at {path}");
    None
}

/// Stride's "Tango Squad" (150 seats): the brand's id, its signed-in
/// manager, the cohort's id and a join link for 20.
async fn tango_squad(app: &TestApp) -> (i64, crate::helpers::Client, i64, String) {
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app
        .create_cohort(&manager, brand_id, "Tango Squad", 150)
        .await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    (brand_id, manager, cohort_id, link)
}

/// What an everyday desktop Chrome says it is.
const DESKTOP_CHROME: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

async fn browser(width: u32, height: u32) -> Option<Browser> {
    browser_with(width, height, &[]).await
}

/// A browser started with `extra` arguments besides the usual ones.
async fn browser_with(width: u32, height: u32, extra: &[&str]) -> Option<Browser> {
    let path = chromedriver_path()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut driver = Command::new(path)
        .arg(format!("--port={port}"))
        .process_group(0)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile = tempfile::tempdir().unwrap();
    let capabilities = serde_json::json!({
        "goog:chromeOptions": {
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", profile.path().display()),
            ]
        }
    });
    let mut capabilities = capabilities;
    if let Some(args) = capabilities["goog:chromeOptions"]["args"].as_array_mut() {
        args.extend(extra.iter().map(|arg| serde_json::json!(arg)));
    }
    let capabilities = capabilities.as_object().unwrap().clone();
    let url = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(capabilities.clone());
        if let Ok(client) = builder.connect(&url).await {
            client.set_window_size(width, height).await.unwrap();
            return Some(Browser {
                client,
                driver,
                _profile: profile,
            });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    end_group(&mut driver);
    panic!("chromedriver did not answer on {url}");
}

async fn fill(c: &Client, css: &str, text: &str) {
    let field = c.find(Locator::Css(css)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn select(c: &Client, css: &str, value: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .select_by_value(value)
        .await
        .unwrap();
}

async fn page_text(c: &Client) -> String {
    match c.find(Locator::Css("body")).await {
        Ok(body) => body.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Waits (up to ten seconds) for the page, after a click, to show `needle`.
async fn wait_for(c: &Client, needle: &str) -> String {
    let mut text = String::new();
    for _ in 0..100 {
        text = page_text(c).await;
        if text.contains(needle) {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the page never showed {needle:?}; it shows:\n{text}");
}

/// Nothing sticks out sideways: the page fits the screen it is shown on.
async fn assert_fits_width(c: &Client, width: u32) {
    let scroll_width = c
        .execute("return document.documentElement.scrollWidth", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    let url = c.current_url().await.unwrap();
    assert!(
        scroll_width <= u64::from(width),
        "{url} is {scroll_width}px wide on a {width}px screen"
    );
}

async fn sign_in(c: &Client, app: &TestApp, email: &str) {
    give_password(c, app, email).await;
    wait_for(c, "Sign out").await;
}

/// The sign-in form, filled in and sent.
async fn give_password(c: &Client, app: &TestApp, email: &str) {
    c.goto(&format!("{}/login", app.address)).await.unwrap();
    fill(c, "#email", email).await;
    fill(c, "#password", PASSWORD).await;
    click(c, "form[action='/login'] button[type=submit]").await;
}

async fn wait_for_element(c: &Client, css: &str) {
    c.wait().for_element(Locator::Css(css)).await.unwrap();
}

#[tokio::test]
async fn browser_manager_creates_cohort_and_invites() {
    let Some(b) = browser(1280, 900).await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (brand_id, _) = app.brand_with_manager("Stride").await;
    let c = &b.client;
    sign_in(c, &app, "manager@stride.test").await;
    wait_for(c, "No cohorts yet").await;
    click(c, &format!("a[href='/brands/{brand_id}/cohorts/new']")).await;
    wait_for_element(c, "#name").await;

    fill(c, "#name", "Tango Squad Berlin").await;
    fill(
        c,
        "#description",
        "Testing the new street ball before launch.",
    )
    .await;
    fill(c, "#theme", "Tango Street Ball").await;
    fill(c, "#cities", "Berlin\nMadrid\nParis").await;
    fill(c, "#capacity", "300").await;
    c.execute(
        "document.getElementById('capacity').removeAttribute('max')",
        vec![],
    )
    .await
    .unwrap();
    click(c, "main form button[type=submit]").await;
    wait_for(c, "A cohort holds between 100 and 250 members.").await;
    let kept = c
        .find(Locator::Css("#name"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("Tango Squad Berlin"));

    fill(c, "#capacity", "200").await;
    click(c, "main form button[type=submit]").await;
    let text = wait_for(c, "Cohort created").await;
    assert!(text.contains("0 of 200 members"));

    fill(c, "#emails", "ana@example.com\nbad address\nbo@example.com").await;
    click(c, "form[action$='/invites/emails'] button").await;
    let text = wait_for(c, "2 invitations sent by email").await;
    assert!(text.contains("1 address was not invited"));
    let links = c
        .find_all(Locator::Css("table.links input.copy"))
        .await
        .unwrap();
    assert_eq!(links.len(), 2);
    let first = links[0].prop("value").await.unwrap().unwrap();
    assert!(
        first.starts_with(&format!("{}/join/", app.address)),
        "{first}"
    );

    fill(c, "#link-label", "Store event").await;
    fill(c, "#link-uses", "50").await;
    click(c, "form[action$='/invites/link'] button").await;
    wait_for(c, "Join link created").await;
    // Shown with a copy button and a QR code that draws.
    let qr = c.find(Locator::Css("img.qr")).await.unwrap();
    let drawn = c
        .execute(
            "const img = document.querySelector('img.qr'); return img.complete && img.naturalWidth >= 240;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(drawn, serde_json::json!(true));
    assert!(qr.is_displayed().await.unwrap());
    assert!(
        c.find(Locator::Css("button[data-copy='created-1']"))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap()
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM invites"), 3);
}

#[tokio::test]
async fn browser_member_joins_on_a_phone_and_posts_a_review() {
    let Some(b) = browser(PHONE_WIDTH, 844).await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (brand_id, manager, _, link) = tango_squad(&app).await;
    let ball = app
        .add_product(&manager, brand_id, "Tango Street Ball")
        .await;
    let c = &b.client;

    c.goto(&format!("{}{link}", app.address)).await.unwrap();
    wait_for(c, "You are invited by Stride").await;
    assert_fits_width(c, PHONE_WIDTH).await;
    fill(c, "#display_name", "Mila").await;
    select(c, "#city", "Madrid").await;
    select(c, "#birth_month", "5").await;
    fill(c, "#birth_year", "2008").await;
    select(c, "#country", "ES").await;
    click(c, "button[type=submit]").await;
    // Consent was not given: the form comes back with the typed values.
    wait_for(c, "Please read and tick this box to join.").await;
    let kept = c
        .find(Locator::Css("#display_name"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("Mila"));
    // What went wrong is said where the page opens, not 1,000 px below.
    let summary_in_view = c
        .execute(
            "const r = document.getElementById('error-summary').getBoundingClientRect(); \
             return r.top >= 0 && r.bottom <= window.innerHeight;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(summary_in_view, serde_json::json!(true));
    click(c, "#error-summary a[href='#consent']").await;
    click(c, "#consent").await;
    click(c, "button[type=submit]").await;
    wait_for(c, "Welcome to Tango Squad!").await;
    assert_fits_width(c, PHONE_WIDTH).await;
    // The script served under the page's policy shows the copy button, and
    // the button answers.
    let copy = c
        .find(Locator::Css("button[data-copy='access-link']"))
        .await
        .unwrap();
    assert!(
        copy.is_displayed().await.unwrap(),
        "the copy button is shown"
    );
    copy.click().await.unwrap();
    wait_for(c, "Copied").await;
    click(c, "a[href='/me']").await;

    wait_for(c, "Be the first").await;
    assert_fits_width(c, PHONE_WIDTH).await;
    // The page opens on the feed: the form is one tap away, and shows
    // product, stars and title only for a review.
    let shown = |css: &'static str| async move {
        c.find(Locator::Css(css))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap()
    };
    assert!(!shown("#body").await, "the form waits behind its button");
    click(c, "#share summary").await;
    assert!(shown("#body").await);
    assert!(!shown("#title").await, "no review fields for a plain post");
    click(c, "#kind-review").await;
    assert!(shown("#title").await);
    select(c, "#product", &ball).await;
    select(c, "#rating", "5").await;
    fill(c, "#title", "Grip is fire").await;
    fill(
        c,
        "#body",
        "Played three hours on concrete, still looks new 🔥",
    )
    .await;
    click(c, "form[action='/me/posts'] button[type=submit]").await;
    let text = wait_for(c, "Shared with your cohort.").await;
    assert!(text.contains("Grip is fire"));
    assert!(text.contains("★★★★★"));
    assert_fits_width(c, PHONE_WIDTH).await;
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts WHERE kind = 'review' AND rating = 5"),
        1
    );
}

#[tokio::test]
async fn browser_manager_reads_and_hides_a_post() {
    let Some(b) = browser(1280, 900).await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (_, _, cohort_id, link) = tango_squad(&app).await;
    let member = app.join(&link, "Noah", "Paris", "2007").await;
    let home = member.get("/me").await;
    member
        .post_form(
            "/me/posts",
            &home,
            &[
                ("kind", "post"),
                ("body", "My full name is Noah Example and I live at 5 Rue X"),
            ],
        )
        .await;
    member
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "The ball is so light")],
        )
        .await;

    let c = &b.client;
    sign_in(c, &app, "manager@stride.test").await;
    c.goto(&format!("{}/cohorts/{cohort_id}/feed", app.address))
        .await
        .unwrap();
    let text = wait_for(c, "The ball is so light").await;
    assert!(text.contains("My full name is Noah Example"));
    let post_id = app.count("SELECT id AS n FROM posts WHERE body LIKE 'My full name%'");
    // Hiding is one click away, so it is not pressed by mistake.
    click(c, &format!("#hide-toggle-{post_id}")).await;
    fill(c, &format!("#reason-{post_id}"), "Personal details").await;
    click(c, &format!("form[action$='/posts/{post_id}/hide'] button")).await;
    let text = wait_for(c, "Post hidden: members no longer see it.").await;
    assert!(text.contains("Hidden from members: Personal details"));

    // Gone from the feed; its author (the only poster here) is told why.
    let member_view = member.get("/me").await.body;
    assert!(!member_view.contains(&format!("id=\"post-{post_id}\"")));
    assert!(member_view.contains("The ball is so light"));
    assert!(member_view.contains("One of your posts is not shown to the cohort"));
    assert!(member_view.contains(": Personal details</li>"));
}

/// Sets a field's value as a date picker would (typing into `datetime-local`
/// depends on the browser's locale).
async fn set_value(c: &Client, css: &str, value: &str) {
    c.execute(
        "document.querySelector(arguments[0]).value = arguments[1];",
        vec![css.into(), value.into()],
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn browser_staff_ask_an_activity_members_answer_on_a_phone_and_the_report_shows_it() {
    let app = TestApp::spawn().await;
    let (_, _, cohort_id, link) = tango_squad(&app).await;

    // The manager writes it on a laptop: a poll, a ranking and a photo task.
    let Some(laptop) = browser(1280, 900).await else {
        return;
    };
    let c = &laptop.client;
    sign_in(c, &app, "manager@stride.test").await;
    c.goto(&format!("{}/cohorts/{cohort_id}/activities", app.address))
        .await
        .unwrap();
    wait_for(c, "No activities yet.").await;
    fill(c, "#title", "Boot drop vote").await;
    fill(c, "#instructions", "Pick, rank and show us your pitch.").await;
    set_value(c, "#starts_at", &local_in(-1)).await;
    set_value(c, "#due_at", &local_in(72)).await;
    click(c, "form[action$='/activities'] button[type=submit]").await;
    wait_for(c, "Saved as a draft").await;
    for (kind, prompt, options) in [
        ("single", "Which colourway?", "Core Black\nSolar Red"),
        ("rank", "Rank the boots", "Predator\nCopa\nX"),
        ("photo", "Show us your pitch", ""),
    ] {
        select(c, "#kind", kind).await;
        fill(c, "#prompt", prompt).await;
        fill(c, "#options", options).await;
        click(c, "form[action$='/tasks'] button[type=submit]").await;
        wait_for(c, "The task is added.").await;
    }
    click(c, "form[action$='/publish'] button[type=submit]").await;
    wait_for(c, "Published.").await;
    drop(laptop);

    // A member answers on a phone.
    let Some(phone) = browser(PHONE_WIDTH, 844).await else {
        return;
    };
    let c = &phone.client;
    c.goto(&format!("{}{link}", app.address)).await.unwrap();
    wait_for(c, "You are invited by Stride").await;
    fill(c, "#display_name", "Mila").await;
    select(c, "#city", "Madrid").await;
    select(c, "#birth_month", "5").await;
    fill(c, "#birth_year", "2008").await;
    select(c, "#country", "ES").await;
    click(c, "#consent").await;
    click(c, "button[type=submit]").await;
    wait_for(c, "Welcome to Tango Squad!").await;
    c.goto(&format!("{}/me", app.address)).await.unwrap();
    wait_for(c, "To do").await;
    assert_fits_width(c, PHONE_WIDTH).await;
    click(c, ".todo-list a").await;
    wait_for(c, "Which colourway?").await;
    assert_fits_width(c, PHONE_WIDTH).await;
    click(c, "#task-0-1").await;
    select(c, "#task-1-card-0", "2").await;
    select(c, "#task-1-card-1", "1").await;
    select(c, "#task-1-card-2", "3").await;
    let photo = tempfile::Builder::new().suffix(".jpg").tempfile().unwrap();
    std::fs::write(photo.path(), crate::photos::jpeg(320, 240)).unwrap();
    c.find(Locator::Css("#task-2-photos"))
        .await
        .unwrap()
        .send_keys(&photo.path().display().to_string())
        .await
        .unwrap();
    click(c, "form[action^='/me/activities'] button[type=submit]").await;
    let text = wait_for(c, "Thanks! Your answers are in.").await;
    assert!(text.contains("What the cohort answered so far"));
    assert!(text.contains("Solar Red: 100 %"));
    assert_fits_width(c, PHONE_WIDTH).await;
    drop(phone);

    // The report shows it.
    let Some(laptop) = browser(1280, 900).await else {
        return;
    };
    let c = &laptop.client;
    sign_in(c, &app, "manager@stride.test").await;
    let activity = app.count("SELECT id AS n FROM activities");
    c.goto(&format!(
        "{}/cohorts/{cohort_id}/activities/{activity}/report",
        app.address
    ))
    .await
    .unwrap();
    let text = wait_for(c, "1 member has answered").await;
    assert!(text.contains("Solar Red 1 100 %"), "{text}");
    assert!(text.contains("Copa 1.0 100 %"), "{text}");
    let thumbnail_loaded = c
        .execute(
            "const img = document.querySelector('img[src^=\"/answers/photos/\"]'); \
             return img !== null && img.complete && img.naturalWidth > 0;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(thumbnail_loaded, serde_json::Value::Bool(true));
}

/// Where the screenshot journeys keep their pictures, for people to look at
/// after a run (`target/screenshots/{width}/{page}.png`).
#[tokio::test]
async fn browser_staff_publish_a_drop_a_member_shares_it_and_a_friends_click_reaches_the_report() {
    // The laptop stands in for a friend's browser too, so it says it is an
    // everyday Chrome: a browser without a screen announces itself as
    // "HeadlessChrome", which counts as a machine.
    let Some(laptop) = browser_with(1280, 900, &[&format!("--user-agent={DESKTOP_CHROME}")]).await
    else {
        return;
    };
    let Some(phone) = browser(PHONE_WIDTH, 844).await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (brand_id, _, _, link) = tango_squad(&app).await;
    let staff = &laptop.client;
    sign_in(staff, &app, "manager@stride.test").await;

    // Staff publish a drop.
    staff
        .goto(&format!("{}/brands/{brand_id}/drops", app.address))
        .await
        .unwrap();
    wait_for(staff, "No drops yet").await;
    fill(staff, "#title", "Night run kit").await;
    fill(staff, "#body", "Reflective, light, out now.").await;
    fill(staff, "#tags", "running, night").await;
    click(staff, "form[action$='/drops'] button[type=submit]").await;
    wait_for(staff, "“Night run kit” is published.").await;
    let drop_id = app.count("SELECT MAX(id) AS n FROM drops");

    // Four members of Berlin take links over plain HTTP; the fifth, on a phone,
    // joins and turns sharing on in the browser.
    for n in 0..4 {
        let member = app.join(&link, &format!("Ber{n}"), "Berlin", "2008").await;
        crate::shares::share(&member, drop_id).await;
    }
    let c = &phone.client;
    c.goto(&format!("{}{link}", app.address)).await.unwrap();
    wait_for(c, "You are invited by Stride").await;
    fill(c, "#display_name", "Mila").await;
    select(c, "#city", "Berlin").await;
    select(c, "#birth_month", "3").await;
    fill(c, "#birth_year", "2008").await;
    select(c, "#country", "DE").await;
    click(c, "#consent").await;
    click(c, "button[type=submit]").await;
    wait_for(c, "Welcome to Tango Squad!").await;
    click(c, "a[href='/me']").await;
    wait_for(c, "Be the first").await;
    click(c, "header a[href='/me/share']").await;
    wait_for(c, "Sharing is off").await;
    assert_fits_width(c, PHONE_WIDTH).await;
    click(c, "#sharing-toggle").await;
    wait_for(c, "Sharing is on").await;
    click(c, &format!("form[action='/me/share/{drop_id}'] button")).await;
    wait_for_element(c, &format!("#link-{drop_id}")).await;
    let copy = c
        .find(Locator::Css(&format!("button[data-copy='link-{drop_id}']")))
        .await
        .unwrap();
    copy.click().await.unwrap();
    wait_for(c, "Copied").await;
    assert_fits_width(c, PHONE_WIDTH).await;
    let shared = c
        .find(Locator::Css(&format!("#link-{drop_id}")))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(
        shared.starts_with(&format!("{}/s/", app.address)),
        "{shared}"
    );

    // A friend opens it (the laptop's browser stands in for the friend's phone:
    // the landing page reads no session).
    staff.goto(&shared).await.unwrap();
    wait_for(staff, "Night run kit").await;
    wait_for(staff, "Pass it on").await;
    let cookies = staff.get_all_cookies().await.unwrap();
    assert!(
        cookies
            .iter()
            .all(|c| c.name() != "share" && c.path() != Some("/s")),
        "the landing page sets no cookie"
    );

    // The member's own headless browser opening it is a machine's visit.
    c.goto(&shared).await.unwrap();
    wait_for(c, "Night run kit").await;

    // The report shows the click in the members' segment, five of them sharing.
    for _ in 0..50 {
        if app.count("SELECT COUNT(*) AS n FROM share_visits") == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM share_visits WHERE preview = false"),
        1
    );
    staff
        .goto(&format!("{}/brands/{brand_id}/shares", app.address))
        .await
        .unwrap();
    let report = wait_for(staff, "By the sharers' city and age band").await;
    assert!(report.contains("Berlin · "), "{report}");
    let segments = staff
        .find(Locator::Css("#segments tbody"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        segments.starts_with("Berlin · ") && segments.ends_with("5 1 0.2 1 1"),
        "{segments}"
    );
}

fn screenshot_dir(width: u32) -> std::path::PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("screenshots").join(width.to_string())
}

/// Opens each page, checks it fits the screen's width, and keeps a screenshot
/// of it named `name`.
async fn shoot(c: &Client, app: &TestApp, width: u32, pages: &[(&str, String)]) {
    let dir = screenshot_dir(width);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, path) in pages {
        c.goto(&format!("{}{path}", app.address)).await.unwrap();
        wait_for_element(c, "main").await;
        let text = page_text(c).await;
        assert!(
            !text.contains("Page not found") && !text.contains("Something went wrong"),
            "{path} did not open: {text}"
        );
        assert_fits_width(c, width).await;
        let png = c.screenshot().await.unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{name} is a PNG");
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

/// A manager turns two-step sign-in on in the browser, sees the recovery
/// codes (fitting a phone's width too), and later signs in with one of them
/// instead of the app's code.
#[tokio::test]
async fn browser_manager_keeps_recovery_codes_and_signs_in_with_one() {
    let app = TestApp::spawn().await;
    for (width, brand) in [(PHONE_WIDTH, "Stride"), (1280, "Pace")] {
        let Some(b) = browser(width, 900).await else {
            return;
        };
        let c = &b.client;
        app.brand_with_manager(brand).await;
        let email = format!("manager@{}.test", brand.to_lowercase());
        sign_in(c, &app, &email).await;
        c.goto(&format!("{}/account/two-step", app.address))
            .await
            .unwrap();
        let key = c
            .find(Locator::Css("#two-step-key"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        fill(c, "#code", &crate::security::app_code(key.trim())).await;
        click(c, "form[action='/account/two-step'] button[type=submit]").await;
        wait_for(c, "Two-step sign-in is on").await;
        let codes = c
            .find_all(Locator::Css("#recovery-codes code"))
            .await
            .unwrap();
        assert_eq!(codes.len(), 10);
        let code = codes[4].text().await.unwrap();
        assert_fits_width(c, width).await;
        let dir = screenshot_dir(width);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("recovery-codes.png"),
            c.screenshot().await.unwrap(),
        )
        .unwrap();

        click(c, "form[action='/logout'] button[type=submit]").await;
        give_password(c, &app, &email).await;
        wait_for(c, "or a recovery code").await;
        assert_fits_width(c, width).await;
        std::fs::write(dir.join("sign-in-code.png"), c.screenshot().await.unwrap()).unwrap();
        fill(c, "#code", &code).await;
        click(c, "form[action='/login/code'] button[type=submit]").await;
        wait_for(c, "Sign out").await;
        c.goto(&format!("{}/account", app.address)).await.unwrap();
        wait_for(c, "9 recovery codes are left").await;
    }
}

#[tokio::test]
async fn browser_screenshots_of_every_page_at_phone_and_laptop_widths() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, cohort_id, link) = tango_squad(&app).await;
    let ball = app
        .add_product(&manager, brand_id, "Tango Street Ball")
        .await;
    app.open_activity(&manager, cohort_id, "Pick the colour")
        .await;
    let mut personal = String::new();
    for (name, city, year) in [
        ("Mila", "Madrid", "2008"),
        ("Noah", "Berlin", "2007"),
        ("Ines", "Paris", "2009"),
    ] {
        let member = crate::helpers::Client::new(&app.address);
        let page = member.get(&link).await;
        let welcome = member
            .post_form(&link, &page, &crate::helpers::join_fields(name, city, year))
            .await;
        personal = welcome.access_path();
        crate::helpers::post_as(
            &member,
            &[
                ("kind", "review"),
                ("product", &ball),
                ("rating", "4"),
                ("title", "Good grip"),
                ("body", "Great grip, light and fast"),
            ],
        )
        .await;
        crate::helpers::post_as(
            &member,
            &[
                ("kind", "post"),
                ("body", "Training in the rain was fun anyway"),
            ],
        )
        .await;
    }
    let drop_id = crate::shares::publish(
        &app,
        &manager,
        brand_id,
        &[
            ("title", "Night run kit"),
            ("body", "Out now."),
            ("tags", "running"),
        ],
    )
    .await;
    let sharer = app.join(&link, "Lea", "Berlin", "2008").await;
    let shared = crate::shares::share(&sharer, drop_id).await;
    let staff_pages: Vec<(&str, String)> = vec![
        ("brand-home", format!("/brands/{brand_id}")),
        ("brand-drops", format!("/brands/{brand_id}/drops")),
        ("brand-share-report", format!("/brands/{brand_id}/shares")),
        ("cohort-overview", format!("/cohorts/{cohort_id}")),
        ("cohort-summary", format!("/cohorts/{cohort_id}/summary")),
        ("cohort-feed", format!("/cohorts/{cohort_id}/feed")),
        (
            "cohort-highlights",
            format!("/cohorts/{cohort_id}/highlights"),
        ),
        ("cohort-invites", format!("/cohorts/{cohort_id}/invites")),
        ("cohort-members", format!("/cohorts/{cohort_id}/members")),
        (
            "cohort-activities",
            format!("/cohorts/{cohort_id}/activities"),
        ),
        ("cohort-reports", format!("/cohorts/{cohort_id}/reports")),
        (
            "cohort-products-sent",
            format!("/cohorts/{cohort_id}/seeding"),
        ),
        ("cohort-edit", format!("/cohorts/{cohort_id}/edit")),
        ("cohort-close", format!("/cohorts/{cohort_id}/close")),
        ("brand-products", format!("/brands/{brand_id}/products")),
        ("brand-team", format!("/brands/{brand_id}/team")),
        ("brand-observers", format!("/brands/{brand_id}/observers")),
        ("brand-releases", format!("/brands/{brand_id}/releases")),
        ("brand-summary", format!("/brands/{brand_id}/summary")),
        ("new-cohort", format!("/brands/{brand_id}/cohorts/new")),
        ("account", "/account".to_string()),
        ("two-step-setup", "/account/two-step".to_string()),
    ];
    let member_pages: Vec<(&str, String)> = vec![
        ("member-home", "/me".to_string()),
        ("member-account", "/me/account".to_string()),
        ("member-drops", "/me/share".to_string()),
    ];
    let public_pages: Vec<(&str, String)> = vec![
        ("sign-in", "/login".to_string()),
        ("join", link.clone()),
        ("get-your-link-again", "/link".to_string()),
        ("share-link-landing", shared.clone()),
    ];
    for width in [PHONE_WIDTH, 1280] {
        let Some(b) = browser(width, 900).await else {
            return;
        };
        let c = &b.client;
        shoot(c, &app, width, &public_pages).await;
        sign_in(c, &app, "manager@stride.test").await;
        shoot(c, &app, width, &staff_pages).await;
        // Staff opening a member's link are asked first.
        c.goto(&format!("{}{personal}", app.address)).await.unwrap();
        wait_for(c, "You are signed in as staff").await;
        click(c, &format!("form[action='{personal}'] button[type=submit]")).await;
        wait_for(c, "Tango Squad").await;
        shoot(c, &app, width, &member_pages).await;
    }
    let kept = std::fs::read_dir(screenshot_dir(1280)).unwrap().count();
    assert!(kept >= staff_pages.len() + member_pages.len() + public_pages.len());
}

/// The colour [r, g, b] of `property` of the first element `css` picks, as
/// the browser works it out.
async fn computed_colour(c: &Client, css: &str, property: &str) -> [u8; 3] {
    let value = c
        .execute(
            "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]]",
            vec![serde_json::json!(css), serde_json::json!(property)],
        )
        .await
        .unwrap();
    let text = value.as_str().unwrap_or_default().to_string();
    let numbers: Vec<u8> = text
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')')
        .split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect();
    assert!(numbers.len() >= 3, "{css} {property}: {text}");
    [numbers[0], numbers[1], numbers[2]]
}

/// A phone set to dark mode gets dark pages, staff's and members' alike,
/// with text and buttons that stay readable.
#[tokio::test]
async fn browser_pages_follow_a_phone_set_to_dark_mode() {
    let Some(b) = browser_with(PHONE_WIDTH, 844, &["--force-dark-mode"]).await else {
        return;
    };
    let app = TestApp::spawn().await;
    let (brand_id, _, cohort_id, link) = tango_squad(&app).await;
    let member = crate::helpers::Client::new(&app.address);
    let page = member.get(&link).await;
    let welcome = member
        .post_form(
            &link,
            &page,
            &crate::helpers::join_fields("Mila", "Madrid", "2008"),
        )
        .await;
    let personal = welcome.access_path();
    let c = &b.client;
    c.goto(&format!("{}/login", app.address)).await.unwrap();
    let dark = c
        .execute(
            "return matchMedia('(prefers-color-scheme: dark)').matches",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        dark,
        serde_json::json!(true),
        "the browser asks for dark pages"
    );
    sign_in(c, &app, "manager@stride.test").await;
    for (name, path) in [
        ("brand", format!("/brands/{brand_id}")),
        ("feed", format!("/cohorts/{cohort_id}/feed")),
        ("join", link.clone()),
        ("member", personal),
    ] {
        c.goto(&format!("{}{path}", app.address)).await.unwrap();
        wait_for_element(c, "main").await;
        let background = computed_colour(c, "body", "backgroundColor").await;
        let text = computed_colour(c, "body", "color").await;
        assert!(
            luminance(background) < 0.05,
            "{path}: background {background:?}"
        );
        assert!(
            contrast(text, background) >= 7.0,
            "{path}: text {text:?} on {background:?}"
        );
        if c.find(Locator::Css("button")).await.is_ok() {
            let face = computed_colour(c, "button", "backgroundColor").await;
            let label = computed_colour(c, "button", "color").await;
            assert!(
                contrast(face, label) >= 4.5,
                "{path}: button {label:?} on {face:?}"
            );
        }
        assert_fits_width(c, PHONE_WIDTH).await;
        let dir = screenshot_dir(PHONE_WIDTH).join("dark");
        std::fs::create_dir_all(&dir).unwrap();
        let png = c.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}
