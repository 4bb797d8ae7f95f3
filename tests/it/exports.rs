#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Exports of released figures: columns, formula safety, access and the audit log.

use chrono::{Duration, Utc};
use cohorts::services::releases::make_due;
use reqwest::StatusCode;

use crate::helpers::{ADMIN_EMAIL, TestApp};

/// Six members in one city, two in a city whose name is a spreadsheet formula.
async fn cohort_with_posts(app: &TestApp) -> (i64, i64, crate::helpers::Client) {
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let page = manager
        .get(&format!("/brands/{brand_id}/cohorts/new"))
        .await;
    manager
        .post_form(
            &format!("/brands/{brand_id}/cohorts"),
            &page,
            &[
                ("name", "Squad"),
                ("description", "d"),
                ("theme", "t"),
                ("cities", "Berlin\n=HYPERLINK(\"http://evil.example\")"),
                ("capacity", "100"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let cohort_id = app.count("SELECT id AS n FROM cohorts");
    let link = app.create_link(&manager, cohort_id, 20).await;
    let ball = app.add_product(&manager, brand_id, "Tango Ball").await;
    let evil_city = "=HYPERLINK(\"http://evil.example\")";
    for (i, city) in ["Berlin"; 6]
        .iter()
        .chain([evil_city; 2].iter())
        .enumerate()
    {
        let member = app.join(&link, &format!("Member{i}"), city, "2008").await;
        let home = member.get("/me").await;
        member
            .post_form(
                "/me/posts",
                &home,
                &[
                    ("kind", "review"),
                    ("product", &ball),
                    ("rating", "5"),
                    ("title", "Grippy"),
                    ("body", "The grip on wet concrete is amazing"),
                ],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    (brand_id, cohort_id, manager)
}

/// Makes the release of the week now going on, as the calendar will once it ends.
fn release_this_week(app: &TestApp) -> String {
    let week_later = Utc::now().naive_utc() + Duration::days(7);
    assert_eq!(make_due(&mut app.conn(), week_later).unwrap(), 1);
    let (start, _) = cohorts::services::releases::last_period(week_later);
    start.format("%Y-%m-%d").to_string()
}

#[tokio::test]
async fn csv_export_carries_the_released_figures_with_formulas_neutralised() {
    let app = TestApp::spawn().await;
    let (_, cohort_id, manager) = cohort_with_posts(&app).await;
    let path = format!("/cohorts/{cohort_id}/releases.csv");
    // A byte-order mark first, so that Excel reads "São Paulo" and "16–17" as UTF-8.
    let header = "\u{feff}cohort,week,city,age_band,product,topic,drop,members,clicks,mean_sentiment,mean_rating,too_few_to_compare";
    // Before the first week ends there is nothing released, and nothing live.
    let empty = manager.get(&path).await;
    empty.assert_status(StatusCode::OK);
    assert_eq!(empty.body.trim(), header);

    let week = release_this_week(&app);
    let csv = manager.get(&path).await;
    csv.assert_status(StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        csv.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines[0], header);
    // The whole cohort, its one product, six age bands, two cities, twelve
    // cells; and the topics shown (rarely any, for eight members), each with
    // its noisy count of members.
    let topics: Vec<Vec<&str>> = lines
        .iter()
        .map(|l| l.split(',').collect::<Vec<&str>>())
        .filter(|f| f.len() == 12 && !f[5].is_empty() && f[5] != "topic")
        .collect();
    for topic in &topics {
        let vocabulary = cohorts::summary::themes::vocabulary(&["Tango Ball".to_string()]);
        assert!(
            vocabulary.iter().any(|t| t == topic[5]),
            "only words of the vocabulary: {topic:?}"
        );
        assert!(topic[7].parse::<i64>().unwrap() >= 5, "{topic:?}");
    }
    assert_eq!(
        lines.len() - topics.len(),
        1 + 1 + 1 + 6 + 2 + 12,
        "{}",
        csv.body
    );
    assert!(
        lines[1].starts_with(&format!("Squad,{week},,,,")),
        "{}",
        lines[1]
    );
    // The product's line: its reviewers and mean rating, never a sentiment.
    assert!(
        lines[2].starts_with(&format!("Squad,{week},,,Tango Ball,")),
        "{}",
        lines[2]
    );
    let product: Vec<&str> = lines[2].split(',').collect();
    assert!(product[9].is_empty(), "{}", lines[2]);
    assert_eq!(product[7].is_empty(), product[11] == "true", "{}", lines[2]);
    let evil = lines
        .iter()
        .find(|l| l.contains("HYPERLINK"))
        .expect("the second city's line");
    assert!(
        evil.starts_with(&format!(
            "Squad,{week},\"'=HYPERLINK(\"\"http://evil.example\"\")\","
        )),
        "{evil}"
    );
    // A figure is a whole number or held back, and held back says so.
    for line in &lines[1..] {
        let fields: Vec<&str> = line.rsplitn(6, ',').collect();
        let (too_few, members) = (fields[0], fields[4]);
        assert_eq!(members.is_empty(), too_few == "true", "{line}");
        assert!(
            members.is_empty() || members.parse::<i64>().is_ok(),
            "{line}"
        );
    }
}

#[tokio::test]
async fn json_and_xlsx_exports_follow_the_same_rule_and_are_audited() {
    let app = TestApp::spawn().await;
    let (brand_id, cohort_id, manager) = cohort_with_posts(&app).await;
    let week = release_this_week(&app);
    let json = manager
        .get(&format!("/cohorts/{cohort_id}/releases.json"))
        .await;
    json.assert_status(StatusCode::OK);
    let value: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let rows = value["rows"].as_array().unwrap();
    assert_eq!(rows.iter().filter(|r| r["topic"] == "").count(), 22);
    assert_eq!(rows[1]["product"], "Tango Ball");
    assert!(rows.iter().all(|r| r["week"] == week.as_str()));
    for held_back in rows.iter().filter(|r| r["too_few_to_compare"] == true) {
        assert!(held_back["members"].is_null(), "{held_back}");
        assert!(held_back["mean_sentiment"].is_null(), "{held_back}");
    }

    let xlsx = manager
        .http
        .get(format!("{}/cohorts/{cohort_id}/releases.xlsx", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), StatusCode::OK);
    let bytes = xlsx.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip archive");

    let brand = manager
        .get(&format!("/brands/{brand_id}/releases.csv"))
        .await;
    brand.assert_status(StatusCode::OK);
    assert!(brand.body.contains(&format!("Squad,{week},,,")));
    assert!(
        brand.body.contains(&format!("Stride,{week},,,")),
        "{}",
        brand.body
    );
    let brand_json: serde_json::Value = serde_json::from_str(
        &manager
            .get(&format!("/brands/{brand_id}/releases.json"))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(brand_json["cohorts"].as_array().unwrap().len(), 1);
    // The brand's whole for the week, and its product across the cohorts.
    let total = brand_json["total"].as_array().unwrap();
    assert_eq!(total.iter().filter(|r| r["topic"] == "").count(), 2);
    assert_eq!(total[1]["product"], "Tango Ball");

    manager
        .get(&format!("/cohorts/{cohort_id}/releases.pdf"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let exports = "SELECT count(*) AS n FROM audit_log WHERE action = 'export releases'";
    assert_eq!(app.count(exports), 4);

    // Another brand's manager gets nothing; the brand's observer and an admin
    // get the download, and the log names them.
    let (_, rival) = app.brand_with_manager("Rival").await;
    for path in [
        format!("/cohorts/{cohort_id}/releases.csv"),
        format!("/brands/{brand_id}/releases.csv"),
    ] {
        rival.get(&path).await.assert_status(StatusCode::NOT_FOUND);
    }
    assert_eq!(app.count(exports), 4);
    let observer = app.observer_of(brand_id, "agency@example.com").await;
    observer
        .get(&format!("/cohorts/{cohort_id}/releases.csv"))
        .await
        .assert_status(StatusCode::OK);
    let admin = app.signed_in_admin().await;
    admin
        .get(&format!("/brands/{brand_id}/releases.csv"))
        .await
        .assert_status(StatusCode::OK);
    let log = admin.get("/admin/audit").await;
    assert!(log.body.contains("export releases"));
    assert!(log.body.contains("format xlsx"));
    assert!(log.body.contains(ADMIN_EMAIL));
    assert!(log.body.contains("agency@example.com"));
}
