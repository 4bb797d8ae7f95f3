#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Product seeding: staff record who was sent a product, members confirm it
//! arrived, may then review it under embargo, and the report follows it.

use reqwest::StatusCode;

use crate::helpers::{Client, TestApp};

async fn review(member: &Client, product: &str) -> crate::helpers::Response {
    let home = member.get("/me").await;
    member
        .post_form(
            "/me/posts",
            &home,
            &[
                ("kind", "review"),
                ("product", product),
                ("rating", "5"),
                ("title", "First look"),
                ("body", "Lighter than anything I have worn"),
            ],
        )
        .await
}

#[tokio::test]
async fn staff_record_sendings_members_confirm_and_review_under_embargo() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2008").await;
    let bo = app.join(&link, "Bo", "Madrid", "1999").await;
    let ana_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Ana'");
    let path = format!("/cohorts/{cohort_id}/seeding");

    let page = manager.get(&path).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("The brand has no products yet."));

    let products = format!("/brands/{brand_id}/products");
    let catalogue = manager.get(&products).await;
    manager
        .post_form(
            &products,
            &catalogue,
            &[("name", "Secret Boot"), ("note", ""), ("status", "embargo")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let boot = app
        .count("SELECT id AS n FROM products WHERE name = 'Secret Boot'")
        .to_string();

    // Nothing chosen: both fields say so, nothing is stored.
    let page = manager.get(&path).await;
    assert!(page.body.contains("Nothing recorded yet."));
    assert!(
        page.body
            .contains("<label for=\"product\">Product sent</label>")
    );
    let refused = manager.post_form(&path, &page, &[("product", "")]).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose the product that was sent."));
    assert!(refused.body.contains("Tick the members it was sent to."));
    // A member of another cohort is not ticked into this one.
    let other = app.create_cohort(&manager, brand_id, "Other", 100).await;
    let other_link = app.create_link(&manager, other, 5).await;
    app.join(&other_link, "Cy", "Berlin", "2000").await;
    let cy_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Cy'");
    let outsider = format!("member-{cy_id}");
    let refused = manager
        .post_form(&path, &page, &[("product", &boot), (&outsider, "on")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT count(*) AS n FROM seedings"), 0);

    let ana_box = format!("member-{ana_id}");
    let sent = manager
        .post_form(&path, &page, &[("product", &boot), (&ana_box, "on")])
        .await;
    sent.assert_status(StatusCode::SEE_OTHER);
    let report = manager.get(&path).await;
    assert!(report.body.contains("Recorded as sent to 1 member."));
    assert!(report.body.contains("Ana (on its way)"));
    // Sent again: recorded once.
    manager
        .post_form(&path, &report, &[("product", &boot), (&ana_box, "on")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM seedings"), 1);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'send product'"),
        2
    );

    // Ana is told; before it arrives she cannot review it, nor can Bo ever.
    let home = ana.get("/me").await;
    assert!(home.body.contains("Secret Boot is on its way to you"));
    assert!(home.body.contains("before anyone else can"));
    review(&ana, &boot)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let seeding_id = app.count("SELECT id AS n FROM seedings");
    let confirm = format!("/me/sent/{seeding_id}/received");
    let bo_home = bo.get("/me").await;
    bo.post_form(&confirm, &bo_home, &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    ana.post_form(&confirm, &home, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let home = ana.get("/me").await;
    assert!(home.body.contains("You can review Secret Boot now"));
    assert!(!home.body.contains("is on its way to you"));
    assert!(
        home.body
            .contains(&format!("<option value=\"{boot}\">Secret Boot</option>"))
    );
    review(&ana, &boot)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    review(&bo, &boot)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // Confirming again changes nothing.
    ana.post_form(&confirm, &home, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let report = manager.get(&path).await;
    assert!(report.body.contains("Ana (reviewed)"));
    assert!(
        report
            .body
            .contains("<th scope=\"row\">Secret Boot</th><td>1</td><td>1</td><td>1</td>")
    );

    // Another brand's staff find nothing here.
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival.get(&path).await.assert_status(StatusCode::NOT_FOUND);
}

async fn import_csv(manager: &Client, cohort_id: i64, csv: &str) -> crate::helpers::Response {
    use reqwest::multipart::{Form, Part};
    let path = format!("/cohorts/{cohort_id}/seeding");
    let page = manager.get(&path).await;
    let form = Form::new().text("csrf_token", page.csrf()).part(
        "csv",
        Part::bytes(csv.as_bytes().to_vec())
            .file_name("sendings.csv")
            .mime_str("text/csv")
            .unwrap(),
    );
    let response = manager
        .http
        .post(format!("{}{path}/import", manager.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    Client::finish(response).await
}

#[tokio::test]
async fn sendings_are_imported_from_a_csv_all_or_nothing_and_the_report_sets_seeded_against_the_rest()
 {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2000").await;
    app.join(&link, "Bo", "Madrid", "1999").await;
    let cy = app.join(&link, "Cy", "Madrid", "1999").await;
    let ball = app.add_product(&manager, brand_id, "Street Ball").await;

    // One unknown member and one unknown product: nothing is recorded.
    let refused = import_csv(
        &manager,
        cohort_id,
        "member,product\nAna,Street Ball\nZed,Street Ball\nBo,Moon Boot\n",
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Nothing was recorded."));
    assert!(
        refused
            .body
            .contains("Line 3: no member of this cohort is called")
    );
    assert!(
        refused
            .body
            .contains("Line 4: “Moon Boot” is not a product")
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM seedings"), 0);
    import_csv(&manager, cohort_id, "")
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);

    // Names match whatever their case; a line sent twice is recorded once.
    let imported = import_csv(
        &manager,
        cohort_id,
        "member,product\nana,street ball\nBo , Street Ball\nAna,Street Ball\n",
    )
    .await;
    imported.assert_status(StatusCode::SEE_OTHER);
    let page = manager.get(&format!("/cohorts/{cohort_id}/seeding")).await;
    assert!(page.body.contains("Imported: 2 sendings recorded."));
    assert_eq!(app.count("SELECT count(*) AS n FROM seedings"), 2);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'import sendings'"),
        1
    );

    // Ana (sent it) loves it; Cy (not sent it) does not.
    for (member, body) in [
        (&ana, "Best ball ever, I love it, amazing grip"),
        (&cy, "Terrible ball, awful, it broke on day one"),
    ] {
        let home = member.get("/me").await;
        member
            .post_form(
                "/me/posts",
                &home,
                &[
                    ("kind", "review"),
                    ("product", &ball),
                    ("rating", "3"),
                    ("title", "My verdict"),
                    ("body", body),
                ],
            )
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    let report = manager.get(&format!("/cohorts/{cohort_id}/seeding")).await;
    let row = report
        .body
        .split("<th scope=\"row\">Street Ball</th>")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap()
        .to_string();
    assert!(
        row.contains("<td>2</td><td>0</td><td>1</td><td>+0."),
        "{row}"
    );
    assert!(row.contains("(1 review)</td><td>-0."), "{row}");
}
