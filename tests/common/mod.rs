//! Drives the real `hirebridge` binary over real pipes, as a browser does.
#![allow(dead_code)]

use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_hirebridge");
/// Long enough for a loaded CI machine; a reply that takes this long is a failure anyway.
pub const REPLY_WAIT: Duration = Duration::from_secs(60);

/// A data directory for one test, removed when dropped.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn store(&self) -> PathBuf {
        self.path().join("hirebridge.db")
    }

    /// A command for the binary with this home and no agent autostart.
    pub fn command(&self) -> Command {
        let mut c = Command::new(BIN);
        c.env("HIREBRIDGE_HOME", self.path())
            .env("HIREBRIDGE_AGENT_AUTOSTART", "0")
            .env_remove("HIREBRIDGE_CENTRAL_URL")
            .env_remove("HIREBRIDGE_ALLOWED_EXTENSIONS");
        c
    }

    pub fn write_config(&self, config: &Value) {
        std::fs::write(self.path().join("config.json"), config.to_string()).unwrap();
    }
}

/// What the host wrote on stdout, frame by frame.
pub enum Out {
    Frame(Vec<u8>),
    /// stdout ended; the bytes after the last whole frame (must be none).
    End(Vec<u8>),
}

pub struct Host {
    pub child: Child,
    stdin: Option<ChildStdin>,
    frames: Receiver<Out>,
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut v = (body.len() as u32).to_ne_bytes().to_vec();
    v.extend_from_slice(body);
    v
}

impl Host {
    pub fn start(home: &Home) -> Host {
        Host::start_with(home.command(), &["host"])
    }

    pub fn start_with(mut cmd: Command, args: &[&str]) -> Host {
        let mut child = cmd
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn hirebridge");
        let stdin = child.stdin.take();
        let mut stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        // Reads stdout strictly as frames: any stray byte shows up as a bad frame or a tail.
        std::thread::spawn(move || loop {
            let mut len = [0u8; 4];
            let mut got = 0;
            while got < 4 {
                match stdout.read(&mut len[got..]) {
                    Ok(0) | Err(_) => {
                        let _ = tx.send(Out::End(len[..got].to_vec()));
                        return;
                    }
                    Ok(n) => got += n,
                }
            }
            let n = u32::from_ne_bytes(len) as usize;
            assert!(
                n <= 1024 * 1024,
                "host wrote a frame of {n} bytes (over 1 MiB)"
            );
            let mut body = vec![0u8; n];
            if stdout.read_exact(&mut body).is_err() {
                let _ = tx.send(Out::End(len.to_vec()));
                return;
            }
            if tx.send(Out::Frame(body)).is_err() {
                return;
            }
        });
        Host {
            child,
            stdin,
            frames: rx,
        }
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    pub fn send(&mut self, request: &Value) {
        self.send_raw(&frame(request.to_string().as_bytes()));
    }

    /// The next reply, parsed; panics if stdout carries anything but a JSON frame.
    pub fn recv(&mut self) -> Value {
        match self.frames.recv_timeout(REPLY_WAIT) {
            Ok(Out::Frame(body)) => serde_json::from_slice(&body).unwrap_or_else(|e| {
                panic!(
                    "reply is not JSON ({e}): {:?}",
                    String::from_utf8_lossy(&body)
                )
            }),
            Ok(Out::End(tail)) => panic!(
                "host closed stdout (tail {tail:?}); stderr: {}",
                self.stderr_now()
            ),
            Err(_) => panic!("no reply within {REPLY_WAIT:?}"),
        }
    }

    pub fn call(&mut self, request: Value) -> Value {
        self.send(&request);
        self.recv()
    }

    /// Closes stdin (the browser closing the port) and waits for the exit.
    pub fn close(mut self) -> (ExitStatus, Vec<u8>) {
        drop(self.stdin.take());
        let status = wait_with_timeout(&mut self.child, Duration::from_secs(30));
        let tail = match self.frames.recv_timeout(Duration::from_secs(5)) {
            Ok(Out::End(tail)) => tail,
            Ok(Out::Frame(f)) => panic!("unexpected extra frame: {}", String::from_utf8_lossy(&f)),
            Err(_) => panic!("stdout not closed"),
        };
        (status, tail)
    }

    fn stderr_now(&mut self) -> String {
        let _ = self.child.kill();
        let mut s = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut s);
        }
        s
    }
}

pub fn wait_with_timeout(child: &mut Child, limit: Duration) -> ExitStatus {
    let start = std::time::Instant::now();
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("process did not exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A fixture-like resume page on a site without a board extractor.
pub fn generic_page(name: &str, phone: &str) -> String {
    format!(
        "<html><head><title>个人简历</title></head><body><h1>个人简历</h1>\
         <table><tr><th>姓名：</th><td>{name}</td><th>性别：</th><td>男</td></tr>\
         <tr><th>手机：</th><td>{phone}</td><th>年龄：</th><td>38岁</td></tr>\
         <tr><th>求职意向：</th><td>A2牵引车司机</td><th>期望薪资：</th><td>10000-12000元/月</td></tr></table>\
         <h2>自我评价</h2><p>持A2驾照，驾龄12年，有从业资格证。</p></body></html>"
    )
}
