//! Disclosure control for the figures managers see. Pure: rows in, safe rows out.

pub mod activity_release;
pub mod chart;
pub mod counts;
pub mod heatmap;
pub mod memo;
pub mod release;
pub mod themes;

/// The Monday of a post's week, as `YYYY-MM-DD`: the week of its aggregate row.
pub fn week_of(at: chrono::NaiveDateTime) -> String {
    use chrono::Datelike;
    let day = at.date();
    let monday = day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()));
    monday.format("%Y-%m-%d").to_string()
}

/// One category's count, or `None` when it must not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeCount {
    pub label: String,
    pub count: Option<i64>,
}

/// Hides every category holding fewer than `k` (but some) people, then hides more
/// (smallest first) until the hidden ones cannot be recovered from the known total:
/// either nothing is hidden, or at least two categories are hidden and together they
/// hold at least `k` people.
pub fn suppress_small_groups(counts: &[(String, i64)], k: i64) -> Vec<SafeCount> {
    let mut hidden: Vec<bool> = counts.iter().map(|(_, n)| *n > 0 && *n < k).collect();
    loop {
        let hidden_cells = hidden.iter().filter(|h| **h).count();
        let hidden_total: i64 = counts
            .iter()
            .zip(&hidden)
            .filter(|(_, h)| **h)
            .map(|((_, n), _)| *n)
            .sum();
        let safe = hidden_cells == 0 || (hidden_cells >= 2 && hidden_total >= k);
        if safe {
            break;
        }
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, (_, n))| !hidden[*i] && *n > 0)
            .min_by_key(|(_, (_, n))| *n)
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = true,
            // Nothing left to hide alongside: hide every category.
            None => {
                hidden.iter_mut().for_each(|h| *h = true);
                break;
            }
        }
    }
    counts
        .iter()
        .zip(hidden)
        .map(|((label, n), h)| SafeCount {
            label: label.clone(),
            count: if h { None } else { Some(*n) },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(values: &[i64]) -> Vec<(String, i64)> {
        values
            .iter()
            .enumerate()
            .map(|(i, n)| (format!("c{i}"), *n))
            .collect()
    }

    fn shown(result: &[SafeCount]) -> Vec<Option<i64>> {
        result.iter().map(|c| c.count).collect()
    }

    #[test]
    fn large_groups_are_shown() {
        assert_eq!(
            shown(&suppress_small_groups(&rows(&[10, 20, 0]), 5)),
            vec![Some(10), Some(20), Some(0)]
        );
    }

    #[test]
    fn a_lone_small_group_takes_the_next_smallest_with_it() {
        assert_eq!(
            shown(&suppress_small_groups(&rows(&[2, 30, 8]), 5)),
            vec![None, Some(30), None]
        );
    }

    #[test]
    fn two_small_groups_summing_below_k_take_a_third() {
        assert_eq!(
            shown(&suppress_small_groups(&rows(&[1, 2, 40, 9]), 5)),
            vec![None, None, Some(40), None]
        );
    }

    #[test]
    fn no_hidden_figure_is_recoverable_from_the_total() {
        // Exhaustive over small tables: whatever is hidden, the sum of hidden cells is
        // either zero or spread over two or more cells holding at least k together.
        let k = 5;
        for a in 0..12 {
            for b in 0..12 {
                for c in 0..12 {
                    let result = suppress_small_groups(&rows(&[a, b, c]), k);
                    let values = [a, b, c];
                    let hidden: Vec<i64> = result
                        .iter()
                        .zip(values)
                        .filter(|(r, _)| r.count.is_none())
                        .map(|(_, v)| v)
                        .collect();
                    for (r, v) in result.iter().zip(values) {
                        if let Some(n) = r.count {
                            assert!(n == 0 || n >= k, "{values:?} shows {v}");
                        }
                    }
                    let total: i64 = hidden.iter().sum();
                    assert!(
                        hidden.is_empty()
                            || total == 0
                            || (hidden.len() >= 2 && total >= k)
                            || hidden.len() == 3,
                        "{values:?}"
                    );
                }
            }
        }
    }
}
