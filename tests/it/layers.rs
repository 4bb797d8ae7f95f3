//! The layering, checked: each file of `src/` may name only the parts of the
//! crate its layer may use (docs/ARCHITECTURE.md draws the map). A test rather
//! than separate crates, so the build stays one crate on two cores.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layer a file belongs to, by its path under `src/`.
fn layer_of(path: &str) -> Option<&'static str> {
    let layer = match path {
        "lib.rs" | "main.rs" => return None,
        "error.rs" => "error",
        "config.rs" => "config",
        "photos/store.rs" => "storage",
        p if p.starts_with("routes/") => "routes",
        p if p.starts_with("web/") || p.starts_with("pages/") => "web",
        p if p.starts_with("services/") || p.starts_with("email/") => "services",
        p if p.starts_with("auth/") => "auth",
        p if p.starts_with("db/") => "db",
        p if ["domain/", "sentiment/", "summary/", "photos/", "i18n/"]
            .iter()
            .any(|pure| p.starts_with(pure)) =>
        {
            "pure"
        }
        other => panic!("src/{other} is in no layer: add it to layers.rs"),
    };
    Some(layer)
}

/// The parts of the crate (its top-level modules) a layer may name.
fn allowed(layer: &str) -> &'static [&'static str] {
    match layer {
        "routes" => &[
            "auth",
            "config",
            "domain",
            "email",
            "error",
            "i18n",
            "photos",
            "sentiment",
            "services",
            "pages",
            "web",
        ],
        "web" => &[
            "auth",
            "config",
            "domain",
            "error",
            "i18n",
            "photos",
            "sentiment",
            "services",
            "summary",
            "pages",
            "web",
        ],
        "services" => &[
            "auth",
            "config",
            "db",
            "domain",
            "email",
            "error",
            "i18n",
            "photos",
            "sentiment",
            "services",
            "summary",
        ],
        // db maps rows into the pure types (ids, enums, `Counts`, `Row`), but
        // calls none of their rules: `pure_rules_named` checks that.
        "db" => &["db", "domain", "error", "sentiment", "summary"],
        "config" => &["db", "email"],
        "auth" => &["auth", "error"],
        "storage" => &["auth", "photos"],
        "error" => &[],
        "pure" => &["domain", "sentiment", "summary", "photos", "i18n"],
        other => panic!("no rule for layer {other}"),
    }
}

/// Crates that do I/O or draw HTML, which pure modules must not use.
const NOT_PURE: &[&str] = &[
    "diesel",
    "actix_web",
    "actix_session",
    "askama",
    "lettre",
    "ureq",
    "std::fs",
    "std::net",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rust_files(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    Ok(())
}

/// The top-level modules a file names as `crate::x`, including each name in
/// `use crate::{x, y::z}`.
fn named_modules(source: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().last();
        rest = &rest[at + "crate::".len()..];
        if before == Some('$') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    names.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `crate::name!` is an exported macro, not a module.
            if !rest[name.len()..].starts_with('!') {
                names.insert(name);
            }
        }
    }
    names
}

/// Functions of the pure modules a file names (`use crate::summary::week_of`,
/// `crate::domain::post::said(…)`): their rules, where only their types may be.
fn pure_rules_named(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for statement in source.split(';') {
        let statement = statement.trim();
        let Some(path) = statement
            .strip_prefix("use crate::")
            .or_else(|| statement.strip_prefix("pub use crate::"))
        else {
            continue;
        };
        if !["domain", "sentiment", "summary"]
            .iter()
            .any(|pure| path.starts_with(pure))
        {
            continue;
        }
        let leaves = match path.find('{') {
            Some(open) => path[open + 1..].trim_end_matches('}').to_string(),
            None => path.rsplit("::").next().unwrap_or(path).to_string(),
        };
        for leaf in leaves.split(',').map(str::trim) {
            let name = leaf.rsplit("::").next().unwrap_or(leaf);
            if name.starts_with(|c: char| c.is_ascii_lowercase()) && name != "self" {
                found.push(name.to_string());
            }
        }
    }
    for pure in ["domain::", "sentiment::", "summary::"] {
        let mut rest = source;
        while let Some(at) = rest.find(&format!("crate::{pure}")) {
            rest = &rest[at + "crate::".len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut segments = path.rsplit("::");
            let leaf = segments.next().unwrap_or_default();
            // A free function: a lowercase name in a lowercase module (a
            // type's own mapping, `PostKind::parse`, is no rule of the domain's).
            let in_module = segments
                .next()
                .is_some_and(|owner| owner.starts_with(|c: char| c.is_ascii_lowercase()));
            if rest[path.len()..].starts_with('(')
                && in_module
                && leaf.starts_with(|c: char| c.is_ascii_lowercase())
            {
                found.push(leaf.to_string());
            }
        }
    }
    found
}

fn violations(relative: &str, source: &str) -> Vec<String> {
    let Some(layer) = layer_of(relative) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for name in named_modules(source) {
        if !allowed(layer).contains(&name.as_str()) {
            found.push(format!("src/{relative} ({layer}) names crate::{name}"));
        }
    }
    if layer == "routes" {
        if source.contains("super::") && !relative.ends_with("mod.rs") {
            found.push(format!(
                "src/{relative} reaches a sibling route module through super::"
            ));
        }
        for forbidden in ["crate::routes", "diesel", "with_conn", "write_tx"] {
            if source.contains(forbidden) {
                found.push(format!("src/{relative} uses {forbidden}"));
            }
        }
    }
    if layer == "services" && source.contains("db::schema") {
        found.push(format!(
            "src/{relative} queries db::schema instead of a model"
        ));
    }
    if layer == "db" {
        for rule in pure_rules_named(source) {
            found.push(format!(
                "src/{relative} (db) calls the rule {rule}: persistence only"
            ));
        }
    }
    if layer == "error" && source.contains("askama") {
        found.push(format!("src/{relative} draws HTML"));
    }
    if layer == "pure" {
        for io in NOT_PURE {
            if source.contains(&format!("{io}::")) {
                found.push(format!("src/{relative} (pure) uses {io}"));
            }
        }
    }
    found
}

#[test]
fn every_layer_imports_only_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files).expect("src is readable");
    assert!(files.len() > 50, "the source tree was not found");
    let mut problems = Vec::new();
    for path in files {
        let relative = path
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let source = std::fs::read_to_string(&path).expect("readable");
        problems.extend(violations(&relative, &source));
    }
    assert!(
        problems.is_empty(),
        "layering broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_a_route_that_reads_the_database() {
    let route = "use crate::db::models::posts;\nuse crate::services::{Db, posts as p};\n";
    assert_eq!(
        violations("routes/feed.rs", route),
        vec!["src/routes/feed.rs (routes) names crate::db"]
    );
    let sibling = "use crate::{routes::cohort, web::render};";
    assert_eq!(
        violations("routes/feed.rs", sibling),
        vec!["src/routes/feed.rs (routes) names crate::routes"]
    );
    let pure = "use crate::db::DbConn;\nfn f() { std::fs::read(\"x\"); }";
    assert_eq!(
        violations("summary/x.rs", pure),
        vec![
            "src/summary/x.rs (pure) names crate::db",
            "src/summary/x.rs (pure) uses std::fs"
        ]
    );
    let rule_in_db = "use crate::domain::{PostId, post::said};\nuse crate::summary::counts::Counts;\n\
                      fn f() { crate::summary::week_of(t); crate::domain::PostKind::parse(k); }";
    assert_eq!(
        violations("db/models/posts.rs", rule_in_db),
        vec![
            "src/db/models/posts.rs (db) calls the rule said: persistence only",
            "src/db/models/posts.rs (db) calls the rule week_of: persistence only",
        ]
    );
    assert!(
        violations("error.rs", "use askama::Template;")
            .contains(&"src/error.rs draws HTML".to_string())
    );
}
