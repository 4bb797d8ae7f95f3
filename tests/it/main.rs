//! The integration suite: every test starts the real app on port 0 against a real
//! database. SQLite by default; PostgreSQL when TEST_DATABASE_URL points at a server.

mod activities;
mod browser;
mod cli;
mod closing;
mod concurrency;
mod dashboard;
mod exports;
mod faults;
mod feed;
mod fuzz;
mod helpers;
mod invites;
mod journeys;
mod languages;
mod layers;
mod mail;
mod photos;
mod products;
mod properties;
mod releases;
mod security;
mod seeding;
mod sentiment;
mod shares;
mod summary;
