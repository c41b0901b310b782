//! The organisation's positions (jobs), pulled from central by `job_sync_all`.

use super::{now_ms, Result};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Position {
    pub id: String,
    pub title: String,
    pub city: Option<String>,
    pub channel_id: Option<i64>,
    pub channel_job_id: Option<String>,
    pub status: Option<i64>,
    pub salary: Option<String>,
}

/// Replaces the stored positions with central's current list (positions central no longer
/// lists are gone from the organisation, so they must not be offered any more).
pub fn replace_all(conn: &Connection, positions: &[(Position, Value)]) -> Result<usize> {
    let now = now_ms();
    conn.execute("DELETE FROM positions", [])?;
    let mut stmt = conn.prepare(
        "INSERT OR REPLACE INTO positions (id, title, city, channel_id, channel_job_id, status, salary, data, synced_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (p, raw) in positions {
        stmt.execute(params![
            p.id,
            p.title,
            p.city,
            p.channel_id,
            p.channel_job_id,
            p.status,
            p.salary,
            raw.to_string(),
            now
        ])?;
    }
    Ok(positions.len())
}

pub fn all(conn: &Connection) -> Result<Vec<Position>> {
    let mut stmt = conn.prepare(
        "SELECT id, title, city, channel_id, channel_job_id, status, salary FROM positions ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Position {
            id: r.get(0)?,
            title: r.get(1)?,
            city: r.get(2)?,
            channel_id: r.get(3)?,
            channel_job_id: r.get(4)?,
            status: r.get(5)?,
            salary: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}
