//! The canonical resume as central's form fields (seed 004: `/wx/resume/opt` takes the basic
//! fields, `/wx/resume/extend` one work or education record at a time).

use crate::model::{Education, Resume, Work};
use regex::Regex;
use std::sync::OnceLock;

pub type Form = Vec<(String, String)>;

fn push(form: &mut Form, key: &str, value: Option<String>) {
    if let Some(v) = value.filter(|v| !v.is_empty()) {
        form.push((key.to_string(), v));
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the `YYYY-MM-DD` central parses; the missing parts
/// become the first month/day because the server's date fields cannot hold less precision.
pub fn full_date(d: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$").unwrap());
    let c = re.captures(d.trim())?;
    let month: u32 = c.get(2).map_or(Ok(1), |m| m.as_str().parse()).ok()?;
    let day: u32 = c.get(3).map_or(Ok(1), |m| m.as_str().parse()).ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(format!("{}-{month:02}-{day:02}", &c[1]))
}

/// A phone central may store: clear and a mainland mobile. Anything masked, virtual or
/// obfuscated is not the person's number and is never sent.
fn sendable_phone(r: &Resume) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^1[3-9]\d{9}$").unwrap());
    r.phone
        .as_ref()
        .filter(|p| r.phone_state.is_clear() && re.is_match(p))
        .cloned()
}

fn sendable_email(r: &Resume) -> Option<String> {
    r.email
        .as_ref()
        .filter(|e| r.email_state.is_clear() && e.contains('@'))
        .cloned()
}

/// The basic fields of `/wx/resume/opt`. Unknown values are left out, so an update never
/// erases what central already has.
pub fn basic_fields(r: &Resume) -> Form {
    let mut f = Form::new();
    let num = |v: Option<i64>| v.map(|n| n.to_string());
    push(&mut f, "real_name", r.real_name.clone());
    push(&mut f, "gender", r.gender.clone());
    push(&mut f, "age", num(r.age));
    push(
        &mut f,
        "birth_date",
        r.birth_date.as_deref().and_then(full_date),
    );
    push(&mut f, "married", num(r.married));
    push(&mut f, "living_place", r.living_place.clone());
    push(&mut f, "birth_place", r.birth_place.clone());
    push(&mut f, "phone", sendable_phone(r));
    push(&mut f, "email", sendable_email(r));
    push(&mut f, "education", num(r.education));
    push(&mut f, "work_experience", num(r.work_experience));
    push(&mut f, "status", num(r.status));
    push(&mut f, "want_job", r.want_job.map(|b| b.to_string()));
    push(&mut f, "target_city", r.target_city.clone());
    if !r.expected_regions.is_empty() {
        push(
            &mut f,
            "expected_regions",
            Some(serde_json::to_string(&r.expected_regions).expect("strings serialise")),
        );
    }
    // `[]` means 面议 in the seed's model, which is information worth sending.
    push(
        &mut f,
        "expected_salary",
        Some(serde_json::to_string(&r.expected_salary).expect("ints serialise")),
    );
    push(&mut f, "self_evaluation", r.self_evaluation.clone());
    push(&mut f, "dl_license_class", r.dl_license_class.clone());
    push(&mut f, "driving_experience", num(r.driving_experience));
    push(&mut f, "rtqc_license_class", r.rtqc_license_class.clone());
    f
}

pub fn work_fields(w: &Work) -> Form {
    let mut f = Form::new();
    push(&mut f, "begin", w.begin.as_deref().and_then(full_date));
    // A current job has no end; sending one would close it on the server.
    if !w.current {
        push(&mut f, "end", w.end.as_deref().and_then(full_date));
    }
    push(&mut f, "enterprise_name", w.enterprise_name.clone());
    push(&mut f, "post_name", w.post_name.clone());
    push(&mut f, "industry", w.industry.clone());
    push(
        &mut f,
        "enterprise_scale",
        w.enterprise_scale.map(|n| n.to_string()),
    );
    push(&mut f, "dept_name", w.dept_name.clone());
    push(&mut f, "description", w.description.clone());
    push(&mut f, "vehicle_type", w.vehicle_type.clone());
    push(
        &mut f,
        "vehicle_load",
        w.vehicle_load.map(|n| n.to_string()),
    );
    push(
        &mut f,
        "vehicle_length",
        w.vehicle_length.map(|n| n.to_string()),
    );
    f
}

pub fn education_fields(e: &Education) -> Form {
    let mut f = Form::new();
    push(&mut f, "begin", e.begin.as_deref().and_then(full_date));
    push(&mut f, "end", e.end.as_deref().and_then(full_date));
    push(&mut f, "school_name", e.school_name.clone());
    push(&mut f, "major", e.major.clone());
    push(&mut f, "level", e.level.clone());
    f
}

/// One extended record of a resume as the sync sees it: a stable key (so a re-crawl finds the
/// record it sent before) and the form it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordForm {
    pub kind: RecordKind,
    pub key: String,
    pub fields: Form,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Work,
    Education,
}

impl RecordKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Work => "work",
            RecordKind::Education => "education",
        }
    }

    pub fn parse(s: &str) -> Option<RecordKind> {
        match s {
            "work" => Some(RecordKind::Work),
            "education" => Some(RecordKind::Education),
            _ => None,
        }
    }

    /// The id parameters central reads for update/delete. Work is sent under both names: the
    /// seed's text says `w_id`, the server reads `work_id`.
    pub fn id_params(self) -> &'static [&'static str] {
        match self {
            RecordKind::Work => &["w_id", "work_id"],
            RecordKind::Education => &["e_id"],
        }
    }
}

/// Work is matched by company + begin, education by school + end (RESUME_MODEL §4); repeats
/// within one resume get a counter so each keeps its own central record.
pub fn records(r: &Resume) -> Vec<RecordForm> {
    let mut out: Vec<RecordForm> = Vec::new();
    let mut add = |kind: RecordKind, base: String, fields: Form| {
        let n = out
            .iter()
            .filter(|x| x.kind == kind && x.key.split('#').next() == Some(base.as_str()))
            .count();
        let key = if n == 0 { base } else { format!("{base}#{n}") };
        out.push(RecordForm { kind, key, fields });
    };
    for w in &r.work_history {
        let base = format!(
            "{}|{}",
            w.enterprise_name.as_deref().unwrap_or("").trim(),
            w.begin.as_deref().unwrap_or("")
        );
        add(RecordKind::Work, base, work_fields(w));
    }
    for e in &r.education_history {
        let base = format!(
            "{}|{}",
            e.school_name.as_deref().unwrap_or("").trim(),
            e.end.as_deref().unwrap_or("")
        );
        add(RecordKind::Education, base, education_fields(e));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactState;

    fn get<'a>(f: &'a Form, k: &str) -> Option<&'a str> {
        f.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str())
    }

    #[test]
    fn masked_virtual_and_obfuscated_contacts_are_never_sent() {
        for state in [
            ContactState::Masked,
            ContactState::Virtual,
            ContactState::Obfuscated,
        ] {
            let r = Resume {
                phone: Some("13812341234".into()),
                phone_state: state,
                email: Some("a@b.cn".into()),
                email_state: state,
                ..Resume::default()
            };
            let f = basic_fields(&r);
            assert_eq!(get(&f, "phone"), None, "{state:?}");
            assert_eq!(get(&f, "email"), None, "{state:?}");
        }
        let r = Resume {
            phone: Some("13812341234".into()),
            phone_state: ContactState::Clear,
            ..Resume::default()
        };
        assert_eq!(get(&basic_fields(&r), "phone"), Some("13812341234"));
    }

    #[test]
    fn lists_are_json_text_and_dates_full() {
        let r = Resume {
            expected_salary: vec![6000, 8000],
            expected_regions: vec!["上海".into()],
            birth_date: Some("1985-06".into()),
            want_job: Some(true),
            ..Resume::default()
        };
        let f = basic_fields(&r);
        assert_eq!(get(&f, "expected_salary"), Some("[6000,8000]"));
        assert_eq!(get(&f, "expected_regions"), Some("[\"上海\"]"));
        assert_eq!(get(&f, "birth_date"), Some("1985-06-01"));
        assert_eq!(get(&f, "want_job"), Some("true"));
        assert_eq!(full_date("1979"), Some("1979-01-01".into()));
        assert_eq!(full_date("2020-13"), None);
    }

    #[test]
    fn current_job_sends_no_end_and_repeated_keys_are_distinct() {
        let w = Work {
            begin: Some("2019-03".into()),
            end: Some("2024-01".into()),
            current: true,
            enterprise_name: Some("顺达物流".into()),
            ..Work::default()
        };
        assert_eq!(get(&work_fields(&w), "end"), None);
        let r = Resume {
            work_history: vec![w.clone(), w],
            ..Resume::default()
        };
        let keys: Vec<String> = records(&r).into_iter().map(|x| x.key).collect();
        assert_eq!(keys, vec!["顺达物流|2019-03", "顺达物流|2019-03#1"]);
    }
}
