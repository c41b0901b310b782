//! The 58同城, 猎聘 and BOSS直聘 fixtures through the real extractor: every page is classified as
//! the fixture expects (resume / not_a_resume), the board resume id is right, and no masked,
//! virtual or obfuscated contact comes out as clear. Field-level accuracy is the evaluation
//! harness's job; mismatching fields are printed here (`--nocapture`) to help while fixing.

use chrono::DateTime;
use hirebridge::channels::ChannelTable;
use hirebridge::extract::{extract, ApiPayload, ExtractError, Page};
use serde_json::Value;
use std::path::Path;

const BOARDS: [&str; 3] = ["58", "liepin", "boss"];

struct Case {
    name: String,
    fixture: Value,
    html: Option<String>,
    payloads: Vec<ApiPayload>,
}

fn cases() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for board in BOARDS {
        let dir = root.join(board);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for f in files {
            let fixture: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let html = fixture["html_file"]
                .as_str()
                .map(|h| std::fs::read_to_string(dir.join(h)).unwrap());
            let payloads = serde_json::from_value(
                fixture
                    .get("apiPayloads")
                    .cloned()
                    .unwrap_or(Value::Array(vec![])),
            )
            .unwrap();
            out.push(Case {
                name: format!("{board}/{}", f.file_stem().unwrap().to_string_lossy()),
                fixture,
                html,
                payloads,
            });
        }
    }
    out
}

fn run(c: &Case) -> Result<Value, ExtractError> {
    let page = Page {
        url: c.fixture["url"].as_str().unwrap(),
        html: c.html.as_deref(),
        api_payloads: &c.payloads,
        text: c.fixture["text"].as_str(),
        captured_at: DateTime::parse_from_rfc3339(c.fixture["captured_at"].as_str().unwrap())
            .unwrap(),
    };
    extract(&page, &ChannelTable::default()).map(|r| serde_json::to_value(r).unwrap())
}

/// Scored top-level fields that differ from gold (work/education compared as whole lists).
fn differences(got: &Value, gold: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (k, g) in gold.as_object().unwrap() {
        if matches!(k.as_str(), "extras") {
            continue;
        }
        let p = &got[k];
        if k == "source" {
            for sk in ["channelId", "channelResumeId"] {
                if p[sk] != g[sk] {
                    out.push(format!("source.{sk}: got {} want {}", p[sk], g[sk]));
                }
            }
        } else if p != g {
            out.push(format!("{k}:\n    got  {p}\n    want {g}"));
        }
    }
    out
}

#[test]
fn fixtures_classify_identify_and_never_leak_hidden_contacts() {
    let cases = cases();
    assert!(cases.len() >= 24, "expected at least 8 fixtures per board");
    let mut failures = Vec::new();
    for c in &cases {
        let expect = c.fixture["expect"].as_str().unwrap();
        match (expect, run(c)) {
            ("not_a_resume", Err(ExtractError::NotAResume(_))) => {}
            ("not_a_resume", Ok(_)) => failures.push(format!("{}: extracted a non-resume", c.name)),
            (_, Err(e)) => failures.push(format!("{}: {e}", c.name)),
            (_, Ok(got)) => {
                let gold = &c.fixture["gold"];
                let diffs = differences(&got, gold);
                if !diffs.is_empty() {
                    println!("--- {}\n  {}", c.name, diffs.join("\n  "));
                }
                if got["source"]["channelResumeId"] != gold["source"]["channelResumeId"] {
                    failures.push(format!("{}: wrong board resume id", c.name));
                }
                for (field, state) in [("phone", "phone_state"), ("email", "email_state")] {
                    let hidden = gold[state] != "clear" && gold[state] != "absent";
                    if hidden && (got[state] == "clear" || !got[field].is_null()) {
                        failures.push(format!("{}: hidden {field} reported clear", c.name));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
