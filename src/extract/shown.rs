//! What a board page shows, as text, before normalisation.
//!
//! Board extractors only locate strings (in the page's JSON first, then in its DOM) and offer
//! them here; turning those strings into the canonical resume is shared, so that 智联, 51job and
//! 赶集 normalise a "至今" or a "10年以上" the same way.

use super::normalise;
use crate::model::{ContactState, Education, Resume, Work};
use chrono::{DateTime, FixedOffset};
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A single-valued resume field as a page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Name,
    Gender,
    Age,
    Birth,
    Married,
    Living,
    Hukou,
    Phone,
    /// A board's privacy relay number (智联 `virtual_mobile`).
    VirtualPhone,
    Email,
    Education,
    WorkYears,
    /// The year the person started working (智联 `workYearsRangeId`).
    WorkSince,
    Status,
    TargetCities,
    Salary,
    /// 智联's 10-digit salary code.
    SalaryCode,
    TargetPost,
    SelfEval,
    UpdatedOnBoard,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShownWork {
    /// The date range as one string ("2019.03 - 至今", "2019-03 - ").
    pub range: String,
    pub company: String,
    pub title: String,
    pub industry: String,
    pub scale: String,
    pub dept: String,
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShownEducation {
    pub range: String,
    pub school: String,
    pub major: String,
    pub level: String,
}

/// Everything a board extractor found. Extractors offer the page's JSON before its DOM; for each
/// field the first offer that normalises to a value wins, so a JSON code the normaliser cannot
/// read (`"Gender": 1`) falls back to the DOM's `男` instead of blanking the field.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    fields: BTreeMap<Field, Vec<String>>,
    pub works: Vec<ShownWork>,
    pub educations: Vec<ShownEducation>,
    /// Certificates and licence tags ("A2驾驶证", "驾照：C1").
    pub certificates: Vec<String>,
    pub extras: BTreeMap<String, String>,
}

impl Shown {
    /// Offers a value for a field, after those offered before it; blank values are ignored.
    pub fn offer(&mut self, field: Field, value: &str) {
        let v = clean(value);
        if v.is_empty() {
            return;
        }
        // Self-evaluations keep their line breaks; everything else is one line.
        let v = if field == Field::SelfEval {
            value.trim().to_string()
        } else {
            v
        };
        let offers = self.fields.entry(field).or_default();
        if !offers.contains(&v) {
            offers.push(v);
        }
    }

    /// The first value offered for a field.
    pub fn get(&self, field: Field) -> Option<&str> {
        self.fields.get(&field)?.first().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.works.is_empty() && self.educations.is_empty()
    }

    pub fn extra(&mut self, label: &str, value: &str) {
        let (l, v) = (clean(label), clean(value));
        if !l.is_empty() && !v.is_empty() {
            self.extras
                .entry(l.trim_end_matches([':', '：']).to_string())
                .or_insert(v);
        }
    }

    /// Sorts one short label ("男", "41岁", "18年工作经验", "大专", "已婚", "现居住 上海") into
    /// its field; returns false when the label means nothing known.
    pub fn offer_label(&mut self, label: &str) -> bool {
        let l = clean(label);
        if l.is_empty() {
            return false;
        }
        if let Some(c) = BIRTH_THEN_AGE.captures(&l) {
            // `1979年11月3日（47岁）`: the other order of `47岁（1979年11月3日）`.
            self.offer(Field::Birth, &c[1]);
            self.offer(Field::Age, &format!("{}岁", &c[2]));
            return true;
        }
        let field = if l == "男" || l == "女" {
            Field::Gender
        } else if AGE.is_match(&l) {
            if let Some(c) = BIRTH_IN_LABEL.captures(&l) {
                self.offer(Field::Birth, &c[1]);
            }
            Field::Age
        } else if BIRTH_ONLY.is_match(&l) {
            Field::Birth
        } else if WORK_YEARS.is_match(&l) {
            Field::WorkYears
        } else if matches!(l.as_str(), "未婚" | "已婚" | "离异" | "离婚" | "丧偶") {
            Field::Married
        } else if EDUCATION.is_match(&l) {
            Field::Education
        } else if let Some(c) = LIVING.captures(&l) {
            self.offer(Field::Living, &c[1]);
            return true;
        } else {
            return false;
        };
        self.offer(field, &l);
        true
    }

    /// Sorts a company's tags ("物流/仓储 | 民营 | 100-499人") into industry and scale.
    pub fn company_tags(work: &mut ShownWork, tags: &str) {
        for t in tags.split(['|', '｜']).map(clean).filter(|t| !t.is_empty()) {
            if SCALE.is_match(&t) {
                work.scale = t;
            } else if NATURE.is_match(&t) {
                // Ownership type has no field in the model.
            } else if work.industry.is_empty() {
                work.industry = t;
            }
        }
    }

    /// The canonical resume: normalises every shown value, then `normalise::finish`.
    pub fn into_resume(self, captured_at: &DateTime<FixedOffset>) -> Resume {
        let Shown {
            fields,
            works,
            educations,
            certificates,
            extras,
        } = self;
        let none = Vec::new();
        let offers = |k| fields.get(&k).unwrap_or(&none);
        let get = |k| offers(k).first().map(String::as_str);
        // The first offer the normaliser makes something of.
        fn pick<T>(offers: &[String], norm: impl Fn(&str) -> Option<T>) -> Option<T> {
            offers.iter().find_map(|o| norm(o))
        }
        fn non_empty<T>(v: Vec<T>) -> Option<Vec<T>> {
            Some(v).filter(|v| !v.is_empty())
        }
        let mut r = Resume::default();
        // A clear name or contact from any source beats a masked one: the JSON a page loaded
        // before the recruiter unlocked the resume still holds the masked form.
        let name = |want_real: bool| {
            pick(offers(Field::Name), |n| {
                let (real, masked) = normalise::name(n);
                let usable = if want_real {
                    real.is_some()
                } else {
                    masked.is_some()
                };
                usable.then_some((real, masked))
            })
        };
        (r.real_name, r.name_masked) = name(true).or_else(|| name(false)).unwrap_or_default();
        r.gender = pick(offers(Field::Gender), normalise::gender);
        r.birth_date = pick(offers(Field::Birth), normalise::date);
        r.age = pick(offers(Field::Age), normalise::age);
        r.married = pick(offers(Field::Married), normalise::married);
        r.living_place = pick(offers(Field::Living), normalise::place);
        r.birth_place = pick(offers(Field::Hukou), normalise::place);

        let usable = |c: normalise::Contact, want_clear: bool| {
            let ok = if want_clear {
                c.state == ContactState::Clear
            } else {
                c.state != ContactState::Absent
            };
            ok.then_some(c)
        };
        let virtual_phone = get(Field::VirtualPhone);
        // A relay number shown in the phone slot is still a relay number.
        let phone = |want_clear: bool| {
            pick(offers(Field::Phone), |p| {
                usable(normalise::phone(p), want_clear)
                    .filter(|_| virtual_phone.is_none_or(|v| digits(v) != digits(p)))
            })
        };
        let phone = phone(true)
            .or_else(|| phone(false))
            .or_else(|| virtual_phone.map(normalise::virtual_phone))
            .unwrap_or_default();
        r.phone = phone.value;
        r.phone_state = phone.state;
        r.phone_masked = phone.masked;
        let email = |want_clear: bool| {
            pick(offers(Field::Email), |e| {
                usable(normalise::email(e), want_clear)
            })
        };
        let email = email(true).or_else(|| email(false)).unwrap_or_default();
        r.email = email.value;
        r.email_state = email.state;
        r.email_masked = email.masked;

        // Without a resume-level degree, the highest one among the education entries.
        let (code, level) = pick(offers(Field::Education), |e| {
            Some(normalise::education(e)).filter(|l| l.1.is_some())
        })
        .or_else(|| highest_level(&educations).map(|l| normalise::education(&l)))
        .unwrap_or_default();
        r.education = code;
        r.education_level = level;
        r.work_experience = pick(offers(Field::WorkYears), normalise::work_years).or_else(|| {
            pick(offers(Field::WorkSince), |y| {
                normalise::work_years_since(y, captured_at.date_naive())
            })
        });
        (r.status, r.want_job) = pick(offers(Field::Status), |s| {
            Some(normalise::job_status(s)).filter(|(s, w)| s.is_some() || w.is_some())
        })
        .unwrap_or_default();
        r.expected_regions = pick(offers(Field::TargetCities), |c| {
            non_empty(normalise::places(c))
        })
        .unwrap_or_default();
        r.expected_salary = pick(offers(Field::SalaryCode), |c| {
            non_empty(normalise::zhaopin_salary_code(c))
        })
        .or_else(|| pick(offers(Field::Salary), |s| non_empty(normalise::salary(s))))
        .unwrap_or_default();
        r.target_post = pick(offers(Field::TargetPost), normalise::text_block);
        r.self_evaluation = pick(offers(Field::SelfEval), normalise::text_block);

        r.work_history = works.iter().map(work).collect();
        r.education_history = educations.iter().map(education).collect();

        // Certificates are where boards list licences; the driver fields read them from extras.
        if !certificates.is_empty() {
            r.extras.insert("证书".into(), certificates.join("；"));
        }
        r.extras.extend(extras);
        // The shown forms that normalisation reduces (a second phone, the salary wording).
        for (field, label) in [
            (Field::Phone, "电话"),
            (Field::Salary, "期望薪资"),
            (Field::SalaryCode, "期望薪资代码"),
        ] {
            if let Some(v) = get(field) {
                r.extras.insert(label.into(), v.to_string());
            }
        }
        r.source.updated_on_board = get(Field::UpdatedOnBoard).and_then(normalise::date);
        normalise::finish(&mut r, *captured_at);
        r
    }
}

fn highest_level(educations: &[ShownEducation]) -> Option<String> {
    educations
        .iter()
        .filter_map(|e| normalise::education(&e.level).1)
        .max_by_key(|l| normalise::education_rank(l))
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn work(w: &ShownWork) -> Work {
    let range = normalise::date_range(&w.range);
    Work {
        begin: range.begin,
        end: range.end,
        current: range.current,
        enterprise_name: normalise::text_block(&w.company),
        post_name: normalise::text_block(&w.title),
        industry: normalise::text_block(&w.industry),
        enterprise_scale: normalise::enterprise_scale(&w.scale),
        dept_name: normalise::text_block(&w.dept),
        description: normalise::text_block(&w.description),
        ..Work::default()
    }
}

fn education(e: &ShownEducation) -> Education {
    let range = normalise::date_range(&e.range);
    Education {
        begin: range.begin,
        end: range.end,
        school_name: normalise::text_block(&e.school),
        major: normalise::text_block(&e.major),
        level: normalise::education(&e.level).1,
    }
}

static AGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,2}\s*岁").unwrap());
static BIRTH_IN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[（(]\s*(\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)").unwrap()
});
static BIRTH_THEN_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)\s*[（(]\s*(\d{1,2})\s*岁\s*[）)]$",
    )
    .unwrap()
});
static BIRTH_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:生|出生)?$").unwrap()
});
static WORK_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d+\s*(?:-\s*\d+\s*)?年(?:以上|以下)?(?:工作经验|经验)?|应届生?|应届毕业生|无工作经验)$").unwrap()
});
static EDUCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:初中|初中及以下|小学|高中|中专|中技|中专/中技|职高|技校|大专|专科|本科|硕士|研究生|MBA|EMBA|博士)$")
        .unwrap()
});
static LIVING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:现居住地?|现居|居住地|所在地)\s*[:：]?\s*(.+)$").unwrap());
static SCALE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+\s*人").unwrap());
static NATURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:民营|国企|外资|合资|私营|上市公司|事业单位|政府机关|股份制企业|外企代表处|民营公司|国有企业)|^外资[（(]").unwrap()
});

/// A date range from a JSON entry's two ends. Boards' JSON sometimes holds epoch milliseconds
/// instead of "2019-03"; those become dates first so the range parser sees years.
pub fn json_range(start: &str, end: &str) -> String {
    let date = |v: &str| {
        let v = v.trim();
        if v.len() >= 12 && v.bytes().all(|b| b.is_ascii_digit()) {
            normalise::date(v).unwrap_or_default()
        } else {
            v.to_string()
        }
    };
    format!("{} - {}", date(start), date(end))
}

/// Trims and collapses whitespace (including the `&nbsp;` that boards pad cells with).
pub fn clean(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An element's text with `<br>` kept as line breaks (descriptions are multi-line).
pub fn text_of(el: ElementRef) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            // A block element starts a new line.
            Node::Element(e)
                if matches!(e.name(), "p" | "div" | "li")
                    && !out.is_empty()
                    && !out.ends_with('\n') =>
            {
                out.push('\n')
            }
            _ => {}
        }
    }
    out.lines()
        .map(clean)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Parses a CSS selector from a board's selector table (a typo there is a bug, caught by tests).
pub fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css:?}: {e:?}"))
}

/// The first element any of the ordered fallback selectors finds under `scope`.
pub use super::capture::first;

/// The text of the first match of ordered fallback selectors.
pub fn first_text(scope: ElementRef, selectors: &[&str]) -> Option<String> {
    first(scope, selectors)
        .map(text_of)
        .filter(|t| !t.is_empty())
}

/// All matches of the first selector (in order) that matches anything.
pub use super::capture::all;

/// The root element of a parsed document.
pub fn root(doc: &Html) -> ElementRef<'_> {
    doc.root_element()
}

/// The value at a dotted JSON path ("data.candidate.userName"; numeric segments index arrays),
/// rendered as text; numbers become their decimal form.
pub fn json_text(v: &serde_json::Value, path: &str) -> Option<String> {
    let mut cur = v;
    for seg in path.split('.') {
        cur = match seg.parse::<usize>() {
            Ok(i) => cur.get(i)?,
            Err(_) => cur.get(seg)?,
        };
    }
    match cur {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first non-empty value among ordered fallback JSON paths.
pub fn json_first(v: &serde_json::Value, paths: &[&str]) -> Option<String> {
    paths.iter().find_map(|p| json_text(v, p))
}

/// A payload body as JSON: boards send objects, strings holding JSON, or JSONP (`cb({...})`).
pub fn payload_json(body: &serde_json::Value) -> Option<serde_json::Value> {
    match body {
        serde_json::Value::String(s) => {
            let t = s.trim();
            let start = t.find(['{', '['])?;
            let mut it =
                serde_json::Deserializer::from_str(&t[start..]).into_iter::<serde_json::Value>();
            it.next()?.ok()
        }
        serde_json::Value::Null => None,
        other => Some(other.clone()),
    }
}

/// A query parameter of a URL, percent-decoded.
pub fn query_param(url: &str, name: &str) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    let v = u
        .query_pairs()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))?
        .1
        .into_owned();
    Some(v).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_go_to_their_fields() {
        let mut s = Shown::default();
        for l in [
            "男",
            "41岁（1985年6月12日）",
            "18年工作经验",
            "中专",
            "已婚",
            "现居住 上海-浦东新区",
        ] {
            assert!(s.offer_label(l), "{l}");
        }
        assert!(!s.offer_label("身高175cm"));
        assert_eq!(s.get(Field::Gender), Some("男"));
        assert_eq!(s.get(Field::Age), Some("41岁（1985年6月12日）"));
        assert_eq!(s.get(Field::Birth), Some("1985年6月12日"));
        assert_eq!(s.get(Field::WorkYears), Some("18年工作经验"));
        assert_eq!(s.get(Field::Education), Some("中专"));
        assert_eq!(s.get(Field::Living), Some("上海-浦东新区"));
    }

    #[test]
    fn a_birth_date_with_the_age_after_it() {
        let mut s = Shown::default();
        assert!(s.offer_label("1979年11月3日（47岁）"));
        assert_eq!(s.get(Field::Birth), Some("1979年11月3日"));
        assert_eq!(s.get(Field::Age), Some("47岁"));
    }

    #[test]
    fn first_offer_wins_and_blank_is_ignored() {
        let mut s = Shown::default();
        s.offer(Field::Name, "  ");
        s.offer(Field::Name, "王建国\u{a0}");
        s.offer(Field::Name, "张先生");
        assert_eq!(s.get(Field::Name), Some("王建国"));
    }

    #[test]
    fn an_unreadable_json_code_falls_back_to_the_dom_text() {
        let mut s = Shown::default();
        s.offer(Field::Gender, "1");
        s.offer(Field::Married, "2");
        s.offer(Field::Gender, "男");
        s.offer(Field::Married, "已婚");
        let at = DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap();
        let r = s.into_resume(&at);
        assert_eq!((r.gender.as_deref(), r.married), (Some("男"), Some(1)));
    }

    #[test]
    fn a_clear_name_and_phone_beat_the_masked_ones_offered_first() {
        let mut s = Shown::default();
        s.offer(Field::Name, "张先生");
        s.offer(Field::Phone, "138****1234");
        s.offer(Field::Name, "张建华");
        s.offer(Field::Phone, "13800001234");
        let at = DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap();
        let r = s.into_resume(&at);
        assert_eq!(
            (r.real_name.as_deref(), r.name_masked),
            (Some("张建华"), None)
        );
        assert_eq!(
            (r.phone.as_deref(), r.phone_state),
            (Some("13800001234"), ContactState::Clear)
        );
    }

    #[test]
    fn a_relay_number_in_the_phone_slot_stays_virtual() {
        let mut s = Shown::default();
        s.offer(Field::VirtualPhone, "13852460137");
        s.offer(Field::Phone, "138 5246 0137");
        let at = DateTime::parse_from_rfc3339("2026-11-20T10:00:00+08:00").unwrap();
        let r = s.into_resume(&at);
        assert_eq!((r.phone, r.phone_state), (None, ContactState::Virtual));
    }

    #[test]
    fn company_tags_split_into_industry_and_scale() {
        let mut w = ShownWork::default();
        Shown::company_tags(&mut w, "物流/仓储\u{a0}|\u{a0}民营\u{a0}|\u{a0}100-499人");
        assert_eq!(
            (w.industry.as_str(), w.scale.as_str()),
            ("物流/仓储", "100-499人")
        );
    }

    #[test]
    fn epoch_milliseconds_in_json_ranges_become_dates() {
        // 2016-04-01 and 2019-08-31, 00:00 in UTC+8.
        let r = normalise::date_range(&json_range("1459440000000", "1567180800000"));
        assert_eq!(
            (r.begin.as_deref(), r.end.as_deref()),
            (Some("2016-04"), Some("2019-08"))
        );
        assert_eq!(json_range("2019-03", "至今"), "2019-03 - 至今");
    }

    #[test]
    fn jsonp_and_string_payloads_parse() {
        let v = payload_json(&serde_json::json!("cb({\"a\":{\"b\":[1,\"x\"]}})")).unwrap();
        assert_eq!(json_text(&v, "a.b.1").as_deref(), Some("x"));
        assert_eq!(json_text(&v, "a.b.0").as_deref(), Some("1"));
    }
}
