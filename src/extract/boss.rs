//! BOSS直聘 zhipin (channel 8).
//!
//! The online resume is drawn on a `<canvas>` inside the c-resume iframe, so the DOM holds
//! nothing. Sources, best first: the geek detail payload (`zpData.geekDetailInfo`), a list card
//! (`zpData.geekList[].geekCard`), then the page's visible text as the extension copied it. BOSS
//! resumes carry no contacts (they come through chat exchanges), so phone and email stay absent.

use super::capture::{
    all, array_at, document, fill_missing, job_status, object_at, objects_with_key, payloads,
    query_param, str_at,
};
use super::normalise as n;
use super::{ExtractError, Page};
use crate::model::{Education, Resume, Work};
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// URL parameter holding the encrypted geek id (page URL or payload URL).
const ID_PARAMS: &[&str] = &["encryptGeekId", "geekId"];

/// Frames and links that open one geek's resume carry its id in their query (the recommend and
/// chat pages keep their own URL while the c-resume frame shows the geek).
const ID_SOURCES: &[&str] = &[
    "iframe[src*='c-resume']",
    "iframe[src*='geekId']",
    "iframe[src*='GeekId']",
    "a[href*='encryptGeekId']",
];

/// Keys of the detail payload (`/wapi/zpjob/view/geek/info`, `/wapi/zpjob/chat/geek/info`).
mod detail {
    /// The detail object holds the lists (works, educations, expectations) and the base
    /// fields: in `geekBaseInfo` inside it (`zpData.geekDetailInfo.geekBaseInfo`), or in a flat
    /// `geekDetailInfo` beside the lists (`zpData.{geekDetailInfo, geekWorkExpList, …}`).
    /// Either is recognised by the keys the resume-capture patches look for (BOARDS.md §1.3).
    /// Best first: the object holding the base fields or the lists is the detail; a payload
    /// with a flat `geekDetailInfo` and no lists at all is a detail too.
    pub const MARKERS: &[&str] = &[
        "geekBaseInfo",
        "geekWorkExpList",
        "geekProjExpList",
        "resumeModuleInfoList",
        "geekWorkPositionExpDescList",
        "geekDetailInfo",
    ];
    pub const BASE: &[&str] = &["geekBaseInfo", "geekDetailInfo"];
    pub const ID: &[&str] = &["encryptGeekId", "encryptUid"];
    pub const NAME: &[&str] = &["name", "geekName"];
    pub const GENDER: &[&str] = &["gender", "geekGender"];
    pub const AGE: &[&str] = &["ageDesc", "age"];
    pub const WORK_YEARS: &[&str] = &["workYearDesc", "workYear"];
    pub const DEGREE: &[&str] = &["degreeCategory", "degreeName", "degree"];
    pub const STATUS: &[&str] = &["applyStatusDesc", "applyStatusContent"];
    pub const SELF_EVAL: &[&str] = &["userDescription", "userDesc", "geekAdvantage"];
    pub const EXPECTS: &[&str] = &["geekExpPosList", "geekExpectList"];
    pub const EXPECT_POST: &[&str] = &["positionName", "expectPositionName"];
    pub const EXPECT_CITY: &[&str] = &["locationName", "expectLocationName"];
    pub const EXPECT_SALARY: &[&str] = &["salaryDesc", "salary"];
    pub const EXPECT_INDUSTRY: &[&str] = &["industryDesc"];
    pub const WORKS: &[&str] = &["geekWorkExpList"];
    pub const WORK_COMPANY: &[&str] = &["company", "companyName"];
    pub const WORK_POST: &[&str] = &["positionName", "positionTitle"];
    pub const WORK_DEPT: &[&str] = &["department"];
    pub const WORK_START: &[&str] = &["startYearMonStr", "startDate", "startDateDesc"];
    pub const WORK_END: &[&str] = &["endYearMonStr", "endDate", "endDateDesc"];
    pub const WORK_DESC: &[&str] = &["responsibility", "workContent"];
    pub const EDUS: &[&str] = &["geekEduExpList", "geekEducationList"];
    pub const EDU_SCHOOL: &[&str] = &["school", "schoolName"];
    pub const EDU_MAJOR: &[&str] = &["major"];
    pub const EDU_DEGREE: &[&str] = &["degreeName", "degree"];
    pub const EDU_START: &[&str] = &["startYearStr", "startDate", "startDateDesc"];
    pub const EDU_END: &[&str] = &["endYearStr", "endDate", "endDateDesc"];
    pub const CERTS: &[&str] = &["geekCertificationList", "certificationList"];
    pub const CERT_NAME: &[&str] = &["certName", "name"];
}

/// Keys of a list row (`zpData.geekList[]`) and its `geekCard`.
mod card {
    pub const LIST: &str = "geekList";
    pub const ID: &[&str] = &["encryptGeekId"];
    pub const CARD: &[&str] = &["geekCard"];
    pub const NAME: &[&str] = &["geekName"];
    pub const GENDER: &[&str] = &["geekGender"];
    pub const AGE: &[&str] = &["ageDesc"];
    pub const DEGREE: &[&str] = &["geekDegree"];
    pub const WORK_YEARS: &[&str] = &["geekWorkYear"];
    pub const SALARY: &[&str] = &["salary"];
    pub const POST: &[&str] = &["expectPositionName"];
    pub const CITY: &[&str] = &["expectLocationName"];
    pub const DESC: &[&str] = &["geekDesc"];
    pub const DESC_TEXT: &[&str] = &["content"];
    pub const WORKS: &[&str] = &["geekWorks"];
    pub const WORK_COMPANY: &[&str] = &["company"];
    pub const WORK_POST: &[&str] = &["positionName"];
    pub const WORK_START: &[&str] = &["startDate"];
    pub const WORK_END: &[&str] = &["endDate"];
    pub const WORK_DESC: &[&str] = &["responsibility"];
    pub const EDUS: &[&str] = &["geekEdus"];
    /// Some cards carry only the highest education as one object.
    pub const EDU: &[&str] = &["geekEdu"];
    pub const EDU_SCHOOL: &[&str] = &["school"];
    pub const EDU_MAJOR: &[&str] = &["major"];
    pub const EDU_DEGREE: &[&str] = &["degreeName"];
    pub const EDU_START: &[&str] = &["startDate"];
    pub const EDU_END: &[&str] = &["endDate"];
}

/// Section headings of the rendered text (BOARDS.md §1.3).
mod text {
    pub const EXPECT: &str = "期望职位";
    pub const WORK: &str = "工作经历";
    pub const PROJECT: &str = "项目经验";
    pub const EDUCATION: &str = "教育经历";
    pub const CERTS: &str = "资格证书";
    pub const SKILLS: &str = "技能标签";
    pub const SELF_EVAL: &str = "自我评价";
    pub const ADVANTAGE: &str = "个人优势";
    pub const HEADINGS: &[&str] = &[
        EXPECT, WORK, PROJECT, EDUCATION, CERTS, SKILLS, SELF_EVAL, ADVANTAGE,
    ];
    /// The rule line the renderer puts under each heading.
    pub const RULE: &str = "---";
    /// Activity lines (`刚刚活跃`, `3日内活跃`) carry no resume data.
    pub const ACTIVE: &str = "活跃";
}

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let mut wanted = query_param(page.url, ID_PARAMS).or_else(|| id_in_page(page));
    let mut details = Vec::new();
    let mut rows = Vec::new();
    for (url, v) in payloads(page) {
        for info in detail_objects(&v) {
            details.push((query_param(url, ID_PARAMS), info.clone()));
        }
        let mut lists = Vec::new();
        objects_with_key(&v, card::LIST, 4, &mut lists);
        for l in lists {
            rows.extend(array_at(l, &[card::LIST]).iter().cloned());
        }
    }
    // The detail for the wanted geek (or the only detail), and the card of that geek.
    let detail = pick(details, wanted.as_deref(), |(url_id, info)| {
        str_at(detail_base(info), detail::ID).or_else(|| url_id.clone())
    });
    if wanted.is_none() {
        wanted = detail.as_ref().and_then(|(url_id, info)| {
            str_at(detail_base(info), detail::ID).or_else(|| url_id.clone())
        });
    }
    let row = pick(rows, wanted.as_deref(), |r| str_at(r, card::ID));
    if wanted.is_none() {
        wanted = row.as_ref().and_then(|r| str_at(r, card::ID));
    }

    let mut sources: Vec<Resume> = Vec::new();
    if let Some((_, info)) = &detail {
        sources.push(from_detail(info));
    }
    if let Some(c) = row.as_ref().and_then(|r| object_at(r, card::CARD)) {
        sources.push(from_card(c));
    }
    if let Some(t) = page.text.and_then(from_text) {
        sources.push(t);
    }
    let mut sources = sources.into_iter();
    let Some(mut r) = sources.next() else {
        return Err(ExtractError::NotAResume(
            "BOSS: canvas-drawn resume with no payload and no visible text".into(),
        ));
    };
    for lower in sources {
        fill_missing(&mut r, lower);
    }
    r.source.channel_resume_id = wanted.unwrap_or_default();
    n::finish(&mut r, page.captured_at);
    Ok(r)
}

/// The geek detail objects in one payload, each once: an object found by a later marker is
/// skipped when it is, holds or sits in one found by an earlier marker.
fn detail_objects(v: &Value) -> Vec<&Value> {
    let mut found: Vec<&Value> = Vec::new();
    for key in detail::MARKERS {
        let mut with_key = Vec::new();
        objects_with_key(v, key, 5, &mut with_key);
        for o in with_key {
            if !found.iter().any(|f| holds(f, o) || holds(o, f)) {
                found.push(o);
            }
        }
    }
    found
}

/// Whether `inner` is `outer` itself or one of its members.
fn holds(outer: &Value, inner: &Value) -> bool {
    std::ptr::eq(outer, inner)
        || outer
            .as_object()
            .is_some_and(|m| m.values().any(|v| std::ptr::eq(v, inner)))
}

/// Where a detail object keeps the geek's own fields (name, age, degree, id).
fn detail_base(info: &Value) -> &Value {
    object_at(info, detail::BASE).unwrap_or(info)
}

/// The geek id in the src of the open resume frame (or a link to it), when the URL has none.
fn id_in_page(page: &Page) -> Option<String> {
    let doc = document(page)?;
    let root = doc.root_element();
    ID_SOURCES.iter().find_map(|sel| {
        all(root, &[sel]).into_iter().find_map(|e| {
            let v = e.value();
            query_param(v.attr("src").or(v.attr("href"))?, ID_PARAMS)
        })
    })
}

/// The item whose id is `wanted`, or the only item when no id is known.
fn pick<T>(
    mut items: Vec<T>,
    wanted: Option<&str>,
    id: impl Fn(&T) -> Option<String>,
) -> Option<T> {
    match wanted {
        Some(w) => {
            let i = items.iter().position(|t| id(t).as_deref() == Some(w));
            match i {
                Some(i) => Some(items.swap_remove(i)),
                // A detail payload without any id still belongs to the page it was loaded on.
                None if items.len() == 1 && id(&items[0]).is_none() => items.pop(),
                None => None,
            }
        }
        None if items.len() == 1 => items.pop(),
        None => None,
    }
}

fn gender_code(s: &str) -> Option<String> {
    match s.trim() {
        "1" => Some("男".into()),
        "0" => Some("女".into()),
        other => n::gender(other),
    }
}

fn from_detail(info: &Value) -> Resume {
    let mut r = Resume::default();
    let base = detail_base(info);
    if let Some(name) = str_at(base, detail::NAME) {
        (r.real_name, r.name_masked) = n::name(&name);
    }
    r.gender = str_at(base, detail::GENDER).and_then(|g| gender_code(&g));
    r.age = str_at(base, detail::AGE).and_then(|s| n::age(&s));
    r.work_experience = str_at(base, detail::WORK_YEARS).and_then(|s| n::work_years(&s));
    if let Some(d) = str_at(base, detail::DEGREE) {
        (r.education, r.education_level) = n::education(&d);
    }
    if let Some(s) = str_at(base, detail::STATUS) {
        (r.status, r.want_job) = job_status(&s);
    }
    r.self_evaluation = str_at(base, detail::SELF_EVAL).and_then(|s| n::text_block(&s));
    let expects = array_at(info, detail::EXPECTS);
    if let Some(first) = expects.first() {
        r.target_post = str_at(first, detail::EXPECT_POST).and_then(|s| n::clean(&s));
        r.expected_salary =
            str_at(first, detail::EXPECT_SALARY).map_or_else(Vec::new, |s| n::salary(&s));
        if let Some(ind) = str_at(first, detail::EXPECT_INDUSTRY).and_then(|s| n::clean(&s)) {
            r.extras.insert("期望行业".into(), ind);
        }
    }
    for e in expects {
        for city in str_at(e, detail::EXPECT_CITY).map_or_else(Vec::new, |s| n::places(&s)) {
            if !r.expected_regions.contains(&city) {
                r.expected_regions.push(city);
            }
        }
    }
    r.work_history = array_at(info, detail::WORKS)
        .iter()
        .map(|w| Work {
            dept_name: str_at(w, detail::WORK_DEPT).and_then(|s| n::clean(&s)),
            ..json_work(
                w,
                detail::WORK_COMPANY,
                detail::WORK_POST,
                detail::WORK_START,
                detail::WORK_END,
                detail::WORK_DESC,
            )
        })
        .collect();
    r.education_history = array_at(info, detail::EDUS)
        .iter()
        .map(|e| {
            json_edu(
                e,
                detail::EDU_SCHOOL,
                detail::EDU_MAJOR,
                detail::EDU_DEGREE,
                detail::EDU_START,
                detail::EDU_END,
            )
        })
        .collect();
    let certs: Vec<String> = array_at(info, detail::CERTS)
        .iter()
        .filter_map(|c| str_at(c, detail::CERT_NAME).or_else(|| c.as_str().map(str::to_string)))
        .filter_map(|s| n::clean(&s))
        .collect();
    if !certs.is_empty() {
        r.extras.insert("资格证书".into(), certs.join("、"));
    }
    r
}

fn from_card(c: &Value) -> Resume {
    let mut r = Resume::default();
    if let Some(name) = str_at(c, card::NAME) {
        (r.real_name, r.name_masked) = n::name(&name);
    }
    r.gender = str_at(c, card::GENDER).and_then(|g| gender_code(&g));
    r.age = str_at(c, card::AGE).and_then(|s| n::age(&s));
    if let Some(d) = str_at(c, card::DEGREE) {
        (r.education, r.education_level) = n::education(&d);
    }
    r.work_experience = str_at(c, card::WORK_YEARS).and_then(|s| n::work_years(&s));
    r.expected_salary = str_at(c, card::SALARY).map_or_else(Vec::new, |s| n::salary(&s));
    r.target_post = str_at(c, card::POST).and_then(|s| n::clean(&s));
    r.expected_regions = str_at(c, card::CITY).map_or_else(Vec::new, |s| n::places(&s));
    r.self_evaluation = object_at(c, card::DESC)
        .and_then(|d| str_at(d, card::DESC_TEXT))
        .or_else(|| str_at(c, card::DESC))
        .and_then(|s| n::text_block(&s));
    r.work_history = array_at(c, card::WORKS)
        .iter()
        .map(|w| {
            json_work(
                w,
                card::WORK_COMPANY,
                card::WORK_POST,
                card::WORK_START,
                card::WORK_END,
                card::WORK_DESC,
            )
        })
        .collect();
    let edus = array_at(c, card::EDUS);
    let single: Vec<&Value> = object_at(c, card::EDU).into_iter().collect();
    let edus: Vec<&Value> = if edus.is_empty() {
        single
    } else {
        edus.iter().collect()
    };
    r.education_history = edus
        .into_iter()
        .map(|e| {
            json_edu(
                e,
                card::EDU_SCHOOL,
                card::EDU_MAJOR,
                card::EDU_DEGREE,
                card::EDU_START,
                card::EDU_END,
            )
        })
        .collect();
    r
}

fn json_work(
    w: &Value,
    company: &[&str],
    post: &[&str],
    start: &[&str],
    end: &[&str],
    desc: &[&str],
) -> Work {
    let range = n::date_range(&format!(
        "{} - {}",
        str_at(w, start).unwrap_or_default(),
        str_at(w, end).unwrap_or_default()
    ));
    Work {
        begin: range.begin,
        end: range.end,
        current: range.current,
        enterprise_name: str_at(w, company).and_then(|s| n::clean(&s)),
        post_name: str_at(w, post).and_then(|s| n::clean(&s)),
        description: str_at(w, desc).and_then(|s| n::text_block(&s)),
        ..Work::default()
    }
}

fn json_edu(
    e: &Value,
    school: &[&str],
    major: &[&str],
    degree: &[&str],
    start: &[&str],
    end: &[&str],
) -> Education {
    let range = n::date_range(&format!(
        "{} - {}",
        str_at(e, start).unwrap_or_default(),
        str_at(e, end).unwrap_or_default()
    ));
    Education {
        begin: range.begin,
        end: range.end,
        school_name: str_at(e, school).and_then(|s| n::clean(&s)),
        major: str_at(e, major).and_then(|s| n::clean(&s)),
        level: str_at(e, degree).and_then(|s| n::education(&s).1),
    }
}

/// A date-range line of an entry (`2023.11 - 至今`, `2019.04 -`, `2012 - 2015`).
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}(?:[./年-]\d{1,2}月?)?\s*[-–—~至到]\s*(?:\d{4}(?:[./年-]\d{1,2}月?)?|至今|今|现在)?\s*$")
        .unwrap()
});

/// The rendered (canvas) resume as text: name, an activity line, a summary line
/// (`33岁  10年以上  硕士  在职-月内到岗`), then headed sections.
fn from_text(t: &str) -> Option<Resume> {
    let lines: Vec<&str> = t
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != text::RULE)
        .collect();
    let first_heading = lines
        .iter()
        .position(|l| text::HEADINGS.contains(l))
        .unwrap_or(lines.len());
    let head = &lines[..first_heading];
    // A resume text has the summary line; other copied text (menus, chat) does not.
    let summary = head.iter().position(|l| {
        l.split_whitespace()
            .any(|tok| n::age(tok).is_some() && tok.contains('岁'))
    })?;
    let mut r = Resume::default();
    // The name sits just above the summary; copied UI text ("在线简历", "返回") may come first.
    if let Some((real, masked)) = head[..summary]
        .iter()
        .rev()
        .filter(|l| !l.contains(text::ACTIVE))
        .map(|l| n::name(l))
        .find(|(real, masked)| real.is_some() || masked.is_some())
    {
        (r.real_name, r.name_masked) = (real, masked);
    }
    for tok in head[summary]
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '｜'))
        .filter(|t| !t.is_empty())
    {
        if tok.contains('岁') {
            r.age = n::age(tok);
        } else if tok.contains("在职") || tok.contains("离职") {
            (r.status, r.want_job) = job_status(tok);
        } else if tok.contains('年') || tok.contains("应届") {
            r.work_experience = n::work_years(tok);
        } else if n::education(tok).0.is_some() {
            (r.education, r.education_level) = n::education(tok);
        }
    }
    for (heading, body) in sections(&lines[first_heading..]) {
        match heading {
            text::EXPECT => expect_lines(&mut r, body),
            text::WORK => r.work_history = work_lines(body),
            text::EDUCATION => r.education_history = edu_lines(body),
            text::CERTS | text::SKILLS => {
                r.extras.insert(heading.to_string(), body.join("、"));
            }
            text::SELF_EVAL | text::ADVANTAGE if r.self_evaluation.is_none() => {
                r.self_evaluation = n::text_block(&body.join("\n"));
            }
            // Projects are not work history; they stay out of the canonical fields.
            _ => {}
        }
    }
    Some(r)
}

/// (heading, lines) pairs in order.
fn sections<'a>(lines: &'a [&'a str]) -> Vec<(&'a str, &'a [&'a str])> {
    let starts: Vec<usize> = (0..lines.len())
        .filter(|i| text::HEADINGS.contains(&lines[*i]))
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(k, &s)| {
            let end = starts.get(k + 1).copied().unwrap_or(lines.len());
            (lines[s], &lines[s + 1..end])
        })
        .collect()
}

/// `重庆  危险品罐车司机  物流/运输  13-18K`: city, post, industry, salary.
fn expect_lines(r: &mut Resume, body: &[&str]) {
    for (i, line) in body.iter().enumerate() {
        let toks: Vec<&str> = line.split_whitespace().collect();
        if toks.len() == 1 {
            // Some exports run the columns together (`上海货车司机物流/运输8-10K`): without a
            // city dictionary only the salary at the end can be told apart.
            glued_expect(r, i, line);
            continue;
        }
        let Some((city, rest)) = toks.split_first() else {
            continue;
        };
        if let Some(c) = n::place(city) {
            if !r.expected_regions.contains(&c) {
                r.expected_regions.push(c);
            }
        }
        if i > 0 {
            continue;
        }
        let (salary, rest) = match rest.split_last() {
            Some((last, rest)) if n::looks_like_salary(last) => (Some(*last), rest),
            _ => (None, rest),
        };
        r.expected_salary = salary.map_or_else(Vec::new, n::salary);
        r.target_post = rest.first().and_then(|p| n::clean(p));
        if rest.len() > 1 {
            r.extras.insert("期望行业".into(), rest[1..].join(" "));
        }
    }
}

static SALARY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:面议|\d+(?:\.\d+)?(?:[-~]\d+(?:\.\d+)?)?\s*[Kk千万](?:·\d+薪)?)$").unwrap()
});

fn glued_expect(r: &mut Resume, index: usize, line: &str) {
    if index == 0 {
        if let Some(m) = SALARY_TAIL.find(line) {
            r.expected_salary = n::salary(m.as_str());
        }
    }
    let key = format!("期望职位{}", index + 1);
    r.extras.insert(key, line.to_string());
}

/// Entries anchored on their date line: company and post are the two lines above it, the
/// description runs up to the next entry's company line.
fn work_lines(body: &[&str]) -> Vec<Work> {
    anchored(body)
        .into_iter()
        .filter_map(|(i, desc_end)| {
            let range = n::date_range(body[i]);
            Some(Work {
                begin: range.begin,
                end: range.end,
                current: range.current,
                enterprise_name: n::clean(body.get(i.checked_sub(2)?)?),
                post_name: n::clean(body[i - 1]),
                description: n::text_block(&body[i + 1..desc_end].join("\n")),
                ..Work::default()
            })
        })
        .collect()
}

/// School, then `专业  学历` (or just the level), then the years.
fn edu_lines(body: &[&str]) -> Vec<Education> {
    anchored(body)
        .into_iter()
        .filter_map(|(i, _)| {
            let range = n::date_range(body[i]);
            let detail: Vec<&str> = body.get(i.checked_sub(1)?)?.split_whitespace().collect();
            let (level, major): (Option<String>, Vec<&str>) = match detail.split_last() {
                Some((last, rest)) if n::education(last).1.is_some() => {
                    (n::education(last).1, rest.to_vec())
                }
                _ => (None, detail.clone()),
            };
            Some(Education {
                begin: range.begin,
                end: range.end,
                school_name: n::clean(body.get(i.checked_sub(2)?)?),
                major: n::clean(&major.join(" ")),
                level,
            })
        })
        .collect()
}

/// (date line index, end of its description) for every entry of a section.
fn anchored(body: &[&str]) -> Vec<(usize, usize)> {
    let dates: Vec<usize> = (0..body.len())
        .filter(|i| DATE_LINE.is_match(body[*i]))
        .collect();
    dates
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let end = dates
                .get(k + 1)
                .map_or(body.len(), |next| next.saturating_sub(2).max(i + 1));
            (i, end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ApiPayload;
    use crate::model::ContactState;
    use chrono::DateTime;
    use serde_json::json;

    fn run(url: &str, text: Option<&str>, payloads: &[ApiPayload]) -> Result<Resume, ExtractError> {
        extract(&Page {
            url,
            html: Some("<div id=\"resume\"><canvas></canvas></div>"),
            api_payloads: payloads,
            text,
            captured_at: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        })
    }

    const TEXT: &str = "郑雨桐\n刚刚活跃\n33岁  10年以上  硕士  在职-月内到岗\n期望职位\n---\n上海  供应链经理  物流/仓储  25-35K\n工作经历\n---\n甲公司\n经理\n2021.07 - 至今\n第一行\n第二行\n乙公司\n主管\n2016.07 - 2021.06\n描述\n项目经验\n---\n某项目\n负责人\n2022.03 - 2022.12\n不是工作\n教育经历\n---\n上海海事大学\n物流工程  硕士\n2013 - 2016\n自我评价\n---\n十年经验";

    #[test]
    fn text_sections_become_fields_and_projects_stay_out_of_work() {
        let r = run(
            "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=g1",
            Some(TEXT),
            &[],
        )
        .unwrap();
        assert_eq!(r.real_name.as_deref(), Some("郑雨桐"));
        assert_eq!((r.age, r.work_experience), (Some(33), Some(10)));
        assert_eq!(r.education_level.as_deref(), Some("硕士"));
        assert_eq!((r.status, r.want_job), (Some(1), Some(true)));
        assert_eq!(r.target_post.as_deref(), Some("供应链经理"));
        assert_eq!(r.expected_salary, vec![25000, 35000]);
        assert_eq!(r.work_history.len(), 2);
        assert_eq!(
            r.work_history[0].description.as_deref(),
            Some("第一行\n第二行")
        );
        assert!(r.work_history[0].current);
        assert_eq!(r.work_history[1].enterprise_name.as_deref(), Some("乙公司"));
        assert_eq!(r.work_history[1].description.as_deref(), Some("描述"));
        assert_eq!(r.education_history[0].major.as_deref(), Some("物流工程"));
        assert_eq!(r.self_evaluation.as_deref(), Some("十年经验"));
        assert_eq!(r.phone_state, ContactState::Absent);
        assert_eq!(r.source.channel_resume_id, "g1");
    }

    #[test]
    fn name_is_the_line_above_the_summary_not_copied_ui_text() {
        let t = "在线简历\n返回\n谢大勇\n今日活跃\n39岁 10年以上 高中 离职-随时到岗";
        let r = run(
            "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=g2",
            Some(t),
            &[],
        )
        .unwrap();
        assert_eq!(r.real_name.as_deref(), Some("谢大勇"));
        assert_eq!(r.age, Some(39));
    }

    #[test]
    fn glued_expectation_line_gives_the_salary_and_no_made_up_city() {
        let t = "谢大勇\n今日活跃\n39岁 10年以上 高中 离职-随时到岗\n期望职位\n---\n郑州货车司机物流/运输8-10K";
        let r = run(
            "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=g3",
            Some(t),
            &[],
        )
        .unwrap();
        assert_eq!(r.expected_salary, vec![8000, 10000]);
        assert!(r.expected_regions.is_empty());
        assert_eq!(r.target_post, None);
    }

    #[test]
    fn canvas_without_payload_or_text_is_not_a_resume() {
        let e = run(
            "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=g1",
            None,
            &[],
        );
        assert!(matches!(e, Err(ExtractError::NotAResume(_))));
        let e = run(
            "https://www.zhipin.com/web/chat/index",
            Some("沟通\n职位管理\n推荐牛人"),
            &[],
        );
        assert!(matches!(e, Err(ExtractError::NotAResume(_))));
    }

    #[test]
    fn detail_payload_as_string_wins_over_text() {
        let body = json!({"zpData": {"geekDetailInfo": {
            "geekBaseInfo": {"name": "蔡永福", "encryptGeekId": "g9", "ageDesc": "48岁", "gender": 1},
            "geekWorkExpList": [{"company": "厦门快客", "positionName": "大巴司机", "startYearMonStr": "2013.05", "endYearMonStr": "至今"}]
        }}});
        let p = [ApiPayload {
            url: "https://www.zhipin.com/wapi/zpjob/chat/geek/info".into(),
            body: json!(body.to_string()),
        }];
        let r = run(
            "https://www.zhipin.com/web/chat/index",
            Some("别人\n刚刚活跃\n30岁  3年  本科  离职-随时到岗"),
            &p,
        )
        .unwrap();
        assert_eq!(r.real_name.as_deref(), Some("蔡永福"));
        assert_eq!(r.age, Some(48));
        assert_eq!(r.gender.as_deref(), Some("男"));
        assert_eq!(r.source.channel_resume_id, "g9");
        assert!(r.work_history[0].current);
    }

    #[test]
    fn flat_detail_info_with_lists_beside_it_is_one_detail() {
        // The base fields straight in `geekDetailInfo`, the lists as its siblings in `zpData`.
        let body = json!({"zpData": {
            "geekDetailInfo": {"encryptGeekId": "g7~~", "geekName": "钟永福", "ageDesc": "42岁"},
            "geekExpectList": [{"positionName": "危险品运输司机", "locationName": "重庆"}],
            "geekWorkExpList": [{"company": "重庆渝化", "positionName": "危化品司机", "startDate": "2016.05", "endDate": "2026.09"}],
            "geekEduExpList": [{"school": "达州二中", "degreeName": "初中", "startDate": "2000", "endDate": "2003"}]
        }});
        let p = [ApiPayload {
            url: "https://www.zhipin.com/wapi/zpjob/view/geek/info?encryptGeekId=g7~~".into(),
            body,
        }];
        let r = run(
            "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=g7~~",
            None,
            &p,
        )
        .unwrap();
        assert_eq!(r.real_name.as_deref(), Some("钟永福"));
        assert_eq!(r.age, Some(42));
        assert_eq!(r.target_post.as_deref(), Some("危险品运输司机"));
        assert_eq!(r.work_history.len(), 1);
        assert_eq!(r.education_history.len(), 1);
        assert_eq!(r.source.channel_resume_id, "g7~~");
    }

    #[test]
    fn geek_detail_wrapper_is_read_like_geek_detail_info() {
        let body = json!({"zpData": {"geekDetail": {
            "geekBaseInfo": {"name": "林志强", "ageDesc": "36岁"},
            "geekExpectList": [{"positionName": "冷链司机", "locationName": "上海", "salaryDesc": "9-12K"}]
        }}});
        let p = [ApiPayload {
            url: "https://www.zhipin.com/wapi/zpjob/view/geek/info?encryptGeekId=g5".into(),
            body,
        }];
        let r = run("https://www.zhipin.com/web/chat/recommend", None, &p).unwrap();
        assert_eq!(r.real_name.as_deref(), Some("林志强"));
        assert_eq!(r.target_post.as_deref(), Some("冷链司机"));
        assert_eq!(r.expected_salary, vec![9000, 12000]);
        assert_eq!(r.source.channel_resume_id, "g5");
    }

    #[test]
    fn list_card_is_chosen_by_the_geek_id_of_the_url() {
        let body = json!({"zpData": {"geekList": [
            {"encryptGeekId": "a", "geekCard": {"geekName": "甲某某", "ageDesc": "26岁"}},
            {"encryptGeekId": "b", "geekCard": {"geekName": "孟凡军", "ageDesc": "42岁", "geekGender": 1}}
        ]}});
        let p = [ApiPayload {
            url: "https://www.zhipin.com/wapi/zpjob/rec/geek/list".into(),
            body,
        }];
        let r = run(
            "https://www.zhipin.com/web/frame/c-resume/?encryptGeekId=b",
            None,
            &p,
        )
        .unwrap();
        assert_eq!(r.real_name.as_deref(), Some("孟凡军"));
        assert_eq!(r.age, Some(42));
        let none = run("https://www.zhipin.com/web/chat/recommend", None, &p);
        assert!(matches!(none, Err(ExtractError::NotAResume(_))));
    }

    #[test]
    fn list_payload_card_is_picked_by_the_geek_id_of_the_resume_frame() {
        let card = |id: &str, name: &str| {
            json!({"encryptGeekId": id, "geekCard": {"geekName": name, "geekGender": 1,
                "ageDesc": "30岁", "geekEdu": {"school": "某职业学校", "degreeName": "中专"}}})
        };
        let p = vec![ApiPayload {
            url: "https://www.zhipin.com/wapi/zpjob/rec/geek/list?page=1".into(),
            body: json!({"zpData": {"geekList": [card("gA~~", "甲**"), card("gB~~", "乙**")]}}),
        }];
        let html = r#"<iframe src="/web/frame/recommend/?jobid=j1"></iframe>
            <iframe src="/web/frame/c-resume/?encryptGeekId=gB~~&source=recommend"></iframe>"#;
        let r = extract(&Page {
            url: "https://www.zhipin.com/web/chat/recommend",
            html: Some(html),
            api_payloads: &p,
            text: None,
            captured_at: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        })
        .unwrap();
        assert_eq!(r.source.channel_resume_id, "gB~~");
        assert_eq!(r.name_masked.as_deref(), Some("乙**"));
        assert_eq!(
            r.education_history[0].school_name.as_deref(),
            Some("某职业学校")
        );
    }
}
