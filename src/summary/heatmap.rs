//! The city × age-band table of a cohort, with disclosure control.
//!
//! Every figure is built from a fixed tree of slices per cell:
//! cell → kind (post, review) → product → month. (Product before month, so a
//! product's reviews can be shown for all time without splitting them by month.) A slice is *released* when its
//! parent is released and every one of its siblings holds either no one or at
//! least `k` distinct members; a cell is released when it holds at least `k`.
//! A view (a date range in months, a kind, a product) shows a cell only when
//! every slice it needs is released, and totals add up shown cells only. So
//! every published figure is a sum of released slices, each of at least `k`
//! members, and no difference of two published figures — two filters, two date
//! ranges, a total minus its shown cells — singles out fewer than `k` members.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::domain::{AgeBand, MemberId, PostKind};
use crate::summary::counts::Counts;

/// One aggregate row: one member's posts of one kind and product in one week.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub member_id: MemberId,
    pub city: String,
    pub age_band: AgeBand,
    pub kind: PostKind,
    pub product: String,
    /// The Monday of the week, `YYYY-MM-DD`.
    pub week: String,
    pub counts: Counts,
}

impl Row {
    /// `YYYY-MM` of the row's week.
    pub fn month(&self) -> &str {
        self.week.get(..7).unwrap_or(&self.week)
    }
}

/// What a manager can ask for. Months are `YYYY-MM`, inclusive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    pub months: Option<(String, String)>,
    pub kind: Option<PostKind>,
    pub product: Option<String>,
    /// One city's cells only.
    pub city: Option<String>,
    /// One age band's cells only.
    pub band: Option<AgeBand>,
}

impl Filter {
    fn wants_month(&self, month: &str) -> bool {
        self.months
            .as_ref()
            .is_none_or(|(from, to)| from.as_str() <= month && month <= to.as_str())
    }

    pub fn wants(&self, row: &Row) -> bool {
        self.wants_month(row.month())
            && self.kind.is_none_or(|k| k == row.kind)
            && self.product.as_ref().is_none_or(|p| *p == row.product)
            && self.wants_cell(&row.city, row.age_band)
    }

    fn wants_cell(&self, city: &str, band: AgeBand) -> bool {
        self.city.as_deref().is_none_or(|c| c == city) && self.band.is_none_or(|b| b == band)
    }
}

/// A slice of one cell: its kind, month and product, each `None` above its level.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slice {
    pub kind: Option<PostKind>,
    pub month: Option<String>,
    pub product: Option<String>,
}

impl Slice {
    fn root() -> Self {
        Slice {
            kind: None,
            month: None,
            product: None,
        }
    }

    fn parent(&self) -> Option<Slice> {
        if self.month.is_some() {
            Some(Slice {
                month: None,
                ..self.clone()
            })
        } else if self.product.is_some() {
            Some(Slice {
                product: None,
                ..self.clone()
            })
        } else if self.kind.is_some() {
            Some(Slice::root())
        } else {
            None
        }
    }

    /// The slices containing a row, from the cell down to the finest.
    fn chain(row: &Row) -> [Slice; 4] {
        let kind = Some(row.kind);
        let product = Some(row.product.clone());
        [
            Slice::root(),
            Slice {
                kind,
                month: None,
                product: None,
            },
            Slice {
                kind,
                month: None,
                product: product.clone(),
            },
            Slice {
                kind,
                month: Some(row.month().to_string()),
                product,
            },
        ]
    }
}

/// Which children of a released slice may be released: each with at least `k`
/// members, except that the children held back must together hold no one or at
/// least `k` members (else the parent minus the released ones would single them
/// out), so the smallest releasable ones are held back with them as needed.
fn releasable_children<'a>(
    children: &[(&'a Slice, &BTreeSet<MemberId>)],
    k: usize,
) -> Vec<&'a Slice> {
    let mut held: Vec<bool> = children.iter().map(|(_, m)| m.len() < k).collect();
    loop {
        let held_members: BTreeSet<MemberId> = children
            .iter()
            .zip(&held)
            .filter(|(_, h)| **h)
            .flat_map(|((_, m), _)| m.iter().copied())
            .collect();
        if held_members.is_empty() || held_members.len() >= k {
            break;
        }
        let smallest = children
            .iter()
            .enumerate()
            .filter(|(i, _)| !held[*i])
            .min_by_key(|(_, (slice, m))| (m.len(), (*slice).clone()))
            .map(|(i, _)| i);
        match smallest {
            Some(i) => held[i] = true,
            None => break,
        }
    }
    children
        .iter()
        .zip(held)
        .filter(|(_, h)| !h)
        .map(|((slice, _), _)| *slice)
        .collect()
}

/// Which slices of one cell are released.
fn released_slices(rows: &[&Row], k: usize) -> BTreeSet<Slice> {
    let mut members: BTreeMap<Slice, BTreeSet<MemberId>> = BTreeMap::new();
    for row in rows {
        for slice in Slice::chain(row) {
            members.entry(slice).or_default().insert(row.member_id);
        }
    }
    let mut children: BTreeMap<Slice, Vec<Slice>> = BTreeMap::new();
    for slice in members.keys() {
        if let Some(parent) = slice.parent() {
            children.entry(parent).or_default().push(slice.clone());
        }
    }
    let mut released = BTreeSet::new();
    let root = Slice::root();
    if members.get(&root).is_none_or(|m| m.len() < k) {
        return released;
    }
    let mut pending = vec![root.clone()];
    released.insert(root);
    while let Some(parent) = pending.pop() {
        let Some(kids) = children.get(&parent) else {
            continue;
        };
        let empty = BTreeSet::new();
        let sizes: Vec<(&Slice, &BTreeSet<MemberId>)> = kids
            .iter()
            .map(|kid| (kid, members.get(kid).unwrap_or(&empty)))
            .collect();
        for kid in releasable_children(&sizes, k) {
            released.insert(kid.clone());
            pending.push(kid.clone());
        }
    }
    released
}

/// The slices a view is made of, for one cell: the fewest, coarsest slices whose
/// rows are exactly the cell's rows in the view. (A date range that covers every
/// month with posts is the whole slice above the months, not a set of months.)
fn needed_slices(rows: &[&Row], filter: &Filter) -> BTreeSet<Slice> {
    let mut needed = BTreeSet::new();
    let mut pending = vec![Slice::root()];
    while let Some(slice) = pending.pop() {
        let inside: Vec<&&Row> = rows
            .iter()
            .filter(|r| Slice::chain(r).contains(&slice))
            .collect();
        let wanted = inside.iter().filter(|r| filter.wants(r)).count();
        if wanted == 0 {
            continue;
        }
        if wanted == inside.len() {
            needed.insert(slice);
            continue;
        }
        let children: BTreeSet<Slice> = inside
            .iter()
            .filter_map(|r| {
                Slice::chain(r)
                    .into_iter()
                    .find(|s| s.parent().as_ref() == Some(&slice))
            })
            .collect();
        pending.extend(children);
    }
    needed
}

/// Each reviewed product's total over the shown cells, for the months, city
/// and age band of `scope` (its kind and product are not read): the same
/// figures as `build`'s total for a view of that product, in one pass over the
/// rows rather than one per product.
/// A cell's released slices are worked out once; a product's view of a cell
/// needs its review slice whole, or its months in the range.
pub fn product_totals(
    rows: &[Row],
    cities: &[String],
    k: usize,
    scope: &Filter,
) -> BTreeMap<String, Figures> {
    let k = k.max(3);
    let in_scope = Filter {
        months: scope.months.clone(),
        city: scope.city.clone(),
        band: scope.band,
        ..Filter::default()
    };
    let mut by_cell: HashMap<(&str, AgeBand), Vec<&Row>> = HashMap::new();
    for row in rows {
        if cities.contains(&row.city) {
            by_cell
                .entry((row.city.as_str(), row.age_band))
                .or_default()
                .push(row);
        }
    }
    let mut shown: BTreeMap<String, Vec<&Row>> = BTreeMap::new();
    for cell_rows in by_cell.values() {
        let released = released_slices(cell_rows, k);
        if released.is_empty() {
            continue;
        }
        let mut of_product: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
        for row in cell_rows.iter().filter(|r| r.kind == PostKind::Review) {
            of_product
                .entry(row.product.as_str())
                .or_default()
                .push(row);
        }
        for (product, product_rows) in of_product {
            let wanted: Vec<&Row> = product_rows
                .iter()
                .copied()
                .filter(|r| in_scope.wants(r))
                .collect();
            if wanted.is_empty() {
                continue;
            }
            let whole = Slice {
                kind: Some(PostKind::Review),
                month: None,
                product: Some(product.to_string()),
            };
            let visible = if wanted.len() == product_rows.len() {
                released.contains(&whole)
            } else {
                wanted.iter().all(|r| {
                    released.contains(&Slice {
                        month: Some(r.month().to_string()),
                        ..whole.clone()
                    })
                })
            };
            if visible {
                shown.entry(product.to_string()).or_default().extend(wanted);
            }
        }
    }
    shown
        .into_iter()
        .map(|(product, rows)| (product, Figures::of(rows.into_iter())))
        .collect()
}

/// A group's figures: how many members, how many of the posts were reviews,
/// and the counters summed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub members: usize,
    pub reviews: i64,
    pub counts: Counts,
}

impl Figures {
    fn of<'a>(rows: impl Iterator<Item = &'a Row>) -> Self {
        let mut figures = Figures::default();
        let mut members = BTreeSet::new();
        for row in rows {
            members.insert(row.member_id);
            if row.kind == PostKind::Review {
                figures.reviews += row.counts.posts;
            }
            figures.counts += &row.counts;
        }
        figures.members = members.len();
        figures
    }

    /// Adds figures of other members (another cohort's cell, say).
    pub fn merge(&mut self, other: &Figures) {
        self.members += other.members;
        self.reviews += other.reviews;
        self.counts += &other.counts;
    }
}

/// A cell: its figures, or `None` when they must not be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub city: String,
    pub age_band: AgeBand,
    pub figures: Option<Figures>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Heatmap {
    pub cities: Vec<String>,
    pub bands: Vec<AgeBand>,
    /// Row-major: `cells[city * bands.len() + band]`.
    pub cells: Vec<Cell>,
    /// Totals of shown cells only, per city, per band, and overall.
    pub city_totals: Vec<Figures>,
    pub band_totals: Vec<Figures>,
    pub total: Figures,
    /// Cells not shown, empty or small.
    pub hidden_cells: usize,
}

impl Heatmap {
    pub fn cell(&self, city: usize, band: usize) -> &Cell {
        &self.cells[city * self.bands.len() + band]
    }
}

pub fn build(rows: &[Row], cities: &[String], k: usize, filter: &Filter) -> Heatmap {
    let k = k.max(3);
    // A city or band filter leaves the others' cells out rather than empty.
    let cities: Vec<String> = cities
        .iter()
        .filter(|c| filter.city.as_ref().is_none_or(|f| f == *c))
        .cloned()
        .collect();
    let cities = cities.as_slice();
    let bands: Vec<AgeBand> = AgeBand::ALL
        .into_iter()
        .filter(|b| filter.band.is_none_or(|f| f == *b))
        .collect();
    let mut by_cell: HashMap<(&str, AgeBand), Vec<&Row>> = HashMap::new();
    for row in rows {
        by_cell
            .entry((row.city.as_str(), row.age_band))
            .or_default()
            .push(row);
    }
    let mut cells = Vec::with_capacity(cities.len() * bands.len());
    let mut shown_rows: Vec<Vec<&Row>> = Vec::with_capacity(cities.len() * bands.len());
    let mut hidden_cells = 0;
    for city in cities {
        for band in &bands {
            let rows = by_cell
                .get(&(city.as_str(), *band))
                .map(Vec::as_slice)
                .unwrap_or_default();
            let in_view: Vec<&Row> = rows.iter().copied().filter(|r| filter.wants(r)).collect();
            let released = released_slices(rows, k);
            let needed = needed_slices(rows, filter);
            let shown = !needed.is_empty() && needed.iter().all(|slice| released.contains(slice));
            // Empty cells count with small ones: they are shown alike.
            if !shown {
                hidden_cells += 1;
            }
            cells.push(Cell {
                city: city.clone(),
                age_band: *band,
                figures: shown.then(|| Figures::of(in_view.iter().copied())),
            });
            shown_rows.push(if shown { in_view } else { Vec::new() });
        }
    }
    let band_count = bands.len();
    let city_totals = (0..cities.len())
        .map(|c| {
            Figures::of(
                (0..band_count).flat_map(|b| shown_rows[c * band_count + b].iter().copied()),
            )
        })
        .collect();
    let band_totals = (0..band_count)
        .map(|b| {
            Figures::of(
                (0..cities.len()).flat_map(|c| shown_rows[c * band_count + b].iter().copied()),
            )
        })
        .collect();
    let total = Figures::of(shown_rows.iter().flatten().copied());
    Heatmap {
        cities: cities.to_vec(),
        bands,
        cells,
        city_totals,
        band_totals,
        total,
        hidden_cells,
    }
}

#[cfg(test)]
mod tests;

/// Several cohorts' tables as one: each city × age band adds up the cohorts'
/// shown cells only, so the merged table reveals nothing a cohort's hides.
pub fn merge(maps: &[Heatmap]) -> Heatmap {
    let bands = AgeBand::ALL.to_vec();
    let mut cities: Vec<String> = Vec::new();
    for map in maps {
        for city in &map.cities {
            if !cities.contains(city) {
                cities.push(city.clone());
            }
        }
    }
    let mut cells = Vec::with_capacity(cities.len() * bands.len());
    let mut hidden_cells = 0;
    for city in &cities {
        for band in &bands {
            let mut sum = Figures::default();
            let mut shown = false;
            for map in maps {
                let Some(c) = map.cities.iter().position(|x| x == city) else {
                    continue;
                };
                let b = bands.iter().position(|x| x == band).unwrap_or_default();
                if let Some(f) = &map.cell(c, b).figures {
                    sum.merge(f);
                    shown = true;
                }
            }
            if !shown {
                hidden_cells += 1;
            }
            cells.push(Cell {
                city: city.clone(),
                age_band: *band,
                figures: shown.then_some(sum),
            });
        }
    }
    let band_count = bands.len();
    let shown_in = |indices: &mut dyn Iterator<Item = usize>| {
        let mut total = Figures::default();
        for i in indices {
            if let Some(f) = &cells[i].figures {
                total.merge(f);
            }
        }
        total
    };
    let city_totals = (0..cities.len())
        .map(|c| shown_in(&mut (0..band_count).map(|b| c * band_count + b)))
        .collect();
    let band_totals = (0..band_count)
        .map(|b| shown_in(&mut (0..cities.len()).map(|c| c * band_count + b)))
        .collect();
    let total = shown_in(&mut (0..cells.len()));
    Heatmap {
        cities,
        bands,
        cells,
        city_totals,
        band_totals,
        total,
        hidden_cells,
    }
}
