//! A brand's product catalogue.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{brands, posts, products};
use crate::domain::{BrandId, ProductId, ProductName};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = products)]
pub struct Product {
    pub id: ProductId,
    pub brand_id: BrandId,
    pub name: String,
    pub note: String,
    pub released: bool,
    pub display_key: Option<String>,
    pub thumb_key: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// What staff write about a product.
pub struct ProductFields<'a> {
    pub name: &'a ProductName,
    pub note: &'a str,
    pub released: bool,
}

/// Adds a product to a brand's catalogue; `None` when the brand has one of
/// that name already (whatever its case).
pub fn insert(
    conn: &mut DbConn,
    brand_id: BrandId,
    fields: ProductFields<'_>,
    now: NaiveDateTime,
) -> QueryResult<Option<ProductId>> {
    let key = fields.name.key();
    let stored = crate::execute_per_backend!(
        conn,
        diesel::insert_into(products::table)
            .values((
                products::brand_id.eq(brand_id),
                products::name.eq(fields.name.as_str()),
                products::name_key.eq(&key),
                products::note.eq(fields.note),
                products::released.eq(fields.released),
                products::created_at.eq(now),
                products::updated_at.eq(now),
            ))
            .on_conflict_do_nothing()
    )?;
    if stored == 0 {
        return Ok(None);
    }
    catalogue_changed(conn, brand_id)?;
    products::table
        .filter(products::brand_id.eq(brand_id))
        .filter(products::name_key.eq(&key))
        .select(products::id)
        .first(conn)
        .map(Some)
}

/// Whether another product of the brand has this name (whatever its case).
pub fn name_taken(
    conn: &mut DbConn,
    brand_id: BrandId,
    name: &ProductName,
    except: Option<ProductId>,
) -> QueryResult<bool> {
    // Ids start at 1: the product itself, or none.
    let except = except.unwrap_or(ProductId(0));
    diesel::select(diesel::dsl::exists(
        products::table
            .filter(products::brand_id.eq(brand_id))
            .filter(products::name_key.eq(name.key()))
            .filter(products::id.ne(except)),
    ))
    .get_result(conn)
}

pub fn count_of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<i64> {
    products::table
        .filter(products::brand_id.eq(brand_id))
        .count()
        .get_result(conn)
}

/// A brand's catalogue in name order.
pub fn of_brand(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<Vec<Product>> {
    crate::load_per_backend!(
        conn,
        products::table
            .filter(products::brand_id.eq(brand_id))
            .order(products::name_key.asc())
            .select(Product::as_select())
    )
}

pub fn find_in_brand(
    conn: &mut DbConn,
    id: ProductId,
    brand_id: BrandId,
) -> QueryResult<Option<Product>> {
    products::table
        .find(id)
        .filter(products::brand_id.eq(brand_id))
        .select(Product::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConn, id: ProductId) -> QueryResult<Option<Product>> {
    products::table
        .find(id)
        .select(Product::as_select())
        .first(conn)
        .optional()
}

pub fn update(
    conn: &mut DbConn,
    id: ProductId,
    fields: ProductFields<'_>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let changed = diesel::update(products::table.find(id))
        .set((
            products::name.eq(fields.name.as_str()),
            products::name_key.eq(fields.name.key()),
            products::note.eq(fields.note),
            products::released.eq(fields.released),
            products::updated_at.eq(now),
        ))
        .execute(conn)?;
    product_changed(conn, id, changed)
}

/// Sets (or with `None`, removes) the product's picture files.
pub fn set_picture(
    conn: &mut DbConn,
    id: ProductId,
    keys: Option<(&str, &str)>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let changed = diesel::update(products::table.find(id))
        .set((
            products::display_key.eq(keys.map(|k| k.0)),
            products::thumb_key.eq(keys.map(|k| k.1)),
            products::updated_at.eq(now),
        ))
        .execute(conn)?;
    product_changed(conn, id, changed)
}

/// Deletes a product no post reviews; 0 when it is reviewed (or not there).
pub fn delete_unreviewed(conn: &mut DbConn, id: ProductId) -> QueryResult<usize> {
    let Some(brand_id) = find(conn, id)?.map(|p| p.brand_id) else {
        return Ok(0);
    };
    let deleted = diesel::delete(products::table.find(id).filter(diesel::dsl::not(
        diesel::dsl::exists(posts::table.filter(posts::product_id.eq(id))),
    )))
    .execute(conn)?;
    if deleted > 0 {
        catalogue_changed(conn, brand_id)?;
    }
    Ok(deleted)
}

/// Moves the brand's catalogue version on, after the change itself: a reader
/// that sees the new version sees the change.
fn catalogue_changed(conn: &mut DbConn, brand_id: BrandId) -> QueryResult<()> {
    diesel::update(brands::table.find(brand_id))
        .set(brands::catalogue_version.eq(brands::catalogue_version + 1))
        .execute(conn)
        .map(drop)
}

/// `changed` rows of product `id` were written: its brand's catalogue moved.
fn product_changed(conn: &mut DbConn, id: ProductId, changed: usize) -> QueryResult<usize> {
    if changed > 0
        && let Some(product) = find(conn, id)?
    {
        catalogue_changed(conn, product.brand_id)?;
    }
    Ok(changed)
}
