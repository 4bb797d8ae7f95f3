//! Product seeding: staff record which members were sent which product of the
//! brand's catalogue; each member confirms with one tap that it arrived, and
//! may then review it, even while it is under embargo for everyone else. The
//! report follows each product from sent to received to reviewed.

use std::collections::HashSet;

use crate::db::models::products::{self as product_rows};
use crate::db::models::seedings;
use crate::db::models::{Page, audit, members, posts};
use crate::domain::{AgeBand, BirthMonth, MemberId, ProductId, Staff};
use crate::error::AppError;
use crate::services::records::{Cohort, Member};
use crate::services::{Db, FieldErrors, now};

/// A member the staff may send a product to.
pub struct Recipient {
    pub id: MemberId,
    pub name: String,
    pub city: String,
    pub band: AgeBand,
}

/// One product's way from sent to reviewed, with who is where.
pub struct ProductSeeding {
    pub name: String,
    pub sent: usize,
    pub received: usize,
    pub reviewed: usize,
    /// Each member sent it: name, received, reviewed.
    pub members: Vec<(String, bool, bool)>,
}

pub struct Overview {
    pub products: Vec<(ProductId, String)>,
    pub recipients: Vec<Recipient>,
    pub report: Vec<ProductSeeding>,
}

/// What the seeding page shows: the catalogue, the cohort's members, and the
/// report of what was sent.
pub async fn overview(db: &Db, cohort: &Cohort) -> Result<Overview, AppError> {
    let (cohort_id, brand_id) = (cohort.id, cohort.brand_id);
    db.quick(move |conn| {
        let catalogue = product_rows::of_brand(conn, brand_id)?;
        let today = now().date();
        // A cohort holds at most 250 members: one page holds them all.
        let mut recipients: Vec<Recipient> =
            members::list_for_cohort(conn, cohort_id, Page::new(1, 250))?
                .into_iter()
                .map(|m| Recipient {
                    band: BirthMonth::stored(m.birth_year, m.birth_month).band_on(today),
                    id: m.id,
                    name: m.display_name,
                    city: m.city,
                })
                .collect();
        recipients.sort_by(|a, b| a.city.cmp(&b.city).then(a.name.cmp(&b.name)));
        let reviewed: HashSet<(MemberId, ProductId)> = posts::reviewers_in_cohort(conn, cohort_id)?
            .into_iter()
            .filter_map(|(member, product)| product.map(|p| (member, p)))
            .collect();
        let sendings = seedings::of_cohort(conn, cohort_id)?;
        let report = catalogue
            .iter()
            .filter_map(|product| {
                let members: Vec<(String, bool, bool)> = sendings
                    .iter()
                    .filter(|s| s.product_id == product.id)
                    .map(|s| {
                        (
                            s.member.clone(),
                            s.received_at.is_some(),
                            reviewed.contains(&(s.member_id, product.id)),
                        )
                    })
                    .collect();
                (!members.is_empty()).then(|| ProductSeeding {
                    name: product.name.clone(),
                    sent: members.len(),
                    received: members.iter().filter(|m| m.1).count(),
                    reviewed: members.iter().filter(|m| m.2).count(),
                    members,
                })
            })
            .collect();
        Ok(Overview {
            products: catalogue.into_iter().map(|p| (p.id, p.name)).collect(),
            recipients,
            report,
        })
    })
    .await
}

/// Records a product as sent to the chosen members of the cohort; a member
/// sent it before is left as they were. How many were recorded, or why not.
pub async fn send(
    db: &Db,
    staff: &Staff,
    cohort: &Cohort,
    product: &str,
    chosen: Vec<MemberId>,
) -> Result<Result<usize, FieldErrors>, AppError> {
    let (cohort_id, brand_id, actor) = (cohort.id, cohort.brand_id, staff.clone());
    let product = product.trim().parse::<ProductId>().ok();
    db.write(move |conn| {
        let mut errors = FieldErrors::default();
        let product = match product {
            Some(id) => product_rows::find_in_brand(conn, id, brand_id)?,
            None => None,
        };
        if product.is_none() {
            errors.add("product", "Choose the product that was sent.");
        }
        let in_cohort: HashSet<MemberId> = members::demographics(conn, cohort_id)?
            .into_iter()
            .map(|m| m.id)
            .collect();
        let chosen: Vec<MemberId> = chosen
            .into_iter()
            .filter(|m| in_cohort.contains(m))
            .collect();
        if chosen.is_empty() {
            errors.add("members", "Tick the members it was sent to.");
        }
        let Some(product) = product.filter(|_| errors.is_empty()) else {
            return Ok(Err(errors));
        };
        let at = now();
        let recorded = seedings::insert_many(conn, cohort_id, product.id, &chosen, actor.id, at)?;
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(actor.id),
                actor: &actor.email,
                action: "send product",
                brand_id: Some(brand_id),
                subject: &format!("product {} in cohort {cohort_id}", product.id),
                details: &format!("{}: {recorded} members", product.name),
            },
            at,
        )?;
        Ok(Ok(recorded))
    })
    .await
}

/// The member confirms a product arrived: the product it was, or not found
/// when it was not sent to them. Confirming twice changes nothing.
pub async fn confirm(db: &Db, member: &Member, id: i64) -> Result<String, AppError> {
    let member_id = member.id;
    db.write(move |conn| {
        let sent = seedings::of_member(conn, member_id)?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or(AppError::NotFound)?;
        seedings::confirm(conn, id, member_id, now())?;
        Ok(sent.product)
    })
    .await
}
