//! The real browser talking to the real host: headless Chromium loads tests/e2e_extension, whose
//! service worker drives `com.hirebridge.host` through `connectNative`/`sendNativeMessage` and
//! POSTs everything it received to a listener on 127.0.0.1 run by this test.
//!
//! Skipped (with a printed reason) only when no Chromium binary exists. Set
//! HIREBRIDGE_E2E_CHROMIUM to use a specific binary (e.g. Chrome for Testing; branded Chrome
//! ignores --load-extension).

#![cfg(unix)]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

/// sha256 of the DER public key in tests/e2e_extension/manifest.json ("key"), first 32 hex digits
/// mapped 0-f → a-p (tests/e2e_extension/key.pem is its private half).
const PROBE_ID: &str = "mnckmbjfbmnfpfcnkbddgbmlebkckbgi";
const OTHER_ID: &str = "abcdefghijklmnopabcdefghijklmnop";
const FIXTURE_URL: &str = "https://talent.yuanhang-e2e.test/resume/view?id=E2E-1001";
const REPORT_WAIT: Duration = Duration::from_secs(60);

/// One Chromium at a time: the machine is small and the runs are independent.
static SERIAL: Mutex<()> = Mutex::new(());

fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("HIREBRIDGE_E2E_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|d| ["chromium", "chromium-browser"].map(|n| d.join(n)))
        .find(|p| p.is_file())
}

/// The Chromium to test with, or None after printing why the test is skipped.
fn chromium_or_skip() -> Option<PathBuf> {
    let Some(chromium) = find_chromium() else {
        eprintln!("SKIPPED: no chromium binary on PATH (apt-get install chromium, or set HIREBRIDGE_E2E_CHROMIUM)");
        return None;
    };
    // Ubuntu's chromium-browser is a launcher for the Snap, which cannot start native hosts.
    let script = std::fs::read(&chromium).unwrap_or_default();
    if script.len() < 4096 && String::from_utf8_lossy(&script).contains("/snap/bin/chromium") {
        eprintln!("SKIPPED: {} launches Snap Chromium, which cannot start native hosts; set HIREBRIDGE_E2E_CHROMIUM", chromium.display());
        return None;
    }
    Some(chromium)
}

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Serves GET /fixture (the resume page the extension sends to crawl_url) and takes POST /report.
fn start_listener(fixture: Value) -> (u16, mpsc::Receiver<Value>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let (tx, fixture) = (tx.clone(), fixture.clone());
            std::thread::spawn(move || {
                let _ = serve(stream, &fixture, &tx);
            });
        }
    });
    (port, rx)
}

fn serve(stream: TcpStream, fixture: &Value, tx: &mpsc::Sender<Value>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body)?;
    let (status, reply) = if request_line.starts_with("GET /fixture") {
        ("200 OK", fixture.to_string())
    } else if request_line.starts_with("POST /report") {
        let report: Value = serde_json::from_slice(&body).unwrap_or_else(
            |e| json!({"unparseable": e.to_string(), "body": String::from_utf8_lossy(&body)}),
        );
        let _ = tx.send(report);
        ("200 OK", "{}".to_string())
    } else if request_line.starts_with("OPTIONS") {
        ("204 No Content", String::new())
    } else {
        ("404 Not Found", String::new())
    };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nAccess-Control-Allow-Origin: *\r\n\
         Access-Control-Allow-Headers: Content-Type\r\nAccess-Control-Allow-Methods: GET, POST\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{reply}",
        reply.len()
    )
}

/// Kills the whole Chromium process group, however the test ends.
struct Browser {
    child: Child,
    log: PathBuf,
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Chromium's own process group (process_group(0) below): its zygote and renderers too.
        // A pid ≤ 1 would make the negative argument mean "every process", so refuse it.
        if let Ok(pgid) = libc::pid_t::try_from(self.child.id()) {
            if pgid > 1 {
                // SAFETY: kill(2) with a negative pid signals exactly that process group.
                unsafe { libc::kill(-pgid, libc::SIGKILL) };
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Run {
    report: Value,
    elapsed: Duration,
    /// The host's own log file (HIREBRIDGE_HOME/logs), to tell a refusal from a crash.
    host_log: String,
}

/// install (manifest into the temp profile) → start Chromium with the probe → wait for its report.
fn run_probe(chromium: &Path, manifest_ids: &[&str], extra_env: &[(&str, &str)]) -> Run {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    let hb_home = tmp.path().join("hb");
    let udd = tmp.path().join("profile");
    let ext = tmp.path().join("extension");
    for d in [&home, &hb_home, &ext] {
        std::fs::create_dir_all(d).unwrap();
    }

    let html = std::fs::read_to_string(repo("tests/fixtures/e2e/resume.html")).unwrap();
    let (port, reports) = start_listener(json!({"url": FIXTURE_URL, "html": html}));
    std::fs::copy(
        repo("tests/e2e_extension/manifest.json"),
        ext.join("manifest.json"),
    )
    .unwrap();
    let template =
        std::fs::read_to_string(repo("tests/e2e_extension/background.template.js")).unwrap();
    std::fs::write(
        ext.join("background.js"),
        template.replace("__REPORT_URL__", &format!("http://127.0.0.1:{port}")),
    )
    .unwrap();

    let nmh = udd.join("NativeMessagingHosts");
    let mut install = Command::new(env!("CARGO_BIN_EXE_hirebridge"));
    install
        .args(["install", "--manifest-dir"])
        .arg(&nmh)
        .env("HOME", &home)
        .env("HIREBRIDGE_HOME", &hb_home);
    for id in manifest_ids {
        install.args(["--extension-id", id]);
    }
    let out = install.output().unwrap();
    assert!(
        out.status.success(),
        "install failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let started = Instant::now();
    let log = tmp.path().join("chromium.log");
    let log_file = std::fs::File::create(&log).unwrap();
    let mut cmd = Command::new(chromium);
    cmd.args([
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", udd.display()))
    .arg(format!("--load-extension={}", ext.display()))
    .arg(format!("--disable-extensions-except={}", ext.display()))
    .arg("about:blank")
    // The host inherits the browser's environment: this is how it finds the temp store.
    .env("HOME", &home)
    .env("HIREBRIDGE_HOME", &hb_home)
    // The sync agent is not under test here and must not outlive the temp dir.
    .env("HIREBRIDGE_AGENT_AUTOSTART", "0")
    .env_remove("HIREBRIDGE_CENTRAL_URL")
    .env_remove("HIREBRIDGE_ALLOWED_EXTENSIONS")
    .stdin(Stdio::null())
    .stdout(log_file.try_clone().unwrap())
    .stderr(log_file);
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let browser = Browser {
        child: cmd.spawn().unwrap(),
        log,
    };

    let report = match reports.recv_timeout(REPORT_WAIT) {
        Ok(r) => r,
        Err(_) => {
            let log = std::fs::read_to_string(&browser.log).unwrap_or_default();
            let tail: String = log
                .lines()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join("\n");
            panic!(
                "no report from the extension within {REPORT_WAIT:?}; chromium log tail:\n{tail}"
            );
        }
    };
    let elapsed = started.elapsed();
    drop(browser);
    eprintln!(
        "report after {elapsed:?}:\n{}",
        serde_json::to_string_pretty(&report).unwrap()
    );
    let host_log = std::fs::read_to_string(hirebridge::paths::Paths::under(&hb_home).log_file())
        .unwrap_or_default();
    Run {
        report,
        elapsed,
        host_log,
    }
}

fn reply<'a>(report: &'a Value, step: &str) -> &'a Value {
    let s = &report["steps"][step];
    assert!(
        s["reply"].is_object(),
        "step {step}: no reply object, got {s}"
    );
    &s["reply"]
}

#[test]
fn allowed_extension_talks_to_the_host() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let Run {
        report, elapsed, ..
    } = run_probe(&chromium, &[PROBE_ID], &[]);
    eprintln!("allowed run: {elapsed:?}");
    assert_eq!(
        report["extensionId"], PROBE_ID,
        "the key in manifest.json gives the fixed id"
    );
    assert_eq!(report["problems"], json!([]));

    let hello = reply(&report, "hello");
    assert_eq!(hello["type"], "hello");
    assert_eq!(hello["ok"], true);
    assert_eq!(hello["timestamp"], 1700000000001u64, "timestamp echoed");
    assert_eq!(hello["requestId"], "e2e-hello");
    assert_eq!(hello["protocol"], 1);
    assert!(hello["version"].is_string());
    let caps: Vec<&str> = hello["capabilities"]
        .as_array()
        .expect("capabilities list")
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    for t in ["hello", "isLogin", "crawl_url", "crawl_save", "status"] {
        assert!(caps.contains(&t), "capabilities lack {t}: {caps:?}");
    }

    let login = reply(&report, "isLogin");
    assert_eq!(login["type"], "isLogin");
    assert_eq!(login["ok"], true);
    let channels = login["channels"].as_array().expect("channels list");
    assert_eq!(channels.len(), 2, "one entry per requested channel");
    for (entry, id) in channels.iter().zip([1, 2]) {
        assert_eq!(entry["id"], id.to_string());
        assert_eq!(entry["channelId"], id);
        // A fresh store knows nothing about any channel yet.
        assert_eq!(entry["isLogin"], false);
        assert_eq!(entry["point"], -1);
    }

    let crawl = reply(&report, "crawl_url");
    assert_eq!(crawl["type"], "crawl_url");
    assert_eq!(crawl["ok"], true, "crawl_url failed: {crawl}");
    assert_eq!(crawl["status"], "new");
    let resume_id = crawl["resumeId"].as_str().expect("resumeId string");
    assert!(!resume_id.is_empty());
    assert_eq!(crawl["userInfo"]["real_name"], "周明远");
    assert_eq!(crawl["userInfo"]["phone"], "19900005521");
    assert!(crawl["positions"].is_array());
    assert!(crawl["duplicates"].is_array());

    let save_step = &report["steps"]["crawl_save"];
    assert_eq!(
        save_step["request"]["resumeId"], resume_id,
        "round trip of resumeId"
    );
    let save = reply(&report, "crawl_save");
    assert_eq!(save["type"], "crawl_save");
    assert_eq!(save["ok"], true, "crawl_save failed: {save}");
    assert_eq!(save["queued"], true);

    let unknown_resume = reply(&report, "crawl_save_unknown");
    assert_eq!(unknown_resume["ok"], false);
    assert_eq!(unknown_resume["code"], "unknown_resume");
    assert!(unknown_resume["msg"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));

    let status = reply(&report, "status");
    assert_eq!(status["ok"], true);
    assert_eq!(status["resumes"], 1);
    assert!(
        status["pendingUploads"].as_u64().is_some_and(|n| n >= 1),
        "{status}"
    );
    assert_eq!(status["central"], "not_configured");

    let unknown = reply(&report, "unknown_type");
    assert_eq!(unknown["type"], "e2e_no_such_type");
    assert_eq!(unknown["ok"], false);
    assert_eq!(unknown["code"], "unknown_type");

    let malformed = reply(&report, "malformed");
    assert_eq!(malformed["ok"], false);
    assert_eq!(malformed["code"], "bad_request");
    assert_eq!(malformed["type"], Value::Null);

    assert_eq!(
        report["portDisconnected"],
        Value::Null,
        "the host kept the port open"
    );

    let one_shot = &report["oneShot"];
    assert_eq!(one_shot["lastError"], Value::Null, "{one_shot}");
    assert_eq!(one_shot["reply"]["type"], "hello");
    assert_eq!(one_shot["reply"]["ok"], true);
    assert_eq!(one_shot["reply"]["timestamp"], 1700000000008u64);
}

#[test]
fn extension_missing_from_the_manifest_is_forbidden_by_the_browser() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let Run {
        report, elapsed, ..
    } = run_probe(&chromium, &[OTHER_ID], &[]);
    eprintln!("forbidden run: {elapsed:?}");
    const FORBIDDEN: &str = "Access to the specified native messaging host is forbidden.";
    assert_eq!(report["extensionId"], PROBE_ID);
    assert_eq!(
        report["steps"]["hello"]["disconnected"], FORBIDDEN,
        "{report}"
    );
    assert!(report["steps"]["hello"].get("reply").is_none());
    assert_eq!(report["portDisconnected"], FORBIDDEN);
    assert_eq!(report["oneShot"]["lastError"], FORBIDDEN);
}

#[test]
fn extension_missing_from_the_config_is_refused_by_the_host() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // The manifest lets the browser start the host; the host's own allow-list (config, here
    // overridden through the environment the browser passes on) does not include the caller.
    let Run {
        report,
        elapsed,
        host_log,
    } = run_probe(
        &chromium,
        &[PROBE_ID],
        &[("HIREBRIDGE_ALLOWED_EXTENSIONS", OTHER_ID)],
    );
    eprintln!("host-refused run: {elapsed:?}");
    const EXITED: &str = "Native host has exited.";
    assert_eq!(report["steps"]["hello"]["disconnected"], EXITED, "{report}");
    assert!(report["steps"]["hello"].get("reply").is_none());
    assert_eq!(report["oneShot"]["lastError"], EXITED);
    assert!(
        host_log.contains("refused caller") && host_log.contains(PROBE_ID),
        "the host exited because it refused the caller, not by crashing; host log:\n{host_log}"
    );
}
