//! Exports (CSV, JSON, XLSX) of a cohort's or a brand's released figures, on
//! the web and from the command line. An export leaves the app, so it carries
//! releases only, never the live figures (`docs/PRIVACY.md`); every export is
//! audit-logged.

use serde::Serialize;

use crate::db::DbConn;
use crate::db::models::brands::Brand;
use crate::db::models::cohorts::{self, Cohort};
use crate::db::models::{audit, releases as release_rows};
use crate::db::write_tx;
use crate::domain::{AgeBand, BrandId, Staff, UserId};
use crate::error::AppError;
use crate::services::releases::{Released, read};
use crate::services::{Db, now};
use crate::summary::release::{DropCell, ProductCell, Release, Shown};

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

/// One line of an export: a group of one week's release. `city` and
/// `age_band` are empty where the line covers them all; a product's line names
/// the product, and its `members` are those who reviewed it; a topic's line
/// names the term, and its `members` are those who used it; a drop's line
/// names the drop, its `members` are those who shared it and `clicks` the
/// clicks their links brought.
#[derive(Debug, Clone, Serialize)]
pub struct ExportRow {
    pub cohort: String,
    /// The Monday the week began, `YYYY-MM-DD`.
    pub week: String,
    pub city: String,
    pub age_band: String,
    pub product: String,
    pub topic: String,
    pub drop: String,
    pub members: Option<i64>,
    pub clicks: Option<i64>,
    pub mean_sentiment: Option<f64>,
    pub mean_rating: Option<f64>,
    /// Empty and small groups alike.
    pub too_few_to_compare: bool,
}

/// A line of one week's release with no group named and no figure.
fn blank_row(cohort: &str, week: &str) -> ExportRow {
    ExportRow {
        cohort: cohort.to_string(),
        week: week.to_string(),
        city: String::new(),
        age_band: String::new(),
        product: String::new(),
        topic: String::new(),
        drop: String::new(),
        members: None,
        clicks: None,
        mean_sentiment: None,
        mean_rating: None,
        too_few_to_compare: false,
    }
}

fn row(cohort: &str, week: &str, city: &str, band: &str, shown: Shown) -> ExportRow {
    ExportRow {
        city: city.to_string(),
        age_band: band.to_string(),
        too_few_to_compare: shown.members.is_none(),
        members: shown.members,
        mean_sentiment: shown.mean_score.map(|m| (m * 1000.0).round() / 1000.0),
        mean_rating: shown.mean_rating.map(|r| (r * 100.0).round() / 100.0),
        ..blank_row(cohort, week)
    }
}

/// A product's line of one week's release.
fn product_row(cohort: &str, week: &str, release: &Release, product: &ProductCell) -> ExportRow {
    let shown = release.product(product);
    ExportRow {
        product: product.name.clone(),
        too_few_to_compare: shown.reviewers.is_none(),
        members: shown.reviewers,
        mean_rating: shown.mean_rating.map(|r| (r * 100.0).round() / 100.0),
        ..blank_row(cohort, week)
    }
}

/// A drop's line of one week's release.
fn drop_row(cohort: &str, week: &str, release: &Release, drop: &DropCell) -> ExportRow {
    let shown = release.drop_shown(drop);
    ExportRow {
        drop: drop.title.clone(),
        too_few_to_compare: shown.sharers.is_none(),
        members: shown.sharers,
        clicks: shown.clicks,
        ..blank_row(cohort, week)
    }
}

/// The lines of one week's whole: the group itself, each product, each drop,
/// then each topic shown (those held back are left out, as on the page).
fn whole_rows(name: &str, week: &str, release: &Release) -> Vec<ExportRow> {
    let mut rows = vec![row(name, week, "", "", release.total())];
    for product in &release.products {
        rows.push(product_row(name, week, release, product));
    }
    for drop in &release.drops {
        rows.push(drop_row(name, week, release, drop));
    }
    for topic in release.shown_topics() {
        rows.push(ExportRow {
            topic: topic.term.clone(),
            members: Some(topic.members),
            ..blank_row(name, week)
        });
    }
    rows
}

/// A release's lines: the whole cohort, each product, each age band, each
/// city, each cell.
fn rows_of(cohort: &str, released: &Released) -> Vec<ExportRow> {
    let release = &released.release;
    let week = released.period_start.format("%Y-%m-%d").to_string();
    let mut rows = whole_rows(cohort, &week, release);
    for band in AgeBand::ALL {
        rows.push(row(cohort, &week, "", band.label(), release.band(band)));
    }
    for city in release.cities() {
        rows.push(row(cohort, &week, city, "", release.city(city)));
    }
    for cell in &release.cells {
        rows.push(row(
            cohort,
            &week,
            &cell.city,
            cell.band.label(),
            release.cell(&cell.city, cell.band),
        ));
    }
    rows
}

/// A cohort's releases, newest week first.
#[derive(Debug, Clone, Serialize)]
pub struct CohortExport {
    pub cohort: String,
    pub rows: Vec<ExportRow>,
}

pub fn cohort_export(conn: &mut DbConn, cohort: &Cohort) -> Result<CohortExport, AppError> {
    let mut rows = Vec::new();
    for stored in release_rows::all_for_cohort(conn, cohort.id)? {
        rows.extend(rows_of(&cohort.name, &read(stored)?));
    }
    Ok(CohortExport {
        cohort: cohort.name.clone(),
        rows,
    })
}

/// A brand's releases: each cohort's, then the brand's whole for each week
/// (the sum of every cohort's noisy cells).
#[derive(Debug, Clone, Serialize)]
pub struct BrandExport {
    pub brand: String,
    pub cohorts: Vec<CohortExport>,
    pub total: Vec<ExportRow>,
}

pub fn brand_export(conn: &mut DbConn, brand: &Brand) -> Result<BrandExport, AppError> {
    let mut cohort_exports = Vec::new();
    // Each week's cells across the brand's cohorts, newest week first.
    let mut weeks: Vec<(String, Release)> = Vec::new();
    for cohort in cohorts::list_for_brand(conn, brand.id)? {
        let mut rows = Vec::new();
        for stored in release_rows::all_for_cohort(conn, cohort.id)? {
            let released = read(stored)?;
            rows.extend(rows_of(&cohort.name, &released));
            let week = released.period_start.format("%Y-%m-%d").to_string();
            match weeks.iter_mut().find(|(w, _)| *w == week) {
                Some((_, whole)) => whole.add(released.release),
                None => weeks.push((week, released.release)),
            }
        }
        cohort_exports.push(CohortExport {
            cohort: cohort.name,
            rows,
        });
    }
    weeks.sort_by(|a, b| b.0.cmp(&a.0));
    let total = weeks
        .iter()
        .flat_map(|(week, whole)| whole_rows(&brand.name, week, whole))
        .collect();
    Ok(BrandExport {
        brand: brand.name.clone(),
        cohorts: cohort_exports,
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

pub const CSV_HEADER: [&str; 12] = [
    "cohort",
    "week",
    "city",
    "age_band",
    "product",
    "topic",
    "drop",
    "members",
    "clicks",
    "mean_sentiment",
    "mean_rating",
    "too_few_to_compare",
];

fn decimal(value: Option<f64>, places: usize) -> String {
    value.map(|v| format!("{v:.places$}")).unwrap_or_default()
}

fn csv_fields(row: &ExportRow) -> [String; 12] {
    [
        neutralise(&row.cohort),
        row.week.clone(),
        neutralise(&row.city),
        row.age_band.clone(),
        neutralise(&row.product),
        neutralise(&row.topic),
        neutralise(&row.drop),
        row.members.map(|n| n.to_string()).unwrap_or_default(),
        row.clicks.map(|n| n.to_string()).unwrap_or_default(),
        decimal(row.mean_sentiment, 3),
        decimal(row.mean_rating, 2),
        row.too_few_to_compare.to_string(),
    ]
}

pub fn to_csv<'a>(rows: impl Iterator<Item = &'a ExportRow>) -> Result<Vec<u8>, AppError> {
    csv_file(|writer| {
        writer.write_record(CSV_HEADER)?;
        for row in rows {
            writer.write_record(csv_fields(row))?;
        }
        Ok(())
    })
}

/// A CSV file written by `write`, after a UTF-8 byte-order mark: without it
/// Excel reads "São Paulo" and "16–17" in the wrong encoding.
fn csv_file(
    write: impl FnOnce(&mut csv::Writer<Vec<u8>>) -> csv::Result<()>,
) -> Result<Vec<u8>, AppError> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    write(&mut writer).map_err(|e| AppError::Internal(e.into()))?;
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

pub fn to_xlsx(sheets: &[(&str, &[ExportRow])]) -> Result<Vec<u8>, AppError> {
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
            for (col, text) in [
                (0, &row.cohort),
                (1, &row.week),
                (2, &row.city),
                (3, &row.age_band),
                (4, &row.product),
                (5, &row.topic),
                (6, &row.drop),
            ] {
                sheet.write_string(r, col, neutralise(text)).map_err(fail)?;
            }
            for (col, count) in [(7, row.members), (8, row.clicks)] {
                if let Some(count) = count {
                    sheet.write_number(r, col, count as f64).map_err(fail)?;
                }
            }
            for (col, value) in [(9, row.mean_sentiment), (10, row.mean_rating)] {
                if let Some(value) = value {
                    sheet.write_number(r, col, value).map_err(fail)?;
                }
            }
            sheet
                .write_boolean(r, 11, row.too_few_to_compare)
                .map_err(fail)?;
        }
        sheet.autofit();
    }
    workbook.save_to_buffer().map_err(fail)
}

/// A table of text cells as CSV, formulas neutralised.
pub fn table_csv(header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, AppError> {
    csv_file(|writer| {
        writer.write_record(header)?;
        for row in rows {
            writer.write_record(row.iter().map(|cell| neutralise(cell)))?;
        }
        Ok(())
    })
}

/// A table of text cells as one worksheet, formulas neutralised.
pub fn table_xlsx(sheet: &str, header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, AppError> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| AppError::Internal(anyhow::anyhow!("XLSX: {e}"));
    let mut workbook = Workbook::new();
    let bold = CellFormat::new().set_bold();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet_name(sheet, &[])).map_err(fail)?;
    for (col, title) in header.iter().enumerate() {
        worksheet
            .write_string_with_format(0, col as u16, *title, &bold)
            .map_err(fail)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (col, cell) in row.iter().enumerate() {
            worksheet
                .write_string(r as u32 + 1, col as u16, neutralise(cell))
                .map_err(fail)?;
        }
    }
    worksheet.autofit();
    workbook.save_to_buffer().map_err(fail)
}

/// A cohort's releases in the chosen format.
pub fn render_cohort(format: Format, export: &CohortExport) -> Result<Vec<u8>, AppError> {
    match format {
        Format::Csv => to_csv(export.rows.iter()),
        Format::Json => serde_json::to_vec_pretty(export).map_err(|e| AppError::Internal(e.into())),
        Format::Xlsx => to_xlsx(&[(&export.cohort, &export.rows)]),
    }
}

/// A brand's releases: a section (CSV rows, JSON object, worksheet) per cohort,
/// then the brand's whole.
pub fn render_brand(format: Format, export: &BrandExport) -> Result<Vec<u8>, AppError> {
    match format {
        Format::Csv => to_csv(
            export
                .cohorts
                .iter()
                .flat_map(|c| c.rows.iter())
                .chain(export.total.iter()),
        ),
        Format::Json => serde_json::to_vec_pretty(export).map_err(|e| AppError::Internal(e.into())),
        Format::Xlsx => {
            let total_name = format!("{} total", export.brand);
            let mut sheets: Vec<(&str, &[ExportRow])> = export
                .cohorts
                .iter()
                .map(|c| (c.cohort.as_str(), c.rows.as_slice()))
                .collect();
            sheets.push((&total_name, &export.total));
            to_xlsx(&sheets)
        }
    }
}

/// Writes the audit-log entry for what staff did to a cohort: a download of
/// its data (photos, posts, highlights), closing it, opening it again.
pub fn record_for_cohort(
    conn: &mut DbConn,
    by: &Staff,
    cohort: &Cohort,
    action: &str,
    details: &str,
) -> Result<(), AppError> {
    audit::insert(
        conn,
        audit::NewEntry {
            actor_id: Some(by.id),
            actor: &by.email,
            action,
            brand_id: Some(cohort.brand_id),
            subject: &format!("cohort {} ({})", cohort.name, cohort.id),
            details,
        },
        now(),
    )?;
    Ok(())
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
                action: "export releases",
                brand_id: Some(brand_id),
                subject,
                details: &format!("format {}", format.extension()),
            },
            now(),
        )?;
        Ok(())
    })
}

/// A cohort's releases as a download, audit-logged.
pub async fn download_cohort(
    db: &Db,
    by: Staff,
    cohort: Cohort,
    format: Format,
) -> Result<Vec<u8>, AppError> {
    db.run(move |conn| {
        let body = render_cohort(format, &cohort_export(conn, &cohort)?)?;
        record(
            conn,
            Some(by.id),
            &by.email,
            cohort.brand_id,
            &format!("cohort {} ({})", cohort.name, cohort.id),
            format,
        )?;
        Ok(body)
    })
    .await
}

/// A brand's releases (each cohort's and the brand's whole) as a download,
/// audit-logged.
pub async fn download_brand(
    db: &Db,
    by: Staff,
    brand: Brand,
    format: Format,
) -> Result<Vec<u8>, AppError> {
    db.run(move |conn| {
        let body = render_brand(format, &brand_export(conn, &brand)?)?;
        record(
            conn,
            Some(by.id),
            &by.email,
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
