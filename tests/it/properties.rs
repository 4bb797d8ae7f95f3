#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every parser and validator that takes what a stranger sends, over thousands of
//! generated inputs each: none panics, what it accepts keeps its promises, and
//! what it should accept it does.

use actix_web::cookie::Key;
use chrono::NaiveDate;
use proptest::prelude::*;

use cohorts::auth::token;
use cohorts::db::DatabaseUrl;
use cohorts::domain::{
    AgeBand, BirthMonth, BoundedText, Capacity, CityList, Country, Email, ProductId, Rating,
};
use cohorts::email::links::{LinkSigner, Unsubscribe};
use cohorts::services::exports::Format;
use cohorts::services::invites::LinkInput;
use cohorts::services::posts::{ContentInput, SentPost};
use cohorts::services::products::Reviewable;
use cohorts::services::summary::{SummaryQuery, parse_filter};
use cohorts::summary::themes::post_terms;

fn cases() -> ProptestConfig {
    ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text as strangers send it: any characters, often padded, sometimes huge.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,80}",
        "[ \t\r\n]{0,3}[a-zA-Z0-9 ,.'!?<>&\"-]{0,60}[ \t\r\n]{0,3}",
        "<script>alert\\([0-9]\\)</script>|' OR 1=1 --|\\$\\{jndi:x\\}|%00|\u{202e}",
        "\\PC{0,10}".prop_map(|s| s.repeat(700)),
    ]
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn bounded_text_keeps_its_bounds(raw in hostile_text(), min in 0usize..20, extra in 0usize..200) {
        let max = min + extra;
        match BoundedText::parse(&raw, "the field", min, max) {
            Ok(text) => {
                let value = text.as_str();
                let length = value.chars().count();
                prop_assert!(length >= min && length <= max);
                prop_assert_eq!(value, value.trim());
                prop_assert!(!value.contains('\r') || !value.contains("\r\n"));
                prop_assert!(value.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'));
            }
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }

    #[test]
    fn plain_text_within_bounds_is_accepted(raw in "[a-zA-Z0-9][a-zA-Z0-9 ,.!?]{0,50}[a-zA-Z0-9]") {
        let parsed = BoundedText::parse(&raw, "the field", 1, 60).unwrap();
        prop_assert_eq!(parsed.as_str(), raw.as_str());
    }

    #[test]
    fn ratings_are_one_to_five_stars(raw in prop_oneof![hostile_text(), "-?[0-9]{1,12}"]) {
        let expected = raw.trim().parse::<i32>().ok().filter(|n| (1..=5).contains(n));
        prop_assert_eq!(Rating::parse(&raw).ok().map(Rating::stars), expected);
    }

    #[test]
    fn capacities_are_100_to_250(raw in prop_oneof![hostile_text(), " ?-?[0-9]{1,11} ?"]) {
        let expected = raw.trim().parse::<i32>().ok().filter(|n| (100..=250).contains(n));
        prop_assert_eq!(Capacity::parse(&raw).ok().map(Capacity::get), expected);
    }

    #[test]
    fn city_lists_are_clean_and_round_trip(raw in prop_oneof![
        hostile_text(),
        prop::collection::vec("[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .-]{0,20}", 0..60).prop_map(|c| c.join("\n")),
    ]) {
        if let Ok(list) = CityList::parse(&raw) {
            let stored = list.to_stored();
            let cities = CityList::from_stored(&stored);
            prop_assert!(!cities.is_empty() && cities.len() <= 50);
            for (i, city) in cities.iter().enumerate() {
                prop_assert_eq!(city.as_str(), city.trim());
                prop_assert!(!city.is_empty() && city.chars().count() <= 60);
                prop_assert!(!city.contains(','));
                prop_assert!(cities[..i].iter().all(|c| !c.eq_ignore_ascii_case(city)));
            }
            prop_assert_eq!(CityList::parse(&stored).unwrap(), list);
        }
    }

    #[test]
    fn emails_are_plausible_and_parse_again_to_themselves(raw in prop_oneof![
        hostile_text(),
        "[A-Za-z0-9._%+-]{1,30}@[a-z0-9-]{1,20}(\\.[a-z0-9-]{1,10}){0,2}\\.[a-z]{2,6}",
    ]) {
        if let Ok(email) = Email::parse(&raw) {
            let text = email.to_string();
            prop_assert_eq!(text.clone(), text.to_lowercase());
            prop_assert!(text.len() <= 254);
            prop_assert_eq!(text.matches('@').count(), 1);
            prop_assert!(!text.chars().any(|c| c.is_whitespace() || c == '<' || c == '"'));
            prop_assert_eq!(Email::parse(&text).unwrap(), email);
        }
    }

    #[test]
    fn ordinary_addresses_are_accepted(local in "[a-z0-9][a-z0-9._+-]{0,20}", domain in "[a-z0-9-]{1,20}\\.[a-z]{2,6}") {
        let raw = format!("  {local}@{}  ", domain.to_uppercase());
        prop_assert_eq!(Email::parse(&raw).unwrap().to_string(), format!("{local}@{domain}"));
    }

    #[test]
    fn birth_months_are_possible_and_ages_sensible(
        year in prop_oneof![hostile_text(), "-?[0-9]{1,11}", (1900i32..2030).prop_map(|y| y.to_string())],
        month in prop_oneof![hostile_text(), "-?[0-9]{1,3}"],
    ) {
        if let Ok(birth) = BirthMonth::parse(&year, &month, today()) {
            prop_assert!((1..=12).contains(&birth.month));
            let age = birth.age_on(today());
            prop_assert!((0..=110).contains(&age), "age {}", age);
            let _ = AgeBand::of_age(age).label();
        }
    }

    #[test]
    fn every_past_month_in_range_is_a_birth_month(year in 1917i32..=2026, month in 1u32..=12) {
        let accepted = BirthMonth::parse(&year.to_string(), &month.to_string(), today()).is_ok();
        prop_assert_eq!(accepted, (year, month) <= (2026, 11));
    }

    #[test]
    fn countries_come_from_the_list(raw in prop_oneof![hostile_text(), "[A-Za-z]{2}"]) {
        if let Ok(country) = Country::parse(&raw) {
            prop_assert_eq!(country.code, raw.trim().to_ascii_uppercase());
        }
    }

    #[test]
    fn tokens_are_recognised_by_shape(raw in prop_oneof![hostile_text(), "[A-Za-z0-9_-]{30,34}"]) {
        let expected = raw.len() == 32
            && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        prop_assert_eq!(token::looks_valid(&raw), expected);
    }

    #[test]
    fn posts_and_reviews_parse_or_say_why(
        kind in prop_oneof![Just("post".to_string()), Just("review".to_string()), hostile_text()],
        product in prop_oneof![hostile_text(), "[0-9]{1,3}"],
        rating in prop_oneof![hostile_text(), "[0-6]"],
        title in hostile_text(),
        body in hostile_text(),
    ) {
        let offered = [
            Reviewable { id: ProductId(7), name: "Tango Street Ball".into() },
            Reviewable { id: ProductId(12), name: "Copa Indoor Shoes".into() },
        ];
        let sent = SentPost { kind: &kind, product: &product, rating: &rating, title: &title, body: &body };
        match ContentInput::parse(&sent, &offered, cohorts::i18n::Lang::Es) {
            Ok(input) => {
                prop_assert!(kind == "post" || kind == "review");
                prop_assert_eq!(input.review.is_some(), kind == "review");
                if let Some(review) = &input.review {
                    // Only a product the form offered, whatever was sent.
                    prop_assert!(offered.contains(&review.product));
                    prop_assert_eq!(product.trim().parse::<i64>().ok(), Some(review.product.id.0));
                }
                let length = input.body.chars().count();
                prop_assert!((1..=5000).contains(&length));
                if let Some(score) = input.sentiment.score {
                    prop_assert!((-1.0..=1.0).contains(&score));
                }
            }
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    #[test]
    fn any_text_is_scored_within_bounds(text in hostile_text()) {
        let scored = cohorts::sentiment::analyse(&text);
        if let Some(score) = scored.score {
            prop_assert!(score.is_finite() && (-1.0..=1.0).contains(&score));
        }
    }

    #[test]
    fn terms_are_lowercase_words_of_three_letters_or_more(text in hostile_text()) {
        for term in post_terms(&text) {
            prop_assert!(!term.is_empty() && term.split(' ').count() <= 2);
            for word in term.split(' ') {
                prop_assert!(word.chars().count() >= 3);
                prop_assert!(word.chars().all(char::is_alphanumeric));
                prop_assert_eq!(word.to_lowercase(), word);
            }
        }
    }

    #[test]
    fn summary_filters_are_chosen_from_what_the_cohort_has(
        from in prop_oneof![hostile_text(), "20[0-9]{2}-[01][0-9]"],
        to in prop_oneof![hostile_text(), "20[0-9]{2}-[01][0-9]"],
        kind in prop_oneof![hostile_text(), Just("post".to_string()), Just("review".to_string())],
        product in prop_oneof![hostile_text(), Just("Tango Ball".to_string())],
        city in prop_oneof![hostile_text(), Just("Lyon".to_string())],
        band in prop_oneof![hostile_text(), Just("16–17".to_string())],
    ) {
        let months: Vec<String> = ["2026-01", "2026-02", "2026-03"].map(String::from).to_vec();
        let products = vec!["Tango Ball".to_string()];
        let cities = vec!["Lyon".to_string(), "Paris".to_string()];
        let query_string = format!(
            "from={}&to={}&kind={}&product={}&city={}&band={}",
            encode(&from), encode(&to), encode(&kind), encode(&product), encode(&city), encode(&band)
        );
        let Ok(query) = actix_web::web::Query::<SummaryQuery>::from_query(&query_string) else {
            return Ok(());
        };
        if let Ok(filter) = parse_filter(&query, &months, &products, &cities) {
            if let Some((first, last)) = filter.months {
                prop_assert!(months.contains(&first) && months.contains(&last) && first <= last);
            }
            prop_assert!(filter.kind.is_none_or(|k| k.as_str() == kind));
            prop_assert!(filter.product.as_deref().is_none_or(|p| p == "Tango Ball"));
            prop_assert!(filter.city.as_deref().is_none_or(|c| c == "Lyon"));
            prop_assert!(filter.band.is_none_or(|b| b.label() == "16–17"));
        }
    }

    #[test]
    fn link_settings_stay_in_range(days in prop_oneof![hostile_text(), "-?[0-9]{1,20}"]) {
        if let Ok(valid) = LinkInput::parse_valid_days(&days) {
            prop_assert!((1..=90).contains(&valid));
        }
    }

    #[test]
    fn small_names_from_links_parse_only_when_known(raw in hostile_text()) {
        if let Some(what) = Unsubscribe::parse(&raw) {
            prop_assert_eq!(what.as_str(), raw.as_str());
        }
        if Format::parse(&raw).is_some() {
            prop_assert!(["csv", "json", "xlsx"].contains(&raw.as_str()));
        }
        let _ = DatabaseUrl::parse(&raw);
    }

    #[test]
    fn unsubscribe_signatures_cannot_be_guessed(id in any::<i64>(), signature in hostile_text()) {
        let signer = LinkSigner::new(&Key::from(&[7u8; 64]));
        let genuine = signer.unsubscribe_url("", Unsubscribe::Nudges, id);
        prop_assert!(!signer.verify(Unsubscribe::Nudges, id, &signature) || genuine.ends_with(&signature));
        let real = genuine.rsplit('/').next().unwrap();
        prop_assert!(signer.verify(Unsubscribe::Nudges, id, real));
        prop_assert!(!signer.verify(Unsubscribe::Reminders, id, real));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..cases() })]

    /// Uploads are whatever a phone (or an attacker) sends: random bytes and
    /// broken images are refused, never a crash.
    #[test]
    fn photo_bytes_are_refused_or_decoded(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..4096),
            prop::collection::vec(any::<u8>(), 0..2048).prop_map(|tail| {
                let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0];
                jpeg.extend(tail);
                jpeg
            }),
            prop::collection::vec(any::<u8>(), 0..2048).prop_map(|tail| {
                let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
                png.extend(tail);
                png
            }),
        ]
    ) {
        let _ = cohorts::photos::process(&bytes);
    }
}

fn encode(raw: &str) -> String {
    raw.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
