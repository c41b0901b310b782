//! Spawn-to-first-reply time of `hello`: start the host as a browser would, send one frame,
//! time until the reply frame is read. Prints the median and spread over N runs.
//!
//! cargo build --release && cargo run --release --example hello_latency -- [target/release/hirebridge] [N]

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bin = args
        .first()
        .cloned()
        .unwrap_or_else(|| "target/release/hirebridge".into());
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(50);
    let home = std::env::temp_dir().join(format!("hirebridge-latency-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    let body = br#"{"type":"hello","timestamp":1}"#;
    let mut frame = (body.len() as u32).to_ne_bytes().to_vec();
    frame.extend_from_slice(body);

    // One warm-up run creates the store, as the first browser launch after install does.
    let mut times = Vec::with_capacity(n);
    for i in 0..=n {
        let start = Instant::now();
        let mut child = Command::new(&bin)
            .arg("host")
            .env("HIREBRIDGE_HOME", &home)
            .env("HIREBRIDGE_AGENT_AUTOSTART", "0")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn host");
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&frame).unwrap();
        stdin.flush().unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut len = [0u8; 4];
        out.read_exact(&mut len).unwrap();
        let mut reply = vec![0u8; u32::from_ne_bytes(len) as usize];
        out.read_exact(&mut reply).unwrap();
        let elapsed = start.elapsed();
        drop(stdin);
        child.wait().unwrap();
        assert!(
            reply.windows(9).any(|w| w == b"\"ok\":true"),
            "hello failed"
        );
        if i > 0 {
            times.push(elapsed.as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "hello spawn-to-first-reply over {n} runs: median {:.2} ms, p10 {:.2} ms, p90 {:.2} ms, max {:.2} ms",
        pct(0.5),
        pct(0.1),
        pct(0.9),
        times[times.len() - 1]
    );
    let _ = std::fs::remove_dir_all(&home);
}
