//! Configuration: a JSON file in the config directory, overridden by environment variables.

use crate::channels::{Channel, ChannelTable};
use crate::paths::Paths;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not valid config JSON: {source}")]
    Parse {
        path: String,
        source: serde_json::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "snake_case")]
pub struct CentralConfig {
    /// Base URL of the central resume API; `None` = not configured (everything stays queued).
    pub base_url: Option<String>,
    pub token: Option<String>,
    /// Session cookie, for deployments that authenticate that way instead of a token.
    pub cookie: Option<String>,
    /// Per-endpoint path overrides, keyed by the endpoint names in `central::Endpoint`.
    pub paths: BTreeMap<String, String>,
    pub connect_timeout_ms: u64,
    pub request_timeout_ms: u64,
    /// Budget for central calls on the recruiter's click path before falling back to the store.
    pub click_budget_ms: u64,
}

impl CentralConfig {
    /// The base URL as requests use it: trimmed, without its trailing slash; `None` when unset.
    pub fn base(&self) -> Option<&str> {
        self.base_url
            .as_deref()
            .map(|u| u.trim().trim_end_matches('/'))
            .filter(|u| !u.is_empty())
    }
}

impl Default for CentralConfig {
    fn default() -> Self {
        CentralConfig {
            base_url: None,
            token: None,
            cookie: None,
            paths: BTreeMap::new(),
            connect_timeout_ms: 3_000,
            request_timeout_ms: 15_000,
            click_budget_ms: 3_000,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "snake_case")]
pub struct AgentConfig {
    /// Start an agent from host mode when none is running.
    pub autostart: bool,
    /// Exit after this long with an empty outbox.
    pub idle_exit_secs: u64,
    pub concurrency: usize,
    pub backoff_base_ms: u64,
    pub backoff_cap_secs: u64,
    /// For a central that ignores `Idempotency-Key`: park a create whose earlier answer was
    /// lost (it may exist on the server) for a person to check, instead of sending it again.
    pub hold_uncertain_creates: bool,
}

impl Default for AgentConfig {
    fn default() -> Self {
        AgentConfig {
            autostart: true,
            idle_exit_secs: 300,
            concurrency: 8,
            backoff_base_ms: 1_000,
            backoff_cap_secs: 600,
            hold_uncertain_creates: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "snake_case")]
pub struct Config {
    pub central: CentralConfig,
    pub agent: AgentConfig,
    /// Extension ids allowed to start the host (Chrome ids or Firefox add-on ids).
    pub allowed_extensions: Vec<String>,
    /// A job refresh repeated within this many seconds is coalesced (boards charge per refresh).
    pub refresh_cooldown_secs: u64,
    /// Channel table rows that replace (by id) or extend the default table.
    pub channels: Vec<Channel>,
    /// `error`, `warn`, `info`, `debug` or `trace`.
    pub log_level: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            central: CentralConfig::default(),
            agent: AgentConfig::default(),
            allowed_extensions: Vec::new(),
            refresh_cooldown_secs: 600,
            channels: Vec::new(),
            log_level: "info".into(),
        }
    }
}

impl Config {
    /// The config file (if any) with environment overrides applied.
    pub fn load(paths: &Paths) -> Result<Config, ConfigError> {
        let mut config = Config::read_file(&paths.config_file())?;
        config.apply_env(|k| std::env::var(k).ok());
        Ok(config)
    }

    /// The file alone, or defaults when it does not exist.
    pub fn read_file(path: &Path) -> Result<Config, ConfigError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| ConfigError::Parse {
                path: path.display().to_string(),
                source,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(source) => Err(ConfigError::Read {
                path: path.display().to_string(),
                source,
            }),
        }
    }

    /// Writes the file atomically (temp file + rename) so a crash never leaves half a config.
    pub fn write_file(&self, path: &Path) -> Result<(), ConfigError> {
        let err = |source| ConfigError::Write {
            path: path.display().to_string(),
            source,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(err)?;
        }
        let tmp = path.with_extension("json.tmp");
        let body = serde_json::to_vec_pretty(self).expect("config serialises");
        std::fs::write(&tmp, body).map_err(err)?;
        std::fs::rename(&tmp, path).map_err(err)
    }

    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) {
        let non_empty = |k: &str| var(k).filter(|v| !v.trim().is_empty());
        if let Some(v) = non_empty("HIREBRIDGE_CENTRAL_URL") {
            self.central.base_url = Some(v.trim().to_string());
        }
        if let Some(v) = non_empty("HIREBRIDGE_CENTRAL_TOKEN") {
            self.central.token = Some(v.trim().to_string());
        }
        if let Some(v) = non_empty("HIREBRIDGE_CENTRAL_COOKIE") {
            self.central.cookie = Some(v.trim().to_string());
        }
        if let Some(v) = non_empty("HIREBRIDGE_ALLOWED_EXTENSIONS") {
            self.allowed_extensions = v
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
        }
        if let Some(v) = non_empty("HIREBRIDGE_REFRESH_COOLDOWN_SECS").and_then(|v| v.parse().ok())
        {
            self.refresh_cooldown_secs = v;
        }
        if let Some(v) = non_empty("HIREBRIDGE_CLICK_BUDGET_MS").and_then(|v| v.parse().ok()) {
            self.central.click_budget_ms = v;
        }
        if let Some(v) = non_empty("HIREBRIDGE_AGENT_AUTOSTART") {
            self.agent.autostart = !matches!(v.trim(), "0" | "false" | "no" | "off");
        }
        if let Some(v) = non_empty("HIREBRIDGE_AGENT_IDLE_SECS").and_then(|v| v.parse().ok()) {
            self.agent.idle_exit_secs = v;
        }
        if let Some(v) = non_empty("HIREBRIDGE_LOG_LEVEL") {
            self.log_level = v.trim().to_string();
        }
    }

    pub fn channel_table(&self) -> ChannelTable {
        ChannelTable::with_overrides(&self.channels)
    }

    /// The central base URL without its trailing slash, when configured.
    pub fn central_url(&self) -> Option<&str> {
        self.central.base()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_overrides_file_values() {
        let mut c = Config::default();
        c.apply_env(|k| match k {
            "HIREBRIDGE_CENTRAL_URL" => Some("http://127.0.0.1:9/".into()),
            "HIREBRIDGE_ALLOWED_EXTENSIONS" => Some(" abc , def ,".into()),
            "HIREBRIDGE_AGENT_AUTOSTART" => Some("0".into()),
            _ => None,
        });
        assert_eq!(c.central_url(), Some("http://127.0.0.1:9"));
        assert_eq!(c.allowed_extensions, vec!["abc", "def"]);
        assert!(!c.agent.autostart);
    }

    #[test]
    fn missing_file_gives_defaults_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        assert_eq!(Config::read_file(&path).unwrap(), Config::default());
        let mut c = Config::default();
        c.allowed_extensions.push("x".into());
        c.write_file(&path).unwrap();
        assert_eq!(Config::read_file(&path).unwrap(), c);
    }
}
