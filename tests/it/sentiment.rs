#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Accuracy of the sentiment scorer on labelled sentences. The levels asserted are
//! the ones measured when the scorer last changed (see bench/RESULTS.md): a change
//! that makes it worse fails here.

use cohorts::sentiment::{Label, analyse};

struct Accuracy {
    total: usize,
    /// Labelled exactly (a neutral or unscored answer counts as wrong).
    exact: usize,
    /// The sign of the score agrees with the label.
    polarity: usize,
    unscored: usize,
}

fn measure(file: &str) -> Accuracy {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(path).unwrap();
    let mut result = Accuracy {
        total: 0,
        exact: 0,
        polarity: 0,
        unscored: 0,
    };
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let (expected, text) = (fields[fields.len() - 2], fields[fields.len() - 1]);
        let expected = Label::parse(expected).unwrap();
        let sentiment = analyse(text);
        result.total += 1;
        if sentiment.label == expected {
            result.exact += 1;
        }
        match sentiment.score {
            Some(score) if (score >= 0.0) == (expected == Label::Positive) => result.polarity += 1,
            Some(_) => {}
            None => result.unscored += 1,
        }
    }
    result
}

fn misses(file: &str) {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    for line in std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let (expected, text) = line.split_once('\t').unwrap();
        let got = analyse(text);
        if got.label.as_str() != expected {
            println!("  {expected} got {:?} {:?}: {text}", got.label, got.score);
        }
    }
}

fn report(name: &str, a: &Accuracy) -> (f64, f64) {
    let exact = a.exact as f64 / a.total as f64;
    let polarity = a.polarity as f64 / a.total as f64;
    println!(
        "{name}: {} sentences, exact label {:.1}%, polarity {:.1}%, unscored {}",
        a.total,
        exact * 100.0,
        polarity * 100.0,
        a.unscored
    );
    (exact, polarity)
}

/// UCI "Sentiment Labelled Sentences" (Kotzias et al., 2015; CC BY 4.0): 3,000
/// review sentences from Amazon, IMDb and Yelp, half positive, half negative.
#[test]
fn accuracy_on_review_sentences() {
    let accuracy = measure("uci_sentences.tsv");
    assert_eq!(accuracy.total, 3000);
    let (exact, polarity) = report("UCI review sentences", &accuracy);
    assert!(
        exact >= RECORDED_UCI_EXACT,
        "exact accuracy fell to {exact:.3}"
    );
    assert!(
        polarity >= RECORDED_UCI_POLARITY,
        "polarity accuracy fell to {polarity:.3}"
    );
    assert!(
        accuracy.unscored <= 10,
        "{} English sentences were left unscored",
        accuracy.unscored
    );
}

/// Short posts in teenage members' own words (tests/data/youth_sentences.tsv).
#[test]
fn accuracy_on_young_members_posts() {
    let accuracy = measure("youth_sentences.tsv");
    let (exact, _) = report("Young members' posts", &accuracy);
    assert_eq!(accuracy.unscored, 0);
    assert!(
        exact >= RECORDED_YOUTH_EXACT,
        "exact accuracy fell to {exact:.3}"
    );
}

/// Posts in each further covered language (tests/data/sentences_{code}.tsv):
/// scored in that language, and labelled right at least as often as when
/// last measured.
#[test]
fn accuracy_in_each_covered_language() {
    for (code, floor) in RECORDED_LANGUAGE_EXACT {
        let file = format!("sentences_{code}.tsv");
        let accuracy = measure(&file);
        assert_eq!(accuracy.total, 40, "{file}");
        let (exact, _) = report(&format!("{code} posts"), &accuracy);
        assert_eq!(accuracy.unscored, 0, "{code}");
        assert!(exact >= floor, "{code}: exact accuracy fell to {exact:.3}");
        if std::env::var("SHOW_MISSES").is_ok() {
            misses(&file);
        }
        let data =
            std::fs::read_to_string(format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        let elsewhere: Vec<(&str, &str)> = data
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1))
            .map(|text| (text, analyse(text).language))
            .filter(|(_, language)| *language != code)
            .collect();
        assert!(elsewhere.is_empty(), "{code}: {elsewhere:?}");
    }
}

const RECORDED_LANGUAGE_EXACT: [(&str, f64); 5] = [
    ("spa", 1.0),
    ("por", 1.0),
    ("fra", 0.975),
    ("deu", 1.0),
    ("ita", 1.0),
];
const RECORDED_UCI_EXACT: f64 = 0.719;
const RECORDED_UCI_POLARITY: f64 = 0.787;
const RECORDED_YOUTH_EXACT: f64 = 0.97;
