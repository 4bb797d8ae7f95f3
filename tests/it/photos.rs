#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Photos on posts: uploads, stripping, access, deletion, hostile files.

use std::io::Cursor;

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use crate::helpers::{Client, TestApp};

pub fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 255) as u8, (y % 255) as u8, 90])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Jpeg)
        .unwrap();
    out
}

/// A JPEG carrying an EXIF block with a GPS latitude, as phones write them.
fn jpeg_with_gps() -> Vec<u8> {
    let mut tiff: Vec<u8> = Vec::new();
    tiff.extend_from_slice(b"II\x2A\x00\x08\x00\x00\x00");
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&0x8825u16.to_le_bytes());
    tiff.extend_from_slice(&4u16.to_le_bytes());
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&26u32.to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD at 26: latitude (3 rationals at 44).
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend_from_slice(&2u16.to_le_bytes());
    tiff.extend_from_slice(&5u16.to_le_bytes());
    tiff.extend_from_slice(&3u32.to_le_bytes());
    tiff.extend_from_slice(&44u32.to_le_bytes());
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for value in [52u32, 31, 7] {
        tiff.extend_from_slice(&value.to_le_bytes());
        tiff.extend_from_slice(&1u32.to_le_bytes());
    }
    let plain = jpeg(64, 48);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((2 + 6 + tiff.len()) as u16).to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&plain[2..]);
    out
}

async fn post_with_photos(
    member: &Client,
    body: &str,
    files: Vec<(&str, Vec<u8>)>,
) -> (StatusCode, String) {
    let home = member.get("/me").await;
    let mut form = Form::new()
        .text("csrf_token", home.csrf())
        .text("kind", "post")
        .text("body", body.to_string());
    for (name, bytes) in files {
        form = form.part(
            "photos",
            Part::bytes(bytes)
                .file_name(name.to_string())
                .mime_str("image/jpeg")
                .unwrap(),
        );
    }
    let response = member
        .http
        .post(format!("{}/me/posts", member.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.text().await.unwrap_or_default())
}

pub fn stored_files(app: &TestApp) -> usize {
    std::fs::read_dir(app.db.dir.path().join("photos"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[tokio::test]
async fn photos_are_stripped_served_to_the_right_people_and_deleted_with_their_post() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let member = app.join(&link, "Ana", "Berlin", "2007").await;
    let original = jpeg_with_gps();
    assert!(
        original.windows(4).any(|w| w == b"Exif"),
        "the fixture carries EXIF"
    );

    let (status, _) = post_with_photos(
        &member,
        "New ball in the park",
        vec![("IMG_0001.jpg", original), ("b.jpg", jpeg(900, 600))],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM photos"), 2);
    assert_eq!(
        stored_files(&app),
        4,
        "a display size and a thumbnail each; no original"
    );
    let home = member.get("/me").await;
    assert!(home.body.contains("class=\"photos\""));
    let photo_id = app.count("SELECT min(id) AS n FROM photos");

    for size in ["thumb", "display"] {
        let served = member
            .http
            .get(format!("{}/photos/{photo_id}/{size}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(served.status(), StatusCode::OK);
        assert_eq!(served.headers()["content-type"], "image/jpeg");
        let bytes = served.bytes().await.unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "no EXIF, so no GPS position, is served"
        );
        assert!(image::load_from_memory(&bytes).is_ok());
    }
    manager
        .get(&format!("/photos/{photo_id}/thumb"))
        .await
        .assert_status(StatusCode::OK);

    // Nobody else sees it.
    app.client()
        .get(&format!("/photos/{photo_id}/thumb"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let other_cohort = app.create_cohort(&manager, brand_id, "Other", 100).await;
    let other_link = app.create_link(&manager, other_cohort, 5).await;
    let outsider = app.join(&other_link, "Bo", "Berlin", "2007").await;
    outsider
        .get(&format!("/photos/{photo_id}/thumb"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    // An observer of the brand never sees a member's photo.
    let observer = app.observer_of(brand_id, "agency@stride.test").await;
    observer
        .get(&format!("/photos/{photo_id}/thumb"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let (_, rival) = app.brand_with_manager("Rival").await;
    rival
        .get(&format!("/photos/{photo_id}/display"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    member
        .get(&format!("/photos/{photo_id}/original"))
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Managers download every photo as a ZIP; it is logged, and nobody else gets it.
    let zip = manager
        .http
        .get(format!("{}/cohorts/{cohort_id}/photos.zip", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(zip.status(), StatusCode::OK);
    assert_eq!(zip.headers()["content-type"], "application/zip");
    let bytes = zip.bytes().await.unwrap();
    // Streamed as it was written, it is still a whole archive: every photo of
    // the visible posts, each a JPEG.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let visible = app.count(
        "SELECT count(*) AS n FROM photos JOIN posts ON posts.id = photos.post_id WHERE posts.hidden_at IS NULL",
    );
    assert_eq!(archive.len() as i64, visible);
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    assert!(
        names.iter().any(|n| n.ends_with("-photo-1.jpg")),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n.ends_with("-photo-2.jpg")),
        "{names:?}"
    );
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let mut photo = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut photo).unwrap();
        assert!(
            photo.starts_with(&[0xFF, 0xD8]),
            "{} is a JPEG",
            entry.name()
        );
    }
    assert_eq!(
        app.count("SELECT count(*) AS n FROM audit_log WHERE action = 'download photos'"),
        1
    );
    rival
        .get(&format!("/cohorts/{cohort_id}/photos.zip"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    member
        .get(&format!("/cohorts/{cohort_id}/photos.zip"))
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // Deleting the post deletes the files.
    let post_id = app.count("SELECT id AS n FROM posts");
    let confirm = member.get(&format!("/me/posts/{post_id}/delete")).await;
    member
        .post_form(&format!("/me/posts/{post_id}/delete"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) AS n FROM photos"), 0);
    assert_eq!(stored_files(&app), 0);

    // So does removing the member.
    let (status, _) =
        post_with_photos(&member, "Another one", vec![("c.jpg", jpeg(100, 100))]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(stored_files(&app), 2);
    let member_id = app.count("SELECT id AS n FROM members WHERE display_name = 'Ana'");
    let confirm = manager
        .get(&format!("/cohorts/{cohort_id}/members/{member_id}/remove"))
        .await;
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/members/{member_id}/remove"),
            &confirm,
            &[],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(stored_files(&app), 0);
}

#[tokio::test]
async fn bad_photos_are_refused_with_the_text_kept_and_nothing_written() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let member = app.join(&link, "Ana", "Berlin", "2007").await;

    let html = b"<!doctype html><script>alert(1)</script>".to_vec();
    let (status, body) = post_with_photos(&member, "My words stay", vec![("evil.jpg", html)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("“evil.jpg” is not a photo (JPEG, PNG or WebP)."),
        "{body}"
    );
    assert!(body.contains(">My words stay</textarea>"));

    let seven: Vec<(&str, Vec<u8>)> = (0..7).map(|_| ("p.jpg", jpeg(20, 20))).collect();
    let (status, body) = post_with_photos(&member, "Too many", seven).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Add at most 6 photos"));

    let mut huge = jpeg(20, 20);
    huge.resize(11 * 1024 * 1024, 0);
    let (status, body) = post_with_photos(&member, "Huge", vec![("huge.jpg", huge)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("“huge.jpg” is larger than 10 MB."));

    let truncated = jpeg(300, 300)[..500].to_vec();
    let (status, body) = post_with_photos(&member, "Cut off", vec![("cut.jpg", truncated)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("could not be read"));

    // Photos from someone who is not signed in, or sent before the form's
    // token (or without it), are refused before they are read.
    let stranger = app.client();
    let mut photo_first = Form::new().part(
        "photos",
        Part::bytes(jpeg(20, 20))
            .file_name("p.jpg")
            .mime_str("image/jpeg")
            .unwrap(),
    );
    photo_first = photo_first.text("kind", "post").text("body", "Sneaky");
    let refused = stranger
        .http
        .post(format!("{}/me/posts", stranger.base))
        .multipart(photo_first)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let home = member.get("/me").await;
    let token_last = Form::new()
        .text("kind", "post")
        .text("body", "Token last")
        .part(
            "photos",
            Part::bytes(jpeg(20, 20))
                .file_name("p.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        )
        .text("csrf_token", home.csrf());
    let refused = member
        .http
        .post(format!("{}/me/posts", member.base))
        .multipart(token_last)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    assert_eq!(app.count("SELECT count(*) AS n FROM posts"), 0);
    assert_eq!(app.count("SELECT count(*) AS n FROM photos"), 0);
    assert_eq!(stored_files(&app), 0);
}

/// With a bucket configured, photos live there: stored, served and deleted.
#[tokio::test]
async fn photos_can_live_in_an_s3_compatible_bucket() {
    let Some(s3) = crate::helpers::S3Server::start().await else {
        return;
    };
    let app = TestApp::spawn_with_s3(s3.settings.clone()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let member = app.join(&link, "Ana", "Berlin", "2007").await;
    let (status, _) =
        post_with_photos(&member, "In the bucket", vec![("a.jpg", jpeg_with_gps())]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(s3.objects().await.len(), 2, "display size and thumbnail");
    assert_eq!(stored_files(&app), 0, "nothing in the local folder");
    let photo_id = app.count("SELECT id AS n FROM photos");
    let served = member
        .http
        .get(format!("{}/photos/{photo_id}/display", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    let bytes = served.bytes().await.unwrap();
    assert!(!bytes.windows(4).any(|w| w == b"Exif"));
    let post_id = app.count("SELECT id AS n FROM posts");
    let confirm = member.get(&format!("/me/posts/{post_id}/delete")).await;
    member
        .post_form(&format!("/me/posts/{post_id}/delete"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        s3.objects().await.is_empty(),
        "deleted from the bucket with the post"
    );
}
