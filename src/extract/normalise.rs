//! Normal forms of RESUME_MODEL.md §1–2 and BOARDS.md §3.2, shared by every board extractor.
//!
//! Each function takes the text as the page shows it and returns the canonical value, or
//! `None`/empty when the text does not clearly say: a guess would poison dedupe and upload.
//! Extractors call [`finish`] last so that derived fields (age, driver details) are filled in the
//! same way whatever the board.

use crate::model::{ContactState, Resume};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

/// NFKC folds full-width digits, letters and punctuation (`１３８`, `：`, `Ａ２`) to ASCII.
pub fn nfkc(s: &str) -> String {
    s.nfkc().collect()
}

/// Trimmed, whitespace-collapsed single-line text; `None` when empty or a placeholder.
pub fn clean(s: &str) -> Option<String> {
    let s = s
        .replace(['\u{a0}', '\u{3000}'], " ")
        .replace("&nbsp;", " ");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if is_placeholder(&s) {
        None
    } else {
        Some(s)
    }
}

fn is_placeholder(s: &str) -> bool {
    matches!(
        s.trim(),
        "" | "-" | "--" | "—" | "/" | "无" | "暂无" | "未填写" | "未知" | "null" | "None" | "保密"
    )
}

// ---------------------------------------------------------------- obfuscation

static PUA_ENTITY: LazyLock<Regex> = LazyLock::new(|| re(r"&#x[eEfF][0-9a-fA-F]{3};"));

/// True when the text holds private-use code points (U+E000–U+F8FF) or their `&#xE…;` entities:
/// a per-page web font draws them as digits/characters (58同城), so the raw value means nothing.
pub fn is_obfuscated(s: &str) -> bool {
    s.chars().any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c)) || PUA_ENTITY.is_match(s)
}

// ---------------------------------------------------------------- contacts

/// A phone or email as the page showed it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    /// The clear value; `Some` only when `state` is `Clear`.
    pub value: Option<String>,
    pub state: ContactState,
    /// The masked / virtual / obfuscated form as shown.
    pub masked: Option<String>,
}

impl Contact {
    fn absent() -> Self {
        Contact::default()
    }
    fn clear(v: String) -> Self {
        Contact {
            value: Some(v),
            state: ContactState::Clear,
            masked: None,
        }
    }
    fn hidden(state: ContactState, shown: &str) -> Self {
        Contact {
            value: None,
            state,
            masked: Some(shown.to_string()),
        }
    }
}

static MOBILE: LazyLock<Regex> = LazyLock::new(|| re(r"^1[3-9]\d{9}$"));
static MASKED_MOBILE: LazyLock<Regex> = LazyLock::new(|| re(r"^1\d{2}\*{3,5}\d{4}$"));
static PHONE_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:\+?86[\s-]?|0086[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}[\s-]?\d{4}|\s?\*{3,5}\s?\d{4})")
});

/// Strips the country code, spaces, dashes and brackets from a phone after NFKC.
fn compact_phone(s: &str) -> String {
    let s: String = nfkc(s)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '(' | ')' | '.'))
        .collect();
    let s = s.strip_prefix('+').unwrap_or(&s);
    let stripped = s
        .strip_prefix("0086")
        .or_else(|| {
            s.strip_prefix("86")
                .filter(|r| r.len() == 11 || r.contains('*'))
        })
        .unwrap_or(s);
    stripped.to_string()
}

/// A phone field. Only a mainland mobile is `Clear`; landlines and junk are `Absent` (keep them in
/// `extras` if they matter), masks and web-font glyphs keep their shown form.
pub fn phone(s: &str) -> Contact {
    let shown = s.trim();
    if shown.is_empty() {
        return Contact::absent();
    }
    if is_obfuscated(shown) {
        return Contact::hidden(ContactState::Obfuscated, shown);
    }
    let c = compact_phone(shown);
    if MOBILE.is_match(&c) {
        return Contact::clear(c);
    }
    if MASKED_MOBILE.is_match(&c) {
        return Contact::hidden(ContactState::Masked, &c);
    }
    if c.contains('*') && c.chars().all(|ch| ch == '*' || ch.is_ascii_digit()) {
        return Contact::hidden(ContactState::Masked, &c);
    }
    // Several numbers or a note in one field (`139… / 021-…`, `138…（微信同号）`): the first mobile.
    phone_in_text(shown)
}

/// A board's privacy relay number (zhaopin `virtual_mobile`, 58 relays): reaches the person today
/// but is not theirs, so it is never `Clear` and never identity.
pub fn virtual_phone(s: &str) -> Contact {
    let shown = s.trim();
    if shown.is_empty() {
        return Contact::absent();
    }
    Contact::hidden(ContactState::Virtual, &nfkc(shown))
}

/// The first phone-looking value in free text, normalised by [`phone`].
pub fn phone_in_text(text: &str) -> Contact {
    let t = nfkc(text);
    PHONE_IN_TEXT
        .find_iter(&t)
        .filter(|m| {
            // A longer digit run (an id number) is not a phone.
            let before = t[..m.start()].chars().next_back();
            let after = t[m.end()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit())
                && !after.is_some_and(|c| c.is_ascii_digit())
        })
        .map(|m| {
            let c = compact_phone(m.as_str());
            if MOBILE.is_match(&c) {
                Contact::clear(c)
            } else if MASKED_MOBILE.is_match(&c) {
                Contact::hidden(ContactState::Masked, &c)
            } else {
                Contact::absent()
            }
        })
        .find(|c| c.state != ContactState::Absent)
        .unwrap_or_default()
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}$"));
static MASKED_EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[a-z0-9._%+\-]*\*+[a-z0-9._%+\-*]*@[a-z0-9*\-]+(?:\.[a-z0-9*\-]+)*$"));
static EMAIL_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"[A-Za-z0-9][A-Za-z0-9._%+\-*]*@[A-Za-z0-9\-*]+(?:\.[A-Za-z0-9\-]+)+"));

/// An email field: lower-cased and trimmed; `a***@qq.com` is `Masked`.
pub fn email(s: &str) -> Contact {
    let shown = s.trim();
    if shown.is_empty() {
        return Contact::absent();
    }
    if is_obfuscated(shown) {
        return Contact::hidden(ContactState::Obfuscated, shown);
    }
    let e: String = nfkc(shown)
        .trim()
        .trim_start_matches("mailto:")
        .to_lowercase();
    if EMAIL.is_match(&e) {
        return Contact::clear(e);
    }
    if MASKED_EMAIL.is_match(&e) {
        return Contact::hidden(ContactState::Masked, &e);
    }
    // A note around the address (`x@qq.com（常用）`): the address itself.
    match EMAIL_IN_TEXT.find(&e).map(|m| m.as_str().to_string()) {
        Some(inner) if inner != e => email(&inner),
        _ => Contact::absent(),
    }
}

/// The first email-looking value in free text, normalised by [`email`].
pub fn email_in_text(text: &str) -> Contact {
    let t = nfkc(text);
    EMAIL_IN_TEXT
        .find_iter(&t)
        .map(|m| email(m.as_str()))
        .find(|c| c.state != ContactState::Absent)
        .unwrap_or_default()
}

// ---------------------------------------------------------------- person

static MASKED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[\p{Han}]{1,2}(?:先生|女士|小姐|同学|师傅|经理|老师|主任|老板|总|某某?|\*+|＊+|×+|x+|X+|○+)$",
    )
});
static CLEAR_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[\p{Han}·•]{2,8}$|^[A-Za-z][A-Za-z .\-]{1,40}$"));

/// A name field → (clear name, masked form). `张先生`, `李**`, `王某`, glyph-font names and
/// "隐藏姓名" are masked; anything else that looks like a name is clear.
pub fn name(s: &str) -> (Option<String>, Option<String>) {
    let Some(mut n) = clean(s) else {
        return (None, None);
    };
    // A note after the name (`陈先生（登录企业会员后查看）`) is not part of it.
    if let Some(open) = n
        .find(['（', '('])
        .filter(|&i| i > 0 && n.ends_with(['）', ')']))
    {
        n = n[..open].trim().to_string();
    }
    if is_obfuscated(&n) || n.contains('*') || n.contains('＊') || n.contains("隐藏") {
        return (None, Some(n));
    }
    let compact: String = n.chars().filter(|c| !c.is_whitespace()).collect();
    if MASKED_NAME.is_match(&compact) {
        return (None, Some(compact));
    }
    if CLEAR_NAME.is_match(&compact) {
        return (Some(compact.replace('•', "·")), None);
    }
    if CLEAR_NAME.is_match(&n) {
        return (Some(n), None);
    }
    (None, None)
}

/// `男`/`女` from a gender field or a short summary such as `男 | 35岁`.
pub fn gender(s: &str) -> Option<String> {
    let t = nfkc(s).trim().to_lowercase();
    match t.as_str() {
        "male" | "m" | "先生" => return Some("男".into()),
        "female" | "f" | "女士" | "小姐" => return Some("女".into()),
        _ => {}
    }
    match (t.contains('男'), t.contains('女')) {
        (true, false) => Some("男".into()),
        (false, true) => Some("女".into()),
        _ => None,
    }
}

/// Seed codes: 未婚 0, 已婚 1, 离异 -1.
pub fn married(s: &str) -> Option<i64> {
    let t = s.trim();
    if t.contains("未婚") || t == "单身" {
        Some(0)
    } else if t.contains("离异") || t.contains("离婚") {
        Some(-1)
    } else if t.contains("已婚") {
        Some(1)
    } else {
        None
    }
}

static AGE: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{1,3})\s*(?:周岁|岁)"));

/// `35岁` (or a bare number as in 58's `age`) → 35; implausible values are dropped.
pub fn age(s: &str) -> Option<i64> {
    let t = nfkc(s);
    let n = match AGE.captures(&t) {
        Some(c) => c[1].parse::<i64>().ok()?,
        None => t.trim().parse::<i64>().ok()?,
    };
    (14..=80).contains(&n).then_some(n)
}

/// Age in whole years at `at` from a `YYYY[-MM[-DD]]` birth date. A year-only birth date gives
/// `year(at) − year`, which may be one too high: it is what the page lets us know.
pub fn age_at(birth_date: &str, at: NaiveDate) -> Option<i64> {
    let mut parts = birth_date.split('-').map(|p| p.parse::<u32>().ok());
    let year = parts.next()?? as i32;
    let month = parts.next().flatten();
    let day = parts.next().flatten();
    let mut age = i64::from(at.year() - year);
    if let Some(m) = month {
        let before_birthday =
            at.month() < m || (at.month() == m && day.is_some_and(|d| at.day() < d));
        if before_birthday {
            age -= 1;
        }
    }
    (0..=120).contains(&age).then_some(age)
}

// ---------------------------------------------------------------- dates

/// One date found in text, as precise as the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DateParts {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    end: usize,
}

static DIGITS: LazyLock<Regex> = LazyLock::new(|| re(r"\d+"));

/// Scans digit runs: a 4-digit year, optionally followed by a 1–2 digit month and day joined by
/// one of `年 月 . / -` (spaces allowed), so that `2015-2018` is two years, not 2015-20.
fn dates_in(t: &str) -> Vec<DateParts> {
    let runs: Vec<_> = DIGITS.find_iter(t).collect();
    let joined = |a: usize, b: usize| {
        let gap = t[a..b].trim();
        matches!(gap, "年" | "月" | "." | "/" | "-")
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        let r = runs[i];
        let year = match r.as_str().parse::<i32>() {
            Ok(y) if r.as_str().len() == 4 && (1900..=2100).contains(&y) => y,
            _ => {
                i += 1;
                continue;
            }
        };
        let mut d = DateParts {
            year,
            month: None,
            day: None,
            end: r.end(),
        };
        i += 1;
        if let Some(m) = runs
            .get(i)
            .filter(|m| m.as_str().len() <= 2 && joined(r.end(), m.start()))
        {
            let mv: u32 = m.as_str().parse().unwrap_or(0);
            if (1..=12).contains(&mv) {
                d.month = Some(mv);
                d.end = m.end();
                i += 1;
                if let Some(dd) = runs
                    .get(i)
                    .filter(|dd| dd.as_str().len() <= 2 && joined(m.end(), dd.start()))
                {
                    let dv: u32 = dd.as_str().parse().unwrap_or(0);
                    if (1..=31).contains(&dv) {
                        d.day = Some(dv);
                        d.end = dd.end();
                        i += 1;
                    }
                }
            }
        }
        if t[d.end..].trim_start().starts_with('月') {
            // "2015年3月" — the 月 is part of the date, not a separator.
            d.end += t[d.end..].find('月').unwrap() + '月'.len_utf8();
        }
        out.push(d);
    }
    out
}

fn fmt_full(d: &DateParts) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{:02}-{:02}", d.year, m, day),
        (Some(m), None) => format!("{:04}-{:02}", d.year, m),
        _ => format!("{:04}", d.year),
    }
}

fn fmt_month(d: &DateParts) -> String {
    match d.month {
        Some(m) => format!("{:04}-{:02}", d.year, m),
        None => format!("{:04}", d.year),
    }
}

/// A date as precise as shown: `1985年6月12日` → `1985-06-12`, `1990.03` → `1990-03`, `1979` → `1979`.
/// Also accepts epoch milliseconds (boards' JSON) as UTC+8 dates.
pub fn date(s: &str) -> Option<String> {
    let t = nfkc(s);
    if let Some(d) = epoch_ms_date(t.trim()) {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    dates_in(&t).first().map(fmt_full)
}

fn epoch_ms_date(t: &str) -> Option<NaiveDate> {
    if t.len() != 13 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ms: i64 = t.parse().ok()?;
    let tz = FixedOffset::east_opt(8 * 3600)?;
    DateTime::from_timestamp_millis(ms).map(|d| d.with_timezone(&tz).date_naive())
}

/// A month as work/education entries hold it: `YYYY-MM`, or `YYYY` when only the year is shown.
pub fn month(s: &str) -> Option<String> {
    dates_in(&nfkc(s)).first().map(fmt_month)
}

/// `begin`/`end` of a work or education entry; `end` is `None` with `current` for 至今.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateRange {
    pub begin: Option<String>,
    pub end: Option<String>,
    pub current: bool,
}

static CURRENT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)至今|现在|今|目前|present|now"));

/// `2015.03-至今`, `2015/03–2018/06`, `2015年3月 - 至今`, `2012 - 2015`, separators `- – — ~ 至 到`.
pub fn date_range(s: &str) -> DateRange {
    let t = nfkc(s);
    let found = dates_in(&t);
    let mut r = DateRange::default();
    let Some(first) = found.first() else {
        return r;
    };
    r.begin = Some(fmt_month(first));
    match found.get(1) {
        Some(second) => r.end = Some(fmt_month(second)),
        None => r.current = CURRENT.is_match(&t[first.end..]),
    }
    r
}

// ---------------------------------------------------------------- numbers in Chinese

/// `十二` → 12, `两` → 2, `三` → 3 (enough for years and ages written in words).
fn cn_number(s: &str) -> Option<i64> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .find(c)
            .map(|i| (i / 3) as i64)
            .or((c == '两').then_some(2))
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

/// Replaces Chinese-numeral year counts (`十年`, `三年`) with digits so one regex handles both.
fn with_arabic_years(t: &str) -> String {
    static CN_YEARS: LazyLock<Regex> =
        LazyLock::new(|| re(r"([零一二两三四五六七八九十]{1,3})(\s*年)"));
    CN_YEARS
        .replace_all(t, |c: &regex::Captures| match cn_number(&c[1]) {
            Some(n) => format!("{n}{}", &c[2]),
            None => c[0].to_string(),
        })
        .into_owned()
}

static WORK_YEARS_RANGE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\d{1,2})\s*(?:-|~|至|到)\s*\d{1,2}\s*年"));
static WORK_YEARS: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{1,2})\s*年(以下|以内)?"));

/// Years of work: `10年以上` → 10, `3-5年` → 3, `应届生`/`无工作经验` → 0, `5年工作经验` → 5.
pub fn work_years(s: &str) -> Option<i64> {
    let t = with_arabic_years(&nfkc(s));
    if ["应届", "无工作经验", "无经验", "在校", "没有工作经验"]
        .iter()
        .any(|k| t.contains(k))
    {
        return Some(0);
    }
    if let Some(c) = WORK_YEARS_RANGE.captures(&t) {
        return c[1].parse().ok();
    }
    let c = WORK_YEARS.captures(&t)?;
    let n: i64 = c[1].parse().ok()?;
    match c.get(2) {
        // "1年以下" is under a year; "3年以下" says too little to give a number.
        Some(_) if n <= 1 => Some(0),
        Some(_) => None,
        None => Some(n),
    }
}

/// Start year from zhaopin's `workYearsRangeId` (first 4 characters are the year work began).
pub fn work_years_since(start_year: &str, at: NaiveDate) -> Option<i64> {
    let y: i32 = start_year.get(..4)?.parse().ok()?;
    let n = i64::from(at.year() - y);
    (0..=60).contains(&n).then_some(n)
}

// ---------------------------------------------------------------- education

/// The finer education levels, lowest first.
pub const EDUCATION_LEVELS: [&str; 7] = [
    "初中及以下",
    "高中",
    "中专/中技",
    "大专",
    "本科",
    "硕士",
    "博士",
];

/// Position of a finer level in [`EDUCATION_LEVELS`] (higher is more education).
pub fn education_rank(level: &str) -> Option<usize> {
    EDUCATION_LEVELS.iter().position(|l| *l == level)
}

/// Seed code (1–4) and finer level (`初中及以下 < 高中 < 中专/中技 < 大专 < 本科 < 硕士 < 博士`).
pub fn education(s: &str) -> (Option<i64>, Option<String>) {
    let t = nfkc(s).to_uppercase();
    let has = |keys: &[&str]| keys.iter().any(|k| t.contains(k));
    let (code, level) = if has(&["博士"]) {
        (4, "博士")
    } else if has(&["硕士", "研究生", "MBA", "EMBA", "MPA", "MPACC"]) {
        (4, "硕士")
    } else if has(&["本科", "学士", "大学本科"]) {
        (4, "本科")
    } else if has(&["大专", "专科", "高职"]) {
        (3, "大专")
    } else if has(&["中专", "中技", "技校", "职高", "中职", "职业高中"]) {
        (2, "中专/中技")
    } else if has(&["高中"]) {
        (2, "高中")
    } else if has(&["初中"]) {
        (2, "初中及以下")
    } else if has(&["小学"]) {
        (1, "初中及以下")
    } else {
        return (None, None);
    };
    (Some(code), Some(level.to_string()))
}

/// Seed code of a finer level (for a level that came from an education entry).
pub fn education_code(level: &str) -> Option<i64> {
    education(level).0
}

// ---------------------------------------------------------------- job status

/// (`status`, `want_job`): 在职 1, 离职 0, 个体经营 -1; want_job from 考虑/找工作/到岗 vs 暂不考虑.
pub fn job_status(s: &str) -> (Option<i64>, Option<bool>) {
    let t = nfkc(s);
    let has = |keys: &[&str]| keys.iter().any(|k| t.contains(k));
    let not_looking = has(&["暂不考虑", "不考虑", "暂无跳槽", "不想换", "暂不找"]);
    let looking = has(&[
        "考虑",
        "找工作",
        "求职",
        "到岗",
        "看看",
        "机会",
        "随时",
        "急寻",
        "寻找新",
        "新工作",
        "想换",
        "换工作",
    ]);
    let want = if not_looking {
        Some(false)
    } else if looking {
        Some(true)
    } else {
        None
    };
    if has(&["个体", "自营", "自己经营", "自主创业", "自由职业"]) {
        return (Some(-1), want);
    }
    if has(&["离职", "失业", "待业"]) {
        return (Some(0), want.or(Some(true)));
    }
    if has(&["在职", "在岗"]) {
        return (Some(1), want);
    }
    (None, want)
}

// ---------------------------------------------------------------- salary

static SALARY_AMOUNT: LazyLock<Regex> = LazyLock::new(|| re(r"(\d+(?:\.\d+)?)\s*(万|千|k|w|元)?"));
static SALARY_MONTHS: LazyLock<Regex> = LazyLock::new(|| re(r"[·*x×]?\s*(\d{2})\s*薪"));

/// Whether a shown item is a salary (`8-12k·14薪`, `9000-12000元/月`, `面议`), not a post or city.
pub fn looks_like_salary(s: &str) -> bool {
    s.contains("面议")
        || (s.chars().any(|c| c.is_ascii_digit()) && s.contains(['K', 'k', '万', '元', '千']))
}

/// Expected salary in CNY per month, seed shape `[low, high]`, `[low]` or `[]` (面议).
///
/// `年薪`/`/年`/`年收入` amounts are divided by 12 or by the `·N薪` count. An amount of 10万 or more
/// with no period given is read as annual too (`10万以上`): nobody in this market asks 10万 a month
/// without saying so.
pub fn salary(s: &str) -> Vec<i64> {
    let t = nfkc(s).to_lowercase().replace([',', ' '], "");
    if t.is_empty() || t.contains("面议") || t.contains("保密") || t.contains("不限") {
        return vec![];
    }
    // A day or hour rate says nothing reliable about a month's pay.
    if [
        "/天",
        "/日",
        "日薪",
        "/时",
        "/小时",
        "时薪",
        "每天",
        "每小时",
    ]
    .iter()
    .any(|k| t.contains(k))
    {
        return vec![];
    }
    let months = SALARY_MONTHS
        .captures(&t)
        .and_then(|c| c[1].parse::<i64>().ok())
        .filter(|m| (12..=24).contains(m));
    let body = SALARY_MONTHS.replace_all(&t, "").into_owned();
    let explicit_year = ["年薪", "/年", "每年", "年收入", "元/年", "万/年"]
        .iter()
        .any(|k| t.contains(k));
    let explicit_month = t.contains('月');
    let mut amounts: Vec<(f64, Option<&str>)> = SALARY_AMOUNT
        .captures_iter(&body)
        .filter_map(|c| {
            let v: f64 = c[1].parse().ok()?;
            let unit = c.get(2).map(|u| u.as_str());
            Some((v, unit))
        })
        .take(2)
        .collect();
    if amounts.is_empty() {
        return vec![];
    }
    // "1-1.5万", "8-12k": the unit written once applies to both ends.
    if amounts.len() == 2 && amounts[0].1.is_none() {
        amounts[0].1 = amounts[1].1;
    }
    let scale = |(v, unit): (f64, Option<&str>)| match unit {
        Some("万") | Some("w") => v * 10_000.0,
        Some("千") | Some("k") => v * 1_000.0,
        _ => v,
    };
    let mut values: Vec<f64> = amounts.into_iter().map(scale).collect();
    let annual = explicit_year || (!explicit_month && values[0] >= 100_000.0);
    if annual {
        let divisor = months.unwrap_or(12) as f64;
        values.iter_mut().for_each(|v| *v /= divisor);
    }
    let values: Vec<i64> = values.into_iter().map(|v| v.round() as i64).collect();
    if t.contains("以下") || t.contains("以内") {
        return vec![0, values[0]];
    }
    match values.as_slice() {
        [lo, hi] if lo <= hi => vec![*lo, *hi],
        [lo, _] => vec![*lo],
        [lo] if *lo > 0 => vec![*lo],
        _ => vec![],
    }
}

/// An amount the label says is annual (51job `目前年收入 10 万元`), as CNY per month.
pub fn annual_salary(s: &str) -> Vec<i64> {
    let t = nfkc(s);
    if t.contains("年") {
        salary(&t)
    } else {
        salary(&format!("年薪{t}"))
    }
}

/// zhaopin's salary code: two zero-padded 5-digit integers, `0800110000` → [8001, 10000].
pub fn zhaopin_salary_code(s: &str) -> Vec<i64> {
    let t = s.trim();
    if t.is_empty() || t.len() > 10 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return vec![];
    }
    let padded = format!("{t:0>10}");
    let lo: i64 = padded[..5].parse().unwrap_or(0);
    let hi: i64 = padded[5..].parse().unwrap_or(0);
    match (lo, hi) {
        (0, 0) => vec![],
        (lo, 0) => vec![lo],
        (lo, hi) if lo <= hi => vec![lo, hi],
        (lo, _) => vec![lo],
    }
}

// ---------------------------------------------------------------- places and text

static DASHES: LazyLock<Regex> = LazyLock::new(|| re(r"\s*[-–—―－~]\s*"));

/// A city as shown (`上海-浦东新区`), full-width punctuation folded and dashes unified.
pub fn place(s: &str) -> Option<String> {
    let t = clean(&nfkc(s))?;
    let t = DASHES.replace_all(&t, "-");
    clean(t.trim_matches(|c: char| c == '-' || c == ',' || c.is_whitespace()))
}

/// Every city of a list (`上海、苏州，杭州` or `上海/苏州`).
pub fn places(s: &str) -> Vec<String> {
    nfkc(s)
        .split(['、', ',', '/', ';', '|', '，'])
        .filter_map(place)
        .collect()
}

/// A multi-line text (self-evaluation, descriptions): spaces collapsed per line, empty lines
/// dropped, line breaks kept. No NFKC: Chinese prose keeps its full-width punctuation.
pub fn text_block(s: &str) -> Option<String> {
    let s = s
        .replace("&nbsp;", " ")
        .replace(['\u{a0}', '\u{3000}'], " ")
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    let lines: Vec<String> = s
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let out = lines.join("\n");
    if is_placeholder(&out) {
        None
    } else {
        Some(out)
    }
}

// ---------------------------------------------------------------- driving licences

/// Classes in the order used to pick "the highest" declared one and to list permitted ones.
const LICENCE_ORDER: [&str; 17] = [
    "A1", "A2", "A3", "B1", "B2", "C1", "C2", "C3", "C4", "C5", "C6", "D", "E", "F", "M", "N", "P",
];

/// What a declared class also permits (RESUME_MODEL §2, 公安部《机动车驾驶证申领和使用规定》).
fn implied(class: &str) -> &'static [&'static str] {
    match class {
        "A1" => &["A3", "B1", "B2", "C1", "C2", "C3", "C4", "M"],
        "A2" => &["B1", "B2", "C1", "C2", "C3", "C4", "C6", "M"],
        "A3" => &["C1", "C2", "C3", "C4"],
        "B1" | "B2" => &["C1", "C2", "C3", "C4", "M"],
        "C1" => &["C2", "C3", "C4"],
        "C3" => &["C4"],
        _ => &[],
    }
}

fn licence_rank(c: &str) -> usize {
    LICENCE_ORDER
        .iter()
        .position(|x| *x == c)
        .unwrap_or(usize::MAX)
}

const CLASS: &str = r"(?:A[1-3]|B[12]|C[1-6]|[DEFMNP])";
static LICENCE_AFTER_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:驾照|驾驶证|驾驶执照|准驾车型|准驾|驾驶|持有|持|增驾|考取|取得)\s*(?:类型|类别|等级|车型|为|是)?\s*[:：]?\s*({CLASS}(?:\s*[/、,，和及+]?\s*{CLASS})*)"
    ))
});
static LICENCE_BEFORE_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"({CLASS}(?:\s*[/、,，和及+]?\s*{CLASS})*)\s*(?:驾照|驾驶证|驾驶执照|照|证|本|牌照|驾驶资格)"
    ))
});
static LICENCE_BARE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"({CLASS}(?:\s*[/、,，和及+]\s*{CLASS})*)")));
static ONE_CLASS: LazyLock<Regex> = LazyLock::new(|| re(CLASS));

/// Characters that, right after a class, say it is something else (`A4纸` is excluded by the class
/// pattern already; `B2级英语`, `C1C` codes, `D座` are not licences).
fn bad_neighbour(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        c.is_ascii_alphanumeric() || matches!(c, '级' | '座' | '栋' | '号' | '区' | '纸')
    })
}

fn classes_in(t: &str, pattern: &Regex, out: &mut Vec<String>) {
    for c in pattern.captures_iter(t) {
        let m = c.get(1).unwrap();
        let before = t[..m.start()].chars().next_back();
        let after = t[m.end()..].chars().next();
        if before.is_some_and(|c| c.is_ascii_alphanumeric()) || bad_neighbour(after) {
            continue;
        }
        for one in ONE_CLASS.find_iter(m.as_str()) {
            let single_letter = one.as_str().len() == 1;
            // A lone D/E/F/M/N/P is a licence only when a licence word sits right next to it.
            if single_letter
                && m.as_str().len() == 1
                && !licence_word_adjacent(t, m.start(), m.end())
            {
                continue;
            }
            if !out.iter().any(|x| x == one.as_str()) {
                out.push(one.as_str().to_string());
            }
        }
    }
}

fn licence_word_adjacent(t: &str, start: usize, end: usize) -> bool {
    let after = t[end..].trim_start();
    let before = t[..start].trim_end();
    ["驾照", "驾驶证", "照"]
        .iter()
        .any(|w| after.starts_with(w))
        || ["准驾车型", "准驾", "驾驶证", "驾照"]
            .iter()
            .any(|w| before.trim_end_matches([':', '：']).ends_with(w))
}

/// Declared classes found next to a licence word (`持A2驾照`, `B2证`, `驾驶证：A1/A2`).
pub fn licence_classes(s: &str) -> Vec<String> {
    let t = nfkc(s).to_ascii_uppercase();
    let mut out = Vec::new();
    classes_in(&t, &LICENCE_AFTER_KEYWORD, &mut out);
    classes_in(&t, &LICENCE_BEFORE_KEYWORD, &mut out);
    out
}

/// Classes in a certificate list (a `证书` section or extras value), where a bare `A2` is a licence.
pub fn licence_classes_in_certificates(s: &str) -> Vec<String> {
    let t = nfkc(s).to_ascii_uppercase();
    let mut out = licence_classes(&t);
    let mut bare = Vec::new();
    classes_in(&t, &LICENCE_BARE, &mut bare);
    // Bare single letters in a list are too ambiguous (grades, building names).
    out.extend(
        bare.into_iter()
            .filter(|c| c.len() == 2 && !out.contains(c))
            .collect::<Vec<_>>(),
    );
    out
}

/// (declared class, every permitted class) from declared classes: the highest declared class, and
/// the union of what each permits, in a fixed order.
pub fn expand_licences(declared: &[String]) -> (Option<String>, Vec<String>) {
    let mut classes: Vec<String> = declared
        .iter()
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| licence_rank(c) != usize::MAX)
        .collect();
    classes.sort_by_key(|c| licence_rank(c));
    classes.dedup();
    let mut permitted: Vec<String> = classes.clone();
    for c in &classes {
        permitted.extend(implied(c).iter().map(|s| s.to_string()));
    }
    permitted.sort_by_key(|c| licence_rank(c));
    permitted.dedup();
    // A class implied by another declared one is not "the highest".
    let highest = classes
        .iter()
        .find(|c| {
            !classes
                .iter()
                .any(|o| o != *c && implied(o).contains(&c.as_str()))
        })
        .cloned();
    (highest, permitted)
}

/// (declared, permitted) from free text; see [`licence_classes`] and [`expand_licences`].
pub fn licences(s: &str) -> (Option<String>, Vec<String>) {
    expand_licences(&licence_classes(s))
}

static DRIVING_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"驾龄\s*[:：]?\s*(?:有|已有|超过|达)?\s*(\d{1,2})\s*年|(\d{1,2})\s*年(?:以上)?(?:的)?\s*驾龄|(\d{1,2})\s*年(?:以上)?(?:的)?\s*(?:安全)?驾驶经验",
    )
});

/// 驾龄 in years: `驾龄8年`, `8年驾龄`, `驾龄：十二年`, `10年以上驾驶经验`.
pub fn driving_years(s: &str) -> Option<i64> {
    let t = with_arabic_years(&nfkc(s));
    let c = DRIVING_YEARS.captures(&t)?;
    let n = c.get(1).or(c.get(2)).or(c.get(3))?.as_str().parse().ok()?;
    (0..=60).contains(&n).then_some(n)
}

// ---------------------------------------------------------------- road-transport qualification

/// The six 道路运输从业资格证 types of RESUME_MODEL, most specific first: the full name, or a type
/// word next to a qualification word (`货运资格证`, `从业资格证（货运）`), so that a type word alone
/// (`危化品罐车`, `道路货物运输公司`) says nothing about a certificate.
static RTQC: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let typed = |full: &str, kind: &str| {
        re(&format!(
            r"{full}|(?:{kind})[^，。,；;\n]{{0,8}}(?:资格|从业|证)|(?:资格证?|从业资格)[^，。,；;\n]{{0,4}}?[（(：:]?\s*(?:{kind})"
        ))
    };
    vec![
        ("危险货物押运员", typed("危险货物押运员", "押运")),
        (
            "危险货物运输驾驶员",
            typed(
                "危险货物(?:道路)?运输驾驶员|危化证|危运证",
                "危险货物|危险品|危货|危化品?|危运",
            ),
        ),
        (
            "网约车驾驶员",
            typed("网络预约出租汽车驾驶员|网约车驾驶员", "网约车|网络预约出租"),
        ),
        (
            "出租汽车驾驶员",
            typed("出租汽车驾驶员", "出租车|出租汽车|巡游出租"),
        ),
        (
            "旅客运输驾驶员",
            typed("(?:道路)?旅客运输驾驶员", "客运|旅客运输"),
        ),
        (
            "货物运输驾驶员",
            typed("(?:道路)?货物运输驾驶员", "货运|货物运输|普货"),
        ),
    ]
});

/// The road-transport qualification type; a bare `从业资格证` with no type gives `None`.
/// A driver holding both the dangerous-goods driver's and the escort's certificate is a driver:
/// the escort type (listed first, since `危险货物押运员证` also reads as a dangerous-goods
/// certificate) only wins when nothing else is named once its own mentions are taken out.
pub fn rtqc(s: &str) -> Option<String> {
    static ESCORT_CERT: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?:危险(?:货物|品)?(?:道路运输)?)?押运(?:人员|员)?[^，。,；;、\n]{0,8}?(?:证|资格)")
    });
    let t = nfkc(s);
    let first = |t: &str| {
        RTQC.iter()
            .find(|(_, pattern)| pattern.is_match(t))
            .map(|(name, _)| name.to_string())
    };
    let found = first(&t)?;
    if found == "危险货物押运员" {
        let rest = ESCORT_CERT.replace_all(&t, "");
        if let Some(other) = first(&rest).filter(|o| o != "危险货物押运员") {
            return Some(other);
        }
    }
    Some(found)
}

// ---------------------------------------------------------------- vehicles

/// The seed's GB1589 vehicle list, in its order.
pub const VEHICLE_TYPES: [&str; 11] = [
    "小型轿车",
    "小型客车",
    "中型客车",
    "大型客车",
    "平板式货车",
    "栏板式货车",
    "厢式货车",
    "仓栅式货车",
    "罐式车",
    "自卸车",
    "其他",
];

static VEHICLE_KEYWORDS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    vec![
        (
            "小型轿车",
            re(r"轿车|网约车|出租车|出租汽车|滴滴|专车|快车司机"),
        ),
        ("小型客车", re(r"小型客车|商务车|面包车|[7七]座|MPV|小客车")),
        ("中型客车", re(r"中型客车|中巴|考斯特|中客")),
        (
            "大型客车",
            re(r"大型客车|大巴|大客车?|公交|长途客车|旅游客车|旅游车|校车|客运大巴"),
        ),
        ("平板式货车", re(r"平板")),
        ("栏板式货车", re(r"栏板|高栏|低栏")),
        ("厢式货车", re(r"厢式|箱式|厢货|箱货|冷藏|冷链|厢车")),
        ("仓栅式货车", re(r"仓栅|仓笼|栅栏")),
        ("罐式车", re(r"罐车|罐式|油罐|槽罐|罐装")),
        ("自卸车", re(r"自卸|渣土|翻斗")),
        // Tractors and heavy trucks have no body type of their own in the seed's list.
        ("其他", re(r"牵引车|半挂|重卡|挂车|重型卡车")),
    ]
});

/// Vehicles driven, mapped to the GB1589 list by keyword, in the list's order.
pub fn vehicle_types(s: &str) -> Vec<String> {
    let t = nfkc(s).to_ascii_uppercase();
    VEHICLE_KEYWORDS
        .iter()
        .filter(|(_, pattern)| pattern.is_match(&t))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Cars and buses: the seed's load and length tiers are for goods vehicles only.
pub fn is_passenger_vehicle(vehicle_type: &str) -> bool {
    matches!(
        vehicle_type,
        "小型轿车" | "小型客车" | "中型客车" | "大型客车"
    )
}

/// A vehicle type as a board labels it (`车型：厢式货车`), else the first keyword match.
pub fn vehicle_type(s: &str) -> Option<String> {
    let t = clean(&nfkc(s))?;
    if let Some(exact) = VEHICLE_TYPES.iter().find(|v| **v == t) {
        return Some(exact.to_string());
    }
    vehicle_types(&t).into_iter().next()
}

static TONS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\d.])(\d{1,3}(?:\.\d+)?)\s*(?:吨|T\b|t\b)"));
static METRES: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\d.])(\d{1,2}(?:\.\d)?)\s*(?:米|M\b|m\b)"));

/// Load in tons → seed tier: ≤1.8 → 1.8, ≤6 → 6, ≤14 → 14, above → -1.
pub fn vehicle_load(s: &str) -> Option<f64> {
    let v: f64 = TONS.captures(&nfkc(s))?[1].parse().ok()?;
    Some(match v {
        v if v <= 0.0 => return None,
        v if v <= 1.8 => 1.8,
        v if v <= 6.0 => 6.0,
        v if v <= 14.0 => 14.0,
        _ => -1.0,
    })
}

/// Length in metres → seed tier: ≤6 → 6, ≤9.6 → 9.6, ≤17.5 → 17.5, above → -1. Only lengths a
/// road vehicle can have count (`4.2米`, `13米`), so `跑了300米` does not.
pub fn vehicle_length(s: &str) -> Option<f64> {
    let t = nfkc(s);
    let v: f64 = METRES
        .captures_iter(&t)
        .filter_map(|c| c[1].parse::<f64>().ok())
        .find(|v| (2.0..=25.0).contains(v))?;
    Some(match v {
        v if v <= 6.0 => 6.0,
        v if v <= 9.6 => 9.6,
        v if v <= 17.5 => 17.5,
        _ => -1.0,
    })
}

static HEADCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(\d+)\s*(?:人)?\s*(?:-|~|至|到)\s*(\d+)|(\d+)\s*人?\s*(以上|以下|及以上|\+)|(?:少于|小于|不足)\s*(\d+)",
    )
});

/// Enterprise size → seed tier: 50 (≤50), 100, 500, 1000, -1 (more than 1000).
pub fn enterprise_scale(s: &str) -> Option<i64> {
    let t = nfkc(s).replace(',', "");
    let c = HEADCOUNT.captures(&t)?;
    let tier = |upper: i64| match upper {
        u if u <= 50 => 50,
        u if u <= 100 => 100,
        u if u <= 500 => 500,
        u if u <= 1000 => 1000,
        _ => -1,
    };
    if let Some(hi) = c.get(2) {
        return Some(tier(hi.as_str().parse().ok()?));
    }
    if let Some(n) = c.get(3) {
        let n: i64 = n.as_str().parse().ok()?;
        return match &c[4] {
            "以下" => Some(tier(n)),
            _ if n >= 1000 => Some(-1),
            _ => None,
        };
    }
    Some(tier(c.get(5)?.as_str().parse().ok()?))
}

// ---------------------------------------------------------------- finish

/// Extras whose values are certificate lists, where a bare class such as `A2` is a licence.
fn is_certificate_label(label: &str) -> bool {
    [
        "证书",
        "证照",
        "驾照",
        "驾驶证",
        "资格",
        "资质",
        "准驾",
        "执照",
    ]
    .iter()
    .any(|k| label.contains(k))
}

/// Derived fields every extractor fills the same way; call it last.
///
/// - contacts: a non-clear state never keeps a value; a masked-looking `real_name` moves to
///   `name_masked`;
/// - `age` from `birth_date` at capture time when the page gave no age;
/// - driver fields (licence, 驾龄, 从业资格证, vehicle types) from the resume's own text
///   (self-evaluation, work entries, extras) when the board gave no field for them; each work
///   entry's vehicle from its own text. The expected post is not read: `重卡司机` as a wish says
///   nothing about what the person has driven or holds;
/// - `target_city`/`expected_regions` kept consistent.
pub fn finish(r: &mut Resume, captured_at: DateTime<FixedOffset>) {
    finish_contacts(r);
    if r.age.is_none() {
        r.age = r
            .birth_date
            .as_deref()
            .and_then(|b| age_at(b, captured_at.date_naive()));
    }
    if r.target_city.is_none() {
        r.target_city = r.expected_regions.first().cloned();
    } else if r.expected_regions.is_empty() {
        r.expected_regions = r.target_city.iter().cloned().collect();
    }
    if r.education.is_none() {
        if let Some(level) = &r.education_level {
            r.education = education_code(level);
        }
    }
    for w in &mut r.work_history {
        let own = [w.post_name.as_deref(), w.description.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n");
        if w.vehicle_type.is_none() {
            w.vehicle_type = vehicle_types(&own).into_iter().next();
        }
        // The seed gives load and length for goods vehicles only (a 12米 bus has no tier).
        let passenger = w.vehicle_type.as_deref().is_some_and(is_passenger_vehicle);
        if w.vehicle_load.is_none() && !passenger {
            w.vehicle_load = vehicle_load(&own);
        }
        if w.vehicle_length.is_none() && !passenger {
            w.vehicle_length = vehicle_length(&own);
        }
    }
    finish_driver(r);
}

fn finish_contacts(r: &mut Resume) {
    if !r.phone_state.is_clear() || r.phone.as_deref().is_some_and(|p| !MOBILE.is_match(p)) {
        if r.phone_state.is_clear() {
            // An extractor called a non-mobile clear: re-read it rather than trust it.
            let c = phone(r.phone.as_deref().unwrap_or(""));
            r.phone_state = c.state;
            r.phone_masked = r.phone_masked.take().or(c.masked);
        } else if r.phone_masked.is_none() {
            r.phone_masked = r.phone.clone();
        }
        r.phone = None;
    }
    if r.phone.is_none() && r.phone_state.is_clear() {
        r.phone_state = ContactState::Absent;
    }
    if !r.email_state.is_clear() {
        if r.email_masked.is_none() {
            r.email_masked = r.email.clone();
        }
        r.email = None;
    } else if let Some(e) = r.email.take() {
        let c = email(&e);
        r.email = c.value;
        r.email_state = c.state;
        r.email_masked = r.email_masked.take().or(c.masked);
    } else {
        r.email_state = ContactState::Absent;
    }
    if let Some(n) = r.real_name.take() {
        let (real, masked) = name(&n);
        r.real_name = real;
        if r.name_masked.is_none() {
            r.name_masked = masked;
        }
    }
}

fn finish_driver(r: &mut Resume) {
    let mut free = Vec::new();
    let mut certs = Vec::new();
    free.extend(r.self_evaluation.clone());
    for w in &r.work_history {
        free.extend(w.post_name.clone());
        free.extend(w.description.clone());
    }
    for (k, v) in &r.extras {
        // The label gives context: "驾照类型: A2" says what a bare "A2" is.
        let line = format!("{k}：{v}");
        if is_certificate_label(k) {
            certs.push(line.clone());
        }
        free.push(line);
    }
    let free = free.join("\n");

    if r.dl_license_class.is_none() && r.dl_license_classes.is_empty() {
        let mut declared = licence_classes(&free);
        for c in &certs {
            declared.extend(licence_classes_in_certificates(c));
        }
        let (class, permitted) = expand_licences(&declared);
        r.dl_license_class = class;
        r.dl_license_classes = permitted;
    } else {
        let mut declared: Vec<String> = r.dl_license_class.iter().cloned().collect();
        declared.extend(r.dl_license_classes.iter().cloned());
        let (class, permitted) = expand_licences(&declared);
        r.dl_license_class = class.or(r.dl_license_class.take());
        r.dl_license_classes = permitted;
    }
    if r.driving_experience.is_none() {
        r.driving_experience = driving_years(&free);
    }
    if r.rtqc_license_class.is_none() {
        r.rtqc_license_class = rtqc(&free);
    }
    let mut types: Vec<String> = r.vehicle_types.clone();
    types.extend(vehicle_types(&free));
    types.extend(r.work_history.iter().filter_map(|w| w.vehicle_type.clone()));
    let rank = |v: &String| {
        VEHICLE_TYPES
            .iter()
            .position(|x| x == v)
            .unwrap_or(usize::MAX)
    };
    types.sort_by_key(rank);
    types.dedup();
    r.vehicle_types = types;
}

#[cfg(test)]
mod tests;
