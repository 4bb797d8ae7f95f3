//! Texts scored per second by the sentiment scorer (one core), on the labelled
//! review sentences and on the young members' posts. Run with `cargo bench`.

use std::time::Instant;

fn load(file: &str) -> Vec<String> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.rsplit('\t').next().map(str::to_string))
        .collect()
}

fn main() {
    let mut texts = load("uci_sentences.tsv");
    texts.extend(load("youth_sentences.tsv"));
    if texts.is_empty() {
        eprintln!("no texts found under tests/data");
        return;
    }
    // Warm up: the lexicon is loaded on first use.
    let _ = cohorts::sentiment::analyse(&texts[0]);
    let rounds = 20;
    let started = Instant::now();
    let mut positive = 0usize;
    for _ in 0..rounds {
        for text in &texts {
            if cohorts::sentiment::analyse(text).label == cohorts::sentiment::Label::Positive {
                positive += 1;
            }
        }
    }
    let elapsed = started.elapsed();
    let scored = texts.len() * rounds;
    let average_chars = texts.iter().map(|t| t.chars().count()).sum::<usize>() / texts.len();
    println!(
        "sentiment scorer: {scored} texts (average {average_chars} characters) in {:.2?}",
        elapsed
    );
    println!(
        "sentiment scorer: {:.0} texts per second on one core",
        scored as f64 / elapsed.as_secs_f64()
    );
    println!(
        "sentiment scorer: {:.1} µs per text",
        elapsed.as_secs_f64() * 1e6 / scored as f64
    );
    println!("({positive} positive labels, printed so the work is not optimised away)");
}
