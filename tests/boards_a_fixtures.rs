//! The labelled pages of 智联招聘, 前程无忧 and 赶集网 through the shared evaluation
//! (`extract::eval`, RESUME_MODEL.md §4), held to a stricter bar than the crate-wide gate:
//! every scored field of every page of these boards must match its gold.

use hirebridge::extract::eval;
use std::path::Path;

const BOARDS: &[&str] = &["zhaopin", "51job", "ganji"];

#[test]
fn every_page_of_zhaopin_51job_ganji_matches_its_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let cases: Vec<_> = eval::load_cases(&root)
        .expect("fixtures load")
        .into_iter()
        .filter(|c| BOARDS.contains(&c.board.as_str()))
        .collect();
    let report = eval::evaluate(&cases);
    println!("{}", eval::markdown(&report));
    for m in &report.mismatches {
        println!("  {m}");
    }
    assert!(
        report.unsafe_contacts.is_empty(),
        "{:#?}",
        report.unsafe_contacts
    );
    assert!(report.false_merges.is_empty(), "{:#?}", report.false_merges);
    assert_eq!(report.not_a_resume_rejected, report.not_a_resume_expected);
    for board in BOARDS {
        let stats = &report.per_board[*board];
        assert!(
            stats.docs >= 8,
            "{board}: only {} labelled pages",
            stats.docs
        );
        assert_eq!(
            stats.passed,
            stats.docs,
            "{board}: {} of {} pages differ from gold (see mismatches above)",
            stats.docs - stats.passed,
            stats.docs
        );
    }
}
