#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The members' side in ten languages: every message file holds every key,
//! the browser's language is followed, the switcher changes it and a member's
//! choice is kept with them.

use std::collections::BTreeSet;

use cohorts::i18n::{Arg, Lang};
use reqwest::StatusCode;

use crate::activities::{add_task, draft, member_path, publish};
use crate::helpers::{Client, Response, TestApp, join_fields};

/// The message ids a Fluent file defines (`id = …` at the start of a line).
fn keys_of(lang: Lang) -> BTreeSet<String> {
    let path = format!(
        "{}/locales/{}/main.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let starts = id.chars().next()?.is_ascii_lowercase();
            let plain = id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            (starts && plain).then(|| id.to_string())
        })
        .collect()
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = keys_of(Lang::En);
    assert!(english.len() > 50, "{} keys", english.len());
    for lang in Lang::ALL {
        let keys = keys_of(lang);
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has keys English lacks: {extra:?}",
            lang.code()
        );
        for key in &english {
            let text = filled(lang, key);
            assert!(
                !text.starts_with("Unknown localization"),
                "{} cannot read {key}",
                lang.code()
            );
            // A message that cannot be formatted falls back to English, and
            // English copied in is a missing translation: either shows here.
            // Month names, the error code and date patterns may be the same.
            let may_match = key.starts_with("month-")
                || [
                    "error-code",
                    "date-format",
                    "time-format",
                    "data-born-value",
                ]
                .contains(&key.as_str());
            if lang != Lang::En && !may_match {
                assert_ne!(
                    text,
                    filled(Lang::En, key),
                    "{} leaves {key} in English",
                    lang.code()
                );
            }
        }
    }
}

/// A message with every argument any message takes.
fn filled(lang: Lang, key: &str) -> String {
    lang.t_with(
        key,
        &[
            ("author", Arg::Text("Ana")),
            ("brand", Arg::Text("Stride")),
            ("cohort", Arg::Text("Squad")),
            ("count", Arg::Number(2)),
            ("days", Arg::Number(30)),
            ("country", Arg::Text("Nigeria")),
            ("zone", Arg::Text("Africa/Lagos")),
            ("age", Arg::Number(18)),
            ("due", Arg::Text("1 May")),
            ("date", Arg::Text("1 May 2026")),
            ("site", Arg::Text("stride.com")),
            ("file", Arg::Text("boots.heic")),
            ("max", Arg::Number(6)),
            ("month", Arg::Text("May")),
            ("name", Arg::Text("Ana")),
            ("title", Arg::Text("Boot vote")),
            ("n", Arg::Number(1)),
            ("page", Arg::Number(1)),
            ("pages", Arg::Number(3)),
            ("product", Arg::Text("Boots")),
            ("rating", Arg::Number(4)),
            ("reason", Arg::Text("spam")),
            ("seats", Arg::Number(2)),
            ("stars", Arg::Number(2)),
            ("status", Arg::Number(404)),
            ("theme", Arg::Text("football")),
            ("when", Arg::Text("1 May")),
            ("year", Arg::Text("2008")),
        ],
    )
}

/// No page shows a message id instead of its text.
fn assert_no_raw_keys(body: &str, lang: Lang) {
    for key in keys_of(Lang::En) {
        // Ids are lower-case with dashes; `>id<` or `"id"` would be one shown raw.
        for shown in [format!(">{key}<"), format!("\"{key}\""), format!(" {key} ")] {
            assert!(!body.contains(&shown), "{}: raw key {key}", lang.code());
        }
    }
    assert!(!body.contains("Unknown localization"), "{}", lang.code());
}

/// Sends the switcher's form as a browser would, from the page `referer` (if any).
async fn switch_language(
    client: &Client,
    page: &Response,
    lang: &str,
    referer: Option<&str>,
) -> reqwest::Response {
    let mut request = client
        .http
        .post(format!("{}/language", client.base))
        .form(&[("csrf_token", page.csrf().as_str()), ("lang", lang)]);
    if let Some(referer) = referer {
        request = request.header("Referer", referer);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn the_join_page_speaks_the_browsers_language_and_the_switcher_changes_it() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;

    for lang in Lang::ALL {
        let visitor = app.client_speaking(&format!("{};q=0.9, nl;q=0.5", lang.code()));
        let page = visitor.get(&link).await;
        page.assert_status(StatusCode::OK);
        assert!(
            page.body
                .contains(&format!("<html lang=\"{}\">", lang.code())),
            "{}",
            lang.code()
        );
        for key in ["join-heading", "join-display-name", "join-city", "nav-main"] {
            let text = lang.t(key).replace('\'', "&#39;");
            assert!(page.body.contains(&text), "{}: {key}", lang.code());
        }
        assert_no_raw_keys(&page.body, lang);
        // Every language is offered, each named in itself.
        for other in Lang::ALL {
            assert!(page.body.contains(other.name()));
        }
    }

    // A Spanish browser; the visitor switches to German before joining.
    let visitor = app.client_speaking("es-ES,es;q=0.9");
    let page = visitor.get(&link).await;
    assert!(page.body.contains("Únete"));
    // Countries and their regions are named in Spanish, in Spanish order.
    for named in [
        "<optgroup label=\"África\">",
        "<option value=\"DE\">Alemania</option>",
        "<option value=\"ZA\">Sudáfrica</option>",
        "<option value=\"KR\">Corea del Sur</option>",
    ] {
        assert!(page.body.contains(named), "{named}");
    }
    let at = |code: &str| page.body.find(&format!("value=\"{code}\"")).unwrap();
    assert!(at("DE") < at("AT"), "Alemania comes before Austria");
    // Mistakes on the form are told in Spanish, by their fields.
    let mut wrong = join_fields("Mo", "Lisboa", "2016");
    wrong.retain(|(k, _)| *k != "consent");
    let refused = visitor.post_form(&link, &page, &wrong).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    for text in [
        "Elige tu ciudad de la lista.",
        "Lee y marca esta casilla para unirte.",
    ] {
        assert!(refused.body.contains(text), "{text}");
    }
    let young = visitor
        .post_form(&link, &page, &join_fields("Niño", "Berlin", "2016"))
        .await;
    assert!(
        young
            .body
            .contains("Los miembros deben tener al menos 13 años.")
    );
    let mut teen = join_fields("Ada", "Berlin", "2010");
    for field in teen.iter_mut().filter(|(k, _)| *k == "country") {
        field.1 = "NG";
    }
    let guardian = visitor.post_form(&link, &page, &teen).await;
    assert!(
        guardian.body.contains("En Nigeria necesitas el permiso"),
        "{}",
        guardian.body
    );
    let from_page = format!("{}{link}", visitor.base);
    let switched = switch_language(&visitor, &page, "de", Some(&from_page)).await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        switched.headers()["location"],
        link.as_str(),
        "back to the page"
    );
    let page = visitor.get(&link).await;
    assert!(page.body.contains("<html lang=\"de\">"));
    assert!(page.body.contains("Beitreten"));
    assert!(
        page.body
            .contains("<option value=\"3\" selected>März</option>")
            || page.body.contains(">März</option>")
    );
    let joined = visitor
        .post_form(&link, &page, &join_fields("Lena", "Berlin", "2000"))
        .await;
    joined.assert_status(StatusCode::OK);
    assert!(
        joined.body.contains("Willkommen bei Squad!"),
        "{}",
        joined.body
    );
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM members WHERE display_name = 'Lena' AND language = 'de'"
        ),
        1
    );
    let home = visitor.get("/me").await;
    for text in [
        "Meine Gruppe",
        "Teile etwas",
        "Was teilst du?",
        "Gruppen-Feed",
        "5 Sterne",
        "1 Stern<",
    ] {
        assert!(home.body.contains(text), "{text}");
    }
    assert_no_raw_keys(&home.body, Lang::De);
    // Staff read the same posts in English.
    let post = visitor
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "Super Schuhe!")],
        )
        .await;
    post.assert_status(StatusCode::SEE_OTHER);
    let staff_feed = manager.get(&format!("/cohorts/{cohort_id}/feed")).await;
    assert!(staff_feed.body.contains("<html lang=\"en\">"));
    assert!(staff_feed.body.contains("Super Schuhe!"));
    assert!(!staff_feed.body.contains("Teile etwas"));
    // Error pages follow too.
    let missing = visitor.get("/me/posts/999999/edit").await;
    missing.assert_status(StatusCode::NOT_FOUND);
    assert!(
        missing.body.contains("Seite nicht gefunden"),
        "{}",
        missing.body
    );

    // The member switches to Italian: kept with them, so a new device with an
    // English browser opens their page in Italian.
    let switched = switch_language(&visitor, &home, "it", None).await;
    assert_eq!(switched.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        switched.headers()["location"],
        "/",
        "no Referer: the start page"
    );
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM members WHERE display_name = 'Lena' AND language = 'it'"
        ),
        1
    );
    assert!(visitor.get("/me").await.body.contains("Il mio gruppo"));
    let new_device = app.client();
    new_device
        .get(&joined.access_path())
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let there = new_device.get("/me").await;
    assert!(there.body.contains("<html lang=\"it\">"));
    assert!(there.body.contains("Il mio gruppo"));
    let missing = new_device.get("/me/posts/999999/edit").await;
    assert!(missing.body.contains("Pagina non trovata"), "errors too");

    // A language Cohorts does not speak, or a foreign Referer, changes nothing.
    let home = visitor.get("/me").await;
    let refused = switch_language(&visitor, &home, "xx", None).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let elsewhere =
        switch_language(&visitor, &home, "fr", Some("https://evil.example/phish")).await;
    assert_eq!(
        elsewhere.headers()["location"],
        "/phish",
        "only the path is kept"
    );
}

/// A message as a page shows it, escaped by the template.
fn shown(lang: Lang, key: &str) -> String {
    lang.t(key).replace('\'', "&#39;")
}

/// The member's page confirms what was done with the message `key`.
async fn assert_flash(member: &Client, lang: Lang, key: &str) {
    let page = member.get("/me").await;
    assert!(page.body.contains(&shown(lang, key)), "{key}");
}

/// Joins through `link` as `name` and shares `body`; the post's id.
async fn join_and_post(app: &TestApp, member: &Client, link: &str, name: &str, body: &str) -> i64 {
    let page = member.get(link).await;
    member
        .post_form(link, &page, &join_fields(name, "Berlin", "2000"))
        .await
        .assert_status(StatusCode::OK);
    let home = member.get("/me").await;
    member
        .post_form("/me/posts", &home, &[("kind", "post"), ("body", body)])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.count("SELECT max(id) AS n FROM posts")
}

#[tokio::test]
async fn a_members_own_pages_and_messages_are_in_their_language() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let member = app.client_speaking("ko-KR,ko;q=0.9");
    let post_id = join_and_post(&app, &member, &link, "Min", "신발 정말 좋아요").await;
    let home = member.get("/me").await;
    assert!(home.body.contains(&shown(Lang::Ko, "flash-shared")));
    // Another member's post, to report.
    let others_post = join_and_post(&app, &app.client(), &link, "Sam", "Hi all").await;

    let pages = [
        (
            "/me/account".to_string(),
            &[
                "data-title",
                "data-download",
                "data-reminders",
                "data-leave-heading",
            ][..],
        ),
        (
            format!("/me/posts/{post_id}/edit"),
            &["edit-title", "edit-save", "cancel"],
        ),
        (
            format!("/me/posts/{others_post}/report"),
            &[
                "report-title",
                "report-legend",
                "report-spam",
                "report-send",
            ],
        ),
        (
            "/me/leave".to_string(),
            &["leave-text", "leave-button", "cancel"],
        ),
    ];
    for lang in Lang::ALL {
        let switched = switch_language(&member, &home, lang.code(), None).await;
        assert_eq!(switched.status(), StatusCode::SEE_OTHER);
        for (path, keys) in &pages {
            let page = member.get(path).await;
            page.assert_status(StatusCode::OK);
            assert!(
                page.body
                    .contains(&format!("<html lang=\"{}\">", lang.code()))
            );
            for key in *keys {
                assert!(
                    page.body.contains(&shown(lang, key)),
                    "{} {path}: {key}",
                    lang.code()
                );
            }
            assert_no_raw_keys(&page.body, lang);
        }
    }

    // An activity, asked in English by staff, is framed in each member's
    // language (the staff's own words stay as written), and so is the thanks.
    let activity = draft(&manager, cohort_id, "Boot vote", -1, &[]).await;
    add_task(
        &manager,
        &activity,
        &[("kind", "text"), ("prompt", "Anything else?")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    publish(&manager, &activity)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let answer_path = member_path(&activity);
    for lang in [Lang::Ko, Lang::De, Lang::PtBr] {
        switch_language(&member, &home, lang.code(), None).await;
        let page = member.get(&answer_path).await;
        page.assert_status(StatusCode::OK);
        for key in ["act-back", "act-send"] {
            assert!(
                page.body.contains(&shown(lang, key)),
                "{}: {key}",
                lang.code()
            );
        }
        assert!(page.body.contains("Anything else?"));
        assert_no_raw_keys(&page.body, lang);
    }
    let form = member.get(&answer_path).await;
    // An empty answer is refused in Portuguese, by its task.
    let empty = member
        .post_form(&answer_path, &form, &[("task-0", "")])
        .await;
    empty.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.body.contains(&shown(Lang::PtBr, "answer-error-text")),
        "{}",
        empty.body
    );
    member
        .post_form(&answer_path, &form, &[("task-0", "Mais cores, por favor")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let thanked = member.get(&answer_path).await;
    assert!(
        thanked
            .body
            .contains(&shown(Lang::PtBr, "flash-answers-in"))
    );
    assert!(thanked.body.contains(&shown(Lang::PtBr, "act-save")));

    // In Turkish: a report sent without a reason says so, a saved edit and
    // a sent report are confirmed in Turkish.
    switch_language(&member, &home, "tr", None).await;
    let report_path = format!("/me/posts/{others_post}/report");
    let form = member.get(&report_path).await;
    let refused = member.post_form(&report_path, &form, &[]).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&shown(Lang::Tr, "report-error")));
    member
        .post_form(&report_path, &form, &[("reason", "spam")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_flash(&member, Lang::Tr, "flash-reported").await;
    let edit_path = format!("/me/posts/{post_id}");
    let form = member.get(&format!("{edit_path}/edit")).await;
    member
        .post_form(
            &edit_path,
            &form,
            &[("kind", "post"), ("body", "Ayakkabılar harika")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_flash(&member, Lang::Tr, "flash-edited").await;

    // What is wrong with a post is said in Turkish too, by its field.
    let home = member.get("/me").await;
    let refused = member
        .post_form("/me/posts", &home, &[("kind", "review"), ("body", "")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    for key in ["post-error-body", "post-error-no-product"] {
        assert!(refused.body.contains(&shown(Lang::Tr, key)), "{key}");
    }
    // The form, folded away on a fresh page, comes back open.
    assert!(
        home.body
            .contains("<details class=\"card compose\" id=\"share\">")
    );
    assert!(
        refused
            .body
            .contains("<details class=\"card compose\" id=\"share\" open>")
    );
    // And what is wrong with a photo, the text kept.
    let not_a_photo = member
        .post_multipart(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "Harika")],
            vec![("photos".to_string(), b"not a photo".to_vec())],
        )
        .await;
    not_a_photo.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        Lang::Tr.t1("photo-not-an-image", "file", "photo.jpg"),
        Lang::Tr.t("photo-kept"),
    ] {
        let message = message.replace('\'', "&#39;");
        assert!(not_a_photo.body.contains(&message), "{message}");
    }

    // Leaving in Japanese: once signed out, the start page confirms it in
    // Japanese.
    switch_language(&member, &home, "ja", None).await;
    // Dates are written the Japanese way ("2026年11月30日 14:05").
    let japanese = member.get("/me").await;
    let year = chrono::Utc::now().format("%Y年").to_string();
    assert!(japanese.body.contains(&year), "{}", japanese.body);
    let confirm = member.get("/me/leave").await;
    member
        .post_form("/me/leave", &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let after = member.get("/").await;
    assert!(after.body.contains("<html lang=\"ja\">"), "{}", after.body);
    assert!(after.body.contains(&shown(Lang::Ja, "flash-left")));
    assert_eq!(
        app.count("SELECT count(*) AS n FROM members WHERE display_name = 'Min'"),
        0
    );

    // Asking for one's link again, from a French browser.
    let visitor = app.client_speaking("fr-FR,fr;q=0.9");
    let form = visitor.get("/link").await;
    for key in ["link-title", "link-intro", "link-send"] {
        assert!(form.body.contains(&shown(Lang::Fr, key)), "{key}");
    }
    let refused = visitor
        .post_form("/link", &form, &[("email", "not-an-address")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&shown(Lang::Fr, "link-error-email")));
    let sent = visitor
        .post_form("/link", &form, &[("email", "someone@example.com")])
        .await;
    assert!(sent.body.contains(&shown(Lang::Fr, "link-sent")));
}

#[tokio::test]
async fn staff_who_sign_out_are_told_so() {
    let app = TestApp::spawn().await;
    let (_, manager) = app.brand_with_manager("Stride").await;
    let page = manager.get("/account").await;
    manager
        .post_form("/logout", &page, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let login = manager.get("/login").await;
    assert!(login.body.contains("You are signed out."));
    manager
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
}
