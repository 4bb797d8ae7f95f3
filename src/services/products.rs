//! A brand's product catalogue, kept by its staff: reviews pick a product from
//! it, so what is reviewed is named once ("Zoom" and "zoom" are one product)
//! and the summary works over as many products as staff keep, never over what
//! members type.

use std::collections::HashMap;
use std::sync::Arc;

use crate::db::models::brands::Brand;
use crate::db::models::products::{self as product_rows, Product, ProductFields};
use crate::db::models::seedings::Sent;
use crate::db::models::{audit, cohorts, post_stats, posts, seedings, term_stats};
use crate::domain::{BrandId, ProductId, ProductName, Staff};
use crate::error::AppError;
use crate::photos::Processed;
use crate::photos::store::PhotoStore;
use crate::services::access::CurrentMember;
use crate::services::photos as photo_service;
use crate::services::{Db, FieldErrors, now};
use crate::summary::memo::Memo;

/// The most products one brand keeps: the summary lists each of them.
pub const MAX_PER_BRAND: i64 = 100;

/// A product a member may review, as the review form offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reviewable {
    pub id: ProductId,
    pub name: String,
}

/// The products a member may review: the brand's released ones, and those
/// sent to them that they said arrived (under embargo or not), by name.
pub async fn reviewable(
    db: &Db,
    memo: &NamesMemo,
    current: &CurrentMember,
) -> Result<Vec<Reviewable>, AppError> {
    let catalogue = names(db, memo, &current.brand).await?;
    // As on the member's page, only a member sent a product pays for reading
    // what was sent (here a whole trip to the database).
    let sent = if current.sent_products {
        let member_id = current.member.id;
        db.quick(move |conn| Ok(seedings::of_member(conn, member_id)?))
            .await?
    } else {
        Vec::new()
    };
    Ok(offered_to(&catalogue, &sent))
}

/// What `reviewable` gives, from the brand's catalogue and what was `sent`.
pub(crate) fn offered_to(catalogue: &[Named], sent: &[Sent]) -> Vec<Reviewable> {
    let mut offered: Vec<Reviewable> = catalogue
        .iter()
        .filter(|p| p.released)
        .map(|p| Reviewable {
            id: p.id,
            name: p.name.clone(),
        })
        .collect();
    for item in sent {
        if item.received_at.is_some() && !offered.iter().any(|p| p.id == item.product_id) {
            offered.push(Reviewable {
                id: item.product_id,
                name: item.product.clone(),
            });
        }
    }
    offered.sort_by_key(|p| p.name.to_lowercase());
    offered
}

/// A product as the lists of a page name it.
pub struct Named {
    pub id: ProductId,
    pub name: String,
    pub released: bool,
}

/// A brand's catalogue in one state.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CatalogueKey {
    brand_id: BrandId,
    version: i64,
}

/// The brand's products by name, kept per state of its catalogue: the feed's
/// filter and every member's review form name them on each view.
pub type NamesMemo = Memo<CatalogueKey, Vec<Named>>;

/// How many brands' product names one instance keeps (100 names at most each).
pub const NAMES_KEPT: usize = 256;

/// The brand's products in name order, read once per state of its catalogue
/// (the version comes with the brand, read with every page's access).
pub async fn names(db: &Db, memo: &NamesMemo, brand: &Brand) -> Result<Arc<Vec<Named>>, AppError> {
    let brand_id = brand.id;
    let key = CatalogueKey {
        brand_id,
        version: brand.catalogue_version,
    };
    memo.get_or_work_out(&key, || {
        db.quick(move |conn| {
            Ok(product_rows::of_brand(conn, brand_id)?
                .into_iter()
                .map(|p| Named {
                    id: p.id,
                    name: p.name,
                    released: p.released,
                })
                .collect())
        })
    })
    .await
}

/// Puts released products of these names in a brand's catalogue (the demo's
/// and the generator's), giving back each as a review names it.
pub fn stock(
    conn: &mut crate::db::DbConn,
    brand_id: BrandId,
    names: &[&str],
) -> Result<Vec<Reviewable>, AppError> {
    let mut stocked = Vec::with_capacity(names.len());
    for raw in names {
        let name = ProductName::parse(raw).map_err(AppError::BadRequest)?;
        let fields = ProductFields {
            name: &name,
            note: "",
            released: true,
        };
        let id = product_rows::insert(conn, brand_id, fields, now())?
            .ok_or_else(|| AppError::Conflict(format!("{raw} is in the catalogue already")))?;
        stocked.push(Reviewable {
            id,
            name: name.as_str().to_string(),
        });
    }
    Ok(stocked)
}

/// A product as its brand's staff see it, with how often it is reviewed.
pub struct CatalogueEntry {
    pub product: Product,
    pub reviews: i64,
}

pub async fn catalogue(db: &Db, brand_id: BrandId) -> Result<Vec<CatalogueEntry>, AppError> {
    db.quick(move |conn| {
        let reviews: HashMap<ProductId, i64> = posts::reviews_per_product(conn, brand_id)?
            .into_iter()
            .filter_map(|(id, n)| id.map(|id| (id, n)))
            .collect();
        Ok(product_rows::of_brand(conn, brand_id)?
            .into_iter()
            .map(|product| CatalogueEntry {
                reviews: reviews.get(&product.id).copied().unwrap_or(0),
                product,
            })
            .collect())
    })
    .await
}

/// One product of the brand; another brand's does not exist here.
pub async fn product(db: &Db, brand_id: BrandId, id: ProductId) -> Result<Product, AppError> {
    db.quick(move |conn| product_rows::find_in_brand(conn, id, brand_id)?.ok_or(AppError::NotFound))
        .await
}

/// What staff send about a product, validated.
pub struct ProductInput {
    pub name: ProductName,
    pub note: String,
    pub released: bool,
}

impl ProductInput {
    pub fn parse(name: &str, note: &str, status: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = errors.check("name", ProductName::parse(name));
        let note = errors.check(
            "note",
            crate::domain::BoundedText::parse(note, "the note", 0, 1000),
        );
        let released = match status {
            "released" => Some(true),
            "embargo" => Some(false),
            _ => {
                errors.add("status", "Choose whether the product is out yet.");
                None
            }
        };
        match (name, note, released) {
            (Some(name), Some(note), Some(released)) if errors.is_empty() => Ok(ProductInput {
                name,
                note: note.into_inner(),
                released,
            }),
            _ => Err(errors),
        }
    }

    fn fields(&self) -> ProductFields<'_> {
        ProductFields {
            name: &self.name,
            note: &self.note,
            released: self.released,
        }
    }
}

/// Adds a product (with its picture, when one came) or says which field is wrong.
pub async fn add(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    brand_id: BrandId,
    input: ProductInput,
    picture: Option<Processed>,
) -> Result<Result<ProductId, FieldErrors>, AppError> {
    let actor = staff.clone();
    let stored = photo_service::store_picture(store.clone(), picture).await?;
    let keys = stored.clone();
    let added = db
        .write(move |conn| {
            let mut errors = FieldErrors::default();
            if product_rows::count_of_brand(conn, brand_id)? >= MAX_PER_BRAND {
                errors.add(
                    "name",
                    format!(
                        "The catalogue holds at most {MAX_PER_BRAND} products. Delete one nobody reviewed, or rename one."
                    ),
                );
                return Ok(Err(errors));
            }
            let at = now();
            let Some(id) = product_rows::insert(conn, brand_id, input.fields(), at)? else {
                errors.add("name", "The catalogue has a product of this name already.");
                return Ok(Err(errors));
            };
            if let Some((display, thumb)) = &keys {
                product_rows::set_picture(conn, id, Some((display, thumb)), at)?;
            }
            audit_product(conn, &actor, brand_id, "add product", id, input.name.as_str())?;
            Ok(Ok(id))
        })
        .await;
    photo_service::keep_picture_if(&*store, stored, matches!(added, Ok(Ok(_))));
    added
}

/// Changes a product; a new name follows into its reviews and the summary's
/// figures. A new picture replaces the old one, whose files are deleted.
pub async fn edit(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    brand_id: BrandId,
    id: ProductId,
    input: ProductInput,
    picture: Option<Processed>,
) -> Result<Result<(), FieldErrors>, AppError> {
    let actor = staff.clone();
    let stored = photo_service::store_picture(store.clone(), picture).await?;
    let keys = stored.clone();
    let edited = db
        .write(move |conn| {
            let before =
                product_rows::find_in_brand(conn, id, brand_id)?.ok_or(AppError::NotFound)?;
            if product_rows::name_taken(conn, brand_id, &input.name, Some(id))? {
                let mut errors = FieldErrors::default();
                errors.add("name", "The catalogue has another product of this name.");
                return Ok(Err(errors));
            }
            let at = now();
            product_rows::update(conn, id, input.fields(), at)?;
            let new_name = input.name.as_str();
            if before.name != new_name {
                let cohort_ids: Vec<_> = cohorts::list_for_brand(conn, brand_id)?
                    .into_iter()
                    .map(|c| c.id)
                    .collect();
                posts::rename_product(conn, id, new_name)?;
                post_stats::rename_product(conn, &cohort_ids, &before.name, new_name)?;
                term_stats::rename_product(conn, &cohort_ids, &before.name, new_name)?;
            }
            let mut replaced = Vec::new();
            if let Some((display, thumb)) = &keys {
                product_rows::set_picture(conn, id, Some((display, thumb)), at)?;
                replaced.extend(before.display_key.clone());
                replaced.extend(before.thumb_key.clone());
            }
            let details = if before.name == new_name {
                new_name.to_string()
            } else {
                format!("{} → {new_name}", before.name)
            };
            audit_product(conn, &actor, brand_id, "change product", id, &details)?;
            Ok(Ok(replaced))
        })
        .await;
    photo_service::keep_picture_if(&*store, stored, matches!(edited, Ok(Ok(_))));
    match edited {
        Ok(Ok(replaced)) => {
            photo_service::remove_files(&*store, replaced.iter().map(String::as_str));
            Ok(Ok(()))
        }
        Ok(Err(errors)) => Ok(Err(errors)),
        Err(error) => Err(error),
    }
}

/// Deletes a product nobody reviewed (with its picture); a reviewed one stays,
/// as its reviews name it: it can be renamed or put back under embargo.
pub async fn delete(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    staff: &Staff,
    brand_id: BrandId,
    id: ProductId,
) -> Result<(), AppError> {
    let actor = staff.clone();
    let product = db
        .write(move |conn| {
            let product =
                product_rows::find_in_brand(conn, id, brand_id)?.ok_or(AppError::NotFound)?;
            if product_rows::delete_unreviewed(conn, id)? == 0 {
                return Err(AppError::Conflict(format!(
                    "“{}” has reviews, so it stays in the catalogue. Put it under embargo to stop new reviews.",
                    product.name
                )));
            }
            audit_product(conn, &actor, brand_id, "delete product", id, &product.name)?;
            Ok(product)
        })
        .await?;
    photo_service::remove_files(
        &*store,
        product
            .display_key
            .iter()
            .chain(product.thumb_key.iter())
            .map(String::as_str),
    );
    Ok(())
}

/// Who may see a product's picture.
pub enum PictureViewer {
    /// Staff or an observer: every product of a brand they may see.
    Staff(Staff),
    /// A member of one of this brand's cohorts: released products.
    Member(BrandId),
    Nobody,
}

/// A product picture's bytes (JPEG); for anyone who may not see it, it does not exist.
pub async fn picture(
    db: &Db,
    store: Arc<dyn PhotoStore>,
    viewer: PictureViewer,
    id: ProductId,
    thumbnail: bool,
) -> Result<Vec<u8>, AppError> {
    let product = db
        .quick(move |conn| product_rows::find(conn, id)?.ok_or(AppError::NotFound))
        .await?;
    let allowed = match viewer {
        PictureViewer::Staff(staff) => staff.may_see_brand(product.brand_id),
        PictureViewer::Member(brand_id) => brand_id == product.brand_id && product.released,
        PictureViewer::Nobody => false,
    };
    let key = if thumbnail {
        product.thumb_key
    } else {
        product.display_key
    };
    let key = key.filter(|_| allowed).ok_or(AppError::NotFound)?;
    crate::services::photos::stored_file(store, key).await
}

fn audit_product(
    conn: &mut crate::db::DbConn,
    staff: &Staff,
    brand_id: BrandId,
    action: &str,
    id: ProductId,
    details: &str,
) -> Result<(), AppError> {
    audit::insert(
        conn,
        audit::NewEntry {
            actor_id: Some(staff.id),
            actor: &staff.email,
            action,
            brand_id: Some(brand_id),
            subject: &format!("product {id}"),
            details,
        },
        now(),
    )?;
    Ok(())
}
