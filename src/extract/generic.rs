//! Generic extractor for sites without a board extractor (中国人才热线, 智通, company forms, plain
//! HTML resumes...).
//!
//! The page is rendered to text lines the way a reader sees them (block elements break lines,
//! form inputs show their values, navigation and scripts are dropped). Lines are then read as
//! labelled pairs (`姓名：王建国`, a label line followed by its value line, table cells, dt/dd) and
//! as sections under headings (工作经历, 教育经历, 自我评价, 证书). A page with too few resume
//! signals is `NotAResume`.

use super::normalise as n;
use super::{ExtractError, Page};
use crate::model::{ContactState, Education, Resume, Work};
use regex::Regex;
use scraper::node::Node;
use scraper::{ElementRef, Html, Selector};
use std::sync::LazyLock;

pub fn extract(page: &Page) -> Result<Resume, ExtractError> {
    let doc = page.html.map(Html::parse_document);
    // In plain text, columns are runs of spaces (`33岁  10年以上  硕士`): kept as `|`.
    static COLUMNS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ \t\u{3000}]{2,}").unwrap());
    let text_lines = || -> Vec<String> {
        page.text
            .map(|t| {
                t.lines()
                    .filter_map(|l| collapse(&COLUMNS.replace_all(l.trim(), " | ")))
                    .collect()
            })
            .unwrap_or_default()
    };
    // The DOM first; the visible text (sent for pages drawn on a canvas) only when the DOM holds
    // no resume, so that a page sending both does not get every entry twice.
    let Some(doc) = &doc else {
        return from_lines(page, None, &text_lines());
    };
    let mut out = LineWriter::default();
    render(doc.root_element(), &mut out);
    out.flush();
    match from_lines(page, Some(doc), &out.lines) {
        Err(e) if page.text.is_some() => from_lines(page, None, &text_lines()).map_err(|_| e),
        result => result,
    }
}

fn from_lines(page: &Page, doc: Option<&Html>, lines: &[String]) -> Result<Resume, ExtractError> {
    let layout = Layout::read(lines);
    let mut r = Resume::default();
    let mut signals = 0;
    for (label, value) in &layout.pairs {
        if apply_pair(&mut r, label, value) {
            signals += 1;
        }
    }
    signals += apply_summary_lines(&mut r, &layout.summary);
    if r.real_name.is_none() && r.name_masked.is_none() {
        if let Some(line) = &layout.name_line {
            (r.real_name, r.name_masked) = n::name(line);
        }
    }
    if let Some(doc) = doc {
        name_from_dom(doc, &mut r);
        resume_id_from_dom(doc, &mut r);
    }
    signals += apply_sections(&mut r, &layout.sections);
    contacts_from_text(&mut r, &layout);
    if r.real_name.is_some() || r.name_masked.is_some() {
        signals += 1;
    }
    // A login form has a phone label, a news article may mention 工作经验: a resume shows several
    // facts about one person.
    if signals < 3 {
        return Err(ExtractError::NotAResume(format!(
            "only {signals} resume signals on the page"
        )));
    }
    // A job posting shows 学历/经验/工作地点 and a recruiter's phone too; it has requirements and
    // duties where a resume has dated work and education entries.
    let posting = posting_markers(lines);
    if posting >= 2 && r.work_history.is_empty() && r.education_history.is_empty() {
        return Err(ExtractError::NotAResume(format!(
            "a job posting ({posting} posting markers, no work or education entries)"
        )));
    }
    let url = url::Url::parse(page.url).ok();
    if r.source.channel_resume_id.is_empty() {
        // PROTOCOL: the resume id is "taken from the URL or page". A URL's id parameter names
        // the resume better than the whole URL, whose other parameters (tracking, paging)
        // change between visits of the same resume.
        if let Some(id) = url.as_ref().and_then(url_resume_id) {
            r.source.channel_resume_id = id;
        }
    }
    if !r.source.channel_resume_id.is_empty() {
        // Every generic site shares channel 0, so a site's own id is made unique by its host.
        let host = url
            .as_ref()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        r.source.channel_resume_id = format!("{host}:{}", r.source.channel_resume_id);
    }
    sort_newest_first(&mut r);
    n::finish(&mut r, page.captured_at);
    Ok(r)
}

/// The value of a resume-id query parameter (`resumeId`, `cvid`, `id`, ...), if the URL has one.
fn url_resume_id(url: &url::Url) -> Option<String> {
    const NAMES: [&str; 8] = [
        "resumeid",
        "resume_id",
        "resumeno",
        "cvid",
        "cv_id",
        "rid",
        "uid",
        "id",
    ];
    let params: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    NAMES.iter().find_map(|name| {
        params
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
    })
}

/// How many different job-posting markers (职位描述, 任职要求, 招3人...) the page shows.
fn posting_markers(lines: &[String]) -> usize {
    static MARKERS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        [
            r"职位描述|岗位描述",
            r"岗位职责|工作职责[:：]",
            r"任职要求|任职资格|职位要求|岗位要求",
            r"学历要求|经验要求|驾照要求|年龄要求|性别要求",
            r"招聘人数|招\s*\d+\s*人",
            r"申请职位|投递简历|立即申请|立即投递|我要应聘",
            r"福利待遇|五险一金",
            r"发布日期|发布时间",
            r"公司信息|公司介绍|企业简介",
        ]
        .iter()
        .map(|p| Regex::new(p).unwrap())
        .collect()
    });
    MARKERS
        .iter()
        .filter(|m| lines.iter().any(|l| m.is_match(l)))
        .count()
}

// ---------------------------------------------------------------- rendering

/// Builds the visible text lines of a DOM.
#[derive(Default)]
struct LineWriter {
    lines: Vec<String>,
    current: String,
}

impl LineWriter {
    fn flush(&mut self) {
        if let Some(l) = collapse(&self.current) {
            self.lines.push(l);
        }
        self.current.clear();
    }
    fn space(&mut self) {
        if !self.current.is_empty() && !self.current.ends_with(' ') {
            self.current.push(' ');
        }
    }
}

/// A line of its own where a container closes: prose sections (自我评价) end with their box, so
/// the buttons and links after it are not part of the text.
const END: char = '\u{1E}';
const CONTAINERS: [&str; 10] = [
    "table", "section", "article", "fieldset", "form", "div", "dl", "ul", "ol", "td",
];

/// Line break inside a rendered line (a textarea's value); not whitespace, so `collapse` keeps it.
const BREAK: char = '\u{1F}';

/// Whitespace-collapsed line; `None` when empty. Placeholders such as `无` are kept: a label's
/// value line may be exactly that.
fn collapse(s: &str) -> Option<String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

const SKIPPED: [&str; 13] = [
    "script", "style", "noscript", "template", "head", "nav", "footer", "iframe", "svg", "canvas",
    "button", "option", "img",
];
const BLOCKS: [&str; 34] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Page chrome that is not part of the resume even when it is not in `<nav>`/`<footer>`.
static CHROME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(^|[-_ ])(nav|navbar|menu|footer|breadcrumb|sidebar|copyright|ad|ads|banner|site-header|topbar)($|[-_ ])").unwrap()
});

fn is_chrome(e: &scraper::node::Element) -> bool {
    let class_or_id = format!(
        "{} {}",
        e.attr("class").unwrap_or(""),
        e.attr("id").unwrap_or("")
    );
    CHROME.is_match(&class_or_id)
        || e.attr("hidden").is_some()
        || e.attr("style")
            .is_some_and(|s| s.replace(' ', "").contains("display:none"))
}

fn render(el: ElementRef, out: &mut LineWriter) {
    let e = el.value();
    let tag = e.name();
    if SKIPPED.contains(&tag) || is_chrome(e) {
        return;
    }
    match tag {
        "br" => return out.flush(),
        "textarea" | "pre" => {
            // A multi-line value stays one line (so it pairs with its label), with its breaks
            // marked for the value's reader.
            let text: String = el.text().collect();
            let lines: Vec<String> = text.lines().filter_map(collapse).collect();
            out.space();
            out.current.push_str(&lines.join(&BREAK.to_string()));
            out.space();
            return;
        }
        "input" => {
            let kind = e.attr("type").unwrap_or("text").to_ascii_lowercase();
            if matches!(
                kind.as_str(),
                "text" | "email" | "tel" | "number" | "date" | "month"
            ) {
                if let Some(v) = e.attr("value").filter(|v| !v.trim().is_empty()) {
                    out.space();
                    out.current.push_str(v);
                    out.space();
                }
            }
            return;
        }
        "select" => {
            let selected = Selector::parse("option[selected]").unwrap();
            if let Some(o) = el.select(&selected).next() {
                out.space();
                out.current.push_str(&o.text().collect::<String>());
                out.space();
            }
            return;
        }
        _ => {}
    }
    let block = BLOCKS.contains(&tag);
    if block {
        out.flush();
    } else {
        out.space();
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.current.push_str(t),
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    render(c, out);
                }
            }
            _ => {}
        }
    }
    if block {
        out.flush();
    } else {
        out.space();
    }
    if CONTAINERS.contains(&tag) {
        out.lines.push(END.to_string());
    }
}

// ---------------------------------------------------------------- labels and sections

/// What a label means. Several spellings map to one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Gender,
    Age,
    Birth,
    Phone,
    Email,
    Living,
    BirthPlace,
    Married,
    Education,
    WorkYears,
    Salary,
    TargetPost,
    TargetCity,
    Status,
    DrivingYears,
    SelfEvaluation,
    ResumeId,
    Updated,
    /// Known to belong to a resume (licence, certificates...): kept in `extras`, read by `finish`.
    Extra,
}

const LABELS: &[(&str, Field)] = &[
    ("真实姓名", Field::Name),
    ("姓名", Field::Name),
    ("名字", Field::Name),
    ("性别", Field::Gender),
    ("年龄", Field::Age),
    ("出生日期", Field::Birth),
    ("出生年月", Field::Birth),
    ("出生年份", Field::Birth),
    ("生日", Field::Birth),
    ("手机号码", Field::Phone),
    ("手机号", Field::Phone),
    ("手机", Field::Phone),
    ("联系电话", Field::Phone),
    ("移动电话", Field::Phone),
    ("联系方式", Field::Phone),
    ("电话", Field::Phone),
    ("电子邮箱", Field::Email),
    ("电子邮件", Field::Email),
    ("邮箱", Field::Email),
    ("E-mail", Field::Email),
    ("Email", Field::Email),
    ("现居住地", Field::Living),
    ("现居住", Field::Living),
    ("现居地", Field::Living),
    ("居住地", Field::Living),
    ("目前所在地", Field::Living),
    ("所在地", Field::Living),
    ("所在城市", Field::Living),
    ("现住址", Field::Living),
    ("户口所在地", Field::BirthPlace),
    ("户口", Field::BirthPlace),
    ("户籍", Field::BirthPlace),
    ("籍贯", Field::BirthPlace),
    ("婚姻状况", Field::Married),
    ("婚姻", Field::Married),
    ("婚否", Field::Married),
    ("最高学历", Field::Education),
    ("学历", Field::Education),
    ("工作经验", Field::WorkYears),
    ("工作年限", Field::WorkYears),
    ("工龄", Field::WorkYears),
    ("期望薪资", Field::Salary),
    ("期望月薪", Field::Salary),
    ("期望薪水", Field::Salary),
    ("期望工资", Field::Salary),
    ("期望待遇", Field::Salary),
    ("薪资要求", Field::Salary),
    ("求职意向", Field::TargetPost),
    ("期望职位", Field::TargetPost),
    ("意向职位", Field::TargetPost),
    ("应聘职位", Field::TargetPost),
    ("应聘岗位", Field::TargetPost),
    ("求职岗位", Field::TargetPost),
    ("求职职位", Field::TargetPost),
    ("期望岗位", Field::TargetPost),
    ("目标职位", Field::TargetPost),
    ("期望工作地点", Field::TargetCity),
    ("期望地点", Field::TargetCity),
    ("期望城市", Field::TargetCity),
    ("意向城市", Field::TargetCity),
    ("工作地点", Field::TargetCity),
    ("工作地区", Field::TargetCity),
    ("期望地区", Field::TargetCity),
    ("意向地区", Field::TargetCity),
    ("求职状态", Field::Status),
    ("目前状态", Field::Status),
    ("当前状态", Field::Status),
    ("驾龄", Field::DrivingYears),
    ("自我评价", Field::SelfEvaluation),
    ("自我介绍", Field::SelfEvaluation),
    ("个人评价", Field::SelfEvaluation),
    ("个人简介", Field::SelfEvaluation),
    ("自我鉴定", Field::SelfEvaluation),
    ("个人优势", Field::SelfEvaluation),
    ("简历编号", Field::ResumeId),
    ("简历ID", Field::ResumeId),
    ("简历号", Field::ResumeId),
    ("人才编号", Field::ResumeId),
    ("人才ID", Field::ResumeId),
    ("求职者编号", Field::ResumeId),
    ("更新时间", Field::Updated),
    ("最近更新", Field::Updated),
    ("刷新时间", Field::Updated),
    ("更新日期", Field::Updated),
    ("准驾车型", Field::Extra),
    ("驾驶证类型", Field::Extra),
    ("驾照类型", Field::Extra),
    ("驾驶证", Field::Extra),
    ("驾照", Field::Extra),
    ("从业资格证", Field::Extra),
    ("资格证书", Field::Extra),
    ("证书", Field::Extra),
    ("驾驶车型", Field::Extra),
    ("车型", Field::Extra),
    ("政治面貌", Field::Extra),
    ("到岗时间", Field::Extra),
    ("民族", Field::Extra),
    ("身高", Field::Extra),
];

fn field_of(label: &str) -> Option<Field> {
    LABELS
        .iter()
        .find(|(l, _)| l.eq_ignore_ascii_case(label))
        .map(|(_, f)| *f)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SectionKind {
    Personal,
    Work,
    Education,
    SelfEvaluation,
    Certificates,
    Other,
}

const HEADINGS: &[(&str, SectionKind)] = &[
    ("基本信息", SectionKind::Personal),
    ("个人信息", SectionKind::Personal),
    ("基本资料", SectionKind::Personal),
    ("个人资料", SectionKind::Personal),
    ("联系方式", SectionKind::Personal),
    ("求职意向", SectionKind::Personal),
    ("期望工作", SectionKind::Personal),
    ("工作经历", SectionKind::Work),
    ("工作经验", SectionKind::Work),
    ("工作履历", SectionKind::Work),
    ("从业经历", SectionKind::Work),
    ("教育经历", SectionKind::Education),
    ("教育背景", SectionKind::Education),
    ("学习经历", SectionKind::Education),
    ("自我评价", SectionKind::SelfEvaluation),
    ("自我介绍", SectionKind::SelfEvaluation),
    ("个人评价", SectionKind::SelfEvaluation),
    ("自我描述", SectionKind::SelfEvaluation),
    ("个人简介", SectionKind::SelfEvaluation),
    ("自我鉴定", SectionKind::SelfEvaluation),
    ("个人优势", SectionKind::SelfEvaluation),
    ("个人总结", SectionKind::SelfEvaluation),
    ("证书", SectionKind::Certificates),
    ("资格证书", SectionKind::Certificates),
    ("所获证书", SectionKind::Certificates),
    ("技能证书", SectionKind::Certificates),
    ("证书与驾照", SectionKind::Certificates),
    ("驾照与证书", SectionKind::Certificates),
    ("项目经验", SectionKind::Other),
    ("项目经历", SectionKind::Other),
    ("培训经历", SectionKind::Other),
    ("语言能力", SectionKind::Other),
    ("技能特长", SectionKind::Other),
    ("专业技能", SectionKind::Other),
    ("附加信息", SectionKind::Other),
    ("补充信息", SectionKind::Other),
    ("其他信息", SectionKind::Other),
];

static HEADING_DECOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[一二三四五六七八九十]+[、.]|\d+[、.]|[【\[■●◆▍|])?\s*(.*?)\s*(?:[】\]])?\s*[:：]?$",
    )
    .unwrap()
});

fn heading_of(line: &str) -> Option<(SectionKind, String)> {
    let inner = HEADING_DECOR
        .captures(line)?
        .get(1)?
        .as_str()
        .replace(' ', "");
    HEADINGS
        .iter()
        .find(|(h, _)| *h == inner)
        .map(|(h, k)| (*k, h.to_string()))
}

struct Section {
    kind: SectionKind,
    title: String,
    lines: Vec<String>,
}

/// The page read as pairs, summary lines and sections.
#[derive(Default)]
struct Layout {
    pairs: Vec<(String, String)>,
    /// `男 | 35岁 | 大专 | 10年工作经验` style lines outside sections.
    summary: Vec<String>,
    sections: Vec<Section>,
    /// Lines not inside a work/education/free-text section, for contact patterns.
    personal_lines: Vec<String>,
    /// A line holding only a name, right above a `男 | 32岁 | …` summary line.
    name_line: Option<String>,
}

static LEADING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([\p{Han}A-Za-z][\p{Han}A-Za-z0-9\- ]{0,9}?)\s*[:：]\s*(.*)$").unwrap()
});
static KNOWN_LABEL_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    let mut labels: Vec<&str> = LABELS.iter().map(|(l, _)| *l).collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    Regex::new(&format!(r"(?:^|\s)((?i:{}))\s*[:：]", labels.join("|"))).unwrap()
});

fn label_key(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// `label：value` pairs of one line; several known labels on one line are split apart.
fn pairs_in(line: &str) -> Vec<(String, String)> {
    let Some(line) = collapse(line) else {
        return vec![];
    };
    let line = line.as_str();
    let (label, rest) = if let Some(c) = LEADING_LABEL.captures(line) {
        (label_key(&c[1]), c[2].to_string())
    } else if let Some((label, rest)) = known_label_then_space(line) {
        (label, rest)
    } else {
        return vec![];
    };
    let mut out = Vec::new();
    let mut current = label;
    let mut from = 0;
    for m in KNOWN_LABEL_INSIDE.captures_iter(&rest) {
        let whole = m.get(0).unwrap();
        out.push((current, rest[from..whole.start()].to_string()));
        current = label_key(&m[1]);
        from = whole.end();
    }
    out.push((current, rest[from..].to_string()));
    let column = |c: char| c.is_whitespace() || matches!(c, '|' | '｜');
    let mut out: Vec<(String, String)> = out
        .into_iter()
        .map(|(l, v)| (l, v.trim_matches(column).to_string()))
        .collect();
    out.retain(|(l, v)| !l.is_empty() && !v.is_empty());
    out
}

/// `姓名 王建国` (a form label followed by an input's value, no colon).
fn known_label_then_space(line: &str) -> Option<(String, String)> {
    let (first, rest) = line.split_once(' ')?;
    field_of(&label_key(first))?;
    Some((label_key(first), rest.trim().to_string()))
}

/// A line that is only a label: a known one (`姓名`), or any short `标签：` whose value is on the
/// next line (a table cell or `dt`).
fn is_label_only(line: &str) -> Option<String> {
    let bare = line.trim_end_matches([':', '：']);
    let l = label_key(bare);
    let colon = bare.len() < line.len();
    let short_label = colon && (1..=8).contains(&l.chars().count()) && !l.contains([':', '：']);
    (field_of(&l).is_some() || short_label).then_some(l)
}

static DATE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    // A year alone may carry its 年 (`2009年—2018年`).
    let d = r"\d{4}\s*(?:[年./\-]\s*\d{1,2}\s*月?(?:[./\-]\s*\d{1,2}\s*日?)?|年)?";
    Regex::new(&format!(
        r"({d})\s*(?:-|–|—|－|~|～|至|到)+\s*({d}|至今|现在|今)"
    ))
    .unwrap()
});

impl Layout {
    fn read(lines: &[String]) -> Layout {
        let mut layout = Layout::default();
        let mut section: Option<Section> = None;
        let mut pending: Option<String> = None;
        let mut i = 0;
        while i < lines.len() {
            let line = &lines[i];
            i += 1;
            if line.starts_with(END) {
                let open_prose = section.as_ref().is_some_and(|s| {
                    !s.lines.is_empty()
                        && matches!(
                            s.kind,
                            SectionKind::SelfEvaluation
                                | SectionKind::Certificates
                                | SectionKind::Other
                        )
                });
                if open_prose {
                    layout.sections.extend(section.take());
                }
                continue;
            }
            if let Some((kind, title)) = heading_of(line) {
                // "工作经验" followed by "10年" is a label, not the work section.
                let next = lines[i..].iter().find(|l| !l.starts_with(END));
                let next_is_value = next.is_some_and(|next| {
                    next.chars().count() <= 12 && field_value_fits(&title, next)
                });
                if !next_is_value {
                    if let Some(s) = section.take() {
                        layout.sections.push(s);
                    }
                    pending = None;
                    section = Some(Section {
                        kind,
                        title,
                        lines: Vec::new(),
                    });
                    continue;
                }
            }
            let in_body = section
                .as_ref()
                .is_some_and(|s| s.kind != SectionKind::Personal);
            let free_text = section.as_ref().is_some_and(|s| {
                matches!(
                    s.kind,
                    SectionKind::SelfEvaluation | SectionKind::Certificates | SectionKind::Other
                )
            });
            // Prose sections have no inner structure, so a labelled personal field ends them.
            let ends_free_text = free_text
                && pairs_in(line)
                    .first()
                    .is_some_and(|(l, _)| field_of(l).is_some());
            // Entries have their own labels (公司, 职位); a personal field's label ends the list.
            let ends_entries = section
                .as_ref()
                .is_some_and(|s| matches!(s.kind, SectionKind::Work | SectionKind::Education))
                && entry_pair(line).is_none()
                && pairs_in(line).first().is_some_and(|(l, _)| {
                    matches!(
                        field_of(l),
                        Some(f) if !matches!(f, Field::Education | Field::TargetCity | Field::Extra)
                    )
                });
            if ends_free_text || ends_entries {
                layout.sections.extend(section.take());
            } else if in_body {
                let s = section.as_mut().unwrap();
                s.lines.extend(line.split(BREAK).filter_map(collapse));
                continue;
            }
            layout.personal_lines.push(line.clone());
            if let Some(label) = pending.take() {
                if is_label_only(line).is_none() {
                    layout.pairs.push((label, line.replace(BREAK, "\n")));
                    continue;
                }
            }
            if let Some(label) = is_label_only(line) {
                pending = Some(label);
                continue;
            }
            let pairs = pairs_in(line);
            if pairs.is_empty() {
                if SUMMARY_SPLIT.split(line).count() >= 3 {
                    let about_a_person = SUMMARY_SPLIT
                        .split(line)
                        .any(|t| matches!(t.trim(), "男" | "女") || t.trim().ends_with('岁'));
                    let above = layout.personal_lines.iter().rev().nth(1);
                    if about_a_person && layout.name_line.is_none() {
                        layout.name_line = above.filter(|l| looks_like_name(l)).cloned();
                    }
                    layout.summary.push(line.clone());
                }
            } else {
                layout
                    .pairs
                    .extend(pairs.into_iter().map(|(l, v)| (l, v.replace(BREAK, "\n"))));
            }
        }
        if let Some(s) = section.take() {
            layout.sections.push(s);
        }
        layout
    }
}

/// A bare 2–4 character Chinese name (or its masked form), not a heading or a label.
fn looks_like_name(line: &str) -> bool {
    let (real, masked) = n::name(line);
    let short = line.chars().count() <= 5 && !line.contains(['简', '历']);
    short
        && (real.is_some() || masked.is_some())
        && heading_of(line).is_none()
        && is_label_only(line).is_none()
}

fn field_value_fits(label: &str, value: &str) -> bool {
    match field_of(label) {
        Some(Field::WorkYears) => n::work_years(value).is_some(),
        Some(Field::SelfEvaluation) | Some(Field::Extra) => false,
        // A job title has no label of its own and no spaces ("求职岗位 大巴司机" is a pair).
        Some(Field::TargetPost) => heading_of(value).is_none() && !value.contains([':', '：', ' ']),
        _ => false,
    }
}

static SUMMARY_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[|｜·•/]\s*|\s{2,}").unwrap());

// ---------------------------------------------------------------- applying

/// Fills the field a pair names; true when it told something about a person.
fn apply_pair(r: &mut Resume, label: &str, value: &str) -> bool {
    let Some(field) = field_of(label) else {
        if label.chars().count() <= 8 {
            r.extras.insert(label.to_string(), value.to_string());
        }
        return false;
    };
    match field {
        Field::Name => {
            let (real, masked) = n::name(value);
            let found = real.is_some() || masked.is_some();
            r.real_name = r.real_name.take().or(real);
            r.name_masked = r.name_masked.take().or(masked);
            return found;
        }
        Field::Gender => r.gender = r.gender.take().or(n::gender(value)),
        Field::Age => {
            r.age = r.age.or(n::age(value));
            // "34岁（1992年生）": the birth year often rides along with the age.
            static BIRTH_BESIDE_AGE: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"[（(]\s*(\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)").unwrap()
            });
            if let Some(c) = BIRTH_BESIDE_AGE.captures(value) {
                r.birth_date = r.birth_date.take().or_else(|| n::date(&c[1]));
            }
        }
        Field::Birth => r.birth_date = r.birth_date.take().or(n::date(value)),
        Field::Phone => {
            let c = n::phone(value);
            if c.state == ContactState::Absent {
                r.extras.insert(label.to_string(), value.to_string());
                return false;
            }
            if r.phone_state == ContactState::Absent {
                r.phone = c.value;
                r.phone_state = c.state;
                r.phone_masked = c.masked;
            }
        }
        Field::Email => {
            let c = n::email(value);
            if c.state == ContactState::Absent {
                return false;
            }
            if r.email_state == ContactState::Absent {
                r.email = c.value;
                r.email_state = c.state;
                r.email_masked = c.masked;
            }
        }
        Field::Living => r.living_place = r.living_place.take().or(n::place(value)),
        Field::BirthPlace => r.birth_place = r.birth_place.take().or(n::place(value)),
        Field::Married => r.married = r.married.or(n::married(value)),
        Field::Education => {
            let (code, level) = n::education(value);
            r.education = r.education.or(code);
            r.education_level = r.education_level.take().or(level);
        }
        Field::WorkYears => r.work_experience = r.work_experience.or(n::work_years(value)),
        Field::Salary => {
            if r.expected_salary.is_empty() {
                r.expected_salary = n::salary(value);
            }
        }
        Field::TargetPost => r.target_post = r.target_post.take().or(n::clean(value)),
        Field::TargetCity => {
            if r.expected_regions.is_empty() {
                r.expected_regions = n::places(value);
            }
        }
        Field::Status => {
            let (status, want) = n::job_status(value);
            r.status = r.status.or(status);
            r.want_job = r.want_job.or(want);
        }
        Field::DrivingYears => {
            r.driving_experience = r
                .driving_experience
                .or_else(|| n::driving_years(&format!("驾龄{value}")));
        }
        Field::SelfEvaluation => {
            r.self_evaluation = r.self_evaluation.take().or(n::text_block(value))
        }
        Field::ResumeId => {
            // Ids have no spaces; whatever follows is another field on the same line.
            let id = value.split_whitespace().next().unwrap_or("");
            if !id.is_empty() && r.source.channel_resume_id.is_empty() {
                r.source.channel_resume_id = id.to_string();
            }
            return false;
        }
        Field::Updated => {
            r.source.updated_on_board = n::date(value);
            return false;
        }
        Field::Extra => {
            r.extras.insert(label.to_string(), value.to_string());
        }
    }
    true
}

/// A bare `10年以上` / `3-5年` column in a summary line is the work experience.
static YEARS_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,2}(?:-\d{1,2})?年(?:以上|以下)?$").unwrap());

/// Reads `男 | 35岁 | 大专 | 10年工作经验` lines; returns how many facts they gave.
fn apply_summary_lines(r: &mut Resume, lines: &[String]) -> usize {
    let before = summary_facts(r);
    for line in lines {
        for token in SUMMARY_SPLIT.split(line) {
            let t = token.trim();
            match t {
                "男" | "女" => r.gender = r.gender.take().or(Some(t.to_string())),
                "未婚" | "已婚" | "离异" => r.married = r.married.or(n::married(t)),
                _ if t.ends_with('岁') => r.age = r.age.or(n::age(t)),
                _ if t.starts_with("在职") || t.starts_with("离职") => {
                    let (status, want) = n::job_status(t);
                    r.status = r.status.or(status);
                    r.want_job = r.want_job.or(want);
                }
                _ if t.contains("经验") || t.contains("应届") || YEARS_TOKEN.is_match(t) => {
                    r.work_experience = r.work_experience.or(n::work_years(t))
                }
                _ if t.chars().count() <= 5 && n::education(t).0.is_some() => {
                    let (code, level) = n::education(t);
                    r.education = r.education.or(code);
                    r.education_level = r.education_level.take().or(level);
                }
                _ => {}
            }
        }
    }
    summary_facts(r) - before
}

fn summary_facts(r: &Resume) -> usize {
    [
        r.gender.is_some(),
        r.married.is_some(),
        r.age.is_some(),
        r.work_experience.is_some(),
        r.education.is_some(),
        r.status.is_some(),
    ]
    .into_iter()
    .filter(|x| *x)
    .count()
}

/// A name shown outside any label: an element whose class says "name", or the title
/// `王建国的简历`.
fn name_from_dom(doc: &Html, r: &mut Resume) {
    if r.real_name.is_some() || r.name_masked.is_some() {
        return;
    }
    static NAME_CLASS: LazyLock<Selector> =
        LazyLock::new(|| Selector::parse("[class*='name'], [id*='name']").unwrap());
    static NOT_A_PERSON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(company|school|job|post|position|major|corp|org|site|file|nick|login|account)[-_]?name|nav|logo|title").unwrap()
    });
    for el in doc.select(&NAME_CLASS) {
        let attrs = format!(
            "{} {}",
            el.value().attr("class").unwrap_or(""),
            el.value().attr("id").unwrap_or("")
        );
        if NOT_A_PERSON.is_match(&attrs) || el.value().name() == "input" {
            continue;
        }
        let text: String = el.text().collect();
        if text.trim().chars().count() > 8 {
            continue;
        }
        let (real, masked) = n::name(&text);
        if real.is_some() || masked.is_some() {
            r.real_name = real;
            r.name_masked = masked;
            return;
        }
    }
    static TITLE: LazyLock<Selector> = LazyLock::new(|| Selector::parse("title").unwrap());
    static TITLE_NAME: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*([\p{Han}]{2,4}(?:先生|女士)?)的(?:个人)?简历").unwrap());
    if let Some(t) = doc.select(&TITLE).next() {
        let title: String = t.text().collect();
        if let Some(c) = TITLE_NAME.captures(&title) {
            let (real, masked) = n::name(&c[1]);
            r.real_name = real;
            r.name_masked = masked;
        }
    }
}

/// A resume id the page carries in markup (`data-resume-id`, a hidden `resumeId` input).
fn resume_id_from_dom(doc: &Html, r: &mut Resume) {
    if !r.source.channel_resume_id.is_empty() {
        return;
    }
    static ID: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse(
            "[data-resume-id], input[name='resumeId'], input[name='resume_id'], input#resumeId",
        )
        .unwrap()
    });
    if let Some(el) = doc.select(&ID).next() {
        let e = el.value();
        if let Some(id) = e.attr("data-resume-id").or(e.attr("value")).map(str::trim) {
            if !id.is_empty() {
                r.source.channel_resume_id = id.to_string();
            }
        }
    }
}

/// Fills work, education and free-text fields from sections; returns how many resume sections
/// held something.
fn apply_sections(r: &mut Resume, sections: &[Section]) -> usize {
    let mut signals = 0;
    for s in sections {
        if s.lines.is_empty() {
            continue;
        }
        match s.kind {
            SectionKind::Work => {
                let entries: Vec<Work> = entries(&s.lines).iter().map(|e| work_entry(e)).collect();
                signals += usize::from(!entries.is_empty());
                r.work_history.extend(entries);
            }
            SectionKind::Education => {
                let entries: Vec<Education> = entries(&s.lines)
                    .iter()
                    .map(|e| education_entry(e))
                    .collect();
                signals += usize::from(!entries.is_empty());
                r.education_history.extend(entries);
            }
            SectionKind::SelfEvaluation => {
                if r.self_evaluation.is_none() {
                    r.self_evaluation = n::text_block(&s.lines.join("\n"));
                    signals += 1;
                }
            }
            SectionKind::Certificates => {
                r.extras.insert(s.title.clone(), s.lines.join("；"));
                signals += 1;
            }
            SectionKind::Other | SectionKind::Personal => {
                r.extras.insert(s.title.clone(), s.lines.join("\n"));
            }
        }
    }
    if r.education_level.is_none() {
        let best = r
            .education_history
            .iter()
            .filter_map(|e| e.level.as_deref())
            .max_by_key(|l| n::education_rank(l));
        if let Some(level) = best {
            r.education_level = Some(level.to_string());
            r.education = n::education_code(level);
        }
    }
    signals
}

/// One entry per date-range line with the lines around it. Pages put an entry's company and post
/// either after its dates or before them: the short lines before the first date line tell which,
/// and how many lines of each later entry come before its dates.
fn entries(lines: &[String]) -> Vec<Vec<String>> {
    let dates: Vec<usize> = (0..lines.len())
        .filter(|&i| DATE_RANGE.is_match(&lines[i]))
        .collect();
    let Some(&first) = dates.first() else {
        return vec![];
    };
    let mut head_len = lines[..first]
        .iter()
        .rev()
        .take_while(|l| !is_prose(l) && !is_column_title(l))
        .count();
    // The second entry must have the same short head, or the lines before the first date were
    // something else (an intro such as 共2段经历) and dates come first.
    if let Some(&second) = dates.get(1) {
        let fits = second >= first + 1 + head_len
            && lines[second - head_len..second]
                .iter()
                .all(|l| !is_prose(l));
        if !fits {
            head_len = 0;
        }
    }
    let mut out = Vec::new();
    for (j, &d) in dates.iter().enumerate() {
        let previous = if j == 0 { 0 } else { dates[j - 1] + 1 };
        let start = d.saturating_sub(head_len).max(previous);
        let next_start = dates
            .get(j + 1)
            .map_or(lines.len(), |&n| n.saturating_sub(head_len).max(d + 1));
        out.push(lines[start..next_start].to_vec());
    }
    out
}

/// A table header cell such as `起止时间` or `单位名称`: names a column, holds no value.
fn is_column_title(line: &str) -> bool {
    let l = label_key(line.trim_end_matches([':', '：']));
    l.ends_with("时间")
        || ENTRY_LABELS.iter().any(|(label, _)| *label == l)
        || field_of(&l).is_some()
}

static COMPANY_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"公司|集团|厂$|中心$|车队|物流|运输|快递|门店|商行|超市|商场|餐厅|饭店|酒店|宾馆|医院|银行|事务所|工作室")
        .unwrap()
});
static SCHOOL_LIKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"学校|大学|学院|中学|高中$|职校|技校|党校|学堂").unwrap());

/// The date range of an entry's first line and the tokens left around it (a `起止时间` label
/// before the range is not a token).
fn split_entry_head(line: &str) -> (n::DateRange, Vec<String>) {
    let m = DATE_RANGE
        .find(line)
        .expect("entry starts with a date range");
    let range = n::date_range(m.as_str());
    let rest = format!("{} {}", &line[..m.start()], &line[m.end()..]);
    (range, tokens(&rest))
}

fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '·' | BREAK))
        .map(|t| t.trim_matches(|c: char| matches!(c, '-' | '，' | ',' | ':' | '：')))
        .filter(|t| !t.is_empty() && !t.ends_with("时间"))
        .map(str::to_string)
        .collect()
}

fn is_prose(line: &str) -> bool {
    line.chars().count() > 30 || line.contains(['，', '。', '；', ';', ','])
}

/// What a label inside a work or education entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryField {
    Company,
    Post,
    Industry,
    Scale,
    Dept,
    Vehicle,
    Description,
    School,
    Major,
    Level,
}

const ENTRY_LABELS: &[(&str, EntryField)] = &[
    ("公司名称", EntryField::Company),
    ("企业名称", EntryField::Company),
    ("单位名称", EntryField::Company),
    ("工作单位", EntryField::Company),
    ("公司", EntryField::Company),
    ("单位", EntryField::Company),
    ("职位名称", EntryField::Post),
    ("担任职位", EntryField::Post),
    ("职位", EntryField::Post),
    ("岗位", EntryField::Post),
    ("职务", EntryField::Post),
    ("所属行业", EntryField::Industry),
    ("公司行业", EntryField::Industry),
    ("行业", EntryField::Industry),
    ("公司规模", EntryField::Scale),
    ("企业规模", EntryField::Scale),
    ("规模", EntryField::Scale),
    ("所在部门", EntryField::Dept),
    ("部门", EntryField::Dept),
    ("驾驶车型", EntryField::Vehicle),
    ("车型", EntryField::Vehicle),
    ("工作内容", EntryField::Description),
    ("工作描述", EntryField::Description),
    ("工作职责", EntryField::Description),
    ("职责", EntryField::Description),
    ("主要职责", EntryField::Description),
    ("主要工作", EntryField::Description),
    ("工作业绩", EntryField::Description),
    ("内容", EntryField::Description),
    ("描述", EntryField::Description),
    ("学校名称", EntryField::School),
    ("毕业院校", EntryField::School),
    ("学校", EntryField::School),
    ("专业名称", EntryField::Major),
    ("专业", EntryField::Major),
    ("学历", EntryField::Level),
];

/// `公司名称：X` or `公司 X` inside an entry.
fn entry_pair(line: &str) -> Option<(EntryField, String)> {
    ENTRY_LABELS.iter().find_map(|(label, field)| {
        let rest = line.strip_prefix(label)?;
        let value = match rest.chars().next()? {
            ':' | '：' => rest[rest.chars().next()?.len_utf8()..].trim(),
            c if c.is_whitespace() => rest.trim(),
            _ => return None,
        };
        (!value.is_empty()).then(|| (*field, value.replace(BREAK, "\n")))
    })
}

/// The entry's date line (split into range and tokens) and its other lines.
fn split_entry(lines: &[String]) -> (n::DateRange, Vec<String>, Vec<&String>) {
    let at = lines
        .iter()
        .position(|l| DATE_RANGE.is_match(l))
        .expect("an entry has a date line");
    let (range, tokens) = split_entry_head(&lines[at]);
    let others = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != at)
        .map(|(_, l)| l)
        .collect();
    (range, tokens, others)
}

fn work_entry(lines: &[String]) -> Work {
    let (range, mut tokens_left, others) = split_entry(lines);
    let mut w = Work {
        begin: range.begin,
        end: range.end,
        current: range.current,
        ..Work::default()
    };
    let mut description = Vec::new();
    for line in others {
        match entry_pair(line) {
            Some((EntryField::Company, v)) => w.enterprise_name = n::clean(&v),
            Some((EntryField::Post, v)) => w.post_name = n::clean(&v),
            Some((EntryField::Industry, v)) => w.industry = n::clean(&v),
            Some((EntryField::Scale, v)) => w.enterprise_scale = n::enterprise_scale(&v),
            Some((EntryField::Dept, v)) => w.dept_name = n::clean(&v),
            Some((EntryField::Vehicle, v)) => w.vehicle_type = n::vehicle_type(&v),
            Some((_, v)) => description.push(v),
            None if is_prose(line) || line.contains(BREAK) => {
                description.push(line.replace(BREAK, "\n"))
            }
            None => tokens_left.extend(tokens(line)),
        }
    }
    // Tokens around the dates: a headcount is the scale, a company-looking one the company,
    // else pages put the company first and the post second.
    let (scales, mut names): (Vec<String>, Vec<String>) = tokens_left
        .into_iter()
        .partition(|t| t.contains('人') && n::enterprise_scale(t).is_some());
    if let Some(t) = scales.first() {
        w.enterprise_scale = w.enterprise_scale.or(n::enterprise_scale(t));
    }
    if w.enterprise_name.is_none() && !names.is_empty() {
        let at = names
            .iter()
            .position(|t| COMPANY_LIKE.is_match(t))
            .unwrap_or(0);
        w.enterprise_name = Some(names.remove(at));
    }
    if w.post_name.is_none() && !names.is_empty() {
        w.post_name = Some(names.remove(0));
    }
    w.description = n::text_block(&description.join("\n"));
    w
}

fn education_entry(lines: &[String]) -> Education {
    let (range, mut tokens_left, others) = split_entry(lines);
    let mut e = Education {
        begin: range.begin,
        end: range.end,
        ..Education::default()
    };
    for line in others {
        match entry_pair(line) {
            Some((EntryField::School, v)) => e.school_name = n::clean(&v),
            Some((EntryField::Major, v)) => e.major = n::clean(&v),
            Some((EntryField::Level, v)) => e.level = n::education(&v).1,
            Some(_) => {}
            None if is_prose(line) => {}
            None => tokens_left.extend(tokens(line)),
        }
    }
    for t in tokens_left {
        if e.school_name.is_none() && SCHOOL_LIKE.is_match(&t) {
            e.school_name = Some(t);
        } else if e.level.is_none() && t.chars().count() <= 5 && n::education(&t).1.is_some() {
            e.level = n::education(&t).1;
        } else if e.major.is_none() && e.school_name.is_some() {
            e.major = Some(t);
        } else if e.school_name.is_none() {
            e.school_name = Some(t);
        }
    }
    e
}

/// A phone/email with no label: first a line that says it is a contact, then any line of the
/// personal part of the page (never work descriptions, where a company's number may appear).
fn contacts_from_text(r: &mut Resume, layout: &Layout) {
    static CONTACT_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)手机|电话|联系|tel|mobile|phone|微信").unwrap());
    let contact_lines = || {
        layout
            .personal_lines
            .iter()
            .filter(|l| CONTACT_WORD.is_match(l))
    };
    if r.phone_state == ContactState::Absent {
        if let Some(c) = contact_lines()
            .chain(layout.personal_lines.iter())
            .map(|l| n::phone_in_text(l))
            .find(|c| c.state != ContactState::Absent)
        {
            r.phone = c.value;
            r.phone_state = c.state;
            r.phone_masked = c.masked;
        }
    }
    if r.email_state == ContactState::Absent {
        if let Some(c) = layout
            .personal_lines
            .iter()
            .map(|l| n::email_in_text(l))
            .find(|c| c.state != ContactState::Absent)
        {
            r.email = c.value;
            r.email_state = c.state;
            r.email_masked = c.masked;
        }
    }
}

fn sort_newest_first(r: &mut Resume) {
    if r.work_history.iter().all(|w| w.begin.is_some()) {
        r.work_history
            .sort_by(|a, b| (b.current, &b.begin).cmp(&(a.current, &a.begin)));
    }
    if r.education_history
        .iter()
        .all(|e| e.end.is_some() || e.begin.is_some())
    {
        r.education_history
            .sort_by(|a, b| (&b.end, &b.begin).cmp(&(&a.end, &a.begin)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn page<'a>(url: &'a str, html: &'a str) -> Page<'a> {
        Page {
            url,
            html: Some(html),
            api_payloads: &[],
            text: None,
            captured_at: DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap(),
        }
    }

    #[test]
    fn birth_year_beside_the_age() {
        let html = "<div><p>姓名：吴国平</p><p>性别：男</p><p>年龄：47岁(1979年生)</p><p>手机：17700000303</p></div>";
        let r = extract(&page("https://x.example/r/3", html)).unwrap();
        assert_eq!(r.birth_date.as_deref(), Some("1979"));
    }

    #[test]
    fn label_lines_with_several_pairs() {
        let pairs = pairs_in("姓　名：王建国　性别：男 年龄：41岁");
        assert_eq!(
            pairs,
            vec![
                ("姓名".to_string(), "王建国".to_string()),
                ("性别".to_string(), "男".to_string()),
                ("年龄".to_string(), "41岁".to_string())
            ]
        );
    }

    #[test]
    fn table_cells_pair_up() {
        let html = "<table><tr><th>姓名</th><td>陈立新</td><th>性别</th><td>男</td></tr>\
            <tr><td>手机</td><td>17700000101</td><td>学历</td><td>大专</td></tr></table>";
        let r = extract(&page("https://x.example/r/1", html)).unwrap();
        assert_eq!(r.real_name.as_deref(), Some("陈立新"));
        assert_eq!(r.gender.as_deref(), Some("男"));
        assert_eq!(r.phone.as_deref(), Some("17700000101"));
        assert_eq!(r.education, Some(3));
    }

    #[test]
    fn a_bare_name_line_counts_only_above_a_personal_summary() {
        let text = "个人简历\n何志强\n男 | 32岁 | 高中 | 6年工作经验\n手机：17700000404";
        let p = Page {
            html: None,
            text: Some(text),
            ..page("https://x.example/a.pdf", "")
        };
        assert_eq!(extract(&p).unwrap().real_name.as_deref(), Some("何志强"));
        let text = "杭州\n物流 | 仓储 | 配送\n姓名：何志强\n性别：男\n年龄：32岁";
        let p = Page {
            html: None,
            text: Some(text),
            ..page("https://x.example/b", "")
        };
        assert_eq!(extract(&p).unwrap().real_name.as_deref(), Some("何志强"));
    }

    #[test]
    fn a_job_posting_is_not_a_resume() {
        let html = "<h1>货车司机</h1><p>男 | 30-45岁 | 经验3年以上</p>\
            <p>学历要求：初中</p><p>工作地点：上海</p><h3>职位描述</h3><p>驾驶4.2米厢式货车。</p>\
            <p>联系电话：17700000999</p>";
        assert!(matches!(
            extract(&page("https://x.example/job/1", html)),
            Err(ExtractError::NotAResume(_))
        ));
    }

    #[test]
    fn visible_text_is_read_only_when_the_dom_holds_no_resume() {
        let text = "姓名：何志强\n性别：男\n年龄：32岁\n工作经历\n2020.03 - 2022.03 南充顺安物流有限公司 货车司机";
        let canvas = Page {
            text: Some(text),
            ..page(
                "https://x.example/c",
                "<div id='resume'><canvas></canvas></div>",
            )
        };
        let r = extract(&canvas).unwrap();
        assert_eq!(r.real_name.as_deref(), Some("何志强"));
        assert_eq!(r.work_history.len(), 1);
        let html = "<p>姓名：何志强</p><p>性别：男</p><p>年龄：32岁</p><h2>工作经历</h2>\
            <p>2020.03 - 2022.03 南充顺安物流有限公司 货车司机</p>";
        let both = Page {
            text: Some(text),
            ..page("https://x.example/c", html)
        };
        assert_eq!(extract(&both).unwrap().work_history.len(), 1);
    }

    #[test]
    fn text_columns_are_summary_tokens() {
        let text = "周海\n33岁  10年以上  硕士  在职-月内到岗\n工作经历\n\
            2023.11 - 至今  深圳鹏程冷链物流有限公司  车队经理";
        let p = Page {
            html: None,
            text: Some(text),
            ..page("https://x.example/t", "")
        };
        let r = extract(&p).unwrap();
        assert_eq!(r.real_name.as_deref(), Some("周海"));
        assert_eq!(
            (r.age, r.work_experience, r.education),
            (Some(33), Some(10), Some(4))
        );
        assert_eq!((r.status, r.want_job), (Some(1), Some(true)));
        assert_eq!(r.work_history[0].post_name.as_deref(), Some("车队经理"));
    }

    #[test]
    fn entries_with_the_company_before_or_after_the_dates() {
        let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let before = lines(&[
            "甲物流有限公司",
            "货车司机",
            "2021.06 - 至今",
            "驾驶4.2米厢式货车，负责市内配送。",
            "乙快递有限公司",
            "快递员",
            "2019.07 - 2021.05",
        ]);
        let e = entries(&before);
        assert_eq!(
            work_entry(&e[0]).enterprise_name.as_deref(),
            Some("甲物流有限公司")
        );
        assert_eq!(
            work_entry(&e[1]).enterprise_name.as_deref(),
            Some("乙快递有限公司")
        );
        assert_eq!(work_entry(&e[1]).post_name.as_deref(), Some("快递员"));
        let after = lines(&[
            "共2段经历",
            "2021.06 - 至今 甲物流有限公司 货车司机",
            "驾驶4.2米厢式货车，负责市内配送。",
            "2019.07 - 2021.05 乙快递有限公司 快递员",
            "负责派件。",
        ]);
        let e = entries(&after);
        assert_eq!(e.len(), 2);
        assert_eq!(
            work_entry(&e[0]).description.as_deref(),
            Some("驾驶4.2米厢式货车，负责市内配送。")
        );
        assert_eq!(
            work_entry(&e[1]).enterprise_name.as_deref(),
            Some("乙快递有限公司")
        );
    }

    #[test]
    fn a_login_page_is_not_a_resume() {
        let html = "<form><label>手机号：</label><input type='tel' placeholder='请输入手机号'>\
            <label>密码：</label><input type='password'><button>登录</button></form>";
        assert!(matches!(
            extract(&page("https://x.example/login", html)),
            Err(ExtractError::NotAResume(_))
        ));
    }

    #[test]
    fn year_only_ranges_with_their_nian_start_entries() {
        let lines: Vec<String> = [
            "2018年4月—2026年10月　哈尔滨北方冷运物流有限公司　牵引车司机",
            "驾驶冷藏半挂。",
            "2009年—2018年　大庆市油田运输公司　罐车司机",
            "驾驶油罐车。",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let e = entries(&lines);
        assert_eq!(e.len(), 2);
        let second = work_entry(&e[1]);
        assert_eq!(second.begin.as_deref(), Some("2009"));
        assert_eq!(second.end.as_deref(), Some("2018"));
        assert_eq!(second.description.as_deref(), Some("驾驶油罐车。"));
    }

    #[test]
    fn work_entries_from_date_lines() {
        let lines: Vec<String> = [
            "2016.04 - 至今 上海顺达物流有限公司 | 牵引车司机",
            "驾驶重型半挂牵引车，负责上海至成都干线运输。",
            "2010.03 - 2016.03",
            "苏州恒远运输有限公司",
            "货车司机",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let e = entries(&lines);
        assert_eq!(e.len(), 2);
        let first = work_entry(&e[0]);
        assert_eq!(
            first.enterprise_name.as_deref(),
            Some("上海顺达物流有限公司")
        );
        assert_eq!(first.post_name.as_deref(), Some("牵引车司机"));
        assert!(first.current);
        assert!(first.description.unwrap().starts_with("驾驶重型"));
        let second = work_entry(&e[1]);
        assert_eq!(second.begin.as_deref(), Some("2010-03"));
        assert_eq!(second.end.as_deref(), Some("2016-03"));
        assert_eq!(
            second.enterprise_name.as_deref(),
            Some("苏州恒远运输有限公司")
        );
        assert_eq!(second.post_name.as_deref(), Some("货车司机"));
    }
}
