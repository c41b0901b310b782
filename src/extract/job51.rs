//! 前程无忧 51job (channel 2): the ehire ResumeView / ResumeViewFolder table layout.
//!
//! The person's key is `hidUserID` (hidden input, or the URL). `hidSeqID` on folder pages names
//! an application, not the person, and is never used as the id. A confidential resume (保密简历)
//! has no `#tdseekname` cell: no name and no contacts, everything else as usual.

use super::shown::{self, first, first_text, text_of, Field, Shown, ShownEducation, ShownWork};
use super::{ExtractError, Page};
use crate::model::Resume;
use regex::Regex;
use scraper::{ElementRef, Html};
use std::sync::LazyLock;

/// Ordered fallback selectors, one row per thing on the page.
struct Sel {
    user_id_input: &'static [&'static str],
    id_text: &'static [&'static str],
    name: &'static [&'static str],
    head_table: &'static [&'static str],
    email: &'static [&'static str],
    section_title: &'static [&'static str],
    updated: &'static [&'static str],
}

const SEL: Sel = Sel {
    user_id_input: &["input#hidUserID", "input[name='hidUserID']"],
    id_text: &["span.ID", "#headwrap + span", ".talent-id"],
    name: &["td#tdseekname", "#tdseekname"],
    head_table: &["table.infr"],
    email: &["div.rv_mail_limit a", ".m_com a", "div.rv_mail_limit"],
    section_title: &["td.plate1", "td.plate_title"],
    updated: &["#applyUpdateTime"],
};

/// Inside one entry row of a section.
const ENTRY_TIME: &[&str] = &["td.time"];
const ENTRY_HEAD: &[&str] = &["td.rtbox span.bold", "span.bold"];
const ENTRY_TITLE_CELL: &[&str] = &["td.plate_right"];
const ENTRY_TITLE: &[&str] = &["span.bold"];
const ENTRY_DEPT: &[&str] = &["span.dept"];
const ENTRY_DETAIL: &[&str] = &["td.tb1"];
const ENTRY_DEGREE: &[&str] = &["td.phd"];

/// Classes of the cells inside an entry.
const ENTRY_CLASSES: &[&str] = &["time", "rtbox", "plate_right", "tb1", "phd", "keys"];

/// `td.keys` labels → fields; other labels go to extras.
const KEY_FIELDS: &[(&str, Field)] = &[
    ("姓名", Field::Name),
    ("性别", Field::Gender),
    ("年龄", Field::Age),
    ("出生日期", Field::Birth),
    ("出生年月", Field::Birth),
    ("居住地", Field::Living),
    ("现居住地", Field::Living),
    ("目前居住地", Field::Living),
    ("学历", Field::Education),
    ("最高学历", Field::Education),
    ("工作年限", Field::WorkYears),
    ("户口所在地", Field::Hukou),
    ("户口/国籍", Field::Hukou),
    ("户口", Field::Hukou),
    ("婚姻状况", Field::Married),
    ("自我评价", Field::SelfEval),
    ("地点", Field::TargetCities),
    ("期望工作地区", Field::TargetCities),
    ("期望薪资", Field::Salary),
    ("期望地点", Field::TargetCities),
    ("期望城市", Field::TargetCities),
    ("工作地点", Field::TargetCities),
    ("期望月薪", Field::Salary),
    ("职能/职位", Field::TargetPost),
    ("期望职位", Field::TargetPost),
    ("求职状态", Field::Status),
    ("目前状况", Field::Status),
    ("电话", Field::Phone),
    ("手机", Field::Phone),
    ("手机号码", Field::Phone),
    ("移动电话", Field::Phone),
    ("联系电话", Field::Phone),
    ("联系方式", Field::Phone),
    ("E-mail", Field::Email),
    ("Email", Field::Email),
    ("邮箱", Field::Email),
    ("电子邮箱", Field::Email),
];

/// Section headings, by the words in them; a heading row ends the section before it.
const SECTION_WORDS: &[(&str, Kind)] = &[
    ("工作", Kind::Work),
    ("教育", Kind::Education),
    ("技能", Kind::Skills),
    ("证书", Kind::Skills),
    ("求职意向", Kind::Other),
    ("项目", Kind::Other),
    ("培训", Kind::Other),
    ("语言", Kind::Other),
    ("附加", Kind::Other),
];

static NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(.+?)\s*和\s*Ta").unwrap());
static ID_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:人才)?ID\s*[:：]\s*(\d{5,})").unwrap());

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let Some(html) = page.html else {
        return Err(ExtractError::NotAResume("51job page without html".into()));
    };
    let doc = Html::parse_document(html);
    let root = shown::root(&doc);
    let head = first(root, SEL.head_table);
    let user_id = user_id(page.url, root);
    let has_resume_rows =
        || root.select(&shown::sel("td, th")).any(is_key) && first(root, ENTRY_TIME).is_some();
    if head.is_none() && first(root, SEL.name).is_none() && !has_resume_rows() {
        return Err(ExtractError::NotAResume("no 51job resume table".into()));
    }

    let mut s = Shown::default();
    match first_text(root, SEL.name) {
        Some(cell) => s.offer(Field::Name, &seeker_name(&cell)),
        None => s.extra("保密简历", "是"),
    }
    if let Some(head) = head {
        for td in head.select(&shown::sel("td")) {
            let t = text_of(td);
            if t.contains('|') {
                for part in t.split('|') {
                    s.offer_label(part);
                }
            }
        }
    } else {
        // Without the known head table, the summary line is the cell that reads like one
        // ("男 | 38岁 | 现居住 广州 | 8年工作经验"); entry tag lines have no gender or age.
        for td in root.select(&shown::sel("td")) {
            if td.select(&shown::sel("table")).next().is_some() {
                continue;
            }
            let t = text_of(td);
            let parts: Vec<String> = t.split(['|', '｜']).map(shown::clean).collect();
            let personal = parts
                .iter()
                .any(|p| p == "男" || p == "女" || p.ends_with('岁'));
            if parts.len() > 2 && personal {
                for part in &parts {
                    s.offer_label(part);
                }
            }
        }
    }
    for key in root.select(&shown::sel("td, th")).filter(|td| is_key(*td)) {
        // The value is the next cell with text: the phone row has an empty spacer cell between.
        let Some(value) = key
            .next_siblings()
            .filter_map(ElementRef::wrap)
            .take_while(|td| !is_key(*td))
            .find(|td| !shown::clean(&text_of(*td)).is_empty())
        else {
            continue;
        };
        let label = shown::clean(&text_of(key)).replace([' ', '　'], "");
        let label = label.trim_end_matches([':', '：']);
        let text = cell_value(value);
        match KEY_FIELDS.iter().find(|(l, _)| *l == label) {
            Some((_, f)) => s.offer(*f, &text),
            None => s.extra(label, &text),
        }
    }
    if let Some(mail) = first_text(root, SEL.email) {
        s.offer(Field::Email, mail.trim_start_matches("E-mail："));
    }
    sections(&mut s, root);
    if let Some(u) = first_text(root, SEL.updated) {
        s.offer(Field::UpdatedOnBoard, &u);
    }
    if s.is_empty() {
        return Err(ExtractError::NotAResume("empty 51job resume".into()));
    }
    let mut resume = s.into_resume(&page.captured_at);
    if let Some(id) = user_id {
        resume.source.channel_resume_id = id;
    }
    Ok(resume)
}

/// `hidUserID` from the hidden input, then the URL, then the "ID:" text; never `hidSeqID`.
pub fn user_id(url: &str, root: ElementRef) -> Option<String> {
    let digits = |v: &str| {
        Some(v.trim().to_string())
            .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
    };
    SEL.user_id_input
        .iter()
        .find_map(|css| first(root, &[css])?.value().attr("value").and_then(digits))
        .or_else(|| {
            shown::query_param(url, "hidUserID")
                .as_deref()
                .and_then(digits)
        })
        .or_else(|| {
            let t = first_text(root, SEL.id_text)?;
            ID_IN_TEXT.captures(&t).map(|c| c[1].to_string())
        })
}

/// "王建国和Ta聊聊" → "王建国".
fn seeker_name(cell: &str) -> String {
    NAME.captures(cell)
        .map_or_else(|| cell.trim().to_string(), |c| c[1].trim().to_string())
}

/// A label cell: `td.keys`, or a short cell ending in a colon where a redesign dropped the class.
fn is_key(td: ElementRef) -> bool {
    if td.value().classes().any(|c| c == "keys") {
        return true;
    }
    if td.select(&shown::sel("table")).next().is_some() {
        return false;
    }
    let t = shown::clean(&text_of(td));
    (t.ends_with('：') || t.ends_with(':')) && t.chars().count() <= 10
}

/// A value cell's text; tag spans ("广州" "佛山") are separate values, not one run of text.
fn cell_value(cell: ElementRef) -> String {
    let tags: Vec<String> = cell
        .select(&shown::sel("span.tag"))
        .map(|t| shown::clean(&text_of(t)))
        .filter(|t| !t.is_empty())
        .collect();
    if tags.len() > 1 {
        tags.join("、")
    } else {
        text_of(cell)
    }
}

/// The section a row heads, if it is a heading: a `td.plate1` cell, or a row whose only text is
/// a short title such as 工作经验 / 教育经历 (some pages drop the class).
fn heading(row: ElementRef) -> Option<Kind> {
    let text = match first_text(row, SEL.section_title) {
        Some(t) => t,
        None => {
            let cells: Vec<ElementRef> = row
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|td| !shown::clean(&text_of(*td)).is_empty())
                .collect();
            // An entry's own cells (title, tags, degree) are never headings.
            let entry_cell =
                |td: &ElementRef| td.value().classes().any(|c| ENTRY_CLASSES.contains(&c));
            match cells.as_slice() {
                [only] if !entry_cell(only) => {
                    let t = shown::clean(&text_of(*only));
                    if t.chars().count() > 8 {
                        return None;
                    }
                    t
                }
                _ => return None,
            }
        }
    };
    let text = text.replace([' ', '\u{3000}'], "");
    SECTION_WORDS
        .iter()
        .find(|(w, _)| text.contains(w))
        .map(|(_, k)| *k)
}

/// The 工作经验 / 教育经历 / 技能特长 sections, wherever their rows sit: every innermost table row
/// in page order, a heading row switching the section, a row with `td.time` starting an entry
/// and the rows after it filling it in.
fn sections(s: &mut Shown, root: ElementRef) {
    let table = shown::sel("table");
    let mut kind = Kind::Other;
    for row in root.select(&shown::sel("tr")) {
        if row.select(&table).next().is_some() {
            continue;
        }
        if let Some(k) = heading(row) {
            kind = k;
            continue;
        }
        if kind == Kind::Other {
            continue;
        }
        entry_row(s, row, kind);
    }
}

fn entry_row(s: &mut Shown, row: ElementRef, kind: Kind) {
    let text = |sels: &[&str]| first_text(row, sels).unwrap_or_default();
    if let Some(time) = first(row, ENTRY_TIME) {
        let range = text_of(time);
        // The entry's head: the bold name, else the cell after the dates.
        let head = first_text(row, ENTRY_HEAD).unwrap_or_else(|| {
            time.next_siblings()
                .filter_map(ElementRef::wrap)
                .map(text_of)
                .find(|t| !shown::clean(t).is_empty())
                .unwrap_or_default()
        });
        match kind {
            Kind::Work => s.works.push(ShownWork {
                range,
                company: head,
                ..ShownWork::default()
            }),
            Kind::Education => s.educations.push(ShownEducation {
                range,
                school: head,
                ..ShownEducation::default()
            }),
            Kind::Skills => {
                let c = text(ENTRY_DETAIL);
                if !c.is_empty() {
                    s.certificates.push(c);
                }
            }
            Kind::Other => {}
        }
        return;
    }
    match kind {
        Kind::Work => {
            let Some(w) = s.works.last_mut() else {
                return;
            };
            if let Some(cell) = first(row, ENTRY_TITLE_CELL) {
                w.title = first_text(cell, ENTRY_TITLE).unwrap_or_default();
                w.dept = first_text(cell, ENTRY_DEPT).unwrap_or_else(|| {
                    // "司机 运输部": the department is whatever follows the bold title.
                    let all = shown::clean(&text_of(cell));
                    let rest = all.strip_prefix(&shown::clean(&w.title)).unwrap_or("");
                    rest.trim_matches(|c: char| c == '|' || c == '｜' || c.is_whitespace())
                        .to_string()
                });
            } else if let Some(cell) = first(row, ENTRY_DETAIL) {
                let t = text_of(cell);
                let is_tags = !cell.value().classes().any(|c| c == "txt2")
                    && t.contains(['|', '｜'])
                    && w.industry.is_empty()
                    && w.scale.is_empty();
                if is_tags {
                    Shown::company_tags(w, &t);
                } else if w.description.is_empty() {
                    w.description = t;
                } else {
                    w.description = format!("{}\n{t}", w.description);
                }
            }
        }
        Kind::Education => {
            let Some(e) = s.educations.last_mut() else {
                return;
            };
            if let Some(cell) = first(row, ENTRY_DEGREE) {
                let mut spans: Vec<String> =
                    cell.select(&shown::sel("span")).map(text_of).collect();
                if spans.is_empty() {
                    // "大专 | 物流管理" as plain text.
                    spans = text_of(cell).split(['|', '｜']).map(shown::clean).collect();
                }
                e.level = spans.first().cloned().unwrap_or_default();
                e.major = spans.get(1).cloned().unwrap_or_default();
            }
        }
        Kind::Skills | Kind::Other => {}
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Work,
    Education,
    Skills,
    /// A section this extractor does not read (求职意向, 项目经验, …).
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root_of(doc: &Html) -> ElementRef<'_> {
        shown::root(doc)
    }

    #[test]
    fn user_id_comes_from_the_hidden_input_not_the_seq_id() {
        let doc = Html::parse_document(
            r#"<input type="hidden" id="hidUserID" value="402918365"><input type="hidden" id="hidSeqID" value="10293847561">"#,
        );
        let url = "https://ehire.51job.com/Candidate/ResumeViewFolder.aspx?hidSeqID=10293847561&hidFolder=EMP";
        assert_eq!(user_id(url, root_of(&doc)).as_deref(), Some("402918365"));
    }

    #[test]
    fn user_id_falls_back_to_the_url_then_the_id_text() {
        let doc = Html::parse_document(r#"<input type="hidden" id="hidUserID" value="">"#);
        let url =
            "https://ehire.51job.com/Candidate/ResumeView.aspx?hidUserID=389104527&hidEvents=23";
        assert_eq!(user_id(url, root_of(&doc)).as_deref(), Some("389104527"));
        let doc = Html::parse_document(
            r#"<div id="headwrap"></div><span class="ID">人才ID：512307765</span>"#,
        );
        assert_eq!(
            user_id("https://ehire.51job.com/x", root_of(&doc)).as_deref(),
            Some("512307765")
        );
        let doc = Html::parse_document("<p>nothing</p>");
        let folder = "https://ehire.51job.com/Candidate/ResumeViewFolder.aspx?hidSeqID=10293847561";
        assert_eq!(user_id(folder, root_of(&doc)), None);
    }

    #[test]
    fn name_cell_drops_the_chat_link() {
        assert_eq!(seeker_name("赵海涛和Ta聊聊"), "赵海涛");
        assert_eq!(seeker_name("邓志刚\u{a0}和Ta聊聊"), "邓志刚");
    }

    #[test]
    fn confidential_resume_has_no_name_and_no_contacts() {
        let html = r#"<html><body><input type="hidden" id="hidUserID" value="402918365">
<table class="infr"><tbody><tr><td class="name conf">保密简历</td></tr>
<tr><td></td><td class="keys">电　话：</td><td></td><td class="txt1">保密</td></tr>
<tr><td class="summary">男&nbsp;|&nbsp;45岁&nbsp;|&nbsp;现居住&nbsp;成都-武侯区&nbsp;|&nbsp;22年工作经验</td></tr></tbody></table>
</body></html>"#;
        let page = Page {
            url: "https://ehire.51job.com/Candidate/ResumeViewFolder.aspx?hidSeqID=10293847561&hidFolder=EMP",
            html: Some(html),
            api_payloads: &[],
            text: None,
            captured_at: chrono::DateTime::parse_from_rfc3339("2026-11-20T15:30:00+08:00").unwrap(),
        };
        let r = extract(&page).unwrap();
        assert_eq!(r.source.channel_resume_id, "402918365");
        assert_eq!(
            (r.real_name.as_deref(), r.name_masked.as_deref()),
            (None, None)
        );
        assert!(!r.phone_state.is_clear() && r.phone.is_none());
        assert_eq!(r.age, Some(45));
        assert_eq!(r.extras.get("保密简历").map(String::as_str), Some("是"));
    }

    fn page_of(html: &str) -> Page<'_> {
        Page {
            url: "https://ehire.51job.com/Candidate/ResumeView.aspx?hidUserID=400100200",
            html: Some(html),
            api_payloads: &[],
            text: None,
            captured_at: chrono::DateTime::parse_from_rfc3339("2026-11-20T15:30:00+08:00").unwrap(),
        }
    }

    #[test]
    fn sections_are_found_by_their_heading_rows_without_the_usual_tables() {
        let html = r#"<html><body><input type="hidden" id="hidUserID" value="400100200">
<table class="infr"><tbody><tr><td class="keys">联系方式：</td><td>177****0404</td></tr>
<tr><td class="keys">概况</td><td>男 | 41 岁 | 现居住 成都-双流 | 12年工作经验</td></tr></tbody></table>
<table class="box2"><tbody><tr><td class="keys">期望工作地区：</td><td><span class="tag">成都</span><span class="tag">德阳</span></td></tr></tbody></table>
<table><tbody>
<tr><td>工作经历</td></tr>
<tr><td class="time">2019/05 -- 至今</td><td><span class="bold">成都蓉运物流有限公司</span></td></tr>
<tr><td class="plate_right"><span class="bold">牵引车司机</span> 车队</td></tr>
<tr><td class="tb1">物流/仓储 | 100-499人</td></tr>
<tr><td class="tb1">驾驶牵引车跑川渝干线。</td></tr>
<tr><td>教育背景</td></tr>
<tr><td class="time">2000/09 -- 2003/07</td><td><span class="bold">双流县职业中学</span></td></tr>
<tr><td class="phd">中专 | 汽车维修</td></tr>
</tbody></table></body></html>"#;
        let r = extract(&page_of(html)).unwrap();
        assert_eq!(r.phone_masked.as_deref(), Some("177****0404"));
        assert_eq!(r.expected_regions, vec!["成都", "德阳"]);
        let w = &r.work_history[0];
        assert_eq!(w.enterprise_name.as_deref(), Some("成都蓉运物流有限公司"));
        assert_eq!(w.post_name.as_deref(), Some("牵引车司机"));
        assert_eq!(w.dept_name.as_deref(), Some("车队"));
        assert_eq!(w.industry.as_deref(), Some("物流/仓储"));
        assert_eq!(w.description.as_deref(), Some("驾驶牵引车跑川渝干线。"));
        let e = &r.education_history[0];
        assert_eq!(e.school_name.as_deref(), Some("双流县职业中学"));
        assert_eq!(e.major.as_deref(), Some("汽车维修"));
    }

    #[test]
    fn label_cells_and_summary_without_their_classes() {
        let html = r#"<html><body><input type="hidden" id="hidUserID" value="400100201">
<table class="summary"><tbody><tr><td>女 | 33 岁 | 现居住 武汉-江夏区 | 9年工作经验</td></tr>
<tr><td>手机号码：</td><td>17700000505</td><td>婚姻状况：</td><td>已婚</td></tr></tbody></table>
<table><tbody><tr><td class="plate1">工作经验</td></tr>
<tr><td class="time">2017/03 -- 至今</td><td><span class="bold">武汉江城冷链有限公司</span></td></tr>
</tbody></table></body></html>"#;
        let r = extract(&page_of(html)).unwrap();
        assert_eq!(r.phone.as_deref(), Some("17700000505"));
        assert_eq!((r.age, r.work_experience), (Some(33), Some(9)));
        assert_eq!(r.living_place.as_deref(), Some("武汉-江夏区"));
        assert_eq!(r.work_history.len(), 1);
    }
}
