//! Shared test helpers: the test central server and invented resumes in a real store file.
#![allow(dead_code)]

pub mod central_server;

use hirebridge::model::{ContactState, Education, Resume, Source, Work};
use hirebridge::store::{now_ms, outbox, Store};
use rusqlite::{params, Connection};
use serde_json::json;

/// An invented driver, distinct for each `i` (phones in the test-only 13900 range).
pub fn invented_resume(i: usize) -> Resume {
    Resume {
        real_name: Some(format!("测试司机{i}")),
        gender: Some(if i.is_multiple_of(2) { "男" } else { "女" }.into()),
        age: Some(25 + (i % 30) as i64),
        birth_date: Some(format!("{}-0{}", 1970 + i % 30, 1 + i % 9)),
        phone: Some(format!("13900{:06}", i)),
        phone_state: ContactState::Clear,
        email: Some(format!("driver{i}@example.cn")),
        email_state: ContactState::Clear,
        education: Some(2),
        living_place: Some("上海-浦东新区".into()),
        expected_salary: vec![8000, 12000],
        dl_license_class: Some("A2".into()),
        work_history: vec![
            Work {
                begin: Some("2019-03".into()),
                current: true,
                enterprise_name: Some(format!("测试物流{i}")),
                post_name: Some("货车司机".into()),
                ..Work::default()
            },
            Work {
                begin: Some("2012-05".into()),
                end: Some("2019-02".into()),
                enterprise_name: Some("示例运输有限公司".into()),
                post_name: Some("驾驶员".into()),
                ..Work::default()
            },
        ],
        education_history: vec![Education {
            end: Some("2008-07".into()),
            school_name: Some("示例技工学校".into()),
            level: Some("中专/中技".into()),
            ..Education::default()
        }],
        source: Source {
            channel_id: 1,
            channel_resume_id: format!("TEST{i:08}"),
            url: format!("https://rd5.zhaopin.com/resume/detail?resumeNo=TEST{i:08}_1_1"),
            crawled_at: "2026-11-20T10:00:00+08:00".into(),
            ..Source::default()
        },
        ..Resume::default()
    }
}

pub fn insert_resume(conn: &Connection, r: &Resume) -> i64 {
    let now = now_ms();
    let data = serde_json::to_string(r).unwrap();
    conn.execute(
        "INSERT INTO resumes (channel_id, channel_resume_id, url, data, content_hash, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
         ON CONFLICT (channel_id, channel_resume_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        params![r.source.channel_id, r.source.channel_resume_id, r.source.url, data, format!("{:x}", data.len()), now],
    )
    .unwrap();
    conn.query_row(
        "SELECT id FROM resumes WHERE channel_id = ?1 AND channel_resume_id = ?2",
        params![r.source.channel_id, r.source.channel_resume_id],
        |row| row.get(0),
    )
    .unwrap()
}

/// Stores `n` invented resumes and queues an upload for each, as `crawl_save` would.
pub fn queue_uploads(store: &mut Store, from: usize, n: usize) -> Vec<i64> {
    store
        .write(|tx| {
            let mut ids = Vec::new();
            for i in from..from + n {
                let id = insert_resume(tx, &invented_resume(i));
                outbox::enqueue(
                    tx,
                    outbox::RESUME_UPLOAD,
                    Some(id),
                    &json!({"resumeId": id}),
                    &format!("resume_upload-{id}-v1"),
                )?;
                ids.push(id);
            }
            Ok(ids)
        })
        .unwrap()
}

pub fn central_id(conn: &Connection, resume: i64) -> Option<String> {
    conn.query_row(
        "SELECT central_id FROM resumes WHERE id = ?1",
        [resume],
        |r| r.get(0),
    )
    .unwrap()
}

pub fn outbox_states(conn: &Connection) -> (i64, i64, i64) {
    let c = outbox::counts(conn).unwrap();
    (c.pending, c.parked, c.done)
}

/// Polls `cond` every 50 ms until it holds; fails the test after `limit`.
pub fn wait_for(limit: std::time::Duration, what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + limit;
    while !cond() {
        assert!(
            std::time::Instant::now() < deadline,
            "gave up waiting for: {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
