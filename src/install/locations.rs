//! Where each browser looks for native-messaging host manifests, per OS and scope.
//!
//! Everything here is a pure function of an [`Env`] (home, XDG dir, OS, ...), so the paths of
//! every OS are tested on any OS. Sources: NATIVE_MESSAGING.md §1.6.

use super::browsers::{Browser, Family};
use std::path::{Path, PathBuf};

pub const HOST_NAME: &str = "com.hirebridge.host";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Linux,
    MacOs,
    Windows,
}

impl Os {
    pub fn current() -> Os {
        if cfg!(windows) {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else {
            Os::Linux
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The current user's directories (Windows: HKCU).
    User,
    /// Machine-wide directories (Windows: HKLM, 64-bit view); needs root/administrator.
    System,
}

/// The parts of the process environment that decide manifest locations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Env {
    pub os: Os,
    pub home: PathBuf,
    /// Linux: `$XDG_CONFIG_HOME` when set to an absolute path (Chromium honours it).
    pub xdg_config_home: Option<PathBuf>,
    /// Windows: `%LOCALAPPDATA%` (per-user manifests and browser profiles live under it).
    pub local_app_data: Option<PathBuf>,
    /// Windows: `%ProgramData%` (manifests for `--system`).
    pub program_data: Option<PathBuf>,
    /// `$PATH`, for detecting installed browsers by their executables.
    pub path_dirs: Vec<PathBuf>,
}

impl Env {
    pub fn current() -> Env {
        let var = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let home = var("HOME")
            .or_else(|| var("USERPROFILE"))
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()))
            .unwrap_or_else(|| PathBuf::from("/"));
        Env {
            os: Os::current(),
            home,
            xdg_config_home: var("XDG_CONFIG_HOME").filter(|p| p.is_absolute()),
            local_app_data: var("LOCALAPPDATA"),
            program_data: var("ProgramData"),
            path_dirs: std::env::var_os("PATH")
                .map(|p| std::env::split_paths(&p).collect())
                .unwrap_or_default(),
        }
    }

    fn config_home(&self) -> PathBuf {
        self.xdg_config_home
            .clone()
            .unwrap_or_else(|| self.home.join(".config"))
    }

    fn local_app_data(&self) -> PathBuf {
        self.local_app_data
            .clone()
            .unwrap_or_else(|| join(self.os, &self.home, &["AppData", "Local"]))
    }

    fn program_data(&self) -> PathBuf {
        self.program_data
            .clone()
            .unwrap_or_else(|| PathBuf::from(r"C:\ProgramData"))
    }
}

/// Joins with the target OS's separator, so Windows paths come out right when computed on Linux.
pub fn join(os: Os, base: &Path, parts: &[&str]) -> PathBuf {
    if os == Os::Windows {
        let mut s = base
            .to_string_lossy()
            .trim_end_matches(['\\', '/'])
            .to_string();
        for p in parts {
            s.push('\\');
            s.push_str(p);
        }
        PathBuf::from(s)
    } else {
        let mut p = base.to_path_buf();
        p.extend(parts);
        p
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Hive {
    #[serde(rename = "HKCU")]
    CurrentUser,
    #[serde(rename = "HKLM")]
    LocalMachine,
}

impl Hive {
    pub fn name(self) -> &'static str {
        match self {
            Hive::CurrentUser => "HKCU",
            Hive::LocalMachine => "HKLM",
        }
    }
}

/// A Windows registry key whose `(Default)` value is the manifest's full path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct RegistryKey {
    pub hive: Hive,
    /// Below the hive, e.g. `Software\Google\Chrome\NativeMessagingHosts\com.hirebridge.host`.
    pub key: String,
    pub manifest: PathBuf,
}

impl std::fmt::Display for RegistryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}\\{}", self.hive.name(), self.key)
    }
}

/// What registering one browser means: manifest files to write, and (Windows) registry keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub browser: Browser,
    pub manifests: Vec<PathBuf>,
    pub registry_keys: Vec<RegistryKey>,
}

fn file_name() -> String {
    format!("{HOST_NAME}.json")
}

/// The per-user directory a Chromium-family browser scans (Linux/macOS). It is
/// `<user data dir>/NativeMessagingHosts`, which is why `--user-data-dir` moves it.
fn user_dirs(browser: Browser, env: &Env) -> Vec<PathBuf> {
    let cfg = env.config_home();
    let home = &env.home;
    let app_support = home.join("Library").join("Application Support");
    let nmh = "NativeMessagingHosts";
    match env.os {
        Os::Linux => match browser {
            Browser::Chrome => vec![cfg.join("google-chrome").join(nmh)],
            Browser::ChromeBeta => vec![cfg.join("google-chrome-beta").join(nmh)],
            Browser::ChromeDev => vec![cfg.join("google-chrome-unstable").join(nmh)],
            Browser::Chromium => vec![cfg.join("chromium").join(nmh)],
            Browser::Edge => vec![cfg.join("microsoft-edge").join(nmh)],
            Browser::Brave => vec![cfg.join("BraveSoftware/Brave-Browser").join(nmh)],
            Browser::Vivaldi => vec![cfg.join("vivaldi").join(nmh)],
            // Firefox reads one per-user directory, not per profile.
            Browser::Firefox => vec![home.join(".mozilla/native-messaging-hosts")],
            Browser::LibreWolf => vec![home.join(".librewolf/native-messaging-hosts")],
        },
        Os::MacOs => {
            let sub = match browser {
                Browser::Chrome => "Google/Chrome",
                Browser::ChromeBeta => "Google/Chrome Beta",
                Browser::ChromeDev => "Google/Chrome Dev",
                Browser::Chromium => "Chromium",
                Browser::Edge => "Microsoft Edge",
                Browser::Brave => "BraveSoftware/Brave-Browser",
                Browser::Vivaldi => "Vivaldi",
                Browser::Firefox => "Mozilla",
                Browser::LibreWolf => "LibreWolf",
            };
            vec![app_support.join(sub).join(nmh)]
        }
        Os::Windows => Vec::new(),
    }
}

fn system_dirs(browser: Browser, os: Os) -> Vec<PathBuf> {
    let p = |s: &str| PathBuf::from(s);
    match os {
        Os::Linux => match browser {
            Browser::Chrome | Browser::ChromeBeta | Browser::ChromeDev => {
                vec![p("/etc/opt/chrome/native-messaging-hosts")]
            }
            Browser::Chromium => vec![p("/etc/chromium/native-messaging-hosts")],
            Browser::Edge => vec![p("/etc/opt/edge/native-messaging-hosts")],
            // Sources disagree (NATIVE_MESSAGING.md §1.6): older Brave reads Chrome's directory,
            // packagers use /etc/brave. Both are written; uninstall removes both.
            Browser::Brave => vec![
                p("/etc/opt/chrome/native-messaging-hosts"),
                p("/etc/brave/native-messaging-hosts"),
            ],
            Browser::Vivaldi => vec![
                p("/etc/opt/vivaldi/native-messaging-hosts"),
                p("/etc/chromium/native-messaging-hosts"),
            ],
            // Some distributions only look in lib64 (PWAsForFirefox's postinst copies to both).
            Browser::Firefox => vec![
                p("/usr/lib/mozilla/native-messaging-hosts"),
                p("/usr/lib64/mozilla/native-messaging-hosts"),
            ],
            Browser::LibreWolf => vec![p("/usr/lib/librewolf/native-messaging-hosts")],
        },
        Os::MacOs => match browser {
            // Google's machine-wide directory has no "Application Support" in it.
            Browser::Chrome | Browser::ChromeBeta | Browser::ChromeDev => {
                vec![p("/Library/Google/Chrome/NativeMessagingHosts")]
            }
            Browser::Chromium => vec![p(
                "/Library/Application Support/Chromium/NativeMessagingHosts",
            )],
            Browser::Edge => vec![p("/Library/Microsoft/Edge/NativeMessagingHosts")],
            Browser::Brave => vec![
                p("/Library/Google/Chrome/NativeMessagingHosts"),
                p("/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"),
            ],
            Browser::Vivaldi => vec![p(
                "/Library/Application Support/Vivaldi/NativeMessagingHosts",
            )],
            Browser::Firefox => vec![p(
                "/Library/Application Support/Mozilla/NativeMessagingHosts",
            )],
            Browser::LibreWolf => {
                vec![p(
                    "/Library/Application Support/LibreWolf/NativeMessagingHosts",
                )]
            }
        },
        Os::Windows => Vec::new(),
    }
}

/// The registry path (below the hive) a browser reads, without the host name.
fn registry_base(browser: Browser) -> &'static str {
    match browser {
        Browser::Chrome | Browser::ChromeBeta | Browser::ChromeDev => {
            r"Software\Google\Chrome\NativeMessagingHosts"
        }
        Browser::Chromium => r"Software\Chromium\NativeMessagingHosts",
        Browser::Edge => r"Software\Microsoft\Edge\NativeMessagingHosts",
        Browser::Brave => r"Software\BraveSoftware\Brave-Browser\NativeMessagingHosts",
        Browser::Vivaldi => r"Software\Vivaldi\NativeMessagingHosts",
        Browser::Firefox => r"Software\Mozilla\NativeMessagingHosts",
        Browser::LibreWolf => r"Software\LibreWolf\NativeMessagingHosts",
    }
}

/// Windows keeps the manifest wherever we like; the registry points at it. One file per family.
pub fn windows_manifest(family: Family, env: &Env, scope: Scope) -> PathBuf {
    let base = match scope {
        Scope::User => env.local_app_data(),
        Scope::System => env.program_data(),
    };
    join(
        Os::Windows,
        &base,
        &["hirebridge", "manifests", family.name(), &file_name()],
    )
}

/// Everything `install` writes to register `browser` in `scope`.
pub fn registration(browser: Browser, env: &Env, scope: Scope) -> Registration {
    if env.os == Os::Windows {
        let manifest = windows_manifest(browser.family(), env, scope);
        let hive = match scope {
            Scope::User => Hive::CurrentUser,
            Scope::System => Hive::LocalMachine,
        };
        let mut bases = vec![registry_base(browser)];
        // Chromium forks fall back to (or read only) Chrome's key; Firefox forks Mozilla's.
        let family_base = match browser.family() {
            Family::Chromium => registry_base(Browser::Chrome),
            Family::Firefox => registry_base(Browser::Firefox),
        };
        if !bases.contains(&family_base) {
            bases.push(family_base);
        }
        let registry_keys = bases
            .into_iter()
            .map(|b| RegistryKey {
                hive,
                key: format!(r"{b}\{HOST_NAME}"),
                manifest: manifest.clone(),
            })
            .collect();
        return Registration {
            browser,
            manifests: vec![manifest],
            registry_keys,
        };
    }
    let dirs = match scope {
        Scope::User => user_dirs(browser, env),
        Scope::System => system_dirs(browser, env.os),
    };
    Registration {
        browser,
        manifests: dirs.into_iter().map(|d| d.join(file_name())).collect(),
        registry_keys: Vec::new(),
    }
}

/// The manifest path inside an explicit directory (`--manifest-dir`, e.g. a test profile's
/// `<user-data-dir>/NativeMessagingHosts`).
pub fn manifest_in(dir: &Path) -> PathBuf {
    dir.join(file_name())
}

/// A browser packaged in a sandbox that cannot see host manifests by default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sandboxed {
    pub browser: Browser,
    pub kind: &'static str,
    pub dir: PathBuf,
    pub advice: String,
}

const FLATPAKS: [(Browser, &str); 8] = [
    (Browser::Chrome, "com.google.Chrome"),
    (Browser::ChromeDev, "com.google.ChromeDev"),
    (Browser::Chromium, "org.chromium.Chromium"),
    (Browser::Edge, "com.microsoft.Edge"),
    (Browser::Brave, "com.brave.Browser"),
    (Browser::Vivaldi, "com.vivaldi.Vivaldi"),
    (Browser::Firefox, "org.mozilla.firefox"),
    (Browser::LibreWolf, "io.gitlab.librewolf-community"),
];

/// Flatpak (`~/.var/app/<id>`) and Snap (`~/snap/<name>`) browsers found under the home dir.
pub fn sandboxed_browsers(env: &Env, exists: &dyn Fn(&Path) -> bool) -> Vec<Sandboxed> {
    if env.os != Os::Linux {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (browser, app_id) in FLATPAKS {
        let dir = env.home.join(".var/app").join(app_id);
        if exists(&dir) {
            out.push(Sandboxed {
                browser,
                kind: "Flatpak",
                advice: format!(
                    "{browser} from Flatpak ({app_id}) runs in a sandbox: it cannot see host \
                     manifests in ~/.config or /etc, nor start programs outside the sandbox. \
                     Use the distribution's {browser} package instead (recommended), or give the \
                     sandbox access yourself: `flatpak override --user --filesystem=~/.local/share/hirebridge:ro {app_id}`, \
                     put the manifest in {}/config/<browser dir>/NativeMessagingHosts and point its \
                     \"path\" at a wrapper script that runs `flatpak-spawn --host <hirebridge binary> \"$@\"` \
                     (needs --talk-name=org.freedesktop.Flatpak). / Flatpak 版浏览器在沙箱中，默认看不到本机的 host 清单，\
                     请改用发行版自带的浏览器包。",
                    dir.display()
                ),
                dir,
            });
        }
    }
    let snap_chromium = env.home.join("snap/chromium");
    if exists(&snap_chromium) {
        out.push(Sandboxed {
            browser: Browser::Chromium,
            kind: "Snap",
            advice: "Chromium from Snap is confined: it reads manifests only from \
                     ~/snap/chromium/common/chromium/NativeMessagingHosts and cannot run programs \
                     outside the snap, so it reports \"Specified native messaging host not found\". \
                     Use Google Chrome or a non-snap Chromium package instead. / Snap 版 Chromium \
                     无法启动沙箱外的程序，请改用 Google Chrome 或非 Snap 的 Chromium。"
                .to_string(),
            dir: snap_chromium,
        });
    }
    let snap_firefox = env.home.join("snap/firefox");
    if exists(&snap_firefox) {
        out.push(Sandboxed {
            browser: Browser::Firefox,
            kind: "Snap",
            advice: "Firefox from Snap starts native hosts through the WebExtensions portal: it reads \
                     the normal ~/.mozilla/native-messaging-hosts manifest, and the first connection \
                     asks you to allow it. If you denied it once, reset with \
                     `rm ~/.local/share/flatpak/db/webextensions`. / Snap 版 Firefox 首次连接时会弹窗请求允许。"
                .to_string(),
            dir: snap_firefox,
        });
    }
    out
}

/// Browsers that look installed: a profile/config directory or an executable exists.
pub fn detect(env: &Env, exists: &dyn Fn(&Path) -> bool) -> Vec<Browser> {
    Browser::ALL
        .into_iter()
        .filter(|&b| evidence(b, env).iter().any(|p| exists(p)))
        .collect()
}

/// Paths whose existence means `browser` is installed for this user.
pub fn evidence(browser: Browser, env: &Env) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    match env.os {
        Os::Linux => {
            // The parent of NativeMessagingHosts is the browser's config dir.
            for d in user_dirs(browser, env) {
                if let Some(parent) = d.parent() {
                    paths.push(parent.to_path_buf());
                }
            }
            let exes: &[&str] = match browser {
                Browser::Chrome => &["google-chrome", "google-chrome-stable"],
                Browser::ChromeBeta => &["google-chrome-beta"],
                Browser::ChromeDev => &["google-chrome-unstable"],
                Browser::Chromium => &["chromium", "chromium-browser"],
                Browser::Edge => &["microsoft-edge", "microsoft-edge-stable"],
                Browser::Brave => &["brave-browser", "brave"],
                Browser::Vivaldi => &["vivaldi", "vivaldi-stable"],
                Browser::Firefox => &["firefox", "firefox-esr"],
                Browser::LibreWolf => &["librewolf"],
            };
            for dir in &env.path_dirs {
                for exe in exes {
                    // Snap puts launchers on PATH too; those browsers are reported as sandboxed.
                    if !dir.starts_with("/snap") {
                        paths.push(dir.join(exe));
                    }
                }
            }
        }
        Os::MacOs => {
            for d in user_dirs(browser, env) {
                if let Some(parent) = d.parent() {
                    paths.push(parent.to_path_buf());
                }
            }
            let app = match browser {
                Browser::Chrome => "Google Chrome.app",
                Browser::ChromeBeta => "Google Chrome Beta.app",
                Browser::ChromeDev => "Google Chrome Dev.app",
                Browser::Chromium => "Chromium.app",
                Browser::Edge => "Microsoft Edge.app",
                Browser::Brave => "Brave Browser.app",
                Browser::Vivaldi => "Vivaldi.app",
                Browser::Firefox => "Firefox.app",
                Browser::LibreWolf => "LibreWolf.app",
            };
            paths.push(Path::new("/Applications").join(app));
            paths.push(env.home.join("Applications").join(app));
        }
        Os::Windows => {
            let lad = env.local_app_data();
            let profile: &[&str] = match browser {
                Browser::Chrome => &["Google", "Chrome", "User Data"],
                Browser::ChromeBeta => &["Google", "Chrome Beta", "User Data"],
                Browser::ChromeDev => &["Google", "Chrome Dev", "User Data"],
                Browser::Chromium => &["Chromium", "User Data"],
                Browser::Edge => &["Microsoft", "Edge", "User Data"],
                Browser::Brave => &["BraveSoftware", "Brave-Browser", "User Data"],
                Browser::Vivaldi => &["Vivaldi", "User Data"],
                Browser::Firefox => &["Mozilla", "Firefox"],
                Browser::LibreWolf => &["librewolf"],
            };
            paths.push(join(Os::Windows, &lad, profile));
        }
    }
    paths
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn env(os: Os) -> Env {
        let home = match os {
            Os::Linux => PathBuf::from("/home/ann"),
            Os::MacOs => PathBuf::from("/Users/ann"),
            Os::Windows => PathBuf::from(r"C:\Users\ann"),
        };
        Env {
            os,
            home,
            xdg_config_home: None,
            local_app_data: (os == Os::Windows)
                .then(|| PathBuf::from(r"C:\Users\ann\AppData\Local")),
            program_data: None,
            path_dirs: vec![PathBuf::from("/usr/bin")],
        }
    }

    fn files(b: Browser, e: &Env, s: Scope) -> Vec<String> {
        registration(b, e, s)
            .manifests
            .iter()
            .map(|p| p.display().to_string())
            .collect()
    }

    #[test]
    fn linux_user_dirs_follow_xdg_config_home() {
        let mut e = env(Os::Linux);
        let m = "com.hirebridge.host.json";
        assert_eq!(
            files(Browser::Chrome, &e, Scope::User),
            [format!(
                "/home/ann/.config/google-chrome/NativeMessagingHosts/{m}"
            )]
        );
        assert_eq!(
            files(Browser::ChromeDev, &e, Scope::User),
            [format!(
                "/home/ann/.config/google-chrome-unstable/NativeMessagingHosts/{m}"
            )]
        );
        assert_eq!(
            files(Browser::Brave, &e, Scope::User),
            [format!(
                "/home/ann/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/{m}"
            )]
        );
        assert_eq!(
            files(Browser::Firefox, &e, Scope::User),
            [format!("/home/ann/.mozilla/native-messaging-hosts/{m}")]
        );
        assert_eq!(
            files(Browser::LibreWolf, &e, Scope::User),
            [format!("/home/ann/.librewolf/native-messaging-hosts/{m}")]
        );
        e.xdg_config_home = Some(PathBuf::from("/tmp/xdg"));
        assert_eq!(
            files(Browser::Chromium, &e, Scope::User),
            [format!("/tmp/xdg/chromium/NativeMessagingHosts/{m}")]
        );
        assert_eq!(
            files(Browser::Edge, &e, Scope::User),
            [format!("/tmp/xdg/microsoft-edge/NativeMessagingHosts/{m}")]
        );
        // Firefox does not follow XDG.
        assert_eq!(
            files(Browser::Firefox, &e, Scope::User),
            [format!("/home/ann/.mozilla/native-messaging-hosts/{m}")]
        );
        assert!(registration(Browser::Chrome, &e, Scope::User)
            .registry_keys
            .is_empty());
    }

    #[test]
    fn linux_system_dirs() {
        let e = env(Os::Linux);
        let m = "com.hirebridge.host.json";
        assert_eq!(
            files(Browser::ChromeBeta, &e, Scope::System),
            [format!("/etc/opt/chrome/native-messaging-hosts/{m}")]
        );
        assert_eq!(
            files(Browser::Chromium, &e, Scope::System),
            [format!("/etc/chromium/native-messaging-hosts/{m}")]
        );
        assert_eq!(
            files(Browser::Edge, &e, Scope::System),
            [format!("/etc/opt/edge/native-messaging-hosts/{m}")]
        );
        assert_eq!(
            files(Browser::Firefox, &e, Scope::System),
            [
                format!("/usr/lib/mozilla/native-messaging-hosts/{m}"),
                format!("/usr/lib64/mozilla/native-messaging-hosts/{m}")
            ]
        );
        assert_eq!(
            files(Browser::LibreWolf, &e, Scope::System),
            [format!("/usr/lib/librewolf/native-messaging-hosts/{m}")]
        );
    }

    #[test]
    fn macos_user_and_system_dirs() {
        let e = env(Os::MacOs);
        let m = "com.hirebridge.host.json";
        let a = "/Users/ann/Library/Application Support";
        let cases = [
            (Browser::Chrome, "Google/Chrome"),
            (Browser::ChromeBeta, "Google/Chrome Beta"),
            (Browser::Chromium, "Chromium"),
            (Browser::Edge, "Microsoft Edge"),
            (Browser::Brave, "BraveSoftware/Brave-Browser"),
            (Browser::Vivaldi, "Vivaldi"),
            (Browser::Firefox, "Mozilla"),
            (Browser::LibreWolf, "LibreWolf"),
        ];
        for (b, sub) in cases {
            assert_eq!(
                files(b, &e, Scope::User),
                [format!("{a}/{sub}/NativeMessagingHosts/{m}")],
                "{b}"
            );
        }
        assert_eq!(
            files(Browser::Chrome, &e, Scope::System),
            [format!("/Library/Google/Chrome/NativeMessagingHosts/{m}")]
        );
        assert_eq!(
            files(Browser::Firefox, &e, Scope::System),
            [format!(
                "/Library/Application Support/Mozilla/NativeMessagingHosts/{m}"
            )]
        );
        // XDG_CONFIG_HOME means nothing on macOS.
        let mut x = e.clone();
        x.xdg_config_home = Some(PathBuf::from("/tmp/xdg"));
        assert_eq!(
            files(Browser::Chromium, &x, Scope::User),
            files(Browser::Chromium, &e, Scope::User)
        );
    }

    #[test]
    fn windows_writes_own_key_and_chrome_key_pointing_at_one_manifest() {
        let e = env(Os::Windows);
        let r = registration(Browser::Edge, &e, Scope::User);
        let manifest = PathBuf::from(
            r"C:\Users\ann\AppData\Local\hirebridge\manifests\chromium\com.hirebridge.host.json",
        );
        assert_eq!(r.manifests, std::slice::from_ref(&manifest));
        let keys: Vec<String> = r.registry_keys.iter().map(|k| k.to_string()).collect();
        assert_eq!(
            keys,
            [
                r"HKCU\Software\Microsoft\Edge\NativeMessagingHosts\com.hirebridge.host",
                r"HKCU\Software\Google\Chrome\NativeMessagingHosts\com.hirebridge.host",
            ]
        );
        assert!(r.registry_keys.iter().all(|k| k.manifest == manifest));

        let chrome = registration(Browser::Chrome, &e, Scope::System);
        assert_eq!(chrome.registry_keys.len(), 1, "Chrome's key only once");
        assert_eq!(chrome.registry_keys[0].hive, Hive::LocalMachine);
        assert_eq!(
            chrome.manifests,
            [PathBuf::from(
                r"C:\ProgramData\hirebridge\manifests\chromium\com.hirebridge.host.json"
            )]
        );

        let lw = registration(Browser::LibreWolf, &e, Scope::User);
        let keys: Vec<String> = lw.registry_keys.iter().map(|k| k.to_string()).collect();
        assert_eq!(
            keys,
            [
                r"HKCU\Software\LibreWolf\NativeMessagingHosts\com.hirebridge.host",
                r"HKCU\Software\Mozilla\NativeMessagingHosts\com.hirebridge.host",
            ]
        );
        assert_eq!(
            lw.manifests,
            [PathBuf::from(
                r"C:\Users\ann\AppData\Local\hirebridge\manifests\firefox\com.hirebridge.host.json"
            )]
        );
        for b in Browser::ALL {
            let keys = registration(b, &e, Scope::User).registry_keys;
            assert!(!keys.is_empty(), "{b}");
            assert!(keys.iter().all(|k| k
                .key
                .ends_with(r"\NativeMessagingHosts\com.hirebridge.host")));
        }
    }

    #[test]
    fn sandboxed_browsers_are_recognised_by_their_dirs() {
        let e = env(Os::Linux);
        let present: HashSet<PathBuf> = [
            "/home/ann/.var/app/org.chromium.Chromium",
            "/home/ann/snap/chromium",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let found = sandboxed_browsers(&e, &|p| present.contains(p));
        let kinds: Vec<(Browser, &str)> = found.iter().map(|s| (s.browser, s.kind)).collect();
        assert_eq!(
            kinds,
            [(Browser::Chromium, "Flatpak"), (Browser::Chromium, "Snap")]
        );
        assert!(found[0].advice.contains("flatpak-spawn --host"));
        assert!(found[1].advice.contains("not found"));
        assert!(sandboxed_browsers(&env(Os::MacOs), &|_| true).is_empty());
    }

    #[test]
    fn detection_uses_config_dirs_and_executables() {
        let e = env(Os::Linux);
        let present: HashSet<PathBuf> = ["/home/ann/.config/vivaldi", "/usr/bin/firefox"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(
            detect(&e, &|p| present.contains(p)),
            [Browser::Vivaldi, Browser::Firefox]
        );
        let w = env(Os::Windows);
        let present: HashSet<PathBuf> = [PathBuf::from(
            r"C:\Users\ann\AppData\Local\Microsoft\Edge\User Data",
        )]
        .into();
        assert_eq!(detect(&w, &|p| present.contains(p)), [Browser::Edge]);
        let m = env(Os::MacOs);
        let present: HashSet<PathBuf> = [PathBuf::from("/Applications/Brave Browser.app")].into();
        assert_eq!(detect(&m, &|p| present.contains(p)), [Browser::Brave]);
    }
}
