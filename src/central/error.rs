//! How a central call failed, sorted by what the caller should do about it.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum CentralError {
    /// No base URL configured: everything stays queued.
    NotConfigured,
    /// Retrying will not help until data or configuration changes (CENTRAL_API §1).
    Permanent {
        reason: String,
        code: Option<String>,
        status: Option<u16>,
    },
    /// Worth retrying later. `maybe_committed` is true when the request may have reached the
    /// server and been acted on (timeout or connection lost after sending): a create that failed
    /// this way may exist on the server even though we hold no id for it.
    Transient {
        reason: String,
        maybe_committed: bool,
    },
}

impl CentralError {
    pub fn is_transient(&self) -> bool {
        matches!(self, CentralError::Transient { .. })
    }

    pub fn code(&self) -> Option<&str> {
        match self {
            CentralError::Permanent { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    pub fn reason(&self) -> String {
        match self {
            CentralError::NotConfigured => "central not configured".to_string(),
            CentralError::Permanent { reason, .. } | CentralError::Transient { reason, .. } => {
                reason.clone()
            }
        }
    }

    pub(crate) fn from_reqwest(e: &reqwest::Error) -> CentralError {
        // A refused or failed connect never carried the request; anything later might have.
        let maybe_committed = !e.is_connect();
        let what = if e.is_timeout() {
            "timeout"
        } else if e.is_connect() {
            "cannot connect"
        } else if e.is_decode() || e.is_body() {
            "bad response body"
        } else {
            "connection error"
        };
        // reqwest's Display includes the URL, never headers, so no secret reaches the log.
        CentralError::Transient {
            reason: format!("{what}: {}", without_query(&e.to_string())),
            maybe_committed,
        }
    }
}

/// Query strings of plugin reads carry the account; keep them out of reasons and logs.
fn without_query(s: &str) -> String {
    match s.find('?') {
        Some(i) => {
            let rest = &s[i..];
            let end = rest.find([')', ' ']).unwrap_or(rest.len());
            format!("{}{}", &s[..i], &rest[end..])
        }
        None => s.to_string(),
    }
}

impl fmt::Display for CentralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CentralError::NotConfigured => write!(f, "central not configured"),
            CentralError::Permanent {
                reason,
                code: Some(code),
                ..
            } => write!(f, "{reason} ({code})"),
            CentralError::Permanent { reason, .. } => write!(f, "{reason}"),
            CentralError::Transient { reason, .. } => write!(f, "{reason}"),
        }
    }
}

impl std::error::Error for CentralError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_are_cut_from_reasons() {
        assert_eq!(
            without_query("error sending request for url (http://h/x?account=a&orgId=b)"),
            "error sending request for url (http://h/x)"
        );
        assert_eq!(without_query("plain"), "plain");
    }
}
