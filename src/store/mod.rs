//! The SQLite store: the spine shared by host processes and the agent.
//!
//! Every process opens its own connection. WAL lets readers run beside one writer; writers take
//! the lock up front (`BEGIN IMMEDIATE`) so they queue on `busy_timeout` instead of failing with
//! `SQLITE_BUSY` half-way through a transaction.

pub mod channels;
pub mod jobs;
pub mod meta;
pub mod outbox;
pub mod positions;
pub mod resumes;
mod schema;
pub mod unlocks;

use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::Path;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("store: cannot create {0}: {1}")]
    Dir(String, std::io::Error),
    #[error("store was written by a newer hirebridge (schema {found}, this build knows {known})")]
    TooNew { found: i64, known: i64 },
    #[error("store: bad stored JSON: {0}")]
    Json(#[from] serde_json::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
}

/// Milliseconds since the Unix epoch: the store's one time unit.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Store {
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Dir(dir.display().to_string(), e))?;
        }
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // FULL: a reply promises the data survives a power cut, so the WAL is synced on commit.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<()> {
        let known = schema::MIGRATIONS.len() as i64;
        // Fast path for every launch after the first: no write lock when nothing is to do.
        if self.schema_version()? == known {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > known {
            return Err(StoreError::TooNew {
                found: version,
                known,
            });
        }
        for step in &schema::MIGRATIONS[version as usize..] {
            tx.execute_batch(step)?;
        }
        if version < known {
            tx.pragma_update(None, "user_version", known)?;
        }
        tx.commit()?;
        Ok(())
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in a write transaction that holds the write lock from its first statement.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Like [`Store::write`], but the commit is not synced to disk at once (WAL with
    /// `synchronous=NORMAL`): it survives the process or the agent dying, and reaches the disk
    /// with the next synced commit or checkpoint, but a power cut in between can undo it.
    ///
    /// Only for data that can be captured again from its source — a crawled page — never for
    /// anything bound for central or anything that spent points (those use [`Store::write`]).
    pub fn write_relaxed<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let out = self.write(f);
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        out
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check`: `Ok(())` or the problems SQLite lists.
    pub fn integrity_check(&self) -> Result<std::result::Result<(), String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        if rows.len() == 1 && rows[0] == "ok" {
            Ok(Ok(()))
        } else {
            Ok(Err(rows.join("; ")))
        }
    }
}
