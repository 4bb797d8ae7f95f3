//! The counters every aggregate of posts keeps: one post's contribution, a
//! member's weekly row, a cell's figures and a brand's totals are all `Counts`,
//! added and taken away the same way.

use std::iter::Sum;
use std::ops::{AddAssign, Neg};

use crate::sentiment::Label;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub posts: i64,
    pub scored: i64,
    pub score_sum: f64,
    pub positive: i64,
    pub neutral: i64,
    pub negative: i64,
    pub unscored: i64,
    pub ratings: i64,
    pub rating_sum: i64,
    /// How many ratings of 1 to 5 stars.
    pub rated: [i64; 5],
}

impl Counts {
    /// What one post adds: its label, its sentiment score and its star rating.
    pub fn of_post(label: Label, score: Option<f64>, rating: Option<i32>) -> Self {
        Counts {
            posts: 1,
            scored: i64::from(score.is_some()),
            score_sum: score.unwrap_or(0.0),
            positive: i64::from(label == Label::Positive),
            neutral: i64::from(label == Label::Neutral),
            negative: i64::from(label == Label::Negative),
            unscored: i64::from(label == Label::Unscored),
            ratings: i64::from(rating.is_some()),
            rating_sum: rating.map_or(0, i64::from),
            rated: std::array::from_fn(|i| i64::from(rating == Some(i as i32 + 1))),
        }
    }

    pub fn mean_score(&self) -> Option<f64> {
        (self.scored > 0).then(|| self.score_sum / self.scored as f64)
    }

    pub fn mean_rating(&self) -> Option<f64> {
        (self.ratings > 0).then(|| self.rating_sum as f64 / self.ratings as f64)
    }

    /// Shares of positive, neutral and negative among labelled posts.
    pub fn shares(&self) -> Option<(f64, f64, f64)> {
        let labelled = self.positive + self.neutral + self.negative;
        (labelled > 0).then(|| {
            let total = labelled as f64;
            (
                self.positive as f64 / total,
                self.neutral as f64 / total,
                self.negative as f64 / total,
            )
        })
    }
}

impl AddAssign<&Counts> for Counts {
    fn add_assign(&mut self, other: &Counts) {
        self.posts += other.posts;
        self.scored += other.scored;
        self.score_sum += other.score_sum;
        self.positive += other.positive;
        self.neutral += other.neutral;
        self.negative += other.negative;
        self.unscored += other.unscored;
        self.ratings += other.ratings;
        self.rating_sum += other.rating_sum;
        for (mine, theirs) in self.rated.iter_mut().zip(other.rated) {
            *mine += theirs;
        }
    }
}

impl Neg for Counts {
    type Output = Counts;

    fn neg(self) -> Counts {
        Counts {
            posts: -self.posts,
            scored: -self.scored,
            score_sum: -self.score_sum,
            positive: -self.positive,
            neutral: -self.neutral,
            negative: -self.negative,
            unscored: -self.unscored,
            ratings: -self.ratings,
            rating_sum: -self.rating_sum,
            rated: self.rated.map(|n| -n),
        }
    }
}

impl<'a> Sum<&'a Counts> for Counts {
    fn sum<I: Iterator<Item = &'a Counts>>(counts: I) -> Counts {
        let mut total = Counts::default();
        for c in counts {
            total += c;
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_and_its_negation_cancel_out() {
        let review = Counts::of_post(Label::Positive, Some(0.6), Some(4));
        assert_eq!(review.rated, [0, 0, 0, 1, 0]);
        assert_eq!(
            (review.positive, review.ratings, review.rating_sum),
            (1, 1, 4)
        );
        let mut total = review;
        total += &Counts::of_post(Label::Unscored, None, None);
        assert_eq!((total.posts, total.scored, total.unscored), (2, 1, 1));
        total += &-review;
        assert_eq!(total, Counts::of_post(Label::Unscored, None, None));
        assert_eq!(total.mean_score(), None);
        assert_eq!(review.mean_rating(), Some(4.0));
        let summed: Counts = [review, review].iter().sum();
        assert_eq!(summed.shares(), Some((1.0, 0.0, 0.0)));
    }
}
