//! Who a staff account is and what it may see.

use crate::domain::{BrandId, UserId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Admin,
    Manager { brand_id: BrandId },
}

/// A signed-in staff account that may still sign in.
#[derive(Debug, Clone)]
pub struct Staff {
    pub id: UserId,
    pub email: String,
    pub role: Role,
    /// The zone this person reads times in.
    pub time_zone: chrono_tz::Tz,
}

impl Staff {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Admins see every brand; a manager only their own.
    pub fn may_see_brand(&self, brand_id: BrandId) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Manager { brand_id: own } => own == brand_id,
        }
    }

    /// Where this person's pages start.
    pub fn home(&self) -> String {
        match self.role {
            Role::Admin => "/admin".into(),
            Role::Manager { brand_id } => format!("/brands/{brand_id}"),
        }
    }
}
