//! HTTP handlers, one module per area. A handler parses input into domain types,
//! calls one use case and renders one page. Route modules import no database
//! code and no other route module (`tests/it/layers.rs` checks).

pub mod account;
pub mod activities;
pub mod admin;
pub mod auth;
pub mod brand;
pub mod cohort;
pub mod drops;
pub mod export;
pub mod home;
pub mod invite;
pub mod member;
pub mod photo;
pub mod products;
pub mod releases;
pub mod seeding;
pub mod setup;
pub mod summary;

use actix_web::web;

/// The router tries each route in the order given here, matching a pattern
/// with a parameter by a regular expression: the pages asked for most (share
/// links, the member's pages) come first, so they do not wait behind every
/// staff route.
pub fn configure(cfg: &mut web::ServiceConfig) {
    home::configure(cfg);
    drops::configure_links(cfg);
    member::configure(cfg);
    auth::configure(cfg);
    account::configure(cfg);
    activities::configure(cfg);
    admin::configure(cfg);
    brand::configure(cfg);
    cohort::configure(cfg);
    drops::configure(cfg);
    export::configure(cfg);
    invite::configure(cfg);
    photo::configure(cfg);
    products::configure(cfg);
    releases::configure(cfg);
    seeding::configure(cfg);
    setup::configure(cfg);
    summary::configure(cfg);
}
