//! Registering hirebridge with browsers (`install`, `uninstall`) and checking it (`doctor`).

pub mod browsers;
mod doctor;
pub mod locations;
pub mod manifest;
pub mod record;
mod registry;

pub use browsers::{Browser, Family};
pub use doctor::{run_doctor, DoctorArgs};
pub use locations::{Env, Os, Scope, HOST_NAME};
pub use manifest::ExtensionId;

use crate::config::Config;
use crate::paths::Paths;
use record::InstallRecord;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, clap::Args)]
pub struct InstallArgs {
    /// Browser to register with (repeatable): chrome, chrome-beta, chrome-dev, chromium, edge,
    /// brave, vivaldi, firefox, librewolf. Default: every browser found on this machine.
    #[arg(long = "browser", value_name = "NAME")]
    pub browsers: Vec<String>,
    /// Extension allowed to start the host (repeatable): a Chrome/Edge id (32 letters a-p) or a
    /// Firefox add-on id. Default: the ids already in the config file.
    #[arg(long = "extension-id", value_name = "ID")]
    pub extension_ids: Vec<String>,
    /// Write the manifest into this one directory instead (e.g. `<user-data-dir>/NativeMessagingHosts`).
    #[arg(long, value_name = "DIR")]
    pub manifest_dir: Option<PathBuf>,
    /// Register machine-wide (/etc, /Library, HKLM); needs root or administrator.
    #[arg(long)]
    pub system: bool,
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct UninstallArgs {}

/// What to register where, before anything is written.
struct Plan {
    /// (manifest path, family, browser label)
    manifests: Vec<(PathBuf, Family, String)>,
    registry_keys: Vec<locations::RegistryKey>,
}

pub fn run_install(args: &InstallArgs) -> i32 {
    match install(args, &Paths::from_env(), &Env::current()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("hirebridge install: {e}");
            1
        }
    }
}

/// The binary browsers should start: this one, with symlinks resolved.
pub fn current_binary() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find my own binary: {e}"))?;
    // Windows' canonical form is a `\\?\` verbatim path, which Chrome's `cmd /c` launch may not
    // take; current_exe is already absolute there and symlinked binaries are rare.
    if cfg!(windows) {
        return Ok(exe);
    }
    Ok(std::fs::canonicalize(&exe).unwrap_or(exe))
}

fn install(args: &InstallArgs, paths: &Paths, env: &Env) -> Result<(), String> {
    let mut config = Config::read_file(&paths.config_file()).map_err(|e| e.to_string())?;
    let given: Vec<ExtensionId> = args
        .extension_ids
        .iter()
        .map(|s| ExtensionId::parse(s))
        .collect::<Result<_, _>>()?;
    let ids = if given.is_empty() {
        config
            .allowed_extensions
            .iter()
            .map(|s| ExtensionId::parse(s))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("config {}: {e}", paths.config_file().display()))?
    } else {
        given.clone()
    };
    if ids.is_empty() {
        return Err(
            "no extension id: pass --extension-id <id> (find it on chrome://extensions \
                    with developer mode on) / 请用 --extension-id 指定扩展 ID"
                .into(),
        );
    }
    let named: Vec<Browser> = args
        .browsers
        .iter()
        .map(|s| Browser::parse(s))
        .collect::<Result<_, _>>()?;
    let binary = current_binary()?;
    let has = |f: Family| ids.iter().any(|i| i.family() == f);

    let plan = if let Some(dir) = &args.manifest_dir {
        plan_for_dir(dir, &named, &has)?
    } else {
        plan_for_browsers(args, env, &named, &has)?
    };

    let mut record = InstallRecord::load(&paths.data_dir)?;
    record.binary = Some(binary.clone());
    let result = write_plan(&plan, &binary, &ids, &mut record, args.system);
    // Saved even after a partial failure, so uninstall can clean up what did get written.
    record.save(&paths.data_dir)?;
    result?;

    if !given.is_empty() {
        config.allowed_extensions = given.iter().map(|i| i.as_str().to_string()).collect();
        config
            .write_file(&paths.config_file())
            .map_err(|e| e.to_string())?;
    }
    println!("host binary: {}", binary.display());
    println!(
        "allowed extensions: {}",
        ids.iter()
            .map(|i| i.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "install record: {}",
        InstallRecord::file(&paths.data_dir).display()
    );
    Ok(())
}

fn plan_for_dir(
    dir: &Path,
    named: &[Browser],
    has: &dyn Fn(Family) -> bool,
) -> Result<Plan, String> {
    let families: Vec<Family> = {
        let mut f: Vec<Family> = named.iter().map(|b| b.family()).collect();
        f.sort();
        f.dedup();
        f
    };
    let family = match families.as_slice() {
        [] => Family::Chromium,
        [one] => *one,
        _ => {
            return Err(
                "--manifest-dir holds one manifest (both families use the file name \
                        com.hirebridge.host.json): run install once per family with different \
                        directories"
                    .into(),
            )
        }
    };
    if !has(family) {
        return Err(format!(
            "no {} extension id given for --manifest-dir: pass --extension-id",
            family.name()
        ));
    }
    Ok(Plan {
        manifests: vec![(locations::manifest_in(dir), family, "manifest-dir".into())],
        registry_keys: Vec::new(),
    })
}

fn plan_for_browsers(
    args: &InstallArgs,
    env: &Env,
    named: &[Browser],
    has: &dyn Fn(Family) -> bool,
) -> Result<Plan, String> {
    let exists = |p: &Path| p.exists();
    for s in locations::sandboxed_browsers(env, &exists) {
        println!(
            "note: {} ({}, {}):\n  {}",
            s.browser,
            s.kind,
            s.dir.display(),
            s.advice
        );
    }
    let browsers = if named.is_empty() {
        let found = locations::detect(env, &exists);
        if found.is_empty() {
            return Err("no browser found on this machine: name one with --browser \
                        (chrome, chromium, edge, brave, vivaldi, firefox, librewolf)"
                .into());
        }
        found
    } else {
        named.to_vec()
    };
    let scope = if args.system {
        Scope::System
    } else {
        Scope::User
    };
    let mut plan = Plan {
        manifests: Vec::new(),
        registry_keys: Vec::new(),
    };
    for b in browsers {
        if !has(b.family()) {
            let msg = match b.family() {
                Family::Firefox => "needs a Firefox add-on id (--extension-id name@example.com)",
                Family::Chromium => {
                    "needs a Chrome/Edge extension id (--extension-id <32 letters a-p>)"
                }
            };
            if named.contains(&b) {
                return Err(format!("{b} {msg}"));
            }
            println!("skipped {b}: {msg}");
            continue;
        }
        let reg = locations::registration(b, env, scope);
        for m in reg.manifests {
            plan.manifests.push((m, b.family(), b.id().to_string()));
        }
        for k in reg.registry_keys {
            if !plan.registry_keys.contains(&k) {
                plan.registry_keys.push(k);
            }
        }
    }
    Ok(plan)
}

fn write_plan(
    plan: &Plan,
    binary: &Path,
    ids: &[ExtensionId],
    record: &mut InstallRecord,
    system: bool,
) -> Result<(), String> {
    let hint = |e: &std::io::Error| {
        if e.kind() == std::io::ErrorKind::PermissionDenied && system {
            " (--system needs root / administrator: run it with sudo or from an elevated prompt)"
        } else {
            ""
        }
    };
    for (path, family, browser) in &plan.manifests {
        if let Some(dir) = path.parent() {
            create_dirs(dir, record)
                .map_err(|e| format!("cannot create {}: {e}{}", dir.display(), hint(&e)))?;
        }
        let body = manifest::render(*family, binary, ids);
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, body)
            .and_then(|_| std::fs::rename(&tmp, path))
            .map_err(|e| format!("cannot write {}: {e}{}", path.display(), hint(&e)))?;
        record.add_manifest(path, *family, browser);
        println!("wrote {} ({browser})", path.display());
    }
    for key in &plan.registry_keys {
        registry::write(key)
            .map_err(|e| format!("cannot write registry key {key}: {e}{}", hint(&e)))?;
        record.add_registry_key(key);
        println!("registered {key} = {}", key.manifest.display());
    }
    Ok(())
}

/// `create_dir_all` that remembers which directories did not exist before.
fn create_dirs(dir: &Path, record: &mut InstallRecord) -> std::io::Result<()> {
    let mut missing = Vec::new();
    let mut cur = Some(dir);
    while let Some(d) = cur {
        if d.as_os_str().is_empty() || d.exists() {
            break;
        }
        missing.push(d.to_path_buf());
        cur = d.parent();
    }
    std::fs::create_dir_all(dir)?;
    for d in missing.iter().rev() {
        record.add_created_dir(d);
    }
    Ok(())
}

pub fn run_uninstall(_args: &UninstallArgs) -> i32 {
    match uninstall(&Paths::from_env()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("hirebridge uninstall: {e}");
            1
        }
    }
}

fn uninstall(paths: &Paths) -> Result<(), String> {
    let record = InstallRecord::load(&paths.data_dir)?;
    if record.is_empty() {
        println!(
            "nothing to remove: no install record at {}",
            InstallRecord::file(&paths.data_dir).display()
        );
        return Ok(());
    }
    let mut failures = Vec::new();
    for m in &record.manifests {
        match std::fs::remove_file(&m.path) {
            Ok(()) => println!("removed {}", m.path.display()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                println!("already gone: {}", m.path.display())
            }
            Err(e) => failures.push(format!("{}: {e}", m.path.display())),
        }
    }
    for k in &record.registry_keys {
        match registry::delete(k) {
            Ok(()) => println!("removed registry key {k}"),
            Err(e) => failures.push(format!("{k}: {e}")),
        }
    }
    // Deepest first, and only directories nothing else has been put into since.
    let mut dirs = record.created_dirs.clone();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for d in dirs {
        let empty = std::fs::read_dir(&d)
            .map(|mut r| r.next().is_none())
            .unwrap_or(false);
        if empty && std::fs::remove_dir(&d).is_ok() {
            println!("removed empty directory {}", d.display());
        }
    }
    if !failures.is_empty() {
        // Keep the record so a second run (e.g. with sudo) can finish the job.
        return Err(format!("could not remove:\n  {}", failures.join("\n  ")));
    }
    InstallRecord::remove(&paths.data_dir).map_err(|e| e.to_string())?;
    println!("hirebridge is no longer registered with any browser; config and resume store are kept in {}", paths.data_dir.display());
    Ok(())
}
