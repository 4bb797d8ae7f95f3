#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use actix_web::cookie::Key;
use cohorts::config::Settings;
use cohorts::db::{self, DatabaseUrl, DbConn, DbPool};
use cohorts::domain::{Email, StaffRole};
use cohorts::services::accounts::{self, CreateOutcome};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use reqwest::StatusCode;
use reqwest::redirect::Policy;

pub const ADMIN_EMAIL: &str = "admin@cohorts.test";
pub const PASSWORD: &str = "a long test password";

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or
/// a new database on the PostgreSQL server named by TEST_DATABASE_URL.
pub struct TestDb {
    pub url: DatabaseUrl,
    pub dir: tempfile::TempDir,
}

impl TestDb {
    pub fn create() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let url = match std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            Some(server) => {
                let name = format!(
                    "cohorts_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    rand_suffix()
                );
                let mut admin = PgConnection::establish(&server)
                    .expect("TEST_DATABASE_URL must reach PostgreSQL");
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .unwrap();
                let (address, query) = server.split_once('?').unwrap_or((&server, ""));
                let base = address
                    .rsplit_once('/')
                    .map(|(b, _)| b.to_string())
                    .unwrap();
                // No TLS to the test server unless asked for: it buys nothing on
                // loopback, and a pool thread closing a TLS connection while
                // OpenSSL's exit-time cleanup ran once crashed the test process
                // after every test had passed.
                let tls = if query.is_empty() {
                    "?sslmode=disable".to_string()
                } else {
                    format!("?{query}")
                };
                DatabaseUrl::Postgres(format!("{base}/{name}{tls}"))
            }
            None => DatabaseUrl::Sqlite(dir.path().join("cohorts.db")),
        };
        TestDb { url, dir }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.url, DatabaseUrl::Postgres(_))
    }
}

fn rand_suffix() -> u32 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos()
}

pub struct TestApp {
    pub address: String,
    pub pool: DbPool,
    pub db: std::sync::Arc<TestDb>,
    pub key: Key,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        let db = std::sync::Arc::new(TestDb::create());
        Self::spawn_on(db, Key::generate()).await
    }

    /// Another instance on the same database and session key, as behind a load balancer.
    pub async fn spawn_on(db: std::sync::Arc<TestDb>, key: Key) -> TestApp {
        Self::spawn_full(db, key, |_| {}).await
    }

    /// An app that sends its mail to the SMTP server at `smtp_url`.
    pub async fn spawn_with_smtp(smtp_url: &str) -> TestApp {
        let db = std::sync::Arc::new(TestDb::create());
        let smtp_url = smtp_url.to_string();
        Self::spawn_full(db, Key::generate(), move |s| s.smtp_url = Some(smtp_url)).await
    }

    /// An app that keeps its photos in an S3-compatible bucket.
    pub async fn spawn_with_s3(s3: cohorts::config::S3Settings) -> TestApp {
        let db = std::sync::Arc::new(TestDb::create());
        Self::spawn_full(db, Key::generate(), move |s| s.s3 = Some(s3)).await
    }

    pub async fn spawn_full(
        db: std::sync::Arc<TestDb>,
        key: Key,
        adjust: impl FnOnce(&mut Settings),
    ) -> TestApp {
        // Errors the app logs (an internal error's cause) appear beside a failing
        // test's own output; a passing test's output is not shown.
        let _ = tracing_subscriber::fmt()
            .with_env_filter("warn")
            .with_test_writer()
            .try_init();
        let mut settings = Settings {
            database_url: db.url.clone(),
            bind: "127.0.0.1:0".into(),
            data_dir: db.dir.path().to_path_buf(),
            public_url: String::new(),
            public_url_from_bind: true,
            cookie_secure: false,
            trust_forwarded_for: true,
            db_pool_size: 8,
            session_key: key.clone(),
            smtp_url: None,
            mail_from: "Cohorts <cohorts@cohorts.test>".into(),
            outbox_poll: std::time::Duration::from_millis(100),
            reminder_days: 3,
            calendar_every: std::time::Duration::from_millis(300),
            // Load and fault tests post far faster than a person may; the
            // limit has a test of its own.
            posts_per_hour: 1_000_000,
            s3: None,
            metrics_token: None,
            share_visit_days: 30,
            closed_cohort_days: 90,
            // Visits to share links show in the database within a tenth of a second.
            visit_flush: std::time::Duration::from_millis(100),
        };
        adjust(&mut settings);
        let app = cohorts::Application::build(settings)
            .await
            .expect("app starts");
        let address = format!("http://127.0.0.1:{}", app.port());
        tokio::spawn(app.run_until_stopped());
        let pool = db::build_pool(&db.url, 4).unwrap();
        TestApp {
            address,
            pool,
            db,
            key,
        }
    }

    pub fn conn(&self) -> db::PooledConn {
        self.pool.get().unwrap()
    }

    pub fn client(&self) -> Client {
        Client::new(&self.address)
    }

    /// A browser that asks for pages in `accept_language` (its `Accept-Language`).
    pub fn client_speaking(&self, accept_language: &str) -> Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::ACCEPT_LANGUAGE,
            accept_language.parse().unwrap(),
        );
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .default_headers(headers)
            .build()
            .unwrap();
        Client {
            base: self.address.clone(),
            http,
        }
    }

    /// Creates the admin account, as `cohorts create-admin` does.
    pub fn create_admin(&self) {
        let hash = cohorts::auth::password::hash_blocking(PASSWORD).unwrap();
        accounts::upsert_admin(&mut self.conn(), &Email::parse(ADMIN_EMAIL).unwrap(), &hash)
            .unwrap();
    }

    /// The admin account, created and signed in.
    pub async fn signed_in_admin(&self) -> Client {
        self.create_admin();
        let admin = self.client();
        admin
            .login(ADMIN_EMAIL, PASSWORD)
            .await
            .assert_status(StatusCode::SEE_OTHER);
        admin
    }

    /// A signed-in observer of the brand.
    pub async fn observer_of(&self, brand_id: i64, email: &str) -> Client {
        let hash = cohorts::auth::password::hash_blocking(PASSWORD).unwrap();
        accounts::create_user(
            &mut self.conn(),
            &Email::parse(email).unwrap(),
            &hash,
            StaffRole::Observer,
            Some(cohorts::domain::BrandId(brand_id)),
        )
        .unwrap();
        let client = self.client();
        client
            .login(email, PASSWORD)
            .await
            .assert_status(StatusCode::SEE_OTHER);
        client
    }

    /// A brand with a signed-in manager.
    pub async fn brand_with_manager(&self, brand: &str) -> (i64, Client) {
        let brand_id = match accounts::create_brand(&mut self.conn(), brand, 5).unwrap() {
            CreateOutcome::Created(id) => id,
            CreateOutcome::Duplicate => panic!("duplicate brand"),
        };
        let email = format!("manager@{}.test", brand.to_lowercase().replace(' ', "-"));
        let hash = cohorts::auth::password::hash_blocking(PASSWORD).unwrap();
        accounts::create_user(
            &mut self.conn(),
            &Email::parse(&email).unwrap(),
            &hash,
            StaffRole::Manager,
            Some(brand_id),
        )
        .unwrap();
        let client = self.client();
        client
            .login(&email, PASSWORD)
            .await
            .assert_status(StatusCode::SEE_OTHER);
        (brand_id.0, client)
    }

    /// Creates a cohort through the manager's form and returns its id.
    pub async fn create_cohort(
        &self,
        manager: &Client,
        brand_id: i64,
        name: &str,
        capacity: u32,
    ) -> i64 {
        let page = manager
            .get(&format!("/brands/{brand_id}/cohorts/new"))
            .await;
        let response = manager
            .post_form(
                &format!("/brands/{brand_id}/cohorts"),
                &page,
                &[
                    ("name", name),
                    ("description", "Testing the new street ball."),
                    ("theme", "Tango Street Ball"),
                    ("cities", "Berlin\nMadrid\nParis"),
                    ("capacity", &capacity.to_string()),
                ],
            )
            .await;
        response.assert_status(StatusCode::SEE_OTHER);
        let location = response.location();
        location
            .trim_start_matches("/cohorts/")
            .trim_end_matches("/invites")
            .parse()
            .unwrap()
    }

    /// Publishes an activity open from an hour ago for two days, asking the
    /// whole cohort one poll (Yes / No); returns its staff page's path.
    pub async fn open_activity(&self, manager: &Client, cohort_id: i64, title: &str) -> String {
        self.open_activity_asking(manager, cohort_id, title, &[])
            .await
    }

    /// The same, asking only what `audience` ticks (`city-{n}`, `band-{n}`).
    pub async fn open_activity_asking(
        &self,
        manager: &Client,
        cohort_id: i64,
        title: &str,
        audience: &[(&str, &str)],
    ) -> String {
        let list = format!("/cohorts/{cohort_id}/activities");
        let page = manager.get(&list).await;
        let (start, due) = (local_in(-1), local_in(48));
        let mut fields = vec![
            ("title", title),
            ("instructions", "Vote, please."),
            ("starts_at", start.as_str()),
            ("due_at", due.as_str()),
            ("visibility", "after_answering"),
        ];
        fields.extend_from_slice(audience);
        let created = manager.post_form(&list, &page, &fields).await;
        created.assert_status(StatusCode::SEE_OTHER);
        let activity = created.location();
        let page = manager.get(&activity).await;
        manager
            .post_form(
                &format!("{activity}/tasks"),
                &page,
                &[
                    ("kind", "single"),
                    ("prompt", "Yes?"),
                    ("options", "Yes\nNo"),
                ],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
        let page = manager.get(&activity).await;
        manager
            .post_form(&format!("{activity}/publish"), &page, &[])
            .await
            .assert_status(StatusCode::SEE_OTHER);
        activity
    }

    /// Adds a released product to the brand's catalogue through the manager's
    /// form; returns its id as the review form sends it.
    pub async fn add_product(&self, manager: &Client, brand_id: i64, name: &str) -> String {
        let path = format!("/brands/{brand_id}/products");
        let page = manager.get(&path).await;
        page.assert_status(StatusCode::OK);
        manager
            .post_form(
                &path,
                &page,
                &[("name", name), ("note", ""), ("status", "released")],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
        self.count(&format!(
            "SELECT id AS n FROM products WHERE brand_id = {brand_id} AND name = '{name}'"
        ))
        .to_string()
    }

    /// Creates a shareable join link and returns its path (`/join/…`).
    pub async fn create_link(&self, manager: &Client, cohort_id: i64, uses: u32) -> String {
        let page = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
        let response = manager
            .post_form(
                &format!("/cohorts/{cohort_id}/invites/link"),
                &page,
                &[
                    ("label", "Store event"),
                    ("max_uses", &uses.to_string()),
                    ("valid_days", "14"),
                ],
            )
            .await;
        response.assert_status(StatusCode::OK);
        response
            .join_paths()
            .into_iter()
            .next()
            .expect("a join link is shown")
    }

    /// A member who joined through `join_path`; returns their signed-in client.
    pub async fn join(&self, join_path: &str, name: &str, city: &str, birth_year: &str) -> Client {
        let member = self.client();
        let page = member.get(join_path).await;
        page.assert_status(StatusCode::OK);
        let response = member
            .post_form(join_path, &page, &join_fields(name, city, birth_year))
            .await;
        response.assert_status(StatusCode::OK);
        assert!(response.body.contains("personal link"), "{}", response.body);
        member
    }

    pub fn count(&self, sql: &str) -> i64 {
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut conn = self.conn();
        let conn: &mut DbConn = &mut conn;
        // Cast so INTEGER columns read the same as counts on PostgreSQL.
        let wrapped = format!("SELECT CAST(n AS BIGINT) AS n FROM ({sql}) AS q");
        diesel::sql_query(wrapped)
            .get_result::<Count>(conn)
            .unwrap()
            .n
    }

    pub fn execute(&self, sql: &str) {
        let mut conn = self.conn();
        conn.batch_execute(sql).unwrap();
    }

    /// Sets every activity's times (`set`: what follows `SET`), as though time
    /// had passed. The cohorts' activities version moves as it does with every
    /// change staff make, so that what is kept per version is read again.
    pub fn move_activities(&self, set: &str) {
        self.execute(&format!(
            "UPDATE activities SET {set}; \
             UPDATE cohorts SET activities_version = activities_version + 1"
        ));
    }
}

/// A member's post (or review) through the form on their page.
pub async fn post_as(member: &Client, fields: &[(&str, &str)]) {
    let home = member.get("/me").await;
    member
        .post_form("/me/posts", &home, fields)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

pub fn join_fields<'a>(
    name: &'a str,
    city: &'a str,
    birth_year: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("display_name", name),
        ("city", city),
        ("birth_year", birth_year),
        ("birth_month", "3"),
        ("country", "DE"),
        ("consent", "yes"),
    ]
}

/// A browser-like client: its own cookie jar, no automatic redirects.
#[derive(Clone)]
pub struct Client {
    pub base: String,
    pub http: reqwest::Client,
}

#[derive(Clone)]
pub struct Response {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Response {
    /// Whether `word` stands in the page as a word of its own: not inside a
    /// longer run of letters, digits, '-' or '_', as in a random token (a
    /// form's CSRF token may hold "Cem" by chance).
    pub fn has_word(&self, word: &str) -> bool {
        let is_token_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
        let bytes = self.body.as_bytes();
        self.body.match_indices(word).any(|(at, _)| {
            let end = at + word.len();
            (at == 0 || !is_token_byte(bytes[at - 1]))
                && (end == bytes.len() || !is_token_byte(bytes[end]))
        })
    }

    pub fn assert_status(&self, expected: StatusCode) {
        assert_eq!(
            self.status, expected,
            "unexpected status; body:\n{}",
            self.body
        );
    }

    pub fn location(&self) -> String {
        self.headers
            .get("location")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    }

    /// The page's CSRF token (every form carries the same one).
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf_token\" value=\"";
        let start = self.body.find(marker).expect("page has a form") + marker.len();
        let end = self.body[start..].find('"').unwrap() + start;
        self.body[start..end].to_string()
    }

    /// Paths of the join links shown on the page.
    pub fn join_paths(&self) -> Vec<String> {
        self.body
            .match_indices("/join/")
            .map(|(i, _)| {
                let rest = &self.body[i..];
                let end = rest.find('"').unwrap_or(rest.len());
                rest[..end].to_string()
            })
            .filter(|p| p.len() > "/join/".len() + 20)
            .collect()
    }

    /// The personal access link shown after joining.
    pub fn access_path(&self) -> String {
        let i = self.body.find("/m/").expect("an access link");
        let rest = &self.body[i..];
        rest[..rest.find('"').unwrap()].to_string()
    }
}

impl Client {
    pub fn new(base: &str) -> Client {
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
            .unwrap();
        Client {
            base: base.to_string(),
            http,
        }
    }

    pub async fn finish(response: reqwest::Response) -> Response {
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap_or_default();
        Response {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Response {
        Self::finish(
            self.http
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Posts a form with the CSRF token taken from `page`.
    pub async fn post_form(
        &self,
        path: &str,
        page: &Response,
        fields: &[(&str, &str)],
    ) -> Response {
        let token = page.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Sends a form with files as a browser does (multipart): the page's
    /// CSRF token, the text fields, then each file as a JPEG under its field.
    pub async fn post_multipart(
        &self,
        path: &str,
        page: &Response,
        fields: &[(&str, &str)],
        files: Vec<(String, Vec<u8>)>,
    ) -> Response {
        use reqwest::multipart::{Form, Part};
        let mut form = Form::new().text("csrf_token", page.csrf());
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        for (field, bytes) in files {
            let part = Part::bytes(bytes)
                .file_name("photo.jpg")
                .mime_str("image/jpeg")
                .unwrap();
            form = form.part(field, part);
        }
        Self::finish(
            self.http
                .post(format!("{}{path}", self.base))
                .multipart(form)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        Self::finish(
            self.http
                .post(format!("{}{path}", self.base))
                .form(fields)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    pub async fn login(&self, email: &str, password: &str) -> Response {
        let page = self.get("/login").await;
        self.post_form("/login", &page, &[("email", email), ("password", password)])
            .await
    }
}

/// A real SMTP server (Python's aiosmtpd, see tests/smtp_sink.py) on loopback.
/// `None` when aiosmtpd is not installed, unless COHORTS_REQUIRE_SMTP=1.
pub struct SmtpSink {
    pub port: u16,
    pub folder: tempfile::TempDir,
    process: Option<std::process::Child>,
}

impl SmtpSink {
    pub fn start() -> Option<SmtpSink> {
        let available = std::process::Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if !available {
            if std::env::var("COHORTS_REQUIRE_SMTP").as_deref() == Ok("1") {
                panic!("COHORTS_REQUIRE_SMTP=1 but python3 cannot import aiosmtpd");
            }
            eprintln!("mail test skipped: aiosmtpd is not installed (pip install aiosmtpd)");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut sink = SmtpSink {
            port,
            folder: tempfile::tempdir().unwrap(),
            process: None,
        };
        sink.restart();
        Some(sink)
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts the server (again) on the same port and folder, once it listens.
    pub fn restart(&mut self) {
        use std::io::BufRead;
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py");
        let mut child = std::process::Command::new("python3")
            .args([
                script,
                &self.port.to_string(),
                self.folder.path().to_str().unwrap(),
            ])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server started");
        self.process = Some(child);
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.process.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<serde_json::Value> {
        let mut names: Vec<_> = std::fs::read_dir(self.folder.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    /// Waits up to `seconds` for at least `count` messages.
    pub async fn wait_for(&self, count: usize, seconds: u64) -> Vec<serde_json::Value> {
        for _ in 0..seconds * 10 {
            let messages = self.messages();
            if messages.len() >= count {
                return messages;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!(
            "expected {count} messages, the SMTP server received {}",
            self.messages().len()
        );
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The first link in a message's text that starts with `prefix` (a path like "/join/").
pub fn link_in(message: &serde_json::Value, prefix: &str) -> String {
    let text = message["text"].as_str().unwrap();
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in:\n{text}"));
    let rest = &text[start..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..end].to_string()
}

/// A real S3-compatible server on loopback (moto, from PyPI), with one bucket.
/// `None` when moto is not installed, unless COHORTS_REQUIRE_S3=1.
pub struct S3Server {
    pub settings: cohorts::config::S3Settings,
    process: std::process::Child,
}

impl S3Server {
    fn settings(port: u16) -> cohorts::config::S3Settings {
        cohorts::config::S3Settings {
            endpoint: format!("http://127.0.0.1:{port}"),
            bucket: "cohorts-photos".into(),
            region: "us-east-1".into(),
            access_key_id: "testing".into(),
            secret_access_key: "testing".into(),
        }
    }

    pub async fn start() -> Option<S3Server> {
        let available = std::process::Command::new("moto_server")
            .arg("--help")
            .output()
            .is_ok_and(|o| o.status.success());
        if !available {
            if std::env::var("COHORTS_REQUIRE_S3").as_deref() == Ok("1") {
                panic!(
                    "COHORTS_REQUIRE_S3=1 but moto_server is not installed (pip install 'moto[server]')"
                );
            }
            eprintln!("S3 test skipped: moto_server is not installed (pip install 'moto[server]')");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let process = std::process::Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let server = S3Server {
            settings: Self::settings(port),
            process,
        };
        let client = reqwest::Client::new();
        for _ in 0..100 {
            if client
                .get(format!("http://127.0.0.1:{port}/"))
                .send()
                .await
                .is_ok()
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let bucket = rusty_s3::Bucket::new(
            server.settings.endpoint.parse().unwrap(),
            rusty_s3::UrlStyle::Path,
            server.settings.bucket.clone(),
            server.settings.region.clone(),
        )
        .unwrap();
        let credentials = rusty_s3::Credentials::new("testing", "testing");
        let url = rusty_s3::S3Action::sign(
            &bucket.create_bucket(&credentials),
            std::time::Duration::from_secs(60),
        );
        let created = client
            .put(url.as_str())
            .body(Vec::new())
            .header("Content-Length", "0")
            .send()
            .await
            .unwrap();
        assert!(
            created.status().is_success(),
            "the bucket is created: {}",
            created.status()
        );
        Some(server)
    }

    /// Names of the objects in the bucket.
    pub async fn objects(&self) -> Vec<String> {
        let body = reqwest::get(format!(
            "{}/{}",
            self.settings.endpoint, self.settings.bucket
        ))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
        body.match_indices("<Key>")
            .map(|(i, _)| {
                let rest = &body[i + 5..];
                rest[..rest.find("</Key>").unwrap_or(0)].to_string()
            })
            .collect()
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// The `cohorts` binary with the test database's settings.
pub fn cohorts_command(db: &TestDb) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_cohorts"));
    command
        .env("DATA_DIR", db.dir.path())
        .env_remove("DATABASE_URL")
        .env("POSTS_PER_HOUR", "1000000")
        .env("RUST_LOG", "warn");
    if let DatabaseUrl::Postgres(url) = &db.url {
        command.env("DATABASE_URL", url);
    }
    command
}

/// `cohorts serve` as a process of its own, on a free port, answering /healthz.
pub struct ServerProcess {
    pub child: std::process::Child,
    pub base: String,
}

impl ServerProcess {
    pub async fn start(db: &TestDb) -> ServerProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        // Made at once, so that it is stopped (on drop) whatever happens next.
        let server = ServerProcess {
            child: cohorts_command(db)
                .arg("serve")
                .env("BIND", format!("127.0.0.1:{port}"))
                // Its log would interleave with the test runner's lines.
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap(),
            base: format!("http://127.0.0.1:{port}"),
        };
        let http = reqwest::Client::new();
        for _ in 0..300 {
            if let Ok(response) = http.get(format!("{}/healthz", server.base)).send().await
                && response.status() == StatusCode::OK
            {
                return server;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("cohorts serve did not answer within 30 s");
    }

    /// The helpers of `TestApp`, aimed at this process.
    pub fn app(&self, db: std::sync::Arc<TestDb>) -> TestApp {
        TestApp {
            address: self.base.clone(),
            pool: db::build_pool(&db.url, 4).unwrap(),
            db,
            key: Key::generate(),
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A fresh one-time form key, as a page hands out.
pub fn fresh_key() -> String {
    cohorts::auth::token::generate().plain
}

/// A `datetime-local` value `hours` from now (UTC, the staff's default zone).
pub fn local_in(hours: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::hours(hours))
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}
