#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Drops and share links: members pass a drop on, visitors are counted once a
//! day without being identified, preview fetchers apart, and the report shows
//! what travelled by the sharers' city and age band, only for groups of k.

use std::time::Duration;

use reqwest::StatusCode;

use crate::helpers::{Client, Response, ServerProcess, TestApp, TestDb};

const PHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

/// Every preview fetcher named in the brief, with the user agent it sends.
const FETCHERS: [&str; 13] = [
    "WhatsApp/2.23.20.0 A",
    "TelegramBot (like TwitterBot)",
    "facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "Snap URL Preview Service; bot; snapchat; https://developers.snap.com/robots",
    "facebookexternalhit/1.1;line-poker/1.0",
    "facebookexternalhit/1.1; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/t/scrap/33984",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5",
];

/// Opens a link as a visitor on a phone (or as `agent`) from `address`: no
/// cookie jar, as a friend's phone opening a link from a chat.
async fn visit(app: &TestApp, path: &str, agent: &str, address: &str) -> Response {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Client::finish(
        http.get(format!("{}{path}", app.address))
            .header("user-agent", agent)
            .header("x-forwarded-for", address)
            .header("accept-language", "de-DE,de;q=0.9")
            .send()
            .await
            .unwrap(),
    )
    .await
}

/// Waits until the stored visits reach `n` (the writer stores them every tenth
/// of a second in tests).
async fn visits_reach(app: &TestApp, n: i64) {
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) AS n FROM share_visits") >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM share_visits"), n);
}

/// Publishes a drop through the staff form; gives back its id.
pub async fn publish(
    app: &TestApp,
    manager: &Client,
    brand_id: i64,
    fields: &[(&str, &str)],
) -> i64 {
    let page = manager.get(&format!("/brands/{brand_id}/drops")).await;
    page.assert_status(StatusCode::OK);
    manager
        .post_form(&format!("/brands/{brand_id}/drops"), &page, fields)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let list = manager.get(&format!("/brands/{brand_id}/drops")).await;
    assert!(list.body.contains("is published."), "{}", list.body);
    app.count("SELECT MAX(id) AS n FROM drops")
}

/// A brand "Stride" with its manager and a cohort's join link.
async fn squad(app: &TestApp) -> (i64, Client, String) {
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let join = app.create_link(&manager, cohort, 20).await;
    (brand_id, manager, join)
}

/// Turns sharing on for a member and takes their link to the drop: its path.
pub async fn share(member: &Client, drop_id: i64) -> String {
    let page = member.get("/me/share").await;
    member
        .post_form("/me/share", &page, &[("on", "yes")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = member.get("/me/share").await;
    member
        .post_form(&format!("/me/share/{drop_id}"), &page, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = member.get("/me/share").await;
    let field = format!("id=\"link-{drop_id}\" class=\"copy\" readonly value=\"");
    let at = page.body.find(&field).expect("the member's link is shown") + field.len();
    let link = &page.body[at..at + page.body[at..].find('"').unwrap()];
    link[link.find("/s/").unwrap()..].to_string()
}

fn figure<'a>(page: &'a str, id: &str) -> &'a str {
    let marker = format!("id=\"{id}\">");
    let at = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no {id} in {page}"))
        + marker.len();
    &page[at..at + page[at..].find('<').unwrap()]
}

#[tokio::test]
async fn a_drop_travels_through_members_links_and_the_report_shows_it_by_segment() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort = app
        .create_cohort(&manager, brand_id, "Berlin Squad", 100)
        .await;
    let join = app.create_link(&manager, cohort, 20).await;
    let ball = app.add_product(&manager, brand_id, "Tango Ball").await;

    let empty = manager.get(&format!("/brands/{brand_id}/drops")).await;
    assert!(empty.body.contains("No drops yet. Publish the first one"));
    let refused = manager
        .post_form(
            &format!("/brands/{brand_id}/drops"),
            &empty,
            &[("title", ""), ("tags", "a;b"), ("live_from", "soon")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("signs a tag cannot hold"));
    assert!(refused.body.contains("Give the date and time it goes out"));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM drops"), 0);

    let drop = publish(
        &app,
        &manager,
        brand_id,
        &[
            ("title", "Night run kit"),
            ("body", "Reflective, light, out now."),
            ("tags", "Music, cars"),
            ("product", &ball),
            ("live_from", ""),
        ],
    )
    .await;
    let embargoed = publish(
        &app,
        &manager,
        brand_id,
        &[("title", "Secret boot"), ("live_from", "2099-01-01T10:00")],
    )
    .await;
    let list = manager.get(&format!("/brands/{brand_id}/drops")).await;
    assert!(list.body.contains("Night run kit"));
    assert!(list.body.contains("Tags: music, cars"));
    assert!(list.body.contains("Embargo"));

    // Five members in Berlin of one age band, one in Madrid.
    let mut members = Vec::new();
    for n in 0..5 {
        members.push(app.join(&join, &format!("Ber{n}"), "Berlin", "2008").await);
    }
    let madrid = app.join(&join, "Mad", "Madrid", "2008").await;

    // Sharing starts off, says what is counted, and gives no link until on.
    let page = madrid.get("/me/share").await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("never shown for you alone"));
    assert!(page.body.contains("Sharing is off"));
    assert!(page.body.contains("Night run kit"));
    assert!(
        !page.body.contains("Secret boot"),
        "an embargoed drop is hidden"
    );
    madrid
        .post_form(&format!("/me/share/{drop}"), &page, &[])
        .await
        .assert_status(StatusCode::CONFLICT);
    madrid
        .post_form(&format!("/me/share/{embargoed}"), &page, &[])
        .await
        .assert_status(StatusCode::CONFLICT);

    let mut links = Vec::new();
    for member in &members {
        links.push(share(member, drop).await);
    }
    let madrid_link = share(&madrid, drop).await;
    assert_eq!(
        share(&madrid, drop).await,
        madrid_link,
        "one link per member and drop"
    );
    // "My data" says sharing is on, and the download lists the link.
    let data = madrid.get("/me/account").await;
    assert!(
        data.body.contains("<dt>Sharing drops</dt><dd>On since "),
        "{}",
        data.body
    );
    let export: serde_json::Value =
        serde_json::from_str(&madrid.get("/me/data.json").await.body).unwrap();
    assert!(export["about_you"]["sharing_turned_on_at"].is_string());
    assert_eq!(export["share_links"][0]["drop"], "Night run kit");
    assert_eq!(export["share_links"][0]["link"], madrid_link.as_str());
    let page = madrid.get("/me/share").await;
    madrid
        .post_form(&format!("/me/share/{embargoed}"), &page, &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // A friend opens each Berlin link; the first one twice, from one phone.
    for link in &links {
        let landing = visit(&app, link, PHONE, "198.51.100.7").await;
        landing.assert_status(StatusCode::OK);
        assert!(
            landing.headers.get("set-cookie").is_none(),
            "no cookie for visitors"
        );
        assert_eq!(landing.headers["cache-control"], "no-store");
        assert!(
            landing
                .body
                .contains("<meta property=\"og:title\" content=\"Night run kit\">")
        );
        assert!(
            landing.body.contains("Von Stride"),
            "in the visitor's language"
        );
        assert!(landing.body.contains("#music"));
        assert!(
            !landing.body.contains("<script"),
            "no script, nothing from elsewhere"
        );
    }
    visit(&app, &links[0], PHONE, "198.51.100.7").await;
    // The friend passes it on: generation 2, opened by someone else.
    let landing = visit(&app, &links[0], PHONE, "198.51.100.7").await;
    let second = format!("{}.2", links[0]);
    assert!(landing.body.contains(&format!("{}{second}\"", app.address)));
    visit(&app, &second, PHONE, "203.0.113.50")
        .await
        .assert_status(StatusCode::OK);
    visit(&app, &madrid_link, PHONE, "198.51.100.7").await;
    // Chat apps drawing previews count apart, never as clicks.
    for agent in FETCHERS {
        visit(&app, &links[1], agent, "192.0.2.1")
            .await
            .assert_status(StatusCode::OK);
    }
    // Links no one was given, and the embargoed drop, are not found.
    for wrong in [
        "/s/AAAAAAAAAA",
        "/s/short",
        &format!("{}.1", links[0]),
        &format!("{}.10", links[0]),
    ] {
        visit(&app, wrong, PHONE, "198.51.100.7")
            .await
            .assert_status(StatusCode::NOT_FOUND);
    }
    // 5 + 1 (generation 2) + 1 (Madrid) clicks; the fetchers as 13 previews.
    visits_reach(&app, 7 + FETCHERS.len() as i64).await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM share_visits WHERE preview = false"),
        7
    );

    let report = manager.get(&format!("/brands/{brand_id}/shares")).await;
    report.assert_status(StatusCode::OK);
    assert_eq!(figure(&report.body, "total-sharers"), "6");
    assert_eq!(figure(&report.body, "total-clicks"), "7");
    let segments = &report.body[report.body.find("id=\"segments\"").unwrap()..];
    let segments = &segments[..segments.find("</section>").unwrap()];
    assert!(segments.contains("Berlin · "), "{segments}");
    assert!(!segments.contains("Madrid"), "a group under k is left out");
    assert!(segments.contains("<td>5</td><td>6</td>"), "{segments}");
    assert!(segments.contains("1 smaller group(s) left out"));
    assert!(report.body.contains("<th scope=\"row\">music</th>"));
    assert!(report.body.contains("<th scope=\"row\">Tango Ball</th>"));
    assert!(
        report.body.contains("<th scope=\"row\">2</th><td>1</td>"),
        "generation 2"
    );

    // Another brand's staff see none of it.
    let (_, other) = app.brand_with_manager("Other").await;
    for path in [
        format!("/brands/{brand_id}/shares"),
        format!("/brands/{brand_id}/drops"),
        format!("/brands/{brand_id}/drops/{drop}/delete"),
    ] {
        assert_eq!(
            other.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // Deleting the drop stops its links (within the landing pages' ten seconds
    // of memory on other instances; at once for a link not yet opened here).
    let confirm = manager
        .get(&format!("/brands/{brand_id}/drops/{drop}/delete"))
        .await;
    assert!(confirm.body.contains("This cannot be undone"));
    manager
        .post_form(
            &format!("/brands/{brand_id}/drops/{drop}/delete"),
            &confirm,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM share_links"), 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM share_visits"), 0);
}

#[tokio::test]
async fn a_group_under_k_shows_nothing_and_a_member_alone_is_never_reported() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    let drop = publish(&app, &manager, brand_id, &[("title", "Lone drop")]).await;
    let member = app.join(&join, "Solo", "Berlin", "2008").await;
    let link = share(&member, drop).await;
    for n in 0..4 {
        visit(&app, &link, PHONE, &format!("198.51.100.{n}")).await;
    }
    visits_reach(&app, 4).await;
    let report = manager.get(&format!("/brands/{brand_id}/shares")).await;
    assert!(report.body.contains("Nothing to show yet"));
    assert!(
        report
            .body
            .contains("1 drop(s) with fewer than 5 members sharing are left out")
    );
    assert!(!report.body.contains("Lone drop"));
    assert!(!report.body.contains("Berlin"));
}

#[tokio::test]
async fn finished_days_are_totalled_their_salt_deleted_and_old_visits_dropped() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    let drop = publish(&app, &manager, brand_id, &[("title", "Drop")]).await;
    let mut links = Vec::new();
    for n in 0..5 {
        let member = app.join(&join, &format!("M{n}"), "Berlin", "2008").await;
        links.push(share(&member, drop).await);
    }
    let link_id = app.count("SELECT MIN(id) AS n FROM share_links");
    let today = chrono::Utc::now().date_naive();
    let yesterday = today - chrono::Duration::days(1);
    let long_ago = today - chrono::Duration::days(40);
    app.execute(&format!(
        "INSERT INTO share_days (day, salt) VALUES ('{yesterday}', 'old salt'), ('{long_ago}', 'older salt');
         INSERT INTO share_visits (link_id, generation, day, visitor, preview) VALUES
           ({link_id}, 1, '{yesterday}', 1, false), ({link_id}, 1, '{yesterday}', 2, false),
           ({link_id}, 2, '{yesterday}', 3, false), ({link_id}, 1, '{yesterday}', 4, true),
           ({link_id}, 1, '{long_ago}', 5, false);"
    ));
    let db = cohorts::services::Db::new(cohorts::db::build_pool(&app.db.url, 2).unwrap());
    cohorts::services::visit_log::roll_up(&db, today, 30)
        .await
        .unwrap();
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM share_days WHERE salt IS NOT NULL AND day < CURRENT_DATE"
        ),
        0,
        "a finished day's salt is deleted"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM share_visits WHERE day = '{long_ago}'"
        )),
        0,
        "single visits go after 30 days"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT clicks AS n FROM share_totals WHERE link_id = {link_id} AND generation = 1 AND day = '{yesterday}'"
        )),
        2
    );
    assert_eq!(
        app.count(&format!(
            "SELECT previews AS n FROM share_totals WHERE link_id = {link_id} AND generation = 1 AND day = '{yesterday}'"
        )),
        1
    );
    // Rolling again changes nothing; today's visits are read live.
    cohorts::services::visit_log::roll_up(&db, today, 30)
        .await
        .unwrap();
    visit(&app, &links[1], PHONE, "198.51.100.1").await;
    for _ in 0..100 {
        if app.count(&format!(
            "SELECT COUNT(*) AS n FROM share_visits WHERE day = '{today}'"
        )) == 1
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let report = manager.get(&format!("/brands/{brand_id}/shares")).await;
    // Yesterday's 3 clicks and the one of 40 days ago, totalled; today's 1 live.
    assert_eq!(figure(&report.body, "total-clicks"), "5");
    assert!(report.body.contains(&format!(
        "<th scope=\"row\">{yesterday}</th><td>3</td><td>1</td>"
    )));
}

/// The columns of a table, on either backend.
fn columns(app: &TestApp, table: &str) -> Vec<String> {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Column {
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
    }
    let sql = if app.db.is_postgres() {
        format!(
            "SELECT column_name AS name FROM information_schema.columns WHERE table_name = '{table}' ORDER BY column_name"
        )
    } else {
        format!("SELECT name FROM pragma_table_info('{table}') ORDER BY name")
    };
    let mut conn = app.conn();
    let conn: &mut cohorts::db::DbConn = &mut conn;
    diesel::sql_query(sql)
        .load::<Column>(conn)
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect()
}

#[tokio::test]
async fn nothing_stored_about_a_visit_identifies_the_visitor() {
    let app = TestApp::spawn().await;
    // What is kept of visits: the link, the generation, the day, a salted hash
    // and whether it was a preview; of days, the salt until the day is
    // totalled; of totals, counts. No address, browser or time of day.
    assert_eq!(
        columns(&app, "share_visits"),
        ["day", "generation", "link_id", "preview", "visitor"]
    );
    assert_eq!(columns(&app, "share_days"), ["day", "rolled_at", "salt"]);
    assert_eq!(
        columns(&app, "share_totals"),
        ["clicks", "day", "generation", "link_id", "previews"]
    );
    assert_eq!(
        columns(&app, "share_links"),
        [
            "age_band",
            "city",
            "code",
            "created_at",
            "drop_id",
            "id",
            "member_id"
        ]
    );

    let (brand_id, manager, join) = squad(&app).await;
    let drop = publish(&app, &manager, brand_id, &[("title", "Drop")]).await;
    let member = app.join(&join, "Solo", "Berlin", "2008").await;
    let link = share(&member, drop).await;
    visit(&app, &link, PHONE, "198.51.100.77").await;
    visits_reach(&app, 1).await;
    let mut conn = app.conn();
    let conn: &mut cohorts::db::DbConn = &mut conn;
    use cohorts::db::schema::share_visits;
    use diesel::prelude::*;
    // The visitor is kept as a number only: no column can hold an address
    // or a browser's name.
    let stored: i64 = share_visits::table
        .select(share_visits::visitor)
        .first(conn)
        .unwrap();
    assert_ne!(stored, 0);
    // The same phone on the same day is the same visitor; another is not.
    visit(&app, &link, PHONE, "198.51.100.77").await;
    visit(&app, &link, PHONE, "198.51.100.78").await;
    visits_reach(&app, 2).await;
}

/// 200 visits to a link, each from another browser, so each is a visitor of its own.
async fn burst(app: &TestApp, link: &str, from: usize) {
    for n in from..from + 200 {
        visit(app, link, &format!("{PHONE} build/{n}"), "198.51.100.1")
            .await
            .assert_status(StatusCode::OK);
    }
}

/// Visits waiting to be written when the process is told to stop are written;
/// when it is killed outright, only the last second's can be lost.
#[tokio::test]
async fn sigterm_loses_no_visit_and_kill_loses_at_most_the_last_second() {
    let db = std::sync::Arc::new(TestDb::create());
    let mut server = ServerProcess::start(&db).await;
    let app = server.app(db.clone());
    let (brand_id, manager, join) = squad(&app).await;
    let drop = publish(&app, &manager, brand_id, &[("title", "Drop")]).await;
    let member = app.join(&join, "Solo", "Berlin", "2008").await;
    let link = share(&member, drop).await;

    burst(&app, &link, 0).await;
    let pid = server.child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let stopped = server.child.wait().unwrap();
    assert!(
        stopped.success(),
        "serve ends cleanly on SIGTERM: {stopped:?}"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM share_visits"), 200);

    let mut server = ServerProcess::start(&db).await;
    let app = server.app(db.clone());
    burst(&app, &link, 200).await;
    // Over a second later every visit is stored, so a kill loses none of them.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM share_visits"), 400);
}

#[tokio::test]
async fn the_report_shows_what_posts_about_a_drop_talk_about() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    let drop = publish(&app, &manager, brand_id, &[("title", "Night run kit")]).await;
    let empty = manager.get(&format!("/brands/{brand_id}/shares")).await;
    assert!(empty.body.contains("Nothing stands out yet"));
    // Berlin's members find the kit reflective, Madrid's find it cheap; both
    // write of rain and training otherwise.
    for (city, word) in [("Berlin", "reflective"), ("Madrid", "cheap")] {
        for n in 0..6 {
            let member = app.join(&join, &format!("{city}{n}"), city, "2008").await;
            let link = share(&member, drop).await;
            for said in [
                format!("The night run kit glows, so {word}"),
                format!("{word} night run kit, wow"),
            ] {
                let body = format!("{said} {}{link}", app.address);
                crate::helpers::post_as(&member, &[("kind", "post"), ("body", &body)]).await;
            }
            for body in [
                "Rain training with my boots today",
                "Boots soaked after rain training",
                "Rain again, training indoors",
                "New boots for training in the rain",
            ] {
                crate::helpers::post_as(&member, &[("kind", "post"), ("body", body)]).await;
            }
        }
    }
    let report = manager.get(&format!("/brands/{brand_id}/shares")).await;
    let mentions = &report.body[report.body.find("id=\"mentions\"").unwrap()..];
    let mentions = &mentions[..mentions.find("</section>").unwrap()];
    // A table per group: all members, then each city and age band (members
    // born in 2008 are in one band, whichever it is today).
    let group = |caption: &str| {
        let at = mentions
            .find(&format!("<caption>{caption}"))
            .unwrap_or_else(|| panic!("no {caption} in {mentions}"));
        let table = &mentions[at..];
        &table[..table.find("</table>").unwrap()]
    };
    let all = group("All members</caption>");
    for word in ["reflective", "cheap"] {
        assert!(
            all.contains(&format!("<th scope=\"row\">{word}</th>")),
            "{all}"
        );
    }
    let berlin = group("Berlin · ");
    assert!(
        berlin.contains("<th scope=\"row\">reflective</th>"),
        "{berlin}"
    );
    assert!(!berlin.contains("cheap"), "{berlin}");
    let madrid = group("Madrid · ");
    assert!(madrid.contains("<th scope=\"row\">cheap</th>"), "{madrid}");
    assert!(!madrid.contains("reflective"), "{madrid}");
    assert!(!mentions.contains("rain"), "{mentions}");
}

#[tokio::test]
async fn a_drop_links_on_only_to_the_brands_own_sites() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    let drops = format!("/brands/{brand_id}/drops");
    let page = manager.get(&drops).await;
    assert!(page.body.contains("None yet: drops link nowhere."));
    let fields = [
        ("title", "Night run kit"),
        ("target", "https://shop.stride.com/night-run"),
    ];
    let refused = manager.post_form(&drops, &page, &fields).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("That page is not on one of the brand")
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM drops"), 0);

    let sites = format!("{drops}/sites");
    for (typed, answer) in [
        ("localhost", "Give the site&#39;s domain"),
        ("127.0.0.1", "Give the site&#39;s domain"),
    ] {
        let wrong = manager.post_form(&sites, &page, &[("domain", typed)]).await;
        wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body.contains(answer), "{}", wrong.body);
    }
    manager
        .post_form(&sites, &page, &[("domain", " Stride.COM ")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let again = manager
        .post_form(&sites, &page, &[("domain", "stride.com")])
        .await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("stride.com is on the list already."));
    let evil = manager
        .post_form(
            &drops,
            &page,
            &[
                ("title", "Kit"),
                ("target", "https://stride.com.evil.example/"),
            ],
        )
        .await;
    evil.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let drop = publish(&app, &manager, brand_id, &fields).await;

    let member = app.join(&join, "Solo", "Berlin", "2008").await;
    let link = share(&member, drop).await;
    let landing = visit(&app, &link, PHONE, "198.51.100.7").await;
    assert!(
        landing.body.contains(
            "<a class=\"button\" href=\"https://shop.stride.com/night-run\" rel=\"noopener noreferrer\">Auf shop.stride.com ansehen</a>"
        ),
        "{}",
        landing.body
    );
    // Another brand's manager cannot touch this brand's sites.
    let (_, other) = app.brand_with_manager("Other").await;
    let theirs = other.get("/account").await;
    other
        .post_form(&sites, &theirs, &[("domain", "evil.example")])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let page = manager.get(&drops).await;
    manager
        .post_form(
            &format!("{sites}/remove"),
            &page,
            &[("domain", "stride.com")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM share_domains"), 0);
}

#[tokio::test]
async fn the_brands_colour_reaches_its_members_pages_and_its_landing_pages() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    let home = manager.get(&format!("/brands/{brand_id}")).await;
    let look = format!("/brands/{brand_id}/look");
    manager
        .post_form(&look, &home, &[("accent", "#ffeb3b")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let said = manager.get(&format!("/brands/{brand_id}")).await;
    assert!(said.body.contains("#ffeb3b is too light"), "{}", said.body);
    assert_eq!(
        app.client()
            .get(&format!("{look}.css?v=ffeb3b"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    manager
        .post_form(&look, &home, &[("accent", "#1A7F5A")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let stylesheet = format!("<link rel=\"stylesheet\" href=\"{look}.css?v=1a7f5a\">");

    let member = app.join(&join, "Solo", "Berlin", "2008").await;
    assert!(member.get("/me").await.body.contains(&stylesheet));
    let css = app.client().get(&format!("{look}.css?v=1a7f5a")).await;
    css.assert_status(StatusCode::OK);
    assert!(
        css.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(css.body.contains("--accent: #1a7f5a;"));
    let drop = publish(&app, &manager, brand_id, &[("title", "Kit")]).await;
    let link = share(&member, drop).await;
    let landing = visit(&app, &link, PHONE, "198.51.100.7").await;
    assert!(landing.body.contains(&stylesheet));
    assert!(
        !manager
            .get(&format!("/brands/{brand_id}"))
            .await
            .body
            .contains(&stylesheet),
        "staff pages keep Cohorts' look"
    );

    let (_, other) = app.brand_with_manager("Other").await;
    let theirs = other.get("/account").await;
    other
        .post_form(&look, &theirs, &[("accent", "#000000")])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let home = manager.get(&format!("/brands/{brand_id}")).await;
    manager
        .post_form(&look, &home, &[("reset", "yes")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(!member.get("/me").await.body.contains("look.css"));
    assert_eq!(
        app.client()
            .get(&format!("{look}.css?v=1a7f5a"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// The brand's logo: set by its staff from a picture, shown on its members'
/// pages and its drops' landing pages, served as PNG to anyone; a file that is
/// not a picture changes nothing; removed, its file goes.
#[tokio::test]
async fn the_brands_logo_reaches_its_members_pages_and_its_landing_pages() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    let member = app.join(&join, "Solo", "Berlin", "2008").await;
    let set = format!("/brands/{brand_id}/logo");
    let home = manager.get(&format!("/brands/{brand_id}")).await;
    assert!(home.body.contains("id=\"logo-picture\""));
    manager
        .post_multipart(
            &set,
            &home,
            &[],
            vec![("picture".into(), crate::photos::jpeg(1200, 400))],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = member.get("/me").await;
    let prefix = format!("/brands/{brand_id}/logo.png?v=");
    let at = page
        .body
        .find(&prefix)
        .expect("the member's page shows the logo");
    let src = page.body[at..at + prefix.len() + 8].to_string();
    let png_files = || {
        std::fs::read_dir(app.db.dir.path().join("photos"))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".png"))
            .count()
    };
    assert_eq!(png_files(), 1);
    let page = member.get("/me").await;
    assert!(
        page.body.contains(&format!(
            "<img class=\"brand-logo\" src=\"{src}\" alt=\"Stride\">"
        )),
        "{}",
        page.body
    );
    let served = reqwest::get(format!("{}{src}", app.address)).await.unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers()["content-type"], "image/png");
    let logo = image::load_from_memory(&served.bytes().await.unwrap()).unwrap();
    assert_eq!(
        (logo.width(), logo.height()),
        (480, 160),
        "fitted into the logo box"
    );
    let drop = publish(&app, &manager, brand_id, &[("title", "Kit")]).await;
    let link = share(&member, drop).await;
    let landing = visit(&app, &link, PHONE, "198.51.100.7").await;
    assert!(landing.body.contains(&src), "{}", landing.body);

    // Not a picture: refused in words, the logo as it was.
    let home = manager.get(&format!("/brands/{brand_id}")).await;
    manager
        .post_multipart(
            &set,
            &home,
            &[],
            vec![("picture".into(), b"<svg/>".to_vec())],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let said = manager.get(&format!("/brands/{brand_id}")).await;
    assert!(
        said.body.contains("The logo is not a photo"),
        "{}",
        said.body
    );
    assert!(member.get("/me").await.body.contains(&src));
    // Another brand's staff cannot change it.
    let (_, other) = app.brand_with_manager("Other").await;
    let theirs = other.get("/account").await;
    other
        .post_multipart(&set, &theirs, &[("remove", "yes")], Vec::new())
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Removed: the name again, and the file is gone.
    manager
        .post_multipart(&set, &home, &[("remove", "yes")], Vec::new())
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(!member.get("/me").await.body.contains("brand-logo"));
    assert_eq!(
        reqwest::get(format!("{}{src}", app.address))
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(png_files(), 0, "the logo's file is deleted");
}

#[tokio::test]
async fn a_long_list_of_drops_comes_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    for n in 0..21 {
        app.execute(&format!(
            "INSERT INTO drops (brand_id, title, body, tags, live_from, created_at, updated_at) \
             VALUES ({brand_id}, 'Drop {n:02}', '', '', '2026-01-{:02} 10:00:00', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
            n + 1
        ));
    }
    let first = manager.get(&format!("/brands/{brand_id}/drops")).await;
    assert_eq!(first.body.matches("<tr id=\"drop-").count(), 20);
    assert!(first.body.contains("Drop 20") && !first.body.contains("Drop 00"));
    assert!(first.body.contains("rel=\"next\""));
    let second = manager
        .get(&format!("/brands/{brand_id}/drops?page=2"))
        .await;
    assert_eq!(second.body.matches("<tr id=\"drop-").count(), 1);
    assert!(second.body.contains("Drop 00"));
    // Members' share page too, latest first.
    let member = app.join(&join, "Solo", "Berlin", "2008").await;
    let first = member.get("/me/share").await;
    assert_eq!(
        first
            .body
            .matches("<article class=\"card narrow drop\"")
            .count(),
        20
    );
    assert!(first.body.contains("Drop 20") && !first.body.contains("Drop 00"));
    assert!(first.body.contains("rel=\"next\""));
    let second = member.get("/me/share?page=2").await;
    assert_eq!(
        second
            .body
            .matches("<article class=\"card narrow drop\"")
            .count(),
        1
    );
    assert!(second.body.contains("Drop 00"));
}

/// A member's id, by the name they joined with.
fn member_id(app: &TestApp, name: &str) -> cohorts::domain::MemberId {
    cohorts::domain::MemberId(app.count(&format!(
        "SELECT id AS n FROM members WHERE display_name = '{name}'"
    )))
}

#[tokio::test]
async fn a_weekly_release_counts_what_each_member_shared_and_reaches_observers_as_noisy_figures() {
    let app = TestApp::spawn().await;
    let (brand_id, manager, join) = squad(&app).await;
    let cohort_id = app.count("SELECT MAX(id) AS n FROM cohorts");
    let night = publish(&app, &manager, brand_id, &[("title", "Night run")]).await;
    let tango = publish(&app, &manager, brand_id, &[("title", "Tango drop")]).await;
    let ana = app.join(&join, "Ana", "Berlin", "2008").await;
    let ben = app.join(&join, "Ben", "Berlin", "2008").await;
    app.join(&join, "Cem", "Berlin", "2008").await;
    let ana_night = share(&ana, night).await;
    let ana_tango = share(&ana, tango).await;
    let ben_night = share(&ben, night).await;
    // Today: three friends open Ana's night-run link, a chat app previews it,
    // one opens her Tango link; nobody opens Ben's yet.
    for n in 0..3 {
        visit(&app, &ana_night, PHONE, &format!("198.51.100.{n}")).await;
    }
    visit(&app, &ana_night, FETCHERS[0], "203.0.113.9").await;
    visit(&app, &ana_tango, PHONE, "198.51.100.7").await;
    visits_reach(&app, 5).await;
    // Ben's link was opened twice yesterday (a day already totalled) and nine
    // times ten days ago, before the period.
    let ben_link = app.count(&format!(
        "SELECT id AS n FROM share_links WHERE code = '{}'",
        &ben_night[3..]
    ));
    let today = chrono::Utc::now().date_naive();
    let yesterday = today - chrono::Duration::days(1);
    let long_ago = today - chrono::Duration::days(10);
    app.execute(&format!(
        "INSERT INTO share_totals (link_id, generation, day, clicks, previews) VALUES
           ({ben_link}, 1, '{yesterday}', 2, 0), ({ben_link}, 1, '{long_ago}', 9, 0);"
    ));
    let counted = [
        member_id(&app, "Ana"),
        member_id(&app, "Ben"),
        member_id(&app, "Cem"),
    ]
    .into_iter()
    .collect();
    let period = (
        yesterday.and_time(chrono::NaiveTime::MIN),
        (today + chrono::Duration::days(1)).and_time(chrono::NaiveTime::MIN),
    );
    let mut shared = cohorts::services::releases::shared_by(
        &mut app.conn(),
        cohorts::domain::CohortId(cohort_id),
        &counted,
        period,
    )
    .unwrap();
    for member in &mut shared {
        member.sort();
    }
    shared.sort();
    let (night, tango) = (
        cohorts::domain::DropId(night),
        cohorts::domain::DropId(tango),
    );
    assert_eq!(
        shared,
        vec![vec![(night, 2)], vec![(night, 3), (tango, 1)]],
        "Ana's clicks by drop, previews apart; Ben's of the period only; Cem shared nothing"
    );
    // Ten days ago Ana had shared nothing, and Ben, who had, is not one of
    // the members that period's release counts.
    let only_ana = [member_id(&app, "Ana")].into_iter().collect();
    assert_eq!(
        cohorts::services::releases::shared_by(
            &mut app.conn(),
            cohorts::domain::CohortId(cohort_id),
            &only_ana,
            (
                long_ago.and_time(chrono::NaiveTime::MIN),
                yesterday.and_time(chrono::NaiveTime::MIN)
            ),
        )
        .unwrap(),
        Vec::<Vec<_>>::new(),
        "Ana shared nothing ten days ago"
    );

    // The week's release lists both drops to observers and in downloads, each
    // shown or "too few to compare" by the rule of k, never a member.
    let week_later = chrono::Utc::now().naive_utc() + chrono::Duration::days(7);
    assert_eq!(
        cohorts::services::releases::make_due(&mut app.conn(), week_later).unwrap(),
        1
    );
    let observer = app.observer_of(brand_id, "agency@example.com").await;
    let page = observer
        .get(&format!("/cohorts/{cohort_id}/releases"))
        .await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("Drops members shared"), "{}", page.body);
    for title in ["Night run", "Tango drop"] {
        assert!(
            page.body
                .contains(&format!("<th scope=\"row\">{title}</th>"))
        );
    }
    for name in ["Ana", "Ben", "Cem"] {
        assert!(!page.has_word(name), "{name} on the observers' page");
    }
    assert!(
        !page.body.contains("/s/"),
        "a share link on the observers' page"
    );
    let csv = observer
        .get(&format!("/cohorts/{cohort_id}/releases.csv"))
        .await;
    csv.assert_status(StatusCode::OK);
    let drop_lines: Vec<Vec<&str>> = csv
        .body
        .lines()
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|f| f.len() == 12 && (f[6] == "Night run" || f[6] == "Tango drop"))
        .collect();
    assert_eq!(drop_lines.len(), 2, "{}", csv.body);
    for line in drop_lines {
        // Members who shared and clicks: both shown, or both held back.
        assert_eq!(line[7].is_empty(), line[11] == "true", "{line:?}");
        assert_eq!(line[7].is_empty(), line[8].is_empty(), "{line:?}");
    }
}
