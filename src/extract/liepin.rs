//! 猎聘 liepin (channel 10): the enterprise site lpt.liepin.com (resume in a modal whose CSS-module
//! class names carry a build hash, `newResumeLeft--a1b2c`, so selectors match on the prefix) and
//! the headhunter site h.liepin.com (`showresumedetail/?id=<token>`, a `·`-separated
//! `individual-info` block). Before unlock the name and contacts are masked with `****`: such a
//! value is `masked`, never clear.

use super::capture::{
    all, document, first, job_status, labelled_values, pieces, query_param, section_by_heading,
    section_items, section_text, strip_label, summary_token, text_at, text_of,
    text_without_heading,
};
use super::capture::{education_by_shape, entry_items, is_school, work_by_shape};
use super::normalise as n;
use super::{ExtractError, Page};
use crate::model::{ContactState, Education, Resume, Work};
use scraper::ElementRef;

/// Where the board resume id is: URL parameters first (the id of RESUME_MODEL §3), then the page.
const ID_PARAMS: &[&str] = &["id", "res_id", "res_id_encode", "resIdEncode"];

/// lpt (enterprise) modal. Hashed class names: `[class^='x--'], [class*=' x--']` matches the class
/// token `x--<hash>` wherever it sits in the class list.
mod lpt {
    pub const ROOT: &[&str] = &[
        "[class^='newResumeLeft--'], [class*=' newResumeLeft--']",
        "[class*='resumeDetail--'], [class*='ResumeDetail--'], [class*='resumeLeft--']",
    ];
    pub const ID_ATTR: &[&str] = &["data-resid", "data-res-id", "data-resumeid"];
    pub const NAME: &[&str] = &[
        "[class*='baseInfo--'] [class^='name--'], [class*='baseInfo--'] [class*=' name--']",
        "[class^='name--']",
        "[class*='esumeName--'], [class*='userName--'], [class*='realName--']",
    ];
    pub const BASE_ITEMS: &[&str] = &[
        "[class*='baseRow--'] span",
        "[class*='baseInfo--'] span",
        "[class*='Base--'], [class*='base--'], [class*='Basic--'], [class*='basic--']",
    ];
    pub const JOB_STATUS: &[&str] = &[
        "[class^='jobStatus--'], [class*=' jobStatus--']",
        "[class*='Status--'], [class*='status--']",
    ];
    pub const PHONE: &[&str] = &[
        "[class*='contact--'] [class^='phone--']",
        "[class^='phone--']",
    ];
    pub const EMAIL: &[&str] = &[
        "[class*='contact--'] [class^='email--']",
        "[class^='email--']",
    ];
    /// Contact values without their own class (`<span>手机：166****4410</span>`).
    pub const CONTACT_ITEMS: &[&str] = &["[class*='ontact--'] span, [class*='ontact--'] em"];
    pub const INTENTIONS: &[&str] = &["[class^='intentionItem--']"];
    pub const LABEL: &[&str] = &["[class^='label--']"];
    pub const VALUE: &[&str] = &["[class^='value--']"];
    pub const WORK_ITEMS: &[&str] = &["[class^='workItem--']"];
    pub const WORK_COMPANY: &[&str] = &["[class^='compName--']"];
    pub const WORK_TIME: &[&str] = &["[class^='time--']"];
    pub const WORK_TITLE: &[&str] = &["[class^='title--']"];
    pub const WORK_DESC: &[&str] = &["[class^='desc--']"];
    pub const EDU_ITEMS: &[&str] = &["[class^='eduItem--']"];
    pub const EDU_SCHOOL: &[&str] = &["[class^='schoolName--']"];
    pub const EDU_TIME: &[&str] = &["[class^='time--']"];
    pub const EDU_MAJOR: &[&str] = &["[class^='major--']"];
    pub const EDU_DEGREE: &[&str] = &["[class^='degree--']"];
    pub const CERTS: &[&str] = &["[class^='certTag--']"];
    pub const SELF_EVAL: &[&str] = &[
        "[class^='selfEval--'] [class^='content--']",
        "[class^='selfEval--']",
    ];
}

/// h (headhunter) detail page.
mod h {
    pub const ROOT: &[&str] = &[".individual-info"];
    pub const LINES: &[&str] = &[
        ".individual-info li .individual-info-cont",
        ".individual-info li",
    ];
    pub const CONTACTS: &[&str] = &[".individual-info li em"];
    pub const RESUME_NO: &[&str] = &[".title-info .clearfix .float-left small:nth-child(2)"];
    pub const INTENTIONS: &[&str] = &[".resume-intention li"];
    pub const LABEL: &[&str] = &[".job-intention-label"];
    pub const VALUE: &[&str] = &[".job-intention-cont"];
    pub const WORK_ITEMS: &[&str] = &[".work-experience .work-cont", "#workexp_anchor .work-cont"];
    pub const WORK_COMPANY: &[&str] = &[".work-cont-company-name"];
    pub const WORK_TIME: &[&str] = &[".work-cont-time"];
    pub const WORK_TITLE: &[&str] = &[".work-cont-title"];
    pub const WORK_DESC: &[&str] = &[".work-cont-desc"];
    pub const WORK_INFO: &[&str] = &[".work-cont-info"];
    pub const EDU_ITEMS: &[&str] = &[".resume-edu .edu-cont", "#eduexp_anchor .edu-cont"];
    pub const EDU_SCHOOL: &[&str] = &[".edu-school"];
    pub const EDU_TIME: &[&str] = &[".edu-time"];
    pub const EDU_MAJOR: &[&str] = &[".edu-major"];
    pub const EDU_DEGREE: &[&str] = &[".edu-degree"];
    pub const SELF_EVAL: &[&str] = &[".self-assess-cont", "#selfassess_anchor"];
    pub const INTENTION_BLOCK: &[&str] = &[".resume-job-intention", ".job-intention"];
    /// The `·` separator of the individual-info lines.
    pub const SEP: char = '·';
}

/// Expectation labels (both sites) → field.
const INTENT_POST: &[&str] = &["期望职位", "期望职能", "意向职位"];
const INTENT_CITY: &[&str] = &["期望城市", "期望地点", "期望地区", "意向城市"];
const INTENT_SALARY_YEAR: &[&str] = &["期望年薪"];
const INTENT_SALARY: &[&str] = &["期望薪资", "期望月薪", "期望薪水"];
const INTENT_STATUS: &[&str] = &["求职状态", "当前状态", "目前状态"];

/// Section headings, for pages whose class names the tables do not know.
const H_WORK: &[&str] = &["工作经历", "工作经验"];
const H_EDU: &[&str] = &["教育经历", "教育背景", "教育经验"];
const H_INTENT: &[&str] = &["求职意向", "期望职位", "职业意向"];
const H_SELF: &[&str] = &["自我评价", "自我介绍", "个人优势"];

/// Links to a resume's own page carry its id (`showresumedetail/?id=…`), also inside a modal
/// opened on a list URL.
const ID_LINKS: &[&str] = &[
    "a[href*='showresumedetail']",
    "a[href*='resume'][href*='id=']",
];

/// Section element lists of one site, so both sites share the entry readers.
struct Entries {
    work: &'static [&'static str],
    company: &'static [&'static str],
    time: &'static [&'static str],
    title: &'static [&'static str],
    desc: &'static [&'static str],
    /// `行业：…　公司规模：…` under an entry.
    info: &'static [&'static str],
    edu: &'static [&'static str],
    school: &'static [&'static str],
    edu_time: &'static [&'static str],
    major: &'static [&'static str],
    degree: &'static [&'static str],
}

const LPT_ENTRIES: Entries = Entries {
    work: lpt::WORK_ITEMS,
    company: lpt::WORK_COMPANY,
    time: lpt::WORK_TIME,
    title: lpt::WORK_TITLE,
    desc: lpt::WORK_DESC,
    info: &[],
    edu: lpt::EDU_ITEMS,
    school: lpt::EDU_SCHOOL,
    edu_time: lpt::EDU_TIME,
    major: lpt::EDU_MAJOR,
    degree: lpt::EDU_DEGREE,
};

const H_ENTRIES: Entries = Entries {
    work: h::WORK_ITEMS,
    company: h::WORK_COMPANY,
    time: h::WORK_TIME,
    title: h::WORK_TITLE,
    desc: h::WORK_DESC,
    info: h::WORK_INFO,
    edu: h::EDU_ITEMS,
    school: h::EDU_SCHOOL,
    edu_time: h::EDU_TIME,
    major: h::EDU_MAJOR,
    degree: h::EDU_DEGREE,
};

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let doc =
        document(page).ok_or_else(|| ExtractError::NotAResume("liepin: no page DOM".into()))?;
    let body = doc.root_element();
    let mut r = if let Some(root) = first(body, lpt::ROOT) {
        let mut r = from_lpt(root);
        r.source.channel_resume_id = query_param(page.url, ID_PARAMS)
            .or_else(|| {
                lpt::ID_ATTR
                    .iter()
                    .find_map(|a| root.value().attr(a).map(str::to_string))
            })
            .or_else(|| id_from_links(root))
            .unwrap_or_default();
        r
    } else if first(body, h::ROOT).is_some()
        // A detail page whose summary block is renamed still has its headed sections; list
        // pages have none.
        || section_by_heading(body, H_WORK).is_some()
        || section_by_heading(body, H_EDU).is_some()
    {
        let mut r = from_h(body);
        r.source.channel_resume_id = query_param(page.url, ID_PARAMS)
            .or_else(|| r.extras.get("简历编号").cloned())
            .or_else(|| id_from_links(body))
            .unwrap_or_default();
        r
    } else {
        return Err(ExtractError::NotAResume(
            "liepin: no resume panel (list page or other page)".into(),
        ));
    };
    n::finish(&mut r, page.captured_at);
    Ok(r)
}

fn from_lpt(root: ElementRef) -> Resume {
    let mut r = Resume::default();
    if let Some(name) = text_at(root, lpt::NAME) {
        (r.real_name, r.name_masked) = n::name(&name);
    }
    let mut rest = Vec::new();
    for item in all(root, lpt::BASE_ITEMS) {
        for t in text_of(item).split(h::SEP).filter_map(n::clean) {
            if !summary_token(&mut r, &t) {
                rest.push(t);
            }
        }
    }
    // What is left of the summary line is the city of residence (`北京-朝阳区`).
    r.living_place = rest
        .iter()
        .find(|t| looks_like_district(t))
        .or(rest.first())
        .and_then(|t| n::place(t));
    if let Some(s) = text_at(root, lpt::JOB_STATUS) {
        (r.status, r.want_job) = job_status(&s);
    }
    set_phone(&mut r, text_at(root, lpt::PHONE).as_deref());
    set_email(&mut r, text_at(root, lpt::EMAIL).as_deref());
    for item in all(root, lpt::CONTACT_ITEMS) {
        contact_by_shape(&mut r, &text_of(item));
    }
    let intentions = all(root, lpt::INTENTIONS);
    for item in &intentions {
        let label = text_at(*item, lpt::LABEL).unwrap_or_default();
        let value = text_at(*item, lpt::VALUE).unwrap_or_default();
        intention(&mut r, &label, &value);
    }
    if intentions.is_empty() {
        intentions_by_heading(&mut r, root);
    }
    entries(&mut r, root, &LPT_ENTRIES);
    let certs: Vec<String> = all(root, lpt::CERTS)
        .into_iter()
        .filter_map(|c| n::clean(&text_of(c)))
        .collect();
    if !certs.is_empty() {
        r.extras.insert("证书".into(), certs.join("、"));
    }
    r.self_evaluation = self_eval_at(root, lpt::SELF_EVAL)
        .or_else(|| self_eval_by_heading(root))
        .and_then(|s| n::text_block(&s));
    r
}

fn from_h(body: ElementRef) -> Resume {
    let mut r = Resume::default();
    let lines: Vec<ElementRef> = all(body, h::LINES);
    let summary: Vec<Vec<String>> = lines
        .iter()
        .filter(|l| first(**l, &["em"]).is_none())
        .map(|l| {
            text_of(*l)
                .split(h::SEP)
                .filter_map(n::clean)
                .collect::<Vec<_>>()
        })
        .collect();
    // The name leads the first line; every other item is recognised by its shape (gender, age,
    // marital status, city, status, years, education), as the lines' order varies.
    let mut first_line_rest = Vec::new();
    let mut titles = Vec::new();
    let mut schools = Vec::new();
    for (i, parts) in summary.iter().enumerate() {
        for (j, p) in parts.iter().enumerate() {
            if i == 0 && j == 0 {
                (r.real_name, r.name_masked) = n::name(p);
                continue;
            }
            if summary_token(&mut r, p) {
                continue;
            }
            if ["手机", "电话", "邮箱", "Email", "email"]
                .iter()
                .any(|k| p.starts_with(k))
            {
                contact_by_shape(&mut r, p);
            } else if looks_like_district(p) {
                r.living_place = r.living_place.take().or_else(|| n::place(p));
            } else if is_school(p) {
                schools.push(p.as_str());
            } else if i == 0 {
                first_line_rest.push(p.as_str());
            } else {
                titles.push(p.as_str());
            }
        }
    }
    if r.living_place.is_none() {
        r.living_place = first_line_rest.iter().find_map(|t| n::place(t));
    }
    if !titles.is_empty() {
        r.extras.insert("当前职位".into(), titles.join(" "));
    }
    if !schools.is_empty() {
        r.extras.insert("毕业院校".into(), schools.join(" "));
    }
    for em in all(body, h::CONTACTS) {
        let t = text_of(em);
        if t.contains('@') || (r.phone_state != ContactState::Absent && t.contains('*')) {
            set_email(&mut r, Some(&t));
        } else {
            set_phone(&mut r, Some(&t));
        }
    }
    if let Some(no) = text_at(body, h::RESUME_NO).and_then(|s| n::clean(&s)) {
        r.extras.insert("简历编号".into(), no);
    }
    let intentions = all(body, h::INTENTIONS);
    for item in &intentions {
        let label = text_at(*item, h::LABEL).unwrap_or_default();
        let value = text_at(*item, h::VALUE).unwrap_or_default();
        intention(&mut r, &label, &value);
    }
    if intentions.is_empty() {
        match first(body, h::INTENTION_BLOCK) {
            // Block-aware: each `<p>label：value</p>` on its own line.
            Some(block) => intentions_from_text(&mut r, &super::shown::text_of(block)),
            None => intentions_by_heading(&mut r, body),
        }
    }
    entries(&mut r, body, &H_ENTRIES);
    r.self_evaluation = self_eval_at(body, h::SELF_EVAL)
        .or_else(|| self_eval_by_heading(body))
        .and_then(|s| n::text_block(&s));
    r
}

/// The resume id in a link to the resume's own page.
fn id_from_links(scope: ElementRef) -> Option<String> {
    all(scope, ID_LINKS)
        .into_iter()
        .find_map(|a| query_param(a.value().attr("href")?, ID_PARAMS))
}

/// `上海-闵行区`, `南京市`: a place by its shape (a dash between names or an administrative suffix).
fn looks_like_district(t: &str) -> bool {
    let t = t.trim();
    let han_or_dash = t
        .chars()
        .all(|c| c == '-' || c == '－' || ('\u{4e00}'..='\u{9fff}').contains(&c));
    let n = t.chars().count();
    han_or_dash
        && (2..=12).contains(&n)
        && (t.contains(['-', '－']) || ["市", "区", "县", "省"].iter().any(|s| t.ends_with(s)))
}

/// A contact value whose element says nothing about what it is: `手机：…` / `邮箱：…` labels, or
/// the value's own shape (an `@` makes it an email; digits and `*` a phone).
fn contact_by_shape(r: &mut Resume, shown: &str) {
    let label = shown.split(['：', ':']).next().unwrap_or_default();
    let value = strip_label(shown);
    if value.is_empty() {
        return;
    }
    let is_email = label.contains("邮") || value.contains('@');
    let is_phone = label.contains("手机") || label.contains("电话") || {
        let digits = value.chars().filter(char::is_ascii_digit).count();
        digits >= 3
            && value
                .chars()
                .all(|c| c.is_ascii_digit() || c == '*' || c == ' ' || c == '-' || c == '+')
    };
    if is_email && r.email_state == ContactState::Absent {
        set_email(r, Some(value));
    } else if is_phone && !is_email && r.phone_state == ContactState::Absent {
        set_phone(r, Some(value));
    }
}

fn intentions_by_heading(r: &mut Resume, scope: ElementRef) {
    let Some(section) = section_by_heading(scope, H_INTENT) else {
        return;
    };
    let text = section_text(section, H_INTENT);
    if !labelled_values(&text).is_empty() {
        intentions_from_text(r, &text);
        return;
    }
    for item in section_items(section, H_INTENT) {
        let ps = pieces(item);
        // A row of a label and its value in separate elements (`期望城市` `成都`).
        if let [label, value] = ps.as_slice() {
            if is_intent_label(&label.text) {
                intention(r, &label.text, &value.text);
                continue;
            }
        }
        // Unlabelled values (`车队经理` `上海` `15-20k·13薪`): told apart by shape.
        for p in ps.iter().filter(|p| !is_intent_label(&p.text)) {
            let t = p.text.as_str();
            if n::looks_like_salary(t) {
                if r.expected_salary.is_empty() {
                    r.expected_salary = n::salary(t);
                }
            } else if r.target_post.is_none() && looks_like_post(t) {
                r.target_post = n::clean(t);
            } else if r.expected_regions.is_empty() && looks_like_city_list(t) {
                r.expected_regions = n::places(t);
            } else if r.target_post.is_none() {
                r.target_post = n::clean(t);
            }
        }
    }
}

fn is_intent_label(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['：', ':']);
    [
        INTENT_POST,
        INTENT_CITY,
        INTENT_SALARY_YEAR,
        INTENT_SALARY,
        INTENT_STATUS,
    ]
    .iter()
    .any(|labels| labels.contains(&t))
}

fn intentions_from_text(r: &mut Resume, text: &str) {
    for (label, value) in labelled_values(text) {
        intention(r, &label, &value);
    }
}

fn looks_like_post(t: &str) -> bool {
    [
        "司机", "驾驶", "经理", "主管", "员", "师", "长", "工", "调度",
    ]
    .iter()
    .any(|k| t.ends_with(k) || t.contains("司机"))
}

fn looks_like_city_list(t: &str) -> bool {
    let cities = n::places(t);
    !cities.is_empty()
        && cities
            .iter()
            .all(|c| c.chars().count() <= 8 && !c.chars().any(|ch| ch.is_ascii_digit()))
}

/// The self-evaluation block's text; a block that repeats its heading (`自我评价`) loses it.
fn self_eval_at(scope: ElementRef, selectors: &[&str]) -> Option<String> {
    let t = text_without_heading(first(scope, selectors)?, H_SELF);
    (!t.trim().is_empty()).then_some(t)
}

fn self_eval_by_heading(scope: ElementRef) -> Option<String> {
    let section = section_by_heading(scope, H_SELF)?;
    let t = section_text(section, H_SELF);
    (!t.trim().is_empty()).then_some(t)
}

fn intention(r: &mut Resume, label: &str, value: &str) {
    let label = label.trim().trim_end_matches(['：', ':']);
    let value = value.trim();
    let is = |keys: &[&str]| keys.contains(&label);
    if is(INTENT_POST) {
        r.target_post = n::clean(value);
    } else if is(INTENT_CITY) {
        r.expected_regions = n::places(value);
    } else if is(INTENT_SALARY_YEAR) {
        r.expected_salary = n::annual_salary(value);
    } else if is(INTENT_SALARY) {
        r.expected_salary = n::salary(value);
    } else if is(INTENT_STATUS) {
        (r.status, r.want_job) = job_status(value);
    } else if let (false, Some(v)) = (label.is_empty(), n::clean(value)) {
        r.extras.insert(label.to_string(), v);
    }
}

fn entries(r: &mut Resume, scope: ElementRef, e: &Entries) {
    // The site's classes win; whatever they do not find is read from the entry's shape.
    r.work_history = entry_items(scope, e.work, H_WORK)
        .into_iter()
        .map(|item| {
            let shape = work_by_shape(pieces(item));
            let range = text_at(item, e.time).map(|t| n::date_range(&t));
            let (post, dept) = text_at(item, e.title).map_or((None, None), |t| post_and_dept(&t));
            let info = text_at(item, e.info)
                .map(|t| labelled_values(&t))
                .unwrap_or_default();
            let info_value = |labels: &[&str]| {
                info.iter()
                    .find(|(l, _)| labels.contains(&l.as_str()))
                    .map(|(_, v)| v.clone())
            };
            Work {
                begin: range.as_ref().map_or(shape.begin, |r| r.begin.clone()),
                end: range.as_ref().map_or(shape.end, |r| r.end.clone()),
                current: range.as_ref().map_or(shape.current, |r| r.current),
                enterprise_name: text_at(item, e.company)
                    .and_then(|s| n::clean(&s))
                    .or(shape.enterprise_name),
                post_name: post.or(shape.post_name),
                dept_name: dept,
                description: text_at(item, e.desc)
                    .and_then(|s| n::text_block(without_desc_label(&s)))
                    .or(shape.description),
                industry: info_value(&["行业", "所属行业"]).and_then(|v| n::clean(&v)),
                enterprise_scale: info_value(&["公司规模", "企业规模", "规模"])
                    .and_then(|v| n::enterprise_scale(&v)),
                ..Work::default()
            }
        })
        .filter(|w| w.enterprise_name.is_some())
        .collect();
    r.education_history = entry_items(scope, e.edu, H_EDU)
        .into_iter()
        .map(|item| {
            let shape = education_by_shape(pieces(item));
            let range = text_at(item, e.edu_time).map(|t| n::date_range(&t));
            let (major, major_level) =
                text_at(item, e.major).map_or((None, None), |t| major_and_level(&t));
            Education {
                begin: range.as_ref().map_or(shape.begin, |r| r.begin.clone()),
                end: range.as_ref().map_or(shape.end, |r| r.end.clone()),
                school_name: text_at(item, e.school)
                    .and_then(|s| n::clean(&s))
                    .or(shape.school_name),
                major: major.or(shape.major),
                level: text_at(item, e.degree)
                    .and_then(|s| n::education(&s).1)
                    .or(major_level)
                    .or(shape.level),
            }
        })
        .filter(|e| e.school_name.is_some())
        .collect();
}

/// A title cell may name the department too (`车队长　所在部门：运输部`).
fn post_and_dept(title: &str) -> (Option<String>, Option<String>) {
    match title.find("所在部门").or_else(|| title.find("部门：")) {
        Some(i) => (
            n::clean(strip_label(&title[..i])),
            n::clean(strip_label(&title[i..])),
        ),
        None => (n::clean(strip_label(title)), None),
    }
}

/// A major cell may carry the degree after a separator (`汽车驾驶 · 中专`).
fn major_and_level(cell: &str) -> (Option<String>, Option<String>) {
    let (mut major, mut level) = (Vec::new(), None);
    for part in cell.split(['·', '|', '｜']) {
        match n::education(part.trim()).1 {
            Some(l) if level.is_none() => level = Some(l),
            _ => major.push(part.trim()),
        }
    }
    (n::clean(&major.join(" ")), level)
}

/// A description without the label some layouts put before it (`职责：驾驶…`).
fn without_desc_label(s: &str) -> &str {
    let t = s.trim_start();
    ["工作职责", "工作内容", "工作描述", "职责"]
        .iter()
        .find_map(|l| t.strip_prefix(l)?.strip_prefix(['：', ':']))
        .map_or(s, str::trim_start)
}

/// A phone field; one field may list several numbers (`153… / 156…`): the first is the phone.
fn set_phone(r: &mut Resume, shown: Option<&str>) {
    let Some(shown) = shown.and_then(n::clean) else {
        return;
    };
    let mut c = n::phone(&shown);
    if c.state == ContactState::Absent {
        c = n::phone_in_text(&shown);
    }
    if c.state == ContactState::Absent && shown.contains('*') {
        c.state = ContactState::Masked;
        c.masked = Some(shown);
    }
    r.phone = c.value;
    r.phone_state = c.state;
    r.phone_masked = c.masked;
}

/// An email field; liepin may show a bare `****` for a hidden address: masked, not absent.
fn set_email(r: &mut Resume, shown: Option<&str>) {
    let Some(shown) = shown.and_then(n::clean) else {
        return;
    };
    let mut c = n::email(&shown);
    if c.state == ContactState::Absent && shown.contains('*') {
        c.state = ContactState::Masked;
        c.masked = Some(shown);
    }
    r.email = c.value;
    r.email_state = c.state;
    r.email_masked = c.masked;
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn run(url: &str, html: &str) -> Result<Resume, ExtractError> {
        extract(&Page {
            url,
            html: Some(html),
            api_payloads: &[],
            text: None,
            captured_at: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        })
    }

    const H_LOCKED: &str = r#"<div class="title-info"><div class="clearfix"><div class="float-left"><small>简历编号：</small><small>123</small></div></div></div>
        <ul class="individual-info">
        <li><div class="individual-info-cont">刘****·男·38岁·北京</div></li>
        <li><div class="individual-info-cont">在职，看看新机会·调度·12年工作经验</div></li>
        <li><div class="individual-info-cont">大专·北京交通职业学院</div></li>
        <li><div class="individual-info-cont"><em>158****3321</em><em>l****@qq.com</em></div></li></ul>"#;

    #[test]
    fn star_masks_are_masked_never_clear() {
        let r = run(
            "https://h.liepin.com/resume/showresumedetail/?id=tok1",
            H_LOCKED,
        )
        .unwrap();
        assert_eq!(r.real_name, None);
        assert_eq!(r.name_masked.as_deref(), Some("刘****"));
        assert_eq!(
            (r.phone.as_deref(), r.phone_state),
            (None, ContactState::Masked)
        );
        assert_eq!(r.phone_masked.as_deref(), Some("158****3321"));
        assert_eq!(
            (r.email.as_deref(), r.email_state),
            (None, ContactState::Masked)
        );
        assert_eq!(r.source.channel_resume_id, "tok1");
    }

    #[test]
    fn dot_separated_lines_fill_the_summary_fields() {
        let r = run(
            "https://h.liepin.com/resume/showresumedetail/?id=tok1",
            H_LOCKED,
        )
        .unwrap();
        assert_eq!(r.gender.as_deref(), Some("男"));
        assert_eq!(r.age, Some(38));
        assert_eq!(r.living_place.as_deref(), Some("北京"));
        assert_eq!((r.status, r.want_job), (Some(1), Some(true)));
        assert_eq!(r.work_experience, Some(12));
        assert_eq!(r.education_level.as_deref(), Some("大专"));
        assert_eq!(r.extras.get("当前职位").map(String::as_str), Some("调度"));
    }

    #[test]
    fn hashed_class_names_match_by_prefix_and_bare_stars_mask_email() {
        let html = r#"<div class="ant-lpt-modal"><div class="x newResumeLeft--zz9" data-resid="r42">
            <div class="baseInfo--q1"><span class="name--k2 bold">马**</span></div>
            <div class="baseRow--a"><span>男</span><span>40岁</span><span>河北-石家庄</span></div>
            <div class="contact--c"><span class="phone--p">155****2046</span><span class="email--e">****</span></div>
            <div class="workExp--w"><div class="workItem--i"><div class="compName--n">某公司</div><div class="time--t">2019.02 -</div><div class="title--t">司机</div></div></div>
            </div></div>"#;
        let r = run("https://lpt.liepin.com/recommend", html).unwrap();
        assert_eq!(r.name_masked.as_deref(), Some("马**"));
        assert_eq!(r.living_place.as_deref(), Some("河北-石家庄"));
        assert_eq!(r.email_state, ContactState::Masked);
        assert_eq!(r.email_masked.as_deref(), Some("****"));
        assert_eq!(r.work_history[0].begin.as_deref(), Some("2019-02"));
        assert!(!r.work_history[0].current);
        assert_eq!(r.source.channel_resume_id, "r42");
    }

    #[test]
    fn intention_rows_of_label_and_value_elements_and_headed_blocks() {
        let html = r#"<div class="ant-lpt-modal"><div class="newResumeLeft--f3">
            <div class="resumeHeader--2b"><span class="name--e0">邓**</span></div>
            <div class="jobIntention--9f"><div class="title--aa">求职意向</div>
              <div class="row--3c"><span class="label--7e">期望职位</span><span class="value--1a">渣土车司机</span></div>
              <div class="row--3c"><span class="label--7e">期望城市</span><span class="value--1a">成都</span></div>
              <div class="row--3c"><span class="label--7e">求职状态</span><span class="value--1a">离职，正在找工作</span></div></div>
            <div class="eduExp--1a"><div class="title--aa">教育经历</div>
              <div class="expItem--5b"><div class="school--3f">四川交通运输职业学校</div><div class="time--8f">2015.09 - 2018.06</div><div class="major--7c">汽车驾驶 · 中专</div></div></div>
            <div class="selfEval--2e"><div class="title--aa">自我评价</div><p>持B2驾照，驾龄9年。</p></div>
        </div></div>"#;
        let r = run("https://lpt.liepin.com/recommend", html).unwrap();
        assert_eq!(r.target_post.as_deref(), Some("渣土车司机"));
        assert_eq!(r.expected_regions, vec!["成都".to_string()]);
        assert_eq!(r.want_job, Some(true));
        assert_eq!(r.self_evaluation.as_deref(), Some("持B2驾照，驾龄9年。"));
        let edu = &r.education_history[0];
        assert_eq!(edu.major.as_deref(), Some("汽车驾驶"));
        assert_eq!(edu.level.as_deref(), Some("中专/中技"));
    }

    #[test]
    fn h_entries_split_department_info_line_and_description_label() {
        let html = r#"<div class="resume-detail-basic"><div class="resume-job-intention"><h3>求职意向</h3>
            <p>期望职位：<span>车队经理</span></p><p>期望城市：<span>武汉、襄阳</span></p><p>当前状态：<span>在职，看看新机会</span></p></div>
            <div class="resume-work"><h3>工作经历</h3><div class="work-experience"><div class="work-cont">
              <p class="work-cont-company-name">武汉长江冷链物流有限公司</p><span class="work-time">2019.07 - 至今</span>
              <p class="work-cont-info">行业：交通/运输/物流　公司规模：500-999人</p>
              <p class="work-cont-title">车队长　<span>所在部门：运输部</span></p>
              <p class="work-cont-desc">职责：负责车队调度。</p></div></div></div></div>"#;
        let r = run(
            "https://h.liepin.com/resume/showresumedetail/?id=tok9",
            html,
        )
        .unwrap();
        assert_eq!(r.target_post.as_deref(), Some("车队经理"));
        assert_eq!(
            r.expected_regions,
            vec!["武汉".to_string(), "襄阳".to_string()]
        );
        assert_eq!(r.want_job, Some(true));
        let w = &r.work_history[0];
        assert_eq!(w.post_name.as_deref(), Some("车队长"));
        assert_eq!(w.dept_name.as_deref(), Some("运输部"));
        assert_eq!(w.industry.as_deref(), Some("交通/运输/物流"));
        assert!(w.enterprise_scale.is_some());
        assert_eq!(w.description.as_deref(), Some("负责车队调度。"));
    }

    #[test]
    fn summary_level_is_not_taken_from_a_school_name() {
        let mut r = Resume::default();
        assert!(summary_token(&mut r, "中专/中技"));
        assert_eq!(r.education_level.as_deref(), Some("中专/中技"));
        let mut r = Resume::default();
        assert!(!summary_token(&mut r, "平谷职高"));
        assert_eq!(r.education_level, None);
    }

    #[test]
    fn list_page_without_resume_panel_is_not_a_resume() {
        let html = r#"<div data-tlg-elem-id="b_pc_home_hp_res_listcard" class="cardItem--p8q7r">邵先生</div>"#;
        assert!(matches!(
            run("https://lpt.liepin.com/recommend", html),
            Err(ExtractError::NotAResume(_))
        ));
    }

    #[test]
    fn unknown_classes_fall_back_to_headings_shapes_and_labels() {
        let html = r#"<div class="ant-lpt-modal"><div class="newResumeLeft--x1">
            <span class="resumeName--a">吴先生</span>
            <span class="resumeBase--b">40岁 · 男 · 已婚 · 杭州-萧山区 · 15年工作经验 · 中专</span>
            <div class="resumeContact--c"><span>手机：155****2046</span><span>邮箱：w****@qq.com</span></div>
            <a href="/resume/showresumedetail/?id=abc123&index=2">查看</a>
            <section class="s--1"><h4>求职意向</h4><div class="i--2"><span>杭州</span><span>12-15k</span><span>牵引车司机</span></div></section>
            <section class="s--1"><h4>工作经历</h4><div class="w--3"><div class="a--1">2016.05-至今</div><div class="b--2">杭州某物流有限公司</div><div class="c--3">牵引车司机</div><div class="d--4">跑长途。</div></div></section>
            <section class="s--1"><h4>教育经历</h4><div class="e--4"><span>2005-2008</span><span>中专</span><span>杭州某职业学校</span><span>汽车运用</span></div></section>
            <section class="s--1"><h4>自我评价</h4><p>A2驾照。</p></section>
            </div></div>"#;
        let r = run("https://lpt.liepin.com/recommend", html).unwrap();
        assert_eq!(r.source.channel_resume_id, "abc123");
        assert_eq!(
            (r.gender.as_deref(), r.age, r.married),
            (Some("男"), Some(40), Some(1))
        );
        assert_eq!(r.living_place.as_deref(), Some("杭州-萧山区"));
        assert_eq!(r.phone_state, ContactState::Masked);
        assert_eq!(r.email_masked.as_deref(), Some("w****@qq.com"));
        assert_eq!(r.target_post.as_deref(), Some("牵引车司机"));
        assert_eq!(r.expected_regions, vec!["杭州".to_string()]);
        assert_eq!(r.expected_salary, vec![12000, 15000]);
        let w = &r.work_history[0];
        assert_eq!(w.enterprise_name.as_deref(), Some("杭州某物流有限公司"));
        assert_eq!((w.begin.as_deref(), w.current), (Some("2016-05"), true));
        assert_eq!(w.post_name.as_deref(), Some("牵引车司机"));
        let e = &r.education_history[0];
        assert_eq!(e.school_name.as_deref(), Some("杭州某职业学校"));
        assert_eq!(e.major.as_deref(), Some("汽车运用"));
        assert_eq!(e.level.as_deref(), Some("中专/中技"));
        assert_eq!(r.self_evaluation.as_deref(), Some("A2驾照。"));
    }
}
