#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The `cohorts` binary itself: the quick start's `serve`, `create-admin` and `demo`.

use std::io::{BufRead, Write};
use std::process::Stdio;
use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{Client, TestDb, cohorts_command};

/// `cohorts serve` with nothing configured: SQLite in the data folder, a working app.
#[tokio::test]
async fn serve_with_defaults_then_create_admin_and_sign_in() {
    let db = TestDb::create();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = cohorts_command(&db)
        .arg("serve")
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let logged = server.stdout.take().unwrap();
    let (lines, log) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(logged)
            .lines()
            .map_while(Result::ok)
        {
            let _ = lines.send(line);
        }
    });
    let base = format!("http://127.0.0.1:{port}");
    let client = Client::new(&base);
    let mut healthy = None;
    for _ in 0..100 {
        if let Ok(response) = client.http.get(format!("{base}/healthz")).send().await {
            healthy = Some(response.json::<serde_json::Value>().await.unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let healthy = healthy.expect("the server answers");
    assert_eq!(healthy["status"], "ok");
    if !db.is_postgres() {
        assert_eq!(healthy["database"], "sqlite");
        assert!(
            db.dir.path().join("cohorts.db").exists(),
            "the SQLite file is created in DATA_DIR"
        );
    }
    assert!(
        db.dir.path().join("session.key").exists(),
        "the session key is generated once and kept"
    );

    // With no admin yet, the log gives the link that creates one in the browser.
    let setup_line = std::iter::from_fn(|| log.recv_timeout(Duration::from_secs(10)).ok())
        .find(|line| line.contains("/setup/"))
        .expect("the setup link is logged");
    let setup_link = setup_line
        .split_whitespace()
        .find(|word| word.starts_with("http"))
        .unwrap();
    let setup_path = setup_link
        .strip_prefix(&base)
        .expect("on the bound address");
    let setup = client.get(setup_path).await;
    setup.assert_status(StatusCode::OK);
    assert!(setup.body.contains("Create the admin account"));

    let mut create = cohorts_command(&db)
        .args([
            "create-admin",
            "--email",
            "root@cohorts.test",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    create
        .stdin
        .take()
        .unwrap()
        .write_all(b"correct horse battery\n")
        .unwrap();
    let output = create.wait_with_output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("Admin root@cohorts.test is ready"));

    let short = cohorts_command(&db)
        .args([
            "create-admin",
            "--email",
            "x@cohorts.test",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut short = short;
    short.stdin.take().unwrap().write_all(b"short\n").unwrap();
    let output = short.wait_with_output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("at least 10 characters"));

    client
        .login("root@cohorts.test", "correct horse battery")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    client.get("/admin").await.assert_status(StatusCode::OK);
    // Once an admin exists, the setup link says so and creates nothing.
    let done = Client::new(&base).get(setup_path).await;
    done.assert_status(StatusCode::GONE);
    assert!(done.body.contains("Sign in at /login"));
    server.kill().unwrap();
    server.wait().unwrap();
}

/// `cohorts demo`: one brand, three cohorts of 120–250 members over at least six
/// cities and every age band, 3,000+ posts over weeks; a second run adds nothing.
#[tokio::test]
async fn demo_fills_once_and_prints_credentials() {
    let db = TestDb::create();
    let first = cohorts_command(&db).arg("demo").output().unwrap();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let printed = String::from_utf8_lossy(&first.stdout).to_string();
    assert!(printed.contains("manager@stride.example"), "{printed}");
    let password = printed
        .lines()
        .find_map(|l| l.trim().strip_prefix("password: "))
        .unwrap()
        .to_string();

    let app = crate::helpers::TestApp::spawn_on(
        std::sync::Arc::new(db),
        actix_web::cookie::Key::generate(),
    )
    .await;
    assert_eq!(app.count("SELECT count(*) AS n FROM brands"), 1);
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 3);
    assert!(app.count("SELECT count(*) AS n FROM posts") >= 3000);
    assert!(app.count("SELECT count(*) AS n FROM posts WHERE kind = 'review'") >= 500);
    assert!(app.count("SELECT min(members_count) AS n FROM cohorts") >= 120);
    assert!(app.count("SELECT max(members_count) AS n FROM cohorts") <= 250);
    assert!(app.count("SELECT count(DISTINCT city) AS n FROM members") >= 6);
    assert_eq!(
        app.count("SELECT count(DISTINCT age_band) AS n FROM posts"),
        6,
        "every age band"
    );
    let weeks =
        app.count("SELECT count(DISTINCT substr(CAST(created_at AS TEXT), 1, 10)) AS n FROM posts");
    assert!(weeks >= 28, "posts spread over weeks ({weeks} days)");

    let manager = app.client();
    manager
        .login("manager@stride.example", &password)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let brand = manager.get(&manager.get("/").await.location()).await;
    assert!(brand.body.contains("Tango Squad Berlin–Madrid"));

    // Three drops passed on: the share report shows clicks by drop, by
    // segment, by topic and over time, and generations beyond the first.
    assert_eq!(app.count("SELECT count(*) AS n FROM drops"), 3);
    assert!(app.count("SELECT count(*) AS n FROM share_links") >= 200);
    assert!(app.count("SELECT count(*) AS n FROM members WHERE sharing_since IS NOT NULL") >= 100);
    let report = manager.get("/brands/1/shares").await;
    report.assert_status(StatusCode::OK);
    for shown in [
        "Night run kit",
        "Street ball summer tour",
        "Indoor boots colourway vote",
        "music",
    ] {
        assert!(report.body.contains(shown), "{shown} on the share report");
    }
    let clicks: i64 = report
        .body
        .split("id=\"total-clicks\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .and_then(|n| n.replace(',', "").parse().ok())
        .unwrap();
    assert!(clicks > 100, "{clicks} clicks");
    assert!(!report.body.contains("No city and age band has"));
    assert!(app.count("SELECT max(generation) AS n FROM share_totals") >= 2);

    // `cohorts export` writes the released figures and logs it.
    cohorts::services::releases::make_due(
        &mut app.conn(),
        chrono::Utc::now().naive_utc() + chrono::Duration::days(7),
    )
    .unwrap();
    let csv = cohorts_command(&app.db)
        .args(["export", "--cohort", "1", "--format", "csv"])
        .output()
        .unwrap();
    assert!(
        csv.status.success(),
        "{}",
        String::from_utf8_lossy(&csv.stderr)
    );
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.starts_with("\u{feff}cohort,week,city,age_band,product,topic,drop,members,clicks,")
    );
    assert!(csv.lines().count() > 5);
    let out = app.db.dir.path().join("brand.xlsx");
    let xlsx = cohorts_command(&app.db)
        .args([
            "export",
            "--brand",
            "1",
            "--format",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(xlsx.status.success());
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
    let missing = cohorts_command(&app.db)
        .args(["export", "--cohort", "999", "--format", "json"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("there is no cohort 999"));
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM audit_log WHERE actor = 'command line (cohorts export)'"
        ),
        2
    );

    let second = cohorts_command(&app.db).arg("demo").output().unwrap();
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stdout).contains("nothing was duplicated"));
    assert_eq!(app.count("SELECT count(*) AS n FROM cohorts"), 3);
    assert_eq!(app.count("SELECT count(*) AS n FROM brands"), 1);
}

/// `cohorts seed`, the benchmark's generator: rows written in bulk, aggregates
/// exactly what the live path keeps, and the seeded people can sign in and post.
#[tokio::test]
async fn seed_fills_at_scale_with_the_aggregates_the_app_keeps() {
    let db = TestDb::create();
    let tokens = db.dir.path().join("tokens.txt");
    let seed = |db: &TestDb| {
        let mut run = cohorts_command(db)
            .args(["seed", "--posts", "2500", "--posts-per-cohort", "500"])
            .arg("--tokens-out")
            .arg(&tokens)
            .arg("--password-stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        run.stdin
            .take()
            .unwrap()
            .write_all(b"seeded managers' password\n")
            .unwrap();
        run.wait_with_output().unwrap()
    };
    let first = seed(&db);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let printed = String::from_utf8_lossy(&first.stdout).to_string();
    assert!(
        printed.contains("Seeded 2 brands, 5 cohorts, 1250 members and 2500 posts"),
        "{printed}"
    );

    let app = crate::helpers::TestApp::spawn_on(
        std::sync::Arc::new(db),
        actix_web::cookie::Key::generate(),
    )
    .await;
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 2500);
    assert_eq!(app.count("SELECT count(*) AS n FROM members"), 1250);
    assert_eq!(
        app.count("SELECT min(members_count) AS n FROM cohorts"),
        250
    );
    assert_eq!(app.count("SELECT min(uses) AS n FROM invites"), 250);
    assert_eq!(
        app.count("SELECT count(DISTINCT city) AS n FROM members"),
        15
    );
    let days =
        app.count("SELECT count(DISTINCT substr(CAST(created_at AS TEXT), 1, 10)) AS n FROM posts");
    assert!(days > 300, "posts over a year ({days} days)");
    crate::summary::assert_aggregates_match_posts(&app);

    // A seeded member signs in with their link and posts through the app; the
    // live path adds to the bulk-written rows.
    let tokens = std::fs::read_to_string(&tokens).unwrap();
    let tokens: Vec<&str> = tokens.lines().collect();
    assert_eq!(tokens.len(), 250);
    let member = app.client();
    member
        .get(&format!("/m/{}", tokens[0]))
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let home = member.get("/me").await;
    home.assert_status(StatusCode::OK);
    assert!(home.body.contains("Squad 1.1"), "{}", home.body);
    // The first brand's catalogue, made first.
    let ball = app
        .count("SELECT min(id) AS n FROM products WHERE name = 'Tango Street Ball'")
        .to_string();
    member
        .post_form(
            "/me/posts",
            &home,
            &[
                ("kind", "review"),
                ("product", &ball),
                ("rating", "5"),
                ("title", "Tango Street Ball: love it"),
                (
                    "body",
                    "Took them on a 10k run and they feel so light, I love them!",
                ),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    crate::summary::assert_aggregates_match_posts(&app);

    let manager = app.client();
    manager
        .login("manager1@seed.example", "seeded managers' password")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let summary = manager.get("/cohorts/1/summary").await;
    summary.assert_status(StatusCode::OK);
    assert!(summary.body.contains("Berlin"), "{}", summary.body);
    // The second brand's cohorts are not the first manager's.
    manager
        .get("/cohorts/5/summary")
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Seeding the same database again is refused, and changes nothing.
    let again = seed(&app.db);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds seeded data"));
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 2501);
}

/// `cohorts score` writes, per line of its input and in order, the score to four
/// decimals, the label and the language, as the app itself scores the text;
/// text in a language that is not scored has no score.
#[test]
fn score_prints_each_line_s_score_label_and_language_in_order() {
    let db = TestDb::create();
    let texts = [
        "These shoes are amazing, love them!",
        "The sole broke after a week. Terrible.",
        "It arrived on Tuesday",
        "Me encantan, son comodísimas",
        "この靴はとても快適です",
    ];
    // Many lines, so the input is cut into pieces that several threads score
    // and that must come back in order.
    let input: Vec<u8> = texts
        .iter()
        .cycle()
        .take(20_000)
        .flat_map(|text| format!("{text}\n").into_bytes())
        .collect();
    let score = |input: Vec<u8>| {
        let mut child = cohorts_command(&db)
            .arg("score")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // The child may stop reading at a bad line: what it did not read is lost.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let output = child.wait_with_output().unwrap();
        writer.join().unwrap();
        output
    };
    let output = score(input.clone());
    assert!(output.status.success());
    let printed = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 20_000);
    for (line, text) in lines.iter().zip(texts.iter().cycle()) {
        let sentiment = cohorts::sentiment::analyse(text);
        let score = sentiment
            .score
            .map(|s| format!("{s:.4}"))
            .unwrap_or_default();
        assert_eq!(
            *line,
            format!(
                "{score}\t{}\t{}",
                sentiment.label.as_str(),
                sentiment.language
            ),
            "{text}"
        );
    }
    assert!(lines[1].starts_with('-'), "{}", lines[1]);
    assert!(lines[4].starts_with("\tunscored\t"), "{}", lines[4]);

    // A line that is not UTF-8 stops the run with its number; what is
    // printed before it is whole lines, in order.
    let mut broken = input;
    let at = line_start(&broken, 12_344);
    broken.insert(at, 0xFF);
    let output = score(broken);
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("line 12345 of the input is not UTF-8 text"),
        "{error}"
    );
    let printed = String::from_utf8(output.stdout).unwrap();
    assert!(printed.lines().count() < 12_345);
    assert!(printed.is_empty() || printed.ends_with('\n'));
    assert!(
        lines
            .iter()
            .zip(printed.lines())
            .all(|(whole, part)| *whole == part)
    );
}

/// Where line `n` (from 0) of `input` begins.
fn line_start(input: &[u8], n: usize) -> usize {
    input
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(n - 1)
        .map_or(0, |(at, _)| at + 1)
}
