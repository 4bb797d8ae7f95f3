//! The TechEmpower Fortunes test on the stack Cohorts is built on (actix-web,
//! askama, diesel over SQLite or PostgreSQL, an r2d2 pool, blocking work on
//! actix's thread pool): per request, 12 rows read, one added, sorted by
//! message and escaped into a template. `bench/run.py` serves it beside the
//! app, on the same backend, and reports each page as a share of its rate.
//!
//!     BIND=127.0.0.1:8081 DATABASE_URL=sqlite:///tmp/fortunes.db fortunes

use actix_web::http::header::ContentType;
use actix_web::{App, HttpResponse, HttpServer, web};
use askama::Template;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, Pool};

diesel::table! {
    fortune (id) {
        id -> Integer,
        message -> Text,
    }
}

#[derive(diesel::MultiConnection)]
enum Conn {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

#[derive(Queryable)]
struct Fortune {
    id: i32,
    message: String,
}

#[derive(Template)]
#[template(path = "fortunes.html")]
struct FortunesPage {
    fortunes: Vec<Fortune>,
}

const MESSAGES: [&str; 12] = [
    "fortune: No such file or directory",
    "A computer scientist is someone who fixes things that aren't broken.",
    "After enough decimal places, nobody gives a damn.",
    "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
    "A computer program does what you tell it to do, not what you want it to do.",
    "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
    "Any program that runs right is obsolete.",
    "A list is only as strong as its weakest link. — Donald Knuth",
    "Feature: A bug with seniority.",
    "Computers make very fast, very accurate mistakes.",
    "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
    "フレームワークのベンチマーク",
];

type DbPool = Pool<ConnectionManager<Conn>>;

async fn fortunes(pool: web::Data<DbPool>) -> actix_web::Result<HttpResponse> {
    let pool = pool.into_inner();
    let mut rows = web::block(move || -> Result<Vec<Fortune>, String> {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        fortune::table
            .load::<Fortune>(&mut conn)
            .map_err(|e| e.to_string())
    })
    .await?
    .map_err(actix_web::error::ErrorServiceUnavailable)?;
    rows.push(Fortune {
        id: 0,
        message: "Additional fortune added at request time.".into(),
    });
    rows.sort_by(|a, b| a.message.cmp(&b.message));
    let body = FortunesPage { fortunes: rows }
        .render()
        .map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok()
        .content_type(ContentType::html())
        .body(body))
}

/// The table and its 12 rows, made afresh.
fn fill(conn: &mut Conn) -> QueryResult<()> {
    conn.batch_execute(
        "DROP TABLE IF EXISTS fortune; \
         CREATE TABLE fortune (id INTEGER PRIMARY KEY, message TEXT NOT NULL)",
    )?;
    for (i, message) in MESSAGES.iter().enumerate() {
        diesel::insert_into(fortune::table)
            .values((fortune::id.eq(i as i32 + 1), fortune::message.eq(*message)))
            .execute(conn)?;
    }
    Ok(())
}

#[actix_web::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:8081".into());
    let url = std::env::var("DATABASE_URL").map_err(|_| "DATABASE_URL is needed")?;
    let url = url.strip_prefix("sqlite://").unwrap_or(&url).to_string();
    // As many connections as the app keeps, handed out without a test query
    // (the app skips it too for a connection just back in its pool).
    let pool = Pool::builder()
        .max_size(10)
        .test_on_check_out(false)
        .build(ConnectionManager::<Conn>::new(url))?;
    fill(&mut *pool.get()?)?;
    HttpServer::new(move || {
        App::new()
            .app_data(web::Data::new(pool.clone()))
            .route("/fortunes", web::get().to(fortunes))
    })
    .bind(bind)?
    .run()
    .await?;
    Ok(())
}
