//! Validated domain types: input is parsed into these at the edge, and each
//! parse failure is a message in plain words, ready to show next to the field.

pub mod activity;
mod age;
mod cohort;
mod email;
mod ids;
pub mod look;
mod mail;
pub mod personal;
pub mod post;
pub mod privacy;
pub mod share;
mod staff;
mod text;

pub use age::{AgeBand, BirthError, BirthMonth, Country, age_in_months};
pub use cohort::{Capacity, CityList, CohortStatus, parse_segment};
pub use email::Email;
pub use ids::{
    ActivityId, BrandId, CohortId, DropId, InviteId, MailId, MemberId, PhotoId, PostId, ProductId,
    ShareLinkId, TaskId, UserId,
};
pub use mail::MailStatus;
pub use personal::{PersonalDetail, mask_personal, personal_details};
pub use post::{PostKind, ReportReason};
pub use privacy::EpsilonPerMonth;
pub use staff::{Role, Staff, StaffRole};
pub use text::{BoundedText, ProductName, Rating, SearchTerms, excerpt};
