//! install → doctor → uninstall with the real binary, in a throwaway HOME / XDG dir / HIREBRIDGE_HOME.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::mpsc;

const CHROME_ID: &str = "mnckmbjfbmnfpfcnkbddgbmlebkckbgi";
const FIREFOX_ID: &str = "hirebridge-e2e@example.com";
const HOST_FILE: &str = "com.hirebridge.host.json";

struct Sandbox {
    _dir: tempfile::TempDir,
    home: PathBuf,
    xdg: PathBuf,
    hb_home: PathBuf,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("home");
        let xdg = dir.path().join("xdg");
        let hb_home = dir.path().join("hb");
        for d in [&home, &xdg, &hb_home] {
            std::fs::create_dir_all(d).unwrap();
        }
        Sandbox {
            _dir: dir,
            home,
            xdg,
            hb_home,
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        let out = Command::new(env!("CARGO_BIN_EXE_hirebridge"))
            .args(args)
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", &self.xdg)
            .env("HIREBRIDGE_HOME", &self.hb_home)
            .env_remove("HIREBRIDGE_CENTRAL_URL")
            .env_remove("HIREBRIDGE_CENTRAL_TOKEN")
            .env_remove("HIREBRIDGE_ALLOWED_EXTENSIONS")
            .output()
            .unwrap();
        eprintln!(
            "$ hirebridge {}\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn chromium_manifest(&self) -> PathBuf {
        self.xdg
            .join("chromium/NativeMessagingHosts")
            .join(HOST_FILE)
    }

    fn firefox_manifest(&self) -> PathBuf {
        self.home
            .join(".mozilla/native-messaging-hosts")
            .join(HOST_FILE)
    }

    fn config(&self) -> serde_json::Value {
        read_json(&self.hb_home.join("config.json"))
    }
}

fn read_json(p: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A one-request central stand-in on 127.0.0.1: answers the channels call, reports the
/// Authorization header it saw.
fn fake_central(status: &'static str, body: &'static str) -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut head = String::new();
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap() > 0 && line != "\r\n" {
            head.push_str(&line);
            line.clear();
        }
        let _ = tx.send(head);
        let reply = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(reply.as_bytes()).unwrap();
        let _ = stream.read(&mut [0u8; 16]);
    });
    (url, rx)
}

#[test]
fn install_doctor_uninstall_round_trip() {
    let sb = Sandbox::new();
    let binary = std::fs::canonicalize(env!("CARGO_BIN_EXE_hirebridge")).unwrap();

    // Things install must keep: config fields, a neighbour's manifest, a pre-existing dir.
    let (central, seen) = fake_central("200 OK", r#"{"message":"success","channels":[]}"#);
    std::fs::write(
        sb.hb_home.join("config.json"),
        format!(r#"{{"refresh_cooldown_secs": 42, "central": {{"base_url": "{central}/", "token": "t0k"}}}}"#),
    )
    .unwrap();
    let mozilla = sb.home.join(".mozilla/native-messaging-hosts");
    std::fs::create_dir_all(&mozilla).unwrap();
    let neighbour = mozilla.join("org.example.other.json");
    std::fs::write(&neighbour, "{}").unwrap();
    hirebridge::store::Store::open(&sb.hb_home.join("hirebridge.db")).unwrap();

    let out = sb.run(&[
        "install",
        "--browser",
        "chromium",
        "--browser",
        "firefox",
        "--extension-id",
        CHROME_ID,
        "--extension-id",
        FIREFOX_ID,
    ]);
    assert!(out.status.success());

    let c = read_json(&sb.chromium_manifest());
    assert_eq!(c["name"], "com.hirebridge.host");
    assert_eq!(c["type"], "stdio");
    assert_eq!(c["path"], binary.to_str().unwrap());
    assert_eq!(
        c["allowed_origins"],
        serde_json::json!([format!("chrome-extension://{CHROME_ID}/")])
    );
    let f = read_json(&sb.firefox_manifest());
    assert_eq!(f["path"], binary.to_str().unwrap());
    assert_eq!(f["allowed_extensions"], serde_json::json!([FIREFOX_ID]));
    let config = sb.config();
    assert_eq!(
        config["allowed_extensions"],
        serde_json::json!([CHROME_ID, FIREFOX_ID])
    );
    assert_eq!(
        config["refresh_cooldown_secs"], 42,
        "other config fields kept"
    );
    assert_eq!(config["central"]["token"], "t0k");

    // An agent holding its lock is reported as running.
    let lock = std::fs::File::create(sb.hb_home.join("agent.lock")).unwrap();
    fs4::fs_std::FileExt::try_lock_exclusive(&lock).unwrap();

    let out = sb.run(&["doctor"]);
    let text = stdout(&out);
    assert!(out.status.success(), "doctor should pass:\n{text}");
    assert!(text.contains(&format!("chrome-extension://{CHROME_ID}/")));
    assert!(
        text.contains(binary.to_str().unwrap()),
        "doctor names the binary it expects"
    );
    assert!(text.contains("passes integrity_check"));
    assert!(text.contains("agent: running"));
    assert!(text.contains("reachable and authorised"));
    let request = seen.recv().unwrap();
    assert!(
        request.starts_with("GET /api/plugin/channels?ids=1 "),
        "{request}"
    );
    assert!(
        request
            .to_ascii_lowercase()
            .contains("authorization: bearer t0k"),
        "{request}"
    );
    drop(lock);

    // Break the Chromium manifest: doctor fails and says why.
    std::fs::write(
        sb.chromium_manifest(),
        "{\"name\": \"com.hirebridge.host\",",
    )
    .unwrap();
    // ...and a central that refuses the token is reported too.
    let (central, _seen) = fake_central("401 Unauthorized", r#"{"message":"token invalid"}"#);
    let mut cfg = sb.config();
    cfg["central"]["base_url"] = central.into();
    std::fs::write(sb.hb_home.join("config.json"), cfg.to_string()).unwrap();
    let out = sb.run(&["doctor"]);
    assert!(!out.status.success());
    let text = stdout(&out);
    assert!(text.contains("not valid JSON"), "{text}");
    assert!(text.contains("the token was refused"), "{text}");
    assert!(text.contains("fix:"));

    // A wrong id in the config (manifest and config disagree) is also caught.
    let (central, _seen) = fake_central("200 OK", r#"{"message":"success"}"#);
    cfg["central"]["base_url"] = central.into();
    std::fs::write(sb.hb_home.join("config.json"), cfg.to_string()).unwrap();
    let out = sb.run(&["install", "--browser", "chromium", "--browser", "firefox"]);
    assert!(out.status.success(), "reinstall from the configured ids");
    assert!(read_json(&sb.chromium_manifest()).is_object());
    cfg["allowed_extensions"] = serde_json::json!(["abcdefghijklmnopabcdefghijklmnop", FIREFOX_ID]);
    std::fs::write(sb.hb_home.join("config.json"), cfg.to_string()).unwrap();
    let out = sb.run(&["doctor"]);
    assert!(!out.status.success());
    assert!(stdout(&out).contains("forbidden"));

    let out = sb.run(&["uninstall"]);
    assert!(out.status.success());
    assert!(!sb.chromium_manifest().exists());
    assert!(!sb.firefox_manifest().exists());
    // Directories install created are gone; the ones that were there stay, with their files.
    assert!(!sb.xdg.join("chromium").exists());
    assert!(neighbour.exists());
    assert!(sb.hb_home.join("config.json").exists());
    assert!(sb.hb_home.join("hirebridge.db").exists());
    assert!(!sb.hb_home.join("install-record.json").exists());

    let out = sb.run(&["uninstall"]);
    assert!(out.status.success(), "a second uninstall has nothing to do");
    assert!(stdout(&out).contains("nothing to remove"));
}

#[test]
fn manifest_dir_install_and_bad_ids() {
    let sb = Sandbox::new();
    let udd = sb.home.join("profile");
    let nmh = udd.join("NativeMessagingHosts");

    let out = sb.run(&[
        "install",
        "--manifest-dir",
        nmh.to_str().unwrap(),
        "--extension-id",
        "ABC",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid extension id"), "{err}");
    assert!(!nmh.exists(), "nothing written for a bad id");
    assert!(!sb.hb_home.join("config.json").exists());

    let out = sb.run(&[
        "install",
        "--browser",
        "firefox",
        "--extension-id",
        CHROME_ID,
    ]);
    assert!(!out.status.success(), "Firefox needs a Firefox add-on id");

    let out = sb.run(&[
        "install",
        "--manifest-dir",
        nmh.to_str().unwrap(),
        "--extension-id",
        CHROME_ID,
    ]);
    assert!(out.status.success());
    let m = read_json(&nmh.join(HOST_FILE));
    assert_eq!(
        m["allowed_origins"],
        serde_json::json!([format!("chrome-extension://{CHROME_ID}/")])
    );
    let out = sb.run(&["doctor", "--manifest-dir", nmh.to_str().unwrap()]);
    assert!(stdout(&out).contains("valid, chromium manifest"));

    let out = sb.run(&["uninstall"]);
    assert!(out.status.success());
    assert!(!nmh.exists());
    assert!(
        !udd.exists(),
        "the profile dir was created by install, and is empty again"
    );
}

/// installer/install.sh with a prebuilt binary: copies it to the stable per-user place, registers
/// that copy, and `--uninstall` takes both away again.
#[cfg(unix)]
#[test]
fn install_script_registers_a_stable_copy_of_the_binary() {
    let sb = Sandbox::new();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("installer/install.sh");
    let run = |args: &[&str]| {
        let out = Command::new("sh")
            .arg(&script)
            .args(args)
            .env("HOME", &sb.home)
            .env("XDG_CONFIG_HOME", &sb.xdg)
            .env_remove("XDG_DATA_HOME")
            .env("HIREBRIDGE_HOME", &sb.hb_home)
            .env("HIREBRIDGE_BINARY", env!("CARGO_BIN_EXE_hirebridge"))
            .output()
            .unwrap();
        eprintln!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
        out
    };
    let out = run(&["--browser", "chromium", "--extension-id", CHROME_ID]);
    assert!(out.status.success());
    let copy = if cfg!(target_os = "macos") {
        sb.home
            .join("Library/Application Support/hirebridge/bin/hirebridge")
    } else {
        sb.home.join(".local/share/hirebridge/bin/hirebridge")
    };
    assert!(copy.is_file());
    let manifest = if cfg!(target_os = "macos") {
        sb.home
            .join("Library/Application Support/Chromium/NativeMessagingHosts")
            .join(HOST_FILE)
    } else {
        sb.chromium_manifest()
    };
    assert_eq!(read_json(&manifest)["path"], copy.to_str().unwrap());

    let out = run(&["--uninstall"]);
    assert!(out.status.success());
    assert!(!copy.exists());
    assert!(!manifest.exists());
    assert!(sb.hb_home.join("config.json").exists(), "config is kept");
}
