//! Prints the extraction quality table in Markdown (for the README):
//! `cargo run --release --example extraction_eval [fixtures-dir] [--details]`.

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
    let report = eval::evaluate(&cases);
    print!("{}", eval::markdown(&report));
    if args.iter().any(|a| a == "--details") {
        println!();
        print!("{}", eval::details(&report));
    }
}
