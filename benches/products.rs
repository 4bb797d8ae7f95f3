//! The cost of a summary's reviews by product as the catalogue grows: every
//! product's figures from one cohort's aggregate rows (250 members, a year of
//! weekly rows), in one pass (`heatmap::product_totals`, what the summary
//! does) and, for comparison, one view of the whole table per product (what
//! it did before products came from a catalogue). Run with
//! `cargo bench --bench products`.

use std::time::{Duration, Instant};

use cohorts::domain::{AgeBand, MemberId, PostKind};
use cohorts::summary::counts::Counts;
use cohorts::summary::heatmap::{self, Filter, Row};

const CITIES: [&str; 15] = [
    "Berlin",
    "Paris",
    "London",
    "Madrid",
    "Milan",
    "São Paulo",
    "Mexico City",
    "New York",
    "Los Angeles",
    "Lagos",
    "Johannesburg",
    "Istanbul",
    "Tokyo",
    "Seoul",
    "Shanghai",
];

/// A small deterministic generator, so every run times the same rows.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn rows(products: usize) -> Vec<Row> {
    let mut rng = Lcg(20261129);
    let mut rows = Vec::new();
    for member in 0..250 {
        let city = CITIES[member % CITIES.len()].to_string();
        let band = AgeBand::ALL[rng.below(AgeBand::ALL.len() as u64) as usize];
        for week in 0..52 {
            let monday = chrono::NaiveDate::from_isoywd_opt(2026, week + 1, chrono::Weekday::Mon)
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default();
            let review = rng.below(3) == 0;
            let product = if review {
                format!("Product {}", rng.below(products as u64))
            } else {
                String::new()
            };
            let stars = rng.below(5) as i64 + 1;
            rows.push(Row {
                member_id: MemberId(member as i64 + 1),
                city: city.clone(),
                age_band: band,
                kind: if review {
                    PostKind::Review
                } else {
                    PostKind::Post
                },
                product,
                week: monday,
                counts: Counts {
                    posts: 1,
                    scored: 1,
                    score_sum: 0.3,
                    positive: 1,
                    ratings: i64::from(review),
                    rating_sum: if review { stars } else { 0 },
                    ..Counts::default()
                },
            });
        }
    }
    rows
}

fn timed(rounds: u32, mut work: impl FnMut() -> usize) -> (Duration, usize) {
    let mut kept = 0;
    let started = Instant::now();
    for _ in 0..rounds {
        kept += work();
    }
    (started.elapsed() / rounds, kept)
}

fn main() {
    let cities: Vec<String> = CITIES.iter().map(|c| c.to_string()).collect();
    println!("| products | rows | one pass (now) | a view per product (before) |");
    println!("|---|---|---|---|");
    for products in [4, 25, 100, 400] {
        let rows = rows(products);
        let names: Vec<String> = (0..products).map(|p| format!("Product {p}")).collect();
        let (one_pass, shown) = timed(5, || {
            heatmap::product_totals(&rows, &cities, 5, &heatmap::Filter::default())
                .values()
                .filter(|f| f.counts.posts > 0)
                .count()
        });
        let (per_product, shown_before) = timed(1, || {
            names
                .iter()
                .filter(|name| {
                    let view = Filter {
                        product: Some((*name).clone()),
                        ..Filter::default()
                    };
                    heatmap::build(&rows, &cities, 5, &view).total.counts.posts > 0
                })
                .count()
        });
        assert_eq!(shown / 5, shown_before, "both ways show the same products");
        println!(
            "| {products} | {} | {:.1} ms | {:.1} ms |",
            rows.len(),
            one_pass.as_secs_f64() * 1e3,
            per_product.as_secs_f64() * 1e3
        );
    }
}
