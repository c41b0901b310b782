//! Host mode: serve the native-messaging protocol on stdin/stdout for one browser port.
//!
//! Frames are read in order but handled concurrently, so a request waiting on the network
//! never holds up a cache read behind it; one writer task owns stdout and writes whole frames.

use crate::framing::{self, FrameError, Inbound};
use crate::handlers::{self, Ctx};
use crate::protocol::{self, envelope, ErrorCode, Failure};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

/// Exit code when the caller is not an allowed extension.
pub const EXIT_FORBIDDEN: i32 = 3;

/// Who started us, from the launch arguments browsers use (NATIVE_MESSAGING.md §1.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// `hirebridge host`: a person or script, not a browser.
    Explicit,
    /// Chromium family: `chrome-extension://<id>/` (plus `--parent-window=<n>` on Windows).
    Chromium(String),
    /// Firefox: `<manifest path> <add-on id>`.
    Firefox(String),
}

/// Recognises host mode from the arguments after the program name (a browser launch, or a
/// bare `host`); `None` when the arguments are another command line. Decided before clap,
/// whose parser costs a launch more than half a millisecond.
pub fn caller_from_args(args: &[String]) -> Option<Caller> {
    let first = args.first()?;
    if args.len() == 1 && first == "host" {
        return Some(Caller::Explicit);
    }
    if let Some(rest) = first.strip_prefix("chrome-extension://") {
        return Some(Caller::Chromium(rest.trim_end_matches('/').to_string()));
    }
    if first.to_ascii_lowercase().ends_with(".json") && args.len() >= 2 && !args[1].starts_with('-')
    {
        return Some(Caller::Firefox(args[1].clone()));
    }
    None
}

impl Caller {
    pub fn is_allowed(&self, allowed: &[String]) -> bool {
        match self {
            Caller::Explicit => true,
            Caller::Chromium(id) | Caller::Firefox(id) => allowed.iter().any(|a| a == id),
        }
    }
}

/// Handles one frame body and returns the encoded reply frame.
async fn respond(ctx: Arc<Ctx>, body: Vec<u8>) -> Vec<u8> {
    let started = Instant::now();
    let (echo, outcome) = match protocol::parse(&body) {
        Ok(req) => {
            let echo = req.echo();
            // A panic inside a handler becomes an `internal` reply instead of a silent loss.
            let outcome = match tokio::spawn(handlers::handle(ctx, req)).await {
                Ok(o) => o,
                Err(e) => {
                    log::error!("handler for {:?} failed: {e}", echo.r#type);
                    Err(Failure::new(ErrorCode::Internal))
                }
            };
            (echo, outcome)
        }
        Err(rejected) => (rejected.echo, Err(rejected.failure)),
    };
    match &outcome {
        Ok(_) => log::info!("{:?} ok in {:?}", echo.r#type, started.elapsed()),
        Err(f) => log::info!(
            "{:?} failed: {} ({}) in {:?}",
            echo.r#type,
            f.code.as_str(),
            f.msg,
            started.elapsed()
        ),
    }
    encode_reply(&echo, outcome)
}

fn encode_reply(echo: &protocol::Echo, outcome: handlers::Outcome) -> Vec<u8> {
    let value = envelope::reply(echo, outcome);
    let bytes = serde_json::to_vec(&value).expect("reply serialises");
    match framing::encode(&bytes) {
        Ok(frame) => frame,
        Err(_) => {
            log::warn!(
                "reply to {:?} was {} bytes; sent response_too_large instead",
                echo.r#type,
                bytes.len()
            );
            let small =
                serde_json::to_vec(&envelope::too_large_reply(echo)).expect("reply serialises");
            framing::encode(&small).expect("error reply is small")
        }
    }
}

/// Serves until the browser closes the port. Returns the process exit code: 0 on EOF,
/// 1 on a truncated frame or a broken stdin.
pub async fn serve<R, W>(ctx: Arc<Ctx>, mut reader: R, mut writer: W) -> i32
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin + Send + 'static,
{
    let (tx, mut rx) = mpsc::unbounded_channel::<Vec<u8>>();
    let writer_task = tokio::spawn(async move {
        while let Some(frame) = rx.recv().await {
            // EPIPE: the browser closed the port. Nothing more can be delivered; stop quietly.
            if writer.write_all(&frame).await.is_err() || writer.flush().await.is_err() {
                log::info!("stdout closed by the browser");
                break;
            }
        }
    });
    let mut inflight = JoinSet::new();
    let code = loop {
        while inflight.try_join_next().is_some() {}
        match framing::read_frame(&mut reader).await {
            Ok(Inbound::Frame(body)) => {
                let (ctx, tx) = (Arc::clone(&ctx), tx.clone());
                inflight.spawn(async move {
                    let _ = tx.send(respond(ctx, body).await);
                });
            }
            Ok(Inbound::TooLarge(len)) => {
                log::warn!("discarded a {len}-byte message (over the 64 MiB limit)");
                let f = Failure::new(ErrorCode::MessageTooLarge);
                let _ = tx.send(encode_reply(&protocol::Echo::unknown(), Err(f)));
            }
            Ok(Inbound::Eof) => break 0,
            Err(FrameError::Truncated { expected, got }) => {
                log::error!("stdin ended inside a frame ({got} of {expected} bytes); exiting");
                break 1;
            }
            Err(e) => {
                log::error!("reading stdin failed: {e}");
                break 1;
            }
        }
    };
    // Everything accepted is already in the store; give in-flight replies a moment to go out.
    let deadline = Duration::from_millis(800);
    let _ = tokio::time::timeout(deadline, async {
        while inflight.join_next().await.is_some() {}
    })
    .await;
    inflight.abort_all();
    drop(tx);
    let _ = tokio::time::timeout(Duration::from_millis(150), writer_task).await;
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn launch_arguments() {
        assert_eq!(
            caller_from_args(&args(&[
                "chrome-extension://abcdefghijklmnopabcdefghijklmnop/"
            ])),
            Some(Caller::Chromium("abcdefghijklmnopabcdefghijklmnop".into()))
        );
        assert_eq!(
            caller_from_args(&args(&["chrome-extension://abc/", "--parent-window=1234"])),
            Some(Caller::Chromium("abc".into()))
        );
        assert_eq!(
            caller_from_args(&args(&[
                "/home/u/.mozilla/native-messaging-hosts/com.hirebridge.host.json",
                "hb@example.com"
            ])),
            Some(Caller::Firefox("hb@example.com".into()))
        );
        assert_eq!(caller_from_args(&args(&["host"])), Some(Caller::Explicit));
        assert_eq!(caller_from_args(&args(&["host", "--help"])), None);
        assert_eq!(caller_from_args(&args(&["status"])), None);
        assert_eq!(caller_from_args(&args(&[])), None);
    }

    #[test]
    fn oversized_reply_is_replaced_by_an_error_for_the_same_request() {
        let echo = protocol::Echo {
            shape: protocol::Shape::Bare,
            r#type: Some("crawl_url".into()),
            timestamp: Some(serde_json::json!(42)),
            request_id: None,
        };
        let mut big = serde_json::Map::new();
        big.insert(
            "blob".into(),
            serde_json::json!("x".repeat(framing::MAX_OUTBOUND)),
        );
        let frame = encode_reply(&echo, Ok(big));
        let reply: serde_json::Value = serde_json::from_slice(&frame[4..]).unwrap();
        assert_eq!(reply["code"], "response_too_large");
        assert_eq!(reply["type"], "crawl_url");
        assert_eq!(reply["timestamp"], 42);
        assert_eq!(reply["ok"], false);
    }

    #[test]
    fn allowed_ids() {
        let allowed = vec!["abc".to_string()];
        assert!(Caller::Chromium("abc".into()).is_allowed(&allowed));
        assert!(!Caller::Chromium("abd".into()).is_allowed(&allowed));
        assert!(!Caller::Firefox("abc@x".into()).is_allowed(&allowed));
        assert!(!Caller::Chromium("abc".into()).is_allowed(&[]));
        assert!(Caller::Explicit.is_allowed(&[]));
    }
}
