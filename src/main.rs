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
    #[command(flatten)]
    App(AppCommand),
    /// Score one text per line from stdin; prints score<TAB>label<TAB>language per
    /// line (the score is empty for text in a language that is not scored).
    Score,
}

/// The commands that log and reach the database.
#[derive(Subcommand)]
enum AppCommand {
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
}

fn connect(settings: &Settings) -> anyhow::Result<db::PooledConn> {
    let pool = db::build_pool(&settings.database_url, 2)?;
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    Ok(conn)
}

fn main() -> anyhow::Result<()> {
    let command = match Cli::parse().command {
        // Scoring needs no runtime, log or database: it starts at once.
        Command::Score => return score_lines(),
        Command::App(command) => command,
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    actix_web::rt::System::new().block_on(run(command))
}

async fn run(command: AppCommand) -> anyhow::Result<()> {
    match command {
        AppCommand::Serve => {
            let settings = Settings::from_env()?;
            let app = Application::build(settings.clone()).await?;
            tracing::info!(
                "Cohorts is listening on {} ({} database). Open {} in your browser.",
                settings.bind,
                settings.database_url.backend_name(),
                settings.public_url
            );
            if let Some(link) = app.setup_link() {
                tracing::warn!(
                    "No admin yet: open {link} to create the first one (the link works until an admin exists; `cohorts create-admin` does it too)."
                );
            }
            app.run_until_stopped().await?;
        }
        AppCommand::Migrate => {
            connect(&Settings::from_env()?)?;
            println!("Migrations applied.");
        }
        AppCommand::CreateAdmin {
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
        AppCommand::Export {
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
        AppCommand::Seed {
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
        AppCommand::Demo => {
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

/// Scores standard input line by line onto standard output, in order: a
/// reader cuts the input into pieces of whole lines, each core scores the
/// next piece as soon as it is free (so none waits for another to finish a
/// share), and the pieces' scores are written in the input's order.
fn score_lines() -> anyhow::Result<()> {
    use std::collections::BTreeMap;
    use std::io::Write;
    use std::sync::{Arc, Mutex, mpsc};
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let (pieces_in, pieces) = mpsc::sync_channel::<(usize, Vec<u8>)>(threads * 4);
    // Dropped with the last scorer, so a reader waiting for room then stops.
    let pieces = Arc::new(Mutex::new(pieces));
    // A piece's scores, or the line of the piece that is not UTF-8.
    let (scored_in, scored) = mpsc::channel::<(usize, Result<Vec<u8>, usize>)>();
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let reader = scope.spawn(move || -> std::io::Result<()> {
            let mut input = std::io::stdin().lock();
            let mut carried = Vec::new();
            for n in 0.. {
                let piece = read_batch(&mut input, Vec::new(), &mut carried, PIECE_BYTES)?;
                if piece.is_empty() || pieces_in.send((n, piece)).is_err() {
                    break;
                }
            }
            Ok(())
        });
        let scorers: Vec<_> = (0..threads)
            .map(|_| {
                let (pieces, scored_in) = (Arc::clone(&pieces), scored_in.clone());
                scope.spawn(move || {
                    loop {
                        let next = match pieces.lock() {
                            Ok(pieces) => pieces.recv(),
                            Err(_) => break,
                        };
                        let Ok((n, piece)) = next else { break };
                        let part = std::str::from_utf8(&piece).map(score_part).map_err(|e| {
                            memchr::memchr_iter(b'\n', &piece[..e.valid_up_to()]).count()
                        });
                        if scored_in.send((n, part)).is_err() {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop((pieces, scored_in));
        let mut out = std::io::stdout().lock();
        let mut waiting = BTreeMap::new();
        let (mut next, mut lines) = (0, 0);
        // Ends when every scorer has stopped.
        for (n, part) in scored {
            waiting.insert(n, part);
            while let Some(part) = waiting.remove(&next) {
                let part = part.map_err(|line| {
                    anyhow::anyhow!("line {} of the input is not UTF-8 text", lines + line + 1)
                })?;
                out.write_all(&part)?;
                lines += memchr::memchr_iter(b'\n', &part).count();
                next += 1;
            }
        }
        for scorer in scorers {
            scorer
                .join()
                .map_err(|_| anyhow::anyhow!("a scoring thread stopped"))?;
        }
        reader
            .join()
            .map_err(|_| anyhow::anyhow!("the reading thread stopped"))??;
        out.flush()?;
        Ok(())
    })
}

/// Input scored at a time by one core: about 64 KiB of whole lines, so the
/// cores start at once and finish together.
const PIECE_BYTES: usize = 1 << 16;

/// At least `batch_bytes` of whole lines (less at the end of the input, more
/// when a line is longer): what was `carried` over from the last read, then
/// the input read in large blocks; the part of a line after the last line
/// end is carried over to the next batch.
fn read_batch(
    input: &mut impl std::io::Read,
    mut batch: Vec<u8>,
    carried: &mut Vec<u8>,
    batch_bytes: usize,
) -> std::io::Result<Vec<u8>> {
    batch.clear();
    batch.append(carried);
    // Where the search for a line end goes on from: the bytes before it hold none.
    let mut searched = 0;
    loop {
        if batch.len() >= batch_bytes {
            if let Some(at) = memchr::memrchr(b'\n', &batch[searched..]) {
                let cut = searched + at + 1;
                carried.extend_from_slice(&batch[cut..]);
                batch.truncate(cut);
                return Ok(batch);
            }
            searched = batch.len();
        }
        // Up to 64 KiB more, into the batch's spare room (nothing zeroed first).
        if input.by_ref().take(1 << 16).read_to_end(&mut batch)? == 0 {
            return Ok(batch);
        }
    }
}

/// `score` to four decimals as `{:.4}` writes it, by integer arithmetic
/// unless it lies next to a tie (the general path is slow).
fn write_score(out: &mut Vec<u8>, score: f64) {
    use std::io::Write;
    let scaled = score.abs() * 10_000.0;
    // Writing to memory cannot fail.
    if (scaled.fract() - 0.5).abs() < 1e-6 {
        let _ = write!(out, "{score:.4}");
        return;
    }
    let units = scaled.round() as u64;
    if score.is_sign_negative() {
        out.push(b'-');
    }
    // A score is at most 1, so the whole part is one digit.
    let digit = |n: u64| b'0' + (n % 10) as u8;
    out.extend_from_slice(&[
        digit(units / 10_000),
        b'.',
        digit(units / 1_000),
        digit(units / 100),
        digit(units / 10),
        digit(units),
    ]);
}

/// "score<TAB>label<TAB>language" per line of `part` (no score when unscored).
fn score_part(part: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(part.len() / 2);
    let mut start = 0;
    // As `str::lines`: a last line needs no line end, and "\r\n" ends one too.
    for end in memchr::memchr_iter(b'\n', part.as_bytes()).chain(Some(part.len())) {
        if end == part.len() && start == end {
            break;
        }
        let line = &part[start..end];
        start = end + 1;
        let line = if end < part.len() {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        };
        let sentiment = cohorts::sentiment::analyse(line);
        if let Some(score) = sentiment.score {
            write_score(&mut out, score);
        }
        for piece in [
            "\t",
            sentiment.label.as_str(),
            "\t",
            sentiment.language,
            "\n",
        ] {
            out.extend_from_slice(piece.as_bytes());
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The batches `input` is read in, `batch_bytes` at least each.
    fn batches(input: &[u8], batch_bytes: usize) -> Vec<String> {
        let mut source = input;
        let mut carried = Vec::new();
        let mut found = Vec::new();
        loop {
            let batch = read_batch(&mut source, Vec::new(), &mut carried, batch_bytes).unwrap();
            if batch.is_empty() {
                return found;
            }
            found.push(String::from_utf8(batch).unwrap());
        }
    }

    #[test]
    fn input_is_read_in_whole_lines_however_long_a_line_is() {
        let long = "x".repeat(200_000);
        let input = format!("ab\ncd\n{long}\nef\ngh");
        let read = batches(input.as_bytes(), 4);
        assert_eq!(read.concat(), input);
        let (last, whole) = read.split_last().unwrap();
        assert!(whole.iter().all(|batch| batch.ends_with('\n')), "{read:?}");
        assert_eq!(last, "gh");
        assert_eq!(read[0], "ab\ncd\n");
        assert!(
            read.iter()
                .any(|batch| batch.contains(&format!("\n{long}\n"))
                    || batch.starts_with(&format!("{long}\n")))
        );
        assert_eq!(batches(input.as_bytes(), 1 << 22), [input]);
        assert!(batches(b"", 4).is_empty());
    }
}
