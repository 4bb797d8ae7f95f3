//! Released figures, as observers and staff read them (`docs/PRIVACY.md`).

use askama::Template;

use crate::domain::{AgeBand, BrandId, CohortId, UserId};
use crate::pages::{Chrome, Page, Pager, form_status};
use crate::services::FieldErrors;
use crate::services::releases::Released;
use crate::summary::release::{CLICKS_COUNTED, Shown};

/// What stands for a figure held back, empty or small alike.
pub const TOO_FEW: &str = "too few to compare";

/// One line of a release's table.
pub struct ReleaseLine {
    pub group: String,
    pub members: String,
    pub sentiment: String,
    pub rating: String,
}

/// A figure as shown, or the mark for one held back.
fn or_too_few(figure: Option<String>) -> String {
    figure.unwrap_or_else(|| TOO_FEW.into())
}

impl ReleaseLine {
    fn of(group: String, shown: Shown) -> Self {
        ReleaseLine {
            group,
            members: or_too_few(shown.members.map(|n| n.to_string())),
            sentiment: or_too_few(shown.mean_score.map(|m| format!("{m:+.2}"))),
            rating: or_too_few(shown.mean_rating.map(|r| format!("{r:.1} ★"))),
        }
    }
}

/// A drop's line of a release's table.
pub struct DropLine {
    pub title: String,
    pub sharers: String,
    pub clicks: String,
    pub clicks_per_sharer: String,
}

/// A release, laid out: the whole cohort, each age band, each city, each cell.
pub struct ReleaseView {
    pub week: String,
    pub epsilon: String,
    pub k: i64,
    pub total: ReleaseLine,
    pub bands: Vec<ReleaseLine>,
    pub cities: Vec<ReleaseLine>,
    pub cells: Vec<ReleaseLine>,
    /// Each product of the catalogue: reviewers and mean rating.
    pub products: Vec<ReleaseLine>,
    /// The topics shown, most used first: term, members, a quote.
    pub topics: Vec<(String, i64, Option<String>)>,
    /// The brand's drops of the period: members who shared, clicks.
    pub drops: Vec<DropLine>,
    /// The most clicks one member counts for.
    pub clicks_counted: i64,
}

impl ReleaseView {
    pub fn of(released: &Released) -> Self {
        let release = &released.release;
        ReleaseView {
            week: released.period_start.format("%-d %b %Y").to_string(),
            epsilon: format!("{:.2}", release.epsilon),
            k: release.k,
            total: ReleaseLine::of("Whole cohort".into(), release.total()),
            bands: AgeBand::ALL
                .iter()
                .map(|band| ReleaseLine::of(band.label().into(), release.band(*band)))
                .collect(),
            cities: release
                .cities()
                .into_iter()
                .map(|city| ReleaseLine::of(city.into(), release.city(city)))
                .collect(),
            cells: release
                .cells
                .iter()
                .map(|cell| {
                    ReleaseLine::of(
                        format!("{}, {}", cell.city, cell.band.label()),
                        release.cell(&cell.city, cell.band),
                    )
                })
                .collect(),
            topics: release
                .shown_topics()
                .into_iter()
                .map(|topic| {
                    let quote = release
                        .quotes
                        .iter()
                        .find(|q| q.term == topic.term)
                        .map(|q| q.text.clone());
                    (topic.term.clone(), topic.members, quote)
                })
                .collect(),
            products: release
                .products
                .iter()
                .map(|product| {
                    let shown = release.product(product);
                    ReleaseLine::of(
                        product.name.clone(),
                        Shown {
                            members: shown.reviewers,
                            mean_score: None,
                            mean_rating: shown.mean_rating,
                        },
                    )
                })
                .collect(),
            drops: release
                .drops
                .iter()
                .map(|drop| {
                    let shown = release.drop_shown(drop);
                    DropLine {
                        title: drop.title.clone(),
                        sharers: or_too_few(shown.sharers.map(|n| n.to_string())),
                        clicks: or_too_few(shown.clicks.map(|n| n.to_string())),
                        clicks_per_sharer: or_too_few(
                            shown.clicks_per_sharer.map(|c| format!("{c:.1}")),
                        ),
                    }
                })
                .collect(),
            clicks_counted: CLICKS_COUNTED,
        }
    }
}

#[derive(Template)]
#[template(path = "cohort_releases.html")]
pub struct CohortReleasesPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub releases: Vec<ReleaseView>,
    pub pager: Pager,
    /// Activities released, each once after it closed: id and title.
    pub activities: Vec<(crate::domain::ActivityId, String)>,
}

impl Page for CohortReleasesPage {}

/// A cohort on the brand's releases page, with its latest release's totals.
pub struct CohortLatest {
    pub id: CohortId,
    pub name: String,
    pub week: Option<String>,
    pub total: Option<ReleaseLine>,
}

#[derive(Template)]
#[template(path = "brand_releases.html")]
pub struct BrandReleasesPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub cohorts: Vec<CohortLatest>,
}

impl Page for BrandReleasesPage {}

#[derive(Template)]
#[template(path = "observers.html")]
pub struct ObserversPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub observers: Vec<(UserId, String)>,
    pub email: String,
    pub errors: FieldErrors,
    /// The email and generated password of the observer just added, shown once.
    pub new_password: Option<(String, String)>,
}

impl Page for ObserversPage {
    fn status(&self) -> actix_web::http::StatusCode {
        form_status(&self.errors)
    }
}
