//! `hirebridge doctor`: checks every piece the browser→host→store→central chain needs and says
//! how to fix what is broken.

use super::browsers::Family;
use super::locations::{self, Env, Scope, HOST_NAME};
use super::manifest::{self, ExtensionId};
use super::record::InstallRecord;
use crate::config::Config;
use crate::paths::Paths;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Default, clap::Args)]
pub struct DoctorArgs {
    /// Also check the manifest in this directory (e.g. a test profile's NativeMessagingHosts).
    #[arg(long, value_name = "DIR")]
    pub manifest_dir: Option<PathBuf>,
}

#[derive(Default)]
struct Report {
    broken: usize,
    warnings: usize,
}

impl Report {
    fn ok(&mut self, what: impl AsRef<str>) {
        println!("  ok    {}", what.as_ref());
    }

    fn warn(&mut self, what: impl AsRef<str>, fix: impl AsRef<str>) {
        self.warnings += 1;
        println!("  WARN  {}\n        fix: {}", what.as_ref(), fix.as_ref());
    }

    fn fail(&mut self, what: impl AsRef<str>, fix: impl AsRef<str>) {
        self.broken += 1;
        println!("  FAIL  {}\n        fix: {}", what.as_ref(), fix.as_ref());
    }
}

const REINSTALL: &str =
    "run `hirebridge install --extension-id <id>` again / 重新运行 hirebridge install";

pub fn run_doctor(args: &DoctorArgs) -> i32 {
    let paths = Paths::from_env();
    let env = Env::current();
    let mut r = Report::default();
    println!(
        "hirebridge doctor {} (host name {HOST_NAME})",
        env!("CARGO_PKG_VERSION")
    );

    println!("\nbinary and configuration");
    let binary = match super::current_binary() {
        Ok(b) => {
            r.ok(format!("this binary: {}", b.display()));
            Some(b)
        }
        Err(e) => {
            r.fail(e, "reinstall hirebridge");
            None
        }
    };
    let config = match Config::load(&paths) {
        Ok(c) => {
            r.ok(format!("config: {}", paths.config_file().display()));
            c
        }
        Err(e) => {
            r.fail(
                format!("config: {e}"),
                format!(
                    "fix or delete {} (it is JSON)",
                    paths.config_file().display()
                ),
            );
            Config::default()
        }
    };
    let mut ids: Vec<ExtensionId> = Vec::new();
    for raw in &config.allowed_extensions {
        match ExtensionId::parse(raw) {
            Ok(id) => ids.push(id),
            Err(e) => r.fail(format!("config allowed_extensions: {e}"), REINSTALL),
        }
    }
    if ids.is_empty() {
        r.fail(
            "no extension is allowed to start the host (config allowed_extensions is empty)",
            "run `hirebridge install --extension-id <id>` / 用 --extension-id 指定插件 ID",
        );
    } else {
        let origins: Vec<String> = ids
            .iter()
            .map(|i| match i {
                ExtensionId::Chromium(_) => i.origin(),
                ExtensionId::Firefox(s) => s.clone(),
            })
            .collect();
        r.ok(format!("expected callers: {}", origins.join(", ")));
    }

    println!("\nbrowser registrations");
    check_registrations(&mut r, args, &env, &paths, binary.as_deref(), &ids);
    let policy_dirs: Vec<&Path> = POLICY_DIRS.iter().map(Path::new).collect();
    check_policies(&mut r, &policy_dirs);

    println!("\nlocal store and agent");
    check_store(&mut r, &paths);
    check_agent(&mut r, &paths);

    println!("\ncentral server");
    check_central(&mut r, &config);

    println!();
    if r.broken == 0 {
        println!("all good ({} warning(s)) / 检查通过", r.warnings);
        0
    } else {
        println!(
            "{} problem(s), {} warning(s): fix the FAIL lines above / 请按上面的提示修复",
            r.broken, r.warnings
        );
        1
    }
}

fn check_registrations(
    r: &mut Report,
    args: &DoctorArgs,
    env: &Env,
    paths: &Paths,
    binary: Option<&Path>,
    ids: &[ExtensionId],
) {
    let record = match InstallRecord::load(&paths.data_dir) {
        Ok(rec) => rec,
        Err(e) => {
            r.fail(e, REINSTALL);
            InstallRecord::default()
        }
    };
    // path -> (label, must exist)
    let mut manifests: BTreeMap<PathBuf, (String, bool)> = BTreeMap::new();
    for m in &record.manifests {
        manifests.insert(m.path.clone(), (m.browsers.join(", "), true));
    }
    if let Some(dir) = &args.manifest_dir {
        manifests.insert(locations::manifest_in(dir), ("--manifest-dir".into(), true));
    }
    let exists = |p: &Path| p.exists();
    for b in locations::detect(env, &exists) {
        let regs: Vec<PathBuf> = [Scope::User, Scope::System]
            .into_iter()
            .flat_map(|s| locations::registration(b, env, s).manifests)
            .collect();
        let present: Vec<&PathBuf> = regs.iter().filter(|p| p.exists()).collect();
        if present.is_empty() && !manifests.values().any(|(l, _)| l.contains(b.id())) {
            r.warn(
                format!("{b} is installed but hirebridge is not registered with it"),
                format!(
                    "`hirebridge install --browser {} --extension-id <id>`",
                    b.id()
                ),
            );
        }
        for p in present {
            manifests
                .entry(p.clone())
                .or_insert_with(|| (b.id().to_string(), false));
        }
    }
    for s in locations::sandboxed_browsers(env, &exists) {
        r.warn(
            format!(
                "{} is a {} package ({})",
                s.browser,
                s.kind,
                s.dir.display()
            ),
            s.advice,
        );
    }
    if manifests.is_empty() && record.registry_keys.is_empty() {
        r.fail(
            "no host manifest found for any browser / 没有找到任何浏览器的 host 清单",
            "`hirebridge install --extension-id <id>` (the browser then says \"Specified native messaging host not found\" until this is done)",
        );
    }
    for (path, (label, _)) in &manifests {
        check_manifest(r, path, label, binary, ids);
    }
    for key in &record.registry_keys {
        match super::registry::read(key) {
            Ok(Some(v)) if Path::new(&v) == key.manifest => r.ok(format!("registry {key} -> {v}")),
            Ok(Some(v)) => r.fail(
                format!(
                    "registry {key} points at {v}, expected {}",
                    key.manifest.display()
                ),
                REINSTALL,
            ),
            Ok(None) => r.fail(format!("registry key {key} is missing"), REINSTALL),
            Err(e) => r.fail(format!("registry key {key}: {e}"), REINSTALL),
        }
    }
}

fn check_manifest(
    r: &mut Report,
    path: &Path,
    label: &str,
    binary: Option<&Path>,
    ids: &[ExtensionId],
) {
    let at = format!("[{label}] {}", path.display());
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            r.fail(
                format!("{at}: cannot read ({e}); the browser reports \"Specified native messaging host not found\""),
                REINSTALL,
            );
            return;
        }
    };
    let json: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            r.fail(
                format!("{at}: not valid JSON ({e}); the browser ignores it (\"host not found\")"),
                REINSTALL,
            );
            return;
        }
    };
    let mut fine = true;
    if json.get("name").and_then(|v| v.as_str()) != Some(HOST_NAME) {
        fine = false;
        r.fail(
            format!("{at}: \"name\" is {}, must be {HOST_NAME:?}", json["name"]),
            REINSTALL,
        );
    }
    if json.get("type").and_then(|v| v.as_str()) != Some("stdio") {
        fine = false;
        r.fail(format!("{at}: \"type\" must be \"stdio\""), REINSTALL);
    }
    match json.get("path").and_then(|v| v.as_str()) {
        None => {
            fine = false;
            r.fail(format!("{at}: no \"path\""), REINSTALL);
        }
        Some(p) => {
            let p = Path::new(p);
            if !p.is_absolute() {
                fine = false;
                r.fail(
                    format!("{at}: \"path\" {} is not absolute", p.display()),
                    REINSTALL,
                );
            } else if !p.is_file() {
                fine = false;
                r.fail(
                    format!("{at}: \"path\" {} does not exist; the browser reports \"Failed to start native messaging host\"", p.display()),
                    "reinstall with installer/install.sh (or .ps1), which copies the binary to a stable place, then run install",
                );
            } else if !is_executable(p) {
                fine = false;
                r.fail(
                    format!("{at}: {} is not executable", p.display()),
                    format!("chmod +x {}", p.display()),
                );
            } else if let Some(b) = binary {
                let canon = |x: &Path| std::fs::canonicalize(x).ok();
                let same = canon(p).is_some() && canon(p) == canon(b);
                if !same {
                    r.warn(
                        format!("{at}: browsers start {}, not this binary {}", p.display(), b.display()),
                        "fine if that is the installed copy; otherwise run install from the binary you want used",
                    );
                }
            }
        }
    }
    let family = if json.get("allowed_extensions").is_some() {
        Family::Firefox
    } else {
        Family::Chromium
    };
    match manifest::allowed_ids(&json, family) {
        None => {
            fine = false;
            r.fail(
                format!("{at}: allowed ids are missing or not a list of strings"),
                REINSTALL,
            );
        }
        Some(listed) => {
            if family == Family::Chromium {
                let bad: Vec<&serde_json::Value> = json["allowed_origins"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|o| {
                        let s = o.as_str().unwrap_or("");
                        !(s.starts_with("chrome-extension://") && s.ends_with('/'))
                    })
                    .collect();
                if !bad.is_empty() {
                    fine = false;
                    r.fail(
                        format!("{at}: origins must look like chrome-extension://<id>/ (with the trailing /): {bad:?}"),
                        REINSTALL,
                    );
                }
            }
            let listed: BTreeSet<String> = listed.into_iter().collect();
            let configured: BTreeSet<String> = ids
                .iter()
                .filter(|i| i.family() == family)
                .map(|i| i.as_str().to_string())
                .collect();
            if listed != configured {
                fine = false;
                r.fail(
                    format!(
                        "{at}: allows {:?} but the config allows {:?}; a caller missing from the manifest gets \"Access to the specified native messaging host is forbidden\", one missing from the config is refused by the host",
                        listed, configured
                    ),
                    REINSTALL,
                );
            }
        }
    }
    if fine {
        r.ok(format!("{at}: valid, {} manifest", family.name()));
    }
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p)
        .map(|m| m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.extension()
        .map(|e| {
            e.eq_ignore_ascii_case("exe")
                || e.eq_ignore_ascii_case("bat")
                || e.eq_ignore_ascii_case("cmd")
        })
        .unwrap_or(false)
}

const POLICY_DIRS: [&str; 4] = [
    "/etc/opt/chrome/policies/managed",
    "/etc/chromium/policies/managed",
    "/etc/opt/edge/policies/managed",
    "/etc/brave/policies/managed",
];

/// Enterprise policies can forbid user-level hosts or this host by name (Linux policy files;
/// the Windows registry and macOS profile forms are not read yet).
fn check_policies(r: &mut Report, dirs: &[&Path]) {
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            let listed = |key: &str, what: &str| {
                json.get(key)
                    .and_then(|v| v.as_array())
                    .map(|a| a.iter().any(|x| x.as_str() == Some(what)))
                    .unwrap_or(false)
            };
            let at = path.display();
            if json.get("NativeMessagingUserLevelHosts") == Some(&serde_json::Value::Bool(false)) {
                r.warn(
                    format!("policy {at}: NativeMessagingUserLevelHosts=false, per-user manifests are ignored"),
                    "install with --system (as root), or ask IT to change the policy",
                );
            }
            if listed("NativeMessagingBlocklist", "*")
                || listed("NativeMessagingBlocklist", HOST_NAME)
            {
                if listed("NativeMessagingAllowlist", HOST_NAME) {
                    r.ok(format!("policy {at}: {HOST_NAME} is allow-listed"));
                } else {
                    r.fail(
                        format!("policy {at}: native messaging host {HOST_NAME} is blocked"),
                        format!("ask IT to add {HOST_NAME} to NativeMessagingAllowlist"),
                    );
                }
            }
        }
    }
}

fn check_store(r: &mut Report, paths: &Paths) {
    let file = paths.store_file();
    if !file.exists() {
        r.ok(format!(
            "store {} not created yet (made on first use)",
            file.display()
        ));
        return;
    }
    match crate::store::Store::open(&file) {
        Err(e) => r.fail(
            format!("store {}: {e}", file.display()),
            "close other hirebridge processes; if it stays broken, move the file aside (uploads still queued in it are lost)",
        ),
        Ok(store) => match store.integrity_check() {
            Ok(Ok(())) => r.ok(format!("store {} opens and passes integrity_check", file.display())),
            Ok(Err(problems)) => r.fail(
                format!("store {} is damaged: {problems}", file.display()),
                "move it aside and restart; export what you can first with `hirebridge resumes export`",
            ),
            Err(e) => r.fail(format!("store integrity_check: {e}"), "see the log file"),
        },
    }
}

fn check_agent(r: &mut Report, paths: &Paths) {
    use fs4::fs_std::FileExt;
    let lock = paths.agent_lock_file();
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&lock)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            r.ok("agent: not running (it starts when the browser first connects)");
            return;
        }
        Err(e) => {
            r.warn(
                format!("agent lock {}: {e}", lock.display()),
                "check the data directory's permissions",
            );
            return;
        }
    };
    match FileExt::try_lock_exclusive(&file) {
        Ok(()) => {
            // Taken only to look: release at once so an agent starting now is not blocked.
            let _ = FileExt::unlock(&file);
            r.ok("agent: not running (it starts when the browser first connects)");
        }
        Err(_) => r.ok(format!("agent: running (holds {})", lock.display())),
    }
}

fn check_central(r: &mut Report, config: &Config) {
    let Some(base) = config.central_url() else {
        r.ok("central: not configured (everything works locally; uploads wait in the outbox)");
        return;
    };
    let url = format!("{base}/api/plugin/channels?ids=1");
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            r.fail(
                format!("central: cannot start an HTTP client: {e}"),
                "see the log file",
            );
            return;
        }
    };
    let outcome = runtime.block_on(async {
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(3))
            .timeout(Duration::from_secs(5))
            .build()?;
        let mut req = client.get(&url);
        if let Some(token) = &config.central.token {
            req = req.bearer_auth(token);
        } else if let Some(cookie) = &config.central.cookie {
            req = req.header(reqwest::header::COOKIE, cookie);
        }
        let resp = req.send().await?;
        let status = resp.status();
        let body: Option<serde_json::Value> = resp.json().await.ok();
        Ok::<_, reqwest::Error>((status, body))
    });
    match outcome {
        Err(e) => r.fail(
            format!("central {base}: unreachable ({e})"),
            "check the network / VPN and central.base_url in the config; uploads are kept and retried",
        ),
        Ok((status, _)) if status.as_u16() == 401 || status.as_u16() == 403 => r.fail(
            format!("central {base}: the token was refused (HTTP {status})"),
            "set a valid central.token in the config (or HIREBRIDGE_CENTRAL_TOKEN)",
        ),
        Ok((status, body)) => {
            let message = body
                .as_ref()
                .and_then(|b| b.get("message"))
                .and_then(|m| m.as_str())
                .map(str::to_string);
            match (status.is_success(), message.as_deref()) {
                (true, Some("success")) => r.ok(format!("central {base}: reachable and authorised")),
                (_, Some(m)) => r.fail(
                    format!("central {base}: HTTP {status}, message {m:?}"),
                    "check the token and the organisation with the central administrator",
                ),
                (_, None) => r.fail(
                    format!("central {base}: HTTP {status}, not a central API reply"),
                    "check central.base_url (and central.paths) in the config",
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_that_block_the_host_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, body: &str| std::fs::write(dir.path().join(name), body).unwrap();
        write("ok.json", r#"{"HomepageLocation": "https://example.com"}"#);
        let mut r = Report::default();
        check_policies(&mut r, &[dir.path()]);
        assert_eq!((r.broken, r.warnings), (0, 0));

        write("block.json", r#"{"NativeMessagingBlocklist": ["*"]}"#);
        let mut r = Report::default();
        check_policies(&mut r, &[dir.path()]);
        assert_eq!((r.broken, r.warnings), (1, 0));

        write(
            "block.json",
            r#"{"NativeMessagingBlocklist": ["*"], "NativeMessagingAllowlist": ["com.hirebridge.host"],
               "NativeMessagingUserLevelHosts": false}"#,
        );
        let mut r = Report::default();
        check_policies(&mut r, &[dir.path()]);
        assert_eq!((r.broken, r.warnings), (0, 1));
    }
}
