//! Resumes, keyed by (channel, the board's resume id), with identity keys for duplicates.

use super::{now_ms, Result};
use crate::extract::normalise;
use crate::identity::{self, Tier};
use crate::model::{ContactState, Resume};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UpsertStatus {
    New,
    Updated,
    Unchanged,
}

#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    pub resume: Resume,
    pub central_id: Option<String>,
    pub saved_position: Option<String>,
    pub content_hash: String,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Duplicate {
    pub resume_id: String,
    pub channel_id: i64,
    pub channel_resume_id: String,
    pub matched_on: String,
}

/// Content identity of a resume: its JSON without the capture time, which changes every crawl.
pub fn content_hash(resume: &Resume) -> String {
    let mut r = resume.clone();
    r.source.crawled_at.clear();
    let bytes = serde_json::to_vec(&r).expect("resume serialises");
    // FNV-1a: stable across Rust versions, unlike DefaultHasher, and enough to tell changes.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

const SELECT: &str =
    "SELECT id, data, central_id, saved_position, content_hash, updated_at FROM resumes";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Stored> {
    let data: String = r.get(1)?;
    let resume = serde_json::from_str(&data).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(Stored {
        id: r.get(0)?,
        resume,
        central_id: r.get(2)?,
        saved_position: r.get(3)?,
        content_hash: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Stored>> {
    Ok(conn
        .query_row(&format!("{SELECT} WHERE id = ?1"), [id], row)
        .optional()?)
}

pub fn find_by_board(
    conn: &Connection,
    channel_id: i64,
    channel_resume_id: &str,
) -> Result<Option<Stored>> {
    Ok(conn
        .query_row(
            &format!("{SELECT} WHERE channel_id = ?1 AND channel_resume_id = ?2"),
            params![channel_id, channel_resume_id],
            row,
        )
        .optional()?)
}

/// Stores a fresh capture. A re-capture of the same board resume updates it in place, keeping
/// contacts an earlier (unlocked) capture showed.
pub fn upsert(conn: &Connection, mut resume: Resume) -> Result<(Stored, UpsertStatus)> {
    let now = now_ms();
    let existing = find_by_board(
        conn,
        resume.source.channel_id,
        &resume.source.channel_resume_id,
    )?;
    if let Some(old) = &existing {
        resume.merge_recrawl(&old.resume);
    }
    let hash = content_hash(&resume);
    let status = match &existing {
        Some(old) if old.content_hash == hash => UpsertStatus::Unchanged,
        Some(_) => UpsertStatus::Updated,
        None => UpsertStatus::New,
    };
    let data = serde_json::to_string(&resume)?;
    let id = match (&existing, status) {
        (Some(old), UpsertStatus::Unchanged) => old.id,
        (Some(old), _) => {
            conn.execute(
                "UPDATE resumes SET data = ?1, content_hash = ?2, url = ?3, updated_at = ?4 WHERE id = ?5",
                params![data, hash, resume.source.url, now, old.id],
            )?;
            old.id
        }
        (None, _) => {
            conn.execute(
                "INSERT INTO resumes (channel_id, channel_resume_id, url, data, content_hash, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![
                    resume.source.channel_id,
                    resume.source.channel_resume_id,
                    resume.source.url,
                    data,
                    hash,
                    now
                ],
            )?;
            conn.last_insert_rowid()
        }
    };
    if status != UpsertStatus::Unchanged {
        write_keys(conn, id, &resume)?;
    }
    let s = get(conn, id)?.expect("row just written");
    Ok((s, status))
}

/// Replaces a stored resume's data (e.g. contacts after an unlock) and its identity keys.
pub fn replace(conn: &Connection, id: i64, resume: &Resume) -> Result<()> {
    conn.execute(
        "UPDATE resumes SET data = ?1, content_hash = ?2, updated_at = ?3 WHERE id = ?4",
        params![
            serde_json::to_string(resume)?,
            content_hash(resume),
            now_ms(),
            id
        ],
    )?;
    write_keys(conn, id, resume)
}

/// Fills in clear contacts that an unlock returned.
pub fn set_contact(
    conn: &Connection,
    id: i64,
    name: Option<&str>,
    phone: Option<&str>,
    email: Option<&str>,
) -> Result<Option<Resume>> {
    let Some(mut s) = get(conn, id)? else {
        return Ok(None);
    };
    let r = &mut s.resume;
    if let Some(n) = name.map(str::trim).filter(|n| !n.is_empty()) {
        r.real_name = Some(n.to_string());
    }
    // Central's answer goes through the same normal forms as a page: a masked or relay
    // number it returns is not a clear contact.
    let p = normalise::phone(phone.unwrap_or_default());
    if p.state == ContactState::Clear {
        r.phone = p.value;
        r.phone_state = ContactState::Clear;
    }
    let e = normalise::email(email.unwrap_or_default());
    if e.state == ContactState::Clear {
        r.email = e.value;
        r.email_state = ContactState::Clear;
    }
    replace(conn, id, &s.resume)?;
    Ok(Some(s.resume))
}

pub fn mark_saved(conn: &Connection, id: i64, position: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE resumes SET saved_position = ?1, saved_at = ?2 WHERE id = ?3",
        params![position, now_ms(), id],
    )?;
    Ok(())
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM resumes", [], |r| r.get(0))?)
}

/// Newest first.
pub fn list(conn: &Connection, limit: i64, offset: i64) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} ORDER BY updated_at DESC, id DESC LIMIT ?1 OFFSET ?2"
    ))?;
    let rows = stmt.query_map([limit, offset], row)?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

fn write_keys(conn: &Connection, id: i64, resume: &Resume) -> Result<()> {
    conn.execute("DELETE FROM resume_keys WHERE resume_id = ?1", [id])?;
    let mut stmt = conn.prepare(
        "INSERT OR IGNORE INTO resume_keys (resume_id, kind, value) VALUES (?1, ?2, ?3)",
    )?;
    for key in identity::keys(resume) {
        stmt.execute(params![id, key.kind, key.value])?;
    }
    Ok(())
}

/// Most duplicates reported for one resume.
pub const MAX_DUPLICATES: usize = 20;

/// Other stored resumes sharing an identity key with resume `id`; strongest evidence first.
pub fn duplicates(conn: &Connection, id: i64) -> Result<Vec<Duplicate>> {
    let mut stmt = conn.prepare(
        "SELECT other.resume_id, r.channel_id, r.channel_resume_id, mine.kind
         FROM resume_keys mine
         JOIN resume_keys other ON other.kind = mine.kind AND other.value = mine.value
                                AND other.resume_id != mine.resume_id
         JOIN resumes r ON r.id = other.resume_id
         WHERE mine.resume_id = ?1
         ORDER BY other.resume_id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out: Vec<Duplicate> = Vec::new();
    for row in rows {
        let (rid, channel_id, crid, kind) = row?;
        let strength = |k: &str| match k {
            "phone" => 0,
            "email" => 1,
            _ => 2,
        };
        // Only a clear phone or email says "same person"; other keys are reported as suspected.
        let matched_on = match identity::tier_of(&kind) {
            Tier::Duplicate => kind.clone(),
            Tier::Suspected => "suspected".to_string(),
        };
        match out.iter_mut().find(|d| d.resume_id == rid.to_string()) {
            Some(d) if strength(&matched_on) < strength(&d.matched_on) => d.matched_on = matched_on,
            Some(_) => {}
            None => out.push(Duplicate {
                resume_id: rid.to_string(),
                channel_id,
                channel_resume_id: crid,
                matched_on,
            }),
        }
    }
    out.sort_by_key(|d| match d.matched_on.as_str() {
        "phone" => 0,
        "email" => 1,
        _ => 2,
    });
    // A common name can be "suspected" against many stored resumes; the recruiter needs the
    // strongest few, and the reply must stay small.
    out.truncate(MAX_DUPLICATES);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn resume(channel: i64, id: &str, phone: Option<&str>) -> Resume {
        let mut r = Resume::default();
        r.source.channel_id = channel;
        r.source.channel_resume_id = id.into();
        r.real_name = Some("测试".into());
        if let Some(p) = phone {
            r.phone = Some(p.into());
            r.phone_state = ContactState::Clear;
        }
        r
    }

    #[test]
    fn recrawl_updates_in_place_and_keeps_contacts() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let (a, st) = store
            .write(|tx| upsert(tx, resume(1, "x", Some("13800000001"))))
            .unwrap();
        assert_eq!(st, UpsertStatus::New);
        let (b, st) = store
            .write(|tx| upsert(tx, resume(1, "x", Some("13800000001"))))
            .unwrap();
        assert_eq!((b.id, st), (a.id, UpsertStatus::Unchanged));
        let mut locked = resume(1, "x", None);
        locked.phone_masked = Some("138****0001".into());
        locked.phone_state = ContactState::Masked;
        locked.age = Some(30);
        let (c, st) = store.write(|tx| upsert(tx, locked)).unwrap();
        assert_eq!((c.id, st), (a.id, UpsertStatus::Updated));
        assert_eq!(c.resume.phone.as_deref(), Some("13800000001"));
        assert_eq!(c.resume.phone_state, ContactState::Clear);
        assert_eq!(c.resume.age, Some(30));
    }

    #[test]
    fn duplicates_by_clear_phone_only() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let (a, _) = store
            .write(|tx| upsert(tx, resume(1, "a", Some("13800000001"))))
            .unwrap();
        let (b, _) = store
            .write(|tx| upsert(tx, resume(2, "b", Some("13800000001"))))
            .unwrap();
        let (c, _) = store
            .write(|tx| upsert(tx, resume(3, "c", Some("13800000002"))))
            .unwrap();
        let d = duplicates(store.conn(), b.id).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].resume_id.clone(), d[0].matched_on.as_str()),
            (a.id.to_string(), "phone")
        );
        assert!(duplicates(store.conn(), c.id).unwrap().is_empty());
    }

    #[test]
    fn same_name_and_birth_year_is_only_suspected() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let person = |ch: i64, id: &str, phone: &str| {
            let mut r = resume(ch, id, Some(phone));
            r.real_name = Some("王建国".into());
            r.gender = Some("男".into());
            r.birth_date = Some("1985-06".into());
            r
        };
        let (a, _) = store
            .write(|tx| upsert(tx, person(1, "a", "13912345678")))
            .unwrap();
        let (b, _) = store
            .write(|tx| upsert(tx, person(2, "b", "13700001111")))
            .unwrap();
        let d = duplicates(store.conn(), b.id).unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].resume_id.clone(), d[0].matched_on.as_str()),
            (a.id.to_string(), "suspected")
        );
    }
}
