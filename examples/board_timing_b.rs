//! Scripted measurement of extraction time per page for the 58同城, 猎聘 and BOSS直聘 fixtures
//! (crawl_url is on the recruiter's click path):
//! `cargo run --release --example board_timing_b [rounds]` prints median and max per board.

use hirebridge::extract::eval;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let cases = eval::load_cases(&root).expect("fixtures load");
    println!("| board | pages | median µs/page | max µs/page |");
    println!("| --- | ---: | ---: | ---: |");
    for board in ["58", "liepin", "boss"] {
        let mine: Vec<_> = cases
            .iter()
            .filter(|c| c.name.starts_with(&format!("{board}/")))
            .collect();
        let mut per_page = Vec::new();
        for case in &mine {
            let mut samples: Vec<u128> = (0..rounds)
                .map(|_| {
                    let t = Instant::now();
                    let _ = std::hint::black_box(eval::predict(case));
                    t.elapsed().as_micros()
                })
                .collect();
            samples.sort_unstable();
            per_page.push(samples[samples.len() / 2]);
        }
        per_page.sort_unstable();
        println!(
            "| {board} | {} | {} | {} |",
            per_page.len(),
            per_page[per_page.len() / 2],
            per_page.last().copied().unwrap_or(0)
        );
    }
}
