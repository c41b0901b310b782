//! 赶集网 (channel 4): the recruiter's resume detail page (`hr.ganji.com/resume/detail/<id>`).
//!
//! Like its sister site 58同城, the page carries the resume as JSON (`window.__INITIAL_STATE__`,
//! 58-style keys) and renders it into `.resume-detail`; older pages have only the DOM. The JSON
//! is preferred field by field. Phone digits may be drawn by a per-page web font (private-use
//! code points): the normaliser reports those as obfuscated, never as a number.

use super::shown::{
    self, all, first, first_text, json_first, text_of, Field, Shown, ShownEducation, ShownWork,
};
use super::{ExtractError, Page};
use crate::model::Resume;
use regex::Regex;
use scraper::Html;
use serde_json::Value;
use std::sync::LazyLock;

/// Script assignments that hold the page state, in order of preference.
const STATE_MARKERS: &[&str] = &["window.__INITIAL_STATE__", "window.__RESUME_DETAIL__"];
/// Where the resume object sits inside the state.
const RESUME_PATHS: &[&str] = &["resumeDetail", "resume", "data.resume", "data"];

const JSON_FIELDS: &[(Field, &[&str])] = &[
    (Field::Name, &["trueName", "name"]),
    (Field::Gender, &["sexName", "sexText"]),
    (Field::Birth, &["birthday", "birth"]),
    (Field::Married, &["marriage", "maritalStatus"]),
    (Field::Living, &["liveArea", "address"]),
    (Field::Hukou, &["hometown", "hukou"]),
    (Field::Phone, &["mobile", "phone"]),
    (Field::Email, &["email"]),
    (Field::Education, &["education", "eduName"]),
    (Field::WorkYears, &["workYear", "workYears"]),
    (Field::Status, &["jobState", "jobStatus"]),
    (Field::TargetCities, &["expectArea", "expectCity"]),
    (Field::Salary, &["targetSalary", "expectSalary"]),
    (Field::TargetPost, &["targetPosition", "expectPosition"]),
    (Field::SelfEval, &["letter", "selfIntro"]),
    (Field::UpdatedOnBoard, &["updateDate", "updateTime"]),
];
const JSON_ID: &[&str] = &["resumeid", "resumeId", "id"];

/// DOM selectors (ordered fallbacks).
struct Sel {
    root: &'static [&'static str],
    name: &'static [&'static str],
    labels: &'static [&'static str],
    /// Elements whose text is one "label：value" line (contacts, intention, 58-style blocks).
    labelled: &'static [&'static str],
    tags: &'static [&'static str],
    work_item: &'static [&'static str],
    work_time: &'static [&'static str],
    work_company: &'static [&'static str],
    work_title: &'static [&'static str],
    work_desc: &'static [&'static str],
    edu_item: &'static [&'static str],
    edu_time: &'static [&'static str],
    edu_school: &'static [&'static str],
    edu_major: &'static [&'static str],
    edu_level: &'static [&'static str],
    letter: &'static [&'static str],
}

const SEL: Sel = Sel {
    root: &[".resume-detail", "#resume-detail", ".resume-wrap"],
    name: &[".resume-basic h1.name", ".resume-basic .name", "#name"],
    labels: &[
        ".resume-basic .basic-info .item",
        ".basic-info span",
        ".base-info span",
    ],
    labelled: &[
        ".resume-basic-list li",
        ".resume-intention li",
        ".contact",
        "#expectLocation",
        ".expect-job",
    ],
    tags: &[".resume-tags .tag"],
    work_item: &[
        ".resume-exp .exp-item",
        ".work.experience .experience-detail",
    ],
    work_time: &[".exp-time", ".itemTime"],
    work_company: &[".exp-company", ".itemName"],
    work_title: &[".exp-position", ".itemPosition"],
    work_desc: &[".exp-desc", ".itemDesc"],
    edu_item: &[".resume-edu .edu-item", ".education.experience .edu-detail"],
    edu_time: &[".edu-time"],
    edu_school: &[".edu-school", ".college-name"],
    edu_major: &[".edu-major"],
    edu_level: &[".edu-degree"],
    // Paragraphs of the self-introduction (all of them, one per line).
    letter: &[
        ".resume-letter p",
        ".self-intro p",
        ".resume-letter",
        ".self-intro",
    ],
};

/// Labels of the DOM's pairs → fields.
const PAIR_FIELDS: &[(&str, Field)] = &[
    ("现居住", Field::Living),
    ("居住地", Field::Living),
    ("手机号码", Field::Phone),
    ("联系电话", Field::Phone),
    ("电子邮箱", Field::Email),
    ("期望职位", Field::TargetPost),
    ("期望薪资", Field::Salary),
    ("期望地区", Field::TargetCities),
    ("期望地点", Field::TargetCities),
    ("电话", Field::Phone),
    ("求职状态", Field::Status),
];

static ID_IN_PATH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/resume/detail/(\d+)").unwrap());

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let doc = page.html.map(Html::parse_document);
    let state = doc.as_ref().and_then(page_state);
    let json = state
        .as_ref()
        .and_then(|st| RESUME_PATHS.iter().find_map(|p| resume_object(st, p)))
        .or_else(|| {
            page.api_payloads
                .iter()
                .find_map(|p| resume_in_payload(&p.body))
        });
    let dom_root = doc.as_ref().and_then(|d| first(shown::root(d), SEL.root));
    // One id in the markup names the page's resume; several mean a list of candidates.
    let id_attr = doc.as_ref().and_then(|d| {
        let mut ids: Vec<String> = d
            .select(&shown::sel(ID_ATTR_SELECTOR))
            .filter_map(|e| ID_ATTRS.iter().find_map(|a| e.value().attr(a)))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect();
        ids.dedup();
        (ids.len() == 1).then(|| ids.remove(0))
    });
    let id = json
        .as_ref()
        .and_then(|r| json_first(r, JSON_ID))
        .or_else(|| ID_IN_PATH.captures(page.url).map(|c| c[1].to_string()))
        .or_else(|| shown::query_param(page.url, "resumeid"))
        .or(id_attr);

    let mut s = Shown::default();
    if let Some(r) = &json {
        from_json(&mut s, r);
    }
    if let Some(root) = dom_root {
        from_dom(&mut s, root);
    }
    let mut resume = if s.get(Field::Name).is_none() && s.works.is_empty() {
        // BOARDS.md does not pin ganji's layout down and it changes between page versions: a
        // page whose known JSON and DOM layouts are missing may still show a resume as labelled
        // pairs and headed sections, which the generic reader handles (and rejects if not).
        // Only a page that names one resume: a candidate list also shows names and phones.
        if id.is_none() {
            return Err(ExtractError::NotAResume(
                "ganji page without a resume".into(),
            ));
        }
        let mut r = super::generic::extract(page)?;
        r.source.channel_resume_id = String::new();
        r.source.raw_id = None;
        r
    } else {
        s.into_resume(&page.captured_at)
    };
    if let Some(id) = id {
        resume.source.channel_resume_id = id;
    }
    Ok(resume)
}

/// Markup that carries the resume id when the URL does not.
const ID_ATTR_SELECTOR: &str = "[data-resumeid], [data-resume-id]";
const ID_ATTRS: &[&str] = &["data-resumeid", "data-resume-id"];

/// The JSON assigned to the first known state variable in an inline script.
fn page_state(doc: &Html) -> Option<Value> {
    for script in doc.select(&shown::sel("script")) {
        let code: String = script.text().collect();
        for marker in STATE_MARKERS {
            let Some(at) = code.find(marker) else {
                continue;
            };
            let rest = &code[at + marker.len()..];
            let Some(start) = rest.find(['{', '[']) else {
                continue;
            };
            let mut values =
                serde_json::Deserializer::from_str(&rest[start..]).into_iter::<Value>();
            if let Some(Ok(v)) = values.next() {
                return Some(v);
            }
        }
    }
    None
}

fn resume_object(state: &Value, path: &str) -> Option<Value> {
    let mut cur = state;
    for seg in path.split('.') {
        cur = cur.get(seg)?;
    }
    (cur.get("resumeid").is_some() || cur.get("trueName").is_some()).then(|| cur.clone())
}

fn resume_in_payload(body: &Value) -> Option<Value> {
    let v = shown::payload_json(body)?;
    RESUME_PATHS.iter().find_map(|p| resume_object(&v, p))
}

fn from_json(s: &mut Shown, r: &Value) {
    for (field, paths) in JSON_FIELDS {
        if let Some(v) = json_first(r, paths) {
            s.offer(*field, &v);
        }
    }
    // 58-style sex code, used only when the page gives no text for it.
    if let Some(code) = json_first(r, &["sex"]) {
        s.offer(
            Field::Gender,
            if code == "1" {
                "女"
            } else if code == "0" {
                "男"
            } else {
                ""
            },
        );
    }
    if let Some(age) = json_first(r, &["age"]) {
        if age.bytes().all(|b| b.is_ascii_digit()) {
            s.offer(Field::Age, &format!("{age}岁"));
        }
    }
    let list = |k: &str| {
        r.get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let t = |v: &Value, k: &str| shown::json_text(v, k).unwrap_or_default();
    for w in list("experiences") {
        s.works.push(ShownWork {
            range: shown::json_range(&t(&w, "startDate"), &t(&w, "endDate")),
            company: t(&w, "company"),
            title: t(&w, "positionName"),
            industry: t(&w, "industry"),
            scale: t(&w, "companyScale"),
            description: t(&w, "description"),
            ..ShownWork::default()
        });
    }
    for e in list("educations") {
        s.educations.push(ShownEducation {
            range: shown::json_range(&t(&e, "startDate"), &t(&e, "endDate")),
            school: t(&e, "school"),
            major: t(&e, "major"),
            level: t(&e, "degree"),
        });
    }
    for tag in list("tags") {
        let (n, v) = (t(&tag, "name"), t(&tag, "value"));
        if !v.is_empty() {
            s.certificates.push(format!("{n}：{v}"));
        }
    }
}

fn from_dom(s: &mut Shown, root: scraper::ElementRef) {
    if let Some(n) = first_text(root, SEL.name) {
        s.offer(Field::Name, &n);
    }
    for l in all(root, SEL.labels) {
        s.offer_label(&text_of(l));
    }
    for el in SEL
        .labelled
        .iter()
        .flat_map(|css| root.select(&shown::sel(css)).collect::<Vec<_>>())
    {
        let line = text_of(el);
        let Some((label, value)) = line.split_once(['：', ':']) else {
            continue;
        };
        let key = shown::clean(label);
        match PAIR_FIELDS.iter().find(|(l, _)| *l == key) {
            Some((_, f)) => s.offer(*f, value),
            None => s.extra(&key, value),
        }
    }
    if s.certificates.is_empty() {
        s.certificates = all(root, SEL.tags).into_iter().map(text_of).collect();
    }
    if s.works.is_empty() {
        for w in all(root, SEL.work_item) {
            let t = |sels: &[&str]| first_text(w, sels).unwrap_or_default();
            s.works.push(ShownWork {
                range: t(SEL.work_time),
                company: t(SEL.work_company),
                title: t(SEL.work_title),
                description: t(SEL.work_desc),
                ..ShownWork::default()
            });
        }
    }
    if s.educations.is_empty() {
        for e in all(root, SEL.edu_item) {
            let t = |sels: &[&str]| first_text(e, sels).unwrap_or_default();
            s.educations.push(ShownEducation {
                range: t(SEL.edu_time),
                school: t(SEL.edu_school),
                major: t(SEL.edu_major),
                level: t(SEL.edu_level),
            });
        }
    }
    let letter: Vec<String> = all(root, SEL.letter).into_iter().map(text_of).collect();
    s.offer(Field::SelfEval, &letter.join("\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_json_is_read_from_the_script() {
        let doc = Html::parse_document(
            r#"<script>var x=1;</script><script>window.__INITIAL_STATE__ = {"resumeDetail":{"resumeid":"3041","trueName":"曹文斌"}};</script>"#,
        );
        let st = page_state(&doc).unwrap();
        let r = resume_object(&st, "resumeDetail").unwrap();
        assert_eq!(json_first(&r, JSON_ID).as_deref(), Some("3041"));
    }

    #[test]
    fn id_comes_from_the_url_path_without_json() {
        let c = ID_IN_PATH
            .captures("https://hr.ganji.com/resume/detail/3041255501982273?from=x")
            .unwrap();
        assert_eq!(&c[1], "3041255501982273");
    }

    #[test]
    fn unknown_layout_falls_back_to_labelled_pairs_and_sections() {
        let html = r#"<html><body><div class="resume-box" data-resumeid="7700123400">
<h3 class="who">马先生</h3><p>男 / 39岁 / 高中 / 15年工作经验</p>
<p>联系电话：<b>177****0202</b></p>
<dl><dt>求职意向</dt><dd><label>期望职位：</label>叉车司机</dd><dd><label>期望地点：</label>合肥</dd></dl>
<dl><dt>工作经历</dt><dd><p>2015年6月 - 2024年8月　合肥捷运仓储有限公司　叉车司机</p><p>仓库叉车作业。</p></dd></dl>
</div></body></html>"#;
        let page = Page {
            url: "https://hr.ganji.com/resume/view?from=list",
            html: Some(html),
            api_payloads: &[],
            text: None,
            captured_at: chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        };
        let r = extract(&page).unwrap();
        assert_eq!(r.source.channel_resume_id, "7700123400");
        assert_eq!(r.phone_masked.as_deref(), Some("177****0202"));
        assert_eq!(r.target_post.as_deref(), Some("叉车司机"));
        assert_eq!(r.work_history.len(), 1);
    }

    #[test]
    fn a_page_without_any_resume_is_still_rejected() {
        let html = "<html><body><div class=\"resume-wrap\"><h1>热门职位</h1><p>招聘叉车司机 5000-7000元</p></div></body></html>";
        let page = Page {
            url: "https://hr.ganji.com/job/list",
            html: Some(html),
            api_payloads: &[],
            text: None,
            captured_at: chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        };
        assert!(matches!(extract(&page), Err(ExtractError::NotAResume(_))));
    }

    #[test]
    fn a_candidate_list_in_an_unknown_layout_is_not_a_resume() {
        let card = |id: &str, name: &str, phone: &str| {
            format!(
                "<div class=\"card\" data-resumeid=\"{id}\"><p>姓名：{name}</p><p>性别：男</p>\
                 <p>年龄：40岁</p><p>手机：{phone}</p><p>学历：高中</p></div>"
            )
        };
        let html = format!(
            "<html><body>{}{}</body></html>",
            card("7700123401", "石先生", "177****0606"),
            card("7700123402", "邱先生", "177****0707")
        );
        let page = Page {
            url: "https://hr.ganji.com/resume/search?key=司机",
            html: Some(&html),
            api_payloads: &[],
            text: None,
            captured_at: chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        };
        assert!(matches!(extract(&page), Err(ExtractError::NotAResume(_))));
    }
}
