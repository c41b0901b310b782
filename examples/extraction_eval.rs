//! Prints the extraction quality table in Markdown (for the README):
//! `cargo run --release --example extraction_eval [fixtures-dir] [--details] [--dump=<board/case>]`
//! (`--details` lists every wrong field; `--dump` prints what the extractor made of one case;
//! `--time` measures extraction time per page, 50 runs each).

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
    if args.iter().any(|a| a == "--time") {
        time_cases(&cases);
        return;
    }
    let report = eval::evaluate(&cases);
    print!("{}", eval::markdown(&report));
    if args.iter().any(|a| a == "--details") {
        println!();
        print!("{}", eval::details(&report));
    }
}

/// Mean and worst extraction time per board (wall clock, this machine, 50 runs per page).
fn time_cases(cases: &[eval::Case]) {
    use std::collections::BTreeMap;
    use std::time::Instant;
    const RUNS: u32 = 50;
    let mut per_board: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for case in cases {
        let _ = eval::predict(case);
        let start = Instant::now();
        for _ in 0..RUNS {
            let _ = std::hint::black_box(eval::predict(case));
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / f64::from(RUNS);
        per_board.entry(&case.board).or_default().push(ms);
    }
    println!("| board | pages | mean ms/page | worst ms/page |");
    println!("| --- | ---: | ---: | ---: |");
    for (board, times) in per_board {
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        let worst = times.iter().cloned().fold(0.0, f64::max);
        println!("| {board} | {} | {mean:.2} | {worst:.2} |", times.len());
    }
}
