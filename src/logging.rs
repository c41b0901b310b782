//! Logging to a file (never stdout: it belongs to the protocol), with personal data and
//! secrets redacted before anything reaches the disk.

use regex::Regex;
use simplelog::{ConfigBuilder, LevelFilter, WriteLogger};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, LazyLock, OnceLock};
use std::time::Duration;

/// Rotate when the log grows past this; one old file is kept.
const MAX_LOG_BYTES: u64 = 5 * 1024 * 1024;

/// One redaction: a cheap test that must hold for the pattern to match, so most log lines
/// (request types and timings) never build a regex — compiling them all costs a short-lived
/// host process more than its reply does.
struct Rule {
    could_match: fn(&str) -> bool,
    pattern: LazyLock<Regex>,
    with: &'static str,
}

fn has_secret_word(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    ["authorization", "cookie", "token", "passw"]
        .iter()
        .any(|w| lower.contains(w))
}

static RULES: [Rule; 4] = [
    Rule {
        could_match: has_secret_word,
        // ASCII case-insensitivity on the words keeps `has_secret_word` an exact precondition.
        pattern: LazyLock::new(|| {
            Regex::new(r#"(?i-u:(authorization|cookie|set-cookie|token|password|passwd))(\s*[:=]\s*|"\s*:\s*")((?i-u:bearer)\s+)?[^\s",;&]+"#).unwrap()
        }),
        with: "${1}${2}[redacted]",
    },
    Rule {
        could_match: |l| l.to_ascii_lowercase().contains("bearer"),
        pattern: LazyLock::new(|| Regex::new(r"(?i-u:bearer)\s+[A-Za-z0-9._~+/=-]+").unwrap()),
        with: "Bearer [redacted]",
    },
    Rule {
        could_match: |l| l.contains('@'),
        pattern: LazyLock::new(|| {
            Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").unwrap()
        }),
        with: "[email]",
    },
    // Mainland mobiles, also with +86 and separators, but not inside longer digit runs.
    Rule {
        could_match: |l| l.bytes().filter(u8::is_ascii_digit).count() >= 11,
        pattern: LazyLock::new(|| {
            Regex::new(r"(^|[^0-9])(\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}([^0-9]|$)").unwrap()
        }),
        with: "${1}[phone]${3}",
    },
];

/// Replaces phones, emails, tokens and cookies in one log line.
pub fn redact(line: &str) -> String {
    let mut out = line.to_string();
    for rule in &RULES {
        if (rule.could_match)(&out) {
            out = rule.pattern.replace_all(&out, rule.with).into_owned();
        }
    }
    out
}

enum Msg {
    Line(Vec<u8>),
    Flush(mpsc::Sender<()>),
}

/// The logger's side of the log: hands whole lines to the log thread, which redacts and
/// writes them. Redaction compiles regexes and writing touches the disk; neither belongs on
/// the path between a browser's request and its reply.
struct LineSender {
    tx: mpsc::SyncSender<Msg>,
    line: Vec<u8>,
}

impl Write for LineSender {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            self.line.push(b);
            if b == b'\n' {
                // A full queue means the disk is stuck; dropping a log line beats stalling.
                let _ = self.tx.try_send(Msg::Line(std::mem::take(&mut self.line)));
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

static LOG_THREAD: OnceLock<mpsc::SyncSender<Msg>> = OnceLock::new();

fn spawn_log_thread(log_file: PathBuf, to_stderr: bool) -> mpsc::SyncSender<Msg> {
    let (tx, rx) = mpsc::sync_channel::<Msg>(10_000);
    std::thread::spawn(move || {
        // Opening (and rotating) the file here keeps the disk off the launching thread too.
        let mut file = open_log(&log_file);
        for msg in rx {
            match msg {
                Msg::Line(bytes) => {
                    let text = redact(&String::from_utf8_lossy(&bytes));
                    if let Some(file) = file.as_mut() {
                        let _ = file.write_all(text.as_bytes());
                    }
                    if to_stderr {
                        let _ = std::io::stderr().write_all(text.as_bytes());
                    }
                }
                Msg::Flush(done) => {
                    if let Some(file) = file.as_mut() {
                        let _ = file.flush();
                    }
                    let _ = done.send(());
                }
            }
        }
    });
    tx
}

/// The log file, rotated when too big; `None` (the log goes quiet) when it cannot be opened.
fn open_log(log_file: &Path) -> Option<std::fs::File> {
    if let Some(dir) = log_file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if std::fs::metadata(log_file).is_ok_and(|m| m.len() > MAX_LOG_BYTES) {
        let _ = std::fs::rename(log_file, log_file.with_extension("log.1"));
    }
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log_file)
        .ok()
}

/// Waits (briefly) until every line logged so far is on disk; call before exiting.
pub fn flush() {
    if let Some(tx) = LOG_THREAD.get() {
        let (done_tx, done_rx) = mpsc::channel();
        if tx.send(Msg::Flush(done_tx)).is_ok() {
            let _ = done_rx.recv_timeout(Duration::from_millis(500));
        }
    }
}

fn level(name: &str) -> LevelFilter {
    match name.to_ascii_lowercase().as_str() {
        "off" => LevelFilter::Off,
        "error" => LevelFilter::Error,
        "warn" => LevelFilter::Warn,
        "debug" => LevelFilter::Debug,
        "trace" => LevelFilter::Trace,
        _ => LevelFilter::Info,
    }
}

/// Starts file logging. Failure to open the log is not fatal: the host must keep serving the
/// browser even on a read-only profile, it just goes quiet.
pub fn init(log_file: &Path, level_name: &str, role: &str) {
    let config = ConfigBuilder::new()
        .set_time_format_rfc3339()
        .set_thread_level(LevelFilter::Off)
        .set_target_level(LevelFilter::Off)
        .add_filter_ignore_str("reqwest")
        .add_filter_ignore_str("hyper")
        .add_filter_ignore_str("rustls")
        .add_filter_ignore_str("html5ever")
        .add_filter_ignore_str("selectors")
        .build();
    let to_stderr = std::env::var_os("HIREBRIDGE_LOG_STDERR").is_some_and(|v| v == "1");
    let tx = spawn_log_thread(log_file.to_path_buf(), to_stderr);
    let _ = LOG_THREAD.set(tx.clone());
    let writer = LineSender {
        tx,
        line: Vec::new(),
    };
    let _ = WriteLogger::init(level(level_name), config, writer);
    log::info!("{role} started, pid {}", std::process::id());
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn personal_data_and_secrets_are_redacted() {
        let line = "phone 13800001234 / +86 138-0000-1234, mail A.b@qq.com, Authorization: Bearer abc.def, token=xyz, order 202313900001234567";
        let out = redact(line);
        assert!(!out.contains("13800001234"), "{out}");
        assert!(!out.contains("138-0000-1234"), "{out}");
        assert!(!out.contains("A.b@qq.com"), "{out}");
        assert!(!out.contains("abc.def"), "{out}");
        assert!(!out.contains("xyz"), "{out}");
        assert!(
            out.contains("202313900001234567"),
            "long ids are not phones: {out}"
        );
        assert!(redact(r#"{"token":"s3cr3t"}"#).contains("[redacted]"));
        assert!(
            redact("COOKIE: sid=42").contains("[redacted]"),
            "any ASCII case"
        );
        assert_eq!(redact("\"hello\" ok in 1.2ms"), "\"hello\" ok in 1.2ms");
    }
}
