//! The unlock guard: one row per (channel, board resume) decides who may spend points on it.
//!
//! Host processes race for the row inside a `BEGIN IMMEDIATE` transaction, so exactly one of
//! them owns a pending unlock at a time; the others wait for its outcome. An owner that died
//! (or whose request outlived its budget) is taken over with the **same** idempotency key, so a
//! server that already spent for it answers with that first answer instead of spending again.

use super::{now_ms, Result};
use rusqlite::{params, Connection, OptionalExtension};

pub const PENDING: &str = "pending";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

#[derive(Debug, Clone, PartialEq)]
pub struct Unlock {
    pub channel_id: i64,
    pub channel_resume_id: String,
    pub state: String,
    pub account: Option<String>,
    pub pay_type: Option<i64>,
    pub idempotency_key: String,
    pub outcome: Option<String>,
    pub requested_at: i64,
    pub completed_at: Option<i64>,
    pub owner_pid: Option<i64>,
}

pub fn get(conn: &Connection, channel_id: i64, channel_resume_id: &str) -> Result<Option<Unlock>> {
    Ok(conn
        .query_row(
            "SELECT channel_id, channel_resume_id, state, account, pay_type, idempotency_key,
                    outcome, requested_at, completed_at, owner_pid
             FROM unlocks WHERE channel_id = ?1 AND channel_resume_id = ?2",
            params![channel_id, channel_resume_id],
            |r| {
                Ok(Unlock {
                    channel_id: r.get(0)?,
                    channel_resume_id: r.get(1)?,
                    state: r.get(2)?,
                    account: r.get(3)?,
                    pay_type: r.get(4)?,
                    idempotency_key: r.get(5)?,
                    outcome: r.get(6)?,
                    requested_at: r.get(7)?,
                    completed_at: r.get(8)?,
                    owner_pid: r.get(9)?,
                })
            },
        )
        .optional()?)
}

/// What a requester should do, decided under the write lock.
#[derive(Debug, Clone, PartialEq)]
pub enum Claim {
    /// Call central with this key; the row is ours until [`finish`].
    Spend { key: String },
    /// Another requester is unlocking it right now: wait and look again.
    Wait,
    /// Already unlocked earlier.
    Done,
}

/// Takes the unlock for (channel, resume) unless someone else holds a live claim.
/// `stale_after_ms`: a pending claim older than this is considered abandoned.
pub fn claim(
    conn: &Connection,
    channel_id: i64,
    channel_resume_id: &str,
    account: Option<&str>,
    pay_type: i64,
    stale_after_ms: i64,
) -> Result<Claim> {
    let now = now_ms();
    let pid = std::process::id() as i64;
    let take = |key: &str| -> Result<Claim> {
        conn.execute(
            "INSERT INTO unlocks (channel_id, channel_resume_id, state, account, pay_type,
                                  idempotency_key, outcome, requested_at, completed_at, owner_pid)
             VALUES (?1, ?2, 'pending', ?3, ?4, ?5, NULL, ?6, NULL, ?7)
             ON CONFLICT (channel_id, channel_resume_id) DO UPDATE SET
               state = 'pending', account = excluded.account, pay_type = excluded.pay_type,
               idempotency_key = excluded.idempotency_key, outcome = NULL,
               requested_at = excluded.requested_at, completed_at = NULL,
               owner_pid = excluded.owner_pid",
            params![
                channel_id,
                channel_resume_id,
                account,
                pay_type,
                key,
                now,
                pid
            ],
        )?;
        Ok(Claim::Spend {
            key: key.to_string(),
        })
    };
    match get(conn, channel_id, channel_resume_id)? {
        None => take(&fresh_key(channel_id, channel_resume_id)),
        Some(u) if u.state == DONE => Ok(Claim::Done),
        // A refused unlock (no points, logged out) spent nothing: a new attempt is a new
        // operation, and must not be answered with the old refusal.
        Some(u) if u.state == FAILED => take(&fresh_key(channel_id, channel_resume_id)),
        Some(u) if u.owner_pid.is_none() || now - u.requested_at > stale_after_ms => {
            take(&u.idempotency_key)
        }
        Some(_) => Ok(Claim::Wait),
    }
}

fn fresh_key(channel_id: i64, channel_resume_id: &str) -> String {
    let safe: String = channel_resume_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(40)
        .collect();
    format!(
        "unlock-{channel_id}-{safe}-{}-{:012x}",
        now_ms(),
        fastrand::u64(..) >> 16
    )
}

/// Records how the owner's unlock ended. `state` is [`DONE`] or [`FAILED`]; [`PENDING`] with
/// no owner leaves the claim for the next requester to retry with the same key (the answer
/// was lost, so central may or may not have spent).
pub fn finish(
    conn: &Connection,
    channel_id: i64,
    channel_resume_id: &str,
    state: &str,
    outcome: &str,
) -> Result<()> {
    let owner: Option<i64> = (state != PENDING).then(|| std::process::id() as i64);
    conn.execute(
        "UPDATE unlocks SET state = ?3, outcome = ?4, completed_at = ?5, owner_pid = ?6
         WHERE channel_id = ?1 AND channel_resume_id = ?2",
        params![
            channel_id,
            channel_resume_id,
            state,
            outcome,
            (state != PENDING).then(now_ms),
            owner
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn one_owner_waiters_and_takeover_with_the_same_key() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let claim_now = |s: &mut Store, stale: i64| {
            s.write(|tx| claim(tx, 1, "R1", Some("acct"), 1, stale))
                .unwrap()
        };
        let Claim::Spend { key } = claim_now(&mut store, 60_000) else {
            panic!("first requester owns it")
        };
        assert_eq!(claim_now(&mut store, 60_000), Claim::Wait);
        // The owner's answer was lost: the next requester retries with the same key.
        store
            .write(|tx| finish(tx, 1, "R1", PENDING, "no answer"))
            .unwrap();
        assert_eq!(
            claim_now(&mut store, 60_000),
            Claim::Spend { key: key.clone() }
        );
        // An owner silent for longer than the stale limit is taken over, same key again.
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert_eq!(claim_now(&mut store, 1), Claim::Spend { key: key.clone() });
        // A refusal spent nothing: the next attempt is a new operation with a new key.
        store
            .write(|tx| finish(tx, 1, "R1", FAILED, "下载点数不足"))
            .unwrap();
        let Claim::Spend { key: fresh } = claim_now(&mut store, 60_000) else {
            panic!("a failed unlock can be retried")
        };
        assert_ne!(fresh, key);
        store
            .write(|tx| finish(tx, 1, "R1", DONE, "success"))
            .unwrap();
        assert_eq!(claim_now(&mut store, 60_000), Claim::Done);
        let u = get(store.conn(), 1, "R1").unwrap().unwrap();
        assert_eq!(
            (u.state.as_str(), u.account.as_deref()),
            ("done", Some("acct"))
        );
        assert!(u.completed_at.is_some());
    }
}
