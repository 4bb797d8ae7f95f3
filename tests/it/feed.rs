#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Staff narrow a cohort's feed by city, age band, product, label and days.

use reqwest::StatusCode;

use crate::helpers::{TestApp, post_as};

#[tokio::test]
async fn staff_filter_the_feed_and_the_pager_keeps_the_filter() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ball = app.add_product(&manager, brand_id, "Tango Ball").await;
    let ana = app.join(&link, "Ana", "Berlin", "2001").await;
    let bo = app.join(&link, "Bo", "Madrid", "1990").await;
    post_as(
        &ana,
        &[
            ("kind", "post"),
            ("body", "I love the new colours, amazing"),
        ],
    )
    .await;
    post_as(
        &ana,
        &[
            ("kind", "post"),
            ("body", "Rain ruined training, awful day"),
        ],
    )
    .await;
    post_as(
        &bo,
        &[
            ("kind", "review"),
            ("product", &ball),
            ("rating", "1"),
            ("title", "Broke"),
            ("body", "The stitching ripped after a week, terrible"),
        ],
    )
    .await;

    let path = format!("/cohorts/{cohort_id}/feed");
    let whole = manager.get(&path).await;
    whole.assert_status(StatusCode::OK);
    assert!(whole.body.contains("3 posts and reviews, newest first."));
    for label in [
        "<label for=\"filter-city\">",
        "<label for=\"filter-band\">",
        "<label for=\"filter-product\">",
        "<label for=\"filter-label\">",
        "<label for=\"filter-from\">",
        "<label for=\"filter-to\">",
    ] {
        assert!(whole.body.contains(label), "{label}");
    }
    let shown = |body: &str| {
        [
            "I love the new colours",
            "Rain ruined training",
            "The stitching ripped",
        ]
        .into_iter()
        .filter(|text| body.contains(text))
        .collect::<Vec<_>>()
    };

    let berlin = manager.get(&format!("{path}?city=Berlin")).await;
    assert_eq!(
        shown(&berlin.body),
        ["I love the new colours", "Rain ruined training"]
    );
    assert!(berlin.body.contains("2 posts and reviews match"));
    assert!(berlin.body.contains("<option value=\"Berlin\" selected>"));

    let adults = manager.get(&format!("{path}?band=35%2B")).await;
    assert_eq!(
        shown(&adults.body),
        ["The stitching ripped"],
        "{}",
        adults.body
    );

    let reviews = manager.get(&format!("{path}?product={ball}")).await;
    assert_eq!(shown(&reviews.body), ["The stitching ripped"]);

    let negative = manager
        .get(&format!("{path}?label=negative&city=Berlin"))
        .await;
    assert_eq!(shown(&negative.body), ["Rain ruined training"]);

    // Days are the viewer's: today holds all three, tomorrow none.
    let today = chrono::Utc::now().date_naive();
    let tomorrow = today.succ_opt().unwrap();
    let days = manager
        .get(&format!("{path}?from={today}&to={today}"))
        .await;
    assert_eq!(shown(&days.body).len(), 3);
    let none = manager.get(&format!("{path}?from={tomorrow}")).await;
    assert!(shown(&none.body).is_empty());
    assert!(none.body.contains("No posts match this filter."));

    // Search: every word, any case, accents folded; a phrase in quotes; the
    // review's title and product count too.
    let search = |q: &str| {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("q", q)
            .finish();
        format!("{path}?{query}")
    };
    let found = manager.get(&search("STITCHING week")).await;
    assert_eq!(shown(&found.body), ["The stitching ripped"]);
    assert!(found.body.contains("1 post or review matches"));
    assert!(
        found.body.contains("value=\"STITCHING week\""),
        "the search stays in its box"
    );
    let accents = manager.get(&search("rain ruined")).await;
    assert_eq!(shown(&accents.body), ["Rain ruined training"]);
    let by_title = manager.get(&search("broke tango")).await;
    assert_eq!(shown(&by_title.body), ["The stitching ripped"]);
    let phrase = manager.get(&search("\"colours, amazing\"")).await;
    assert_eq!(shown(&phrase.body), ["I love the new colours"]);
    let apart = manager.get(&search("\"amazing colours\"")).await;
    assert!(shown(&apart.body).is_empty());
    let with_city = manager
        .get(&format!("{}&city=Madrid", search("love")))
        .await;
    assert!(
        shown(&with_city.body).is_empty(),
        "the search narrows with the rest"
    );
    let too_long = manager.get(&search(&"x".repeat(201))).await;
    too_long.assert_status(StatusCode::OK);
    assert!(too_long.body.contains("Search for at most 200 characters."));
    assert_eq!(shown(&too_long.body).len(), 3);

    // Stars and photos.
    let one_star = manager.get(&format!("{path}?stars=1")).await;
    assert_eq!(shown(&one_star.body), ["The stitching ripped"]);
    assert!(one_star.body.contains("<option value=\"1\" selected>"));
    let five = manager.get(&format!("{path}?stars=5")).await;
    assert!(shown(&five.body).is_empty());
    let bad_stars = manager.get(&format!("{path}?stars=9")).await;
    assert!(bad_stars.body.contains("Choose the stars from the list."));
    let home = ana.get("/me").await;
    ana.post_multipart(
        "/me/posts",
        &home,
        &[("kind", "post"), ("body", "Sunset session with the squad")],
        vec![("photos".into(), crate::photos::jpeg(64, 48))],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    let pictured = manager.get(&format!("{path}?photos=1")).await;
    assert!(
        pictured.body.contains("Sunset session"),
        "{}",
        pictured.body
    );
    assert!(shown(&pictured.body).is_empty());
    assert!(
        pictured
            .body
            .contains("id=\"filter-photos\" name=\"photos\" type=\"checkbox\" value=\"1\" checked")
    );

    // The posts themselves as a file, narrowed as the page is: no names.
    assert!(
        whole
            .body
            .contains(&format!("href=\"/cohorts/{cohort_id}/posts.csv\""))
    );
    let narrowed_link = format!("/cohorts/{cohort_id}/posts.csv?city=Berlin&#38;q=love");
    let narrowed_page = manager.get(&format!("{path}?city=Berlin&q=love")).await;
    assert!(
        narrowed_page.body.contains(&narrowed_link),
        "{}",
        &narrowed_page.body[..narrowed_page.body.find("Excel").unwrap_or(0)]
    );
    let csv = manager
        .get(&format!("/cohorts/{cohort_id}/posts.csv"))
        .await;
    csv.assert_status(StatusCode::OK);
    assert!(
        csv.body.starts_with('\u{feff}'),
        "Excel reads the byte-order mark"
    );
    let lines: Vec<&str> = csv.body.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "written,member,city,age band,kind,product,stars,title,text,label,score,language,hidden because,photos"
    );
    assert_eq!(lines.len(), 5, "four posts and the header: {}", csv.body);
    assert!(
        lines[1].contains("Sunset session") && lines[1].ends_with(",1"),
        "{}",
        lines[1]
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(",member 2,Madrid,35+,review,Tango Ball,1,Broke,")),
        "{}",
        csv.body
    );
    assert!(
        !csv.body.contains("Ana") && !csv.body.contains("Bo,"),
        "no names"
    );
    let searched = manager
        .get(&format!("/cohorts/{cohort_id}/posts.csv?q=stitching"))
        .await;
    assert_eq!(searched.body.lines().count(), 2, "{}", searched.body);
    let xlsx = manager
        .http
        .get(format!(
            "{}/cohorts/{cohort_id}/posts.xlsx?city=Berlin",
            app.address
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(xlsx.status(), StatusCode::OK);
    assert!(xlsx.bytes().await.unwrap().starts_with(b"PK"));
    manager
        .get(&format!("/cohorts/{cohort_id}/posts.json"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let refused = manager
        .get(&format!("/cohorts/{cohort_id}/posts.csv?city=Atlantis"))
        .await;
    refused.assert_status(StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("Choose a city from the list."));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'export posts'"),
        3
    );

    // What does not fit is said, left out, and nothing else is lost.
    let wrong = manager
        .get(&format!(
            "{path}?city=Atlantis&band=30s&label=great&from=yesterday&product=999999"
        ))
        .await;
    wrong.assert_status(StatusCode::OK);
    for message in [
        "Choose a city from the list.",
        "Choose an age band from the list.",
        "Choose a label from the list.",
        "Give the first day as a date.",
        "Choose a product from the list.",
    ] {
        assert!(wrong.body.contains(message), "{message}");
    }
    assert_eq!(shown(&wrong.body).len(), 3);
    let backwards = manager
        .get(&format!("{path}?from={tomorrow}&to={today}"))
        .await;
    assert!(
        backwards
            .body
            .contains("The last day comes before the first.")
    );

    // Another brand's product is not on this brand's list.
    let (rival_id, rival) = app.brand_with_manager("Rival").await;
    let theirs = app.add_product(&rival, rival_id, "Rival Runner").await;
    let foreign = manager.get(&format!("{path}?product={theirs}")).await;
    assert!(foreign.body.contains("Choose a product from the list."));
    rival
        .get(&format!("/cohorts/{cohort_id}/posts.csv"))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Pages of a filtered feed keep the filter.
    for n in 0..21 {
        post_as(
            &ana,
            &[("kind", "post"), ("body", &format!("Berlin session {n}"))],
        )
        .await;
    }
    let first = manager.get(&format!("{path}?city=Berlin")).await;
    assert!(first.body.contains("24 posts and reviews match"));
    assert!(first.body.contains("Page 1 of 2"));
    assert!(
        first.body.contains(&format!(
            "href=\"/cohorts/{cohort_id}/feed?city=Berlin&amp;page=2\""
        )),
        "{}",
        first.body
    );
    let second = manager.get(&format!("{path}?city=Berlin&page=2")).await;
    assert!(second.body.contains("Page 2 of 2"));
    assert!(second.body.contains("I love the new colours"));
    assert!(!second.body.contains("The stitching ripped"));

    // A search's pages keep it too.
    let sessions = manager.get(&search("Session")).await;
    assert!(sessions.body.contains("22 posts and reviews match"));
    assert!(sessions.body.contains("Page 1 of 2"));
    assert!(sessions.body.contains(&format!(
        "href=\"/cohorts/{cohort_id}/feed?q=Session&amp;page=2\""
    )));
    let rest = manager.get(&format!("{}&page=2", search("Session"))).await;
    assert!(!sessions.body.contains("Sunset session"));
    assert!(rest.body.contains("Berlin session 0"));
    assert!(rest.body.contains("Sunset session"));
}

#[tokio::test]
async fn staff_pin_posts_to_highlights_and_download_them_with_photos() {
    use std::io::Read;
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = app.join(&link, "Ana", "Berlin", "2008").await;
    let bo = app.join(&link, "Bo", "Madrid", "2007").await;
    let home = ana.get("/me").await;
    ana.post_multipart(
        "/me/posts",
        &home,
        &[("kind", "post"), ("body", "Sunset session with the squad")],
        vec![
            ("photos".into(), crate::photos::jpeg(64, 48)),
            ("photos".into(), crate::photos::jpeg(48, 64)),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    post_as(
        &bo,
        &[("kind", "post"), ("body", "Rain again, training was awful")],
    )
    .await;
    let board = format!("/cohorts/{cohort_id}/highlights");
    let empty = manager.get(&board).await;
    empty.assert_status(StatusCode::OK);
    assert!(empty.body.contains("No highlights yet."));

    let sunset = app.count("SELECT id AS n FROM posts WHERE body LIKE 'Sunset%'");
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    let pin = format!("/cohorts/{cohort_id}/posts/{sunset}/highlight");
    assert!(feed.body.contains(&format!("action=\"{pin}\"")));
    let pinned = manager.post_form(&pin, &feed, &[("pinned", "1")]).await;
    pinned.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        pinned.location(),
        format!("/cohorts/{cohort_id}/feed#post-{sunset}")
    );
    let feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    assert!(feed.body.contains("Added to the highlights."));
    assert!(feed.body.contains("Take off the highlights"));
    let listed = manager.get(&board).await;
    assert!(
        listed.body.contains("1 highlighted post,"),
        "{}",
        listed.body
    );
    assert!(listed.body.contains("Sunset session"));
    assert!(!listed.body.contains("Rain again"));
    // Members never see the staff's pins.
    assert!(!bo.get("/me").await.body.contains("Highlight"));

    let zip = manager
        .http
        .get(format!(
            "{}/cohorts/{cohort_id}/highlights.zip",
            app.address
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(zip.status(), StatusCode::OK);
    let bytes = zip.bytes().await.unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut names: Vec<String> = archive.file_names().map(str::to_string).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "highlight-1-photo-1.jpg",
            "highlight-1-photo-2.jpg",
            "highlights.csv"
        ]
    );
    let mut csv = String::new();
    archive
        .by_name("highlights.csv")
        .unwrap()
        .read_to_string(&mut csv)
        .unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].starts_with("number,written,member,city,"));
    assert_eq!(lines.len(), 2);
    assert!(lines[1].starts_with("1,"));
    assert!(
        lines[1].contains(",member 1,Berlin,18–19,post,,,,Sunset session with the squad,"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(",2"));
    assert!(!csv.contains("Ana"));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'download highlights'"),
        1
    );

    // Another brand cannot pin this cohort's posts; a post of another cohort
    // is not found here.
    let (rival_id, rival) = app.brand_with_manager("Rival").await;
    let theirs = app.create_cohort(&rival, rival_id, "Other", 100).await;
    let rival_page = rival.get(&format!("/cohorts/{theirs}/feed")).await;
    rival
        .post_form(&pin, &rival_page, &[("pinned", "0")])
        .await
        .assert_status(StatusCode::NOT_FOUND);
    rival
        .post_form(
            &format!("/cohorts/{theirs}/posts/{sunset}/highlight"),
            &rival_page,
            &[("pinned", "1")],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);
    rival
        .get(&format!("/cohorts/{cohort_id}/highlights.zip"))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Taken off from the board, it goes back there, empty.
    let off = manager
        .post_form(&pin, &listed, &[("pinned", "0"), ("back", "highlights")])
        .await;
    off.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(off.location(), board);
    let after = manager.get(&board).await;
    assert!(after.body.contains("Taken off the highlights."));
    assert!(after.body.contains("No highlights yet."));
}
