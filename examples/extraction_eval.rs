//! Prints the extraction quality table in Markdown (for the README):
//! `cargo run --release --example extraction_eval [fixtures-dir] [--details] [--dump=<board/case>]`
//! (`--details` lists every wrong field; `--dump` prints what the extractor made of one case).

use hirebridge::extract::eval;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"));
    let cases = match eval::load_cases(&root) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot load fixtures: {e}");
            std::process::exit(2);
        }
    };
    if let Some(name) = args.iter().find_map(|a| a.strip_prefix("--dump=")) {
        for case in cases.iter().filter(|c| c.name == name) {
            match eval::predict(case) {
                Ok(r) => println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default()),
                Err(e) => println!("{e}"),
            }
        }
        return;
    }
    let report = eval::evaluate(&cases);
    print!("{}", eval::markdown(&report));
    if args.iter().any(|a| a == "--details") {
        println!();
        print!("{}", eval::details(&report));
    }
}
