//! 智联招聘 (channel 1): rd5 resume detail (Knockout SPA), its `api/rd/resume/detail` JSON,
//! and the rd6 recommend panel.
//!
//! The JSON the page loaded is preferred field by field; the DOM fills what it lacks. Selectors
//! and JSON paths live in the tables below (ordered fallbacks), so a redesign is a table edit.

use super::shown::{
    self, all, first, first_text, json_first, text_of, Field, Shown, ShownEducation, ShownWork,
};
use super::{normalise, ExtractError, Page};
use crate::model::Resume;
use regex::Regex;
use scraper::{ElementRef, Html};
use serde_json::Value;
use std::sync::LazyLock;

/// JSON paths under the detail response's `data` object, per field.
const API_FIELDS: &[(Field, &[&str])] = &[
    (Field::Name, &["candidate.userName", "candidate.name"]),
    (Field::Gender, &["detail.Gender", "candidate.gender"]),
    (Field::Married, &["detail.MaritalStatus"]),
    (Field::Living, &["candidate.address", "candidate.city"]),
    (Field::Hukou, &["detail.HuKou"]),
    (Field::Phone, &["candidate.mobilePhone", "candidate.phone"]),
    (
        Field::VirtualPhone,
        &[
            "candidate.virtual_mobile",
            "candidate.virtualMobile",
            "candidate.virtualPhone",
        ],
    ),
    (Field::Email, &["candidate.email"]),
    (
        Field::Education,
        &["candidate.eduLevel", "detail.EducationLevel"],
    ),
    (Field::WorkSince, &["candidate.workYearsRangeId"]),
    (
        Field::Status,
        &["detail.CurrentCareerStatus", "detail.CareerStatus"],
    ),
    (
        Field::TargetCities,
        &["detail.DesiredCity", "detail.DesiredCityName"],
    ),
    (Field::SalaryCode, &["detail.DesiredSalaryScope"]),
    (
        Field::TargetPost,
        &["detail.DesiredJobType", "detail.DesiredPosition"],
    ),
    (Field::SelfEval, &["detail.CommentContent"]),
    (
        Field::UpdatedOnBoard,
        &["jobResume.modifieddate", "candidate.modifyDate"],
    ),
];
const API_WORKS: &str = "WorkExperience";
const API_EDUCATIONS: &str = "EducationExperience";
const API_CERTIFICATES: &str = "AchieveCertificate";

/// DOM selectors, rd5 first, then rd6, then the older "dave" template.
struct Dom {
    root: &'static [&'static str],
    id: &'static [&'static str],
    name: &'static [&'static str],
    labels: &'static [&'static str],
    city: &'static [&'static str],
    hukou: &'static [&'static str],
    phone: &'static [&'static str],
    /// The element around the phone, which says when the number is a relay (虚拟号).
    phone_slot: &'static [&'static str],
    email: &'static [&'static str],
    /// Key/value pairs of the career objective: (item, key, value).
    property: (
        &'static [&'static str],
        &'static [&'static str],
        &'static [&'static str],
    ),
    work: WorkSel,
    education: EduSel,
    certificate: &'static [&'static str],
    self_eval: &'static [&'static str],
    updated: &'static [&'static str],
}

/// A work-history entry: the item, then per sub-field ordered selectors within it.
struct WorkSel {
    item: &'static [&'static str],
    time: &'static [&'static str],
    company: &'static [&'static str],
    title: &'static [&'static str],
    /// "物流/仓储 | 民营 | 100-499人"
    tags: &'static [&'static str],
    description: &'static [&'static str],
}

struct EduSel {
    item: &'static [&'static str],
    time: &'static [&'static str],
    school: &'static [&'static str],
    major: &'static [&'static str],
    level: &'static [&'static str],
}

const DOM: Dom = Dom {
    root: &[
        "#resumeDetail",
        "#resume-detail-wrapper",
        ".new-resume-detail--inner",
        ".resume-detail",
        ".resume-preview-main",
    ],
    id: &[
        ".resume-content__header .resume-content--letter-spacing",
        ".resume-basic__id",
        ".resume-left-tips-id",
    ],
    name: &[
        "span.resume-content__candidate-name",
        ".resume-basic__name-text",
        ".userNameContainer",
    ],
    labels: &[
        "p.resume-content__labels span",
        ".resume-basic__info span",
        ".dave-baseInfo-cont span",
    ],
    city: &[
        "span[data-bind='textQ: currentCity()']",
        ".resume-basic__city",
    ],
    hukou: &["span[data-bind='textQ: hukou()']"],
    phone: &[
        ".resume-content__mobile-phone span[data-bind='textQ: mobilePhone']",
        ".resume-basic__phone",
        ".phoneEmailContainer .telephone",
    ],
    phone_slot: &[".resume-content__mobile-phone", ".resume-basic__contact"],
    email: &[
        ".resume-content__email span[data-bind='textQ: email']",
        ".resume-basic__email",
        ".phoneEmailContainer .email",
    ],
    property: (
        &[
            ".is-career-objective .resume-content__property",
            ".resume-block--intention .resume-block__item",
            ".dave-resDetail-jobIntent .intentItem",
            ".resume-content__property",
        ],
        &[
            ".resume-content__property-key",
            ".resume-block__label",
            "dt",
        ],
        &[
            ".resume-content__property-value",
            ".resume-block__value",
            "dd",
        ],
    ),
    work: WorkSel {
        item: &[
            ".is-work-experience .timeline__item",
            ".resume-work-item",
            ".dave-resDetail-workExpInfo .workExpItem",
        ],
        time: &[".timeline__time", ".resume-work-item__time", ".work_time"],
        company: &[
            "[data-bind='textQ: data.companyName']",
            ".resume-work-item__company",
            ".company_name",
            "h4",
        ],
        title: &[
            "[data-bind='textQ: data.jobTitle']",
            "[data-bind='textQ: data.jobName']",
            ".resume-work-item__job",
            ".job_title",
            ".timeline__title",
        ],
        tags: &[".timeline__tags", ".resume-work-item__tags", ".work_tags"],
        description: &[
            "[data-bind='textQ: data.workDescription']",
            ".resume-work-item__desc",
            ".work_description",
        ],
    },
    education: EduSel {
        item: &[
            ".is-education .timeline__item",
            ".resume-edu-item",
            ".dave-resDetail-eduInfo .eduItem",
        ],
        time: &[".timeline__time", ".resume-edu-item__time", ".edu_time"],
        school: &[
            "[data-bind='textQ: data.schoolName']",
            ".resume-edu-item__school",
            ".school_name",
        ],
        major: &[
            "[data-bind='textQ: data.majorName']",
            ".resume-edu-item__major",
            ".major_name",
        ],
        level: &[
            "[data-bind='text: data.eduLevel']",
            ".resume-edu-item__degree",
            ".edu_degree",
        ],
    },
    certificate: &[
        "[data-bind='textQ: data.certificateName']",
        ".resume-cert-item__name",
    ],
    self_eval: &[
        "[data-bind='textQ: commentContent']",
        ".selfEval_content",
        ".resume-block--self .resume-block__text",
    ],
    updated: &[".resume-content__update", ".resume-left-tips-time"],
};

/// Where the resume number can be found, in order: URL, JSON, panel attribute, "ID：" text.
const URL_ID_PARAMS: &[&str] = &["resumeNo", "resumeNumber", "resume_no"];
const API_ID_PATHS: &[&str] = &["resumeNumber", "resumeNo", "candidate.resumeNumber"];
const DOM_ID_ATTRS: &[(&str, &str)] = &[(".new-resume-detail--inner", "data-resume-number")];

static DOM_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"ID\s*[:：]\s*([0-9A-Za-z_)(\-]+)").unwrap());

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let url_id = URL_ID_PARAMS
        .iter()
        .find_map(|p| shown::query_param(page.url, p));
    let api = detail_payload(page, url_id.as_deref());
    let doc = page.html.map(Html::parse_document);
    // A page without any known wrapper is still read through its field selectors.
    let dom_root = doc
        .as_ref()
        .map(|d| first(shown::root(d), DOM.root).unwrap_or_else(|| shown::root(d)));

    let mut s = Shown::default();
    if let Some(data) = &api {
        from_api(&mut s, data);
    }
    if let Some(root) = dom_root {
        from_dom(&mut s, root);
    }
    let raw_id = url_id
        .or_else(|| api.as_ref().and_then(|d| json_first(d, API_ID_PATHS)))
        .or_else(|| doc.as_ref().and_then(dom_id));
    if s.get(Field::Name).is_none() && s.works.is_empty() && s.get(Field::Phone).is_none() {
        return Err(ExtractError::NotAResume(
            "no zhaopin resume in the page".into(),
        ));
    }
    let mut resume = s.into_resume(&page.captured_at);
    if let Some(raw) = raw_id {
        resume.source.channel_resume_id = canonical_id(&raw);
        resume.source.raw_id = Some(raw);
    }
    Ok(resume)
}

/// The `data` of the resume-detail response for this page. The extension may send several
/// responses (other resumes opened earlier in the SPA): one that names another resume than the
/// URL is never used; among the rest, the one naming this resume wins, else the last.
fn detail_payload(page: &Page, url_id: Option<&str>) -> Option<Value> {
    let wanted = url_id.map(canonical_id);
    let details: Vec<(Option<String>, Value)> = page
        .api_payloads
        .iter()
        .filter_map(|p| {
            let data = shown::payload_json(&p.body)?.get("data")?.clone();
            (data.get("candidate").is_some() || data.get("detail").is_some()).then_some(data)
        })
        .map(|d| (json_first(&d, API_ID_PATHS).map(|n| canonical_id(&n)), d))
        .filter(|(id, _)| wanted.is_none() || id.is_none() || *id == wanted)
        .collect();
    details
        .iter()
        .find(|(id, _)| wanted.is_some() && *id == wanted)
        .or(details.last())
        .map(|(_, d)| d.clone())
}

/// The person's key from a `resumeNo`: the token before the first `_`, whether the number is
/// plain (`519299559408_1_1`) or encrypted (`<token>_1_1;<hex key>;<ms>`).
pub fn canonical_id(resume_no: &str) -> String {
    let t = resume_no.trim();
    t.split(['_', ';']).next().unwrap_or(t).to_string()
}

fn dom_id(doc: &Html) -> Option<String> {
    let root = shown::root(doc);
    for (css, attr) in DOM_ID_ATTRS {
        if let Some(v) = first(root, &[css]).and_then(|e| e.value().attr(attr)) {
            return Some(v.to_string());
        }
    }
    let text = first_text(root, DOM.id)?;
    DOM_ID.captures(&text).map(|c| c[1].to_string())
}

fn from_api(s: &mut Shown, data: &Value) {
    for (field, paths) in API_FIELDS {
        if let Some(v) = json_first(data, paths) {
            s.offer(*field, &v);
        }
    }
    if let Some(birth) = birth_from_api(data.get("candidate")) {
        s.offer(Field::Birth, &birth);
    }
    let detail = data.get("detail");
    let list = |key: &str| -> Vec<Value> {
        detail
            .and_then(|d| d.get(key))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let t = |v: &Value, k: &str| shown::json_text(v, k).unwrap_or_default();
    for w in list(API_WORKS) {
        s.works.push(ShownWork {
            range: api_range(&t(&w, "DateStart"), &t(&w, "DateEnd")),
            company: t(&w, "CompanyName"),
            title: t(&w, "JobTitle"),
            industry: t(&w, "CompanyIndustry"),
            scale: t(&w, "CompanySize"),
            dept: t(&w, "Department"),
            description: t(&w, "WorkDescription"),
        });
    }
    for e in list(API_EDUCATIONS) {
        s.educations.push(ShownEducation {
            range: api_range(&t(&e, "DateStart"), &t(&e, "DateEnd")),
            school: t(&e, "SchoolName"),
            major: t(&e, "MajorName"),
            level: t(&e, "EducationLevel"),
        });
    }
    for c in list(API_CERTIFICATES) {
        let name = t(&c, "CertificateName");
        if !name.is_empty() {
            s.certificates.push(name);
        }
    }
    if let Some(code) = json_first(data, &["detail.CurrentSalary"]) {
        s.extra("目前月薪代码", &code);
    }
}

/// `birthYear`/`birthMonth`/`birthDay` with 0 meaning "not given".
fn birth_from_api(candidate: Option<&Value>) -> Option<String> {
    let c = candidate?;
    let n = |k: &str| {
        c.get(k)
            .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
            .filter(|n| *n > 0)
    };
    let y = n("birthYear")?;
    Some(match (n("birthMonth"), n("birthDay")) {
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    })
}

/// 智联 leaves `DateEnd` empty for the current job (the page renders it as 至今).
fn api_range(start: &str, end: &str) -> String {
    let end = if end.trim().is_empty() && !start.trim().is_empty() {
        "至今"
    } else {
        end
    };
    shown::json_range(start, end)
}

fn from_dom(s: &mut Shown, root: ElementRef) {
    if let Some(name) = first_text(root, DOM.name) {
        s.offer(Field::Name, &name);
    }
    for label in all(root, DOM.labels) {
        s.offer_label(&text_of(label));
    }
    if let Some(city) = first_text(root, DOM.city) {
        s.offer(Field::Living, after_colon(&city));
    }
    if let Some(h) = first_text(root, DOM.hukou) {
        s.offer(Field::Hukou, after_colon(&h));
    }
    if let Some(p) = first_text(root, DOM.phone) {
        let slot = first_text(root, DOM.phone_slot).unwrap_or_default();
        let field = if slot.contains("虚拟") {
            Field::VirtualPhone
        } else {
            Field::Phone
        };
        s.offer(field, after_colon(&p));
    }
    if let Some(e) = first_text(root, DOM.email) {
        s.offer(Field::Email, after_colon(&e));
    }
    let (item, key, value) = DOM.property;
    for prop in all(root, item) {
        let pair = match (first_text(prop, key), first_text(prop, value)) {
            (Some(k), Some(v)) => Some((k, v)),
            _ => unlabelled_pair(prop),
        };
        let Some((k, v)) = pair else {
            continue;
        };
        match property_field(&k) {
            Some(f) => s.offer(f, &v),
            None => s.extra(&k, &v),
        }
    }
    let dom_works = items(root, DOM.work.item, WORK_HEADINGS);
    if s.works.is_empty() {
        for &item in &dom_works {
            let t = |sels: &[&str]| first_text(item, sels).unwrap_or_default();
            let company = t(DOM.work.company);
            let title = first_text(item, DOM.work.title)
                .or_else(|| loose_title(item, &company))
                .unwrap_or_default();
            let mut w = ShownWork {
                range: t(DOM.work.time),
                company,
                title,
                description: t(DOM.work.description),
                ..ShownWork::default()
            };
            Shown::company_tags(&mut w, &t(DOM.work.tags));
            s.works.push(w);
        }
    }
    let dom_educations: Vec<ShownEducation> = items(root, DOM.education.item, EDU_HEADINGS)
        .into_iter()
        .map(dom_education)
        .collect();
    if s.educations.is_empty() {
        s.educations = dom_educations;
    } else {
        // The JSON may leave out what the page shows (the degree of a school): same school, the
        // page's value fills the gap.
        for e in &mut s.educations {
            let Some(d) = dom_educations
                .iter()
                .find(|d| shown::clean(&d.school) == shown::clean(&e.school))
            else {
                continue;
            };
            if e.level.trim().is_empty() {
                e.level = d.level.clone();
            }
            if e.major.trim().is_empty() {
                e.major = d.major.clone();
            }
        }
    }
    if s.certificates.is_empty() {
        s.certificates = all(root, DOM.certificate)
            .into_iter()
            .map(text_of)
            .collect();
    }
    if let Some(se) = first_text(root, DOM.self_eval)
        .or_else(|| section(root, SELF_EVAL_HEADINGS).and_then(|sec| first_text(sec, SECTION.body)))
    {
        s.offer(Field::SelfEval, &se);
    }
    if let Some(u) = first_text(root, DOM.updated) {
        s.offer(Field::UpdatedOnBoard, after_colon(&u));
    }
}

/// Sections found by their heading when the section's own class is missing.
struct SectionSel {
    section: &'static str,
    header: &'static [&'static str],
    body: &'static [&'static str],
    item: &'static [&'static str],
}

const SECTION: SectionSel = SectionSel {
    section: ".resume-content__section, .resume-block, section",
    header: &[
        ".resume-content__section-header",
        ".resume-block__title",
        "h3",
        "h2",
    ],
    body: &[".resume-content__section-body", ".resume-block__body"],
    item: &[".timeline__item", "li"],
};
const WORK_HEADINGS: &[&str] = &["工作经历", "工作经验"];
const EDU_HEADINGS: &[&str] = &["教育经历", "教育背景"];
const SELF_EVAL_HEADINGS: &[&str] = &["自我评价", "自我描述", "个人评价"];

/// The section whose heading contains one of `words`.
fn section<'a>(root: ElementRef<'a>, words: &[&str]) -> Option<ElementRef<'a>> {
    root.select(&shown::sel(SECTION.section)).find(|sec| {
        first_text(*sec, SECTION.header).is_some_and(|h| words.iter().any(|w| h.contains(w)))
    })
}

/// Entries of a history section: by their known selectors, else the items under its heading.
fn items<'a>(root: ElementRef<'a>, known: &[&str], headings: &[&str]) -> Vec<ElementRef<'a>> {
    let found = all(root, known);
    if !found.is_empty() {
        return found;
    }
    section(root, headings).map_or_else(Vec::new, |sec| all(sec, SECTION.item))
}

/// A `<dl>`/`<div>` pair whose children carry no key/value classes: first child is the key.
fn unlabelled_pair(prop: ElementRef) -> Option<(String, String)> {
    let mut kids = prop
        .children()
        .filter_map(ElementRef::wrap)
        .map(text_of)
        .filter(|t| !shown::clean(t).is_empty());
    let key = kids.next()?;
    let value = kids.collect::<Vec<_>>().join(" ");
    (!value.is_empty()).then_some((key, value))
}

/// A job title shown as a bare line: the first short text element of the entry that is not its
/// dates, company or description.
fn loose_title(item: ElementRef, company: &str) -> Option<String> {
    let skip = [DOM.work.time, DOM.work.description, DOM.work.tags].concat();
    let skip: Vec<ElementRef> = skip
        .iter()
        .flat_map(|css| item.select(&shown::sel(css)).collect::<Vec<_>>())
        .collect();
    item.select(&shown::sel("p, span, div"))
        .filter(|e| {
            !skip
                .iter()
                .any(|s| s.id() == e.id() || e.ancestors().any(|a| a.id() == s.id()))
        })
        .map(|e| without_salary(&shown::clean(&text_of(e))))
        .find(|t| {
            !t.is_empty()
                && t != company
                && !company.contains(t.as_str())
                && t.chars().count() <= 20
        })
}

/// A title line without the salary shown beside it (`商务车司机｜8001-10000元/月`).
fn without_salary(line: &str) -> String {
    line.split(['｜', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty() && !normalise::looks_like_salary(p))
        .collect::<Vec<_>>()
        .join("｜")
}

/// An education entry: known selectors first; otherwise the school is the first named piece and
/// the other pieces ("汽车运用技术 | 大专", bare spans) are a degree if they read as one, else
/// the major.
fn dom_education(item: ElementRef) -> ShownEducation {
    let t = |sels: &[&str]| first_text(item, sels).unwrap_or_default();
    let mut e = ShownEducation {
        range: t(DOM.education.time),
        school: t(DOM.education.school),
        major: t(DOM.education.major),
        level: t(DOM.education.level),
    };
    if !e.major.is_empty() && !e.level.is_empty() {
        return e;
    }
    let range = shown::clean(&e.range);
    let mut pieces: Vec<String> = Vec::new();
    for node in item.descendants() {
        if let scraper::Node::Text(txt) = node.value() {
            for p in txt.split(['|', '｜']) {
                let p = shown::clean(p);
                if !p.is_empty() && p != range {
                    pieces.push(p);
                }
            }
        }
    }
    // A major element that is present but empty means "no major", not "look elsewhere".
    let major_shown = first(item, DOM.education.major).is_some();
    for p in pieces {
        if [&e.school, &e.level, &e.major]
            .iter()
            .any(|k| shown::clean(k) == p)
        {
            continue;
        }
        if e.school.is_empty() {
            e.school = p;
        } else if e.level.is_empty() && normalise::education(&p).1.is_some() {
            e.level = p;
        } else if e.major.is_empty() && !major_shown {
            e.major = p;
        }
    }
    e
}

/// Career-objective labels (rd5 and rd6 wording) → fields.
fn property_field(label: &str) -> Option<Field> {
    // "期望月薪（税前）：" → "期望月薪".
    let l: String = shown::clean(label).replace(' ', "");
    let l = l.trim_end_matches([':', '：']);
    let l = l.split(['（', '(']).next().unwrap_or(l);
    Some(match l {
        "期望工作地区" | "期望城市" | "期望工作地点" | "期望地点" | "工作地点" | "意向城市" => {
            Field::TargetCities
        }
        "期望月薪" | "期望薪资" | "期望薪酬" => Field::Salary,
        "目前状况" | "求职状态" | "当前状态" | "目前状态" => Field::Status,
        "期望从事职业" | "期望职位" | "期望岗位" | "期望职业" | "意向岗位" => {
            Field::TargetPost
        }
        _ => return None,
    })
}

/// "现居住地：上海-浦东新区" → "上海-浦东新区".
fn after_colon(s: &str) -> &str {
    s.split_once(['：', ':']).map_or(s, |(_, v)| v).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_salary_beside_the_job_title_is_not_part_of_it() {
        assert_eq!(without_salary("商务车司机｜8001-10000元/月"), "商务车司机");
        assert_eq!(without_salary("司机 | 8K"), "司机");
        assert_eq!(without_salary("调度员"), "调度员");
    }

    #[test]
    fn plain_resume_number_keeps_the_person_token() {
        assert_eq!(canonical_id("519299559408_1_1"), "519299559408");
    }

    #[test]
    fn encrypted_resume_number_keeps_the_token_before_the_first_underscore() {
        let raw = "rhYDek1QRtbcqxA)GF5K9A_1_1;AB73AD710FF5222FFC7CD7A9F6FAB13D;1567043707263";
        assert_eq!(canonical_id(raw), "rhYDek1QRtbcqxA)GF5K9A");
    }

    #[test]
    fn url_encoded_resume_number_is_decoded_before_splitting() {
        let url = "https://rd5.zhaopin.com/resume/detail?resumeNo=Kq3V%29dF7hA_1_1%3BAB73%3B156&openFrom=5";
        let raw = shown::query_param(url, "resumeNo").unwrap();
        assert_eq!(raw, "Kq3V)dF7hA_1_1;AB73;156");
        assert_eq!(canonical_id(&raw), "Kq3V)dF7hA");
    }

    #[test]
    fn birth_parts_with_zero_are_not_given() {
        let c = serde_json::json!({"birthYear": 1988, "birthMonth": 3, "birthDay": 0});
        assert_eq!(birth_from_api(Some(&c)).as_deref(), Some("1988-03"));
        let c = serde_json::json!({"birthYear": 1985, "birthMonth": 0, "birthDay": 0});
        assert_eq!(birth_from_api(Some(&c)).as_deref(), Some("1985"));
        assert_eq!(
            birth_from_api(Some(&serde_json::json!({"birthYear": 0}))),
            None
        );
    }

    #[test]
    fn empty_end_date_is_the_current_job() {
        assert_eq!(api_range("2019-03", ""), "2019-03 - 至今");
        assert_eq!(api_range("2012-05", "2019-02"), "2012-05 - 2019-02");
    }

    fn page<'a>(
        url: &'a str,
        html: Option<&'a str>,
        payloads: &'a [super::super::ApiPayload],
    ) -> Page<'a> {
        Page {
            url,
            html,
            api_payloads: payloads,
            text: None,
            captured_at: chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        }
    }

    fn payload(number: &str, salary_code: &str, name: &str) -> super::super::ApiPayload {
        serde_json::from_value(serde_json::json!({
            "url": "https://rd5.zhaopin.com/api/rd/resume/detail?resumeNo=x",
            "body": {"code": 200, "data": {
                "resumeNumber": number,
                "candidate": {"userName": name, "mobilePhone": "", "birthYear": 1990},
                "detail": {"DesiredSalaryScope": salary_code, "Gender": "男"}}}
        }))
        .unwrap()
    }

    #[test]
    fn salary_code_from_the_api_is_decoded() {
        let p = [payload("600100200300_1_1", "0600008000", "赵先生")];
        let r = extract(&page("https://rd5.zhaopin.com/resume/detail", None, &p)).unwrap();
        assert_eq!(r.expected_salary, vec![6000, 8000]);
        // No resumeNo in the URL: the number comes from the payload.
        assert_eq!(r.source.channel_resume_id, "600100200300");
        assert_eq!(r.source.raw_id.as_deref(), Some("600100200300_1_1"));
        assert_eq!(
            (r.real_name, r.name_masked.as_deref()),
            (None, Some("赵先生"))
        );
    }

    #[test]
    fn the_payload_of_this_resume_wins_over_others() {
        let p = [
            payload("600100200300_1_1", "0600008000", "赵先生"),
            payload("600100200399_1_1", "1000115000", "钱先生"),
        ];
        let url = "https://rd5.zhaopin.com/resume/detail?resumeNo=600100200300_1_1&openFrom=1";
        let r = extract(&page(url, None, &p)).unwrap();
        assert_eq!(r.name_masked.as_deref(), Some("赵先生"));
        assert_eq!(r.expected_salary, vec![6000, 8000]);
        // Only another resume's payload: nothing of it is used.
        let other = [payload("600100200399_1_1", "1000115000", "钱先生")];
        let got = extract(&page(url, None, &other));
        assert!(matches!(got, Err(ExtractError::NotAResume(_))));
    }

    #[test]
    fn a_number_marked_virtual_in_the_dom_is_never_clear() {
        let html = r#"<div id="resumeDetail"><span class="resume-content__candidate-name" data-bind="textQ: candidateName">陈立军</span>
<div class="resume-content__mobile-phone"><span data-bind="textQ: mobilePhone">13852460137</span><em>（虚拟号，7天内有效）</em></div></div>"#;
        let r = extract(&page(
            "https://rd5.zhaopin.com/resume/detail?resumeNo=583016724190_1_1",
            Some(html),
            &[],
        ))
        .unwrap();
        assert_eq!(r.phone, None);
        assert_eq!(r.phone_state, crate::model::ContactState::Virtual);
        assert_eq!(r.phone_masked.as_deref(), Some("13852460137"));
    }

    #[test]
    fn a_job_list_is_not_a_resume() {
        let html =
            r#"<table class="job-list"><tr><td>货运司机（A2）</td><td>上海</td></tr></table>"#;
        let got = extract(&page("https://rd5.zhaopin.com/job/manage", Some(html), &[]));
        assert!(matches!(got, Err(ExtractError::NotAResume(_))));
    }

    #[test]
    fn every_selector_in_the_table_parses() {
        let tables: [&[&str]; 12] = [
            DOM.root,
            DOM.id,
            DOM.name,
            DOM.labels,
            DOM.city,
            DOM.hukou,
            DOM.phone,
            DOM.email,
            DOM.property.0,
            DOM.work.item,
            DOM.education.item,
            DOM.self_eval,
        ];
        for css in tables.iter().flat_map(|t| t.iter()) {
            shown::sel(css);
        }
    }

    #[test]
    fn sections_without_their_classes_are_found_by_heading() {
        let html = r#"<html><body><div id="resumeDetail">
<span class="resume-content__candidate-name">郑先生</span>
<div class="resume-content__section"><div class="resume-content__section-header">求职意向</div>
 <div class="resume-content__section-body">
  <div class="resume-content__property"><span>期望工作地区：</span><span>西安</span></div>
  <div class="resume-content__property"><span>期望从事职业：</span><span>渣土车司机</span></div></div></div>
<div class="resume-content__section"><div class="resume-content__section-header">自我评价</div>
 <div class="resume-content__section-body">驾龄11年，夜班无问题。</div></div>
<div class="resume-content__section"><div class="resume-content__section-header">工作经验</div>
 <div class="resume-content__section-body"><div class="timeline__item"><p class="timeline__time">2017.02 - 至今</p>
  <h4>西安秦川土方工程有限公司</h4><p>渣土车司机</p></div></div></div>
<div class="resume-content__section"><div class="resume-content__section-header">教育经历</div>
 <div class="resume-content__section-body"><div class="timeline__item"><p class="timeline__time">2004.09 - 2007.06</p>
  <span>临潼区职业中学</span> | 汽车驾驶 | 中专</div></div></div>
</div></body></html>"#;
        let r = extract(&page(
            "https://rd5.zhaopin.com/resume/detail?resumeNo=QpX7dd91_1_1",
            Some(html),
            &[],
        ))
        .unwrap();
        assert_eq!(r.target_city.as_deref(), Some("西安"));
        assert_eq!(r.target_post.as_deref(), Some("渣土车司机"));
        assert_eq!(r.self_evaluation.as_deref(), Some("驾龄11年，夜班无问题。"));
        let w = &r.work_history[0];
        assert_eq!(
            (w.enterprise_name.as_deref(), w.post_name.as_deref()),
            (Some("西安秦川土方工程有限公司"), Some("渣土车司机"))
        );
        let e = &r.education_history[0];
        assert_eq!(
            (
                e.school_name.as_deref(),
                e.major.as_deref(),
                e.level.is_some()
            ),
            (Some("临潼区职业中学"), Some("汽车驾驶"), true)
        );
    }
}
