#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Mail through a real SMTP server on loopback.

use reqwest::StatusCode;

use crate::activities::{ask_a_question_and_a_product_test, draft, member_path};
use crate::helpers::{SmtpSink, TestApp, join_fields, link_in};

/// Invite mail → join → personal-link mail → post; then "send me my link".
#[tokio::test]
async fn invite_by_mail_join_and_get_the_link_again() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/emails"),
            &invites,
            &[("emails", "Ana@Example.com")],
        )
        .await
        .assert_status(StatusCode::OK);

    let messages = smtp.wait_for(1, 10).await;
    let invite = &messages[0];
    assert_eq!(invite["rcpt_tos"][0], "ana@example.com");
    assert_eq!(invite["subject"], "Stride invites you to join Squad");
    assert!(
        invite["html"]
            .as_str()
            .unwrap()
            .contains("See the cohort and join")
    );
    let join_path = link_in(invite, "/join/");

    let member = app.client();
    let page = member.get(&join_path).await;
    page.assert_status(StatusCode::OK);
    assert!(
        !page.body.contains("id=\"email\""),
        "a personal invite already knows the address"
    );
    let welcome_page = member
        .post_form(&join_path, &page, &join_fields("Ana", "Berlin", "2007"))
        .await;
    welcome_page.assert_status(StatusCode::OK);
    assert!(welcome_page.body.contains("We also emailed it to you."));

    let messages = smtp.wait_for(2, 10).await;
    let welcome = &messages[1];
    assert_eq!(welcome["subject"], "🔑 Your personal link to Squad");
    assert!(welcome["text"].as_str().unwrap().contains("Hi Ana,"));
    let access = link_in(welcome, "/m/");
    // Every message to a member (and every invite) can be turned off without signing in.
    assert!(link_in(invite, "/unsubscribe/reminders/").len() > 30);
    let off = link_in(welcome, "/unsubscribe/nudges/");
    let anonymous = app.client();
    let page = anonymous.get(&off).await;
    page.assert_status(StatusCode::OK);
    anonymous
        .post_form(&off, &page, &[])
        .await
        .assert_status(StatusCode::OK);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM members WHERE nudges_off_at IS NOT NULL"),
        1
    );

    let phone = app.client();
    phone
        .get(&access)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let home = phone.get("/me").await;
    phone
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "Joined from my inbox")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        manager
            .get(&format!("/cohorts/{cohort_id}/feed"))
            .await
            .body
            .contains("Joined from my inbox")
    );

    // Lost the link: ask for it again. The answer never says whether the address is known.
    let stranger = app.client();
    let form = stranger.get("/link").await;
    let unknown = stranger
        .post_form("/link", &form, &[("email", "nobody@example.com")])
        .await;
    let known = stranger
        .post_form("/link", &form, &[("email", "ana@example.com")])
        .await;
    unknown.assert_status(StatusCode::OK);
    known.assert_status(StatusCode::OK);
    assert!(known.body.contains("If that address belongs to a member"));
    assert_eq!(unknown.body, known.body);
    let bad = stranger
        .post_form("/link", &form, &[("email", "not an address")])
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"not an address\""));

    let messages = smtp.wait_for(3, 10).await;
    assert_eq!(messages.len(), 3, "nothing is sent to an unknown address");
    let again = link_in(&messages[2], "/m/");
    assert_ne!(again, access);
    // The replaced link says so, and where to get it again.
    let replaced = app.client().get(&access).await;
    replaced.assert_status(StatusCode::NOT_FOUND);
    assert!(replaced.body.contains("This personal link no longer works"));
    assert!(
        replaced
            .body
            .contains("<a class=\"button\" href=\"/link\">Get your personal link again</a>")
    );
    // The phone signed in with the old link is signed out with it.
    let old_session = phone.get("/me").await;
    old_session.assert_status(StatusCode::FORBIDDEN);
    assert!(old_session.body.contains("Open your personal link"));
    app.client()
        .get(&again)
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // At most three link mails an hour to one address (the welcome mail counts):
    // of four more requests, one is sent.
    for _ in 0..4 {
        stranger
            .post_form("/link", &form, &[("email", "ana@example.com")])
            .await
            .assert_status(StatusCode::OK);
    }
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    assert_eq!(smtp.messages().len(), 4);
    assert_eq!(app.count("SELECT count(*) AS n FROM outbox"), 4);
}

/// A member who joins through a shared link may leave an address for their link.
#[tokio::test]
async fn join_link_member_may_give_an_address() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let member = app.client();
    let page = member.get(&link).await;
    assert!(page.body.contains("id=\"email\""));
    let mut fields = join_fields("Bo", "Paris", "2006");
    fields.push(("email", "bo@"));
    let refused = member.post_form(&link, &page, &fields).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("not a valid email address"));
    fields.pop();
    fields.push(("email", "bo@example.com"));
    member
        .post_form(&link, &page, &fields)
        .await
        .assert_status(StatusCode::OK);
    let messages = smtp.wait_for(1, 10).await;
    assert_eq!(messages[0]["rcpt_tos"][0], "bo@example.com");
    assert!(link_in(&messages[0], "/m/").contains("/m/"));
}

/// The SMTP server is down while invites go out; when it returns, every message
/// is delivered, exactly once.
#[tokio::test]
async fn mail_waits_for_the_server_and_arrives_once() {
    let Some(mut smtp) = SmtpSink::start() else {
        return;
    };
    smtp.stop();
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    let addresses: Vec<String> = (0..5).map(|i| format!("person{i}@example.com")).collect();
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/emails"),
            &invites,
            &[("emails", &addresses.join("\n"))],
        )
        .await
        .assert_status(StatusCode::OK);
    // Let the worker fail at least once.
    for _ in 0..50 {
        if app.count("SELECT count(*) AS n FROM outbox WHERE last_error IS NOT NULL") == 5 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        app.count(
            "SELECT count(*) AS n FROM outbox WHERE status = 'pending' AND last_error IS NOT NULL"
        ),
        5
    );
    assert!(smtp.messages().is_empty());
    // The admin sees them waiting, with the last error.
    let admin = app.signed_in_admin().await;
    let waiting = admin.get("/admin/outbox?status=pending").await;
    waiting.assert_status(StatusCode::OK);
    assert!(waiting.body.contains("Waiting (5)"), "{}", waiting.body);
    assert!(waiting.body.contains("person0@example.com"));
    assert!(waiting.body.contains("SMTP:"), "the last error is shown");

    smtp.restart();
    let messages = smtp.wait_for(5, 20).await;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    let messages_after = smtp.messages();
    assert_eq!(messages_after.len(), 5, "each message once");
    let mut recipients: Vec<String> = messages
        .iter()
        .map(|m| m["rcpt_tos"][0].as_str().unwrap().to_string())
        .collect();
    recipients.sort();
    assert_eq!(recipients, addresses);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM outbox WHERE status = 'sent'"),
        5
    );
    assert!(
        admin
            .get("/admin/outbox?status=sent")
            .await
            .body
            .contains("Sent (5)")
    );

    // A message that was given up on can be sent again from the outbox page.
    app.execute("UPDATE outbox SET status = 'failed', last_error = 'SMTP: gave up' WHERE recipient = 'person0@example.com'");
    let failed = admin.get("/admin/outbox?status=failed").await;
    assert!(failed.body.contains("SMTP: gave up"));
    let id = app.count("SELECT id AS n FROM outbox WHERE status = 'failed'");
    admin
        .post_form(&format!("/admin/outbox/{id}/retry"), &failed, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let again = smtp.wait_for(6, 10).await;
    assert_eq!(again[5]["rcpt_tos"][0], "person0@example.com");
    admin
        .post_form(&format!("/admin/outbox/{id}/retry"), &failed, &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

/// Staff write an invitation in the invitee's language: the mail, its
/// reminder and the join page speak it; a language Cohorts does not speak is
/// refused with nothing created.
#[tokio::test]
async fn invitations_are_written_in_the_language_staff_choose() {
    use cohorts::i18n::{Arg, Lang};
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    // The brand's colour is the invitation's button.
    let home = manager.get(&format!("/brands/{brand_id}")).await;
    manager
        .post_form(
            &format!("/brands/{brand_id}/look"),
            &home,
            &[("accent", "#1a7f5a")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // And its logo heads the invitation.
    manager
        .post_multipart(
            &format!("/brands/{brand_id}/logo"),
            &home,
            &[],
            vec![("picture".into(), crate::photos::jpeg(300, 100))],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let path = format!("/cohorts/{cohort_id}/invites/emails");
    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    assert!(invites.body.contains("Language of the invitations"));
    let refused = manager
        .post_form(
            &path,
            &invites,
            &[("emails", "lola@example.com"), ("language", "xx")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Choose the language of the invitations from the list.")
    );
    assert!(
        refused.body.contains("lola@example.com"),
        "the addresses are kept"
    );
    assert_eq!(app.count("SELECT count(*) AS n FROM invites"), 0);

    let listed = manager
        .post_form(
            &path,
            &invites,
            &[("emails", "lola@example.com"), ("language", "es")],
        )
        .await;
    listed.assert_status(StatusCode::OK);
    assert!(listed.body.contains("<td>Español</td>"));
    let invite = &smtp.wait_for(1, 10).await[0];
    let spanish = |key: &str| {
        Lang::Es.t_with(
            key,
            &[
                ("brand", Arg::Text("Stride")),
                ("cohort", Arg::Text("Squad")),
            ],
        )
    };
    assert_eq!(invite["subject"], "Stride te invita a unirte a Squad");
    let html = invite["html"].as_str().unwrap();
    assert!(html.contains("<html lang=\"es\">"));
    assert!(html.contains(&spanish("mail-invite-open")));
    assert!(html.contains("background: #1a7f5a;"), "{html}");
    let logo = format!("<img src=\"{}/brands/{brand_id}/logo.png?v=", app.address);
    assert!(html.contains(&logo), "{html}");
    assert!(html.contains("alt=\"Stride\""), "{html}");
    assert!(
        invite["text"]
            .as_str()
            .unwrap()
            .contains(&spanish("mail-invite-intro"))
    );
    assert!(invite["text"].as_str().unwrap().contains(&Lang::Es.tn(
        "mail-invite-personal",
        "days",
        30
    )));

    // The join page opens in Spanish for a browser that asks for nothing.
    let join = app.client().get(&link_in(invite, "/join/")).await;
    join.assert_status(StatusCode::OK);
    assert!(join.body.contains("<html lang=\"es\""));

    app.execute(
        "UPDATE invites SET created_at = '2020-01-01 00:00:00', expires_at = '2099-01-01 00:00:00'",
    );
    let all = smtp.wait_for(2, 10).await;
    assert_eq!(all[1]["subject"], spanish("mail-reminder-subject"));
    assert!(
        all[1]["text"]
            .as_str()
            .unwrap()
            .contains(&Lang::Es.t("mail-reminder-again"))
    );

    // Its "stop the reminders" page speaks Spanish too, before and after,
    // whatever the browser asks for.
    let off = link_in(&all[1], "/unsubscribe/reminders/");
    let visitor = app.client();
    let page = visitor.get(&off).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("<html lang=\"es\""), "{}", page.body);
    assert!(page.body.contains(&Lang::Es.t("stop-invite-heading")));
    let done = visitor.post_form(&off, &page, &[]).await;
    done.assert_status(StatusCode::OK);
    assert!(done.body.contains(&Lang::Es.t("stop-invite-done")));
}

/// Without SMTP_URL, mail is written as .eml files in the data folder.
#[tokio::test]
async fn without_smtp_mail_goes_to_eml_files() {
    let app = TestApp::spawn().await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/emails"),
            &invites,
            &[("emails", "cy@example.com")],
        )
        .await
        .assert_status(StatusCode::OK);
    let folder = app.db.dir.path().join("outbox");
    let mut found = None;
    for _ in 0..50 {
        if let Some(entry) = std::fs::read_dir(&folder)
            .unwrap()
            .filter_map(Result::ok)
            .next()
        {
            found = Some(std::fs::read_to_string(entry.path()).unwrap());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let eml = found.expect("an .eml file is written");
    assert!(eml.contains("To: cy@example.com"));
    assert!(eml.contains("Subject: Stride invites you to join Squad"));
}

/// Invited people who have not joined get at most two reminders, each with a
/// fresh link, and can turn them off from the message.
#[tokio::test]
async fn reminders_to_invited_people_who_have_not_joined() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let invites = manager.get(&format!("/cohorts/{cohort_id}/invites")).await;
    manager
        .post_form(
            &format!("/cohorts/{cohort_id}/invites/emails"),
            &invites,
            &[("emails", "late@example.com\nquiet@example.com")],
        )
        .await
        .assert_status(StatusCode::OK);
    let first = smtp.wait_for(2, 10).await;
    let late_first = first
        .iter()
        .find(|m| m["rcpt_tos"][0] == "late@example.com")
        .unwrap();
    let first_link = link_in(late_first, "/join/");

    // Four days later: a reminder each, with a new link; the old one stops working.
    app.execute(
        "UPDATE invites SET created_at = '2020-01-01 00:00:00', expires_at = '2099-01-01 00:00:00'",
    );
    let all = smtp.wait_for(4, 10).await;
    let reminder = all
        .iter()
        .find(|m| {
            m["rcpt_tos"][0] == "late@example.com"
                && m["subject"].as_str().unwrap().starts_with("Reminder")
        })
        .unwrap();
    assert_eq!(
        reminder["subject"],
        "Reminder: Stride invites you to join Squad"
    );
    let fresh = link_in(reminder, "/join/");
    assert_ne!(fresh, first_link);
    app.client()
        .get(&first_link)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.client().get(&fresh).await.assert_status(StatusCode::OK);

    // One of them turns reminders off from the message.
    let quiet = all
        .iter()
        .find(|m| {
            m["rcpt_tos"][0] == "quiet@example.com"
                && m["subject"].as_str().unwrap().starts_with("Reminder")
        })
        .unwrap();
    let off = link_in(quiet, "/unsubscribe/");
    let visitor = app.client();
    let page = visitor.get(&off).await;
    page.assert_status(StatusCode::OK);
    assert!(page.body.contains("Stop the reminders about this invite?"));
    let done = visitor.post_form(&off, &page, &[]).await;
    done.assert_status(StatusCode::OK);
    assert!(done.body.contains("remind you about this invite again."));
    let last = if off.ends_with('0') { '1' } else { '0' };
    let forged = format!("{}{last}", &off[..off.len() - 1]);
    visitor
        .get(&forged)
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // The second reminder goes to the other one only, and there is never a third.
    app.execute("UPDATE invites SET last_reminded_at = '2020-01-01 00:00:00'");
    let all = smtp.wait_for(5, 10).await;
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    app.execute("UPDATE invites SET last_reminded_at = '2020-01-01 00:00:00'");
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    let reminders = |to: &str| {
        smtp.messages()
            .iter()
            .filter(|m| {
                m["rcpt_tos"][0] == to && m["subject"].as_str().unwrap().starts_with("Reminder")
            })
            .count()
    };
    assert_eq!(reminders("late@example.com"), 2, "at most two reminders");
    assert_eq!(
        reminders("quiet@example.com"),
        1,
        "none after turning them off"
    );
    assert!(all.len() >= 5);
}

/// A member who has not posted for 14 days is nudged; one click turns it off.
#[tokio::test]
async fn nudges_to_quiet_members_and_one_click_opt_out() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let member = app.client();
    let page = member.get(&link).await;
    let mut fields = join_fields("Quinn", "Berlin", "2006");
    fields.push(("email", "quinn@example.com"));
    member
        .post_form(&link, &page, &fields)
        .await
        .assert_status(StatusCode::OK);
    smtp.wait_for(1, 10).await;

    app.execute("UPDATE members SET created_at = '2020-01-01 00:00:00'");
    let messages = smtp.wait_for(2, 10).await;
    let nudge = &messages[1];
    assert_eq!(nudge["subject"], "What's new with you, Quinn?");
    assert!(nudge["text"].as_str().unwrap().contains("/link"));
    let off = link_in(nudge, "/unsubscribe/nudges/");

    // One click from the mail program: a POST with no session and no form token.
    let one_click = reqwest::Client::new()
        .post(format!("{}{off}", app.address))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), StatusCode::OK);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM members WHERE nudges_off_at IS NOT NULL"),
        1
    );
    app.execute("UPDATE members SET last_nudged_at = '2020-01-01 00:00:00'");
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert_eq!(smtp.messages().len(), 2, "no nudge after opting out");

    // The member turns them back on from their data page.
    let account = member.get("/me/account").await;
    assert!(account.body.contains("Turn reminders on"));
    member
        .post_form("/me/nudges", &account, &[("on", "yes")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) AS n FROM members WHERE nudges_off_at IS NOT NULL"),
        0
    );
}

/// Each manager gets a weekly digest of their brand.
#[tokio::test]
async fn weekly_digest_for_managers() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 5).await;
    let member = app.join(&link, "Ana", "Berlin", "2007").await;
    let home = member.get("/me").await;
    member
        .post_form(
            "/me/posts",
            &home,
            &[("kind", "post"), ("body", "Love the boots")],
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert!(
        smtp.messages().is_empty(),
        "no digest in the manager's first week"
    );

    // The week is released, then the manager's first week is over.
    let released = cohorts::services::releases::make_due(
        &mut app.conn(),
        chrono::Utc::now().naive_utc() + chrono::Duration::days(7),
    )
    .unwrap();
    assert_eq!(released, 1);
    // One member cannot make a product or topic clear the bar, so the release
    // is given one of each that does, and one of each that does not.
    let release = {
        use cohorts::db::schema::releases;
        use cohorts::summary::release::{DropCell, ProductCell, Release, TopicCell};
        use diesel::prelude::*;
        let mut conn = app.conn();
        let conn: &mut cohorts::db::DbConn = &mut conn;
        let stored: String = releases::table
            .select(releases::figures)
            .first(conn)
            .unwrap();
        let mut release: Release = serde_json::from_str(&stored).unwrap();
        release.products = vec![
            ProductCell {
                name: "Zoom".into(),
                figures: [12, 1800],
            },
            ProductCell {
                name: "Secret".into(),
                figures: [2, 200],
            },
        ];
        release.topic_bar = 9;
        release.topics = vec![
            TopicCell {
                term: "music".into(),
                members: 40,
            },
            TopicCell {
                term: "cars".into(),
                members: 3,
            },
        ];
        release.drops = vec![
            DropCell {
                id: cohorts::domain::DropId(1),
                title: "Night run".into(),
                figures: [15, 48],
            },
            DropCell {
                id: cohorts::domain::DropId(2),
                title: "Quiet drop".into(),
                figures: [1, 4],
            },
        ];
        diesel::update(releases::table)
            .set(releases::figures.eq(serde_json::to_string(&release).unwrap()))
            .execute(conn)
            .unwrap();
        release
    };
    app.execute("UPDATE users SET created_at = '2020-01-01 00:00:00'");
    let messages = smtp.wait_for(1, 10).await;
    let digest = &messages[0];
    assert_eq!(digest["rcpt_tos"][0], "manager@stride.test");
    assert_eq!(digest["subject"], "Your week on Cohorts: Stride");
    let text = digest["text"].as_str().unwrap();
    // Released figures only, as the release page shows them; no exact count
    // of posts or new members is sent.
    assert!(
        text.contains("Zoom: 12 reviewers, mean rating 4.5 of 5"),
        "{text}"
    );
    assert!(!text.contains("Secret"), "{text}");
    assert!(
        text.contains("Topics members talked about: music (about 40 members)"),
        "{text}"
    );
    assert!(!text.contains("cars"), "{text}");
    assert!(
        text.contains("Drops members shared:")
            && text.contains("    Night run: 15 members shared it, 48 clicks"),
        "{text}"
    );
    assert!(!text.contains("Quiet drop"), "{text}");
    let html = digest["html"].as_str().unwrap();
    assert!(
        html.contains("<li>Zoom: 12 reviewers, mean rating 4.5 of 5</li>"),
        "{html}"
    );
    assert!(
        html.contains("<li>Night run: 15 members shared it, 48 clicks</li>"),
        "{html}"
    );
    let whole = match (release.total().members, release.total().mean_score) {
        (Some(members), Some(mean)) => format!("{members} members, mean sentiment {mean:+.2}"),
        (Some(members), None) => format!("{members} members"),
        _ => "too few to compare".into(),
    };
    assert!(text.contains("Squad (week of "), "{text}");
    assert!(text.contains(&format!("): {whole}.")), "{text}");
    assert!(!text.contains("new member"), "{text}");
    assert!(text.contains(&format!("/brands/{brand_id}/summary")));
    tokio::time::sleep(std::time::Duration::from_millis(900)).await;
    assert_eq!(smtp.messages().len(), 1, "one digest a week");
}

/// Joins through `link` giving an address; the member's client.
async fn join_with_address(
    app: &TestApp,
    link: &str,
    name: &str,
    city: &str,
    email: &str,
) -> crate::helpers::Client {
    let member = app.client();
    let page = member.get(link).await;
    let mut fields = join_fields(name, city, "2000");
    fields.push(("email", email));
    member
        .post_form(link, &page, &fields)
        .await
        .assert_status(StatusCode::OK);
    member
}

/// An activity's notice goes to the members it asks; at most two reminders
/// follow, only to those who have not answered and have not turned them off.
#[tokio::test]
async fn activity_notice_and_two_reminders_reach_only_who_should_get_them() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    join_with_address(&app, &link, "Ana", "Berlin", "ana@example.com").await;
    let bo = join_with_address(&app, &link, "Bo", "Berlin", "bo@example.com").await;
    join_with_address(&app, &link, "Cy", "Madrid", "cy@example.com").await;
    let eve = join_with_address(&app, &link, "Eve", "Berlin", "eve@example.com").await;
    smtp.wait_for(4, 10).await;
    // Bo turns reminders off.
    let account = bo.get("/me/account").await;
    bo.post_form("/me/nudges", &account, &[("on", "no")])
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // Asked: Berlin only.
    let activity = app
        .open_activity_asking(&manager, cohort_id, "Boot vote", &[("city-0", "Berlin")])
        .await;

    let recipients = |messages: &[serde_json::Value], from: usize| -> Vec<String> {
        let mut to: Vec<String> = messages[from..]
            .iter()
            .map(|m| m["rcpt_tos"][0].as_str().unwrap_or_default().to_string())
            .collect();
        to.sort();
        to
    };
    let messages = smtp.wait_for(6, 10).await;
    assert_eq!(
        recipients(&messages, 4),
        ["ana@example.com", "eve@example.com"]
    );
    let notice = &messages[4];
    assert_eq!(notice["subject"], "Stride asks Squad: Boot vote");
    assert!(notice["text"].as_str().unwrap().contains("/link"));
    link_in(notice, "/unsubscribe/nudges/");

    // Eve answers; a day and more later, two days before it is due, Ana is reminded.
    let id = activity.rsplit('/').next().unwrap();
    let form_path = format!("/me/activities/{id}");
    let form = eve.get(&form_path).await;
    eve.post_form(&form_path, &form, &[("task-0", "0")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let shift = |starts_hours_ago: i64, due_in_hours: i64| {
        let stamp = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M:%S").to_string();
        let now = chrono::Utc::now();
        app.move_activities(&format!(
            "starts_at = '{}', due_at = '{}'",
            stamp(now - chrono::Duration::hours(starts_hours_ago)),
            stamp(now + chrono::Duration::hours(due_in_hours))
        ));
    };
    shift(30, 40);
    let messages = smtp.wait_for(7, 10).await;
    assert_eq!(recipients(&messages, 6), ["ana@example.com"]);
    assert!(
        messages[6]["subject"]
            .as_str()
            .unwrap()
            .starts_with("Still open until ")
    );
    shift(40, 10);
    let messages = smtp.wait_for(8, 10).await;
    assert_eq!(recipients(&messages, 7), ["ana@example.com"]);
    // Never a third.
    shift(50, 2);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert_eq!(smtp.messages().len(), 8);
}

/// A product test due after its activity (days after the product arrived)
/// has two reminders of its own, to testers whose review is not in.
#[tokio::test]
async fn product_testers_are_reminded_twice_before_their_own_due_date() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 10).await;
    let ana = join_with_address(&app, &link, "Ana", "Berlin", "ana@example.com").await;
    let bo = join_with_address(&app, &link, "Bo", "Berlin", "bo@example.com").await;
    join_with_address(&app, &link, "Cy", "Berlin", "cy@example.com").await;
    smtp.wait_for(3, 10).await;
    let boot = app.add_product(&manager, brand_id, "Secret Boot").await;
    let seeding = format!("/cohorts/{cohort_id}/seeding");
    let page = manager.get(&seeding).await;
    let boxes: Vec<(String, &str)> = ["Ana", "Bo"]
        .iter()
        .map(|name| {
            let id = app.count(&format!(
                "SELECT id AS n FROM members WHERE display_name = '{name}'"
            ));
            (format!("member-{id}"), "on")
        })
        .collect();
    let mut fields = vec![("product", boot.as_str())];
    fields.extend(boxes.iter().map(|(k, v)| (k.as_str(), *v)));
    manager
        .post_form(&seeding, &page, &fields)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let activity = draft(&manager, cohort_id, "Boot test", -1, &[]).await;
    ask_a_question_and_a_product_test(&manager, &activity, &boot).await;
    // The opening notice reaches all three.
    smtp.wait_for(6, 10).await;
    for (member, name) in [(&ana, "Ana"), (&bo, "Bo")] {
        let seeding_id = app.count(&format!(
            "SELECT s.id AS n FROM seedings s JOIN members m ON m.id = s.member_id \
             WHERE m.display_name = '{name}'"
        ));
        let home = member.get("/me").await;
        member
            .post_form(&format!("/me/sent/{seeding_id}/received"), &home, &[])
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    // Bo reviews it; Ana does not.
    let form_path = member_path(&activity);
    let form = bo.get(&form_path).await;
    bo.post_form(
        &form_path,
        &form,
        &[("task-0", "Hi"), ("task-1", "Light"), ("task-1-stars", "4")],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);

    // The activity itself was due yesterday; their tests are due ten days
    // after the boots arrived.
    let stamp = |hours: i64| {
        (chrono::Utc::now() + chrono::Duration::hours(hours))
            .format("%Y-%m-%d %H:%M:%S")
            .to_string()
    };
    app.move_activities(&format!(
        "starts_at = '{}', due_at = '{}'",
        stamp(-20 * 24),
        stamp(-24)
    ));
    let arrived_with_due_in = |hours: i64| {
        app.execute(&format!(
            "UPDATE seedings SET received_at = '{}'",
            stamp(hours - 10 * 24)
        ));
    };
    arrived_with_due_in(100);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert_eq!(smtp.messages().len(), 6, "not yet: due in four days");
    arrived_with_due_in(40);
    let messages = smtp.wait_for(7, 10).await;
    assert_eq!(messages[6]["rcpt_tos"][0], "ana@example.com");
    let subject = messages[6]["subject"].as_str().unwrap();
    assert!(
        subject.starts_with("Your review of Secret Boot is due by "),
        "{subject}"
    );
    let text = messages[6]["text"].as_str().unwrap();
    assert!(text.contains("Your review of Secret Boot for “Boot test” in Squad"));
    link_in(&messages[6], "/unsubscribe/nudges/");
    arrived_with_due_in(10);
    let messages = smtp.wait_for(8, 10).await;
    assert_eq!(messages[7]["rcpt_tos"][0], "ana@example.com");
    // Never a third, and none once she has reviewed it.
    arrived_with_due_in(2);
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert_eq!(smtp.messages().len(), 8);
    assert_eq!(app.count("SELECT sent AS n FROM tester_reminders"), 2);
}

/// A member's mails are in the language they joined in, whatever language
/// the person asking for a new link reads; at most three links an hour go
/// out, in any language.
#[tokio::test]
async fn a_members_mails_speak_their_language() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let link = app.create_link(&manager, cohort_id, 20).await;
    let member = app.client_speaking("es-MX,es;q=0.9");
    let page = member.get(&link).await;
    let mut fields = join_fields("Lucía", "Berlin", "2000");
    fields.push(("email", "lucia@example.com"));
    member
        .post_form(&link, &page, &fields)
        .await
        .assert_status(StatusCode::OK);
    let welcome = smtp.wait_for(1, 10).await[0].clone();
    assert_eq!(welcome["subject"], "🔑 Tu enlace personal a Squad");
    let text = welcome["text"].as_str().unwrap();
    assert!(text.starts_with("Hola, Lucía:"), "{text}");
    assert!(text.contains("Es tu llave del grupo"), "{text}");
    let html = welcome["html"].as_str().unwrap();
    assert!(html.contains("<html lang=\"es\">"));
    assert!(html.contains("Abrir mi grupo"));

    // Asked for again from an English browser: still Spanish, three an hour.
    let stranger = app.client();
    for _ in 0..4 {
        let form = stranger.get("/link").await;
        stranger
            .post_form("/link", &form, &[("email", "lucia@example.com")])
            .await
            .assert_status(StatusCode::OK);
    }
    smtp.wait_for(3, 10).await;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let messages = smtp.messages();
    assert_eq!(messages.len(), 3, "the welcome and two more in the hour");
    for again in &messages[1..] {
        assert_eq!(again["subject"], "🔑 Tu enlace personal a Squad");
    }
}

/// The invites' funnel (invited → mail sent → opened → joined) and sending a
/// personal invitation again with a new link.
#[tokio::test]
async fn the_invites_funnel_counts_each_step_and_an_invitation_can_be_sent_again() {
    let Some(smtp) = SmtpSink::start() else {
        return;
    };
    let app = TestApp::spawn_with_smtp(&smtp.url()).await;
    let (brand_id, manager) = app.brand_with_manager("Stride").await;
    let cohort_id = app.create_cohort(&manager, brand_id, "Squad", 100).await;
    let path = format!("/cohorts/{cohort_id}/invites");
    let invites = manager.get(&path).await;
    assert!(
        !invites.body.contains("invited by email"),
        "no funnel before any invitation"
    );
    manager
        .post_form(
            &format!("{path}/emails"),
            &invites,
            &[
                ("emails", "ana@example.com\nbo@example.com"),
                ("language", "es"),
            ],
        )
        .await
        .assert_status(StatusCode::OK);
    let messages = smtp.wait_for(2, 10).await;
    let to = |address: &str| {
        messages
            .iter()
            .find(|m| m["rcpt_tos"][0] == address)
            .unwrap()
            .clone()
    };
    let (ana_mail, bo_mail) = (to("ana@example.com"), to("bo@example.com"));
    // The outbox marks a mail sent just after the server took it.
    let mut page = manager.get(&path).await;
    for _ in 0..50 {
        if page
            .body
            .contains("<span class=\"figure\">2</span> mail sent")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        page = manager.get(&path).await;
    }
    let funnel = |body: &str, invited: i64, sent: i64, opened: i64, joined: i64| {
        for (n, step) in [
            (invited, "invited by email"),
            (sent, "mail sent"),
            (opened, "opened the link"),
            (joined, "joined"),
        ] {
            let shown = format!("<span class=\"figure\">{n}</span> {step}");
            assert!(body.contains(&shown), "{shown} missing");
        }
    };
    funnel(&page.body, 2, 2, 0, 0);
    assert!(page.body.contains("<td>Mail sent</td>"));

    // Ana opens her link (twice: one opening) and joins.
    let ana_path = link_in(&ana_mail, "/join/");
    let ana = app.client();
    ana.get(&ana_path).await.assert_status(StatusCode::OK);
    let form = ana.get(&ana_path).await;
    funnel(&manager.get(&path).await.body, 2, 2, 1, 0);
    assert!(
        manager
            .get(&path)
            .await
            .body
            .contains("<td>Link opened</td>")
    );
    ana.post_form(&ana_path, &form, &join_fields("Ana", "Berlin", "2007"))
        .await
        .assert_status(StatusCode::OK);
    let page = manager.get(&path).await;
    funnel(&page.body, 2, 2, 1, 1);
    assert!(page.body.contains("<td>Joined</td>"));

    // Bo's invitation goes again, in the language it was written in, with a
    // new link; the old one no longer works.
    let bo_id = app.count("SELECT id AS n FROM invites WHERE email = 'bo@example.com'");
    let ana_id = app.count("SELECT id AS n FROM invites WHERE email = 'ana@example.com'");
    assert!(
        page.body
            .contains(&format!("action=\"{path}/{bo_id}/resend\""))
    );
    assert!(
        !page
            .body
            .contains(&format!("action=\"{path}/{ana_id}/resend\""))
    );
    let resent = manager
        .post_form(&format!("{path}/{bo_id}/resend"), &page, &[])
        .await;
    resent.assert_status(StatusCode::SEE_OTHER);
    let page = manager.get(&path).await;
    assert!(
        page.body
            .contains("Invitation sent again to bo@example.com.")
    );
    let messages = smtp.wait_for(4, 10).await;
    let again = messages
        .iter()
        .rfind(|m| m["rcpt_tos"][0] == "bo@example.com")
        .unwrap();
    assert_eq!(
        again["subject"], bo_mail["subject"],
        "same language as before"
    );
    let (old_link, new_link) = (link_in(&bo_mail, "/join/"), link_in(again, "/join/"));
    assert_ne!(old_link, new_link);
    let bo = app.client();
    assert!(bo.get(&old_link).await.status.is_client_error());
    bo.get(&new_link).await.assert_status(StatusCode::OK);

    // A member who joined, or an invitation withdrawn, is not sent again.
    let joined = manager
        .post_form(&format!("{path}/{ana_id}/resend"), &page, &[])
        .await;
    joined.assert_status(StatusCode::CONFLICT);
    assert!(joined.body.contains("ana@example.com has already joined."));
    let confirm = manager.get(&format!("{path}/{bo_id}/revoke")).await;
    manager
        .post_form(&format!("{path}/{bo_id}/revoke"), &confirm, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let withdrawn = manager
        .post_form(&format!("{path}/{bo_id}/resend"), &page, &[])
        .await;
    withdrawn.assert_status(StatusCode::CONFLICT);
    assert!(withdrawn.body.contains("was withdrawn"));
    // Another brand's manager cannot send it.
    let (_, rival) = app.brand_with_manager("Rival").await;
    let their_page = rival.get("/account").await;
    rival
        .post_form(&format!("{path}/{bo_id}/resend"), &their_page, &[])
        .await
        .assert_status(StatusCode::NOT_FOUND);
}
