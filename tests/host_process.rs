//! The host as a process: stdout purity, limits, exit codes, caller checks, concurrency.

mod common;

use common::{frame, generic_page, Home, Host};
use serde_json::{json, Value};
use std::process::Stdio;

#[test]
fn garbage_gets_bad_request_replies_and_stdout_stays_frames() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let garbage: Vec<Vec<u8>> = vec![
        vec![],
        vec![0xff, 0xfe, 0x00, 0x7b],
        b"[1,2,3]".to_vec(),
        b"null".to_vec(),
        b"\"double encoded but not json\"".to_vec(),
        b"{\"type\": 12}".to_vec(),
        b"{\"no_type\": true}".to_vec(),
        b"{ this is not json".to_vec(),
        b"{\"JsToPython\": 5}".to_vec(),
    ];
    for g in &garbage {
        h.send_raw(&frame(g));
        let r = h.recv();
        assert_eq!(
            r.get("ok").or_else(|| r["PythonToJs"].get("ok")),
            Some(&json!(false)),
            "{r}"
        );
        let inner = if r.get("PythonToJs").is_some() {
            &r["PythonToJs"]
        } else {
            &r
        };
        assert_eq!(inner["code"], "bad_request");
        assert_eq!(inner["type"], Value::Null);
    }
    // Still serving.
    assert_eq!(h.call(json!({"type":"hello"}))["ok"], true);
    let (status, tail) = h.close();
    assert!(status.success(), "{status:?}");
    assert!(
        tail.is_empty(),
        "stray bytes after the last frame: {tail:?}"
    );
}

#[test]
fn over_limit_message_is_refused_and_the_stream_stays_in_sync() {
    let home = Home::new();
    let mut h = Host::start(&home);
    let len: u32 = 64 * 1024 * 1024 + 1;
    let mut bytes = len.to_ne_bytes().to_vec();
    bytes.resize(4 + len as usize, b'a');
    bytes.extend(frame(br#"{"type":"hello","timestamp":8}"#));
    h.send_raw(&bytes);
    let r = h.recv();
    assert_eq!(r["code"], "message_too_large", "{r}");
    let r = h.recv();
    assert_eq!(
        (r["type"].clone(), r["ok"].clone(), r["timestamp"].clone()),
        (json!("hello"), json!(true), json!(8))
    );
}

#[test]
fn eof_exits_zero_and_truncated_frame_exits_non_zero() {
    let home = Home::new();
    let h = Host::start(&home);
    let (status, tail) = h.close();
    assert_eq!(status.code(), Some(0));
    assert!(tail.is_empty());

    let mut h = Host::start(&home);
    let f = frame(br#"{"type":"hello"}"#);
    h.send_raw(&f[..9]);
    let (status, tail) = h.close();
    assert_ne!(
        status.code(),
        Some(0),
        "a truncated frame must not look like a clean exit"
    );
    assert!(tail.is_empty());

    let mut h = Host::start(&home);
    h.send_raw(&[3, 0]);
    let (status, _) = h.close();
    assert_ne!(status.code(), Some(0));
}

const EXT: &str = "chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/";

#[test]
fn callers_not_allowed_are_refused_without_reading_a_frame() {
    let home = Home::new();
    let out = home
        .command()
        .arg(EXT)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());

    let mut cmd = home.command();
    cmd.env("HIREBRIDGE_ALLOWED_EXTENSIONS", "someoneelse");
    let out = cmd
        .arg(EXT)
        .arg("--parent-window=0")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));

    let mut cmd = home.command();
    cmd.env(
        "HIREBRIDGE_ALLOWED_EXTENSIONS",
        "other,knldjmfmopnpolahpmmgbagdohdnhkik",
    );
    let mut h = Host::start_with(cmd, &[EXT]);
    assert_eq!(h.call(json!({"type":"hello"}))["ok"], true);

    // Firefox: manifest path, then the add-on id; allowed through the config file.
    home.write_config(&json!({"allowed_extensions":["hirebridge@example.com"]}));
    let mut h = Host::start_with(
        home.command(),
        &["/tmp/com.hirebridge.host.json", "hirebridge@example.com"],
    );
    assert_eq!(h.call(json!({"type":"hello"}))["ok"], true);
    let out = home
        .command()
        .args(["/tmp/com.hirebridge.host.json", "evil@example.com"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn a_slow_request_does_not_delay_a_fast_one() {
    let home = Home::new();
    let mut h = Host::start(&home);
    // A multi-megabyte page takes the extractor a while; hello must not wait for it.
    let filler = "<p>熟悉各类货运线路，长期跑长途干线运输，安全行驶无事故。</p>".repeat(12_000);
    let page =
        generic_page("吴大伟", "13912340000").replace("</body>", &format!("{filler}</body>"));
    h.send(&json!({"type":"crawl_url","url":"https://jobs.example.cn/cv/slow","html":page,"requestId":"slow"}));
    h.send(&json!({"type":"hello","requestId":"fast"}));
    let first = h.recv();
    let second = h.recv();
    assert_eq!(
        first["requestId"], "fast",
        "hello was held up behind the page: {first}"
    );
    assert_eq!(second["requestId"], "slow");
}

#[test]
fn two_hosts_write_one_store_at_once() {
    let home = Home::new();
    let mut a = Host::start(&home);
    let mut b = Host::start(&home);
    let n = 40;
    // Pipeline everything first so both processes write at the same time.
    for i in 0..n {
        for (h, tag) in [(&mut a, "a"), (&mut b, "b")] {
            let phone = format!("139{:08}", i * 2 + usize::from(tag == "b"));
            h.send(&json!({"type":"crawl_url","url":format!("https://jobs.example.cn/cv/{tag}{i}"),"html":generic_page("测试", &phone)}));
            h.send(&json!({"type":"batch_job_sync","Jobids":[{"channelId":1,"ids":[format!("J{i}")]}]}));
        }
    }
    for h in [&mut a, &mut b] {
        for _ in 0..n * 2 {
            let r = h.recv();
            assert_eq!(r["ok"], true, "{r}");
        }
    }
    let c = rusqlite::Connection::open(home.store()).unwrap();
    let resumes: i64 = c
        .query_row("SELECT count(*) FROM resumes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(resumes, (n * 2) as i64);
    // Both asked to refresh the same 40 jobs: each job went to the outbox once.
    let refreshed: i64 = c
        .query_row(
            "SELECT count(*) FROM refreshes WHERE outbox_id IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(refreshed, n as i64);
    let items: i64 = c
        .query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))
        .unwrap();
    assert_eq!(items, n as i64);
}
