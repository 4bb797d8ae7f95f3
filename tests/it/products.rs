#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A brand's product catalogue: kept by staff, picked from by reviews, one
//! name per product in every figure, and pictures shown to the right people.

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use crate::helpers::{Client, TestApp};
use crate::photos::jpeg;

/// Sends the catalogue's form with a picture (multipart).
async fn add_with_picture(
    manager: &Client,
    brand_id: i64,
    name: &str,
    status: &str,
    picture: Vec<u8>,
) -> (StatusCode, String) {
    let path = format!("/brands/{brand_id}/products");
    let page = manager.get(&path).await;
    let form = Form::new()
        .text("csrf_token", page.csrf())
        .text("name", name.to_string())
        .text("note", "Launch in spring")
        .text("status", status.to_string())
        .part(
            "picture",
            Part::bytes(picture)
                .file_name("ball.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        );
    let response = manager
        .http
        .post(format!("{}{path}", manager.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.text().await.unwrap_or_default())
}

async fn review(member: &Client, product: &str, title: &str) -> crate::helpers::Response {
    let home = member.get("/me").await;
    member
        .post_form(
            "/me/posts",
            &home,
            &[
                ("kind", "review"),
                ("product", product),
                ("rating", "4"),
                ("title", title),
                ("body", "Really good grip on wet concrete"),
            ],
        )
        .await
}

#[tokio::test]
async fn staff_keep_the_catalogue_and_reviews_pick_from_it() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2007").await;

    // Before any product, members are told why they cannot review.
    let home = ana.get("/me").await;
    assert!(
        home.body
            .contains("There is no product to review yet: the organisers add them.")
    );
    let refused = review(&ana, "1", "Nice").await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Share a post instead."));

    let path = format!("/brands/{brand_id}/products");
    let empty = manager.get(&path).await;
    empty.assert_status(StatusCode::OK);
    assert!(empty.body.contains("No products yet."));
    assert!(empty.body.contains("<label for=\"name\">"));

    // Bad input comes back with a message by each field, and nothing is stored.
    let bad = manager
        .post_form(
            &path,
            &empty,
            &[("name", "  "), ("note", "x"), ("status", "maybe")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("Enter the product&#39;s name."),
        "{}",
        bad.body
    );
    assert!(bad.body.contains("Choose whether the product is out yet."));
    assert_eq!(app.count("SELECT count(*) AS n FROM products"), 0);

    let zoom = app.add_product(&manager, brand_id, "Zoom").await;
    // "zoom" is the same product, whatever its case and spacing.
    let again = manager
        .post_form(
            &path,
            &empty,
            &[("name", "  zOOm "), ("note", ""), ("status", "released")],
        )
        .await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .body
            .contains("The catalogue has a product of this name already.")
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM products"), 1);

    // An embargoed product is not offered, and a review naming it is refused.
    manager
        .post_form(
            &path,
            &empty,
            &[
                ("name", "Secret Boot"),
                ("note", "Drops in March"),
                ("status", "embargo"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let secret = app
        .count("SELECT id AS n FROM products WHERE name = 'Secret Boot'")
        .to_string();
    let home = ana.get("/me").await;
    assert!(home.body.contains(&format!("<option value=\"{zoom}\"")));
    assert!(!home.body.contains("Secret Boot"), "embargoed: not shown");
    let refused = review(&ana, &secret, "Leaked").await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Choose the product from the list."));

    // Another brand's product is not on this brand's list either.
    let (rival_id, rival) = app.brand_with_manager("Rival").await;
    let theirs = app.add_product(&rival, rival_id, "Rival Runner").await;
    let refused = review(&ana, &theirs, "Sneaky").await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 0);
    for path in [
        format!("/brands/{brand_id}/products"),
        format!("/brands/{brand_id}/products/{zoom}/edit"),
        format!("/brands/{brand_id}/products/{zoom}/delete"),
    ] {
        rival.get(&path).await.assert_status(StatusCode::NOT_FOUND);
    }
    // Nor can a manager reach another brand's product through their own brand.
    manager
        .get(&format!("/brands/{brand_id}/products/{theirs}/edit"))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // A review picks the product; the feed and the aggregates name it.
    review(&ana, &zoom, "Grippy")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    assert!(feed.body.contains("reviewed <em>Zoom</em>"));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM post_stats WHERE product = 'Zoom'"),
        1
    );

    // A new name follows into the reviews and every figure at once, and the
    // change is in the audit log.
    let edit = manager
        .get(&format!("/brands/{brand_id}/products/{zoom}/edit"))
        .await;
    edit.assert_status(StatusCode::OK);
    assert!(edit.body.contains("so it stays in the catalogue"));
    manager
        .post_form(
            &format!("/brands/{brand_id}/products/{zoom}"),
            &edit,
            &[
                ("name", "Zoom Fly 2"),
                ("note", "Second edition"),
                ("status", "released"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    assert!(feed.body.contains("reviewed <em>Zoom Fly 2</em>"));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM post_stats WHERE product = 'Zoom Fly 2'"),
        1
    );
    assert_eq!(
        app.count("SELECT count(*) AS n FROM term_stats WHERE product = 'Zoom'"),
        0
    );
    assert!(app.count("SELECT count(*) AS n FROM term_stats WHERE product = 'Zoom Fly 2'") > 0);
    crate::summary::assert_aggregates_match_posts(&app);
    let summary = manager.get(&format!("/cohorts/{cohort_id}/summary")).await;
    assert!(summary.body.contains("Zoom Fly 2"));
    assert!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'change product' AND details LIKE 'Zoom → Zoom Fly 2%'")
            == 1
    );
    // Renaming onto another product's name is refused.
    let taken = manager
        .post_form(
            &format!("/brands/{brand_id}/products/{zoom}"),
            &edit,
            &[
                ("name", "SECRET boot"),
                ("note", ""),
                ("status", "released"),
            ],
        )
        .await;
    taken.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        taken
            .body
            .contains("The catalogue has another product of this name.")
    );

    // The member's review stays editable though the product went under embargo.
    manager
        .post_form(
            &format!("/brands/{brand_id}/products/{zoom}"),
            &edit,
            &[("name", "Zoom Fly 2"), ("note", ""), ("status", "embargo")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let post_id = app.count("SELECT max(id) AS n FROM posts");
    let form = ana.get(&format!("/me/posts/{post_id}/edit")).await;
    assert!(
        form.body
            .contains(&format!("<option value=\"{zoom}\" selected"))
    );
    ana.post_form(
        &format!("/me/posts/{post_id}"),
        &form,
        &[
            ("kind", "review"),
            ("product", &zoom),
            ("rating", "5"),
            ("title", "Even better"),
            ("body", "Grip holds up after a month"),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);

    // A reviewed product cannot be deleted; an unreviewed one can, after a question.
    let confirm = manager
        .get(&format!("/brands/{brand_id}/products/{zoom}/delete"))
        .await;
    let kept = manager
        .post_form(
            &format!("/brands/{brand_id}/products/{zoom}/delete"),
            &confirm,
            &[],
        )
        .await;
    kept.assert_status(StatusCode::CONFLICT);
    assert!(
        kept.body
            .contains("has reviews, so it stays in the catalogue")
    );
    let confirm = manager
        .get(&format!("/brands/{brand_id}/products/{secret}/delete"))
        .await;
    confirm.assert_status(StatusCode::OK);
    assert!(
        confirm
            .body
            .contains("Delete “Secret Boot” from the catalogue?")
    );
    manager
        .post_form(
            &format!("/brands/{brand_id}/products/{secret}/delete"),
            &confirm,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM products WHERE brand_id = {brand_id}"
        )),
        1
    );
}

#[tokio::test]
async fn the_catalogue_is_bounded() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let values: Vec<String> = (0..100)
        .map(|n| {
            format!(
                "({brand_id}, 'Product {n}', 'product {n}', '', TRUE, '2026-11-01 00:00:00', '2026-11-01 00:00:00')"
            )
        })
        .collect();
    app.execute(&format!(
        "INSERT INTO products (brand_id, name, name_key, note, released, created_at, updated_at) VALUES {}",
        values.join(", ")
    ));
    let path = format!("/brands/{brand_id}/products");
    let page = manager.get(&path).await;
    assert!(page.body.contains("100 of at most 100 products."));
    let refused = manager
        .post_form(
            &path,
            &page,
            &[("name", "One more"), ("note", ""), ("status", "released")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("The catalogue holds at most 100 products.")
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM products"), 100);
}

#[tokio::test]
async fn product_pictures_are_stored_and_shown_to_the_right_people() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let member = app.join(&link, "Ana", "Berlin", "2007").await;

    // Not a picture: refused by the field, nothing stored.
    let (status, body) = add_with_picture(
        &manager,
        brand_id,
        "Ball",
        "released",
        b"not an image".to_vec(),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("“ball.jpg”"), "{body}");
    assert_eq!(app.count("SELECT count(*) AS n FROM products"), 0);

    let (status, _) =
        add_with_picture(&manager, brand_id, "Ball", "released", jpeg(800, 600)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _) =
        add_with_picture(&manager, brand_id, "Secret", "embargo", jpeg(640, 480)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let ball = app.count("SELECT id AS n FROM products WHERE name = 'Ball'");
    let secret = app.count("SELECT id AS n FROM products WHERE name = 'Secret'");
    let list = manager.get(&format!("/brands/{brand_id}/products")).await;
    assert!(
        list.body
            .contains(&format!("src=\"/products/{ball}/thumb\""))
    );
    assert!(list.body.contains("Under embargo"));

    let image_of = |client: &Client, path: String| {
        let request = client.http.get(format!("{}{path}", app.address));
        async move {
            let response = request.send().await.unwrap();
            let status = response.status();
            (status, response.bytes().await.unwrap_or_default())
        }
    };
    for size in ["thumb", "display"] {
        let (status, bytes) = image_of(&manager, format!("/products/{ball}/{size}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(image::load_from_memory(&bytes).is_ok());
    }
    let (status, _) = image_of(&member, format!("/products/{ball}/thumb")).await;
    assert_eq!(status, StatusCode::OK, "a released product's picture");
    let (status, _) = image_of(&member, format!("/products/{secret}/thumb")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "an embargoed product's");
    let observer = app.observer_of(brand_id, "agency@stride.test").await;
    let (status, _) = image_of(&observer, format!("/products/{secret}/display")).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "observers see the catalogue's pictures"
    );
    let (_, rival) = app.brand_with_manager("Rival").await;
    let (status, _) = image_of(&rival, format!("/products/{ball}/thumb")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = image_of(&app.client(), format!("/products/{ball}/thumb")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Deleting an unreviewed product deletes its picture's files.
    let files = |app: &TestApp| {
        std::fs::read_dir(app.db.dir.path().join("photos"))
            .map(|d| d.count())
            .unwrap_or(0)
    };
    assert_eq!(files(&app), 4);
    let delete = format!("/brands/{brand_id}/products/{secret}/delete");
    let confirm = manager.get(&delete).await;
    manager
        .post_form(&delete, &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(files(&app), 2);
}
