//! `hirebridge call '<json>'`: one exchange with a host child, as a browser would do it.

use crate::framing::{self, Inbound};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::AsyncWriteExt;

pub fn run(request: &str) -> i32 {
    if let Err(e) = serde_json::from_str::<serde_json::Value>(request) {
        eprintln!("请求不是有效的 JSON / the request is not valid JSON: {e}");
        return 2;
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    match rt.block_on(exchange(request.as_bytes())) {
        Ok(reply) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&reply).unwrap_or_default()
            );
            let ok = find_ok(&reply);
            if ok == Some(true) || ok.is_none() {
                0
            } else {
                1
            }
        }
        Err(e) => {
            eprintln!("{e}");
            2
        }
    }
}

/// `ok` of a bare or wrapped reply (the LoginInit shape has none).
fn find_ok(v: &serde_json::Value) -> Option<bool> {
    v.get("ok")
        .or_else(|| v.get("PythonToJs").and_then(|i| i.get("ok")))
        .or_else(|| v.get("PythonToPlugin").and_then(|i| i.get("ok")))
        .and_then(serde_json::Value::as_bool)
}

async fn exchange(body: &[u8]) -> Result<serde_json::Value, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find own binary: {e}"))?;
    let mut child = tokio::process::Command::new(exe)
        .arg("host")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("cannot start the host: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let mut stdout = child.stdout.take().expect("piped");
    let frame = framing::encode(body).map_err(|e| e.to_string())?;
    stdin
        .write_all(&frame)
        .await
        .map_err(|e| format!("host closed its input: {e}"))?;
    stdin.flush().await.map_err(|e| e.to_string())?;
    let reply = tokio::time::timeout(Duration::from_secs(60), framing::read_frame(&mut stdout))
        .await
        .map_err(|_| "no reply from the host within 60 s".to_string())?
        .map_err(|e| format!("bad reply from the host: {e}"))?;
    // Closing stdin is how a browser ends the session; the host then exits by itself.
    drop(stdin);
    let _ = tokio::time::timeout(Duration::from_secs(5), child.wait()).await;
    match reply {
        Inbound::Frame(bytes) => {
            serde_json::from_slice(&bytes).map_err(|e| format!("reply is not JSON: {e}"))
        }
        Inbound::TooLarge(n) => Err(format!("reply of {n} bytes is over the limit")),
        Inbound::Eof => Err("the host exited without replying (see its log)".into()),
    }
}
