use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::*;

fn cities() -> Vec<String> {
    ["Lyon", "Paris", "Lagos"].map(String::from).to_vec()
}

fn member(rng: &mut StdRng, city: &str, band: AgeBand) -> Contribution {
    Contribution {
        city: city.to_string(),
        band,
        mean_score: rng.gen_bool(0.8).then(|| rng.gen_range(-1.0..=1.0)),
        mean_rating: rng.gen_bool(0.4).then(|| f64::from(rng.gen_range(1..=5))),
        reviewed: rng.gen_bool(0.3).then(|| {
            let product = &products()[rng.gen_range(0..2)];
            (product.clone(), f64::from(rng.gen_range(1..=5)))
        }),
        topics: if rng.gen_bool(0.5) {
            vec![vocabulary()[rng.gen_range(0..3)].clone()]
        } else {
            Vec::new()
        },
    }
}

fn vocabulary() -> Vec<String> {
    ["grip", "price", "colour"].map(String::from).to_vec()
}

fn products() -> Vec<String> {
    ["Tango Ball", "Copa Shoe"].map(String::from).to_vec()
}

fn cohort(rng: &mut StdRng, size: usize) -> Vec<Contribution> {
    let cities = cities();
    (0..size)
        .map(|_| {
            let city = &cities[rng.gen_range(0..cities.len())];
            let band = AgeBand::ALL[rng.gen_range(0..AgeBand::ALL.len())];
            member(rng, city, band)
        })
        .collect()
}

fn seed(rng: &mut StdRng) -> Noise {
    Noise::Seeded(rng.r#gen())
}

#[test]
fn discrete_laplace_has_the_stated_distribution() {
    let mut rng = StdRng::seed_from_u64(7);
    for scale in [0.5f64, 2.0, 10.0, 50.0] {
        let alpha: f64 = (-1.0 / scale).exp();
        let n = 200_000;
        let draws: Vec<i64> = (0..n)
            .map(|_| {
                let u1 = 1.0 - rng.gen_range(0.0..1.0);
                let u2 = 1.0 - rng.gen_range(0.0..1.0);
                discrete_laplace(scale, u1, u2)
            })
            .collect();
        let share = |pred: &dyn Fn(i64) -> bool| {
            draws.iter().filter(|x| pred(**x)).count() as f64 / n as f64
        };
        // P(0) = (1 − α) ÷ (1 + α); P(|x| ≥ m) = 2 α^m ÷ (1 + α) for m ≥ 1.
        let zero = (1.0 - alpha) / (1.0 + alpha);
        let m = scale.ceil() as i64;
        let tail = 2.0 * alpha.powi(m as i32) / (1.0 + alpha);
        let tolerance = |p: f64| 5.0 * (p * (1.0 - p) / n as f64).sqrt();
        assert!(
            (share(&|x| x == 0) - zero).abs() < tolerance(zero),
            "P(0) at scale {scale}"
        );
        assert!(
            (share(&|x| x.abs() >= m) - tail).abs() < tolerance(tail),
            "tail at scale {scale}"
        );
        // Symmetric: as many above zero as below.
        let above = share(&|x| x > 0);
        let below = share(&|x| x < 0);
        assert!(
            (above - below).abs() < 2.0 * tolerance(0.5),
            "symmetry at scale {scale}"
        );
        // Variance 2α ÷ (1 − α)².
        let variance = draws.iter().map(|x| (*x as f64).powi(2)).sum::<f64>() / n as f64;
        let expected = 2.0 * alpha / (1.0 - alpha).powi(2);
        assert!(
            (variance / expected - 1.0).abs() < 0.05,
            "variance at scale {scale}: {variance} vs {expected}"
        );
    }
}

#[test]
fn the_same_release_asked_again_gives_the_same_figures() {
    let mut rng = StdRng::seed_from_u64(1);
    let members = cohort(&mut rng, 120);
    let noise = seed(&mut rng);
    let budget = Budget::weekly(crate::domain::EpsilonPerMonth::DEFAULT);
    let first = make(
        &members,
        &cities(),
        &products(),
        &vocabulary(),
        5,
        budget,
        noise,
    );
    let again = make(
        &members,
        &cities(),
        &products(),
        &vocabulary(),
        5,
        budget,
        noise,
    );
    assert_eq!(first, again);
    // Another period's release (another seed) draws other noise.
    let other = make(
        &members,
        &cities(),
        &products(),
        &vocabulary(),
        5,
        budget,
        seed(&mut rng),
    );
    assert_ne!(first.cells, other.cells);
}

#[test]
fn without_noise_a_release_is_the_exact_count_and_groups_add_up() {
    let members = vec![
        Contribution {
            city: "Lyon".into(),
            band: AgeBand::From16To17,
            mean_score: Some(0.5),
            mean_rating: Some(4.0),
            reviewed: Some(("Tango Ball".into(), 4.0)),
            topics: vec!["grip".into(), "price".into()],
        },
        Contribution {
            city: "Lyon".into(),
            band: AgeBand::From16To17,
            mean_score: Some(-0.25),
            mean_rating: None,
            reviewed: None,
            topics: vec!["grip".into()],
        },
        Contribution {
            city: "Paris".into(),
            band: AgeBand::From18To19,
            mean_score: None,
            mean_rating: Some(2.0),
            reviewed: Some(("Tango Ball".into(), 2.0)),
            topics: Vec::new(),
        },
    ];
    let release = make(
        &members,
        &cities(),
        &products(),
        &vocabulary(),
        2,
        Budget::weekly(4.0),
        Noise::Off,
    );
    assert_eq!(
        release.cells.len(),
        3 * AgeBand::ALL.len(),
        "every cell, empty ones too"
    );
    let lyon = release.cell("Lyon", AgeBand::From16To17);
    assert_eq!(lyon.members, Some(2));
    assert_eq!(lyon.mean_score, Some(0.125));
    assert_eq!(lyon.mean_rating, None, "one rater is too few");
    assert_eq!(release.cell("Paris", AgeBand::From18To19).members, None);
    assert_eq!(release.total().members, Some(3));
    assert_eq!(release.total().mean_rating, Some(3.0));
    assert_eq!(
        release.city("Lagos").members,
        None,
        "empty and small look alike"
    );
}

#[test]
fn the_budget_is_shared_out_over_a_months_releases() {
    let budget = Budget::weekly(4.0);
    assert!((budget.per_release() * Budget::WEEKLY - 4.0 * Budget::WEEKLY_SHARE).abs() < 1e-9);
    let activities = Budget::activities(4.0);
    let month = budget.per_release() * Budget::WEEKLY
        + activities.per_release() * Budget::ACTIVITIES_PER_MONTH as f64;
    assert!(
        (month - 4.0).abs() < 1e-9,
        "a month's releases spend ε together"
    );
    // Eleven figures share a release's ε: a count's noise has scale 11 ÷ ε.
    let per_figure = budget.per_release() / 11.0;
    for (figure, sensitivity) in [
        (Figure::Members, 1.0),
        (Figure::Score, 100.0),
        (Figure::ProductRating, 200.0),
        (Figure::Topic, 1.0),
        (Figure::Sharers, 1.0),
        (Figure::Clicks, CLICKS_COUNTED as f64),
    ] {
        assert!(
            (budget.scale(figure) - sensitivity / per_figure).abs() < 1e-9,
            "{figure:?}"
        );
    }
}

/// An observer who knows every member but one target's age band (one of two),
/// and every post and score, the target's included, sees a release before and
/// one after the target joined or posted, and weighs the two bands by how
/// likely each makes what it saw. Gives, per trial, whether the target is in
/// the first band and the log-likelihood ratio of first to second.
fn attacker(trials: usize, budget: Budget, noise_on: bool, rng: &mut StdRng) -> Vec<(bool, f64)> {
    let mut seen_by_trial = Vec::with_capacity(trials);
    for trial in 0..trials {
        let size = rng.gen_range(20..60);
        let others = cohort(rng, size);
        let mut bands = AgeBand::ALL.to_vec();
        let first = bands.swap_remove(rng.gen_range(0..bands.len()));
        let second = bands[rng.gen_range(0..bands.len())];
        let candidates = [first, second];
        let truth = candidates[rng.gen_range(0..2)];
        let city = cities()[rng.gen_range(0..3)].clone();
        let target = member(rng, &city, truth);
        // Half the trials watch the target join, half watch them post.
        let before_target = if trial % 2 == 0 {
            None
        } else {
            Some(Contribution {
                mean_score: None,
                mean_rating: None,
                reviewed: None,
                topics: Vec::new(),
                ..target.clone()
            })
        };
        let with = |t: Option<&Contribution>| {
            let mut all = others.clone();
            all.extend(t.cloned());
            all
        };
        let mut noise = || {
            if noise_on { seed(rng) } else { Noise::Off }
        };
        let seen = [
            (
                before_target.clone(),
                make(
                    &with(before_target.as_ref()),
                    &cities(),
                    &products(),
                    &vocabulary(),
                    5,
                    budget,
                    noise(),
                ),
            ),
            (
                Some(target.clone()),
                make(
                    &with(Some(&target)),
                    &cities(),
                    &products(),
                    &vocabulary(),
                    5,
                    budget,
                    noise(),
                ),
            ),
        ];
        // Log-likelihood up to a constant: −Σ |observed − expected| ÷ scale.
        let fit = |band: AgeBand| -> f64 {
            -seen
                .iter()
                .map(|(t, release)| {
                    let t = t.clone().map(|t| Contribution { band, ..t });
                    let expected = make(
                        &with(t.as_ref()),
                        &cities(),
                        &products(),
                        &vocabulary(),
                        5,
                        budget,
                        Noise::Off,
                    );
                    release
                        .cells
                        .iter()
                        .zip(&expected.cells)
                        .map(|(o, e)| {
                            FIGURES
                                .iter()
                                .enumerate()
                                .map(|(i, f)| {
                                    (o.figures[i] - e.figures[i]).abs() as f64 / budget.scale(*f)
                                })
                                .sum::<f64>()
                        })
                        .sum::<f64>()
                })
                .sum::<f64>()
        };
        seen_by_trial.push((
            truth == candidates[0],
            fit(candidates[0]) - fit(candidates[1]),
        ));
    }
    seen_by_trial
}

/// How often the most likely band is the target's (a tie counts half).
fn success(seen: &[(bool, f64)]) -> f64 {
    let right: f64 = seen
        .iter()
        .map(|(first, ratio)| match ratio.partial_cmp(&0.0) {
            Some(std::cmp::Ordering::Greater) => f64::from(u8::from(*first)),
            Some(std::cmp::Ordering::Less) => f64::from(u8::from(!*first)),
            _ => 0.5,
        })
        .sum();
    right / seen.len() as f64
}

#[test]
fn an_observer_who_knows_all_but_one_band_learns_no_more_than_epsilon_allows() {
    let mut rng = StdRng::seed_from_u64(2026);
    // A generous budget, so the attacker has a real chance: 0.9 a release,
    // shared by the eleven figures.
    let budget = Budget {
        epsilon_per_month: 3.6,
        releases_per_month: 4.0,
    };
    let trials = 4000;
    let seen = attacker(trials, budget, true, &mut rng);
    // Moving the target from one band to the other is taking them out of one
    // cell and putting them in another: 2ε a release, over two releases 4ε.
    let spent = 4.0 * budget.per_release();
    let bound = spent.exp() / (1.0 + spent.exp());
    let slack = 3.0 * (0.25 / trials as f64).sqrt();
    let right = success(&seen);
    assert!(
        right <= bound + slack,
        "the attacker was right {right:.3} of the time; ε allows {bound:.3}"
    );
    assert!(
        right > 0.5 + slack,
        "the attacker should beat a coin: {right:.3}"
    );
    // The audit: whatever evidence the attacker asks for before naming the
    // first band, they name it at most e^4ε times as often when it is right as
    // when it is wrong.
    for threshold in [0.0, 0.5, 1.0, 1.5, 1.8] {
        let named = |first: bool| {
            let of: Vec<_> = seen.iter().filter(|(f, _)| *f == first).collect();
            let hits = of.iter().filter(|(_, ratio)| *ratio > threshold).count();
            (hits as f64, of.len() as f64)
        };
        let (true_hits, firsts) = named(true);
        let (false_hits, seconds) = named(false);
        // Three standard deviations in the attacker's favour on both rates.
        let high = (true_hits - 3.0 * true_hits.sqrt()).max(0.0) / firsts;
        let low = (false_hits + 3.0 * false_hits.sqrt() + 3.0) / seconds;
        assert!(
            high <= spent.exp() * low,
            "asking for {threshold}: named rightly {true_hits}/{firsts}, wrongly {false_hits}/{seconds}"
        );
    }
}

#[test]
fn the_attacker_catches_an_exact_release() {
    let mut rng = StdRng::seed_from_u64(2027);
    let budget = Budget::weekly(crate::domain::EpsilonPerMonth::DEFAULT);
    let right = success(&attacker(400, budget, false, &mut rng));
    assert_eq!(
        right, 1.0,
        "without noise the target's band is plain to see"
    );
}

#[test]
fn products_count_each_member_once_and_show_by_the_rule_of_k() {
    let reviewer = |product: &str, rating: f64| Contribution {
        city: "Lyon".into(),
        band: AgeBand::From16To17,
        mean_score: Some(0.5),
        mean_rating: Some(rating),
        reviewed: Some((product.to_string(), rating)),
        topics: Vec::new(),
    };
    let members = vec![
        reviewer("Tango Ball", 5.0),
        reviewer("Tango Ball", 4.0),
        reviewer("Tango Ball", 3.0),
        reviewer("Copa Shoe", 1.0),
    ];
    let release = make(
        &members,
        &cities(),
        &products(),
        &vocabulary(),
        3,
        Budget::weekly(4.0),
        Noise::Off,
    );
    assert_eq!(
        release.products.len(),
        2,
        "the whole catalogue, reviewed or not"
    );
    let ball = release.product(&release.products[0]);
    assert_eq!(ball.reviewers, Some(3));
    assert_eq!(ball.mean_rating, Some(4.0));
    let shoe = release.product(&release.products[1]);
    assert_eq!(
        shoe,
        ShownProduct {
            reviewers: None,
            mean_rating: None
        }
    );

    // With noise, asking again gives the same; the figures move.
    let mut rng = StdRng::seed_from_u64(3);
    let noise = seed(&mut rng);
    let budget = Budget::weekly(4.0);
    let noisy = make(
        &members,
        &cities(),
        &products(),
        &vocabulary(),
        3,
        budget,
        noise,
    );
    assert_eq!(
        noisy,
        make(
            &members,
            &cities(),
            &products(),
            &vocabulary(),
            3,
            budget,
            noise
        )
    );
    let moved = (0..200)
        .map(|_| {
            make(
                &members,
                &cities(),
                &products(),
                &vocabulary(),
                3,
                budget,
                seed(&mut rng),
            )
        })
        .filter(|r| r.products[0].figures != [3, 300])
        .count();
    assert!(
        moved > 150,
        "product figures carry noise ({moved} of 200 moved)"
    );
}

#[test]
fn a_member_counts_for_the_product_they_reviewed_most() {
    let row = |member: i64, product: &str, week: &str, ratings: i64, stars: i64| Row {
        member_id: MemberId(member),
        city: "Lyon".into(),
        age_band: AgeBand::From16To17,
        kind: crate::domain::PostKind::Review,
        product: product.into(),
        week: week.into(),
        counts: crate::summary::counts::Counts {
            posts: ratings,
            ratings,
            rating_sum: stars * ratings,
            ..Default::default()
        },
    };
    let members = [
        (MemberId(1), "Lyon".to_string(), AgeBand::From16To17),
        (MemberId(2), "Lyon".to_string(), AgeBand::From16To17),
        (MemberId(3), "Lyon".to_string(), AgeBand::From16To17),
    ];
    let rows = [
        row(1, "Copa Shoe", "2026-11-02", 1, 2),
        row(1, "Tango Ball", "2026-11-02", 3, 5),
        // Equals: the first by name.
        row(2, "Tango Ball", "2026-11-02", 1, 4),
        row(2, "Copa Shoe", "2026-11-02", 1, 1),
        // Another week's reviews do not count.
        row(3, "Tango Ball", "2026-10-26", 2, 5),
    ];
    let found = contributions(
        &members,
        &rows,
        ("2026-11-02", "2026-11-09"),
        &Default::default(),
    );
    assert_eq!(found[0].reviewed, Some(("Tango Ball".into(), 5.0)));
    assert_eq!(found[1].reviewed, Some(("Copa Shoe".into(), 1.0)));
    assert_eq!(found[2].reviewed, None);
}

#[test]
fn members_count_for_their_two_most_used_topics_only() {
    let terms = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
    let posts = vec![
        (MemberId(1), terms(&["grip", "price", "colour", "secret"])),
        (MemberId(1), terms(&["price", "colour"])),
        (MemberId(1), terms(&["colour"])),
        (MemberId(2), terms(&["price", "grip"])),
    ];
    let found = member_topics(&posts, &vocabulary());
    assert_eq!(found[&MemberId(1)], ["colour", "price"]);
    // Of equals, the first in the vocabulary.
    assert_eq!(found[&MemberId(2)], ["grip", "price"]);
}

#[test]
fn topics_are_the_vocabulary_counted_and_shown_by_the_rule_of_k() {
    let member = |topics: &[&str]| Contribution {
        city: "Lyon".into(),
        band: AgeBand::From16To17,
        mean_score: Some(0.1),
        mean_rating: None,
        reviewed: None,
        topics: topics.iter().map(|t| t.to_string()).collect(),
    };
    let mut members: Vec<Contribution> = (0..6).map(|_| member(&["grip", "price"])).collect();
    members.push(member(&["colour"]));
    let release = make(
        &members,
        &cities(),
        &products(),
        &vocabulary(),
        3,
        Budget::weekly(4.0),
        Noise::Off,
    );
    let counted: Vec<(&str, i64)> = release
        .topics
        .iter()
        .map(|t| (t.term.as_str(), t.members))
        .collect();
    assert_eq!(counted, [("grip", 6), ("price", 6), ("colour", 1)]);
    // Without noise the bar is k alone.
    let exact = Release {
        topic_bar: 0,
        ..release.clone()
    };
    let shown: Vec<&str> = exact
        .shown_topics()
        .iter()
        .map(|t| t.term.as_str())
        .collect();
    assert_eq!(shown, ["grip", "price"], "one member is too few");

    // With noise the counts move, and the same release asked again is the same.
    let mut rng = StdRng::seed_from_u64(11);
    let noise = seed(&mut rng);
    let budget = Budget::weekly(4.0);
    let again = |noise| {
        make(
            &members,
            &cities(),
            &products(),
            &vocabulary(),
            3,
            budget,
            noise,
        )
    };
    assert_eq!(again(noise), again(noise));
    let moved = (0..200)
        .filter(|_| again(seed(&mut rng)).topics[0].members != 6)
        .count();
    assert!(
        moved > 150,
        "topic counts carry noise ({moved} of 200 moved)"
    );
}

#[test]
fn a_topic_nobody_used_rarely_clears_the_bar() {
    // Seventy terms nobody used, a thousand releases: about one in forty
    // shows any of them.
    let terms: Vec<String> = (0..70).map(|i| format!("term{i}")).collect();
    let mut rng = StdRng::seed_from_u64(40);
    let budget = Budget::weekly(4.0);
    let members: Vec<Contribution> = Vec::new();
    let with_any = (0..1000)
        .filter(|_| {
            !make(&members, &cities(), &[], &terms, 5, budget, seed(&mut rng))
                .shown_topics()
                .is_empty()
        })
        .count();
    assert!(
        with_any < 60,
        "{with_any} of 1000 releases showed an unused term"
    );
    let release = make(&members, &cities(), &[], &terms, 5, budget, Noise::Off);
    assert!(release.topic_bar > 50, "bar {}", release.topic_bar);
}

fn shared_drops() -> Vec<(DropId, String)> {
    vec![
        (DropId(1), "Night run".into()),
        (DropId(2), "Tango drop".into()),
    ]
}

#[test]
fn a_member_counts_once_for_the_drop_that_brought_the_most_clicks() {
    let shared = vec![
        // Two drops: counts for the second only, its clicks capped.
        vec![(DropId(1), 3), (DropId(2), 40)],
        // Equal clicks: the newer drop.
        vec![(DropId(1), 2), (DropId(2), 2)],
        // Took a link, nobody opened it yet: a sharer without clicks.
        vec![(DropId(1), 0)],
        // A drop no longer listed does not take the member's place.
        vec![(DropId(9), 50), (DropId(1), 1)],
        // Shared nothing.
        Vec::new(),
    ];
    let cells = drop_cells(&shared, &shared_drops(), Budget::weekly(4.0), Noise::Off);
    assert_eq!(
        cells,
        vec![
            DropCell {
                id: DropId(1),
                title: "Night run".into(),
                figures: [2, 1],
            },
            DropCell {
                id: DropId(2),
                title: "Tango drop".into(),
                figures: [2, CLICKS_COUNTED + 2],
            },
        ]
    );
    // Each member moves one drop's figures by at most 1 and CLICKS_COUNTED.
    let mut rng = StdRng::seed_from_u64(11);
    for _ in 0..200 {
        let member: Vec<(DropId, i64)> = (0..rng.gen_range(0..4))
            .map(|_| (DropId(rng.gen_range(1..=3)), rng.gen_range(0..100)))
            .collect();
        let with = {
            let mut all = shared.clone();
            all.push(member.clone());
            drop_cells(&all, &shared_drops(), Budget::weekly(4.0), Noise::Off)
        };
        let moved: Vec<[i64; 2]> = with
            .iter()
            .zip(&cells)
            .map(|(w, c)| [w.figures[0] - c.figures[0], w.figures[1] - c.figures[1]])
            .filter(|d| *d != [0, 0])
            .collect();
        assert!(moved.len() <= 1, "{member:?} moved {moved:?}");
        for [sharers, clicks] in moved {
            assert_eq!(sharers, 1);
            assert!((0..=CLICKS_COUNTED).contains(&clicks), "{member:?}");
        }
    }
}

#[test]
fn drops_show_by_the_rule_of_k_with_noise_drawn_once() {
    let shared: Vec<Vec<(DropId, i64)>> = (0..30).map(|i| vec![(DropId(2), i % 7)]).collect();
    let mut release = make(
        &[],
        &cities(),
        &products(),
        &vocabulary(),
        10,
        Budget::weekly(4.0),
        Noise::Off,
    );
    release.drops = drop_cells(&shared, &shared_drops(), Budget::weekly(4.0), Noise::Off);
    let exact: i64 = (0..30).map(|i| (i % 7).min(CLICKS_COUNTED)).sum();
    assert_eq!(
        release.drop_shown(&release.drops[1]),
        ShownDrop {
            sharers: Some(30),
            clicks: Some(exact),
            clicks_per_sharer: Some(exact as f64 / 30.0),
        }
    );
    assert_eq!(
        release.drop_shown(&release.drops[0]),
        ShownDrop {
            sharers: None,
            clicks: None,
            clicks_per_sharer: None,
        },
        "nobody shared it: too few to compare"
    );
    // A brand's whole adds the cohorts' noisy figures of the same drop.
    let mut whole = release.clone();
    whole.add(release.clone());
    assert_eq!(whole.drops.len(), 2);
    assert_eq!(whole.drops[1].figures, [60, 2 * exact]);

    let mut rng = StdRng::seed_from_u64(5);
    let noise = seed(&mut rng);
    let budget = Budget::weekly(4.0);
    let noisy = drop_cells(&shared, &shared_drops(), budget, noise);
    assert_eq!(noisy, drop_cells(&shared, &shared_drops(), budget, noise));
    let moved = (0..200)
        .filter(|_| {
            drop_cells(&shared, &shared_drops(), budget, seed(&mut rng))[1].figures != [30, exact]
        })
        .count();
    assert!(
        moved > 150,
        "drop figures carry noise ({moved} of 200 moved)"
    );
}
