#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Faults survived: the server killed outright while members post, stopped with
//! SIGTERM while requests are in flight, its PostgreSQL connection cut and
//! restored, its PostgreSQL server stopped and started again while members post,
//! and two instances sharing one database.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::helpers::{Client, PASSWORD, ServerProcess, TestApp, TestDb};

/// A one-time form key of the accepted shape, unique to this test run.
fn submission_key(member: usize, n: usize) -> String {
    format!("{:0>32}", format!("m{member}n{n}"))
}

/// Members posting as fast as they can until the server stops answering; gives
/// the keys of the posts it acknowledged with a redirect.
async fn post_until_refused(
    members: Vec<Client>,
    stop: Arc<AtomicBool>,
    acknowledged: Arc<Mutex<Vec<String>>>,
) {
    let mut tasks = Vec::new();
    for (m, member) in members.into_iter().enumerate() {
        let home = member.get("/me").await;
        home.assert_status(StatusCode::OK);
        let csrf = home.csrf();
        let (stop, acknowledged) = (stop.clone(), acknowledged.clone());
        tasks.push(tokio::spawn(async move {
            for n in 0.. {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let key = submission_key(m, n);
                let body = format!("Posted before the crash, number {n} from member {m}");
                let sent = member
                    .http
                    .post(format!("{}/me/posts", member.base))
                    .form(&[
                        ("csrf_token", csrf.as_str()),
                        ("kind", "post"),
                        ("body", body.as_str()),
                        ("submission_key", key.as_str()),
                    ])
                    .send()
                    .await;
                match sent {
                    Ok(response) if response.status() == StatusCode::SEE_OTHER => {
                        acknowledged.lock().unwrap().push(key);
                    }
                    Ok(response) => panic!("a post was answered {}", response.status()),
                    Err(_) => break,
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

#[tokio::test]
async fn killed_while_members_post_keeps_every_acknowledged_post_exactly_once() {
    let db = Arc::new(TestDb::create());
    let mut server = ServerProcess::start(&db).await;
    let app = server.app(db.clone());
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let mut members = Vec::new();
    for i in 0..6 {
        members.push(
            app.join(&link, &format!("Poster{i}"), "Berlin", "2008")
                .await,
        );
    }
    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let posting = tokio::spawn(post_until_refused(
        members,
        stop.clone(),
        acknowledged.clone(),
    ));
    let started = Instant::now();
    while acknowledged.lock().unwrap().len() < 60 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "members could not post"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.child.kill().unwrap(); // SIGKILL: no chance to finish anything
    server.child.wait().unwrap();
    stop.store(true, Ordering::SeqCst);
    posting.await.unwrap();
    let acknowledged = acknowledged.lock().unwrap().clone();

    let restarted = ServerProcess::start(&db).await;
    let app = restarted.app(db.clone());
    for key in &acknowledged {
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) AS n FROM posts WHERE submission_key = '{key}'"
            )),
            1,
            "acknowledged post {key}"
        );
    }
    let stored = app.count("SELECT count(*) AS n FROM posts");
    assert!(
        stored as usize >= acknowledged.len() && stored as usize <= acknowledged.len() + 6,
        "{stored} posts stored for {} acknowledged (at most one in flight per member)",
        acknowledged.len()
    );
    crate::summary::assert_aggregates_match_posts(&app);

    // The restarted server keeps the sessions: the manager reads the feed.
    let feed = Client {
        base: restarted.base.clone(),
        http: manager.http.clone(),
    }
    .get(&format!("/cohorts/{cohort_id}/feed"))
    .await;
    feed.assert_status(StatusCode::OK);
    assert!(feed.body.contains("Posted before the crash"));
}

/// A member's post from their home page's form, answered as the app answers.
async fn post(member: &Client, body: &str) -> crate::helpers::Response {
    let home = member.get("/me").await;
    if home.status != StatusCode::OK {
        return home;
    }
    member
        .post_form("/me/posts", &home, &[("kind", "post"), ("body", body)])
        .await
}

/// Sends a request whose body arrives in two parts, `pause` apart; gives the
/// status line of the answer.
fn slow_request(base: &str, head: &str, body: &str, pause: Duration) -> String {
    let address = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let (first, rest) = body.split_at(body.len() / 2);
    write!(
        stream,
        "{head}Host: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
        body.len()
    )
    .unwrap();
    stream.flush().unwrap();
    std::thread::sleep(pause);
    stream.write_all(rest.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer.lines().next().unwrap_or_default().to_string()
}

#[tokio::test]
async fn sigterm_lets_requests_in_flight_finish_and_exits_zero() {
    let db = Arc::new(TestDb::create());
    let mut server = ServerProcess::start(&db).await;
    let app = server.app(db.clone());
    app.create_admin();

    // Three sign-ins, each with its own session and form, sent slowly.
    let mut in_flight = Vec::new();
    for _ in 0..3 {
        let page = reqwest::get(format!("{}/login", server.base))
            .await
            .unwrap();
        let cookie = page
            .headers()
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string();
        let html = page.text().await.unwrap();
        let csrf = crate::helpers::Response {
            status: StatusCode::OK,
            headers: Default::default(),
            body: html,
        }
        .csrf();
        let body = format!(
            "csrf_token={csrf}&email={}&password={}",
            crate::helpers::ADMIN_EMAIL.replace('@', "%40"),
            PASSWORD.replace(' ', "+")
        );
        let head = format!("POST /login HTTP/1.1\r\nCookie: {cookie}\r\n");
        let base = server.base.clone();
        in_flight.push(std::thread::spawn(move || {
            slow_request(&base, &head, &body, Duration::from_millis(1500))
        }));
    }
    // The requests are under way, their bodies half sent.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let pid = server.child.id().to_string();
    let signalled = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(signalled.success());
    for request in in_flight {
        let status_line = request.join().unwrap();
        assert!(
            status_line.starts_with("HTTP/1.1 303"),
            "a request in flight at SIGTERM was answered: {status_line}"
        );
    }
    let started = Instant::now();
    let exit = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the server did not stop"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(exit.success(), "exit status {exit:?}");
    assert!(
        reqwest::get(format!("{}/healthz", server.base))
            .await
            .is_err(),
        "nothing answers once it has stopped"
    );
}

/// A TCP relay between the app and PostgreSQL that can be cut, as when the
/// database server stops: open connections drop and new ones are closed at once.
struct Relay {
    port: u16,
    up: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Relay {
    async fn start(target: String) -> Relay {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let open: Arc<Mutex<Vec<tokio::task::AbortHandle>>> = Arc::default();
        let (accepting, tracked) = (up.clone(), open.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !accepting.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let target = target.clone();
                let relay = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                tracked.lock().unwrap().push(relay.abort_handle());
            }
        });
        Relay { port, up, open }
    }

    fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for connection in self.open.lock().unwrap().drain(..) {
            connection.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn database_lost_under_load_gives_503_then_recovers_by_itself() {
    let db = Arc::new(TestDb::create());
    let cohorts::db::DatabaseUrl::Postgres(url) = db.url.clone() else {
        eprintln!("database-outage test runs on PostgreSQL only: SQLite has no server to lose");
        return;
    };
    // postgres://user@host:port/name → the same database through the relay.
    let (server, name) = url.rsplit_once('/').unwrap();
    let authority = server.split("://").nth(1).unwrap();
    let host_port = authority.rsplit('@').next().unwrap().to_string();
    let relay = Relay::start(host_port.clone()).await;
    let through_relay = format!(
        "{}/{name}",
        server.replace(&host_port, &format!("127.0.0.1:{}", relay.port))
    );
    let app = TestApp::spawn_full(db.clone(), actix_web::cookie::Key::generate(), move |s| {
        s.database_url = cohorts::db::DatabaseUrl::Postgres(through_relay);
    })
    .await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let member = app.join(&link, "Mila", "Berlin", "2008").await;
    post(&member, "Before the outage")
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let form = member.get("/me").await;
    relay.cut();
    let health = app.client().get("/healthz").await;
    health.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    let refused = member
        .post_form(
            "/me/posts",
            &form,
            &[("kind", "post"), ("body", "During the outage")],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        refused.body
    );
    assert!(
        refused.body.contains("briefly unavailable"),
        "{}",
        refused.body
    );
    let page = member.get("/me").await;
    page.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert!(page.body.contains("briefly unavailable"));

    relay.restore();
    let restored = Instant::now();
    loop {
        if app.client().get("/healthz").await.status == StatusCode::OK {
            break;
        }
        assert!(
            restored.elapsed() < Duration::from_secs(10),
            "not recovered within 10 s of the database returning"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!(
        "recovered {:?} after the database returned",
        restored.elapsed()
    );
    post(&member, "After the outage")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts WHERE body = 'During the outage'"),
        0,
        "the refused post left nothing behind"
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 2);
    manager
        .get(&format!("/cohorts/{cohort_id}/summary"))
        .await
        .assert_status(StatusCode::OK);
}

/// A PostgreSQL server of the test's own (initdb in a temporary folder, run as
/// the `postgres` user), so that it can really be stopped and started again
/// without touching the server the other tests share.
struct OwnPostgres {
    bin: std::path::PathBuf,
    data: tempfile::TempDir,
    port: u16,
}

impl OwnPostgres {
    fn as_postgres(&self, program: &str, args: &[&str]) -> std::process::Output {
        std::process::Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join(program))
            .args(args)
            .output()
            .unwrap()
    }

    fn create() -> OwnPostgres {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .expect("PostgreSQL's programs are installed")
            .filter_map(|entry| entry.ok().map(|e| e.path().join("bin")))
            .find(|bin| bin.join("initdb").exists())
            .expect("initdb is installed");
        let data = tempfile::tempdir().unwrap();
        let owned = std::process::Command::new("chown")
            .args(["postgres"])
            .arg(data.path())
            .status()
            .unwrap();
        assert!(owned.success(), "the test needs to run as root");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let server = OwnPostgres { bin, data, port };
        let folder = server.folder();
        let init = server.as_postgres("initdb", &["-D", &folder, "-A", "trust", "-U", "postgres"]);
        assert!(
            init.status.success(),
            "{}",
            String::from_utf8_lossy(&init.stderr)
        );
        server
    }

    fn folder(&self) -> String {
        self.data
            .path()
            .join("cluster")
            .to_string_lossy()
            .into_owned()
    }

    fn start(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.data.path().display()
        );
        let log = self.data.path().join("server.log");
        let started = self.as_postgres(
            "pg_ctl",
            &[
                "-D",
                &self.folder(),
                "-o",
                &options,
                "-l",
                &log.to_string_lossy(),
                "-w",
                "start",
            ],
        );
        assert!(
            started.status.success(),
            "{}",
            String::from_utf8_lossy(&started.stderr)
        );
    }

    fn stop(&self) {
        let stopped = self.as_postgres(
            "pg_ctl",
            &["-D", &self.folder(), "-m", "fast", "-w", "stop"],
        );
        assert!(
            stopped.status.success(),
            "{}",
            String::from_utf8_lossy(&stopped.stderr)
        );
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        let _ = self.as_postgres("pg_ctl", &["-D", &self.folder(), "-m", "immediate", "stop"]);
    }
}

#[tokio::test]
async fn postgres_stopped_during_load_gives_503_then_recovers_by_itself() {
    if std::env::var("TEST_DATABASE_URL").is_err() {
        eprintln!("the PostgreSQL stop test runs with the PostgreSQL suite");
        return;
    }
    // Running a server as `postgres` takes root (as in CI, which requires this
    // test by name); elsewhere it says it was skipped.
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"0\n"));
    if !root {
        eprintln!("PostgreSQL stop test skipped: it needs root to run a server as `postgres`");
        return;
    }
    let server = OwnPostgres::create();
    server.start();
    let db = Arc::new(TestDb {
        url: cohorts::db::DatabaseUrl::Postgres(format!(
            "postgres://postgres@127.0.0.1:{}/postgres",
            server.port
        )),
        dir: tempfile::tempdir().unwrap(),
    });
    let app = TestApp::spawn_on(db.clone(), actix_web::cookie::Key::generate()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let mut members = Vec::new();
    for i in 0..4 {
        members.push(
            app.join(&link, &format!("Poster{i}"), "Berlin", "2008")
                .await,
        );
    }
    let member = app.join(&link, "Watcher", "Berlin", "2008").await;
    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let refused = Arc::new(AtomicUsize::new(0));
    let posting = tokio::spawn(post_while_allowed(
        members,
        stop.clone(),
        acknowledged.clone(),
        refused.clone(),
    ));
    tokio::time::sleep(Duration::from_millis(500)).await;

    server.stop();
    let down = member.get("/me").await;
    assert_eq!(
        down.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        down.body
    );
    assert!(down.body.contains("briefly unavailable"));
    app.client()
        .get("/healthz")
        .await
        .assert_status(StatusCode::SERVICE_UNAVAILABLE);
    // The outage lasts until a post has met it (a loaded machine may take a
    // moment to send one).
    let stopped = Instant::now();
    while refused.load(Ordering::SeqCst) == 0 && stopped.elapsed() < Duration::from_secs(10) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    server.start();
    let restarted = Instant::now();
    while app.client().get("/healthz").await.status != StatusCode::OK {
        assert!(
            restarted.elapsed() < Duration::from_secs(10),
            "not recovered within 10 s of PostgreSQL starting again"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    eprintln!(
        "recovered {:?} after PostgreSQL started again",
        restarted.elapsed()
    );
    member.get("/me").await.assert_status(StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::SeqCst);
    let answers = posting.await.unwrap();
    assert!(
        answers
            .iter()
            .all(|s| *s == StatusCode::SEE_OTHER || *s == StatusCode::SERVICE_UNAVAILABLE),
        "posts were answered only 303 or 503: {answers:?}"
    );
    assert!(answers.contains(&StatusCode::SERVICE_UNAVAILABLE));
    let acknowledged = acknowledged.lock().unwrap().clone();
    for key in &acknowledged {
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) AS n FROM posts WHERE submission_key = '{key}'"
            )),
            1,
            "acknowledged post {key}"
        );
    }
    assert_eq!(
        app.count("SELECT count(*) AS n FROM posts") as usize,
        acknowledged.len(),
        "a post refused with 503 left nothing behind"
    );
    crate::summary::assert_aggregates_match_posts(&app);
}

/// Members posting through an outage until told to stop: every answer's status,
/// and the keys of the posts acknowledged.
async fn post_while_allowed(
    members: Vec<Client>,
    stop: Arc<AtomicBool>,
    acknowledged: Arc<Mutex<Vec<String>>>,
    refused: Arc<AtomicUsize>,
) -> Vec<StatusCode> {
    let mut tasks = Vec::new();
    for (m, member) in members.into_iter().enumerate() {
        let csrf = member.get("/me").await.csrf();
        let (stop, acknowledged, refused) = (stop.clone(), acknowledged.clone(), refused.clone());
        tasks.push(tokio::spawn(async move {
            let mut answers = Vec::new();
            for n in 0.. {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let key = submission_key(m, n);
                let response = member
                    .post_raw(
                        "/me/posts",
                        &[
                            ("csrf_token", csrf.as_str()),
                            ("kind", "post"),
                            ("body", "Posting through an outage"),
                            ("submission_key", key.as_str()),
                        ],
                    )
                    .await;
                if response.status == StatusCode::SEE_OTHER {
                    acknowledged.lock().unwrap().push(key);
                }
                if response.status == StatusCode::SERVICE_UNAVAILABLE {
                    refused.fetch_add(1, Ordering::SeqCst);
                }
                answers.push(response.status);
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            answers
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    all
}

#[tokio::test]
async fn two_instances_share_sessions_limits_and_figures() {
    let first = TestApp::spawn().await;
    let second = TestApp::spawn_on(first.db.clone(), first.key.clone()).await;
    let (brand_id, manager) = first.brand_with_manager("Stride").await;
    let cohort_id = first.create_cohort(&manager, brand_id, "Squad", 100).await;

    // The manager signed in on the first instance is signed in on the second.
    let on_second = Client {
        base: second.address.clone(),
        http: manager.http.clone(),
    };
    on_second
        .get(&format!("/cohorts/{cohort_id}/feed"))
        .await
        .assert_status(StatusCode::OK);

    // An invite for six: ten joins alternate between the instances; six get in.
    let link = first.create_link(&manager, cohort_id, 6).await;
    let mut members = Vec::new();
    for i in 0..10 {
        let app = if i % 2 == 0 { &first } else { &second };
        let client = app.client();
        let form = client.get(&link).await;
        if form.status != StatusCode::OK {
            continue;
        }
        let name = format!("Member{i}");
        let fields = crate::helpers::join_fields(&name, "Berlin", "2008");
        let answer = client.post_form(&link, &form, &fields).await;
        if answer.status == StatusCode::OK && answer.body.contains("personal link") {
            members.push(client);
        }
    }
    assert_eq!(members.len(), 6);
    assert_eq!(first.count("SELECT count(*) AS n FROM members"), 6);
    assert_eq!(first.count("SELECT max(uses) AS n FROM invites"), 6);

    // Each posts through the instance they joined on; both summaries agree
    // (apart from the form token each page carries) and show the six.
    for member in &members {
        post(member, "The grip on wet concrete is amazing")
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let strip_token = |body: &str| {
        body.lines()
            .filter(|l| !l.contains("csrf_token"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let path = format!("/cohorts/{cohort_id}/summary");
    let on_first = manager.get(&path).await;
    let on_second_page = on_second.get(&path).await;
    on_first.assert_status(StatusCode::OK);
    assert!(
        on_first
            .body
            .contains("<td>Berlin</td><td>18–19</td><td>6</td><td>6</td>"),
        "{}",
        on_first.body
    );
    assert_eq!(
        strip_token(&on_first.body),
        strip_token(&on_second_page.body)
    );
}
