//! The outbox: everything bound for central, written in the same transaction as the change
//! that caused it, so nothing is lost between the reply and the upload.
//!
//! Kinds and payloads (the agent's contract):
//! - `resume_upload` `{resumeId}`: create or update the resume's basic fields, then sync its
//!   work/education records. The agent reads the resume's current data at send time.
//! - `resume_link` `{resumeId, position}`: link the saved resume to a position (needs the
//!   central id, so it waits for the resume's earlier items).
//! - `contact_report` `{channel, channelId, name, phone, email}`: tell central what an unlock showed.
//! - `job_refresh` `{refreshes:[{channelId, ids:[...]}]}`: central's answer lands in `result`.
//! - `search_rules` `{channel, jobId, json}`.
//!
//! Items with the same `resume_id` are delivered in `id` order.

use super::{now_ms, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

pub const RESUME_UPLOAD: &str = "resume_upload";
pub const RESUME_LINK: &str = "resume_link";
pub const CONTACT_REPORT: &str = "contact_report";
pub const JOB_REFRESH: &str = "job_refresh";
pub const SEARCH_RULES: &str = "search_rules";

/// Queues one item. A second item with the same idempotency key is the same logical
/// operation and is not queued again; the existing item's id is returned.
pub fn enqueue(
    conn: &Connection,
    kind: &str,
    resume_id: Option<i64>,
    payload: &Value,
    idempotency_key: &str,
) -> Result<i64> {
    let now = now_ms();
    let inserted = conn.execute(
        "INSERT INTO outbox (kind, resume_id, payload, idempotency_key, next_attempt_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5)
         ON CONFLICT (idempotency_key) DO NOTHING",
        params![kind, resume_id, payload.to_string(), idempotency_key, now],
    )?;
    if inserted == 1 {
        return Ok(conn.last_insert_rowid());
    }
    Ok(conn.query_row(
        "SELECT id FROM outbox WHERE idempotency_key = ?1",
        [idempotency_key],
        |r| r.get(0),
    )?)
}

/// A fresh key for a logical operation that has no natural identity of its own.
pub fn new_key(kind: &str) -> String {
    format!(
        "{kind}-{}-{:016x}{:016x}",
        now_ms(),
        fastrand::u64(..),
        fastrand::u64(..)
    )
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutboxCounts {
    pub pending: i64,
    pub parked: i64,
    pub done: i64,
    /// Creates that were sent but whose answer was never recorded (see CENTRAL_API §4).
    pub uncertain: i64,
}

pub fn counts(conn: &Connection) -> Result<OutboxCounts> {
    let mut c = OutboxCounts::default();
    let mut stmt = conn.prepare("SELECT state, count(*) FROM outbox GROUP BY state")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
    for row in rows {
        let (state, n) = row?;
        match state.as_str() {
            "pending" => c.pending = n,
            "parked" => c.parked = n,
            "done" => c.done = n,
            _ => {}
        }
    }
    c.uncertain = conn.query_row(
        "SELECT count(*) FROM outbox WHERE state = 'pending' AND sent_at IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    Ok(c)
}

/// The latest error of an item still waiting (pending or parked), for `status`.
pub fn last_error(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT last_error FROM outbox WHERE state != 'done' AND last_error IS NOT NULL
             ORDER BY updated_at DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

/// Where an item stands, with central's recorded answer once there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemOutcome {
    pub state: String,
    pub result: Option<String>,
    pub last_error: Option<String>,
}

pub fn outcome(conn: &Connection, id: i64) -> Result<Option<ItemOutcome>> {
    Ok(conn
        .query_row(
            "SELECT state, result, last_error FROM outbox WHERE id = ?1",
            [id],
            |r| {
                Ok(ItemOutcome {
                    state: r.get(0)?,
                    result: r.get(1)?,
                    last_error: r.get(2)?,
                })
            },
        )
        .optional()?)
}
