//! The summary of a cohort and of a brand: sentiment by city and age band, by
//! week, themes with quotes and reviews by product, worked out from the
//! maintained aggregates and kept per state of the cohort's data.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::db::DbConn;
use crate::db::models::term_stats::GroupTerm;
use crate::db::models::{cohorts, post_stats, posts, term_stats};
use crate::domain::{AgeBand, CityList, CohortId, MemberId, PostKind, excerpt};
use crate::error::AppError;
use crate::sentiment::Label;
use crate::services::Db;
use crate::services::posts::counts_of;
use crate::services::records::{Brand, Cohort, Tally};
use crate::summary::chart::{HeatmapSvg, TrendChart, heatmap_svg, trend_chart};
use crate::summary::heatmap::{self, Filter, Row};
use crate::summary::memo::Memo;
use crate::summary::themes::{GroupThemes, TermCount, TermGroup, post_terms, themes};
use crate::summary::week_of;

#[derive(Deserialize, Default, Clone, PartialEq, Eq, Hash)]
pub struct SummaryQuery {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub product: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub band: String,
    #[serde(default)]
    pub label: String,
}

/// Checks the filter against what the cohort has; a message when it does not fit.
pub fn parse_filter(
    query: &SummaryQuery,
    months: &[String],
    products: &[String],
    cities: &[String],
) -> Result<Filter, String> {
    let month = |raw: &str, fallback: Option<&String>| -> Result<Option<String>, String> {
        if raw.is_empty() {
            return Ok(fallback.cloned());
        }
        if months.iter().any(|m| m == raw) {
            Ok(Some(raw.to_string()))
        } else {
            Err("Choose the months from the lists.".into())
        }
    };
    let from = month(&query.from, months.first())?;
    let to = month(&query.to, months.last())?;
    let months = match (from, to) {
        _ if query.from.is_empty() && query.to.is_empty() => None,
        (Some(from), Some(to)) if from > to => {
            return Err("The first month comes after the last one.".into());
        }
        (Some(from), Some(to)) => Some((from, to)),
        _ => None,
    };
    let kind = match query.kind.as_str() {
        "" => None,
        raw => match PostKind::parse(raw) {
            Some(kind) => Some(kind),
            None => return Err("Choose posts, reviews or both.".into()),
        },
    };
    let product = match query.product.as_str() {
        "" => None,
        name if products.iter().any(|p| p == name) => Some(name.to_string()),
        _ => return Err("Choose a product from the list.".into()),
    };
    if product.is_some() && kind == Some(PostKind::Post) {
        return Err("Products are reviewed: choose Reviews or Both to see one.".into());
    }
    let (city, band) = crate::domain::parse_segment(&query.city, &query.band, cities)?;
    Ok(Filter {
        months,
        kind,
        product,
        city,
        band,
    })
}

fn format_mean(value: Option<f64>, decimals: usize) -> String {
    value
        .map(|v| format!("{v:+.decimals$}"))
        .unwrap_or_else(|| "—".into())
}

/// What one summary is worked out from: the cohort's posts as of their version
/// (read before the data itself), its cities, the brand's threshold and the
/// filter asked for.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SummaryKey {
    pub cohort_id: CohortId,
    version: i64,
    cities: String,
    pub k: usize,
    pub query: SummaryQuery,
}

impl SummaryKey {
    /// The cohort's cities, in their order.
    pub fn cities(&self) -> Vec<String> {
        CityList::from_stored(&self.cities)
    }
}

pub type SummaryMemo = Memo<SummaryKey, SummaryFigures>;

/// How many worked-out summaries one instance keeps.
pub const SUMMARIES_KEPT: usize = 64;

/// Everything on the summary page but the page's frame.
#[derive(Clone)]
pub struct SummaryFigures {
    pub months: Vec<String>,
    pub products: Vec<String>,
    /// Why the filter asked for was not used, when it was not.
    pub error: Option<String>,
    pub empty: bool,
    pub filtered: bool,
    pub hidden_cells: usize,
    pub svg: HeatmapSvg,
    pub trend: TrendChart,
    pub table: Vec<SummaryTableRow>,
    pub city_themes: Vec<ThemeGroup>,
    pub band_themes: Vec<ThemeGroup>,
    pub products_view: Vec<ProductView>,
    /// The page's drawing of these figures, kept with them once drawn (the
    /// web layer draws it; see `pages::summary::summary_part`).
    pub drawn: OnceLock<Arc<str>>,
}

/// The themes of each group, from the database's sums of term counts; a group
/// counts the members who posted in it (`rows`: the cohort's post aggregates).
pub(in crate::services) fn themes_by(
    conn: &mut DbConn,
    cohort_id: CohortId,
    group: TermGroup,
    rows: &[Row],
    k: usize,
    per_group: usize,
) -> Result<Vec<GroupThemes>, AppError> {
    let terms = term_stats::by_group(conn, cohort_id, group)?;
    let counts: Vec<TermCount> = terms.iter().map(GroupTerm::count).collect();
    Ok(themes(&counts, &group.members(rows), k, per_group))
}

/// The rows `post_stats` would hold if it counted only the visible posts with
/// this label: summed from the posts themselves, as it keeps no sums per label.
fn rows_with_label(
    conn: &mut DbConn,
    cohort_id: CohortId,
    label: Label,
) -> Result<Vec<Row>, AppError> {
    let mut rows: Vec<Row> = Vec::new();
    let mut index: HashMap<(MemberId, String, AgeBand, PostKind, String, String), usize> =
        HashMap::new();
    for post in posts::visible_with_label(conn, cohort_id, label)? {
        let product = post.product.clone().unwrap_or_default();
        let week = week_of(post.created_at);
        let counts = counts_of(&post);
        let key = (
            post.member_id,
            post.city.clone(),
            post.age_band,
            post.kind,
            product.clone(),
            week.clone(),
        );
        match index.get(&key) {
            Some(&at) => rows[at].counts += &counts,
            None => {
                index.insert(key, rows.len());
                rows.push(Row {
                    member_id: post.member_id,
                    city: post.city,
                    age_band: post.age_band,
                    kind: post.kind,
                    product,
                    week,
                    counts,
                });
            }
        }
    }
    Ok(rows)
}

/// Reads the cohort's aggregates and works the summary out; on a blocking thread,
/// as it is most of the page's cost.
fn work_out(conn: &mut DbConn, key: &SummaryKey) -> Result<SummaryFigures, AppError> {
    let cohort_id = key.cohort_id;
    let all_rows = post_stats::rows(conn, cohort_id, None)?;
    let products = post_stats::products(conn, cohort_id)?;
    let mut months: Vec<String> = all_rows.iter().map(|r| r.month().to_string()).collect();
    months.sort();
    months.dedup();
    let cities = CityList::from_stored(&key.cities);
    let k = key.k;
    let parsed =
        parse_filter(&key.query, &months, &products, &cities).and_then(|filter| {
            match key.query.label.as_str() {
                "" => Ok((filter, None)),
                raw => Label::parse(raw)
                    .map(|label| (filter, Some(label)))
                    .ok_or_else(|| "Choose a label from the list.".to_string()),
            }
        });
    let ((filter, label), error) = match parsed {
        Ok(parsed) => (parsed, None),
        Err(message) => ((Filter::default(), None), Some(message)),
    };
    let labelled = match label {
        Some(label) => Some(rows_with_label(conn, cohort_id, label)?),
        None => None,
    };
    let rows: &[Row] = labelled.as_deref().unwrap_or(&all_rows);
    let map = heatmap::build(rows, &cities, k, &filter);
    let filtered = filter != Filter::default() || label.is_some();
    let in_view: Vec<Row> = rows.iter().filter(|r| filter.wants(r)).cloned().collect();
    let table = map
        .cells
        .iter()
        .map(|cell| match &cell.figures {
            Some(f) => SummaryTableRow {
                city: cell.city.clone(),
                band: cell.age_band.label(),
                hidden: false,
                members: f.members,
                posts: f.counts.posts,
                reviews: f.reviews,
                mean: format_mean(f.counts.mean_score(), 2),
                shares: shares_text(f),
                rating: rating_text(f),
            },
            None => SummaryTableRow {
                city: cell.city.clone(),
                band: cell.age_band.label(),
                hidden: true,
                members: 0,
                posts: 0,
                reviews: 0,
                mean: String::new(),
                shares: String::new(),
                rating: String::new(),
            },
        })
        .collect();
    // Terms are kept for every label together: themes follow the other filters.
    let mut found = |group| themes_by(conn, cohort_id, group, &all_rows, k, THEMES_PER_GROUP);
    let mut city_found = found(TermGroup::City)?;
    let mut band_found = found(TermGroup::AgeBand)?;
    city_found.retain(|g| filter.city.as_ref().is_none_or(|c| *c == g.group));
    band_found.retain(|g| filter.band.is_none_or(|b| b.label() == g.group));
    let product_themes = found(TermGroup::Product)?;
    let city_themes = with_quotes(conn, cohort_id, city_found, true)?;
    let band_themes = with_quotes(conn, cohort_id, band_found, false)?;
    // Every product's figures in one pass over the rows, however many
    // products the catalogue holds.
    let product_totals = heatmap::product_totals(rows, &cities, k, &filter);
    let products_view = products
        .iter()
        .map(|product| {
            let total = product_totals.get(product).cloned().unwrap_or_default();
            ProductView {
                product: product.clone(),
                figures: (total.counts.posts > 0).then(|| product_figures(&total)),
                themes: product_themes
                    .iter()
                    .find(|g| g.group == *product)
                    .map(|g| {
                        // The product's own name says nothing about it.
                        let name = product.to_lowercase();
                        g.themes
                            .iter()
                            .filter(|t| !name.contains(&t.term))
                            .map(|t| ThemeItem {
                                term: t.term.clone(),
                                strength: format!("{:.1}", t.z),
                                quote: None,
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect();
    Ok(SummaryFigures {
        error,
        empty: in_view.is_empty(),
        filtered,
        hidden_cells: map.hidden_cells,
        svg: heatmap_svg(&map),
        trend: trend_chart(&in_view, &cities, k),
        table,
        city_themes,
        band_themes,
        products_view,
        months,
        products,
        drawn: OnceLock::new(),
    })
}

const THEMES_PER_GROUP: usize = 5;
/// How many of a group's newest posts are searched for a quote per theme.
const QUOTE_POOL: i64 = 300;
const QUOTE_CHARS: usize = 200;

/// Puts a short quote from the group's own posts under each theme.
fn with_quotes(
    conn: &mut DbConn,
    cohort_id: CohortId,
    groups: Vec<GroupThemes>,
    by_city: bool,
) -> Result<Vec<ThemeGroup>, AppError> {
    let mut result = Vec::with_capacity(groups.len());
    for group in groups {
        let recent = if by_city {
            posts::recent_in_group(conn, cohort_id, Some(&group.group), None, QUOTE_POOL)?
        } else {
            // A band name no band has quotes nothing, rather than the whole cohort.
            match AgeBand::from_label(&group.group) {
                Some(band) => {
                    posts::recent_in_group(conn, cohort_id, None, Some(band), QUOTE_POOL)?
                }
                None => Vec::new(),
            }
        };
        let pool: Vec<(posts::Post, BTreeSet<String>)> = recent
            .into_iter()
            .map(|post| {
                let terms = post_terms(&post.body);
                (post, terms)
            })
            .collect();
        let mut quoted = std::collections::HashSet::new();
        let themes = group
            .themes
            .into_iter()
            .map(|theme| {
                // A different post under each theme where the group has one.
                let matching: Vec<&posts::Post> = pool
                    .iter()
                    .filter(|(_, terms)| terms.contains(&theme.term))
                    .map(|(post, _)| post)
                    .collect();
                let chosen = matching
                    .iter()
                    .find(|p| !quoted.contains(&p.id))
                    .or(matching.first())
                    .copied();
                let quote = chosen.map(|p| {
                    quoted.insert(p.id);
                    excerpt(&p.body, QUOTE_CHARS)
                });
                ThemeItem {
                    strength: format!("{:.1}", theme.z),
                    term: theme.term,
                    quote,
                }
            })
            .collect();
        result.push(ThemeGroup {
            group: group.group,
            themes,
        });
    }
    Ok(result)
}

fn product_figures(total: &heatmap::Figures) -> ProductFigures {
    let ratings = total.counts.ratings.max(1);
    ProductFigures {
        reviews: total.reviews,
        members: total.members,
        mean_rating: rating_text(total),
        mean_sentiment: format_mean(total.counts.mean_score(), 2),
        distribution: (1..=5)
            .rev()
            .map(|stars| {
                let count = total.counts.rated[stars - 1];
                (stars, count, (count * 100 + ratings / 2) / ratings)
            })
            .collect(),
    }
}

fn shares_text(figures: &heatmap::Figures) -> String {
    figures
        .counts
        .shares()
        .map(|(p, n, g)| format!("{:.0}% / {:.0}% / {:.0}%", p * 100.0, n * 100.0, g * 100.0))
        .unwrap_or_else(|| "—".into())
}

fn rating_text(figures: &heatmap::Figures) -> String {
    figures
        .counts
        .mean_rating()
        .map(|r| format!("{r:.1} ★"))
        .unwrap_or_else(|| "—".into())
}

/// A cohort's summary for a filter: worked out once per state of the cohort's
/// data and kept; requests arriving meanwhile share the work. `tally` is that
/// state, read with the cohort before the data itself.
pub async fn of_cohort(
    db: &Db,
    memo: &SummaryMemo,
    cohort: &Cohort,
    brand: &Brand,
    tally: Tally,
    query: SummaryQuery,
) -> Result<(SummaryKey, Arc<SummaryFigures>), AppError> {
    let key = SummaryKey {
        cohort_id: cohort.id,
        version: tally.version,
        cities: cohort.cities.clone(),
        k: brand.anonymity_threshold(),
        query,
    };
    let figures = memo
        .get_or_work_out(&key, || {
            let asked = key.clone();
            db.run(move |conn| work_out(conn, &asked))
        })
        .await?;
    Ok((key, figures))
}

/// A row of the brand summary: one cohort's shown cells added up.
pub struct BrandCohortRow {
    pub id: CohortId,
    pub name: String,
    pub members: usize,
    pub posts: i64,
    pub mean: String,
    pub shares: String,
    pub rating: String,
    pub hidden: usize,
}

/// Every cohort of a brand side by side, and their shown cells added up.
pub async fn of_brand(
    db: &Db,
    brand: &Brand,
) -> Result<(Vec<BrandCohortRow>, HeatmapSvg), AppError> {
    let (brand_id, k) = (brand.id, brand.anonymity_threshold());
    let per_cohort = db
        .run(move |conn| {
            let mut maps = Vec::new();
            for cohort in cohorts::list_for_brand(conn, brand_id)? {
                let rows: Vec<Row> = post_stats::rows(conn, cohort.id, None)?;
                let map = heatmap::build(
                    &rows,
                    &CityList::from_stored(&cohort.cities),
                    k,
                    &Filter::default(),
                );
                maps.push((cohort.id, cohort.name, map));
            }
            Ok(maps)
        })
        .await?;
    let rows = per_cohort
        .iter()
        .map(|(id, name, map)| BrandCohortRow {
            id: *id,
            name: name.clone(),
            members: map.total.members,
            posts: map.total.counts.posts,
            mean: format_mean(map.total.counts.mean_score(), 2),
            shares: shares_text(&map.total),
            rating: rating_text(&map.total),
            hidden: map.hidden_cells,
        })
        .collect();
    let maps: Vec<heatmap::Heatmap> = per_cohort.into_iter().map(|(_, _, map)| map).collect();
    Ok((rows, heatmap_svg(&heatmap::merge(&maps))))
}

/// A row of the summary's table: one city × age band cell.
#[derive(Clone)]
pub struct SummaryTableRow {
    pub city: String,
    pub band: &'static str,
    pub hidden: bool,
    pub members: usize,
    pub posts: i64,
    pub reviews: i64,
    pub mean: String,
    pub shares: String,
    pub rating: String,
}

/// One product's reviews, from shown cells only.
#[derive(Clone)]
pub struct ProductView {
    pub product: String,
    /// `None` when no cell has enough reviewers to show.
    pub figures: Option<ProductFigures>,
    pub themes: Vec<ThemeItem>,
}

#[derive(Clone)]
pub struct ProductFigures {
    pub reviews: i64,
    pub members: usize,
    pub mean_rating: String,
    pub mean_sentiment: String,
    /// Five stars first: (stars, count, share in percent).
    pub distribution: Vec<(usize, i64, i64)>,
}

#[derive(Clone)]
pub struct ThemeItem {
    pub term: String,
    pub strength: String,
    pub quote: Option<String>,
}

#[derive(Clone)]
pub struct ThemeGroup {
    pub group: String,
    pub themes: Vec<ThemeItem>,
}
