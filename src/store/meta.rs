//! Small key/value facts: the recruiter's account and organisation, last sync outcome.

use super::Result;
use rusqlite::{Connection, OptionalExtension};

pub const ACCOUNT: &str = "account";
pub const ORG_ID: &str = "orgId";
pub const LAST_SYNC_AT: &str = "last_sync_at";
pub const LAST_SYNC_ERROR: &str = "last_sync_error";
pub const CENTRAL_STATE: &str = "central_state";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub fn delete(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM meta WHERE key = ?1", [key])?;
    Ok(())
}
