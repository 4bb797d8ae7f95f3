//! Product seeding: staff record which members were sent which product of the
//! brand's catalogue; each member confirms with one tap that it arrived, and
//! may then review it, even while it is under embargo for everyone else. The
//! report follows each product from sent to received to reviewed.

use std::collections::HashSet;

use crate::db::models::products::{self as product_rows};
use crate::db::models::seedings;
use crate::db::models::{Page, audit, members, posts};
use crate::domain::{AgeBand, BirthMonth, MemberId, ProductId, ProductName, Staff};
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
    /// The sentiment of the product's reviews by members sent it, and by the
    /// rest of the cohort.
    pub seeded: Mean,
    pub rest: Mean,
}

/// A mean of sentiment scores, and of how many.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Mean {
    pub count: i64,
    pub sum: f64,
}

impl Mean {
    fn add(&mut self, score: f64) {
        self.count += 1;
        self.sum += score;
    }

    pub fn value(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum / self.count as f64)
    }
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
        let reviews: Vec<(MemberId, ProductId, Option<f64>)> =
            posts::product_reviews_in_cohort(conn, cohort_id)?
                .into_iter()
                .filter_map(|(member, product, score)| product.map(|p| (member, p, score)))
                .collect();
        let reviewed: HashSet<(MemberId, ProductId)> =
            reviews.iter().map(|(m, p, _)| (*m, *p)).collect();
        let sendings = seedings::of_cohort(conn, cohort_id)?;
        let sent: HashSet<(MemberId, ProductId)> = sendings
            .iter()
            .map(|s| (s.member_id, s.product_id))
            .collect();
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
                // The sentiment of its reviews by members sent it, beside the rest's.
                let (seeded, rest) = reviews
                    .iter()
                    .filter(|(_, p, _)| *p == product.id)
                    .filter_map(|(m, _, score)| {
                        score.map(|s| (sent.contains(&(*m, product.id)), s))
                    })
                    .fold(
                        (Mean::default(), Mean::default()),
                        |(mut seeded, mut rest), (was_sent, score)| {
                            if was_sent {
                                seeded.add(score);
                            } else {
                                rest.add(score);
                            }
                            (seeded, rest)
                        },
                    );
                (!members.is_empty()).then(|| ProductSeeding {
                    seeded,
                    rest,
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
    crate::services::cohorts::refuse_staff_if_closed(cohort, "sending products")?;
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

/// The most lines an import takes (a cohort holds 250 members; a few products each).
const MAX_IMPORT_LINES: usize = 2_000;

/// Records sendings from a CSV of `member,product` lines (a header line is
/// skipped): a member by display name or email address, a product by its name
/// in the catalogue. Nothing is recorded unless every line is understood;
/// otherwise each problem is given with its line. How many were recorded
/// (members sent a product before are left as they were).
pub async fn import(
    db: &Db,
    staff: &Staff,
    cohort: &Cohort,
    csv_bytes: Vec<u8>,
) -> Result<Result<usize, Vec<String>>, AppError> {
    let (cohort_id, brand_id, actor) = (cohort.id, cohort.brand_id, staff.clone());
    db.write(move |conn| {
        let catalogue = product_rows::of_brand(conn, brand_id)?;
        // A cohort holds at most 250 members: one page holds them all.
        let roster = members::list_for_cohort(conn, cohort_id, Page::new(1, 250))?;
        let mut problems = Vec::new();
        let mut wanted: Vec<(ProductId, MemberId)> = Vec::new();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(csv_bytes.as_slice());
        for (index, record) in reader.records().enumerate() {
            let line = index + 1;
            if line > MAX_IMPORT_LINES {
                problems.push(format!("The file has more than {MAX_IMPORT_LINES} lines; split it."));
                break;
            }
            let Ok(record) = record else {
                problems.push(format!("Line {line} cannot be read as CSV (is the file saved as CSV, UTF-8?)."));
                continue;
            };
            let (who, what) = (record.get(0).unwrap_or_default(), record.get(1).unwrap_or_default());
            if line == 1 && who.eq_ignore_ascii_case("member") {
                continue;
            }
            if who.is_empty() && what.is_empty() {
                continue;
            }
            let found: Vec<MemberId> = roster
                .iter()
                .filter(|m| {
                    m.display_name.eq_ignore_ascii_case(who)
                        || m.email.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(who))
                })
                .map(|m| m.id)
                .collect();
            let member = match found.as_slice() {
                [one] => Some(*one),
                [] => {
                    problems.push(format!("Line {line}: no member of this cohort is called or has the address “{who}”."));
                    None
                }
                _ => {
                    problems.push(format!("Line {line}: several members are called “{who}”; give their email address instead."));
                    None
                }
            };
            let product = ProductName::parse(what).ok().and_then(|name| {
                catalogue
                    .iter()
                    .find(|p| p.name.to_lowercase() == name.key())
                    .map(|p| p.id)
            });
            if product.is_none() {
                problems.push(format!("Line {line}: “{what}” is not a product of the brand's catalogue."));
            }
            if let (Some(member), Some(product)) = (member, product) {
                wanted.push((product, member));
            }
        }
        if wanted.is_empty() && problems.is_empty() {
            problems.push("The file holds no lines of member and product.".into());
        }
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        let at = now();
        let mut recorded = 0;
        for product in catalogue.iter().map(|p| p.id) {
            let chosen: Vec<MemberId> = wanted
                .iter()
                .filter(|(p, _)| *p == product)
                .map(|(_, m)| *m)
                .collect();
            if !chosen.is_empty() {
                recorded += seedings::insert_many(conn, cohort_id, product, &chosen, actor.id, at)?;
            }
        }
        audit::insert(
            conn,
            audit::NewEntry {
                actor_id: Some(actor.id),
                actor: &actor.email,
                action: "import sendings",
                brand_id: Some(brand_id),
                subject: &format!("cohort {cohort_id}"),
                details: &format!("{} lines, {recorded} recorded", wanted.len()),
            },
            at,
        )?;
        Ok(Ok(recorded))
    })
    .await
}
