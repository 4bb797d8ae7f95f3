//! Who a staff account is and what it may see.

use crate::domain::{BrandId, UserId};

/// What a staff account is, as stored; a manager's brand is kept beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffRole {
    Admin,
    Manager,
    Observer,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Admin => "admin",
            StaffRole::Manager => "manager",
            StaffRole::Observer => "observer",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "admin" => Some(StaffRole::Admin),
            "manager" => Some(StaffRole::Manager),
            "observer" => Some(StaffRole::Observer),
            _ => None,
        }
    }
}

/// What a signed-in account may do: everything, one brand's work, or read one
/// brand's released figures (`docs/PRIVACY.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Admin,
    Manager { brand_id: BrandId },
    Observer { brand_id: BrandId },
}

/// A signed-in staff account that may still sign in.
#[derive(Debug, Clone)]
pub struct Staff {
    pub id: UserId,
    pub email: String,
    pub role: Role,
    /// The zone this person reads times in.
    pub time_zone: chrono_tz::Tz,
    /// Signed in with a generated password: their own must be chosen first.
    pub must_change_password: bool,
    /// Signs in with a code from an authenticator app after the password.
    pub two_step: bool,
}

impl Staff {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Observers read released figures only: never the feed, the members or
    /// anything that names a member.
    pub fn is_observer(&self) -> bool {
        matches!(self.role, Role::Observer { .. })
    }

    /// Admins see every brand; managers and observers only their own.
    pub fn may_see_brand(&self, brand_id: BrandId) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Manager { brand_id: own } | Role::Observer { brand_id: own } => own == brand_id,
        }
    }

    /// Where this person's pages start.
    pub fn home(&self) -> String {
        match self.role {
            Role::Admin => "/admin".into(),
            Role::Manager { brand_id } => format!("/brands/{brand_id}"),
            Role::Observer { brand_id } => format!("/brands/{brand_id}/releases"),
        }
    }
}
