//! Released figures: what reaches anyone who does not read the feed (observers,
//! exports, digests). A release is made on a schedule, once per period, from
//! what the cohort's members posted in it; every figure in it carries
//! calibrated random noise, so that no one member's presence, age band, city or
//! posts can be told from it (ε-differential privacy, `docs/PRIVACY.md`).
//!
//! How each member counts. A member belongs to exactly one cell (city × age
//! band) and adds to that cell only: 1 to `members`; when they posted in the
//! period, 1 to `posters` and their mean sentiment (clipped to −1…+1) to
//! `score`; when they rated a product, 1 to `raters` and their mean rating
//! (centred on 3 stars, so −2…+2) to `rating`. However much a member posts,
//! their part of each figure is bounded by those amounts (the sensitivity).
//!
//! The noise. Each of a cell's five figures gets discrete Laplace noise (a
//! two-sided geometric variable, exact on integers: scores are counted in
//! hundredths) with scale sensitivity ÷ (ε ÷ 5), so a release costs each member
//! ε in all (the cells are disjoint: a member is in one). Noise is drawn from a
//! keyed hash of the release's secret seed and the cell and figure it is for:
//! making the same release again gives the same figures, so asking twice gains
//! nothing. Cities, age bands and the cohort's total are sums of noisy cells,
//! worked out when read; that costs no further privacy.
//!
//! Reviews by product. A member also counts for the one product they reviewed
//! most in the period (ties go to the name first in order): 1 to its
//! `reviewers` and their mean rating of it (centred on 3 stars) to its
//! `rating`. The products listed are the brand's catalogue, which says nothing
//! about the members.
//!
//! Topics. The release counts, for each term of a fixed vocabulary (words of
//! the catalogue's product names and a list of everyday topics, never words
//! taken from the posts, whose mere presence would tell of someone), the
//! members who used it in the period; a member counts for at most two terms,
//! those they used in the most posts.
//!
//! Drops. For each of the brand's drops of the period (out by its end and
//! published in the twelve weeks before: drops are public, so the list says
//! nothing about the members), a member counts for the one drop they shared
//! that brought them the most clicks (of equals, the newest): 1 to its
//! `sharers` and their clicks, at most `CLICKS_COUNTED`, to its `clicks`. A
//! member shared a drop when they took their link to it in the period or the
//! link was opened or previewed in it.
//!
//! So each member moves at most eleven figures, each within its sensitivity,
//! and each figure's noise spends ε ÷ 11.
//!
//! What is shown. A group (a cell, a city, a band, the cohort) is shown when its
//! noisy member count reaches `k`; a mean only when the noisy count of those it
//! averages reaches `k` too. Otherwise, empty or small, it reads "too few to
//! compare", the same mark for both.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::domain::{AgeBand, DropId, MemberId, PostKind};
use crate::summary::heatmap::Row;

/// The figures of a cell, in the order their noise is drawn and stored.
const FIGURES: [Figure; 5] = [
    Figure::Members,
    Figure::Posters,
    Figure::Score,
    Figure::Raters,
    Figure::Rating,
];

/// The figures of a product, in the order their noise is drawn and stored.
const PRODUCT_FIGURES: [Figure; 2] = [Figure::Reviewers, Figure::ProductRating];

/// The figures of a drop, in the order their noise is drawn and stored.
const DROP_FIGURES: [Figure; 2] = [Figure::Sharers, Figure::Clicks];

/// The most clicks one member's links count for in a release.
pub const CLICKS_COUNTED: i64 = 5;

/// How many topics one member counts for in a release.
pub const TOPICS_PER_MEMBER: usize = 2;

/// How many figures one member's part of a release moves: the release's ε is
/// shared out among them.
const FIGURES_PER_MEMBER: usize =
    FIGURES.len() + PRODUCT_FIGURES.len() + TOPICS_PER_MEMBER + DROP_FIGURES.len();

/// Scores and ratings are counted in hundredths, so noise stays on integers.
const HUNDREDTHS: f64 = 100.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    Members,
    Posters,
    Score,
    Raters,
    Rating,
    Reviewers,
    ProductRating,
    Topic,
    Sharers,
    Clicks,
}

impl Figure {
    fn name(self) -> &'static str {
        match self {
            Figure::Members => "members",
            Figure::Posters => "posters",
            Figure::Score => "score",
            Figure::Raters => "raters",
            Figure::Rating => "rating",
            Figure::Reviewers => "reviewers",
            Figure::ProductRating => "product rating",
            Figure::Topic => "topic",
            Figure::Sharers => "sharers",
            Figure::Clicks => "clicks",
        }
    }

    /// How far one member can move this figure (in its stored units).
    fn sensitivity(self) -> f64 {
        match self {
            Figure::Members
            | Figure::Posters
            | Figure::Raters
            | Figure::Reviewers
            | Figure::Topic
            | Figure::Sharers => 1.0,
            Figure::Clicks => CLICKS_COUNTED as f64,
            Figure::Score => HUNDREDTHS,
            Figure::Rating | Figure::ProductRating => 2.0 * HUNDREDTHS,
        }
    }
}

/// The privacy a brand spends on its members: a share of its ε per member per
/// month, shared out over the releases of a month that draw on that share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Budget {
    pub epsilon_per_month: f64,
    /// Releases a month: 365.25 ÷ 12 ÷ 7 for weekly ones.
    pub releases_per_month: f64,
}

impl Budget {
    pub const WEEKLY: f64 = 365.25 / 12.0 / 7.0;
    /// The share of a month's ε the weekly releases spend; activity releases
    /// spend the rest, so that together they stay within ε.
    pub const WEEKLY_SHARE: f64 = 0.75;
    /// Activity releases a cohort makes in any 30 days at most; one more waits.
    pub const ACTIVITIES_PER_MONTH: usize = 2;

    /// What each weekly release of a cohort spends.
    pub fn weekly(epsilon_per_month: f64) -> Self {
        Budget {
            epsilon_per_month: epsilon_per_month * Self::WEEKLY_SHARE,
            releases_per_month: Self::WEEKLY,
        }
    }

    /// What each activity release spends, for the members the activity asked.
    pub fn activities(epsilon_per_month: f64) -> Self {
        Budget {
            epsilon_per_month: epsilon_per_month * (1.0 - Self::WEEKLY_SHARE),
            releases_per_month: Self::ACTIVITIES_PER_MONTH as f64,
        }
    }

    /// What one release costs each member.
    pub fn per_release(&self) -> f64 {
        self.epsilon_per_month / self.releases_per_month
    }

    /// The noise scale (in stored units) of one figure of one release.
    fn scale(&self, figure: Figure) -> f64 {
        figure.sensitivity() / (self.per_release() / FIGURES_PER_MEMBER as f64)
    }
}

/// One member's part of a release.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub city: String,
    pub band: AgeBand,
    /// Mean sentiment of their scored posts in the period.
    pub mean_score: Option<f64>,
    /// Mean star rating of their reviews in the period.
    pub mean_rating: Option<f64>,
    /// The product they reviewed most in the period, and their mean rating of it.
    pub reviewed: Option<(String, f64)>,
    /// The vocabulary's terms they used most in the period (at most two).
    pub topics: Vec<String>,
}

/// Each member's topics: of the `vocabulary`'s terms, the ones found in the
/// most of their posts (`posts`: each post's author and terms), at most
/// `TOPICS_PER_MEMBER`; of equals, the first in the vocabulary.
pub fn member_topics(
    posts: &[(MemberId, std::collections::BTreeSet<String>)],
    vocabulary: &[String],
) -> std::collections::HashMap<MemberId, Vec<String>> {
    use std::collections::HashMap;
    let mut counts: HashMap<MemberId, Vec<usize>> = HashMap::new();
    for (member, terms) in posts {
        let row = counts
            .entry(*member)
            .or_insert_with(|| vec![0; vocabulary.len()]);
        for (i, term) in vocabulary.iter().enumerate() {
            if terms.contains(term) {
                row[i] += 1;
            }
        }
    }
    counts
        .into_iter()
        .map(|(member, row)| {
            let mut used: Vec<(usize, usize)> = row
                .into_iter()
                .enumerate()
                .filter(|(_, n)| *n > 0)
                .collect();
            used.sort_by_key(|(i, n)| (std::cmp::Reverse(*n), *i));
            let topics = used
                .into_iter()
                .take(TOPICS_PER_MEMBER)
                .map(|(i, _)| vocabulary[i].clone())
                .collect();
            (member, topics)
        })
        .collect()
}

/// Each member's contribution to a release over `weeks` (Mondays, `YYYY-MM-DD`,
/// from inclusive, to exclusive): every member counts, posting or not.
pub fn contributions(
    members: &[(MemberId, String, AgeBand)],
    rows: &[Row],
    weeks: (&str, &str),
    topics: &std::collections::HashMap<MemberId, Vec<String>>,
) -> Vec<Contribution> {
    use crate::summary::counts::Counts;
    use std::collections::HashMap;
    let mut posted: HashMap<MemberId, Counts> = HashMap::new();
    let mut reviews: HashMap<MemberId, std::collections::BTreeMap<&str, Counts>> = HashMap::new();
    for row in rows
        .iter()
        .filter(|r| weeks.0 <= r.week.as_str() && r.week.as_str() < weeks.1)
    {
        *posted.entry(row.member_id).or_default() += &row.counts;
        if row.kind == PostKind::Review && !row.product.is_empty() {
            *reviews
                .entry(row.member_id)
                .or_default()
                .entry(row.product.as_str())
                .or_default() += &row.counts;
        }
    }
    // The product reviewed most; of equals, the first by name (the map's order).
    let most_reviewed = |id: &MemberId| {
        let mut best: Option<(&str, &Counts)> = None;
        for (product, counts) in reviews.get(id)? {
            if best.is_none_or(|(_, b)| counts.ratings > b.ratings) {
                best = Some((product, counts));
            }
        }
        best.and_then(|(product, counts)| Some((product.to_string(), counts.mean_rating()?)))
    };
    members
        .iter()
        .map(|(id, city, band)| {
            let counts = posted.get(id);
            Contribution {
                city: city.clone(),
                band: *band,
                mean_score: counts.and_then(|c| c.mean_score()),
                mean_rating: counts.and_then(|c| c.mean_rating()),
                reviewed: most_reviewed(id),
                topics: topics.get(id).cloned().unwrap_or_default(),
            }
        })
        .collect()
}

/// The exact figures of one cell, in stored units.
fn exact_cell(members: &[&Contribution]) -> [i64; 5] {
    let mut figures = [0i64; 5];
    for member in members {
        figures[0] += 1;
        if let Some(score) = member.mean_score {
            figures[1] += 1;
            figures[2] += (score.clamp(-1.0, 1.0) * HUNDREDTHS).round() as i64;
        }
        if let Some(rating) = member.mean_rating {
            figures[3] += 1;
            figures[4] += ((rating.clamp(1.0, 5.0) - 3.0) * HUNDREDTHS).round() as i64;
        }
    }
    figures
}

/// Where a release's noise comes from: a secret seed, or none at all (only to
/// show, in tests, what an exact release would give away).
#[derive(Debug, Clone, Copy)]
pub enum Noise {
    Seeded([u8; 32]),
    Off,
}

impl Noise {
    /// A uniform number in (0, 1], the `n`th drawn for this figure of this
    /// group (`group`: a cell's city and band, or "product" and its name).
    fn uniform(seed: &[u8; 32], group: [&str; 2], figure: &str, n: u8) -> f64 {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(seed) else {
            // An HMAC takes a key of any length: this cannot happen.
            return 1.0;
        };
        for part in [group[0], group[1], figure] {
            mac.update(part.as_bytes());
            mac.update(&[0x1f]);
        }
        mac.update(&[n]);
        let bytes = mac.finalize().into_bytes();
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[..8]);
        // The top 53 bits, as a double in (0, 1].
        ((u64::from_le_bytes(word) >> 11) + 1) as f64 / (1u64 << 53) as f64
    }

    fn draw(&self, group: [&str; 2], figure: Figure, scale: f64) -> i64 {
        self.draw_named(group, figure.name(), scale)
    }

    /// The noise of the figure named `figure` of `group`: the same each time
    /// it is drawn with the same seed.
    pub fn draw_named(&self, group: [&str; 2], figure: &str, scale: f64) -> i64 {
        match self {
            Noise::Off => 0,
            Noise::Seeded(seed) => discrete_laplace(
                scale,
                Self::uniform(seed, group, figure, 0),
                Self::uniform(seed, group, figure, 1),
            ),
        }
    }
}

/// A discrete Laplace variable with P(x) ∝ exp(−|x| ÷ scale), from two uniform
/// numbers in (0, 1]: the difference of two geometric variables.
pub fn discrete_laplace(scale: f64, u1: f64, u2: f64) -> i64 {
    let ln_alpha = -1.0 / scale;
    let geometric = |u: f64| (u.ln() / ln_alpha).floor().min(i64::MAX as f64 / 4.0) as i64;
    geometric(u1) - geometric(u2)
}

/// One released cell: its noisy figures, in stored units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub city: String,
    pub band: AgeBand,
    /// Members, posters, score, raters, rating: see the module's notes.
    pub figures: [i64; 5],
}

/// One released product: its noisy figures, in stored units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductCell {
    pub name: String,
    /// Reviewers, rating: see the module's notes.
    pub figures: [i64; 2],
}

/// One released topic: the noisy count of members who used the term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicCell {
    pub term: String,
    pub members: i64,
}

/// One released drop: its noisy figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DropCell {
    pub id: DropId,
    pub title: String,
    /// Sharers, clicks: see the module's notes.
    pub figures: [i64; 2],
}

/// A quote under a shown topic: a post of the period that uses the term, its
/// personal details masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub term: String,
    pub text: String,
}

/// A release: the noisy cells of one cohort for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Release {
    pub k: i64,
    pub epsilon: f64,
    pub cells: Vec<Cell>,
    /// Releases made before products were released have none.
    #[serde(default)]
    pub products: Vec<ProductCell>,
    /// Every term of the vocabulary; releases made before topics have none.
    #[serde(default)]
    pub topics: Vec<TopicCell>,
    /// The noisy count a topic needs to be shown (besides `k`): set so that a
    /// term nobody used shows in about one release in forty.
    #[serde(default)]
    pub topic_bar: i64,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    /// The brand's drops of the period; releases made before drops have none.
    #[serde(default)]
    pub drops: Vec<DropCell>,
}

/// How many topics a release shows at most.
pub const TOPICS_SHOWN: usize = 8;

/// The bar a topic's noisy count must clear so that, of `terms` terms nobody
/// used, one shows in about one release in forty: each does with chance
/// about e^(−bar ÷ scale) ÷ 2 (the tail of the noise).
fn topic_bar(terms: usize, scale: f64) -> i64 {
    (scale * (20.0 * terms.max(1) as f64).ln()).ceil() as i64
}

/// Makes a release of every city × age band of the cohort (empty ones too, so
/// which are empty is not given away) and of every product of the catalogue.
pub fn make(
    contributions: &[Contribution],
    cities: &[String],
    products: &[String],
    vocabulary: &[String],
    k: i64,
    budget: Budget,
    noise: Noise,
) -> Release {
    let mut cells = Vec::with_capacity(cities.len() * AgeBand::ALL.len());
    for city in cities {
        for band in AgeBand::ALL {
            let inside: Vec<&Contribution> = contributions
                .iter()
                .filter(|c| c.city == *city && c.band == band)
                .collect();
            let exact = exact_cell(&inside);
            let mut figures = [0i64; 5];
            for (i, figure) in FIGURES.iter().enumerate() {
                let group = [city.as_str(), band.label()];
                figures[i] = exact[i] + noise.draw(group, *figure, budget.scale(*figure));
            }
            cells.push(Cell {
                city: city.clone(),
                band,
                figures,
            });
        }
    }
    let products = products
        .iter()
        .map(|name| {
            let mut exact = [0i64; 2];
            for (_, rating) in contributions
                .iter()
                .filter_map(|c| c.reviewed.as_ref())
                .filter(|(product, _)| product == name)
            {
                exact[0] += 1;
                exact[1] += ((rating.clamp(1.0, 5.0) - 3.0) * HUNDREDTHS).round() as i64;
            }
            let mut figures = [0i64; 2];
            for (i, figure) in PRODUCT_FIGURES.iter().enumerate() {
                let group = ["product", name.as_str()];
                figures[i] = exact[i] + noise.draw(group, *figure, budget.scale(*figure));
            }
            ProductCell {
                name: name.clone(),
                figures,
            }
        })
        .collect();
    let topics = vocabulary
        .iter()
        .map(|term| {
            let exact = contributions
                .iter()
                .filter(|c| c.topics.contains(term))
                .count() as i64;
            let scale = budget.scale(Figure::Topic);
            TopicCell {
                term: term.clone(),
                members: exact + noise.draw(["topic", term], Figure::Topic, scale),
            }
        })
        .collect();
    Release {
        k,
        epsilon: budget.per_release(),
        cells,
        products,
        topics,
        topic_bar: topic_bar(vocabulary.len(), budget.scale(Figure::Topic)),
        quotes: Vec::new(),
        drops: Vec::new(),
    }
}

/// The drop a member counts for: of the drops they shared in the period
/// (`shared`: each drop's id and the clicks their links to it brought), the
/// one that brought the most clicks; of equals, the newest (the highest id).
fn drop_counted(shared: &[(DropId, i64)]) -> Option<(DropId, i64)> {
    shared
        .iter()
        .copied()
        .max_by_key(|(drop, clicks)| (*clicks, *drop))
}

/// The noisy figures of each of `drops` (id and title: the brand's drops of
/// the period, shared or not, which says nothing about the members) from what
/// each member shared (`shared`, one entry per member): a member counts for
/// one drop of those listed, 1 to its sharers and their clicks, at most
/// `CLICKS_COUNTED`, to its clicks.
pub fn drop_cells(
    shared: &[Vec<(DropId, i64)>],
    drops: &[(DropId, String)],
    budget: Budget,
    noise: Noise,
) -> Vec<DropCell> {
    // Of the drops listed only: one shared long ago does not take a member's place.
    let counted: Vec<(DropId, i64)> = shared
        .iter()
        .filter_map(|of_member| {
            let listed: Vec<(DropId, i64)> = of_member
                .iter()
                .copied()
                .filter(|(drop, _)| drops.iter().any(|(id, _)| id == drop))
                .collect();
            drop_counted(&listed)
        })
        .collect();
    drops
        .iter()
        .map(|(id, title)| {
            let mut exact = [0i64; 2];
            for (_, clicks) in counted.iter().filter(|(drop, _)| drop == id) {
                exact[0] += 1;
                exact[1] += (*clicks).clamp(0, CLICKS_COUNTED);
            }
            let key = id.to_string();
            let mut figures = [0i64; 2];
            for (i, figure) in DROP_FIGURES.iter().enumerate() {
                figures[i] =
                    exact[i] + noise.draw(["drop", key.as_str()], *figure, budget.scale(*figure));
            }
            DropCell {
                id: *id,
                title: title.clone(),
                figures,
            }
        })
        .collect()
}

/// What a group of a release shows, each figure `None` when too few to compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub members: Option<i64>,
    pub mean_score: Option<f64>,
    pub mean_rating: Option<f64>,
}

impl Release {
    /// The group of cells `wanted` picks, added up and shown by the rule of `k`.
    pub fn group(&self, wanted: impl Fn(&Cell) -> bool) -> Shown {
        let mut sum = [0i64; 5];
        for cell in self.cells.iter().filter(|c| wanted(c)) {
            add_figures(&mut sum, cell.figures);
        }
        // A mean is shown only beside a shown group: a held-back group shows
        // nothing at all, whatever its other noisy counts say.
        let shown = sum[0] >= self.k;
        let mean = |count: i64, total: i64, shift: f64, bounds: (f64, f64)| {
            (shown && count >= self.k).then(|| {
                (total as f64 / HUNDREDTHS / count as f64 + shift).clamp(bounds.0, bounds.1)
            })
        };
        Shown {
            members: shown.then_some(sum[0]),
            mean_score: mean(sum[1], sum[2], 0.0, (-1.0, 1.0)),
            mean_rating: mean(sum[3], sum[4], 3.0, (1.0, 5.0)),
        }
    }

    /// Adds another cohort's release of the same period: its cells, and its
    /// products' figures to those of the same name (sums of noisy figures cost
    /// no further privacy).
    pub fn add(&mut self, other: Release) {
        self.cells.extend(other.cells);
        add_alike(
            &mut self.products,
            other.products,
            |a, b| a.name == b.name,
            |mine, theirs| add_figures(&mut mine.figures, theirs.figures),
        );
        add_alike(
            &mut self.topics,
            other.topics,
            |a, b| a.term == b.term,
            |mine, theirs| mine.members += theirs.members,
        );
        add_alike(
            &mut self.drops,
            other.drops,
            |a, b| a.id == b.id,
            |mine, theirs| add_figures(&mut mine.figures, theirs.figures),
        );
    }

    /// The cohort's cities, in the order of its cells.
    pub fn cities(&self) -> Vec<&str> {
        let mut cities: Vec<&str> = Vec::new();
        for cell in &self.cells {
            if !cities.contains(&cell.city.as_str()) {
                cities.push(&cell.city);
            }
        }
        cities
    }

    pub fn cell(&self, city: &str, band: AgeBand) -> Shown {
        self.group(|c| c.city == city && c.band == band)
    }

    pub fn city(&self, city: &str) -> Shown {
        self.group(|c| c.city == city)
    }

    pub fn band(&self, band: AgeBand) -> Shown {
        self.group(|c| c.band == band)
    }

    pub fn total(&self) -> Shown {
        self.group(|_| true)
    }

    /// The topics shown: those whose noisy count reaches `k` and the bar, most used first
    /// (of equals, by term), at most `TOPICS_SHOWN`.
    pub fn shown_topics(&self) -> Vec<&TopicCell> {
        let bar = self.k.max(self.topic_bar);
        let mut shown: Vec<&TopicCell> = self.topics.iter().filter(|t| t.members >= bar).collect();
        shown.sort_by(|a, b| b.members.cmp(&a.members).then(a.term.cmp(&b.term)));
        shown.truncate(TOPICS_SHOWN);
        shown
    }

    /// A product's reviewers and mean rating, by the rule of `k`.
    pub fn product(&self, product: &ProductCell) -> ShownProduct {
        let [reviewers, rating] = product.figures;
        let shown = reviewers >= self.k;
        ShownProduct {
            reviewers: shown.then_some(reviewers),
            mean_rating: shown
                .then(|| (rating as f64 / HUNDREDTHS / reviewers as f64 + 3.0).clamp(1.0, 5.0)),
        }
    }

    /// A drop's sharers and clicks, by the rule of `k`.
    pub fn drop_shown(&self, drop: &DropCell) -> ShownDrop {
        let [sharers, clicks] = drop.figures;
        let shown = sharers >= self.k;
        let clicks = clicks.max(0);
        ShownDrop {
            sharers: shown.then_some(sharers),
            clicks: shown.then_some(clicks),
            clicks_per_sharer: shown.then(|| clicks as f64 / sharers as f64),
        }
    }
}

/// Adds each of `theirs` to the one of `mine` it is `alike`, or lists it.
fn add_alike<T>(
    mine: &mut Vec<T>,
    theirs: Vec<T>,
    alike: impl Fn(&T, &T) -> bool,
    add: impl Fn(&mut T, T),
) {
    for item in theirs {
        match mine.iter_mut().find(|m| alike(m, &item)) {
            Some(found) => add(found, item),
            None => mine.push(item),
        }
    }
}

fn add_figures<const N: usize>(mine: &mut [i64; N], theirs: [i64; N]) {
    for (total, figure) in mine.iter_mut().zip(theirs) {
        *total += figure;
    }
}

/// What a drop of a release shows, `None` when too few to compare.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownDrop {
    pub sharers: Option<i64>,
    pub clicks: Option<i64>,
    pub clicks_per_sharer: Option<f64>,
}

/// What a product of a release shows, `None` when too few to compare.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownProduct {
    pub reviewers: Option<i64>,
    pub mean_rating: Option<f64>,
}

#[cfg(test)]
mod tests;
