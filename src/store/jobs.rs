//! Job refresh requests (cool-down coalescing) and automatic-search rules.

use super::{now_ms, Result};
use rusqlite::{params, Connection, OptionalExtension};

/// Records a refresh request for (channel, job) unless one was made within `cooldown_ms`.
/// Returns true when the refresh should be sent.
pub fn claim_refresh(
    conn: &Connection,
    channel_id: i64,
    job_id: &str,
    cooldown_ms: i64,
) -> Result<bool> {
    let now = now_ms();
    let last: Option<i64> = conn
        .query_row(
            "SELECT requested_at FROM refreshes WHERE channel_id = ?1 AND job_id = ?2",
            params![channel_id, job_id],
            |r| r.get(0),
        )
        .optional()?;
    if last.is_some_and(|t| now - t < cooldown_ms) {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO refreshes (channel_id, job_id, requested_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (channel_id, job_id) DO UPDATE SET requested_at = excluded.requested_at",
        params![channel_id, job_id, now],
    )?;
    Ok(true)
}

pub fn set_refresh_outbox(
    conn: &Connection,
    channel_id: i64,
    job_id: &str,
    outbox_id: i64,
) -> Result<()> {
    conn.execute(
        "UPDATE refreshes SET outbox_id = ?1 WHERE channel_id = ?2 AND job_id = ?3",
        params![outbox_id, channel_id, job_id],
    )?;
    Ok(())
}

/// Forgets refreshes that central did not carry out, so that asking again (say after logging
/// in to the board) is sent instead of being coalesced. `None`: all of that outbox item.
pub fn release_refreshes(
    conn: &Connection,
    outbox_id: i64,
    failed: Option<&[(i64, String)]>,
) -> Result<()> {
    match failed {
        None => {
            conn.execute("DELETE FROM refreshes WHERE outbox_id = ?1", [outbox_id])?;
        }
        Some(pairs) => {
            for (ch, job) in pairs {
                conn.execute(
                    "DELETE FROM refreshes WHERE outbox_id = ?1 AND channel_id = ?2 AND job_id = ?3",
                    params![outbox_id, ch, job],
                )?;
            }
        }
    }
    Ok(())
}

/// Stores the rules for (channel, job), replacing earlier ones.
pub fn put_search_rules(
    conn: &Connection,
    channel_id: i64,
    job_id: &str,
    json: &serde_json::Value,
) -> Result<()> {
    conn.execute(
        "INSERT INTO search_rules (channel_id, job_id, json, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (channel_id, job_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at",
        params![channel_id, job_id, json.to_string(), now_ms()],
    )?;
    Ok(())
}
