//! Where hirebridge keeps its config, store and logs.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
    pub log_dir: PathBuf,
}

impl Paths {
    /// `HIREBRIDGE_HOME` puts everything under one directory (tests, CI, portable installs);
    /// otherwise the per-OS directories of the `directories` crate.
    pub fn from_env() -> Paths {
        if let Some(home) = std::env::var_os("HIREBRIDGE_HOME").filter(|h| !h.is_empty()) {
            return Paths::under(Path::new(&home));
        }
        match directories::ProjectDirs::from("com", "hirebridge", "hirebridge") {
            Some(d) => Paths {
                config_dir: d.config_dir().to_path_buf(),
                data_dir: d.data_dir().to_path_buf(),
                log_dir: d.data_local_dir().join("logs"),
            },
            // No home directory at all (a stripped service account): fall back to the binary's
            // neighbourhood rather than refusing to start.
            None => Paths::under(&std::env::temp_dir().join("hirebridge")),
        }
    }

    pub fn under(home: &Path) -> Paths {
        Paths {
            config_dir: home.to_path_buf(),
            data_dir: home.to_path_buf(),
            log_dir: home.join("logs"),
        }
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.json")
    }

    pub fn store_file(&self) -> PathBuf {
        self.data_dir.join("hirebridge.db")
    }

    pub fn agent_lock_file(&self) -> PathBuf {
        self.data_dir.join("agent.lock")
    }

    pub fn log_file(&self) -> PathBuf {
        self.log_dir.join("hirebridge.log")
    }
}
