//! A brand's product catalogue, kept by its staff, and the products' pictures.

use actix_multipart::Multipart;
use actix_session::Session;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::ProductId;
use crate::error::AppError;
use crate::pages::products::{CataloguePage, ProductForm, ProductPage, ProductRow};
use crate::pages::{Chrome, ConfirmPage, flash};
use crate::photos::Processed;
use crate::photos::store::PhotoStore;
use crate::services::photos::{self as photo_service, Upload};
use crate::services::products::{self, MAX_PER_BRAND, PictureViewer, ProductInput};
use crate::services::{Db, FieldErrors};
use crate::web::session::CsrfForm;
use crate::web::uploads::{is_multipart, read_picture_form};
use crate::web::{
    CsrfOnly, StaffBrand, Visitor, image_path, item_id, private_jpeg, render, see_other,
};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/brands/{id}/products", web::get().to(catalogue))
        .route(
            "/brands/{id}/products",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(add_with_picture),
        )
        .route("/brands/{id}/products", web::post().to(add))
        .route(
            "/brands/{id}/products/{item}/edit",
            web::get().to(edit_form),
        )
        .route(
            "/brands/{id}/products/{item}",
            web::post()
                .guard(actix_web::guard::fn_guard(is_multipart))
                .to(save_with_picture),
        )
        .route("/brands/{id}/products/{item}", web::post().to(save))
        .route(
            "/brands/{id}/products/{item}/delete",
            web::get().to(confirm_delete),
        )
        .route(
            "/brands/{id}/products/{item}/delete",
            web::post().to(delete),
        )
        .route("/products/{id}/{size}", web::get().to(picture));
}

async fn catalogue_page(
    session: &Session,
    db: &Db,
    StaffBrand { staff, brand }: &StaffBrand,
    form: ProductForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let entries = products::catalogue(db, brand.id).await?;
    render(CataloguePage {
        chrome: Chrome::staff(session, staff, &format!("{} · products", brand.name))?,
        brand_id: brand.id,
        brand_name: brand.name.clone(),
        products: entries
            .into_iter()
            .map(|entry| ProductRow {
                id: entry.product.id,
                has_picture: entry.product.thumb_key.is_some(),
                name: entry.product.name,
                note: entry.product.note,
                released: entry.product.released,
                reviews: entry.reviews,
            })
            .collect(),
        limit: MAX_PER_BRAND,
        form,
        errors,
    })
}

async fn catalogue(
    session: Session,
    db: web::Data<Db>,
    access: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let form = ProductForm {
        status: "released".into(),
        ..ProductForm::default()
    };
    catalogue_page(&session, &db, &access, form, FieldErrors::default()).await
}

#[derive(Deserialize)]
pub struct ProductFields {
    #[serde(default)]
    csrf_token: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    status: String,
}
crate::csrf_protected!(ProductFields);

impl ProductFields {
    fn from_multipart(text: &crate::web::uploads::FormText) -> Self {
        ProductFields {
            csrf_token: text.get("csrf_token"),
            name: text.get("name"),
            note: text.get("note"),
            status: text.get("status"),
        }
    }

    fn into_form(self) -> ProductForm {
        ProductForm {
            name: self.name,
            note: self.note,
            status: self.status,
        }
    }
}

/// The form's fields and its picture, checked: the input, or every field's error.
async fn parse(
    fields: &ProductFields,
    uploads: Vec<Upload>,
) -> Result<(Result<ProductInput, FieldErrors>, Option<Processed>), AppError> {
    let (input, mut errors) = match ProductInput::parse(&fields.name, &fields.note, &fields.status)
    {
        Ok(input) => (Some(input), FieldErrors::default()),
        Err(errors) => (None, errors),
    };
    let picture = photo_service::one_picture(uploads, "picture", &mut errors).await?;
    Ok(match input {
        Some(input) if errors.is_empty() => (Ok(input), picture),
        _ => (Err(errors), None),
    })
}

async fn add(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    CsrfForm(fields): CsrfForm<ProductFields>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    adding(session, db, store, access?, fields, Vec::new()).await
}

/// The form with a picture (multipart): who asks is checked before any of the
/// body is read, and the CSRF token before any file is.
async fn add_with_picture(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: Result<StaffBrand, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let (text, uploads) = read_picture_form(&session, payload).await?;
    let fields = ProductFields::from_multipart(&text);
    adding(session, db, store, access, fields, uploads).await
}

async fn adding(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: StaffBrand,
    fields: ProductFields,
    uploads: Vec<Upload>,
) -> Result<HttpResponse, AppError> {
    let errors = match parse(&fields, uploads).await? {
        (Ok(input), picture) => {
            let name = input.name.as_str().to_string();
            let added = products::add(
                &db,
                store.into_inner(),
                &access.staff,
                access.brand.id,
                input,
                picture,
            )
            .await?;
            match added {
                Ok(_) => {
                    flash(&session, format!("“{name}” is in the catalogue."));
                    return Ok(see_other(&format!("/brands/{}/products", access.brand.id)));
                }
                Err(errors) => errors,
            }
        }
        (Err(errors), _) => errors,
    };
    catalogue_page(&session, &db, &access, fields.into_form(), errors).await
}

async fn product_page(
    session: &Session,
    db: &Db,
    StaffBrand { staff, brand }: &StaffBrand,
    product_id: ProductId,
    form: Option<(ProductForm, FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let entry = products::catalogue(db, brand.id)
        .await?
        .into_iter()
        .find(|e| e.product.id == product_id)
        .ok_or(AppError::NotFound)?;
    let product = entry.product;
    let (form, errors) = form.unwrap_or_else(|| {
        let status = if product.released {
            "released"
        } else {
            "embargo"
        };
        (
            ProductForm {
                name: product.name.clone(),
                note: product.note.clone(),
                status: status.into(),
            },
            FieldErrors::default(),
        )
    });
    render(ProductPage {
        chrome: Chrome::staff(
            session,
            staff,
            &format!("{} · {}", brand.name, product.name),
        )?,
        brand_id: brand.id,
        brand_name: brand.name.clone(),
        product_id: product.id,
        has_picture: product.display_key.is_some(),
        reviews: entry.reviews,
        form,
        errors,
    })
}

async fn edit_form(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    access: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let product_id = item_id::<ProductId>(path)?;
    product_page(&session, &db, &access, product_id, None).await
}

async fn save(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(fields): CsrfForm<ProductFields>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let product_id = item_id::<ProductId>(path)?;
    saving(session, db, store, access, product_id, fields, Vec::new()).await
}

async fn save_with_picture(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    access: Result<StaffBrand, AppError>,
    payload: Multipart,
) -> Result<HttpResponse, AppError> {
    let access = access?;
    let product_id = item_id::<ProductId>(path)?;
    let (text, uploads) = read_picture_form(&session, payload).await?;
    let fields = ProductFields::from_multipart(&text);
    saving(session, db, store, access, product_id, fields, uploads).await
}

async fn saving(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    access: StaffBrand,
    product_id: ProductId,
    fields: ProductFields,
    uploads: Vec<Upload>,
) -> Result<HttpResponse, AppError> {
    let brand_id = access.brand.id;
    let errors = match parse(&fields, uploads).await? {
        (Ok(input), picture) => {
            let edited = products::edit(
                &db,
                store.into_inner(),
                &access.staff,
                brand_id,
                product_id,
                input,
                picture,
            )
            .await?;
            match edited {
                Ok(()) => {
                    flash(&session, "The product is saved.");
                    return Ok(see_other(&format!("/brands/{brand_id}/products")));
                }
                Err(errors) => errors,
            }
        }
        (Err(errors), _) => errors,
    };
    let form = Some((fields.into_form(), errors));
    product_page(&session, &db, &access, product_id, form).await
}

async fn confirm_delete(
    session: Session,
    db: web::Data<Db>,
    path: web::Path<(String, String)>,
    StaffBrand { staff, brand }: StaffBrand,
) -> Result<HttpResponse, AppError> {
    let product = products::product(&db, brand.id, item_id::<ProductId>(path)?).await?;
    render(ConfirmPage {
        chrome: Chrome::staff(&session, &staff, "Delete product")?,
        heading: format!("Delete “{}” from the catalogue?", product.name),
        message: "Members can no longer pick it for a review. A product someone has reviewed cannot be deleted.".into(),
        action: format!("/brands/{}/products/{}/delete", brand.id, product.id),
        button: "Delete product".into(),
        cancel: format!("/brands/{}/products/{}/edit", brand.id, product.id),
    })
}

async fn delete(
    session: Session,
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    path: web::Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
    access: Result<StaffBrand, AppError>,
) -> Result<HttpResponse, AppError> {
    let StaffBrand { staff, brand } = access?;
    let product_id = item_id::<ProductId>(path)?;
    products::delete(&db, store.into_inner(), &staff, brand.id, product_id).await?;
    flash(&session, "The product is deleted.");
    Ok(see_other(&format!("/brands/{}/products", brand.id)))
}

/// A product's picture, for staff and observers of its brand and, once it is
/// released, for the brand's members.
async fn picture(
    db: web::Data<Db>,
    store: web::Data<dyn PhotoStore>,
    visitor: Visitor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (product_id, thumbnail): (ProductId, bool) = image_path(path)?;
    let viewer = match visitor {
        Visitor {
            staff: Some(staff), ..
        } => PictureViewer::Staff(staff),
        Visitor {
            member: Some(member),
            ..
        } => PictureViewer::Member(member.brand.id),
        _ => PictureViewer::Nobody,
    };
    let bytes = products::picture(&db, store.into_inner(), viewer, product_id, thumbnail).await?;
    Ok(private_jpeg(bytes))
}
