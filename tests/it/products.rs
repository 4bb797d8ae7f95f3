#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A brand's product catalogue: kept by staff, picked from by reviews, one
//! name per product in every figure, and pictures shown to the right people.

use cohorts::db::DbConn;
use diesel::connection::SimpleConnection;
use diesel::migration::MigrationSource;
use diesel_migrations::{FileBasedMigrations, MigrationHarness};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use crate::helpers::{Client, TestApp, TestDb};
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

    // The feed's product filter, seen once with an empty catalogue, lists
    // each product from the moment it is added.
    let feed_path = format!("/cohorts/{cohort_id}/feed");
    manager.get(&feed_path).await.assert_status(StatusCode::OK);
    let zoom = app.add_product(&manager, brand_id, "Zoom").await;
    let feed = manager.get(&feed_path).await;
    assert!(
        feed.body
            .contains(&format!("<option value=\"{zoom}\">Zoom</option>")),
        "{}",
        feed.body
    );
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
    assert!(
        refused
            .body
            .contains("Choose the product you are reviewing from the list.")
    );

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
    assert!(
        feed.body
            .contains(&format!("<option value=\"{zoom}\">Zoom Fly 2</option>"))
    );
    let home = ana.get("/me").await;
    assert!(
        home.body
            .contains(&format!("<option value=\"{zoom}\">Zoom Fly 2</option>")),
        "the review form names the product anew"
    );
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
    let home = ana.get("/me").await;
    assert!(
        !home.body.contains("Zoom Fly 2</option>"),
        "under embargo again: no longer offered for a new review"
    );
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
    let feed = manager.get(&feed_path).await;
    assert!(
        feed.body
            .contains(&format!("<option value=\"{secret}\">Secret Boot</option>"))
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
    let feed = manager.get(&feed_path).await;
    assert!(!feed.body.contains("Secret Boot</option>"));
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

/// Applies the migrations in `dir` that come before `stop` (by name).
fn migrate_before<DB, C>(conn: &mut C, dir: &str, stop: &str)
where
    DB: diesel::backend::Backend,
    C: MigrationHarness<DB>,
    FileBasedMigrations: MigrationSource<DB>,
{
    let source = FileBasedMigrations::from_path(dir).unwrap();
    loop {
        let pending = conn.pending_migrations(source.clone()).unwrap();
        match pending.first() {
            Some(next) if next.name().to_string().as_str() < stop => {
                conn.run_migration(next.as_ref()).unwrap();
            }
            _ => break,
        }
    }
}

#[tokio::test]
async fn products_reviewed_before_the_catalogue_become_its_products() {
    let db = std::sync::Arc::new(TestDb::create());
    let stop = "2026-11-29-000015";
    match db.url.connect().unwrap() {
        DbConn::Pg(mut c) => migrate_before(&mut c, "migrations/postgres", stop),
        DbConn::Sqlite(mut c) => migrate_before(&mut c, "migrations/sqlite", stop),
    }
    // What the app wrote when products were typed: "Zoom", " zoom " and "ZOOM"
    // are one product to a reader; "Ball" is another.
    let mut conn = db.url.connect().unwrap();
    let at = "'2026-11-02 10:00:00'";
    let mut sql = format!(
        "INSERT INTO brands (id, name, anonymity_k, created_at) VALUES (1, 'Stride', 5, {at});
         INSERT INTO users (id, email, password_hash, role, brand_id, created_at)
             VALUES (1, 'manager@stride.test', 'x', 'manager', 1, {at});
         INSERT INTO cohorts (id, brand_id, name, description, theme, cities, capacity, members_count, created_by, created_at)
             VALUES (1, 1, 'Squad', 'd', 't', 'Berlin', 100, 3, 1, {at});"
    );
    for member in 1..=3 {
        sql.push_str(&format!(
            "INSERT INTO members (id, cohort_id, display_name, city, birth_year, birth_month, country, access_token_hash, consented_at, created_at)
                 VALUES ({member}, 1, 'M{member}', 'Berlin', 2007, 5, 'DE', 'hash{member}', {at}, {at});"
        ));
    }
    for (id, member, product, posts) in [
        (1, 1, "Zoom", 1),
        (2, 2, " zoom ", 1),
        (3, 1, "ZOOM", 1),
        (4, 3, "Ball", 1),
    ] {
        sql.push_str(&format!(
            "INSERT INTO posts (id, cohort_id, member_id, kind, product, rating, title, body, city, age_band, created_at, updated_at, sentiment_score, sentiment_label, language)
                 VALUES ({id}, 1, {member}, 'review', '{product}', 4, 'Good', 'Good grip', 'Berlin', '16–17', {at}, {at}, 0.5, 'positive', 'eng');
             INSERT INTO post_stats (cohort_id, member_id, city, age_band, kind, product, week, posts, scored, score_sum, positive, neutral, negative, unscored, ratings, rating_sum, rated_1, rated_2, rated_3, rated_4, rated_5)
                 VALUES (1, {member}, 'Berlin', '16–17', 'review', '{product}', '2026-11-02', {posts}, 1, 0.5, 1, 0, 0, 0, 1, 4, 0, 0, 0, 1, 0);
             INSERT INTO term_stats (cohort_id, member_id, city, age_band, product, term, posts)
                 VALUES (1, {member}, 'Berlin', '16–17', '{product}', 'grip', 1);"
        ));
    }
    conn.batch_execute(&sql).unwrap();
    drop(conn);

    let app = TestApp::spawn_on(db, actix_web::cookie::Key::generate()).await;
    assert_eq!(app.count("SELECT count(*) AS n FROM products"), 2);
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM products WHERE name IN ('Ball', 'ZOOM', 'Zoom', 'zoom')"
        ),
        2
    );
    let zoom = app.count("SELECT id AS n FROM products WHERE name_key = 'zoom'");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) AS n FROM posts WHERE product_id = {zoom} AND product = (SELECT name FROM products WHERE id = {zoom})"
        )),
        3,
        "each spelling's review names the one product"
    );
    // Member 1's two spellings were two aggregate rows; now they are one.
    assert_eq!(
        app.count("SELECT count(*) AS n FROM post_stats WHERE member_id = 1"),
        1
    );
    assert_eq!(
        app.count("SELECT posts AS n FROM post_stats WHERE member_id = 1"),
        2
    );
    assert_eq!(
        app.count("SELECT posts AS n FROM term_stats WHERE member_id = 1"),
        2
    );
    assert_eq!(
        app.count("SELECT count(DISTINCT product) AS n FROM post_stats"),
        2
    );
}
