//! The summary of a cohort, and of a brand.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::BrandId;
use crate::pages::{Chrome, CohortHeader, Page};
use std::sync::Arc;

use crate::services::summary::{BrandCohortRow, SummaryFigures};

#[derive(Template)]
#[template(path = "summary.html")]
pub struct SummaryPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub from: String,
    pub to: String,
    pub kind: String,
    pub product: String,
    pub k: usize,
    /// The figures as kept for every viewer of this state of the data: shown
    /// from where they are kept, not copied per request.
    pub figures: Arc<SummaryFigures>,
}

/// A filter that cannot be read is a bad request; the page says why.
impl Page for SummaryPage {
    fn status(&self) -> StatusCode {
        if self.figures.error.is_some() {
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
