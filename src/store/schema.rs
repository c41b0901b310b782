//! Schema migrations, applied in order and recorded in `PRAGMA user_version`.
//!
//! Append new steps; never edit a released one (stores in the field have already run it).

pub const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );

    -- One row per board resume; `data` is the canonical resume JSON (model::Resume).
    CREATE TABLE resumes (
        id                INTEGER PRIMARY KEY,
        channel_id        INTEGER NOT NULL,
        channel_resume_id TEXT NOT NULL,
        url               TEXT NOT NULL DEFAULT '',
        data              TEXT NOT NULL,
        content_hash      TEXT NOT NULL,
        central_id        TEXT,
        saved_position    TEXT,
        saved_at          INTEGER,
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL,
        UNIQUE (channel_id, channel_resume_id)
    );

    -- Identity keys for duplicate detection (clear phone, email, suspected name keys).
    CREATE TABLE resume_keys (
        resume_id INTEGER NOT NULL REFERENCES resumes(id) ON DELETE CASCADE,
        kind      TEXT NOT NULL,
        value     TEXT NOT NULL,
        PRIMARY KEY (resume_id, kind, value)
    );
    CREATE INDEX resume_keys_lookup ON resume_keys (kind, value);

    -- Central ids of a resume's extended records, so a re-crawl updates instead of adding.
    CREATE TABLE resume_records (
        resume_id  INTEGER NOT NULL REFERENCES resumes(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        record_key TEXT NOT NULL,
        central_id TEXT,
        data       TEXT NOT NULL,
        PRIMARY KEY (resume_id, kind, record_key)
    );

    CREATE TABLE positions (
        id             TEXT PRIMARY KEY,
        title          TEXT NOT NULL DEFAULT '',
        city           TEXT,
        channel_id     INTEGER,
        channel_job_id TEXT,
        status         INTEGER,
        salary         TEXT,
        data           TEXT NOT NULL,
        synced_at      INTEGER NOT NULL
    );

    -- Last known state of each job board account, as central reported it.
    CREATE TABLE channels (
        channel_id INTEGER PRIMARY KEY,
        is_login   INTEGER NOT NULL DEFAULT 0,
        point      INTEGER NOT NULL DEFAULT -1,
        download   INTEGER,
        refresh    INTEGER,
        pay_types  TEXT NOT NULL DEFAULT '[]',
        updated_at INTEGER NOT NULL
    );

    CREATE TABLE search_rules (
        channel_id INTEGER NOT NULL,
        job_id     TEXT NOT NULL,
        json       TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (channel_id, job_id)
    );

    -- One row per (channel, board resume): the guard that makes an unlock happen once.
    CREATE TABLE unlocks (
        channel_id        INTEGER NOT NULL,
        channel_resume_id TEXT NOT NULL,
        state             TEXT NOT NULL,      -- pending | done | failed
        account           TEXT,
        pay_type          INTEGER,
        idempotency_key   TEXT NOT NULL,
        outcome           TEXT,
        requested_at      INTEGER NOT NULL,
        completed_at      INTEGER,
        owner_pid         INTEGER,
        PRIMARY KEY (channel_id, channel_resume_id)
    );

    -- Job refreshes requested, for cool-down coalescing and for reporting central's answer.
    CREATE TABLE refreshes (
        channel_id   INTEGER NOT NULL,
        job_id       TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        outbox_id    INTEGER,
        PRIMARY KEY (channel_id, job_id)
    );

    -- Everything bound for central. `resume_id` orders items of one resume.
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        kind            TEXT NOT NULL,
        resume_id       INTEGER,
        payload         TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        state           TEXT NOT NULL DEFAULT 'pending', -- pending | parked | done
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        last_error      TEXT,
        result          TEXT,
        sent_at         INTEGER,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
    );
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    CREATE INDEX outbox_resume ON outbox (resume_id, id);
    "#,
];
