//! The install record: exactly what `install` wrote, so `uninstall` removes that and nothing else.

use super::browsers::Family;
use super::locations::RegistryKey;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ManifestFile {
    pub path: PathBuf,
    pub family: Family,
    /// Browser ids this file serves (`["chromium"]`, or `["manifest-dir"]` for `--manifest-dir`).
    pub browsers: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InstallRecord {
    pub manifests: Vec<ManifestFile>,
    pub registry_keys: Vec<RegistryKey>,
    /// Directories `install` created; `uninstall` removes them only if they are empty again.
    pub created_dirs: Vec<PathBuf>,
    /// The binary the manifests point at, as installed.
    pub binary: Option<PathBuf>,
}

impl InstallRecord {
    pub fn file(data_dir: &Path) -> PathBuf {
        data_dir.join("install-record.json")
    }

    pub fn load(data_dir: &Path) -> Result<InstallRecord, String> {
        let path = Self::file(data_dir);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| format!("{} is damaged: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(InstallRecord::default()),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    pub fn save(&self, data_dir: &Path) -> Result<(), String> {
        let path = Self::file(data_dir);
        let err = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
        std::fs::create_dir_all(data_dir).map_err(err)?;
        let tmp = path.with_extension("json.tmp");
        let body = serde_json::to_vec_pretty(self).expect("record serialises");
        std::fs::write(&tmp, body).map_err(err)?;
        std::fs::rename(&tmp, &path).map_err(err)
    }

    pub fn remove(data_dir: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(Self::file(data_dir)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    pub fn add_manifest(&mut self, path: &Path, family: Family, browser: &str) {
        if let Some(m) = self.manifests.iter_mut().find(|m| m.path == path) {
            if !m.browsers.iter().any(|b| b == browser) {
                m.browsers.push(browser.to_string());
            }
            m.family = family;
        } else {
            self.manifests.push(ManifestFile {
                path: path.to_path_buf(),
                family,
                browsers: vec![browser.to_string()],
            });
        }
    }

    pub fn add_registry_key(&mut self, key: &RegistryKey) {
        if !self.registry_keys.contains(key) {
            self.registry_keys.push(key.clone());
        }
    }

    pub fn add_created_dir(&mut self, dir: &Path) {
        if !self.created_dirs.iter().any(|d| d == dir) {
            self.created_dirs.push(dir.to_path_buf());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.manifests.is_empty() && self.registry_keys.is_empty() && self.created_dirs.is_empty()
    }
}
