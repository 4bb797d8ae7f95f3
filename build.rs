//! Turns `src/domain/countries.tsv` and `src/domain/country_names.tsv` into a
//! constant table of countries and their names in every members' language,
//! checked line by line, so the data files stay the one place to edit; and
//! works out the sentiment scorer's word table from its lexicons
//! (`src/sentiment/words.rs`).

#[path = "src/sentiment/word_hash.rs"]
mod word_hash;
#[path = "src/sentiment/words.rs"]
mod words;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// The languages `country_names.tsv` gives names in, after English.
const OTHER_LANGUAGES: usize = 9;

/// Code (or region) → its names in the other languages, quoted for Rust.
fn other_names() -> HashMap<String, Vec<String>> {
    let data = std::fs::read_to_string("src/domain/country_names.tsv")
        .unwrap_or_else(|e| panic!("src/domain/country_names.tsv: {e}"));
    let mut names = HashMap::new();
    for (number, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(
            fields.len() == OTHER_LANGUAGES + 1 && fields.iter().all(|f| !f.is_empty()),
            "src/domain/country_names.tsv:{}: a code and {OTHER_LANGUAGES} names",
            number + 1
        );
        let quoted = fields[1..].iter().map(|name| format!("{name:?}")).collect();
        names.insert(fields[0].to_string(), quoted);
    }
    names
}

/// `english` and the other languages' names of `key`, as a Rust array.
fn names_of(key: &str, english: &str, other: &HashMap<String, Vec<String>>) -> String {
    let names = other
        .get(key)
        .unwrap_or_else(|| panic!("src/domain/country_names.tsv: no names for {key}"));
    format!("[{english:?}, {}]", names.join(", "))
}

fn main() {
    println!("cargo:rerun-if-changed=src/sentiment/words.rs");
    println!("cargo:rerun-if-changed=src/sentiment/word_hash.rs");
    println!("cargo:rerun-if-changed=src/sentiment/lexicon");
    println!("cargo:rerun-if-changed=src/domain/countries.tsv");
    println!("cargo:rerun-if-changed=src/domain/country_names.tsv");
    let other = other_names();
    let data = std::fs::read_to_string("src/domain/countries.tsv")
        .unwrap_or_else(|e| panic!("src/domain/countries.tsv: {e}"));
    let mut table = String::new();
    let mut count = 0;
    for (number, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let at = number + 1;
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, name, region, age, source, zones] = fields[..] else {
            panic!("src/domain/countries.tsv:{at}: six tab-separated fields are needed");
        };
        assert!(
            code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
            "src/domain/countries.tsv:{at}: the code is two capital letters"
        );
        assert!(
            !name.is_empty() && !region.is_empty(),
            "src/domain/countries.tsv:{at}: a name and a region"
        );
        let consent_age: i32 = if age.is_empty() {
            16
        } else {
            age.parse()
                .unwrap_or_else(|_| panic!("src/domain/countries.tsv:{at}: the age is a number"))
        };
        assert!(
            age.is_empty() == source.is_empty(),
            "src/domain/countries.tsv:{at}: an age needs its source, and a source its age"
        );
        let zones: Vec<String> = zones.split(' ').map(|z| format!("{z:?}")).collect();
        assert!(
            !zones.is_empty(),
            "src/domain/countries.tsv:{at}: at least one zone"
        );
        let _ = writeln!(
            table,
            "    Country {{ code: {code:?}, name: {name:?}, names: {}, region: {region:?}, consent_age: {consent_age}, consent_source: {source:?}, zones: &[{}] }},",
            names_of(code, name, &other),
            zones.join(", ")
        );
        count += 1;
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")));
    let regions: Vec<String> = [
        "Africa",
        "Americas",
        "Asia",
        "Europe",
        "Oceania",
        "Antarctica",
    ]
    .iter()
    .map(|region| format!("    ({region:?}, {}),", names_of(region, region, &other)))
    .collect();
    let code = format!(
        "pub static ALL: [Country; {count}] = [\n{table}];\npub static REGIONS: [(&str, [&str; {}]); {}] = [\n{}\n];\n",
        OTHER_LANGUAGES + 1,
        regions.len(),
        regions.join("\n")
    );
    std::fs::write(out.join("countries.rs"), code).unwrap_or_else(|e| panic!("countries.rs: {e}"));
    std::fs::write(out.join("words.rs"), words::table())
        .unwrap_or_else(|e| panic!("words.rs: {e}"));
}
