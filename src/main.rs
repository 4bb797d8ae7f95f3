use std::io::Read;

use clap::{Parser, Subcommand};

use cohorts::Application;
use cohorts::config::Settings;
use cohorts::db;
use cohorts::domain::Email;
use cohorts::services::{accounts, demo};

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
            let mut password = String::new();
            std::io::stdin().read_to_string(&mut password)?;
            let password = password.trim_end_matches(['\n', '\r']);
            cohorts::auth::password::check_strength(password).map_err(anyhow::Error::msg)?;
            let hash = cohorts::auth::password::hash_blocking(password)?;
            let settings = Settings::from_env()?;
            let mut conn = connect(&settings)?;
            accounts::upsert_admin(&mut conn, &email, &hash)?;
            println!(
                "Admin {email} is ready. Sign in at {}/login",
                settings.public_url
            );
        }
        Command::Score => score_lines()?,
        Command::Demo => {
            let mut conn = connect(&Settings::from_env()?)?;
            let report = demo::fill(&mut conn)?;
            println!("{report}");
        }
    }
    Ok(())
}

fn score_lines() -> anyhow::Result<()> {
    use std::io::{BufRead, Write};
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line?;
        let sentiment = cohorts::sentiment::analyse(&line);
        let score = sentiment
            .score
            .map(|s| format!("{s:.4}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{score}\t{}\t{}",
            sentiment.label.as_str(),
            sentiment.language
        )?;
    }
    out.flush()?;
    Ok(())
}
