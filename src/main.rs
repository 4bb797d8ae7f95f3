use std::io::Read;

use clap::{Parser, Subcommand};

use cohorts::Application;
use cohorts::config::Settings;
use cohorts::db;
use cohorts::domain::{BrandId, CohortId, Email};
use cohorts::services::{accounts, demo, seed};

#[derive(Parser)]
#[command(
    name = "cohorts",
    about = "Private member communities for brands",
    version
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web app (DATABASE_URL, BIND, DATA_DIR, PUBLIC_URL).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Create an admin account, or reset its password; the password is read from stdin.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Fill the database with a demo brand, manager, cohorts, members and posts.
    Demo,
    /// Fill an empty database at benchmark scale: brands of four cohorts of 250
    /// members each, posts and reviews over the past year. Every manager's
    /// password is read from stdin.
    Seed {
        /// Posts in all.
        #[arg(long)]
        posts: u64,
        #[arg(long, default_value_t = 10_000)]
        posts_per_cohort: u64,
        /// Write the first cohort's member access tokens here, one per line.
        #[arg(long)]
        tokens_out: Option<std::path::PathBuf>,
        #[arg(long)]
        password_stdin: bool,
    },
    /// Export a cohort's (or a whole brand's) summary as CSV, JSON or XLSX.
    Export {
        #[arg(long, conflicts_with = "brand", required_unless_present = "brand")]
        cohort: Option<i64>,
        #[arg(long)]
        brand: Option<i64>,
        #[arg(long, value_parser = ["csv", "json", "xlsx"])]
        format: String,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
    /// Score one text per line from stdin; prints score<TAB>label<TAB>language per
    /// line (the score is empty for text in a language that is not scored).
    Score,
}

fn connect(settings: &Settings) -> anyhow::Result<db::PooledConn> {
    let pool = db::build_pool(&settings.database_url, 2)?;
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    Ok(conn)
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let cli = Cli::parse();
    match cli.command {
        Command::Serve => {
            let settings = Settings::from_env()?;
            let app = Application::build(settings.clone()).await?;
            tracing::info!(
                "Cohorts is listening on {} ({} database). Open {} in your browser.",
                settings.bind,
                settings.database_url.backend_name(),
                settings.public_url
            );
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            connect(&Settings::from_env()?)?;
            println!("Migrations applied.");
        }
        Command::CreateAdmin {
            email,
            password_stdin,
        } => {
            if !password_stdin {
                anyhow::bail!("pass --password-stdin and send the password on standard input");
            }
            let email = Email::parse(&email).map_err(anyhow::Error::msg)?;
            let password = read_password()?;
            let hash = cohorts::auth::password::hash_blocking(&password)?;
            let settings = Settings::from_env()?;
            let mut conn = connect(&settings)?;
            accounts::upsert_admin(&mut conn, &email, &hash)?;
            println!(
                "Admin {email} is ready. Sign in at {}/login",
                settings.public_url
            );
        }
        Command::Score => score_lines()?,
        Command::Export {
            cohort,
            brand,
            format,
            out,
        } => {
            let mut conn = connect(&Settings::from_env()?)?;
            let body = export(&mut conn, cohort, brand, &format)?;
            match out {
                Some(path) => {
                    std::fs::write(&path, &body)?;
                    eprintln!("Wrote {} ({} bytes).", path.display(), body.len());
                }
                None => std::io::Write::write_all(&mut std::io::stdout(), &body)?,
            }
        }
        Command::Seed {
            posts,
            posts_per_cohort,
            tokens_out,
            password_stdin,
        } => {
            if !password_stdin {
                anyhow::bail!(
                    "pass --password-stdin and send the managers' password on standard input"
                );
            }
            let password = read_password()?;
            let mut conn = connect(&Settings::from_env()?)?;
            let started = std::time::Instant::now();
            let plan = seed::SeedPlan {
                posts,
                posts_per_cohort,
                password,
            };
            let report = seed::fill(&mut conn, &plan)?;
            let seconds = started.elapsed().as_secs_f64();
            if let Some(path) = tokens_out {
                std::fs::write(&path, report.member_tokens.join("\n") + "\n")?;
            }
            println!(
                "Seeded {} brands, {} cohorts, {} members and {} posts in {seconds:.1} s ({:.0} posts/s).",
                report.brands,
                report.cohorts,
                report.members,
                report.posts,
                report.posts as f64 / seconds
            );
            if let Some(cohort_id) = report.first_cohort_id {
                println!(
                    "First cohort: {cohort_id} (manager {}).",
                    report.manager_email
                );
            }
        }
        Command::Demo => {
            let mut conn = connect(&Settings::from_env()?)?;
            let report = demo::fill(&mut conn)?;
            println!("{report}");
        }
    }
    Ok(())
}

/// A password from standard input, refused if it is too weak.
fn read_password() -> anyhow::Result<String> {
    let mut password = String::new();
    std::io::stdin().read_to_string(&mut password)?;
    let password = password.trim_end_matches(['\n', '\r']).to_string();
    cohorts::auth::password::check_strength(&password).map_err(anyhow::Error::msg)?;
    Ok(password)
}

/// Scores standard input line by line onto standard output, in order; lines
/// are read in batches and each batch is shared among the cores.
fn score_lines() -> anyhow::Result<()> {
    use std::io::{BufRead, Write};
    const BATCH: usize = 16_384;
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut lines = std::io::stdin().lock().lines();
    loop {
        let batch: Vec<String> = lines.by_ref().take(BATCH).collect::<Result<_, _>>()?;
        if batch.is_empty() {
            break;
        }
        let chunk = batch.len().div_ceil(threads);
        let scored: Vec<Vec<String>> = std::thread::scope(|scope| -> anyhow::Result<_> {
            let workers: Vec<_> = batch
                .chunks(chunk)
                .map(|texts| {
                    scope.spawn(move || {
                        texts
                            .iter()
                            .map(|text| {
                                let sentiment = cohorts::sentiment::analyse(text);
                                let score = sentiment
                                    .score
                                    .map(|s| format!("{s:.4}"))
                                    .unwrap_or_default();
                                format!(
                                    "{score}\t{}\t{}\n",
                                    sentiment.label.as_str(),
                                    sentiment.language
                                )
                            })
                            .collect()
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|worker| {
                    worker
                        .join()
                        .map_err(|_| anyhow::anyhow!("a scoring thread stopped"))
                })
                .collect()
        })?;
        for line in scored.iter().flatten() {
            out.write_all(line.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(())
}

fn export(
    conn: &mut db::DbConn,
    cohort: Option<i64>,
    brand: Option<i64>,
    format: &str,
) -> anyhow::Result<Vec<u8>> {
    use cohorts::db::models::{brands, cohorts as cohort_rows};
    use cohorts::services::exports::{self, Format};
    let format =
        Format::parse(format).ok_or_else(|| anyhow::anyhow!("the format is csv, json or xlsx"))?;
    const ACTOR: &str = "command line (cohorts export)";
    if let Some(cohort_id) = cohort {
        let cohort = cohort_rows::find(conn, CohortId(cohort_id))?
            .ok_or_else(|| anyhow::anyhow!("there is no cohort {cohort_id}"))?;
        let brand = brands::find(conn, cohort.brand_id)?;
        let body = exports::render_cohort(format, &exports::cohort_export(conn, &cohort)?)?;
        exports::record(
            conn,
            None,
            ACTOR,
            brand.id,
            &format!("cohort {} ({})", cohort.name, cohort.id),
            format,
        )?;
        return Ok(body);
    }
    let brand_id = brand.ok_or_else(|| anyhow::anyhow!("give --cohort ID or --brand ID"))?;
    let brand = brands::find(conn, BrandId(brand_id))
        .map_err(|_| anyhow::anyhow!("there is no brand {brand_id}"))?;
    let body = exports::render_brand(format, &exports::brand_export(conn, &brand)?)?;
    exports::record(
        conn,
        None,
        ACTOR,
        brand.id,
        &format!("brand {} ({})", brand.name, brand.id),
        format,
    )?;
    Ok(body)
}
