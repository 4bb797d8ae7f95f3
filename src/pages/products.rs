//! A brand's product catalogue, and the form for one product.

use actix_web::http::StatusCode;
use askama::Template;

use crate::domain::{BrandId, ProductId};
use crate::pages::{Chrome, Page, form_status};
use crate::services::FieldErrors;

/// One product in the catalogue's list.
pub struct ProductRow {
    pub id: ProductId,
    pub name: String,
    pub note: String,
    pub released: bool,
    pub has_picture: bool,
    pub reviews: i64,
}

#[derive(Default)]
pub struct ProductForm {
    pub name: String,
    pub note: String,
    /// `released` or `embargo`.
    pub status: String,
}

#[derive(Template)]
#[template(path = "products.html")]
pub struct CataloguePage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub products: Vec<ProductRow>,
    pub limit: i64,
    /// The form for a new product.
    pub form: ProductForm,
    pub errors: FieldErrors,
}

impl Page for CataloguePage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}

#[derive(Template)]
#[template(path = "product_form.html")]
pub struct ProductPage {
    pub chrome: Chrome,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub product_id: ProductId,
    pub has_picture: bool,
    pub reviews: i64,
    pub form: ProductForm,
    pub errors: FieldErrors,
}

impl Page for ProductPage {
    fn status(&self) -> StatusCode {
        form_status(&self.errors)
    }
}
