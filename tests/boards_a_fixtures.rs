//! The labelled pages of 智联招聘, 前程无忧 and 赶集网 (tests/fixtures/{zhaopin,51job,ganji})
//! through the real extractor, scored against their gold resumes (RESUME_MODEL.md §4).
//!
//! Prints per-board micro-F1 and every differing field; fails on any difference, on a hidden
//! contact reported clear, and on a non-resume page that is not refused.

use hirebridge::channels::ChannelTable;
use hirebridge::extract::{extract, ApiPayload, ExtractError, Page};
use serde_json::Value;
use std::path::Path;

const BOARDS: &[&str] = &["zhaopin", "51job", "ganji"];
/// `source` fields that are scored; url and crawl time are not, nor are extras.
const SOURCE_SCORED: &[&str] = &["channelId", "channelResumeId", "rawId"];

#[derive(Default)]
struct Score {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Score {
    /// One field instance: predicted vs gold, nulls and empty lists meaning "unknown".
    fn field(&mut self, pred: &Value, gold: &Value) -> bool {
        let known = |v: &Value| !(v.is_null() || v.as_array().is_some_and(Vec::is_empty));
        match (known(pred), known(gold)) {
            (true, true) if pred == gold => self.tp += 1,
            (true, true) => {
                self.fp += 1;
                self.fn_ += 1;
            }
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => return true,
        }
        pred == gold || (!known(pred) && !known(gold))
    }

    fn f1(&self) -> f64 {
        let p = f64::from(self.tp) / f64::from((self.tp + self.fp).max(1));
        let r = f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1));
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Scores one object's fields, recursing into the work/education lists entry by entry.
fn score_object(pred: &Value, gold: &Value, path: &str, s: &mut Score, diffs: &mut Vec<String>) {
    let Some(gobj) = gold.as_object() else { return };
    for (k, g) in gobj {
        let p = pred.get(k).unwrap_or(&Value::Null);
        let here = format!("{path}{k}");
        match k.as_str() {
            "extras" => continue,
            "source" => {
                for sk in SOURCE_SCORED {
                    let (pv, gv) = (
                        p.get(sk).unwrap_or(&Value::Null),
                        g.get(sk).unwrap_or(&Value::Null),
                    );
                    if !s.field(pv, gv) {
                        diffs.push(format!("{here}.{sk}: got {pv} want {gv}"));
                    }
                }
            }
            "work_history" | "education_history" => {
                let key: &[&str] = if k == "work_history" {
                    &["enterprise_name", "begin"]
                } else {
                    &["school_name", "end"]
                };
                let empty = Vec::new();
                let preds = p.as_array().unwrap_or(&empty);
                for (i, ge) in g.as_array().unwrap_or(&empty).iter().enumerate() {
                    let m = preds
                        .iter()
                        .find(|pe| key.iter().all(|kk| pe.get(kk) == ge.get(kk)));
                    match m {
                        Some(pe) => score_object(pe, ge, &format!("{here}[{i}]."), s, diffs),
                        None => {
                            // The whole entry is missed: each known sub-field is a miss.
                            score_object(&Value::Null, ge, &format!("{here}[{i}]."), s, diffs);
                            diffs.push(format!("{here}[{i}]: no entry matching {key:?}"));
                        }
                    }
                }
                for pe in preds {
                    if !g
                        .as_array()
                        .unwrap_or(&empty)
                        .iter()
                        .any(|ge| key.iter().all(|kk| pe.get(kk) == ge.get(kk)))
                    {
                        s.fp += 1;
                        diffs.push(format!(
                            "{here}: extra entry {}",
                            pe.get(key[0]).unwrap_or(&Value::Null)
                        ));
                    }
                }
            }
            _ => {
                if !s.field(p, g) {
                    diffs.push(format!("{here}: got {p} want {g}"));
                }
            }
        }
    }
}

fn load_page(
    dir: &Path,
    fx: &Value,
) -> (
    String,
    Option<String>,
    Vec<ApiPayload>,
    Option<String>,
    String,
) {
    let url = fx["url"].as_str().unwrap().to_string();
    let html = fx["html_file"]
        .as_str()
        .map(|f| std::fs::read_to_string(dir.join(f)).unwrap());
    let payloads: Vec<ApiPayload> = fx
        .get("apiPayloads")
        .map(|p| serde_json::from_value(p.clone()).unwrap())
        .unwrap_or_default();
    let text = fx["text"].as_str().map(str::to_string);
    (
        url,
        html,
        payloads,
        text,
        fx["captured_at"].as_str().unwrap().to_string(),
    )
}

#[test]
fn board_fixtures_match_their_gold() {
    let channels = ChannelTable::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut failures = Vec::new();
    let mut unsafe_contacts = 0;
    for board in BOARDS {
        let dir = root.join(board);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut score = Score::default();
        let mut cases = 0;
        for path in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            let fx: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let (url, html, payloads, text, cap) = load_page(&dir, &fx);
            let page = Page {
                url: &url,
                html: html.as_deref(),
                api_payloads: &payloads,
                text: text.as_deref(),
                captured_at: chrono::DateTime::parse_from_rfc3339(&cap).unwrap(),
            };
            cases += 1;
            let got = extract(&page, &channels);
            if fx["expect"] == "not_a_resume" {
                if !matches!(got, Err(ExtractError::NotAResume(_))) {
                    failures.push(format!(
                        "{board}/{name}: expected not_a_resume, got a resume"
                    ));
                }
                continue;
            }
            let resume = match got {
                Ok(r) => r,
                Err(e) => {
                    // Every known gold field is missed.
                    score_object(&Value::Null, &fx["gold"], "", &mut score, &mut Vec::new());
                    failures.push(format!("{board}/{name}: {e}"));
                    continue;
                }
            };
            let gold = &fx["gold"];
            for (state, gold_state) in [
                ("phone_state", &gold["phone_state"]),
                ("email_state", &gold["email_state"]),
            ] {
                let pred = serde_json::to_value(&resume).unwrap()[state].clone();
                if pred == "clear" && *gold_state != "clear" {
                    unsafe_contacts += 1;
                }
            }
            let pred = serde_json::to_value(&resume).unwrap();
            let mut diffs = Vec::new();
            score_object(&pred, gold, "", &mut score, &mut diffs);
            failures.extend(diffs.into_iter().map(|d| format!("{board}/{name}: {d}")));
        }
        println!(
            "{board:8} cases {cases:2}  tp {:3} fp {:3} fn {:3}  micro-F1 {:.3}",
            score.tp,
            score.fp,
            score.fn_,
            score.f1()
        );
    }
    for f in &failures {
        println!("  {f}");
    }
    assert_eq!(unsafe_contacts, 0, "a hidden contact was reported clear");
    assert!(failures.is_empty(), "{} field differences", failures.len());
}
