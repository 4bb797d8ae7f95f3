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

/// A post is a plain post or a review of a product (with its rating and title).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PostKind {
    Post,
    Review,
}

impl PostKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PostKind::Post => "post",
            PostKind::Review => "review",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "post" => Some(PostKind::Post),
            "review" => Some(PostKind::Review),
            _ => None,
        }
    }
}

/// The label that counts: a manager's correction, else the scorer's.
pub fn effective_label(correction: Option<Label>, scored: Label) -> Label {
    correction.unwrap_or(scored)
}

/// Why a member reports a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ReportReason {
    Bullying,
    PersonalDetails,
    Inappropriate,
    Spam,
    Other,
}

impl ReportReason {
    pub const ALL: [ReportReason; 5] = [
        ReportReason::Bullying,
        ReportReason::PersonalDetails,
        ReportReason::Inappropriate,
        ReportReason::Spam,
        ReportReason::Other,
    ];

    /// As stored and sent by the form.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportReason::Bullying => "bullying",
            ReportReason::PersonalDetails => "personal details",
            ReportReason::Inappropriate => "inappropriate",
            ReportReason::Spam => "spam",
            ReportReason::Other => "other",
        }
    }

    /// In plain words, for members and staff.
    pub fn label(self) -> &'static str {
        match self {
            ReportReason::Bullying => "It is unkind or bullying",
            ReportReason::PersonalDetails => "It gives away personal details",
            ReportReason::Inappropriate => "It is not right for this group",
            ReportReason::Spam => "It is spam or an advert",
            ReportReason::Other => "Something else is wrong",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == raw)
    }
}
