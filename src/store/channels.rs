//! Last known state of each job-board account (login, points, payment options).

use super::{now_ms, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct ChannelState {
    pub channel_id: i64,
    pub is_login: bool,
    pub point: i64,
    pub download: Option<bool>,
    pub refresh: Option<bool>,
    pub pay_types: Value,
    pub updated_at: i64,
}

pub fn get(conn: &Connection, channel_id: i64) -> Result<Option<ChannelState>> {
    Ok(conn
        .query_row(
            "SELECT channel_id, is_login, point, download, refresh, pay_types, updated_at
             FROM channels WHERE channel_id = ?1",
            [channel_id],
            |r| {
                Ok(ChannelState {
                    channel_id: r.get(0)?,
                    is_login: r.get(1)?,
                    point: r.get(2)?,
                    download: r.get(3)?,
                    refresh: r.get(4)?,
                    pay_types: serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or(Value::Null),
                    updated_at: r.get(6)?,
                })
            },
        )
        .optional()?)
}

pub fn put(conn: &Connection, s: &ChannelState) -> Result<()> {
    conn.execute(
        "INSERT INTO channels (channel_id, is_login, point, download, refresh, pay_types, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (channel_id) DO UPDATE SET is_login = excluded.is_login, point = excluded.point,
           download = excluded.download, refresh = excluded.refresh,
           pay_types = excluded.pay_types, updated_at = excluded.updated_at",
        params![
            s.channel_id,
            s.is_login,
            s.point,
            s.download,
            s.refresh,
            s.pay_types.to_string(),
            if s.updated_at == 0 { now_ms() } else { s.updated_at }
        ],
    )?;
    Ok(())
}
