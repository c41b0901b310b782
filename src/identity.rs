//! Identity keys of a resume (RESUME_MODEL §3, BOARDS §3.1): which stored resumes are the same
//! person (`Duplicate`) or may be (`Suspected`, reported but never merged).
//!
//! The store saves [`keys`] of every resume in `resume_keys(resume_id, kind, value)` and finds
//! other resumes of the same person with a plain equality join on `(kind, value)`.
//!
//! Birth year ±1: an age shown at capture time gives the birth year only to within one year. The
//! `nbg` key is emitted for the birth year *and the next one* (`y`, `y+1`). Two such pairs share a
//! key exactly when the years differ by at most one ({1985,1986} and {1986,1987} share 1986;
//! {1985,1986} and {1987,1988} share nothing), so the equality join needs no special case.
//!
//! No key is ever made from a masked, virtual or obfuscated contact except the `mask` key, whose
//! whole point is a masked phone's visible digits, and which is only ever `Suspected`.

use crate::extract::normalise;
use crate::model::{ContactState, Resume};
use chrono::{DateTime, Datelike};
use std::fmt;

/// How strongly a shared key says "same person".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Same clear phone or same clear email: the same person.
    Duplicate,
    /// Same name + birth year + gender, same name + company + start, or same masked phone digits
    /// + surname: shown to the recruiter, never merged.
    Suspected,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdentityKey {
    /// `phone`, `email`, `nbg`, `nco` or `mask`: the `kind` column of `resume_keys`.
    pub kind: &'static str,
    pub value: String,
    pub tier: Tier,
}

impl fmt::Display for IdentityKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.kind, self.value)
    }
}

/// Tier of a key kind, for rows read back from `resume_keys`.
pub fn tier_of(kind: &str) -> Tier {
    match kind {
        "phone" | "email" => Tier::Duplicate,
        _ => Tier::Suspected,
    }
}

fn key(kind: &'static str, value: String) -> IdentityKey {
    IdentityKey {
        kind,
        tier: tier_of(kind),
        value,
    }
}

/// Keys to store for a resume and to look it up with.
pub fn keys(r: &Resume) -> Vec<IdentityKey> {
    let mut out = Vec::new();
    let clear_phone = r
        .phone
        .as_deref()
        .filter(|_| r.phone_state == ContactState::Clear)
        .and_then(|p| normalise::phone(p).value);
    if let Some(p) = &clear_phone {
        out.push(key("phone", p.clone()));
    }
    if let Some(e) = r
        .email
        .as_deref()
        .filter(|_| r.email_state == ContactState::Clear)
        .and_then(|e| normalise::email(e).value)
    {
        out.push(key("email", e));
    }

    let real_name = r.real_name.as_deref().and_then(|n| normalise::name(n).0);
    if let (Some(name), Some(gender), Some(year)) = (&real_name, &r.gender, birth_year(r)) {
        for y in [year, year + 1] {
            out.push(key("nbg", format!("{name}|{y}|{gender}")));
        }
    }
    if let (Some(name), Some(latest)) = (&real_name, r.work_history.first()) {
        if let (Some(company), Some(begin)) = (
            latest.enterprise_name.as_deref().and_then(company_key),
            &latest.begin,
        ) {
            out.push(key("nco", format!("{name}|{company}|{begin}")));
        }
    }
    let digits = match (&clear_phone, r.phone_state) {
        (Some(p), _) => Some((p[..3].to_string(), p[7..].to_string())),
        (None, ContactState::Masked) => r.phone_masked.as_deref().and_then(masked_digits),
        _ => None,
    };
    if let (Some((prefix, suffix)), Some(surname)) = (digits, surname(r)) {
        out.push(key("mask", format!("{prefix}|{suffix}|{surname}")));
    }
    out
}

/// The strongest reason to think `a` and `b` are the same person, if any.
pub fn same_person(a: &Resume, b: &Resume) -> Option<(Tier, &'static str)> {
    let stored = keys(a);
    keys(b)
        .into_iter()
        .filter(|k| stored.contains(k))
        .map(|k| (k.tier, k.kind))
        .min()
}

/// Birth year from `birth_date`, else capture year − age.
pub fn birth_year(r: &Resume) -> Option<i32> {
    if let Some(y) = r
        .birth_date
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok())
    {
        return Some(y);
    }
    let captured = DateTime::parse_from_rfc3339(&r.source.crawled_at).ok()?;
    Some(captured.year() - i32::try_from(r.age?).ok()?)
}

/// Prefix3 and suffix4 of a masked mobile (`138****1234`).
fn masked_digits(masked: &str) -> Option<(String, String)> {
    let c = normalise::phone(masked);
    let m = c.masked.filter(|_| c.state == ContactState::Masked)?;
    let prefix: String = m.chars().take_while(char::is_ascii_digit).collect();
    let suffix: String = m
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (prefix.len() == 3 && suffix.len() == 4).then_some((prefix, suffix))
}

/// The family name's first character, from the clear name or a masked one (`张先生`, `李**`).
fn surname(r: &Resume) -> Option<char> {
    let n = r
        .real_name
        .as_deref()
        .or(r.name_masked.as_deref())
        .filter(|n| !normalise::is_obfuscated(n) && !n.contains("隐藏") && !n.contains("保密"))?;
    n.trim()
        .chars()
        .next()
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
}

/// A company name reduced to what stays the same across boards: NFKC, no brackets, no legal form.
pub fn company_key(name: &str) -> Option<String> {
    let mut t = normalise::nfkc(name);
    while let (Some(a), Some(b)) = (t.find('('), t.find(')')) {
        if b < a {
            break;
        }
        t.replace_range(a..b + 1, "");
    }
    for suffix in [
        "有限责任公司",
        "股份有限公司",
        "有限公司",
        "集团",
        "股份",
        "公司",
    ] {
        t = t.replace(suffix, "");
    }
    let t: String = t
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '某' && *c != '*')
        .collect();
    (t.chars().count() >= 2).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, Work};

    fn person(name: &str, gender: &str, birth: &str) -> Resume {
        Resume {
            real_name: Some(name.into()),
            gender: Some(gender.into()),
            birth_date: Some(birth.into()),
            ..Resume::default()
        }
    }

    fn with_phone(mut r: Resume, phone: &str, state: ContactState) -> Resume {
        match state {
            ContactState::Clear => r.phone = Some(phone.into()),
            _ => r.phone_masked = Some(phone.into()),
        }
        r.phone_state = state;
        r
    }

    fn kinds(keys: &[IdentityKey]) -> Vec<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn clear_contacts_are_duplicate_keys() {
        let mut r = with_phone(
            person("王建国", "男", "1985-06-12"),
            "13912345678",
            ContactState::Clear,
        );
        r.email = Some("WangJianGuo85@qq.com".into());
        r.email_state = ContactState::Clear;
        let k = keys(&r);
        assert!(k.contains(&key("phone", "13912345678".into())));
        assert!(k.contains(&key("email", "wangjianguo85@qq.com".into())));
        assert_eq!(tier_of("phone"), Tier::Duplicate);
        assert_eq!(
            kinds(&keys(&r)),
            vec![
                "phone:13912345678",
                "email:wangjianguo85@qq.com",
                "nbg:王建国|1985|男",
                "nbg:王建国|1986|男",
                "mask:139|5678|王"
            ]
        );
    }

    #[test]
    fn hidden_contacts_never_give_duplicate_keys() {
        for state in [
            ContactState::Masked,
            ContactState::Virtual,
            ContactState::Obfuscated,
        ] {
            let mut r = Resume {
                name_masked: Some("张先生".into()),
                phone: Some("13812341234".into()),
                phone_state: state,
                phone_masked: Some("138****1234".into()),
                email: Some("a@qq.com".into()),
                email_state: state,
                ..Resume::default()
            };
            r.email_masked = Some("a***@qq.com".into());
            let k = keys(&r);
            assert!(
                k.iter().all(|k| k.tier == Tier::Suspected),
                "{state:?}: {k:?}"
            );
            let masks: Vec<_> = k.iter().filter(|k| k.kind == "mask").collect();
            if state == ContactState::Masked {
                assert_eq!(kinds(&k), vec!["mask:138|1234|张"]);
            } else {
                assert!(masks.is_empty(), "{state:?}");
            }
        }
    }

    #[test]
    fn a_masked_view_is_suspected_of_the_clear_one() {
        let clear = with_phone(
            person("张伟", "男", "1990"),
            "13812341234",
            ContactState::Clear,
        );
        let locked = Resume {
            name_masked: Some("张先生".into()),
            phone_masked: Some("138 **** 1234".into()),
            phone_state: ContactState::Masked,
            ..Resume::default()
        };
        assert_eq!(
            same_person(&clear, &locked),
            Some((Tier::Suspected, "mask"))
        );
        let other_surname = Resume {
            name_masked: Some("李先生".into()),
            ..locked.clone()
        };
        assert_eq!(same_person(&clear, &other_surname), None);
    }

    #[test]
    fn name_birth_year_gender_tolerates_one_year() {
        let a = person("王建国", "男", "1985-06-12");
        let mut b = Resume {
            real_name: Some("王建国".into()),
            gender: Some("男".into()),
            age: Some(40),
            source: Source {
                crawled_at: "2026-11-20T10:00:00+08:00".into(),
                ..Source::default()
            },
            ..Resume::default()
        };
        assert_eq!(birth_year(&b), Some(1986));
        assert_eq!(same_person(&a, &b), Some((Tier::Suspected, "nbg")));
        assert_eq!(same_person(&b, &a), Some((Tier::Suspected, "nbg")));
        b.age = Some(39);
        assert_eq!(same_person(&a, &b), None, "two years apart");
        b.age = Some(41);
        b.gender = Some("女".into());
        assert_eq!(same_person(&a, &b), None, "other gender");
    }

    #[test]
    fn twin_names_are_at_most_suspected() {
        let shared = with_phone(
            person("王建国", "男", "1985-06-12"),
            "13912345678",
            ContactState::Clear,
        );
        let twin = with_phone(
            person("王建国", "男", "1985"),
            "13700001111",
            ContactState::Clear,
        );
        assert_eq!(same_person(&shared, &twin), Some((Tier::Suspected, "nbg")));
        let same = with_phone(
            person("王建国", "男", "1985-06"),
            "+86 139 1234 5678",
            ContactState::Clear,
        );
        assert_eq!(
            same_person(&shared, &same),
            Some((Tier::Duplicate, "phone"))
        );
    }

    #[test]
    fn a_hidden_name_gives_no_surname() {
        let r = Resume {
            name_masked: Some("隐藏姓名".into()),
            phone_masked: Some("177****0123".into()),
            phone_state: ContactState::Masked,
            ..Resume::default()
        };
        assert!(keys(&r).is_empty());
    }

    #[test]
    fn masked_names_make_no_name_keys() {
        let r = Resume {
            real_name: Some("李**".into()),
            gender: Some("女".into()),
            birth_date: Some("1990-03".into()),
            ..Resume::default()
        };
        assert!(keys(&r).is_empty());
    }

    #[test]
    fn name_company_start_key() {
        let mut a = person("赵海涛", "男", "1979");
        a.work_history = vec![Work {
            enterprise_name: Some("上海某某危险品运输有限公司（浦东分公司）".into()),
            begin: Some("2016-04".into()),
            ..Work::default()
        }];
        let mut b = person("赵海涛", "男", "1975");
        b.work_history = vec![Work {
            enterprise_name: Some("上海危险品运输有限责任公司".into()),
            begin: Some("2016-04".into()),
            ..Work::default()
        }];
        assert_eq!(same_person(&a, &b), Some((Tier::Suspected, "nco")));
        assert_eq!(company_key("某某公司"), None);
    }
}
