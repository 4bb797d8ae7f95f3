//! Posts and reviews: writing, editing, deleting one's own; hiding by managers.

use chrono::NaiveDate;

use crate::db::models::members::Member;
use crate::db::models::posts::{self, PostContent};
use crate::db::{DbConn, write_tx};
use crate::domain::{AgeBand, BirthMonth, BoundedText, Rating};
use crate::error::AppError;
use crate::services::{FieldErrors, now};

/// A post or review, validated.
pub struct ContentInput {
    pub review: Option<ReviewParts>,
    pub body: String,
}

pub struct ReviewParts {
    pub product: String,
    pub rating: Rating,
    pub title: String,
}

impl ContentInput {
    /// Parses the post form; a review needs a product, stars and a title.
    pub fn parse(
        kind: &str,
        product: &str,
        rating: &str,
        title: &str,
        body: &str,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let body = errors.check("body", BoundedText::parse(body, "your text", 1, 5000));
        let review = if kind == posts::KIND_REVIEW {
            let product = errors.check(
                "product",
                BoundedText::parse(product, "the product", 1, 120),
            );
            let rating = errors.check("rating", Rating::parse(rating));
            let title = errors.check("title", BoundedText::parse(title, "a title", 1, 120));
            match (product, rating, title) {
                (Some(p), Some(r), Some(t)) => Some(ReviewParts {
                    product: p.into_inner(),
                    rating: r,
                    title: t.into_inner(),
                }),
                _ => None,
            }
        } else if kind == posts::KIND_POST {
            None
        } else {
            errors.add("kind", "Choose a post or a review.");
            None
        };
        match body {
            Some(body) if errors.is_empty() => Ok(ContentInput {
                review,
                body: body.into_inner(),
            }),
            _ => Err(errors),
        }
    }

    fn as_content(&self) -> PostContent<'_> {
        match &self.review {
            Some(r) => PostContent {
                kind: posts::KIND_REVIEW,
                product: Some(&r.product),
                rating: Some(r.rating.stars()),
                title: Some(&r.title),
                body: &self.body,
            },
            None => PostContent {
                kind: posts::KIND_POST,
                product: None,
                rating: None,
                title: None,
                body: &self.body,
            },
        }
    }
}

/// The age band a member is in on a given day.
pub fn age_band_of(member: &Member, day: NaiveDate) -> AgeBand {
    let birth = BirthMonth {
        year: member.birth_year,
        month: member.birth_month.clamp(1, 12) as u32,
    };
    AgeBand::of_age(birth.age_on(day))
}

pub fn create(conn: &mut DbConn, member: &Member, input: &ContentInput) -> Result<i64, AppError> {
    write_tx(conn, |conn| {
        let current = now();
        let band = age_band_of(member, current.date());
        Ok(posts::insert(
            conn,
            posts::NewPost {
                cohort_id: member.cohort_id,
                member_id: member.id,
                content: input.as_content(),
                city: &member.city,
                age_band: band.label(),
            },
            current,
        )?)
    })
}

pub fn edit(
    conn: &mut DbConn,
    member: &Member,
    post_id: i64,
    input: &ContentInput,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        match posts::update_own(conn, post_id, member.id, input.as_content(), now())? {
            0 => Err(AppError::NotFound),
            _ => Ok(()),
        }
    })
}

pub fn delete(conn: &mut DbConn, member: &Member, post_id: i64) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        match posts::delete_own(conn, post_id, member.id)? {
            0 => Err(AppError::NotFound),
            _ => Ok(()),
        }
    })
}

pub fn set_hidden(
    conn: &mut DbConn,
    cohort_id: i64,
    post_id: i64,
    hidden: Option<(&str, i64)>,
) -> Result<(), AppError> {
    write_tx(conn, |conn| {
        match posts::set_hidden(conn, post_id, cohort_id, hidden, now())? {
            0 => Err(AppError::NotFound),
            _ => Ok(()),
        }
    })
}
