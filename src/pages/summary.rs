//! The summary of a cohort, and of a brand.

use askama::Template;

use crate::domain::BrandId;
use crate::pages::{Chrome, CohortHeader};
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
