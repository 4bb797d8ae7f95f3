//! The rules of an activity: the kinds of task, who it asks, when it takes
//! answers, and what an answer to each task may be.

use chrono::{NaiveDateTime, TimeZone};
use serde::{Deserialize, Serialize};

use super::{AgeBand, BoundedText, ProductId};

/// What a task asks of a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskKind {
    Text,
    Photo,
    SingleChoice,
    MultipleChoice,
    Rank,
    Rate,
    ProductTest,
}

impl TaskKind {
    pub const ALL: [TaskKind; 7] = [
        TaskKind::Text,
        TaskKind::Photo,
        TaskKind::SingleChoice,
        TaskKind::MultipleChoice,
        TaskKind::Rank,
        TaskKind::Rate,
        TaskKind::ProductTest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Text => "text",
            TaskKind::Photo => "photo",
            TaskKind::SingleChoice => "single",
            TaskKind::MultipleChoice => "multiple",
            TaskKind::Rank => "rank",
            TaskKind::Rate => "rate",
            TaskKind::ProductTest => "product_test",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        TaskKind::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    pub fn label(self) -> &'static str {
        match self {
            TaskKind::Text => "Open question",
            TaskKind::Photo => "Photos",
            TaskKind::SingleChoice => "Poll, one answer",
            TaskKind::MultipleChoice => "Poll, several answers",
            TaskKind::Rank => "Rank the cards",
            TaskKind::Rate => "Rate each card (1–5 stars)",
            TaskKind::ProductTest => "Product test",
        }
    }

    /// How many options (poll) or cards (rank, rate) the task lists, if any.
    pub fn option_bounds(self) -> Option<(usize, usize, &'static str)> {
        match self {
            TaskKind::SingleChoice | TaskKind::MultipleChoice => Some((2, 12, "options")),
            TaskKind::Rank => Some((2, MAX_CARDS, "cards")),
            TaskKind::Rate => Some((1, MAX_CARDS, "cards")),
            _ => None,
        }
    }

    pub fn is_poll(self) -> bool {
        matches!(self, TaskKind::SingleChoice | TaskKind::MultipleChoice)
    }

    /// A ranking or a rating: its options are cards, which may have pictures.
    pub fn has_cards(self) -> bool {
        matches!(self, TaskKind::Rank | TaskKind::Rate)
    }
}

/// Whether members see the others' answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Only once they have answered themselves, so no one is swayed.
    AfterAnswering,
    Never,
    Always,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [
        Visibility::AfterAnswering,
        Visibility::Never,
        Visibility::Always,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::AfterAnswering => "after_answering",
            Visibility::Never => "never",
            Visibility::Always => "always",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Visibility::ALL.into_iter().find(|v| v.as_str() == raw)
    }

    pub fn label(self) -> &'static str {
        match self {
            Visibility::AfterAnswering => "After they answer (nobody is swayed)",
            Visibility::Never => "Never (answers stay private)",
            Visibility::Always => "Always",
        }
    }

    pub fn shows_others(self, answered: bool) -> bool {
        match self {
            Visibility::AfterAnswering => answered,
            Visibility::Never => false,
            Visibility::Always => true,
        }
    }
}

/// Who an activity asks: chosen cities and age bands; none chosen asks all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audience {
    pub cities: Vec<String>,
    pub bands: Vec<AgeBand>,
}

impl Audience {
    /// The ticked cities (each one of the cohort's) and age bands.
    pub fn parse(
        cities: &[String],
        cohort_cities: &[String],
        bands: &[String],
    ) -> Result<Self, String> {
        let mut audience = Audience::default();
        for city in cities {
            match cohort_cities.iter().find(|c| *c == city) {
                Some(c) if !audience.cities.contains(c) => audience.cities.push(c.clone()),
                Some(_) => {}
                None => return Err(format!("“{city}” is not one of the cohort's cities.")),
            }
        }
        for band in bands {
            match AgeBand::from_label(band) {
                Some(b) if !audience.bands.contains(&b) => audience.bands.push(b),
                Some(_) => {}
                None => return Err(format!("“{band}” is not an age band.")),
            }
        }
        audience.bands.sort();
        Ok(audience)
    }

    pub fn stored_cities(&self) -> String {
        self.cities.join("\n")
    }

    pub fn stored_bands(&self) -> String {
        self.bands
            .iter()
            .map(|b| b.label())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn from_stored(cities: &str, bands: &str) -> Self {
        Audience {
            cities: cities
                .lines()
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            bands: bands.lines().filter_map(AgeBand::from_label).collect(),
        }
    }

    pub fn includes(&self, city: &str, band: AgeBand) -> bool {
        (self.cities.is_empty() || self.cities.iter().any(|c| c == city))
            && (self.bands.is_empty() || self.bands.contains(&band))
    }

    /// In words: "Everyone", or the cities and bands asked.
    pub fn describe(&self) -> String {
        let cities = if self.cities.is_empty() {
            "every city".to_string()
        } else {
            self.cities.join(", ")
        };
        let bands = if self.bands.is_empty() {
            "every age".to_string()
        } else {
            self.bands
                .iter()
                .map(|b| b.label())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if self.cities.is_empty() && self.bands.is_empty() {
            "Everyone in the cohort".into()
        } else {
            format!("Members in {cities}, {bands}")
        }
    }
}

/// When an activity takes answers: from its start; changed answers until it is
/// due; first answers until it closes (at its due date unless a later close is
/// set, or earlier when staff close it early).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub starts_at: NaiveDateTime,
    pub due_at: NaiveDateTime,
    pub closes_at: Option<NaiveDateTime>,
}

/// Where an activity stands at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Upcoming,
    Open,
    /// Past due, still taking first answers until it closes.
    Late,
    Closed,
}

impl Schedule {
    /// The form's start, due and (optional) close, given as local times in
    /// `zone`; each field's problem, named by the field.
    pub fn parse(
        start: &str,
        due: &str,
        close: &str,
        zone: chrono_tz::Tz,
    ) -> Result<Self, Vec<(&'static str, String)>> {
        let mut problems = Vec::new();
        let mut read = |field: &'static str, raw: &str, what: &str| {
            let parsed = local_time(raw, zone);
            if parsed.is_none() {
                problems.push((
                    field,
                    format!("Give the {what} as a date and time, for example 2026-12-01 18:00."),
                ));
            }
            parsed
        };
        let starts_at = read("starts_at", start, "start");
        let due_at = read("due_at", due, "due date");
        let closes_at = if close.trim().is_empty() {
            Some(None)
        } else {
            read("closes_at", close, "close").map(Some)
        };
        if let (Some(starts_at), Some(due_at), Some(closes_at)) = (starts_at, due_at, closes_at) {
            if due_at <= starts_at {
                problems.push(("due_at", "The due date must come after the start.".into()));
            } else if closes_at.is_some_and(|c| c < due_at) {
                problems.push((
                    "closes_at",
                    "The close must not come before the due date; leave it empty to close when it is due.".into(),
                ));
            } else if problems.is_empty() {
                return Ok(Schedule {
                    starts_at,
                    due_at,
                    closes_at,
                });
            }
        }
        Err(problems)
    }

    /// The schedule for a member whose product test is due later than the
    /// activity (`own_due`): their answers are taken until then.
    pub fn extended_to(self, own_due: Option<NaiveDateTime>) -> Self {
        match own_due {
            Some(due) if due > self.due_at => Schedule {
                due_at: due,
                closes_at: self.closes_at.map(|c| c.max(due)),
                ..self
            },
            _ => self,
        }
    }

    /// When no answer is taken any more.
    pub fn end(&self) -> NaiveDateTime {
        self.closes_at.unwrap_or(self.due_at)
    }

    pub fn phase(&self, now: NaiveDateTime) -> Phase {
        if now < self.starts_at {
            Phase::Upcoming
        } else if now >= self.end() {
            Phase::Closed
        } else if now >= self.due_at {
            Phase::Late
        } else {
            Phase::Open
        }
    }

    /// Whether a member may send their answers now: a first answer while it is
    /// open or late, a change only until it is due.
    pub fn takes_answer(&self, now: NaiveDateTime, answered_before: bool) -> bool {
        match self.phase(now) {
            Phase::Open => true,
            Phase::Late => !answered_before,
            Phase::Upcoming | Phase::Closed => false,
        }
    }
}

/// A `datetime-local` value (or a date and time with a space) in `zone`, as UTC.
pub fn local_time(raw: &str, zone: chrono_tz::Tz) -> Option<NaiveDateTime> {
    let raw = raw.trim();
    let local = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(raw, format).ok())?;
    zone.from_local_datetime(&local)
        .earliest()
        .map(|t| t.naive_utc())
}

/// The local time in `zone` as a `datetime-local` field shows it.
pub fn form_time(at: NaiveDateTime, zone: chrono_tz::Tz) -> String {
    zone.from_utc_datetime(&at)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// The share of members a brand hopes will take part, in per cent (1–100).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParticipationTarget(i32);

impl ParticipationTarget {
    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim().trim_end_matches('%').trim().parse::<i32>() {
            Ok(n) if (1..=100).contains(&n) => Ok(ParticipationTarget(n)),
            _ => Err("Give the target as a whole per cent from 1 to 100, for example 75.".into()),
        }
    }

    pub fn get(self) -> i32 {
        self.0
    }
}

/// A task as staff set it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskSpec {
    pub kind: TaskKind,
    pub prompt: String,
    /// Poll options, or the cards to rank or rate.
    pub options: Vec<String>,
    pub allow_other: bool,
    /// For a photo task: at most this many (1–6).
    pub max_photos: i32,
    pub product: Option<ProductId>,
    /// For a product test: due this many days after the member received it.
    pub days_after_receipt: i32,
}

/// The most cards a ranking or a rating holds.
pub const MAX_CARDS: usize = 8;

/// The most tasks one activity holds.
pub const MAX_TASKS: usize = 10;
/// The most photos one photo task takes, as for a post.
pub const MAX_PHOTOS: i32 = 6;

/// What the task form sends.
pub struct TaskForm<'a> {
    pub kind: &'a str,
    pub prompt: &'a str,
    pub options: &'a str,
    pub allow_other: bool,
    pub max_photos: &'a str,
    pub product: Option<ProductId>,
    pub days_after_receipt: &'a str,
}

impl TaskSpec {
    /// The task form, checked; each field's problem, named by the field.
    pub fn parse(form: &TaskForm<'_>) -> Result<Self, Vec<(&'static str, String)>> {
        let mut problems = Vec::new();
        let kind = TaskKind::parse(form.kind);
        if kind.is_none() {
            problems.push(("kind", "Choose what the task asks for.".to_string()));
        }
        let prompt = BoundedText::parse(form.prompt, "the question", 1, 500)
            .map_err(|e| problems.push(("prompt", e)))
            .ok();
        let mut options = Vec::new();
        let mut max_photos = 0;
        let mut days_after_receipt = 0;
        match kind.and_then(|k| k.option_bounds().map(|b| (k, b))) {
            Some((_, (min, max, what))) => {
                for line in form
                    .options
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                {
                    match BoundedText::parse(line, "an option", 1, 120) {
                        Ok(option) if options.contains(&option.as_str().to_string()) => {
                            problems.push(("options", format!("“{line}” is listed twice.")));
                        }
                        Ok(option) => options.push(option.into_inner()),
                        Err(e) => problems.push(("options", e)),
                    }
                }
                if !(min..=max).contains(&options.len()) {
                    problems.push((
                        "options",
                        format!(
                            "List {min} to {max} {what}, one per line (there are {}).",
                            options.len()
                        ),
                    ));
                }
            }
            None if !form.options.trim().is_empty() && kind.is_some() => {
                problems.push((
                    "options",
                    "Only polls, rankings and ratings list options; leave this empty.".into(),
                ));
            }
            None => {}
        }
        if kind == Some(TaskKind::Photo) {
            match form.max_photos.trim().parse::<i32>() {
                Ok(n) if (1..=MAX_PHOTOS).contains(&n) => max_photos = n,
                _ => problems.push(("max_photos", format!("Allow 1 to {MAX_PHOTOS} photos."))),
            }
        }
        if kind == Some(TaskKind::ProductTest) {
            max_photos = PRODUCT_TEST_PHOTOS;
            if form.product.is_none() {
                problems.push(("product", "Choose the product being tested.".into()));
            }
            match form.days_after_receipt.trim().parse::<i32>() {
                Ok(n) if (1..=60).contains(&n) => days_after_receipt = n,
                _ => problems.push((
                    "days_after_receipt",
                    "Give the days members have after it arrives, 1 to 60.".into(),
                )),
            }
        }
        match (kind, prompt) {
            (Some(kind), Some(prompt)) if problems.is_empty() => Ok(TaskSpec {
                kind,
                prompt: prompt.into_inner(),
                allow_other: form.allow_other && kind.is_poll(),
                options,
                max_photos,
                product: form.product.filter(|_| kind == TaskKind::ProductTest),
                days_after_receipt,
            }),
            _ => Err(problems),
        }
    }

    pub fn stored_options(&self) -> String {
        self.options.join("\n")
    }
}

/// One member's answer to one task, as stored (JSON) and counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Answer {
    Text {
        text: String,
    },
    /// The photos themselves are stored beside the response.
    Photo {
        photos: usize,
    },
    Choice {
        /// The options chosen, by position.
        chosen: Vec<usize>,
        /// What the member wrote under "Other".
        other: Option<String>,
    },
    /// Cards by position, top first.
    Rank {
        order: Vec<usize>,
    },
    /// Stars (1–5) per card, in the cards' order.
    Rate {
        stars: Vec<u8>,
    },
    /// A review of the product tested, with photos stored beside the
    /// response (none to three).
    ProductTest {
        stars: u8,
        text: String,
        #[serde(default)]
        photos: usize,
    },
    /// A product test for a member who has not received its product: not
    /// theirs to answer, and counted nowhere.
    NotAsked,
}

/// The most photos a product test takes.
pub const PRODUCT_TEST_PHOTOS: i32 = 3;

/// The "other" answer of a poll counts in the slot after its options.
pub fn other_slot(spec: &TaskSpec) -> usize {
    spec.options.len()
}

/// What is wrong with a task's answer, worded in the member's language by
/// its message (`key`, with `number` where it has one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerProblem {
    /// The text is missing, too long, or holds characters that cannot be shown.
    Text,
    NoPhoto,
    TooManyPhotos {
        max: i32,
    },
    ChooseOne,
    ChooseSome,
    /// "Other" was chosen without saying what, or at too great a length.
    Other,
    /// Two cards were given this place.
    SamePlace {
        place: usize,
    },
    /// A card has no place among 1 to `cards`.
    EveryPlace {
        cards: usize,
    },
    EveryCardStars,
    ProductStars,
    Review,
}

impl AnswerProblem {
    pub fn key(self) -> &'static str {
        match self {
            AnswerProblem::Text => "answer-error-text",
            AnswerProblem::NoPhoto => "answer-error-no-photo",
            AnswerProblem::TooManyPhotos { .. } => "answer-error-too-many-photos",
            AnswerProblem::ChooseOne => "answer-error-choose-one",
            AnswerProblem::ChooseSome => "answer-error-choose-some",
            AnswerProblem::Other => "answer-error-other",
            AnswerProblem::SamePlace { .. } => "answer-error-same-place",
            AnswerProblem::EveryPlace { .. } => "answer-error-every-place",
            AnswerProblem::EveryCardStars => "answer-error-every-card",
            AnswerProblem::ProductStars => "answer-error-product-stars",
            AnswerProblem::Review => "answer-error-review",
        }
    }

    /// The number the message names, with its argument's name.
    pub fn number(self) -> Option<(&'static str, i64)> {
        let number = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        match self {
            AnswerProblem::TooManyPhotos { max } => Some(("max", i64::from(max))),
            AnswerProblem::SamePlace { place } => Some(("n", number(place))),
            AnswerProblem::EveryPlace { cards } => Some(("count", number(cards))),
            _ => None,
        }
    }
}

impl Answer {
    /// The answer in words, by the task's options and cards: what a member's
    /// copy of their data shows.
    pub fn describe(&self, spec: &TaskSpec) -> String {
        let name = |n: &usize| spec.options.get(*n).cloned().unwrap_or_default();
        let photos = |n: usize| match n {
            0 => String::new(),
            1 => "1 photo".to_string(),
            n => format!("{n} photos"),
        };
        match self {
            Answer::Text { text } => text.clone(),
            Answer::Photo { photos: n } => photos(*n),
            Answer::Choice { chosen, other } => {
                let mut picked: Vec<String> = chosen
                    .iter()
                    .filter(|n| **n < spec.options.len())
                    .map(name)
                    .collect();
                if let Some(other) = other {
                    picked.push(format!("Other: {other}"));
                }
                picked.join("; ")
            }
            Answer::Rank { order } => order
                .iter()
                .enumerate()
                .map(|(place, n)| format!("{}. {}", place + 1, name(n)))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::Rate { stars } => stars
                .iter()
                .enumerate()
                .map(|(n, s)| format!("{}: {s} of 5 stars", name(&n)))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::ProductTest {
                stars,
                text,
                photos: n,
            } => {
                let mut said = format!("{stars} of 5 stars: {text}");
                if *n > 0 {
                    said.push_str(&format!(" ({})", photos(*n)));
                }
                said
            }
            Answer::NotAsked => "Not asked: the product was not sent to you.".into(),
        }
    }

    /// A task's answer from the form's fields (`field` reads one by name,
    /// empty when missing), named `task-{n}…`; `photos` is how many photos
    /// the answer holds. A problem is a message for the task.
    pub fn parse(
        spec: &TaskSpec,
        n: usize,
        field: &dyn Fn(&str) -> String,
        photos: usize,
    ) -> Result<Self, AnswerProblem> {
        let base = format!("task-{n}");
        let too_many_photos = AnswerProblem::TooManyPhotos {
            max: spec.max_photos,
        };
        match spec.kind {
            TaskKind::Text => {
                let text = BoundedText::parse(&field(&base), "your answer", 1, 4000)
                    .map_err(|_| AnswerProblem::Text)?;
                Ok(Answer::Text {
                    text: text.into_inner(),
                })
            }
            TaskKind::Photo => {
                if photos == 0 {
                    Err(AnswerProblem::NoPhoto)
                } else if photos > spec.max_photos as usize {
                    Err(too_many_photos)
                } else {
                    Ok(Answer::Photo { photos })
                }
            }
            TaskKind::SingleChoice | TaskKind::MultipleChoice => {
                let other_slot = other_slot(spec);
                let chosen: Vec<usize> = if spec.kind == TaskKind::SingleChoice {
                    field(&base)
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .into_iter()
                        .collect()
                } else {
                    (0..=other_slot)
                        .filter(|i| !field(&format!("{base}-option-{i}")).is_empty())
                        .collect()
                };
                let valid = |i: &usize| *i < other_slot || (spec.allow_other && *i == other_slot);
                if chosen.is_empty() || !chosen.iter().all(valid) {
                    return Err(if spec.kind == TaskKind::SingleChoice {
                        AnswerProblem::ChooseOne
                    } else {
                        AnswerProblem::ChooseSome
                    });
                }
                let other = if chosen.contains(&other_slot) {
                    let text = BoundedText::parse(
                        &field(&format!("{base}-other")),
                        "what “Other” is",
                        1,
                        200,
                    )
                    .map_err(|_| AnswerProblem::Other)?;
                    Some(text.into_inner())
                } else {
                    None
                };
                Ok(Answer::Choice { chosen, other })
            }
            TaskKind::Rank => {
                let cards = spec.options.len();
                let mut order = vec![usize::MAX; cards];
                for card in 0..cards {
                    let place = field(&format!("{base}-card-{card}"))
                        .trim()
                        .parse::<usize>();
                    match place {
                        Ok(p) if (1..=cards).contains(&p) && order[p - 1] == usize::MAX => {
                            order[p - 1] = card;
                        }
                        Ok(place) if (1..=cards).contains(&place) => {
                            return Err(AnswerProblem::SamePlace { place });
                        }
                        _ => return Err(AnswerProblem::EveryPlace { cards }),
                    }
                }
                Ok(Answer::Rank { order })
            }
            TaskKind::Rate => {
                let stars = (0..spec.options.len())
                    .map(|card| match field(&format!("{base}-card-{card}")).trim() {
                        "1" => Ok(1),
                        "2" => Ok(2),
                        "3" => Ok(3),
                        "4" => Ok(4),
                        "5" => Ok(5),
                        _ => Err(AnswerProblem::EveryCardStars),
                    })
                    .collect::<Result<Vec<u8>, AnswerProblem>>()?;
                Ok(Answer::Rate { stars })
            }
            TaskKind::ProductTest => {
                let stars = match field(&format!("{base}-stars")).trim() {
                    "1" => 1,
                    "2" => 2,
                    "3" => 3,
                    "4" => 4,
                    "5" => 5,
                    _ => return Err(AnswerProblem::ProductStars),
                };
                let text = BoundedText::parse(&field(&base), "your review", 1, 4000)
                    .map_err(|_| AnswerProblem::Review)?;
                if photos > spec.max_photos as usize {
                    return Err(too_many_photos);
                }
                Ok(Answer::ProductTest {
                    stars,
                    text: text.into_inner(),
                    photos,
                })
            }
        }
    }

    /// The text the answer says, to score and search for themes.
    pub fn text(&self) -> Option<&str> {
        match self {
            Answer::Text { text } | Answer::ProductTest { text, .. } => Some(text),
            Answer::Choice { other, .. } => other.as_deref(),
            _ => None,
        }
    }

    /// What the answer adds to its task's aggregates: (slot, value, total)
    /// per count. Slot −1 counts the answer itself; a poll counts each chosen
    /// option; a ranking each card at its place; a rating each card's stars;
    /// a text's sentiment (when scored) counts in slot −2 with its score.
    pub fn tallies(&self, sentiment: Option<f64>) -> Vec<(i32, i32, f64)> {
        if *self == Answer::NotAsked {
            return Vec::new();
        }
        let mut out = vec![(-1, 0, 0.0)];
        let slot = |i: usize| i32::try_from(i).unwrap_or(i32::MAX);
        match self {
            Answer::Text { .. } | Answer::Photo { .. } => {}
            Answer::Choice { chosen, .. } => out.extend(chosen.iter().map(|i| (slot(*i), 0, 0.0))),
            Answer::Rank { order } => out.extend(
                order
                    .iter()
                    .enumerate()
                    .map(|(place, card)| (slot(*card), slot(place + 1), 0.0)),
            ),
            Answer::Rate { stars } => out.extend(
                stars
                    .iter()
                    .enumerate()
                    .map(|(card, s)| (slot(card), i32::from(*s), 0.0)),
            ),
            Answer::ProductTest { stars, .. } => out.push((0, i32::from(*stars), 0.0)),
            Answer::NotAsked => {}
        }
        if let Some(score) = sentiment {
            out.push((-2, 0, score));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn spec(kind: TaskKind, options: &[&str], allow_other: bool) -> TaskSpec {
        TaskSpec {
            kind,
            prompt: "Which?".into(),
            options: options.iter().map(|o| o.to_string()).collect(),
            allow_other,
            max_photos: 3,
            product: None,
            days_after_receipt: 0,
        }
    }

    fn answer(spec: &TaskSpec, fields: &[(&str, &str)]) -> Result<Answer, AnswerProblem> {
        let map: HashMap<String, String> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Answer::parse(
            spec,
            0,
            &|name| map.get(name).cloned().unwrap_or_default(),
            0,
        )
    }

    #[test]
    fn a_ranking_gives_every_card_its_own_place() {
        let rank = spec(TaskKind::Rank, &["A", "B", "C"], false);
        assert_eq!(
            answer(
                &rank,
                &[
                    ("task-0-card-0", "2"),
                    ("task-0-card-1", "3"),
                    ("task-0-card-2", "1")
                ]
            ),
            Ok(Answer::Rank {
                order: vec![2, 0, 1]
            })
        );
        assert!(
            answer(
                &rank,
                &[
                    ("task-0-card-0", "1"),
                    ("task-0-card-1", "1"),
                    ("task-0-card-2", "2")
                ]
            )
            .is_err_and(|problem| problem == AnswerProblem::SamePlace { place: 1 })
        );
        assert!(answer(&rank, &[("task-0-card-0", "1"), ("task-0-card-1", "2")]).is_err());
        assert!(
            answer(
                &rank,
                &[
                    ("task-0-card-0", "1"),
                    ("task-0-card-1", "2"),
                    ("task-0-card-2", "4")
                ]
            )
            .is_err()
        );
    }

    #[test]
    fn a_poll_takes_only_its_options_and_other_when_offered() {
        let poll = spec(TaskKind::SingleChoice, &["Yes", "No"], false);
        assert_eq!(
            answer(&poll, &[("task-0", "1")]),
            Ok(Answer::Choice {
                chosen: vec![1],
                other: None
            })
        );
        assert!(answer(&poll, &[("task-0", "2")]).is_err());
        assert!(answer(&poll, &[]).is_err());
        let open = spec(TaskKind::MultipleChoice, &["Yes", "No"], true);
        assert_eq!(
            answer(
                &open,
                &[
                    ("task-0-option-0", "on"),
                    ("task-0-option-2", "on"),
                    ("task-0-other", " Maybe ")
                ]
            ),
            Ok(Answer::Choice {
                chosen: vec![0, 2],
                other: Some("Maybe".into())
            })
        );
        assert!(
            answer(&open, &[("task-0-option-2", "on")])
                .is_err_and(|problem| problem == AnswerProblem::Other)
        );
    }

    #[test]
    fn tallies_count_the_answer_and_each_choice() {
        let ranked = Answer::Rank {
            order: vec![2, 0, 1],
        };
        assert_eq!(
            ranked.tallies(None),
            vec![(-1, 0, 0.0), (2, 1, 0.0), (0, 2, 0.0), (1, 3, 0.0)]
        );
        let text = Answer::Text {
            text: "great".into(),
        };
        assert_eq!(text.tallies(Some(0.6)), vec![(-1, 0, 0.0), (-2, 0, 0.6)]);
    }

    #[test]
    fn a_schedule_takes_changes_until_due_and_first_answers_until_close() {
        let at = |h: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
                .and_then(|d| d.and_hms_opt(h, 0, 0))
                .unwrap()
        };
        let schedule = Schedule {
            starts_at: at(8),
            due_at: at(12),
            closes_at: Some(at(18)),
        };
        assert!(!schedule.takes_answer(at(7), false));
        assert!(schedule.takes_answer(at(9), true));
        assert!(schedule.takes_answer(at(13), false));
        assert!(!schedule.takes_answer(at(13), true));
        assert!(!schedule.takes_answer(at(18), false));
        assert!(
            Schedule::parse("2026-12-01T10:00", "2026-12-01T09:00", "", chrono_tz::UTC).is_err()
        );
        let paris = Schedule::parse(
            "2026-12-01T10:00",
            "2026-12-02 10:00",
            "",
            chrono_tz::Europe::Paris,
        )
        .unwrap();
        assert_eq!(paris.starts_at, at(9));
    }

    #[test]
    fn a_task_lists_as_many_options_as_its_kind_takes() {
        let form = |kind, options| TaskForm {
            kind,
            prompt: "Pick",
            options,
            allow_other: true,
            max_photos: "",
            product: None,
            days_after_receipt: "",
        };
        assert!(TaskSpec::parse(&form("single", "Only one")).is_err());
        assert!(TaskSpec::parse(&form("rank", "A\nB\nC\nD\nE\nF\nG\nH\nI")).is_err());
        assert!(TaskSpec::parse(&form("single", "A\nA")).is_err());
        let rate = TaskSpec::parse(&form("rate", "Concept 1")).unwrap();
        assert!(!rate.allow_other);
        assert!(TaskSpec::parse(&form("text", "stray")).is_err());
        assert!(TaskSpec::parse(&form("photo", "")).is_err());
        assert!(TaskSpec::parse(&form("product_test", "")).is_err());
    }
}
