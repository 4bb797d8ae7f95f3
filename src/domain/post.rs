//! The rules of a post that hold wherever it is read or counted.

use crate::sentiment::Label;

/// What a post says, as scored and searched for themes: a review's title is
/// part of it.
pub fn said(title: Option<&str>, body: &str) -> String {
    match title {
        Some(title) => format!("{title}. {body}"),
        None => body.to_string(),
    }
}

/// The label that counts: a manager's correction, else the scorer's.
pub fn effective_label(correction: Option<&str>, scored: &str) -> Label {
    correction
        .or(Some(scored))
        .and_then(Label::parse)
        .unwrap_or(Label::Unscored)
}
