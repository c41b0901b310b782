//! Logging to a file (never stdout: it belongs to the protocol), with personal data and
//! secrets redacted before anything reaches the disk.

use regex::Regex;
use simplelog::{ConfigBuilder, LevelFilter, WriteLogger};
use std::io::Write;
use std::path::Path;
use std::sync::LazyLock;

/// Rotate when the log grows past this; one old file is kept.
const MAX_LOG_BYTES: u64 = 5 * 1024 * 1024;

static SECRETS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    vec![
        (
            Regex::new(r#"(?i)(authorization|cookie|set-cookie|token|password|passwd)(\s*[:=]\s*|"\s*:\s*")(bearer\s+)?[^\s",;&]+"#).unwrap(),
            "${1}${2}[redacted]",
        ),
        (Regex::new(r"(?i)bearer\s+[A-Za-z0-9._~+/=-]+").unwrap(), "Bearer [redacted]"),
        (Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").unwrap(), "[email]"),
        // Mainland mobiles, also with +86 and separators, but not inside longer digit runs.
        (
            Regex::new(r"(^|[^0-9])(\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]){8}([^0-9]|$)").unwrap(),
            "${1}[phone]${3}",
        ),
    ]
});

/// Replaces phones, emails, tokens and cookies in one log line.
pub fn redact(line: &str) -> String {
    let mut out = line.to_string();
    for (re, with) in SECRETS.iter() {
        out = re.replace_all(&out, *with).into_owned();
    }
    out
}

/// Buffers a record until its newline so redaction sees whole lines, whatever pieces the
/// formatter writes them in.
struct RedactingWriter<W: Write> {
    inner: W,
    line: Vec<u8>,
}

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            self.line.push(b);
            if b == b'\n' {
                let text = redact(&String::from_utf8_lossy(&self.line));
                self.inner.write_all(text.as_bytes())?;
                self.line.clear();
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.line.is_empty() {
            let text = redact(&String::from_utf8_lossy(&self.line));
            self.inner.write_all(text.as_bytes())?;
            self.line.clear();
        }
        self.inner.flush()
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
    if let Some(dir) = log_file.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if std::fs::metadata(log_file).is_ok_and(|m| m.len() > MAX_LOG_BYTES) {
        let _ = std::fs::rename(log_file, log_file.with_extension("log.1"));
    }
    let file = match std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log_file)
    {
        Ok(f) => f,
        Err(_) => return,
    };
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
    let writer = RedactingWriter {
        inner: file,
        line: Vec::new(),
    };
    let level = level(level_name);
    if std::env::var_os("HIREBRIDGE_LOG_STDERR").is_some_and(|v| v == "1") {
        let _ = simplelog::CombinedLogger::init(vec![
            WriteLogger::new(level, config.clone(), writer),
            WriteLogger::new(
                level,
                config,
                RedactingWriter {
                    inner: std::io::stderr(),
                    line: Vec::new(),
                },
            ),
        ]);
    } else {
        let _ = WriteLogger::init(level, config, writer);
    }
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
    }
}
