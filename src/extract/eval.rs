//! Extraction quality on the labelled fixtures (RESUME_MODEL §4).
//!
//! Every `tests/fixtures/<board>/<case>.json` (format in the helpers' briefing) is run through
//! [`extract`](super::extract) and compared with its gold resume field by field:
//! TP = predicted non-null and equal to gold; FP = predicted non-null and gold null or different;
//! FN = gold non-null and predicted null or different. Lists count as one field (empty = null;
//! `dl_license_classes` and `vehicle_types` compare as sets, the others in order);
//! a contact state of `absent` and a work entry's `current: false` count as null, so that
//! defaults do not score. Work and education entries are matched before their sub-fields are
//! scored: first on (company, begin) / (school, end) exactly, then leftovers that share one of
//! the two, so that one wrong company name costs one field rather than the whole entry.
//!
//! Two safety counts must stay zero: a contact predicted `clear` where gold's is not clear (or a
//! different clear value), and two fixtures of different people sharing a `duplicate` identity key.

use super::{extract, ApiPayload, ExtractError, Page};
use crate::channels::ChannelTable;
use crate::identity::{self, Tier};
use crate::model::{ContactState, Resume};
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One labelled page.
#[derive(Debug, Clone)]
pub struct Case {
    /// Directory name under `tests/fixtures` (zhaopin, 51job, 58, ganji, liepin, boss, generic).
    pub board: String,
    /// `<board>/<file stem>`.
    pub name: String,
    pub description: String,
    pub url: String,
    pub html: Option<String>,
    pub text: Option<String>,
    pub api_payloads: Vec<ApiPayload>,
    pub captured_at: DateTime<FixedOffset>,
    pub person: Option<String>,
    /// `None` when the page must be rejected as `not_a_resume`.
    pub gold: Option<Resume>,
    /// Gold keys that the model does not know (typos would otherwise be scored as null).
    pub unknown_gold_keys: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CaseFile {
    #[serde(default)]
    description: String,
    url: String,
    #[serde(default, rename = "html_file")]
    html_file: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    api_payloads: Vec<ApiPayload>,
    #[serde(rename = "captured_at")]
    captured_at: String,
    #[serde(default)]
    person: Option<String>,
    expect: String,
    #[serde(default)]
    gold: Option<Value>,
}

/// Loads every `<root>/<board>/<case>.json`, sorted by name.
pub fn load_cases(root: &Path) -> Result<Vec<Case>, String> {
    let mut files: Vec<PathBuf> = Vec::new();
    let boards = std::fs::read_dir(root).map_err(|e| format!("{}: {e}", root.display()))?;
    for board in boards.flatten() {
        if !board.path().is_dir() {
            continue;
        }
        for f in std::fs::read_dir(board.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if f.path().extension().is_some_and(|x| x == "json") {
                files.push(f.path());
            }
        }
    }
    files.sort();
    files.iter().map(|p| load_case(p)).collect()
}

fn load_case(path: &Path) -> Result<Case, String> {
    let err = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let raw = std::fs::read_to_string(path).map_err(|e| err(&e))?;
    let file: CaseFile = serde_json::from_str(&raw).map_err(|e| err(&e))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let html = match (&file.html_file, file.html) {
        (Some(f), _) => Some(std::fs::read_to_string(dir.join(f)).map_err(|e| err(&e))?),
        (None, inline) => inline,
    };
    let captured_at = DateTime::parse_from_rfc3339(&file.captured_at).map_err(|e| err(&e))?;
    let (gold, unknown_gold_keys) = match file.expect.as_str() {
        "not_a_resume" => (None, vec![]),
        "resume" => {
            let value = file
                .gold
                .ok_or_else(|| err(&"expect resume without gold"))?;
            let gold: Resume = serde_json::from_value(value.clone()).map_err(|e| err(&e))?;
            let known = serde_json::to_value(&gold).map_err(|e| err(&e))?;
            (Some(gold), unknown_keys(&value, &known, ""))
        }
        other => return Err(err(&format!("unknown expect {other:?}"))),
    };
    let board = dir
        .file_name()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    Ok(Case {
        name: format!("{board}/{stem}"),
        board,
        description: file.description,
        url: file.url,
        html,
        text: file.text,
        api_payloads: file.api_payloads,
        captured_at,
        person: file.person,
        gold,
        unknown_gold_keys,
    })
}

fn unknown_keys(given: &Value, known: &Value, prefix: &str) -> Vec<String> {
    let (Value::Object(g), Value::Object(k)) = (given, known) else {
        return vec![];
    };
    let mut out = Vec::new();
    for (key, v) in g {
        let path = format!("{prefix}{key}");
        match k.get(key) {
            // `rawId` and `updatedOnBoard` are skipped when null, so their absence is fine.
            None if !matches!(key.as_str(), "rawId" | "updatedOnBoard") => out.push(path.clone()),
            Some(kv) => out.extend(unknown_keys(v, kv, &format!("{path}."))),
            None => {}
        }
        if let (Value::Array(items), Some(Value::Array(known_items))) = (v, k.get(key)) {
            for (i, item) in items.iter().enumerate() {
                if let Some(ki) = known_items.get(i) {
                    out.extend(unknown_keys(item, ki, &format!("{path}[{i}].")));
                }
            }
        }
    }
    out
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

/// A ratio where 0/0 is perfect: nothing to find and nothing wrongly found.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Clone, Default)]
pub struct BoardStats {
    pub docs: usize,
    pub passed: usize,
    pub counts: Counts,
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub per_field: BTreeMap<String, Counts>,
    pub per_board: BTreeMap<String, BoardStats>,
    pub total: Counts,
    pub docs: usize,
    pub docs_passed: usize,
    pub not_a_resume_expected: usize,
    pub not_a_resume_rejected: usize,
    /// Safety (a): a contact predicted clear that gold does not have as that clear value.
    pub unsafe_contacts: Vec<String>,
    /// Safety (b): fixture pairs of different people sharing a duplicate-tier key.
    pub false_merges: Vec<String>,
    /// Same-person fixture pairs that share a duplicate-tier key (information, not scored).
    pub true_merges: usize,
    /// Per document: what went wrong, for whoever fixes the extractor.
    pub mismatches: Vec<String>,
    /// Fixture problems (unknown gold keys).
    pub warnings: Vec<String>,
}

impl Report {
    pub fn micro_f1(&self) -> f64 {
        self.total.f1()
    }
    pub fn safety_count(&self) -> usize {
        self.unsafe_contacts.len() + self.false_merges.len()
    }
}

/// What the extractor makes of one case (default channel table).
pub fn predict(case: &Case) -> Result<Resume, ExtractError> {
    let page = Page {
        url: &case.url,
        html: case.html.as_deref(),
        api_payloads: &case.api_payloads,
        text: case.text.as_deref(),
        captured_at: case.captured_at,
    };
    extract(&page, &ChannelTable::default())
}

/// Runs every case through the extractor and scores it.
pub fn evaluate(cases: &[Case]) -> Report {
    let mut report = Report::default();
    let mut predicted: Vec<(usize, Resume)> = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let result = predict(case);
        for k in &case.unknown_gold_keys {
            report
                .warnings
                .push(format!("{}: gold key `{k}` is not in the model", case.name));
        }
        let board = report.per_board.entry(case.board.clone()).or_default();
        board.docs += 1;
        report.docs += 1;
        if let Ok(p) = &result {
            check_contacts(&mut report.unsafe_contacts, case, p);
            predicted.push((i, p.clone()));
        }
        let board = report.per_board.get_mut(&case.board).unwrap();
        let Some(gold) = &case.gold else {
            report.not_a_resume_expected += 1;
            match result {
                Err(ExtractError::NotAResume(_)) => {
                    report.not_a_resume_rejected += 1;
                    board.passed += 1;
                    report.docs_passed += 1;
                }
                Ok(_) => report.mismatches.push(format!(
                    "{}: expected not_a_resume, got a resume",
                    case.name
                )),
            }
            continue;
        };
        let empty = Resume::default();
        let p = match &result {
            Ok(p) => p,
            Err(e) => {
                report.mismatches.push(format!("{}: {e}", case.name));
                &empty
            }
        };
        let mut doc = Vec::new();
        let fields = score(gold, p, &mut doc);
        let mut doc_total = Counts::default();
        for (field, c) in fields {
            doc_total.add(c);
            report.per_field.entry(field).or_default().add(c);
        }
        board.counts.add(doc_total);
        report.total.add(doc_total);
        if result.is_ok() && doc_total.fp == 0 && doc_total.fn_ == 0 {
            board.passed += 1;
            report.docs_passed += 1;
        }
        report
            .mismatches
            .extend(doc.into_iter().map(|m| format!("{}: {m}", case.name)));
    }
    check_merges(&mut report, cases, &predicted);
    report
}

fn check_contacts(out: &mut Vec<String>, case: &Case, p: &Resume) {
    let empty = Resume::default();
    let gold = case.gold.as_ref().unwrap_or(&empty);
    let pairs = [
        (
            "phone",
            p.phone_state,
            &p.phone,
            gold.phone_state,
            &gold.phone,
        ),
        (
            "email",
            p.email_state,
            &p.email,
            gold.email_state,
            &gold.email,
        ),
    ];
    for (what, p_state, p_value, g_state, g_value) in pairs {
        if p_state != ContactState::Clear {
            continue;
        }
        if g_state != ContactState::Clear {
            out.push(format!(
                "{}: {what} predicted clear {:?}, gold is {:?}",
                case.name, p_value, g_state
            ));
        } else if p_value != g_value {
            out.push(format!(
                "{}: {what} predicted clear {:?}, gold {:?}",
                case.name, p_value, g_value
            ));
        }
    }
}

fn check_merges(report: &mut Report, cases: &[Case], predicted: &[(usize, Resume)]) {
    let keys: Vec<BTreeSet<String>> = predicted
        .iter()
        .map(|(_, r)| {
            identity::keys(r)
                .into_iter()
                .filter(|k| k.tier == Tier::Duplicate)
                .map(|k| k.to_string())
                .collect()
        })
        .collect();
    for a in 0..predicted.len() {
        for b in a + 1..predicted.len() {
            let shared: Vec<&String> = keys[a].intersection(&keys[b]).collect();
            if shared.is_empty() {
                continue;
            }
            let (ca, cb) = (&cases[predicted[a].0], &cases[predicted[b].0]);
            if ca.person.is_some() && ca.person == cb.person {
                report.true_merges += 1;
            } else {
                report.false_merges.push(format!(
                    "{} ({:?}) and {} ({:?}) share {:?}",
                    ca.name, ca.person, cb.name, cb.person, shared
                ));
            }
        }
    }
}

/// Field name → counts for one document; wrong fields are described in `doc`.
fn score(gold: &Resume, p: &Resume, doc: &mut Vec<String>) -> BTreeMap<String, Counts> {
    let mut out = BTreeMap::new();
    let g = to_object(gold);
    let pv = to_object(p);
    for (key, gv) in &g {
        match key.as_str() {
            "extras" | "work_history" | "education_history" => continue,
            "source" => {
                for sub in ["channelId", "channelResumeId", "rawId"] {
                    let gs = gv.get(sub).cloned().unwrap_or(Value::Null);
                    let ps = pv
                        .get("source")
                        .and_then(|s| s.get(sub))
                        .cloned()
                        .unwrap_or(Value::Null);
                    compare(&format!("source.{sub}"), &gs, &ps, &mut out, doc);
                }
            }
            _ => compare(key, gv, pv.get(key).unwrap_or(&Value::Null), &mut out, doc),
        }
    }
    let entries = |r: &Resume, key: &str| -> Vec<Map<String, Value>> {
        match to_object(r).remove(key) {
            Some(Value::Array(items)) => items
                .into_iter()
                .filter_map(|v| match v {
                    Value::Object(m) => Some(m),
                    _ => None,
                })
                .collect(),
            _ => vec![],
        }
    };
    score_list(
        "work",
        &entries(gold, "work_history"),
        &entries(p, "work_history"),
        ("enterprise_name", "begin"),
        &mut out,
        doc,
    );
    score_list(
        "education",
        &entries(gold, "education_history"),
        &entries(p, "education_history"),
        ("school_name", "end"),
        &mut out,
        doc,
    );
    out
}

fn to_object(r: &Resume) -> Map<String, Value> {
    match serde_json::to_value(r) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Null-like values: defaults that say nothing.
fn is_null(field: &str, v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::String(s) => s.is_empty() || (field.ends_with("_state") && s == "absent"),
        Value::Bool(b) => field.ends_with(".current") && !b,
        _ => false,
    }
}

/// Licence classes and vehicle types are sets: their order on the page means nothing.
fn same_set(field: &str, a: &Value, b: &Value) -> bool {
    if !matches!(field, "dl_license_classes" | "vehicle_types") {
        return false;
    }
    let set = |v: &Value| -> Option<BTreeSet<String>> {
        v.as_array()?
            .iter()
            .map(|x| x.as_str().map(str::to_string))
            .collect()
    };
    matches!((set(a), set(b)), (Some(x), Some(y)) if x == y)
}

fn compare(
    field: &str,
    gold: &Value,
    pred: &Value,
    out: &mut BTreeMap<String, Counts>,
    doc: &mut Vec<String>,
) {
    let (g_null, p_null) = (is_null(field, gold), is_null(field, pred));
    let c = out.entry(field.to_string()).or_default();
    let equal = !g_null && !p_null && (gold == pred || same_set(field, gold, pred));
    if equal {
        c.tp += 1;
        return;
    }
    if !p_null {
        c.fp += 1;
    }
    if !g_null {
        c.fn_ += 1;
    }
    if !(g_null && p_null) {
        doc.push(format!("{field}: predicted {pred}, gold {gold}"));
    }
}

fn score_list(
    prefix: &str,
    gold: &[Map<String, Value>],
    pred: &[Map<String, Value>],
    (name_key, date_key): (&str, &str),
    out: &mut BTreeMap<String, Counts>,
    doc: &mut Vec<String>,
) {
    let get = |m: &Map<String, Value>, k: &str| m.get(k).cloned().unwrap_or(Value::Null);
    let mut pred_used = vec![false; pred.len()];
    let mut pairing: Vec<Option<usize>> = vec![None; gold.len()];
    // Exact (name, date) first, then leftovers sharing one of the two.
    for strict in [true, false] {
        for (gi, g) in gold.iter().enumerate() {
            if pairing[gi].is_some() {
                continue;
            }
            let found = pred.iter().enumerate().find(|(pi, p)| {
                if pred_used[*pi] {
                    return false;
                }
                let same_name =
                    !is_null(name_key, &get(g, name_key)) && get(g, name_key) == get(p, name_key);
                let same_date =
                    !is_null(date_key, &get(g, date_key)) && get(g, date_key) == get(p, date_key);
                if strict {
                    same_name && same_date
                } else {
                    same_name || same_date
                }
            });
            if let Some((pi, _)) = found {
                pred_used[pi] = true;
                pairing[gi] = Some(pi);
            }
        }
    }
    let empty = Map::new();
    let keys = |m: &Map<String, Value>| m.keys().cloned().collect::<BTreeSet<_>>();
    for (gi, g) in gold.iter().enumerate() {
        let p = pairing[gi].map_or(&empty, |pi| &pred[pi]);
        if pairing[gi].is_none() {
            doc.push(format!("{prefix}[{gi}]: no predicted entry matches"));
        }
        for k in keys(g).union(&keys(p)) {
            let field = format!("{prefix}.{k}");
            compare(&field, &get(g, k), &get(p, k), out, doc);
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if pred_used[pi] {
            continue;
        }
        doc.push(format!("{prefix}: extra predicted entry {pi}"));
        for k in keys(p) {
            let field = format!("{prefix}.{k}");
            compare(&field, &Value::Null, &get(p, k.as_str()), out, doc);
        }
    }
}

/// The report as Markdown: per-field table, per-board table, totals and safety counts.
pub fn markdown(r: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "| field | TP | FP | FN | precision | recall | F1 |");
    let _ = writeln!(s, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (field, c) in &r.per_field {
        if c.tp + c.fp + c.fn_ == 0 {
            continue;
        }
        let _ = writeln!(
            s,
            "| {field} | {} | {} | {} | {:.3} | {:.3} | {:.3} |",
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "| board | documents | passed | micro-P | micro-R | micro-F1 |"
    );
    let _ = writeln!(s, "| --- | ---: | ---: | ---: | ---: | ---: |");
    for (board, b) in &r.per_board {
        let _ = writeln!(
            s,
            "| {board} | {} | {} | {:.3} | {:.3} | {:.3} |",
            b.docs,
            b.passed,
            b.counts.precision(),
            b.counts.recall(),
            b.counts.f1()
        );
    }
    let _ = writeln!(
        s,
        "| **all** | {} | {} | {:.3} | {:.3} | {:.3} |",
        r.docs,
        r.docs_passed,
        r.total.precision(),
        r.total.recall(),
        r.total.f1()
    );
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "- micro-F1 over {} field instances: **{:.3}** (TP {}, FP {}, FN {})",
        r.total.tp + r.total.fn_,
        r.micro_f1(),
        r.total.tp,
        r.total.fp,
        r.total.fn_
    );
    let _ = writeln!(
        s,
        "- documents with every scored field right: {}/{} ({:.1}%)",
        r.docs_passed,
        r.docs,
        100.0 * ratio(r.docs_passed, r.docs)
    );
    let _ = writeln!(
        s,
        "- not_a_resume pages rejected: {}/{}",
        r.not_a_resume_rejected, r.not_a_resume_expected
    );
    let _ = writeln!(
        s,
        "- safety: hidden or wrong contacts reported clear: **{}**; different people merged: **{}** (same-person pairs merged: {})",
        r.unsafe_contacts.len(),
        r.false_merges.len(),
        r.true_merges
    );
    s
}

/// Mismatches, safety findings and fixture warnings, one per line (for test output).
pub fn details(r: &Report) -> String {
    let mut s = String::new();
    for line in r
        .unsafe_contacts
        .iter()
        .chain(&r.false_merges)
        .chain(&r.warnings)
        .chain(&r.mismatches)
    {
        let _ = writeln!(s, "{line}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Work;

    fn gold() -> Resume {
        Resume {
            real_name: Some("王建国".into()),
            phone: Some("13912345678".into()),
            phone_state: ContactState::Clear,
            expected_salary: vec![8000, 10000],
            work_history: vec![
                Work {
                    enterprise_name: Some("甲公司".into()),
                    begin: Some("2016-04".into()),
                    current: true,
                    post_name: Some("司机".into()),
                    ..Work::default()
                },
                Work {
                    enterprise_name: Some("乙公司".into()),
                    begin: Some("2010-03".into()),
                    ..Work::default()
                },
            ],
            ..Resume::default()
        }
    }

    #[test]
    fn identical_resume_scores_perfectly() {
        let mut doc = Vec::new();
        let s = score(&gold(), &gold(), &mut doc);
        let total = s.values().fold(Counts::default(), |mut a, c| {
            a.add(*c);
            a
        });
        assert_eq!(total.fp + total.fn_, 0, "{doc:?}");
        // name, phone, phone_state, salary, channelId; 2×enterprise, 2×begin, current, post.
        assert_eq!(total.tp, 11);
    }

    #[test]
    fn wrong_value_is_fp_and_fn_and_entries_match_by_key() {
        let mut p = gold();
        p.real_name = Some("王建军".into());
        p.expected_salary = vec![];
        p.work_history.reverse();
        p.work_history[1].post_name = None;
        let mut doc = Vec::new();
        let s = score(&gold(), &p, &mut doc);
        assert_eq!(
            s["real_name"],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s["expected_salary"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            s["work.enterprise_name"],
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s["work.post_name"],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(doc.len(), 3, "{doc:?}");
    }

    #[test]
    fn unmatched_entries_count_every_sub_field() {
        let mut p = gold();
        p.work_history[1].enterprise_name = Some("丙公司".into());
        p.work_history[1].begin = Some("2009-01".into());
        let mut doc = Vec::new();
        let s = score(&gold(), &p, &mut doc);
        assert_eq!(
            s["work.enterprise_name"],
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            s["work.begin"],
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn masked_contact_reported_clear_is_unsafe() {
        let case = |gold: Resume| Case {
            board: "t".into(),
            name: "t/a".into(),
            description: String::new(),
            url: String::new(),
            html: None,
            text: None,
            api_payloads: vec![],
            captured_at: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
            person: None,
            gold: Some(gold),
            unknown_gold_keys: vec![],
        };
        let mut masked = gold();
        masked.phone = None;
        masked.phone_state = ContactState::Masked;
        let mut out = Vec::new();
        check_contacts(&mut out, &case(masked), &gold());
        assert_eq!(out.len(), 1);
        let mut other = gold();
        other.phone = Some("13700001111".into());
        check_contacts(&mut out, &case(other), &gold());
        assert_eq!(out.len(), 2);
        check_contacts(&mut out, &case(gold()), &gold());
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn set_like_lists_ignore_order_but_others_do_not() {
        let mut p = gold();
        p.vehicle_types = vec!["厢式货车".into(), "其他".into()];
        p.expected_salary = vec![10000, 8000];
        let mut g = gold();
        g.vehicle_types = vec!["其他".into(), "厢式货车".into()];
        let s = score(&g, &p, &mut Vec::new());
        assert_eq!(
            s["vehicle_types"],
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s["expected_salary"],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn unknown_gold_keys_are_reported() {
        let given = serde_json::json!({"real_name": "x", "realname": "y", "source": {"channelId": 1, "chanelId": 2}});
        let known = serde_json::to_value(Resume::default()).unwrap();
        assert_eq!(
            unknown_keys(&given, &known, ""),
            vec!["realname", "source.chanelId"]
        );
    }
}
