//! The agent's view of the outbox: which items wait, which may go now, and committing what
//! deliveries report.
//!
//! The waiting items are mirrored in memory (id, resume, due time) so choosing the next ones
//! costs no query; the mirror is reloaded whenever another connection changed the store
//! (`PRAGMA data_version`), which is how new work from host processes is noticed.

use super::backoff;
use super::deliver::{Context, Event, Job, Outcome, ResumeRow};
use crate::config::AgentConfig;
use crate::store::{meta, now_ms, outbox, Result, Store};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::{BTreeMap, HashSet};

#[derive(Debug, Clone, Copy)]
struct Waiting {
    resume_id: Option<i64>,
    due_at: i64,
}

#[derive(Default)]
pub struct Queue {
    pending: BTreeMap<i64, Waiting>,
    /// resume id → lowest parked item id: a parked item holds back its resume's later items.
    parked: BTreeMap<i64, i64>,
    pub in_flight: HashSet<i64>,
    data_version: Option<i64>,
}

impl Queue {
    /// Reloads the mirror if another connection committed since the last look; true if so.
    pub fn refresh(&mut self, conn: &Connection) -> Result<bool> {
        let v: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.data_version == Some(v) {
            return Ok(false);
        }
        self.data_version = Some(v);
        self.pending.clear();
        self.parked.clear();
        let mut stmt = conn.prepare(
            "SELECT id, resume_id, state, next_attempt_at FROM outbox
             WHERE state IN ('pending', 'parked')",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        for row in rows {
            let (id, resume_id, state, due_at) = row?;
            if state == "parked" {
                if let Some(r) = resume_id {
                    let e = self.parked.entry(r).or_insert(id);
                    *e = (*e).min(id);
                }
            } else {
                self.pending.insert(id, Waiting { resume_id, due_at });
            }
        }
        Ok(true)
    }

    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Items that may be attempted now, oldest first, at most `n`: due, not in flight, and
    /// with no earlier unfinished item of the same resume.
    pub fn due(&self, now: i64, n: usize) -> Vec<i64> {
        let mut out = Vec::new();
        let mut held: HashSet<i64> = HashSet::new();
        for (&id, w) in &self.pending {
            if out.len() >= n {
                break;
            }
            if let Some(r) = w.resume_id {
                let blocked = held.contains(&r) || self.parked.get(&r).is_some_and(|&p| p < id);
                held.insert(r);
                if blocked {
                    continue;
                }
            }
            if !self.in_flight.contains(&id) && w.due_at <= now {
                out.push(id);
            }
        }
        out
    }

    /// When the earliest waiting item not in flight becomes due.
    pub fn next_due(&self) -> Option<i64> {
        self.pending
            .iter()
            .filter(|(id, _)| !self.in_flight.contains(id))
            .map(|(_, w)| w.due_at)
            .min()
    }

    /// Commits `events` and claims `ids` in one transaction (one sync to disk for both).
    /// Claimed uploads without a central id are marked "create sent" before any request.
    pub fn commit(
        &mut self,
        store: &mut Store,
        events: Vec<Event>,
        ids: &[i64],
        agent: &AgentConfig,
    ) -> Result<Vec<Job>> {
        store.write(|tx| self.commit_in(tx, events, ids, agent))
    }

    fn commit_in(
        &mut self,
        tx: &Transaction,
        events: Vec<Event>,
        ids: &[i64],
        agent: &AgentConfig,
    ) -> Result<Vec<Job>> {
        let now = now_ms();
        for ev in events {
            self.apply(tx, ev, now, agent)?;
        }
        let mut jobs = Vec::with_capacity(ids.len());
        for &id in ids {
            if let Some(job) = load_job(tx, id)? {
                if job.kind == outbox::RESUME_UPLOAD
                    && job
                        .context
                        .resume
                        .as_ref()
                        .is_some_and(|r| r.central_id.is_none())
                {
                    if job.create_sent_before && agent.hold_uncertain_creates {
                        self.hold(tx, &job, now)?;
                        continue;
                    }
                    if job.create_sent_before {
                        // Safe on a server that honours Idempotency-Key (it answers with the
                        // first create); on one that does not, this is the documented window.
                        log::warn!(
                            "agent: item {id}: retrying a create whose earlier answer was lost (same Idempotency-Key)"
                        );
                    }
                    tx.execute(
                        "UPDATE outbox SET sent_at = ?2, updated_at = ?2 WHERE id = ?1",
                        params![id, now],
                    )?;
                }
                self.in_flight.insert(id);
                jobs.push(job);
            } else {
                // Finished or removed by someone else meanwhile.
                self.pending.remove(&id);
            }
        }
        // Our own commits do not move data_version, so the mirror stays valid.
        Ok(jobs)
    }

    /// Parks an uncertain create, keeping its "sent" mark, for a person to check on central.
    fn hold(&mut self, tx: &Transaction, job: &Job, now: i64) -> Result<()> {
        let reason = "uncertain: the create was sent but its answer was lost; check central for this resume, then `hirebridge retry` (a retry creates it again)";
        log::warn!("agent: item {}: {reason}", job.id);
        tx.execute(
            "UPDATE outbox SET state = 'parked', last_error = ?2, updated_at = ?3 WHERE id = ?1",
            params![job.id, reason, now],
        )?;
        meta::set(tx, meta::LAST_SYNC_ERROR, reason)?;
        if let Some(w) = self.pending.remove(&job.id) {
            if let Some(r) = w.resume_id {
                let e = self.parked.entry(r).or_insert(job.id);
                *e = (*e).min(job.id);
            }
        }
        Ok(())
    }

    fn apply(&mut self, tx: &Transaction, ev: Event, now: i64, agent: &AgentConfig) -> Result<()> {
        match ev {
            Event::Created {
                item,
                resume,
                central_id,
            } => {
                tx.execute(
                    "UPDATE resumes SET central_id = ?2 WHERE id = ?1",
                    params![resume, central_id],
                )?;
                // The answer is recorded: this create is no longer uncertain.
                tx.execute(
                    "UPDATE outbox SET sent_at = NULL, updated_at = ?2 WHERE id = ?1",
                    params![item, now],
                )?;
            }
            Event::Record {
                resume,
                kind,
                key,
                central_id: Some(cid),
                data,
            } => {
                tx.execute(
                    "INSERT INTO resume_records (resume_id, kind, record_key, central_id, data)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (resume_id, kind, record_key)
                     DO UPDATE SET central_id = excluded.central_id, data = excluded.data",
                    params![resume, kind, key, cid, data],
                )?;
            }
            Event::Record {
                resume,
                kind,
                key,
                central_id: None,
                ..
            } => {
                tx.execute(
                    "DELETE FROM resume_records WHERE resume_id = ?1 AND kind = ?2 AND record_key = ?3",
                    params![resume, kind, key],
                )?;
            }
            Event::Finished { item, outcome } => {
                self.in_flight.remove(&item);
                self.finish(tx, item, outcome, now, agent)?;
            }
        }
        Ok(())
    }

    fn finish(
        &mut self,
        tx: &Transaction,
        item: i64,
        outcome: Outcome,
        now: i64,
        agent: &AgentConfig,
    ) -> Result<()> {
        match outcome {
            Outcome::Done { result } => {
                tx.execute(
                    "UPDATE outbox SET state = 'done', result = ?2, last_error = NULL,
                            attempts = attempts + 1, updated_at = ?3 WHERE id = ?1",
                    params![item, result, now],
                )?;
                meta::set(tx, meta::LAST_SYNC_AT, &now.to_string())?;
                meta::delete(tx, meta::LAST_SYNC_ERROR)?;
                meta::set(tx, meta::CENTRAL_STATE, "online")?;
                self.pending.remove(&item);
            }
            Outcome::Transient {
                reason,
                maybe_committed,
            } => {
                let attempts: i64 = tx
                    .query_row("SELECT attempts FROM outbox WHERE id = ?1", [item], |r| {
                        r.get(0)
                    })
                    .optional()?
                    .unwrap_or(0)
                    + 1;
                let due = now
                    + backoff::delay(attempts, agent.backoff_base_ms, agent.backoff_cap_secs)
                        .as_millis() as i64;
                // A create answered with an error was not made; one whose answer was lost
                // may have been, and keeps its "sent" mark (CENTRAL_API §4).
                let clear_sent = if maybe_committed { "sent_at" } else { "NULL" };
                tx.execute(
                    &format!(
                        "UPDATE outbox SET attempts = ?2, next_attempt_at = ?3, last_error = ?4,
                                sent_at = {clear_sent}, updated_at = ?5 WHERE id = ?1"
                    ),
                    params![item, attempts, due, reason, now],
                )?;
                meta::set(tx, meta::LAST_SYNC_ERROR, &reason)?;
                meta::set(tx, meta::CENTRAL_STATE, "offline")?;
                if let Some(w) = self.pending.get_mut(&item) {
                    w.due_at = due;
                }
            }
            Outcome::Permanent { reason } => {
                tx.execute(
                    "UPDATE outbox SET state = 'parked', attempts = attempts + 1, last_error = ?2,
                            sent_at = NULL, updated_at = ?3 WHERE id = ?1",
                    params![item, reason, now],
                )?;
                meta::set(tx, meta::LAST_SYNC_ERROR, &reason)?;
                // It answered: reachable, even if it refused this item.
                meta::set(tx, meta::CENTRAL_STATE, "online")?;
                if let Some(w) = self.pending.remove(&item) {
                    if let Some(r) = w.resume_id {
                        let e = self.parked.entry(r).or_insert(item);
                        *e = (*e).min(item);
                    }
                }
            }
        }
        Ok(())
    }
}

fn load_job(conn: &Connection, id: i64) -> Result<Option<Job>> {
    let row = conn
        .prepare_cached(
            "SELECT kind, resume_id, payload, idempotency_key, sent_at IS NOT NULL FROM outbox
             WHERE id = ?1 AND state = 'pending'",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, bool>(4)?,
            ))
        })
        .optional()?;
    let Some((kind, resume_id, payload, key, create_sent_before)) = row else {
        return Ok(None);
    };
    let payload = serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null);
    let mut context = Context::default();
    if let Some(rid) = resume_id {
        context.resume = conn
            .prepare_cached(
                "SELECT data, central_id, channel_id, channel_resume_id FROM resumes WHERE id = ?1",
            )?
            .query_row([rid], |r| {
                Ok(ResumeRow {
                    data: r.get(0)?,
                    central_id: r.get(1)?,
                    channel_id: r.get(2)?,
                    channel_resume_id: r.get(3)?,
                })
            })
            .optional()?;
        if kind == outbox::RESUME_UPLOAD {
            let mut stmt = conn.prepare_cached(
                "SELECT kind, record_key, central_id, data FROM resume_records WHERE resume_id = ?1",
            )?;
            let rows = stmt.query_map([rid], |r| {
                Ok((
                    (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    (r.get::<_, Option<String>>(2)?, r.get::<_, String>(3)?),
                ))
            })?;
            for row in rows {
                let (k, v) = row?;
                context.records.insert(k, v);
            }
        }
    }
    Ok(Some(Job {
        id,
        kind,
        resume_id,
        payload,
        key,
        context,
        create_sent_before,
    }))
}

/// Puts every parked item back in the queue (`hirebridge retry`, after the data or the
/// configuration was fixed). Returns how many.
pub fn retry_parked(conn: &Connection) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?1,
                last_error = NULL, updated_at = ?1 WHERE state = 'parked'",
        [now_ms()],
    )?)
}

/// One parked item, for `status` and `retry` listings.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParkedItem {
    pub id: i64,
    pub kind: String,
    pub resume_id: Option<i64>,
    pub reason: Option<String>,
    pub attempts: i64,
}

pub fn parked(conn: &Connection, limit: usize) -> Result<Vec<ParkedItem>> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, resume_id, last_error, attempts FROM outbox
         WHERE state = 'parked' ORDER BY id LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit as i64], |r| {
        Ok(ParkedItem {
            id: r.get(0)?,
            kind: r.get(1)?,
            resume_id: r.get(2)?,
            reason: r.get(3)?,
            attempts: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}
