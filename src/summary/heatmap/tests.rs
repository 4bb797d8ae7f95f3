use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::*;
use crate::domain::{MemberId, PostKind};
use crate::sentiment::Label;

fn row(
    member: i64,
    city: &str,
    band: AgeBand,
    kind: &str,
    product: &str,
    week: &str,
    score: f64,
) -> Row {
    Row {
        member_id: MemberId(member),
        city: city.into(),
        age_band: band,
        kind: PostKind::parse(kind).expect("post or review"),
        product: product.into(),
        week: week.into(),
        counts: Counts::of_post(
            Label::of_score(score),
            Some(score),
            (kind == "review").then_some(4),
        ),
    }
}

fn cities() -> Vec<String> {
    vec!["Berlin".into(), "Madrid".into()]
}

#[test]
fn a_cell_with_enough_members_is_shown_with_its_figures() {
    let rows: Vec<Row> = (0..6)
        .map(|m| {
            row(
                m,
                "Berlin",
                AgeBand::From16To17,
                "post",
                "",
                "2026-10-05",
                0.5,
            )
        })
        .collect();
    let map = build(&rows, &cities(), 5, &Filter::default());
    let cell = map.cell(0, 1);
    let figures = cell.figures.as_ref().expect("6 members ≥ 5");
    assert_eq!(figures.members, 6);
    assert_eq!(figures.counts.posts, 6);
    assert_eq!(figures.counts.mean_score(), Some(0.5));
    assert_eq!(map.total.counts.posts, 6);
}

#[test]
fn a_small_cell_is_hidden_and_left_out_of_the_totals() {
    let mut rows: Vec<Row> = (0..6)
        .map(|m| {
            row(
                m,
                "Berlin",
                AgeBand::From16To17,
                "post",
                "",
                "2026-10-05",
                0.5,
            )
        })
        .collect();
    rows.extend((10..12).map(|m| {
        row(
            m,
            "Madrid",
            AgeBand::From16To17,
            "post",
            "",
            "2026-10-05",
            -0.9,
        )
    }));
    let map = build(&rows, &cities(), 5, &Filter::default());
    assert!(map.cell(1, 1).figures.is_none());
    assert_eq!(
        map.hidden_cells,
        cities().len() * AgeBand::ALL.len() - 1,
        "one cell shown; the small one and the empty ones count alike"
    );
    assert_eq!(
        map.band_totals[1].counts.posts, 6,
        "the column total counts shown cells only"
    );
    assert_eq!(map.total.members, 6);
}

#[test]
fn a_filter_that_would_single_out_a_few_members_hides_the_cell() {
    // Six members post; two of them also review. "Posts only" would reveal the
    // two reviewers' figures by subtraction from the whole cell, so it is hidden,
    // while the whole cell stays visible.
    let mut rows: Vec<Row> = (0..6)
        .map(|m| {
            row(
                m,
                "Berlin",
                AgeBand::From16To17,
                "post",
                "",
                "2026-10-05",
                0.5,
            )
        })
        .collect();
    rows.extend((0..2).map(|m| {
        row(
            m,
            "Berlin",
            AgeBand::From16To17,
            "review",
            "Ball",
            "2026-10-05",
            -0.5,
        )
    }));
    let all = build(&rows, &cities(), 5, &Filter::default());
    assert!(all.cell(0, 1).figures.is_some());
    let posts = build(
        &rows,
        &cities(),
        5,
        &Filter {
            kind: Some(PostKind::Post),
            ..Filter::default()
        },
    );
    assert!(posts.cell(0, 1).figures.is_none());
}

#[test]
fn k_is_never_below_three() {
    let rows: Vec<Row> = (0..2)
        .map(|m| {
            row(
                m,
                "Berlin",
                AgeBand::From16To17,
                "post",
                "",
                "2026-10-05",
                0.5,
            )
        })
        .collect();
    assert!(
        build(&rows, &cities(), 1, &Filter::default())
            .cell(0, 1)
            .figures
            .is_none()
    );
}

// ---- The attacker ------------------------------------------------------------

/// A leaf of the slice tree: the finest thing any figure is made of.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Atom {
    city: String,
    band: AgeBand,
    kind: PostKind,
    month: String,
    product: String,
}

fn atom_of(row: &Row) -> Atom {
    Atom {
        city: row.city.clone(),
        band: row.age_band,
        kind: row.kind,
        month: row.month().to_string(),
        product: row.product.clone(),
    }
}

/// Incremental row-reduced basis over the reals: tells whether a vector is a
/// linear combination of the vectors added so far.
struct Span {
    basis: Vec<(usize, Vec<f64>)>,
}

impl Span {
    fn new() -> Self {
        Span { basis: Vec::new() }
    }

    fn reduce(&self, mut v: Vec<f64>) -> Vec<f64> {
        for (pivot, b) in &self.basis {
            let factor = v[*pivot];
            if factor.abs() > 1e-9 {
                for (x, y) in v.iter_mut().zip(b) {
                    *x -= factor * y;
                }
            }
        }
        v
    }

    fn add(&mut self, v: Vec<f64>) {
        let mut v = self.reduce(v);
        let Some(pivot) = (0..v.len()).max_by(|a, b| v[*a].abs().total_cmp(&v[*b].abs())) else {
            return;
        };
        if v[pivot].abs() < 1e-9 {
            return;
        }
        let scale = v[pivot];
        v.iter_mut().for_each(|x| *x /= scale);
        for (_, b) in &mut self.basis {
            let factor = b[pivot];
            if factor.abs() > 1e-12 {
                for (x, y) in b.iter_mut().zip(&v) {
                    *x -= factor * y;
                }
            }
        }
        self.basis.push((pivot, v));
    }

    fn contains(&self, v: Vec<f64>) -> bool {
        self.reduce(v).iter().all(|x| x.abs() < 1e-6)
    }
}

const MONTHS: [&str; 3] = ["2026-01", "2026-02", "2026-03"];
const PRODUCTS: [&str; 2] = ["Ball", "Boots"];

fn random_cohort(rng: &mut StdRng) -> Vec<Row> {
    let members = rng.gen_range(4..30);
    let bands = [AgeBand::From16To17, AgeBand::From18To19];
    let mut rows = Vec::new();
    for member in 0..members {
        let city = cities()[rng.gen_range(0..2)].clone();
        let band = bands[rng.gen_range(0..2)];
        for _ in 0..rng.gen_range(1..5) {
            let review = rng.gen_bool(0.4);
            let product = if review {
                PRODUCTS[rng.gen_range(0..2)]
            } else {
                ""
            };
            let month = MONTHS[rng.gen_range(0..3)];
            let week = format!("{month}-0{}", rng.gen_range(1..4));
            let score = rng.gen_range(-1.0..1.0);
            rows.push(row(
                member,
                &city,
                band,
                if review { "review" } else { "post" },
                product,
                &week,
                score,
            ));
        }
    }
    rows
}

fn random_filter(rng: &mut StdRng) -> Filter {
    let months = rng.gen_bool(0.5).then(|| {
        let from = rng.gen_range(0..3);
        let to = rng.gen_range(from..3);
        (MONTHS[from].to_string(), MONTHS[to].to_string())
    });
    let (kind, product) = match rng.gen_range(0..4) {
        0 => (None, None),
        1 => (Some(PostKind::Post), None),
        2 => (Some(PostKind::Review), None),
        _ => (None, Some(PRODUCTS[rng.gen_range(0..2)].to_string())),
    };
    Filter {
        months,
        kind,
        product,
        ..Filter::default()
    }
}

/// Plays the attacker: collects every post count a manager could read from a set
/// of views (each shown cell, each total) as an equation over the atoms, then
/// checks that no suppressed figure and no atom of fewer than k members can be
/// worked out by any combination of them.
#[test]
fn no_suppressed_figure_can_be_recovered_from_any_pair_of_views() {
    let mut rng = StdRng::seed_from_u64(20261125);
    let mut checked_hidden = 0;
    for _ in 0..400 {
        let k = rng.gen_range(3..6);
        let rows = random_cohort(&mut rng);
        let atoms: Vec<Atom> = rows
            .iter()
            .map(atom_of)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let index: HashMap<&Atom, usize> = atoms.iter().enumerate().map(|(i, a)| (a, i)).collect();
        let vector = |selected: &mut dyn Iterator<Item = &Row>| {
            let mut v = vec![0.0; atoms.len()];
            for row in selected {
                v[index[&atom_of(row)]] = 1.0;
            }
            v
        };
        let views = [
            Filter::default(),
            random_filter(&mut rng),
            random_filter(&mut rng),
        ];
        let mut span = Span::new();
        let mut hidden = Vec::new();
        for filter in &views {
            let map = build(&rows, &cities(), k, filter);
            let mut shown_cells = Vec::new();
            for cell in &map.cells {
                let mut in_cell = rows.iter().filter(|r| {
                    r.city == cell.city && r.age_band == cell.age_band && filter.wants(r)
                });
                let v = vector(&mut in_cell);
                match cell.figures {
                    Some(_) => {
                        shown_cells.push((cell.city.clone(), cell.age_band));
                        span.add(v);
                    }
                    None if v.iter().any(|x| *x > 0.0) => hidden.push(v),
                    None => {}
                }
            }
            // Totals are sums of shown cells: adding them adds no new equations,
            // but the attacker is given them anyway.
            let mut in_shown = rows.iter().filter(|r| {
                filter.wants(r)
                    && shown_cells
                        .iter()
                        .any(|(c, b)| *c == r.city && *b == r.age_band)
            });
            span.add(vector(&mut in_shown));
        }
        for v in hidden {
            checked_hidden += 1;
            assert!(!span.contains(v.clone()), "a suppressed cell was recovered");
        }
        for (i, atom) in atoms.iter().enumerate() {
            let members: BTreeSet<MemberId> = rows
                .iter()
                .filter(|r| atom_of(r) == *atom)
                .map(|r| r.member_id)
                .collect();
            if members.len() < k {
                let mut unit = vec![0.0; atoms.len()];
                unit[i] = 1.0;
                assert!(
                    !span.contains(unit),
                    "{atom:?} with {} members was isolated",
                    members.len()
                );
            }
        }
    }
    assert!(
        checked_hidden > 100,
        "the random cohorts exercised suppression ({checked_hidden} hidden figures)"
    );
}

#[test]
fn merged_cohorts_add_shown_cells_only() {
    let shown: Vec<Row> = (0..6)
        .map(|m| {
            row(
                m,
                "Berlin",
                AgeBand::From16To17,
                "post",
                "",
                "2026-10-05",
                0.5,
            )
        })
        .collect();
    let hidden: Vec<Row> = (20..22)
        .map(|m| {
            row(
                m,
                "Berlin",
                AgeBand::From16To17,
                "post",
                "",
                "2026-10-05",
                -0.5,
            )
        })
        .collect();
    let a = build(&shown, &cities(), 5, &Filter::default());
    let b = build(&hidden, &cities(), 5, &Filter::default());
    let merged = merge(&[a, b]);
    let cell = merged.cell(0, 1);
    assert_eq!(
        cell.figures.as_ref().map(|f| f.members),
        Some(6),
        "the hidden cohort's two members add nothing"
    );
    assert_eq!(merged.total.counts.posts, 6);
    let only_hidden = merge(&[build(&hidden, &cities(), 5, &Filter::default())]);
    assert!(only_hidden.cell(0, 1).figures.is_none());
    assert_eq!(
        only_hidden.hidden_cells,
        cities().len() * AgeBand::ALL.len()
    );
}

#[test]
fn product_totals_are_the_totals_of_each_products_view() {
    let mut rng = StdRng::seed_from_u64(20261129);
    let mut shown = 0;
    for _ in 0..400 {
        let k = rng.gen_range(3..6);
        let rows = random_cohort(&mut rng);
        let months = random_filter(&mut rng).months;
        let in_months = Filter {
            months: months.clone(),
            ..Filter::default()
        };
        let totals = product_totals(&rows, &cities(), k, &in_months);
        for product in PRODUCTS {
            let view = Filter {
                months: months.clone(),
                product: Some(product.to_string()),
                ..Filter::default()
            };
            let expected = build(&rows, &cities(), k, &view).total;
            let got = totals.get(product).cloned().unwrap_or_default();
            assert_eq!(got, expected, "{product} over {months:?}, k = {k}");
            if got.counts.posts > 0 {
                shown += 1;
            }
        }
    }
    assert!(shown > 50, "products were shown ({shown} times)");
}
