//! 58同城 (employer.58.com, channel 3).
//!
//! Rows of the `deliverlist` / `downloadlist` JSONP come first; the detail DOM fills what the rows
//! lack. 58 draws names, ages and phones with a per-page web font: such values are private-use
//! code points (or `&#xe0XX;` entities in the JSON). They are kept as `obfuscated` shown forms and
//! never become a phone, a name or an age.

use super::capture::{
    all, array_at, decode_entities, document, education_by_shape, entry_items, fill_missing, first,
    job_status, objects_with_key, payloads, pieces, query_param, section_by_heading, section_text,
    str_at, strip_label, summary_tokens, text_at, text_of, text_without_heading, work_by_shape,
};
use super::normalise as n;
use super::{ExtractError, Page};
use crate::model::{ContactState, Education, Resume, Work};
use scraper::ElementRef;
use serde_json::Value;

/// JSON keys of a resume row, in order of preference.
mod key {
    pub const ID: &[&str] = &["resumeid", "resumeId", "resumeID"];
    pub const NAME: &[&str] = &["trueName", "name", "userName"];
    pub const SEX: &[&str] = &["sex", "gender"];
    pub const AGE: &[&str] = &["age"];
    pub const WORK_YEARS: &[&str] = &["workYear", "workYears"];
    pub const EDUCATION: &[&str] = &["education", "educationName", "eduLevel"];
    pub const TARGET_POST: &[&str] = &["targetPosition", "expectJob"];
    pub const SALARY: &[&str] = &["targetSalary", "expectSalary"];
    pub const AREA: &[&str] = &["expectArea", "expectLocation"];
    pub const LETTER: &[&str] = &["letter", "selfIntro", "introduction"];
    pub const MOBILE: &[&str] = &["mobile", "phone", "tel"];
    pub const EMAIL: &[&str] = &["email", "mail"];
    pub const UPDATED: &[&str] = &["updateDate", "updateTime"];
    pub const EXPERIENCES: &[&str] = &["experiences", "workExperiences", "experienceList"];
    pub const EXP_START: &[&str] = &["startDate", "beginDate"];
    pub const EXP_END: &[&str] = &["endDate"];
    pub const EXP_COMPANY: &[&str] = &["company", "companyName"];
    pub const EXP_POST: &[&str] = &["positionName", "position", "jobName"];
    pub const EXP_DESC: &[&str] = &["description", "jobContent"];
    /// Row keys that say something worth keeping but have no canonical field.
    pub const EXTRAS: &[(&str, &str)] = &[("familyName", "姓氏"), ("deliverJob", "投递职位")];
}

/// Detail-page selectors, each an ordered fallback list.
mod dom {
    pub const ROOT: &[&str] = &["#resumeDetail", ".resume-detail-wrap", ".resume-detail"];
    pub const ID_ATTR: &str = "data-resumeid";
    pub const NAME: &[&str] = &["#name", ".trueName", ".name-line .name"];
    pub const SEX: &[&str] = &[".base-line .sex", ".sex"];
    pub const AGE: &[&str] = &[".base-line .age", ".age"];
    pub const EDUCATION: &[&str] = &[".base-line .edu", ".edu"];
    pub const WORK_YEARS: &[&str] = &[".base-line .workyear", ".workyear"];
    pub const LIVING: &[&str] = &["#liveLocation", ".live-location"];
    pub const PHONE: &[&str] = &[
        ".contact-info .phone",
        ".phone",
        ".contact .mobile",
        ".mobile",
    ];
    pub const PHONE_BACKUP: &[&str] = &[".contact-info .phone2"];
    pub const EMAIL: &[&str] = &[".contact-info .email", ".email"];
    pub const EXPECT_JOB: &[&str] = &["#expectJob", "#expectCate", ".expect .job"];
    pub const EXPECT_AREA: &[&str] = &["#expectLocation", ".expect .location"];
    pub const EXPECT_SALARY: &[&str] = &["#expectSalary", ".expect .salary"];
    pub const JOB_STATE: &[&str] = &["#jobState", ".expect .state"];
    pub const WORK_ITEMS: &[&str] = &[
        ".work.experience .experience-detail",
        ".work .experience-detail",
    ];
    pub const WORK_COMPANY: &[&str] = &[".itemName", ".company"];
    pub const WORK_TIME: &[&str] = &[".itemTime", ".time"];
    pub const WORK_POST: &[&str] = &[".itemPos", ".position"];
    pub const WORK_DESC: &[&str] = &[".itemDesc", ".desc"];
    pub const EDU_ITEMS: &[&str] = &[
        ".education.experience .edu-detail",
        ".education .edu-detail",
    ];
    pub const EDU_SCHOOL: &[&str] = &[".college-name", ".school"];
    pub const EDU_TIME: &[&str] = &[".edu-time", ".time"];
    pub const EDU_MAJOR: &[&str] = &[".major"];
    pub const EDU_DEGREE: &[&str] = &[".degree", ".edu-level", "[class*='degree']"];
    pub const INTRO: &[&str] = &[".self-intro .intro-content", "#selfIntro", ".self-intro"];
    /// A section's own heading, dropped from its text.
    pub const WORK_HEADINGS: &[&str] = &["工作经历", "工作经验"];
    pub const EDU_HEADINGS: &[&str] = &["教育经历", "教育背景"];
    pub const INTRO_HEADINGS: &[&str] = &["自我介绍", "自我评价", "个人优势", "求职信"];
    /// Summary rows whose items carry no class of their own (`<span>女</span><span>31岁</span>`,
    /// `男 | 39岁 | 10年经验`): read by the shape of each item.
    pub const SUMMARY: &[&str] = &[".base-detail", ".base-line", ".base-info p", ".info"];
    /// List items (received / downloaded lists) name their resume in this attribute.
    pub const LIST_ITEM: &[&str] = &["[data-resumeid]"];
}

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let wanted = query_param(page.url, &["resumeid", "resumeId"]);
    let row = pick_row(page, wanted.as_deref());
    let doc = document(page);
    let detail = doc
        .as_ref()
        .and_then(|d| first(d.root_element(), dom::ROOT));

    let mut r = match &row {
        Some(row) => from_row(row),
        None => Resume::default(),
    };
    if let Some(root) = detail {
        let id_matches = match (&row, root.value().attr(dom::ID_ATTR)) {
            (Some(row), Some(id)) => str_at(row, key::ID).as_deref() == Some(id),
            _ => true,
        };
        if id_matches {
            fill_missing(&mut r, from_dom(root));
        }
    }
    // On a list page the row's own list item shows what the row may lack (gender on 58 lists).
    if let (Some(row), Some(doc)) = (&row, &doc) {
        if let Some(id) = str_at(row, key::ID) {
            let item = all(doc.root_element(), dom::LIST_ITEM)
                .into_iter()
                .find(|e| e.value().attr(dom::ID_ATTR) == Some(id.as_str()));
            if let Some(item) = item {
                fill_missing(&mut r, summary_rows(item));
            }
        }
    }
    if row.is_none() && detail.is_none() {
        return Err(ExtractError::NotAResume(
            "58: no resume row for this page and no resume detail".into(),
        ));
    }
    r.source.channel_resume_id = row
        .as_ref()
        .and_then(|row| str_at(row, key::ID))
        .or_else(|| detail.and_then(|d| d.value().attr(dom::ID_ATTR).map(str::to_string)))
        .or(wanted)
        .unwrap_or_default();
    n::finish(&mut r, page.captured_at);
    Ok(r)
}

/// The row this page shows: the one whose `resumeid` is in the URL, or the only row there is.
/// A list of several rows with none selected is a list page, not a resume.
fn pick_row(page: &Page, wanted: Option<&str>) -> Option<Value> {
    let mut rows: Vec<Value> = Vec::new();
    for (_, v) in payloads(page) {
        for id_key in key::ID {
            let mut found = Vec::new();
            objects_with_key(&v, id_key, 5, &mut found);
            rows.extend(found.into_iter().cloned());
        }
    }
    match wanted {
        Some(id) => rows
            .into_iter()
            .find(|r| str_at(r, key::ID).as_deref() == Some(id)),
        None if rows.len() == 1 => rows.pop(),
        None => None,
    }
}

fn from_row(row: &Value) -> Resume {
    let mut r = Resume::default();
    if let Some(name) = str_at(row, key::NAME) {
        (r.real_name, r.name_masked) = n::name(&name);
    }
    r.gender = str_at(row, key::SEX).and_then(|s| sex(&s));
    r.age = str_at(row, key::AGE).and_then(|s| clear_age(&s));
    r.work_experience = str_at(row, key::WORK_YEARS).and_then(|s| row_work_years(&s));
    if let Some(e) = str_at(row, key::EDUCATION) {
        (r.education, r.education_level) = n::education(&e);
    }
    r.target_post = str_at(row, key::TARGET_POST).and_then(|s| n::clean(&s));
    r.expected_salary = str_at(row, key::SALARY).map_or_else(Vec::new, |s| n::salary(&s));
    r.expected_regions = str_at(row, key::AREA).map_or_else(Vec::new, |s| n::places(&s));
    r.self_evaluation = str_at(row, key::LETTER).and_then(|s| n::text_block(&s));
    set_phone(&mut r, str_at(row, key::MOBILE).as_deref());
    set_email(&mut r, str_at(row, key::EMAIL).as_deref());
    r.source.updated_on_board = str_at(row, key::UPDATED).and_then(|s| n::date(&s));
    r.work_history = array_at(row, key::EXPERIENCES)
        .iter()
        .map(row_work)
        .collect();
    for (k, label) in key::EXTRAS {
        if let Some(v) = str_at(row, &[k]).and_then(|s| n::clean(&s)) {
            r.extras.insert((*label).to_string(), v);
        }
    }
    r
}

fn row_work(e: &Value) -> Work {
    let start = str_at(e, key::EXP_START).unwrap_or_default();
    let end = str_at(e, key::EXP_END).unwrap_or_default();
    let range = n::date_range(&format!("{start} - {end}"));
    Work {
        begin: range.begin,
        end: range.end,
        current: range.current,
        enterprise_name: str_at(e, key::EXP_COMPANY).and_then(|s| n::clean(&s)),
        post_name: str_at(e, key::EXP_POST).and_then(|s| n::clean(&s)),
        description: str_at(e, key::EXP_DESC).and_then(|s| n::text_block(&s)),
        ..Work::default()
    }
}

fn from_dom(root: ElementRef) -> Resume {
    let mut r = Resume::default();
    let text = |sel: &[&str]| text_at(root, sel);
    if let Some(name) = text(dom::NAME) {
        (r.real_name, r.name_masked) = n::name(&name);
    }
    r.gender = text(dom::SEX).and_then(|s| n::gender(&s));
    r.age = text(dom::AGE).and_then(|s| clear_age(&s));
    if let Some(e) = text(dom::EDUCATION) {
        (r.education, r.education_level) = n::education(&e);
    }
    r.work_experience = text(dom::WORK_YEARS).and_then(|s| n::work_years(&s));
    r.living_place = text(dom::LIVING).and_then(|s| n::place(&s));
    set_phone(&mut r, text(dom::PHONE).as_deref());
    if let Some(p) = text(dom::PHONE_BACKUP).and_then(|s| n::clean(&s)) {
        r.extras.insert("备用电话".into(), p);
    }
    set_email(&mut r, text(dom::EMAIL).as_deref());
    r.target_post = text(dom::EXPECT_JOB).and_then(|s| n::clean(&s));
    r.expected_regions = text(dom::EXPECT_AREA).map_or_else(Vec::new, |s| n::places(&s));
    r.expected_salary = text(dom::EXPECT_SALARY).map_or_else(Vec::new, |s| n::salary(&s));
    if let Some(s) = text(dom::JOB_STATE) {
        (r.status, r.want_job) = job_status(&s);
    }
    r.self_evaluation = first(root, dom::INTRO)
        .map(|e| text_without_heading(e, dom::INTRO_HEADINGS))
        // A block of another class under its heading (`<div class="letter"><h3>自我介绍</h3>…`).
        .or_else(|| {
            section_by_heading(root, dom::INTRO_HEADINGS)
                .map(|s| section_text(s, dom::INTRO_HEADINGS))
        })
        .and_then(|s| n::text_block(&s));
    // The tables' classes win; what they miss (renamed classes) is read from the entry's shape.
    r.work_history = entry_items(root, dom::WORK_ITEMS, dom::WORK_HEADINGS)
        .into_iter()
        .map(|item| {
            let shape = work_by_shape(pieces(item));
            let range = text_at(item, dom::WORK_TIME).map(|t| n::date_range(&t));
            Work {
                begin: range.as_ref().map_or(shape.begin, |r| r.begin.clone()),
                end: range.as_ref().map_or(shape.end, |r| r.end.clone()),
                current: range.as_ref().map_or(shape.current, |r| r.current),
                enterprise_name: text_at(item, dom::WORK_COMPANY)
                    .and_then(|s| n::clean(&s))
                    .or(shape.enterprise_name),
                post_name: text_at(item, dom::WORK_POST)
                    .and_then(|s| n::clean(strip_label(&s)))
                    .or(shape.post_name),
                description: text_at(item, dom::WORK_DESC)
                    .and_then(|s| n::text_block(&s))
                    .or(shape.description),
                ..Work::default()
            }
        })
        .filter(|w| w.enterprise_name.is_some())
        .collect();
    fill_missing(&mut r, summary_rows(root));
    r.education_history = entry_items(root, dom::EDU_ITEMS, dom::EDU_HEADINGS)
        .into_iter()
        .map(|item| {
            let shape = education_by_shape(pieces(item));
            let range = text_at(item, dom::EDU_TIME).map(|t| n::date_range(&t));
            Education {
                begin: range.as_ref().map_or(shape.begin, |r| r.begin.clone()),
                end: range.as_ref().map_or(shape.end, |r| r.end.clone()),
                school_name: text_at(item, dom::EDU_SCHOOL)
                    .and_then(|s| n::clean(&s))
                    .or(shape.school_name),
                major: text_at(item, dom::EDU_MAJOR)
                    .and_then(|s| n::clean(&s))
                    .or(shape.major),
                level: text_at(item, dom::EDU_DEGREE)
                    .and_then(|s| n::education(&s).1)
                    .or(shape.level),
            }
        })
        .filter(|e| e.school_name.is_some())
        .collect();
    r
}

/// Gender, age, education and years from unlabelled summary rows; glyph-drawn items are skipped.
fn summary_rows(scope: ElementRef) -> Resume {
    let mut r = Resume::default();
    for row in all(scope, dom::SUMMARY) {
        let children: Vec<ElementRef> = row.children().filter_map(ElementRef::wrap).collect();
        let items = if children.is_empty() {
            vec![text_of(row)]
        } else {
            children.into_iter().map(text_of).collect()
        };
        for item in items.iter().filter(|t| !n::is_obfuscated(t)) {
            summary_tokens(&mut r, item);
        }
    }
    r
}

/// Rows give `workYear` as text (`8年`, `10年以上`) or as a bare number of years.
fn row_work_years(s: &str) -> Option<i64> {
    match s.trim().parse::<i64>() {
        Ok(y) if (0..=60).contains(&y) => Some(y),
        _ => n::work_years(s),
    }
}

/// 58's `sex` is `'0'` for men and `'1'` for women; the DOM spells it out.
fn sex(s: &str) -> Option<String> {
    match s.trim() {
        "0" => Some("男".into()),
        "1" => Some("女".into()),
        other => n::gender(other),
    }
}

/// An age, unless the web font drew it: glyph code points are not digits.
fn clear_age(s: &str) -> Option<i64> {
    if n::is_obfuscated(s) {
        None
    } else {
        n::age(s)
    }
}

fn set_phone(r: &mut Resume, shown: Option<&str>) {
    let Some(shown) = shown else { return };
    let shown = decode_entities(shown);
    let mut c = n::phone(&shown);
    if c.state == ContactState::Absent && !n::is_obfuscated(&shown) {
        c = n::phone_in_text(&shown);
    }
    r.phone = c.value;
    r.phone_state = c.state;
    r.phone_masked = c.masked;
}

fn set_email(r: &mut Resume, shown: Option<&str>) {
    let Some(shown) = shown else { return };
    let c = n::email(&decode_entities(shown));
    r.email = c.value;
    r.email_state = c.state;
    r.email_masked = c.masked;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ApiPayload;
    use chrono::DateTime;
    use serde_json::json;

    fn page<'a>(url: &'a str, html: Option<&'a str>, payloads: &'a [ApiPayload]) -> Page<'a> {
        Page {
            url,
            html,
            api_payloads: payloads,
            text: None,
            captured_at: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        }
    }

    fn row_payload(rows: serde_json::Value) -> Vec<ApiPayload> {
        let body = format!(
            "jQuery183_1({})",
            json!({"state": 1, "data": {"resumeList": rows}})
        );
        vec![ApiPayload {
            url: "https://employer.58.com/resume/deliverlist".into(),
            body: json!(body),
        }]
    }

    #[test]
    fn glyph_entities_in_jsonp_row_are_obfuscated_not_digits() {
        let p = row_payload(json!([{
            "resumeid": "3_abc", "trueName": "&#xe0a1;&#xe0b2;", "sex": "0", "age": "&#xe011;&#xe012;",
            "mobile": "&#xe101;&#xe102;&#xe103;&#xe104;&#xe105;&#xe106;&#xe107;&#xe108;&#xe109;&#xe10a;&#xe10b;"
        }]));
        let r = extract(&page(
            "https://employer.58.com/resumereceive?resumeid=3_abc",
            None,
            &p,
        ))
        .unwrap();
        assert_eq!(r.phone, None);
        assert_eq!(r.phone_state, ContactState::Obfuscated);
        assert_eq!(
            r.phone_masked.as_deref().map(|m| m.chars().count()),
            Some(11)
        );
        assert!(r
            .phone_masked
            .unwrap()
            .chars()
            .all(|c| ('\u{e000}'..='\u{f8ff}').contains(&c)));
        assert_eq!(r.real_name, None);
        assert_eq!(r.name_masked.as_deref(), Some("\u{e0a1}\u{e0b2}"));
        assert_eq!(r.age, None);
        assert_eq!(r.gender.as_deref(), Some("男"));
        assert_eq!(r.source.channel_resume_id, "3_abc");
    }

    #[test]
    fn numeric_row_fields_are_read_like_text_ones() {
        let p = row_payload(
            json!([{"resumeid": "3_n", "trueName": "冯**", "sex": 1, "age": 29, "workYear": 7}]),
        );
        let r = extract(&page(
            "https://employer.58.com/resumereceive?resumeid=3_n",
            None,
            &p,
        ))
        .unwrap();
        assert_eq!(r.gender.as_deref(), Some("女"));
        assert_eq!((r.age, r.work_experience), (Some(29), Some(7)));
        assert_eq!(r.phone_state, ContactState::Absent);
    }

    #[test]
    fn row_is_chosen_by_resumeid_and_a_list_without_one_is_not_a_resume() {
        let p = row_payload(json!([
            {"resumeid": "3_a", "trueName": "张三", "mobile": "15000000001"},
            {"resumeid": "3_b", "trueName": "李四", "mobile": "15000000002"}
        ]));
        let r = extract(&page(
            "https://employer.58.com/resumereceive?resumeid=3_b",
            None,
            &p,
        ))
        .unwrap();
        assert_eq!(r.real_name.as_deref(), Some("李四"));
        assert_eq!(r.phone.as_deref(), Some("15000000002"));
        let none = extract(&page("https://employer.58.com/resumereceive", None, &p));
        assert!(matches!(none, Err(ExtractError::NotAResume(_))));
    }

    #[test]
    fn pua_phone_in_detail_dom_is_obfuscated_even_next_to_clear_fields() {
        let html = "<html><head><style>@font-face{font-family:customfont;src:url(data:application/font-woff;base64,d09GRgAB)}</style></head><body>\
            <div id=\"resumeDetail\" data-resumeid=\"3_x\"><span id=\"name\">何先生</span>\
            <p class=\"base-line\"><span class=\"sex\">男</span><span class=\"age resumeFont2\">&#xe021;&#xe022;岁</span></p>\
            <div class=\"contact-info\"><span class=\"phone mycustomfont\">&#xe031;&#xe032;&#xe033;</span></div></div></body></html>";
        let r = extract(&page(
            "https://employer.58.com/resumedetail?resumeid=3_x",
            Some(html),
            &[],
        ))
        .unwrap();
        assert_eq!(r.name_masked.as_deref(), Some("何先生"));
        assert_eq!(r.phone_state, ContactState::Obfuscated);
        assert_eq!(r.phone, None);
        assert_eq!(r.age, None);
    }

    #[test]
    fn mobile_class_intention_cate_and_intro_under_a_heading() {
        let html = "<html><head><style>@font-face{font-family:customfont;src:url(data:application/font-woff;base64,d09GRgAB)}</style></head><body>\
            <div class=\"resume-detail\" id=\"resumeDetail\"><span id=\"name\">杜先生</span>\
            <div class=\"contact\">手机号：<span class=\"mobile resumeFont2\">&#xe1a7;&#xe5b3;&#xe30c;</span></div>\
            <div class=\"expect\"><h3>求职意向</h3><p>期望职位：<span id=\"expectCate\">渣土车司机</span></p></div>\
            <div class=\"letter\"><h3>自我介绍</h3><p>持B2驾驶证。</p></div></div></body></html>";
        let r = extract(&page(
            "https://employer.58.com/resume/detail?resumeid=5188",
            Some(html),
            &[],
        ))
        .unwrap();
        assert_eq!(r.phone_state, ContactState::Obfuscated);
        assert_eq!(r.phone, None);
        assert_eq!(r.target_post.as_deref(), Some("渣土车司机"));
        assert_eq!(r.self_evaluation.as_deref(), Some("持B2驾驶证。"));
    }

    #[test]
    fn unlabelled_summary_spans_and_list_items_are_read_by_shape() {
        let html = r#"<div class="resume-detail"><p class="base-detail"><span>女</span><span>31岁</span>
            <span>高中</span><span>10年工作经验</span></p>
            <div class="self-intro"><h3>自我介绍</h3><p>C1驾照。</p></div>
            <div class="exp-v2"><h3>工作经历</h3><div class="row-a"><p class="c1">2019.05-至今</p>
            <p class="c2">某商贸有限公司</p><p class="c3">送货司机</p><p class="c4">送货。</p></div></div></div>"#;
        let r = extract(&page(
            "https://employer.58.com/resumedetail?resumeid=3_d",
            Some(html),
            &[],
        ))
        .unwrap();
        assert_eq!((r.gender.as_deref(), r.age), (Some("女"), Some(31)));
        assert_eq!(r.education_level.as_deref(), Some("高中"));
        assert_eq!(r.work_experience, Some(10));
        assert_eq!(r.self_evaluation.as_deref(), Some("C1驾照。"));
        let w = &r.work_history[0];
        assert_eq!(w.enterprise_name.as_deref(), Some("某商贸有限公司"));
        assert_eq!((w.begin.as_deref(), w.current), (Some("2019-05"), true));
        assert_eq!(w.post_name.as_deref(), Some("送货司机"));

        let p = row_payload(json!([{"resumeid": "3_l", "trueName": "&#xe0a1;&#xe0b2;"}]));
        let html = r#"<ul><li data-resumeid="3_x"><span class="info">女 | 50岁</span></li>
            <li data-resumeid="3_l"><span class="info">男&nbsp;|&nbsp;39岁&nbsp;|&nbsp;10年经验</span></li></ul>"#;
        let r = extract(&page(
            "https://employer.58.com/resumereceive?pageindex=1",
            Some(html),
            &p,
        ))
        .unwrap();
        assert_eq!((r.gender.as_deref(), r.age), (Some("男"), Some(39)));
        assert_eq!(r.work_experience, Some(10));
    }
}
