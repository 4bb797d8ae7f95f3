//! An activity's released figures: what observers and exports get of an
//! activity, made once after it closes (so no answer can be watched arriving)
//! with calibrated noise in every figure, as the weekly releases are
//! (`summary::release`, `docs/PRIVACY.md`).
//!
//! How each member counts. Every member the activity asked belongs to one
//! city × age band cell and adds 1 to its `asked`, and 1 to its `answered`
//! when they answered. For each task they answered they add 1 to the task's
//! `answered` and: to a poll, 1 to each option chosen (at most
//! `CHOICES_COUNTED` of them); to a ranking, 1 to the `first` count of the card
//! they put first and their place for each card (1 is top) to its `places`;
//! to a rating, 1 to the count of the stars they gave each card; to a text,
//! 1 to `scored` and its sentiment (clipped to −1…+1, in hundredths) to
//! `score` when it could be scored.
//!
//! The noise. The release's ε is shared equally among its groups of figures:
//! completion, then each task (a text task's share split between its counts
//! and its score). Each figure of a group gets discrete Laplace noise with
//! scale (the most one member moves the group's figures, summed) ÷ (the
//! group's ε). Noise comes from a keyed hash of a secret seed and the figure,
//! drawn once: the stored release is what everyone reads.
//!
//! What is shown. A cell when its noisy `asked` reaches `k`; a task when its
//! noisy `answered` does. Shares are of the noisy `answered`, kept within
//! 0–100 %.

use serde::{Deserialize, Serialize};

use crate::domain::AgeBand;
use crate::domain::activity::{Answer, TaskKind};
use crate::summary::release::Noise;

/// The most options of a multiple-choice poll one member counts for.
pub const CHOICES_COUNTED: usize = 3;

/// Scores are counted in hundredths, so noise stays on integers.
const HUNDREDTHS: f64 = 100.0;

/// What the release needs to know of a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskShape {
    pub kind: TaskKind,
    /// Poll options (with "Other" when offered), or cards.
    pub options: usize,
}

impl TaskShape {
    /// The most one member moves this task's counts (its score aside).
    fn sensitivity(self) -> f64 {
        let n = self.options as f64;
        match self.kind {
            TaskKind::SingleChoice => 2.0,
            TaskKind::MultipleChoice => 1.0 + self.options.min(CHOICES_COUNTED) as f64,
            // Answered, one first place, and a place for every card.
            TaskKind::Rank => 2.0 + n * (n + 1.0) / 2.0,
            TaskKind::Rate => 1.0 + n,
            TaskKind::Text => 2.0,
            // Answered, scored, and one star count.
            TaskKind::ProductTest => 3.0,
            TaskKind::Photo => 1.0,
        }
    }

    fn has_score(self) -> bool {
        matches!(self.kind, TaskKind::Text | TaskKind::ProductTest)
    }
}

/// A member the activity asked: where they count, and their answers (none
/// when they did not answer), each text answer's sentiment beside it.
#[derive(Debug, Clone)]
pub struct Respondent {
    pub city: String,
    pub band: AgeBand,
    pub answers: Option<Vec<(Answer, Option<f64>)>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionCell {
    pub city: String,
    pub band: AgeBand,
    pub asked: i64,
    pub answered: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct TaskFigures {
    pub answered: i64,
    /// Per option: chosen (poll); per card: put first (rank).
    pub counts: Vec<i64>,
    /// Per card: the sum of its places (rank).
    pub places: Vec<i64>,
    /// Per card, per star from one to five (rate).
    pub stars: Vec<[i64; 5]>,
    pub scored: i64,
    /// Sum of sentiment, in hundredths.
    pub score: i64,
}

/// An activity's release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActivityRelease {
    pub k: i64,
    pub epsilon: f64,
    pub cells: Vec<CompletionCell>,
    pub tasks: Vec<TaskFigures>,
}

/// The exact figures, before noise.
fn exact(
    respondents: &[Respondent],
    cells: &[(String, AgeBand)],
    tasks: &[TaskShape],
) -> ActivityRelease {
    let mut cells: Vec<CompletionCell> = cells
        .iter()
        .map(|(city, band)| CompletionCell {
            city: city.clone(),
            band: *band,
            asked: 0,
            answered: 0,
        })
        .collect();
    let mut figures: Vec<TaskFigures> = tasks
        .iter()
        .map(|t| TaskFigures {
            counts: vec![0; t.options],
            places: vec![
                0;
                if t.kind == TaskKind::Rank {
                    t.options
                } else {
                    0
                }
            ],
            stars: vec![
                [0; 5];
                if t.kind == TaskKind::Rate {
                    t.options
                } else {
                    0
                }
            ],
            ..TaskFigures::default()
        })
        .collect();
    for respondent in respondents {
        let Some(cell) = cells
            .iter_mut()
            .find(|c| c.city == respondent.city && c.band == respondent.band)
        else {
            continue;
        };
        cell.asked += 1;
        let Some(answers) = &respondent.answers else {
            continue;
        };
        cell.answered += 1;
        for ((answer, sentiment), task) in answers.iter().zip(figures.iter_mut()) {
            if *answer == Answer::NotAsked {
                continue;
            }
            task.answered += 1;
            match answer {
                Answer::Choice { chosen, .. } => {
                    for option in chosen.iter().take(CHOICES_COUNTED) {
                        if let Some(count) = task.counts.get_mut(*option) {
                            *count += 1;
                        }
                    }
                }
                Answer::Rank { order } => {
                    if let Some(first) = order.first().and_then(|c| task.counts.get_mut(*c)) {
                        *first += 1;
                    }
                    for (place, card) in order.iter().enumerate() {
                        if let Some(sum) = task.places.get_mut(*card) {
                            *sum += place as i64 + 1;
                        }
                    }
                }
                Answer::Rate { stars } => {
                    for (card, given) in stars.iter().enumerate() {
                        if let Some(row) = task.stars.get_mut(card) {
                            row[usize::from(given.clamp(&1, &5) - 1)] += 1;
                        }
                    }
                }
                Answer::ProductTest { stars, .. } => {
                    if let Some(row) = task.stars.get_mut(0) {
                        row[usize::from(stars.clamp(&1, &5) - 1)] += 1;
                    }
                }
                Answer::Text { .. } | Answer::Photo { .. } | Answer::NotAsked => {}
            }
            if let Some(score) = sentiment {
                task.scored += 1;
                task.score += (score.clamp(-1.0, 1.0) * HUNDREDTHS).round() as i64;
            }
        }
    }
    ActivityRelease {
        k: 0,
        epsilon: 0.0,
        cells,
        tasks: figures,
    }
}

/// Makes the release of an activity: every cell it asks (empty ones too, so
/// which are empty is not given away) and every task.
pub fn make(
    respondents: &[Respondent],
    cells: &[(String, AgeBand)],
    tasks: &[TaskShape],
    k: i64,
    epsilon: f64,
    noise: Noise,
) -> ActivityRelease {
    let mut release = exact(respondents, cells, tasks);
    let groups = 1 + tasks.len();
    let group_epsilon = epsilon / groups as f64;
    let completion_scale = 2.0 / group_epsilon;
    for cell in &mut release.cells {
        let group = [cell.city.as_str(), cell.band.label()];
        cell.asked += noise.draw_named(group, "asked", completion_scale);
        cell.answered += noise.draw_named(group, "answered", completion_scale);
    }
    for (n, (figures, shape)) in release.tasks.iter_mut().zip(tasks).enumerate() {
        let name = format!("task {n}");
        // A text's share of ε goes half to its counts, half to its score.
        let counts_epsilon = if shape.has_score() {
            group_epsilon / 2.0
        } else {
            group_epsilon
        };
        let scale = shape.sensitivity() / counts_epsilon;
        let draw = |figure: String| noise.draw_named([name.as_str(), "task"], &figure, scale);
        figures.answered += draw("answered".into());
        for (i, count) in figures.counts.iter_mut().enumerate() {
            *count += draw(format!("count {i}"));
        }
        for (i, sum) in figures.places.iter_mut().enumerate() {
            *sum += draw(format!("places {i}"));
        }
        for (i, row) in figures.stars.iter_mut().enumerate() {
            for (s, count) in row.iter_mut().enumerate() {
                *count += draw(format!("stars {i} {s}"));
            }
        }
        if shape.has_score() {
            figures.scored += draw("scored".into());
            let score_scale = HUNDREDTHS / (group_epsilon / 2.0);
            figures.score += noise.draw_named([name.as_str(), "task"], "score", score_scale);
        }
    }
    release.k = k;
    release.epsilon = epsilon;
    release
}

impl ActivityRelease {
    /// A cell's completion in whole per cent, when its noisy `asked` reaches `k`.
    pub fn completion(&self, cell: &CompletionCell) -> Option<i64> {
        (cell.asked >= self.k && self.k > 0).then(|| share(cell.answered, cell.asked))
    }

    /// Whether a task's figures are shown: its noisy `answered` reaches `k`.
    pub fn task_shown(&self, task: &TaskFigures) -> bool {
        task.answered >= self.k && self.k > 0
    }

    /// A task's mean sentiment, when enough texts were scored.
    pub fn mean_score(&self, task: &TaskFigures) -> Option<f64> {
        (task.scored >= self.k && self.k > 0)
            .then(|| (task.score as f64 / HUNDREDTHS / task.scored as f64).clamp(-1.0, 1.0))
    }
}

/// `part` of `whole` in whole per cent, kept within 0–100 (noise may push a
/// part past its whole).
pub fn share(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        ((part.max(0) * 100 + whole / 2) / whole).clamp(0, 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn respondent(city: &str, answers: Option<Vec<(Answer, Option<f64>)>>) -> Respondent {
        Respondent {
            city: city.into(),
            band: AgeBand::From16To17,
            answers,
        }
    }

    fn shapes() -> Vec<TaskShape> {
        vec![
            TaskShape {
                kind: TaskKind::SingleChoice,
                options: 3,
            },
            TaskShape {
                kind: TaskKind::Rank,
                options: 3,
            },
            TaskShape {
                kind: TaskKind::Text,
                options: 0,
            },
        ]
    }

    fn answered(
        option: usize,
        order: [usize; 3],
        score: f64,
    ) -> Option<Vec<(Answer, Option<f64>)>> {
        Some(vec![
            (
                Answer::Choice {
                    chosen: vec![option],
                    other: None,
                },
                None,
            ),
            (
                Answer::Rank {
                    order: order.to_vec(),
                },
                None,
            ),
            (Answer::Text { text: "ok".into() }, Some(score)),
        ])
    }

    fn cells() -> Vec<(String, AgeBand)> {
        vec![
            ("Berlin".to_string(), AgeBand::From16To17),
            ("Paris".to_string(), AgeBand::From16To17),
        ]
    }

    #[test]
    fn without_noise_the_figures_are_the_answers_counted() {
        let respondents = vec![
            respondent("Berlin", answered(0, [2, 0, 1], 0.5)),
            respondent("Berlin", answered(0, [2, 1, 0], -0.5)),
            respondent("Berlin", None),
        ];
        let release = make(&respondents, &cells(), &shapes(), 2, 1.0, Noise::Off);
        assert_eq!(release.cells[0].asked, 3);
        assert_eq!(release.cells[0].answered, 2);
        assert_eq!(release.cells[1].asked, 0);
        assert_eq!(release.tasks[0].counts, vec![2, 0, 0]);
        assert_eq!(release.tasks[1].counts, vec![0, 0, 2]);
        assert_eq!(release.tasks[1].places, vec![5, 5, 2]);
        assert_eq!((release.tasks[2].scored, release.tasks[2].score), (2, 0));
        assert_eq!(release.completion(&release.cells[0]), Some(67));
        assert_eq!(release.completion(&release.cells[1]), None);
    }

    #[test]
    fn noise_is_drawn_once_per_seed_and_hides_one_member() {
        let mut respondents: Vec<Respondent> = (0..40)
            .map(|i| respondent("Berlin", answered(i % 3, [0, 1, 2], 0.2)))
            .collect();
        let seed = Noise::Seeded([7; 32]);
        let first = make(&respondents, &cells(), &shapes(), 5, 1.0, seed);
        assert_eq!(first, make(&respondents, &cells(), &shapes(), 5, 1.0, seed));
        let exact = make(&respondents, &cells(), &shapes(), 5, 1.0, Noise::Off);
        assert_ne!(first.tasks, exact.tasks, "every figure carries noise");
        // One member more moves each exact figure by at most their part; the
        // noise is what hides it.
        respondents.push(respondent("Paris", answered(1, [1, 0, 2], 0.9)));
        let with_one_more = make(&respondents, &cells(), &shapes(), 5, 1.0, Noise::Off);
        assert_eq!(with_one_more.cells[1].asked - exact.cells[1].asked, 1);
        assert_eq!(with_one_more.tasks[0].answered - exact.tasks[0].answered, 1);
    }

    #[test]
    fn the_noise_scale_follows_each_tasks_sensitivity() {
        // Over many seeds, a ranking of 8 cards is far noisier than a poll.
        let shapes = vec![
            TaskShape {
                kind: TaskKind::SingleChoice,
                options: 2,
            },
            TaskShape {
                kind: TaskKind::Rank,
                options: 8,
            },
        ];
        let spread = |task: usize| -> f64 {
            (0..400u32)
                .map(|s| {
                    let mut seed = [0u8; 32];
                    seed[..4].copy_from_slice(&s.to_le_bytes());
                    let made = make(&[], &cells(), &shapes, 5, 1.0, Noise::Seeded(seed));
                    made.tasks[task].answered.abs() as f64
                })
                .sum::<f64>()
                / 400.0
        };
        // Mean |noise| is about the scale: 2 ÷ (1 ÷ 3) = 6 and 38 ÷ (1 ÷ 3) = 114.
        let (poll, rank) = (spread(0), spread(1));
        assert!((3.0..10.0).contains(&poll), "poll noise {poll}");
        assert!((70.0..170.0).contains(&rank), "rank noise {rank}");
    }
}
