//! Turns `src/domain/countries.tsv` into a constant table of countries, checked line
//! by line, so the data file stays the one place to edit.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=src/domain/countries.tsv");
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
            "    Country {{ code: {code:?}, name: {name:?}, region: {region:?}, consent_age: {consent_age}, consent_source: {source:?}, zones: &[{}] }},",
            zones.join(", ")
        );
        count += 1;
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}")));
    let code = format!("pub static ALL: [Country; {count}] = [\n{table}];\n");
    std::fs::write(out.join("countries.rs"), code).unwrap_or_else(|e| panic!("countries.rs: {e}"));
}
