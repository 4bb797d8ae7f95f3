//! Geometry for the server-rendered SVG charts: colours for sentiment, and the
//! weekly trend's lines. Pure; the templates only place what is computed here.

use std::collections::{BTreeMap, BTreeSet};

use super::heatmap::{Figures, Heatmap, Row};
use crate::domain::MemberId;

/// Red for -1, light grey for 0, green for +1.
pub fn sentiment_colour(mean: Option<f64>) -> String {
    let Some(mean) = mean else {
        return "#eef0f3".into();
    };
    let t = mean.clamp(-1.0, 1.0);
    let (from, to) = if t < 0.0 {
        ((238, 238, 238), (200, 60, 52))
    } else {
        ((238, 238, 238), (38, 150, 84))
    };
    let w = t.abs();
    let mix = |a: i32, b: i32| (f64::from(a) + (f64::from(b) - f64::from(a)) * w).round() as i32;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(from.0, to.0),
        mix(from.1, to.1),
        mix(from.2, to.2)
    )
}

/// Dark text on light fills, white on strong ones.
pub fn text_colour(mean: Option<f64>) -> &'static str {
    if mean.is_some_and(|m| m.abs() > 0.55) {
        "#ffffff"
    } else {
        "#1d2330"
    }
}

#[derive(Clone)]
pub struct SvgCell {
    pub x: i32,
    pub y: i32,
    pub fill: String,
    pub ink: &'static str,
    /// Up to three short lines of figures, or "too few to compare", each with its baseline.
    pub lines: Vec<(i32, String)>,
    pub hidden: bool,
    pub total: bool,
    pub title: String,
}

#[derive(Clone)]
pub struct HeatmapSvg {
    pub width: i32,
    pub height: i32,
    pub cell_width: i32,
    pub cell_height: i32,
    pub columns: Vec<(i32, String)>,
    pub rows: Vec<(i32, String)>,
    pub cells: Vec<SvgCell>,
}

const LABEL_WIDTH: i32 = 120;
const HEADER_HEIGHT: i32 = 28;
const CELL_WIDTH: i32 = 108;
const CELL_HEIGHT: i32 = 62;

fn figure_lines(figures: &Figures) -> Vec<String> {
    let counts = &figures.counts;
    let mut lines = vec![format!("{} members", figures.members)];
    lines.push(match counts.mean_score() {
        Some(mean) => format!("{} posts · {mean:+.2}", counts.posts),
        None => format!("{} posts", counts.posts),
    });
    if let Some((pos, neu, neg)) = counts.shares() {
        let rating = counts
            .mean_rating()
            .map(|r| format!(" ★{r:.1}"))
            .unwrap_or_default();
        lines.push(format!(
            "{:.0}/{:.0}/{:.0}%{rating}",
            pos * 100.0,
            neu * 100.0,
            neg * 100.0
        ));
    }
    lines
}

/// Baselines for a cell's lines of text, from the top of the cell at `y`.
fn place(y: i32, lines: Vec<String>) -> Vec<(i32, String)> {
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| (y + 16 + i as i32 * 15, line))
        .collect()
}

fn shown_cell(x: i32, y: i32, figures: &Figures, total: bool, title: String) -> SvgCell {
    let mean = figures.counts.mean_score();
    let empty = figures.counts.posts == 0;
    SvgCell {
        x,
        y,
        fill: if empty {
            "#ffffff".into()
        } else {
            sentiment_colour(mean)
        },
        ink: text_colour(mean),
        lines: place(
            y,
            if empty {
                vec!["—".into()]
            } else {
                figure_lines(figures)
            },
        ),
        hidden: false,
        total,
        title,
    }
}

impl HeatmapSvg {
    /// Every city × age band cell is too small to show.
    pub fn all_hidden(&self) -> bool {
        self.cells.iter().filter(|c| !c.total).all(|c| c.hidden)
    }
}

pub fn heatmap_svg(map: &Heatmap) -> HeatmapSvg {
    let columns: Vec<(i32, String)> = map
        .bands
        .iter()
        .map(|b| b.label().to_string())
        .chain(std::iter::once("Shown cells".to_string()))
        .enumerate()
        .map(|(i, label)| (LABEL_WIDTH + i as i32 * CELL_WIDTH + CELL_WIDTH / 2, label))
        .collect();
    let rows: Vec<(i32, String)> = map
        .cities
        .iter()
        .cloned()
        .chain(std::iter::once("Shown cells".to_string()))
        .enumerate()
        .map(|(i, label)| {
            (
                HEADER_HEIGHT + i as i32 * CELL_HEIGHT + CELL_HEIGHT / 2,
                label,
            )
        })
        .collect();
    let mut cells = Vec::new();
    let band_count = map.bands.len();
    for (c, city) in map.cities.iter().enumerate() {
        let y = HEADER_HEIGHT + c as i32 * CELL_HEIGHT;
        for (b, band) in map.bands.iter().enumerate() {
            let x = LABEL_WIDTH + b as i32 * CELL_WIDTH;
            let cell = map.cell(c, b);
            let title = format!("{city}, {}", band.label());
            cells.push(match &cell.figures {
                Some(figures) => shown_cell(x, y, figures, false, title),
                // Empty and small look alike: one mark for both.
                None => SvgCell {
                    x,
                    y,
                    fill: "url(#hidden)".into(),
                    ink: "#5b6475",
                    lines: place(y, vec!["too few to".into(), "compare".into()]),
                    hidden: true,
                    total: false,
                    title: format!("{title}: too few to compare"),
                },
            });
        }
        let x = LABEL_WIDTH + band_count as i32 * CELL_WIDTH;
        cells.push(shown_cell(
            x,
            y,
            &map.city_totals[c],
            true,
            format!("{city}, shown cells"),
        ));
    }
    let y = HEADER_HEIGHT + map.cities.len() as i32 * CELL_HEIGHT;
    for (b, band) in map.bands.iter().enumerate() {
        let x = LABEL_WIDTH + b as i32 * CELL_WIDTH;
        cells.push(shown_cell(
            x,
            y,
            &map.band_totals[b],
            true,
            format!("{}, shown cells", band.label()),
        ));
    }
    let x = LABEL_WIDTH + band_count as i32 * CELL_WIDTH;
    cells.push(shown_cell(x, y, &map.total, true, "All shown cells".into()));
    HeatmapSvg {
        width: LABEL_WIDTH + (band_count as i32 + 1) * CELL_WIDTH + 2,
        height: HEADER_HEIGHT + (map.cities.len() as i32 + 1) * CELL_HEIGHT + 2,
        cell_width: CELL_WIDTH,
        cell_height: CELL_HEIGHT,
        columns,
        rows,
        cells,
    }
}

/// One week's sentiment of a group: who posted, and the scores' sum and count.
#[derive(Default, Clone)]
pub struct WeekSentiment {
    members: BTreeSet<MemberId>,
    score_sum: f64,
    scored: i64,
}

impl WeekSentiment {
    /// The mean, when at least `k` members posted and some posts were scored.
    pub fn mean(&self, k: usize) -> Option<f64> {
        (self.members.len() >= k && self.scored > 0).then(|| self.score_sum / self.scored as f64)
    }
}

/// Rows gathered by week.
pub fn weekly_means<'a>(rows: impl Iterator<Item = &'a Row>) -> BTreeMap<&'a str, WeekSentiment> {
    let mut weeks: BTreeMap<&str, WeekSentiment> = BTreeMap::new();
    for row in rows {
        let week = weeks.entry(row.week.as_str()).or_default();
        week.members.insert(row.member_id);
        week.score_sum += row.counts.score_sum;
        week.scored += row.counts.scored;
    }
    weeks
}

#[derive(Clone)]
pub struct TrendLine {
    pub label: String,
    pub colour: &'static str,
    pub width: f64,
    /// Runs of consecutive shown weeks, as SVG `points` strings.
    pub segments: Vec<String>,
}

#[derive(Clone)]
pub struct TrendChart {
    pub width: i32,
    pub height: i32,
    pub weeks: Vec<(f64, String)>,
    pub lines: Vec<TrendLine>,
    pub zero_y: f64,
    pub top_y: f64,
    pub bottom_y: f64,
    pub left_x: f64,
    pub right_x: f64,
}

impl TrendChart {
    /// No line has a week to draw: too few members posted in every week.
    pub fn is_empty(&self) -> bool {
        self.lines.iter().all(|line| line.segments.is_empty())
    }
}

const PALETTE: [&str; 8] = [
    "#2251d1", "#c98a00", "#8e44ad", "#16a085", "#d35400", "#7f8c8d", "#c0392b", "#2c3e50",
];

/// Weekly mean sentiment for the cohort and for each city. A week of a line is
/// drawn only when at least `k` members posted in it; only means are drawn,
/// never counts.
pub fn trend_chart(rows: &[Row], cities: &[String], k: usize) -> TrendChart {
    let k = k.max(3);
    let weeks: Vec<String> = rows
        .iter()
        .map(|r| r.week.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let (width, height) = (760, 260);
    let (left_x, right_x, top_y, bottom_y) = (
        44.0,
        f64::from(width) - 16.0,
        16.0,
        f64::from(height) - 40.0,
    );
    let step = if weeks.len() > 1 {
        (right_x - left_x) / (weeks.len() - 1) as f64
    } else {
        0.0
    };
    let x_of = |i: usize| left_x + step * i as f64;
    let y_of = |mean: f64| top_y + (1.0 - mean.clamp(-1.0, 1.0)) / 2.0 * (bottom_y - top_y);
    let line = |label: String, colour: &'static str, width: f64, keep: &dyn Fn(&Row) -> bool| {
        let per_week = weekly_means(rows.iter().filter(|r| keep(r)));
        let segments = runs(weeks.iter().enumerate().map(|(i, week)| {
            let mean = per_week.get(week.as_str()).and_then(|w| w.mean(k))?;
            Some((x_of(i), y_of(mean)))
        }));
        TrendLine {
            label,
            colour,
            width,
            segments,
        }
    };
    let mut lines = vec![line("Whole cohort".into(), "#1d2330", 3.0, &|_| true)];
    for (i, city) in cities.iter().enumerate() {
        lines.push(line(
            city.clone(),
            PALETTE[i % PALETTE.len()],
            1.5,
            &|r: &Row| r.city == *city,
        ));
    }
    let labelled_every = weeks.len().div_ceil(8).max(1);
    TrendChart {
        width,
        height,
        weeks: weeks
            .iter()
            .enumerate()
            .filter(|(i, _)| i % labelled_every == 0)
            .map(|(i, w)| (x_of(i), w.get(5..).unwrap_or(w).to_string()))
            .collect(),
        lines,
        zero_y: y_of(0.0),
        top_y,
        bottom_y,
        left_x,
        right_x,
    }
}

/// Runs of consecutive points, as SVG `points` strings: a missing point
/// breaks the line rather than joining its neighbours across the gap.
fn runs(points: impl Iterator<Item = Option<(f64, f64)>>) -> Vec<String> {
    let mut segments = Vec::new();
    let mut current = Vec::new();
    for point in points {
        match point {
            Some((x, y)) => current.push(format!("{x:.1},{y:.1}")),
            None if !current.is_empty() => {
                segments.push(current.join(" "));
                current.clear();
            }
            None => {}
        }
    }
    if !current.is_empty() {
        segments.push(current.join(" "));
    }
    segments
}

/// A small line of weekly mean sentiment, −1 at the bottom and +1 at the top,
/// with the zero line drawn: a dashboard's glance at a trend.
#[derive(Clone, Debug, PartialEq)]
pub struct Sparkline {
    pub width: i32,
    pub height: i32,
    pub zero_y: f64,
    /// Runs of weeks with a mean, as SVG `points` strings.
    pub segments: Vec<String>,
    /// A week with a mean between two without one, drawn as a dot.
    pub dots: Vec<(f64, f64)>,
}

impl Sparkline {
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }
}

pub fn sparkline(means: &[Option<f64>]) -> Sparkline {
    let (width, height, pad) = (120, 32, 3.0);
    let step = (f64::from(width) - 2.0 * pad) / (means.len().max(2) - 1) as f64;
    let y_of =
        |mean: f64| pad + (1.0 - mean.clamp(-1.0, 1.0)) / 2.0 * (f64::from(height) - 2.0 * pad);
    let point = |i: usize| means[i].map(|mean| (pad + step * i as f64, y_of(mean)));
    let segments = runs((0..means.len()).map(point));
    let dots = (0..means.len())
        .filter(|&i| {
            let missing =
                |j: Option<usize>| j.and_then(|j| means.get(j).copied().flatten()).is_none();
            means[i].is_some() && missing(i.checked_sub(1)) && missing(Some(i + 1))
        })
        .filter_map(point)
        .collect();
    Sparkline {
        width,
        height,
        zero_y: y_of(0.0),
        segments,
        dots,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_run_from_red_through_grey_to_green() {
        assert_eq!(sentiment_colour(Some(0.0)), "#eeeeee");
        assert_eq!(sentiment_colour(Some(1.0)), "#269654");
        assert_eq!(sentiment_colour(Some(-1.0)), "#c83c34");
        assert_eq!(sentiment_colour(None), "#eef0f3");
    }

    #[test]
    fn sparklines_break_at_weeks_without_posts() {
        let line = sparkline(&[Some(1.0), Some(-1.0), None, Some(0.0), None]);
        assert_eq!(line.segments, ["3.0,3.0 31.5,29.0", "88.5,16.0"]);
        // The lone week between two empty ones is drawn as a dot on the zero line.
        assert_eq!(line.dots, vec![(88.5, 16.0)]);
        assert_eq!(line.zero_y, 16.0);
        assert!(sparkline(&[None, None]).is_empty());
    }
}
