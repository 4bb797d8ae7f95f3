//! The summary of a cohort, and of a brand.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::BrandId;
use crate::pages::{Chrome, CohortHeader, Page};
use crate::services::summary::{BrandCohortRow, ProductView, SummaryTableRow, ThemeGroup};

#[derive(Template)]
#[template(path = "summary.html")]
pub struct SummaryPage {
    pub chrome: Chrome,
    pub header: CohortHeader,
    pub months: Vec<String>,
    pub products: Vec<String>,
    pub from: String,
    pub to: String,
    pub kind: String,
    pub product: String,
    pub error: Option<String>,
    pub empty: bool,
    pub filtered: bool,
    pub k: usize,
    pub hidden_cells: usize,
    pub svg: crate::summary::chart::HeatmapSvg,
    pub trend: crate::summary::chart::TrendChart,
    pub table: Vec<SummaryTableRow>,
    pub city_themes: Vec<ThemeGroup>,
    pub band_themes: Vec<ThemeGroup>,
    pub products_view: Vec<ProductView>,
}

/// A filter that cannot be read is a bad request; the page says why.
impl Page for SummaryPage {
    fn status(&self) -> StatusCode {
        if self.error.is_some() {
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
