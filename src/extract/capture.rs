//! Reading what the extension captured: payload bodies (JSON values, JSON strings, JSONP),
//! JSON fields by ordered key lists, DOM text by ordered selector lists, URL parameters.
//!
//! Board extractors keep their selectors and keys in tables and use these helpers, so that a
//! board redesign is a change to a table, not to code.

/// One reading of job status for every board.
pub use super::normalise::job_status;
use super::Page;
use crate::model::{Education, Resume, Work};
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use std::sync::LazyLock;

/// The body of a payload as JSON: a JSON value as is, or a string holding JSON or JSONP
/// (`callback({...})`, `({...});`).
pub fn payload_json(body: &Value) -> Option<Value> {
    match body {
        Value::String(s) => parse_json_text(s),
        Value::Null => None,
        v => Some(v.clone()),
    }
}

/// JSON text, possibly wrapped as JSONP.
pub fn parse_json_text(s: &str) -> Option<Value> {
    let t = s.trim().trim_start_matches('\u{feff}');
    if let Ok(v) = serde_json::from_str(t) {
        return Some(v);
    }
    serde_json::from_str(unwrap_jsonp(t)?).ok()
}

/// The argument of a JSONP call: `cb({...})` / `({...});` → `{...}`. The callback name must be
/// a plain (dotted) identifier, so arbitrary script is not mistaken for JSONP.
pub fn unwrap_jsonp(s: &str) -> Option<&str> {
    let t = s.trim().trim_end_matches(';').trim_end();
    let open = t.find('(')?;
    let callee = t[..open].trim();
    let callee_ok = callee
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.'));
    if !callee_ok || !t.ends_with(')') {
        return None;
    }
    Some(t[open + 1..t.len() - 1].trim())
}

/// Every payload of the page that parses as JSON, with its URL.
pub fn payloads<'a>(page: &'a Page) -> impl Iterator<Item = (&'a str, Value)> + 'a {
    page.api_payloads
        .iter()
        .filter_map(|p| payload_json(&p.body).map(|v| (p.url.as_str(), v)))
}

/// Every object (depth-first, up to `depth` levels) that has the key `key`.
pub fn objects_with_key<'a>(v: &'a Value, key: &str, depth: usize, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(m) => {
            if m.contains_key(key) {
                out.push(v);
            }
            if depth > 0 {
                for child in m.values() {
                    objects_with_key(child, key, depth - 1, out);
                }
            }
        }
        Value::Array(a) if depth > 0 => {
            for child in a {
                objects_with_key(child, key, depth - 1, out);
            }
        }
        _ => {}
    }
}

/// The first non-empty value among `keys`, as text (numbers and booleans too). HTML entities in
/// the value (58 puts `&#xe0a1;` glyph entities into JSON) are decoded.
pub fn str_at(v: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match v.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(decode_entities(s)),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    })
}

/// The first array among `keys`.
pub fn array_at<'a>(v: &'a Value, keys: &[&str]) -> &'a [Value] {
    keys.iter()
        .find_map(|k| v.get(*k)?.as_array())
        .map_or(&[], Vec::as_slice)
}

/// The first object among `keys`.
pub fn object_at<'a>(v: &'a Value, keys: &[&str]) -> Option<&'a Value> {
    keys.iter()
        .find_map(|k| v.get(*k).filter(|o| o.is_object()))
}

static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|(nbsp|amp|lt|gt|quot|apos));").unwrap()
});

/// Numeric and the common named HTML entities → characters.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    ENTITY
        .replace_all(s, |c: &regex::Captures| {
            let code = if let Some(h) = c.get(1) {
                u32::from_str_radix(h.as_str(), 16).ok()
            } else if let Some(d) = c.get(2) {
                d.as_str().parse().ok()
            } else {
                Some(match &c[3] {
                    "nbsp" => 0xa0,
                    "amp" => u32::from('&'),
                    "lt" => u32::from('<'),
                    "gt" => u32::from('>'),
                    "quot" => u32::from('"'),
                    _ => u32::from('\''),
                })
            };
            code.and_then(char::from_u32)
                .map_or_else(|| c[0].to_string(), String::from)
        })
        .into_owned()
}

/// A query parameter of the page URL (first of `names` that is present and non-empty).
pub fn query_param(url: &str, names: &[&str]) -> Option<String> {
    // Links and frame sources on a page are often relative (`/web/frame/c-resume/?id=…`).
    let u = url::Url::parse(url)
        .or_else(|_| url::Url::parse("http://localhost/").and_then(|base| base.join(url)))
        .ok()?;
    names.iter().find_map(|n| {
        u.query_pairs()
            .find(|(k, v)| k == n && !v.trim().is_empty())
            .map(|(_, v)| v.into_owned())
    })
}

/// Tables hold selector strings so they read as data; one that does not parse is skipped (a typo
/// costs a fallback, not a panic on the recruiter's click path).
fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The first element matching any selector of the ordered list.
pub fn first<'a>(scope: ElementRef<'a>, selectors: &[&str]) -> Option<ElementRef<'a>> {
    selectors
        .iter()
        .filter_map(|s| selector(s))
        .find_map(|s| scope.select(&s).next())
}

/// Every element matching the first selector of the list that matches anything.
pub fn all<'a>(scope: ElementRef<'a>, selectors: &[&str]) -> Vec<ElementRef<'a>> {
    selectors
        .iter()
        .filter_map(|s| selector(s))
        .map(|s| scope.select(&s).collect::<Vec<_>>())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// The element's text, its `<br>`s as line breaks; not yet normalised.
pub fn text_of(e: ElementRef) -> String {
    let mut out = String::new();
    for node in e.descendants() {
        if let Some(t) = node.value().as_text() {
            out.push_str(t);
        } else if node
            .value()
            .as_element()
            .is_some_and(|el| el.name() == "br")
        {
            out.push('\n');
        }
    }
    out
}

/// The text of the first element matching any selector, if it has any non-blank text.
pub fn text_at(scope: ElementRef, selectors: &[&str]) -> Option<String> {
    let t = text_of(first(scope, selectors)?);
    (!t.trim().is_empty()).then_some(t)
}

/// The document, when the page sent one.
pub fn document(page: &Page) -> Option<Html> {
    page.html.map(Html::parse_document)
}

/// Removes a leading `label：` (`职位：司机` → `司机`).
pub fn strip_label(s: &str) -> &str {
    match s.find(['：', ':']) {
        Some(i) if s[..i].chars().count() <= 6 => s[i..].trim_start_matches(['：', ':']).trim(),
        _ => s.trim(),
    }
}

/// Fills every field `r` lacks from `other` (a lower-priority source of the same resume).
/// Lists are taken whole: entries from two sources cannot be merged safely one by one.
pub fn fill_missing(r: &mut Resume, other: Resume) {
    macro_rules! opt {
        ($($f:ident),*) => {$( if r.$f.is_none() { r.$f = other.$f; } )*};
    }
    macro_rules! list {
        ($($f:ident),*) => {$( if r.$f.is_empty() { r.$f = other.$f; } )*};
    }
    opt!(
        real_name,
        name_masked,
        gender,
        age,
        birth_date,
        married,
        living_place,
        birth_place,
        education,
        education_level,
        work_experience,
        status,
        want_job,
        target_city,
        target_post,
        self_evaluation,
        dl_license_class,
        driving_experience,
        rtqc_license_class
    );
    list!(
        expected_regions,
        expected_salary,
        dl_license_classes,
        vehicle_types
    );
    if r.phone_state == Default::default() {
        r.phone = other.phone;
        r.phone_state = other.phone_state;
        r.phone_masked = other.phone_masked;
    }
    if r.email_state == Default::default() {
        r.email = other.email;
        r.email_state = other.email_state;
        r.email_masked = other.email_masked;
    }
    fill_entries(&mut r.work_history, other.work_history, |a, b| {
        a.enterprise_name == b.enterprise_name && a.begin == b.begin
    });
    fill_entries(&mut r.education_history, other.education_history, |a, b| {
        a.school_name == b.school_name && a.end == b.end
    });
    if r.source.updated_on_board.is_none() {
        r.source.updated_on_board = other.source.updated_on_board;
    }
    for (k, v) in other.extras {
        r.extras.entry(k).or_insert(v);
    }
}

/// Takes the other source's list when ours is empty; otherwise fills blank sub-fields of entries
/// that both sources show (same company + begin, same school + end).
fn fill_entries<T: Entry>(mine: &mut Vec<T>, theirs: Vec<T>, same: impl Fn(&T, &T) -> bool) {
    if mine.is_empty() {
        *mine = theirs;
        return;
    }
    for t in theirs {
        if let Some(m) = mine.iter_mut().find(|m| same(m, &t)) {
            m.fill_from(t);
        }
    }
}

trait Entry {
    fn fill_from(&mut self, other: Self);
}

impl Entry for Work {
    fn fill_from(&mut self, o: Work) {
        macro_rules! opt {
            ($($f:ident),*) => {$( if self.$f.is_none() { self.$f = o.$f; } )*};
        }
        opt!(
            end,
            post_name,
            industry,
            enterprise_scale,
            dept_name,
            description,
            vehicle_type,
            vehicle_load,
            vehicle_length
        );
        self.current |= o.current && self.end.is_none();
    }
}

impl Entry for Education {
    fn fill_from(&mut self, o: Education) {
        if self.begin.is_none() {
            self.begin = o.begin;
        }
        if self.major.is_none() {
            self.major = o.major;
        }
        if self.level.is_none() {
            self.level = o.level;
        }
    }
}

/// A resume section found by its visible heading (`工作经历`) rather than by class names, which
/// boards rename and hash between builds: the heading's parent is the section.
pub fn section_by_heading<'a>(scope: ElementRef<'a>, names: &[&str]) -> Option<ElementRef<'a>> {
    let headings = selector("h1, h2, h3, h4, h5, h6, [class*='itle'], [class*='head']")?;
    scope
        .select(&headings)
        .find(|h| is_heading_of(*h, names))
        .and_then(|h| h.parent().and_then(ElementRef::wrap))
}

fn is_heading_of(e: ElementRef, names: &[&str]) -> bool {
    let t = text_of(e);
    let t = t.trim().trim_end_matches(['：', ':']);
    names.contains(&t)
}

/// The entry blocks of a section: its element children other than the heading.
pub fn section_items<'a>(section: ElementRef<'a>, names: &[&str]) -> Vec<ElementRef<'a>> {
    section
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|c| !is_heading_of(*c, names))
        .collect()
}

/// Entry blocks: the site's item selectors, else the children of the section under its heading.
pub fn entry_items<'a>(
    scope: ElementRef<'a>,
    items: &[&str],
    headings: &[&str],
) -> Vec<ElementRef<'a>> {
    let found = all(scope, items);
    if !found.is_empty() {
        return found;
    }
    section_by_heading(scope, headings)
        .map(|s| section_items(s, headings))
        .unwrap_or_default()
}

/// The section's text without its heading.
pub fn section_text(section: ElementRef, names: &[&str]) -> String {
    section_items(section, names)
        .into_iter()
        .map(text_of)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The element's text without a leading heading child (`<h3>自我介绍</h3><p>…</p>` → `…`).
pub fn text_without_heading(e: ElementRef, names: &[&str]) -> String {
    let has_heading = e
        .children()
        .filter_map(ElementRef::wrap)
        .any(|c| is_heading_of(c, names));
    if has_heading {
        section_text(e, names)
    } else {
        text_of(e)
    }
}

/// One shown value of an entry and the class of the element showing it (a hint, not a contract).
pub struct Piece {
    pub class: String,
    pub text: String,
}

impl Piece {
    /// The class names mention one of `hints` (`workCompany--x`, `company-name` → "compan").
    pub fn hinted(&self, hints: &[&str]) -> bool {
        let c = self.class.to_lowercase();
        hints.iter().any(|h| c.contains(h))
    }
}

/// The values of an entry block: the text of each child element, split at the `·` / `|` that
/// boards put between values on one line.
pub fn pieces(item: ElementRef) -> Vec<Piece> {
    let children: Vec<ElementRef> = item.children().filter_map(ElementRef::wrap).collect();
    let sources = if children.is_empty() {
        vec![item]
    } else {
        children
    };
    let mut out = Vec::new();
    for e in sources {
        let class = e.value().attr("class").unwrap_or_default().to_string();
        for part in text_of(e).split(['·', '|', '｜']) {
            let text = part.trim().to_string();
            if !text.is_empty() {
                out.push(Piece {
                    class: class.clone(),
                    text,
                });
            }
        }
    }
    out
}

/// A value shaped like a period (`2018.07 - 至今`, `2011-2014`).
pub fn looks_like_period(t: &str) -> bool {
    static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:19|20)\d{2}\s*(?:[./\-年]\s*\d{1,2}\s*月?)?\s*(?:[-–—~至到]|$)")
            .expect("static regex")
    });
    PERIOD.is_match(&super::normalise::nfkc(t))
}

/// Labelled values on one line (`期望职位：车队经理　期望城市：上海、杭州`): each label with the text up
/// to the next label.
pub fn labelled_values(text: &str) -> Vec<(String, String)> {
    static LABEL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(\p{Han}{2,6})\s*[：:]").expect("static regex"));
    let found: Vec<_> = LABEL.captures_iter(text).collect();
    found
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let whole = c.get(0).expect("match");
            let end = found
                .get(i + 1)
                .map_or(text.len(), |n| n.get(0).expect("match").start());
            (c[1].to_string(), text[whole.end()..end].trim().to_string())
        })
        .collect()
}

/// One item of a summary line, recognised by its shape; false when it is none of them.
pub fn summary_token(r: &mut Resume, t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() <= 2 && super::normalise::gender(t).is_some() {
        r.gender = super::normalise::gender(t);
    } else if t.chars().count() <= 3 && super::normalise::married(t).is_some() {
        r.married = super::normalise::married(t);
    } else if ["统招", "全日制", "非统招", "自考", "成人教育"].contains(&t) {
        r.extras.insert("学历类型".into(), t.to_string());
    } else if t.contains('岁') {
        r.age = super::normalise::age(t);
    } else if t.contains("经验") || t.contains("应届") {
        r.work_experience = super::normalise::work_years(t);
    } else if ["在职", "离职", "在岗", "求职"]
        .iter()
        .any(|k| t.contains(k))
    {
        (r.status, r.want_job) = job_status(t);
    } else if t.chars().count() <= 6 && !is_school(t) && super::normalise::education(t).0.is_some()
    {
        (r.education, r.education_level) = super::normalise::education(t);
    } else {
        return false;
    }
    true
}

/// School names (`某某职业高中`, `某技校`) contain level words but are not the level.
pub fn is_school(t: &str) -> bool {
    ["学院", "大学", "学校", "中学", "职高", "技校"]
        .iter()
        .any(|k| t.ends_with(k))
}

/// Every item of a summary line (`男 | 39岁 | 10年经验`, `女·31岁·高中`) that has a recognisable
/// shape; the others are returned in order.
pub fn summary_tokens(r: &mut Resume, line: &str) -> Vec<String> {
    line.split(['·', '|', '｜'])
        .filter_map(super::normalise::clean)
        .filter(|t| !summary_token(r, t))
        .collect()
}

/// Takes the first piece the class hints name, else the first one of the wanted shape.
fn take(ps: &mut Vec<Piece>, hints: &[&str], shape: impl Fn(&str) -> bool) -> Option<String> {
    let i = ps
        .iter()
        .position(|p| p.hinted(hints))
        .or_else(|| ps.iter().position(|p| shape(&p.text)))?;
    Some(ps.remove(i).text)
}

/// A work entry whose classes the tables do not know: the period by its shape, then company,
/// title and description by class hints or, failing those, in the order boards show them.
pub fn work_by_shape(mut ps: Vec<Piece>) -> Work {
    let range = super::normalise::date_range(
        &take(&mut ps, &["time", "date", "period"], looks_like_period).unwrap_or_default(),
    );
    let company = take(&mut ps, &["comp", "corp", "enterprise"], |_| true);
    let title = take(&mut ps, &["title", "post", "position", "job"], |_| true);
    let desc = take(&mut ps, &["desc", "duty", "content"], |_| true);
    Work {
        begin: range.begin,
        end: range.end,
        current: range.current,
        enterprise_name: company.and_then(|s| super::normalise::clean(&s)),
        post_name: title.and_then(|s| super::normalise::clean(strip_label(&s))),
        description: desc.and_then(|s| super::normalise::text_block(&s)),
        ..Work::default()
    }
}

pub fn education_by_shape(mut ps: Vec<Piece>) -> Education {
    let range = super::normalise::date_range(
        &take(&mut ps, &["time", "date", "period"], looks_like_period).unwrap_or_default(),
    );
    let school = take(&mut ps, &["school", "college"], is_school);
    let level = take(&mut ps, &["degree", "level"], |t| {
        t.chars().count() <= 6 && !is_school(t) && super::normalise::education(t).0.is_some()
    });
    let major = take(&mut ps, &["major", "speciality"], |_| true);
    Education {
        begin: range.begin,
        end: range.end,
        school_name: school.and_then(|s| super::normalise::clean(&s)),
        major: major.and_then(|s| super::normalise::clean(&s)),
        level: level.and_then(|s| super::normalise::education(&s).1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn jsonp_with_callback_and_bare_parens_unwrap() {
        let v = payload_json(&json!("jQuery1830_17({\"a\":1});")).unwrap();
        assert_eq!(v["a"], 1);
        let v = payload_json(&json!("( {\"b\":[1,2]} )")).unwrap();
        assert_eq!(v["b"][1], 2);
        let v = payload_json(&json!("{\"c\":true}")).unwrap();
        assert_eq!(v["c"], true);
        assert_eq!(payload_json(&json!({"d": 4})).unwrap()["d"], 4);
    }

    #[test]
    fn script_is_not_jsonp() {
        assert!(parse_json_text("alert(document.cookie)").is_none());
        assert!(unwrap_jsonp("var x = f({\"a\":1})").is_none());
        assert!(parse_json_text("not json").is_none());
    }

    #[test]
    fn glyph_entities_decode_to_private_use_characters() {
        assert_eq!(
            decode_entities("&#xe0a1;&#xE0B2;先生"),
            "\u{e0a1}\u{e0b2}先生"
        );
        assert_eq!(decode_entities("a&nbsp;b&amp;c&#26446;"), "a\u{a0}b&c李");
        assert_eq!(decode_entities("&bogus; &#xzz;"), "&bogus; &#xzz;");
    }

    #[test]
    fn labels_are_stripped_only_when_short() {
        assert_eq!(strip_label("职位：长途司机"), "长途司机");
        assert_eq!(
            strip_label("驾驶9.6米厢式货车：苏州至成都"),
            "驾驶9.6米厢式货车：苏州至成都"
        );
    }

    #[test]
    fn summary_items_are_told_apart_by_shape_not_position() {
        let mut r = Resume::default();
        let rest = summary_tokens(
            &mut r,
            "已婚 · 41岁 | 男 · 19年工作经验 · 本科 · 上海-闵行区",
        );
        assert_eq!(rest, vec!["上海-闵行区".to_string()]);
        assert_eq!(r.married, Some(1));
        assert_eq!(r.age, Some(41));
        assert_eq!(r.gender.as_deref(), Some("男"));
        assert_eq!(r.work_experience, Some(19));
        assert_eq!(r.education_level.as_deref(), Some("本科"));
    }

    #[test]
    fn sections_are_found_by_heading_and_labelled_values_split_at_labels() {
        let html = Html::parse_fragment(
            "<div><div class='x--1'><h4>工作经历</h4><div>a</div><div>b</div></div></div>",
        );
        let s = section_by_heading(html.root_element(), &["工作经历"]).unwrap();
        assert_eq!(section_items(s, &["工作经历"]).len(), 2);
        assert_eq!(text_without_heading(s, &["工作经历"]), "a\nb");
        let v = labelled_values("期望职位：车队经理　期望城市：上海、杭州 期望年薪：24万");
        assert_eq!(v[1], ("期望城市".to_string(), "上海、杭州".to_string()));
        assert_eq!(v[2].1, "24万");
        assert!(looks_like_period("2018.07 - 至今"));
        assert!(looks_like_period("2011-2014"));
        assert!(!looks_like_period("2000元"));
    }

    #[test]
    fn relative_links_have_query_params() {
        assert_eq!(
            query_param(
                "/web/frame/c-resume/?encryptGeekId=g1~~&a=1",
                &["encryptGeekId"]
            ),
            Some("g1~~".into())
        );
    }
}
