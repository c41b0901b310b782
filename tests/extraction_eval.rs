//! Extraction quality gate over every fixture in tests/fixtures (RESUME_MODEL §4).

use hirebridge::extract::eval;
use std::path::Path;

#[test]
fn extraction_quality_and_safety() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let cases = eval::load_cases(&root).expect("fixtures load");
    assert!(!cases.is_empty(), "no fixtures under {}", root.display());
    let report = eval::evaluate(&cases);
    println!("{}", eval::markdown(&report));
    println!("{}", eval::details(&report));
    assert!(
        report.unsafe_contacts.is_empty(),
        "contacts reported clear that are not: {:#?}",
        report.unsafe_contacts
    );
    assert!(
        report.false_merges.is_empty(),
        "different people share a duplicate key: {:#?}",
        report.false_merges
    );
    assert!(
        report.micro_f1() >= 0.95,
        "micro-F1 {:.3} < 0.95",
        report.micro_f1()
    );
}
