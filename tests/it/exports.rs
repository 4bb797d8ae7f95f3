#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Summary exports: columns, suppression, formula safety, access and the audit log.

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
                    ("kind", "post"),
                    ("body", "The grip on wet concrete is amazing"),
                ],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    (brand_id, cohort_id, manager)
}

#[tokio::test]
async fn csv_export_has_the_columns_and_suppresses_small_cells() {
    let app = TestApp::spawn().await;
    let (_, cohort_id, manager) = cohort_with_posts(&app).await;
    let csv = manager
        .get(&format!("/admin/cohorts/{cohort_id}/summary.csv"))
        .await;
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
    assert_eq!(
        lines[0],
        "cohort,city,age_band,members,posts,reviews,mean_sentiment,positive_share,neutral_share,negative_share,mean_rating,top_terms,suppressed"
    );
    let berlin = lines
        .iter()
        .find(|l| l.starts_with("Squad,Berlin,18–19,"))
        .expect("Berlin row");
    let fields: Vec<&str> = berlin.split(',').collect();
    assert_eq!(fields[3], "6");
    assert_eq!(fields[4], "6");
    assert_eq!(fields[12], "false");
    let hidden = lines
        .iter()
        .find(|l| l.contains("HYPERLINK"))
        .expect("the small city's row");
    assert!(
        hidden
            .starts_with("Squad,\"'=HYPERLINK(\"\"http://evil.example\"\")\",18–19,,,,,,,,,,true"),
        "{hidden}"
    );
}

#[tokio::test]
async fn json_and_xlsx_exports_follow_the_same_rule_and_are_audited() {
    let app = TestApp::spawn().await;
    let (brand_id, cohort_id, manager) = cohort_with_posts(&app).await;
    let json = manager
        .get(&format!("/admin/cohorts/{cohort_id}/summary.json"))
        .await;
    json.assert_status(StatusCode::OK);
    let value: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let rows = value["rows"].as_array().unwrap();
    let hidden = rows.iter().find(|r| r["suppressed"] == true).unwrap();
    assert!(
        hidden.get("members").is_none() && hidden.get("posts").is_none(),
        "{hidden}"
    );
    let shown = rows.iter().find(|r| r["city"] == "Berlin").unwrap();
    assert_eq!(shown["members"], 6);

    let xlsx = manager
        .http
        .get(format!(
            "{}/admin/cohorts/{cohort_id}/summary.xlsx",
            app.address
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), StatusCode::OK);
    let bytes = xlsx.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip archive");

    let brand = manager
        .get(&format!("/admin/brands/{brand_id}/summary.csv"))
        .await;
    brand.assert_status(StatusCode::OK);
    assert!(brand.body.contains("Squad,Berlin,18–19,6,"));
    assert!(brand.body.contains("Stride (all cohorts),Berlin,18–19,6,"));
    let brand_json: serde_json::Value = serde_json::from_str(
        &manager
            .get(&format!("/admin/brands/{brand_id}/summary.json"))
            .await
            .body,
    )
    .unwrap();
    assert_eq!(brand_json["cohorts"].as_array().unwrap().len(), 1);

    manager
        .get(&format!("/admin/cohorts/{cohort_id}/summary.pdf"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'export summary'"),
        4
    );

    // Another brand's manager gets nothing; an admin gets any brand and sees the log.
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival
        .get(&format!("/admin/cohorts/{cohort_id}/summary.csv"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    rival
        .get(&format!("/admin/brands/{brand_id}/summary.csv"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'export summary'"),
        4
    );
    let admin = app.signed_in_admin().await;
    admin
        .get(&format!("/admin/cohorts/{cohort_id}/summary.csv"))
        .await
        .assert_status(StatusCode::OK);
    let log = admin.get("/admin/audit").await;
    assert!(log.body.contains("export summary"));
    assert!(log.body.contains("format xlsx"));
    assert!(log.body.contains(ADMIN_EMAIL));
}
