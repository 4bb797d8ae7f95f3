//! The summary of a cohort, and of a brand.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{AgeBand, BrandId};
use crate::pages::{Chrome, CohortHeader, Page};
use crate::sentiment::Label;
use std::sync::Arc;

use crate::domain::CohortId;
use crate::error::AppError;
use crate::services::summary::{BrandCohortRow, SummaryFigures, SummaryKey};

#[derive(Template)]
#[template(path = "summary.html")]
pub struct SummaryPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    /// Everything below the tabs, drawn once per kept summary (`summary_part`).
    pub part: Arc<str>,
    /// The filter asked for could not be read (the part says why).
    pub bad_filter: bool,
}

/// What the summary page shows below its tabs. The key of a kept summary (the
/// cohort, the filter, the threshold) and its figures decide all of it, so it
/// is drawn once and kept beside the figures for every later viewer.
#[derive(Template)]
#[template(path = "summary_part.html")]
struct SummaryPart<'a> {
    cohort_id: CohortId,
    from: &'a str,
    to: &'a str,
    kind: &'a str,
    product: &'a str,
    city: &'a str,
    band: &'a str,
    label: &'a str,
    cities: Vec<String>,
    bands: Vec<&'static str>,
    labels: Vec<&'static str>,
    k: usize,
    f: &'a SummaryFigures,
}

/// The part of the summary page its key and figures decide: drawn the first
/// time it is shown, then taken from where the figures are kept.
pub fn summary_part(key: &SummaryKey, figures: &SummaryFigures) -> Result<Arc<str>, AppError> {
    if let Some(drawn) = figures.drawn.get() {
        return Ok(drawn.clone());
    }
    let drawn: Arc<str> = SummaryPart {
        cohort_id: key.cohort_id,
        from: &key.query.from,
        to: &key.query.to,
        kind: &key.query.kind,
        product: &key.query.product,
        city: &key.query.city,
        band: &key.query.band,
        label: &key.query.label,
        cities: key.cities(),
        bands: AgeBand::ALL.iter().map(|b| b.label()).collect(),
        labels: Label::ALL.iter().map(|l| l.as_str()).collect(),
        k: key.k,
        f: figures,
    }
    .render()?
    .into();
    // Two first viewers may both draw it; they draw the same.
    Ok(figures.drawn.get_or_init(|| drawn).clone())
}

/// A filter that cannot be read is a bad request; the page says why.
impl Page for SummaryPage {
    fn status(&self) -> StatusCode {
        if self.bad_filter {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        }
    }
}

#[derive(Template)]
#[template(path = "brand_summary.html")]
pub struct BrandSummaryPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub k: usize,
    pub cohorts: Vec<BrandCohortRow>,
    pub svg: crate::summary::chart::HeatmapSvg,
}

impl Page for BrandSummaryPage {}
