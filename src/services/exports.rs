//! Summary exports (CSV, JSON, XLSX) of a cohort or a whole brand. They carry the
//! same figures as the summary page, under the same disclosure rule; every export
//! is audit-logged.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::db::models::brands::Brand;
use crate::db::models::cohorts::{self, Cohort};
use crate::db::models::{audit, post_stats};
use crate::db::{DbConn, write_tx};
use crate::domain::{BrandId, CityList, CohortId, Staff, UserId};
use crate::error::AppError;
use crate::services::{Db, now, summary};
use crate::summary::heatmap::{self, Figures, Filter, Row};
use crate::summary::themes::TermGroup;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
}

impl Format {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// One city × age-band row; `figures` is `None` when suppressed.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryRow {
    pub cohort: String,
    pub city: String,
    pub age_band: String,
    #[serde(flatten)]
    pub figures: Option<RowFigures>,
    pub top_terms: Vec<String>,
    pub suppressed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RowFigures {
    pub members: usize,
    pub posts: i64,
    pub reviews: i64,
    pub mean_sentiment: Option<f64>,
    pub positive_share: Option<f64>,
    pub neutral_share: Option<f64>,
    pub negative_share: Option<f64>,
    pub mean_rating: Option<f64>,
}

impl RowFigures {
    fn of(f: &Figures) -> Self {
        let shares = f.counts.shares();
        RowFigures {
            members: f.members,
            posts: f.counts.posts,
            reviews: f.reviews,
            mean_sentiment: f.counts.mean_score(),
            positive_share: shares.map(|s| s.0),
            neutral_share: shares.map(|s| s.1),
            negative_share: shares.map(|s| s.2),
            mean_rating: f.counts.mean_rating(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CohortSummary {
    pub cohort_id: CohortId,
    pub cohort: String,
    pub anonymity_threshold: usize,
    pub rows: Vec<SummaryRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BrandSummary {
    pub brand: String,
    pub anonymity_threshold: usize,
    pub cohorts: Vec<CohortSummary>,
    /// Sums of the cohorts' shown cells only, per city and age band.
    pub total: Vec<SummaryRow>,
}

const TOP_TERMS: usize = 5;

/// The shown cells' exact figures, by city and age band.
pub type ShownCells = BTreeMap<(String, String), Figures>;

/// A cohort's summary, all time, under the brand's threshold.
/// Also gives the shown cells' exact figures, by city and age band, for sums.
pub fn cohort_summary(
    conn: &mut DbConn,
    cohort: &Cohort,
    brand: &Brand,
) -> Result<(CohortSummary, ShownCells), AppError> {
    let k = brand.anonymity_threshold();
    let rows: Vec<Row> = post_stats::rows(conn, cohort.id, None)?;
    let map = heatmap::build(
        &rows,
        &CityList::from_stored(&cohort.cities),
        k,
        &Filter::default(),
    );
    let cell_terms: BTreeMap<String, Vec<String>> =
        summary::themes_by(conn, cohort.id, TermGroup::Cell, &rows, k, TOP_TERMS)?
            .into_iter()
            .map(|g| (g.group, g.themes.into_iter().map(|t| t.term).collect()))
            .collect();
    let mut shown = BTreeMap::new();
    let rows = map
        .cells
        .iter()
        .filter(|cell| cell.has_posts)
        .map(|cell| {
            let key = TermGroup::cell_key(&cell.city, cell.age_band);
            if let Some(f) = &cell.figures {
                shown.insert(
                    (cell.city.clone(), cell.age_band.label().to_string()),
                    f.clone(),
                );
            }
            SummaryRow {
                cohort: cohort.name.clone(),
                city: cell.city.clone(),
                age_band: cell.age_band.label().to_string(),
                figures: cell.figures.as_ref().map(RowFigures::of),
                top_terms: match cell.figures {
                    Some(_) => cell_terms.get(&key).cloned().unwrap_or_default(),
                    None => Vec::new(),
                },
                suppressed: cell.figures.is_none(),
            }
        })
        .collect();
    Ok((
        CohortSummary {
            cohort_id: cohort.id,
            cohort: cohort.name.clone(),
            anonymity_threshold: k,
            rows,
        },
        shown,
    ))
}

pub fn brand_summary(conn: &mut DbConn, brand: &Brand) -> Result<BrandSummary, AppError> {
    let k = brand.anonymity_threshold();
    let mut summaries = Vec::new();
    let mut totals: BTreeMap<(String, String), (Figures, bool)> = BTreeMap::new();
    // A total holds only what some cohort shows, so it adds nothing hidden.
    for cohort in cohorts::list_for_brand(conn, brand.id)? {
        let (summary, shown) = cohort_summary(conn, &cohort, brand)?;
        for row in &summary.rows {
            totals
                .entry((row.city.clone(), row.age_band.clone()))
                .or_default();
        }
        for (key, figures) in shown {
            let entry = totals.entry(key).or_default();
            entry.0.merge(&figures);
            entry.1 = true;
        }
        summaries.push(summary);
    }
    let total = totals
        .into_iter()
        .map(|((city, age_band), (figures, any_shown))| SummaryRow {
            cohort: format!("{} (all cohorts)", brand.name),
            city,
            age_band,
            figures: any_shown.then(|| RowFigures::of(&figures)),
            top_terms: Vec::new(),
            suppressed: !any_shown,
        })
        .collect();
    Ok(BrandSummary {
        brand: brand.name.clone(),
        anonymity_threshold: k,
        cohorts: summaries,
        total,
    })
}

/// A spreadsheet cell that starts like a formula is written with a leading
/// apostrophe, so no spreadsheet program runs it.
pub fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

pub const CSV_HEADER: [&str; 13] = [
    "cohort",
    "city",
    "age_band",
    "members",
    "posts",
    "reviews",
    "mean_sentiment",
    "positive_share",
    "neutral_share",
    "negative_share",
    "mean_rating",
    "top_terms",
    "suppressed",
];

fn decimal(value: Option<f64>, places: usize) -> String {
    value.map(|v| format!("{v:.places$}")).unwrap_or_default()
}

fn csv_fields(row: &SummaryRow) -> [String; 13] {
    let f = row.figures.as_ref();
    [
        neutralise(&row.cohort),
        neutralise(&row.city),
        row.age_band.clone(),
        f.map(|f| f.members.to_string()).unwrap_or_default(),
        f.map(|f| f.posts.to_string()).unwrap_or_default(),
        f.map(|f| f.reviews.to_string()).unwrap_or_default(),
        decimal(f.and_then(|f| f.mean_sentiment), 3),
        decimal(f.and_then(|f| f.positive_share), 3),
        decimal(f.and_then(|f| f.neutral_share), 3),
        decimal(f.and_then(|f| f.negative_share), 3),
        decimal(f.and_then(|f| f.mean_rating), 2),
        neutralise(&row.top_terms.join("; ")),
        row.suppressed.to_string(),
    ]
}

pub fn to_csv<'a>(rows: impl Iterator<Item = &'a SummaryRow>) -> Result<Vec<u8>, AppError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| AppError::Internal(e.into());
    writer.write_record(CSV_HEADER).map_err(fail)?;
    for row in rows {
        writer.write_record(csv_fields(row)).map_err(fail)?;
    }
    writer
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("CSV: {e}")))
}

/// A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str, taken: &[String]) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !"[]:*?/\\'".contains(*c))
        .take(28)
        .collect();
    let base = if clean.trim().is_empty() {
        "Cohort".to_string()
    } else {
        clean.trim().to_string()
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{base} {n}");
        n += 1;
    }
    candidate
}

pub fn to_xlsx(sheets: &[(&str, &[SummaryRow])]) -> Result<Vec<u8>, AppError> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| AppError::Internal(anyhow::anyhow!("XLSX: {e}"));
    let mut workbook = Workbook::new();
    let bold = CellFormat::new().set_bold();
    let mut taken = Vec::new();
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        let name = sheet_name(name, &taken);
        sheet.set_name(&name).map_err(fail)?;
        taken.push(name);
        for (col, title) in CSV_HEADER.iter().enumerate() {
            sheet
                .write_string_with_format(0, col as u16, *title, &bold)
                .map_err(fail)?;
        }
        for (i, row) in rows.iter().enumerate() {
            let r = i as u32 + 1;
            sheet
                .write_string(r, 0, neutralise(&row.cohort))
                .map_err(fail)?;
            sheet
                .write_string(r, 1, neutralise(&row.city))
                .map_err(fail)?;
            sheet.write_string(r, 2, &row.age_band).map_err(fail)?;
            if let Some(f) = &row.figures {
                sheet.write_number(r, 3, f.members as f64).map_err(fail)?;
                sheet.write_number(r, 4, f.posts as f64).map_err(fail)?;
                sheet.write_number(r, 5, f.reviews as f64).map_err(fail)?;
                for (col, value) in [
                    (6, f.mean_sentiment),
                    (7, f.positive_share),
                    (8, f.neutral_share),
                    (9, f.negative_share),
                    (10, f.mean_rating),
                ] {
                    if let Some(value) = value {
                        sheet
                            .write_number(r, col, (value * 1000.0).round() / 1000.0)
                            .map_err(fail)?;
                    }
                }
            }
            sheet
                .write_string(r, 11, neutralise(&row.top_terms.join("; ")))
                .map_err(fail)?;
            sheet.write_boolean(r, 12, row.suppressed).map_err(fail)?;
        }
        sheet.autofit();
    }
    workbook.save_to_buffer().map_err(fail)
}

/// A cohort's summary in the chosen format.
pub fn render_cohort(format: Format, summary: &CohortSummary) -> Result<Vec<u8>, AppError> {
    match format {
        Format::Csv => to_csv(summary.rows.iter()),
        Format::Json => {
            serde_json::to_vec_pretty(summary).map_err(|e| AppError::Internal(e.into()))
        }
        Format::Xlsx => to_xlsx(&[(&summary.cohort, &summary.rows)]),
    }
}

/// A brand's summary: a section (CSV rows, JSON object, worksheet) per cohort,
/// then the brand total.
pub fn render_brand(format: Format, summary: &BrandSummary) -> Result<Vec<u8>, AppError> {
    match format {
        Format::Csv => to_csv(
            summary
                .cohorts
                .iter()
                .flat_map(|c| c.rows.iter())
                .chain(summary.total.iter()),
        ),
        Format::Json => {
            serde_json::to_vec_pretty(summary).map_err(|e| AppError::Internal(e.into()))
        }
        Format::Xlsx => {
            let total_name = format!("{} total", summary.brand);
            let mut sheets: Vec<(&str, &[SummaryRow])> = summary
                .cohorts
                .iter()
                .map(|c| (c.cohort.as_str(), c.rows.as_slice()))
                .collect();
            sheets.push((&total_name, &summary.total));
            to_xlsx(&sheets)
        }
    }
}

/// Writes the audit-log entry for an export.
pub fn record(
    conn: &mut DbConn,
    actor_id: Option<UserId>,
    actor: &str,
    brand_id: BrandId,
    subject: &str,
    format: Format,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id,
                actor,
                action: "export summary",
                brand_id: Some(brand_id),
                subject,
                details: &format!("format {}", format.extension()),
            },
            now(),
        )?;
        Ok(())
    })
}

/// A cohort's summary as a download, audit-logged.
pub async fn download_cohort(
    db: &Db,
    staff: Staff,
    cohort: Cohort,
    brand: Brand,
    format: Format,
) -> Result<Vec<u8>, AppError> {
    db.run(move |conn| {
        let (summary, _) = cohort_summary(conn, &cohort, &brand)?;
        let body = render_cohort(format, &summary)?;
        record(
            conn,
            Some(staff.id),
            &staff.email,
            brand.id,
            &format!("cohort {} ({})", cohort.name, cohort.id),
            format,
        )?;
        Ok(body)
    })
    .await
}

/// A brand's summary (each cohort and the total) as a download, audit-logged.
pub async fn download_brand(
    db: &Db,
    staff: Staff,
    brand: Brand,
    format: Format,
) -> Result<Vec<u8>, AppError> {
    db.run(move |conn| {
        let summary = brand_summary(conn, &brand)?;
        let body = render_brand(format, &summary)?;
        record(
            conn,
            Some(staff.id),
            &staff.email,
            brand.id,
            &format!("brand {} ({})", brand.name, brand.id),
            format,
        )?;
        Ok(body)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-cmd"), "'-cmd");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Berlin"), "Berlin");
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let taken = vec!["Squad".to_string()];
        assert_eq!(sheet_name("Squad", &taken), "Squad 2");
        assert_eq!(sheet_name("a/b:c*d?e[f]", &[]), "abcdef");
        assert!(sheet_name(&"x".repeat(50), &[]).chars().count() <= 31);
    }
}
