//! HTTP client for the central resume API (`shared/spec/CENTRAL_API.md`).
//!
//! Every call returns either central's success reply or a [`CentralError`] that says whether
//! retrying can help. Secrets (token, cookie) and personal data (phones, emails) are never
//! logged; only paths, statuses and central's failure reasons are.

mod error;
pub mod resume_form;

pub use error::CentralError;
pub use resume_form::{Form, RecordForm, RecordKind};

use crate::config::CentralConfig;
use reqwest::{header, Method, StatusCode};
use rusqlite::Connection;
use serde_json::{json, Map, Value};
use std::time::Duration;

/// Central's endpoints, named as `config.central.paths` keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    ResumeOpt,
    ResumeExtend,
    Channels,
    JobsRefresh,
    Positions,
    ResumesDownload,
    ResumesContact,
    ResumesLink,
    SearchRules,
}

impl Endpoint {
    pub const ALL: [Endpoint; 9] = [
        Endpoint::ResumeOpt,
        Endpoint::ResumeExtend,
        Endpoint::Channels,
        Endpoint::JobsRefresh,
        Endpoint::Positions,
        Endpoint::ResumesDownload,
        Endpoint::ResumesContact,
        Endpoint::ResumesLink,
        Endpoint::SearchRules,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Endpoint::ResumeOpt => "resume_opt",
            Endpoint::ResumeExtend => "resume_extend",
            Endpoint::Channels => "channels",
            Endpoint::JobsRefresh => "jobs_refresh",
            Endpoint::Positions => "positions",
            Endpoint::ResumesDownload => "resumes_download",
            Endpoint::ResumesContact => "resumes_contact",
            Endpoint::ResumesLink => "resumes_link",
            Endpoint::SearchRules => "search_rules",
        }
    }

    pub fn default_path(self) -> &'static str {
        match self {
            Endpoint::ResumeOpt => "/wx/resume/opt",
            Endpoint::ResumeExtend => "/wx/resume/extend",
            Endpoint::Channels => "/api/plugin/channels",
            Endpoint::JobsRefresh => "/api/plugin/jobs/refresh",
            Endpoint::Positions => "/api/plugin/positions",
            Endpoint::ResumesDownload => "/api/plugin/resumes/download",
            Endpoint::ResumesContact => "/api/plugin/resumes/contact",
            Endpoint::ResumesLink => "/api/plugin/resumes/link",
            Endpoint::SearchRules => "/api/plugin/search-rules",
        }
    }
}

/// Who is calling: the recruiter's account and organisation (from `LoginInit`), carried in
/// every plugin request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identity {
    pub account: Option<String>,
    pub org_id: Option<String>,
}

impl Identity {
    /// Reads the meta keys that `LoginInit` stores.
    pub fn from_store(conn: &Connection) -> crate::store::Result<Identity> {
        use crate::store::meta;
        Ok(Identity {
            account: meta::get(conn, meta::ACCOUNT)?,
            org_id: meta::get(conn, meta::ORG_ID)?,
        })
    }
}

#[derive(Clone)]
pub struct Central {
    http: reqwest::Client,
    base: String,
    token: Option<String>,
    cookie: Option<String>,
    paths: std::collections::BTreeMap<String, String>,
    timeout: Duration,
    identity: Identity,
}

impl std::fmt::Debug for Central {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Hand-written so that the token and cookie can never reach a log through `{:?}`.
        f.debug_struct("Central")
            .field("base", &self.base)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// A successful reply: the JSON object central sent.
pub type Reply = Map<String, Value>;

impl Central {
    pub fn new(config: &CentralConfig) -> Result<Central, CentralError> {
        let base = config
            .base()
            .ok_or(CentralError::NotConfigured)?
            .to_string();
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_millis(config.connect_timeout_ms.max(1)))
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("hirebridge/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| CentralError::Permanent {
                reason: format!("cannot build HTTP client: {e}"),
                code: None,
                status: None,
            })?;
        Ok(Central {
            http,
            base,
            token: config.token.clone().filter(|t| !t.is_empty()),
            cookie: config.cookie.clone().filter(|c| !c.is_empty()),
            paths: config.paths.clone(),
            timeout: Duration::from_millis(config.request_timeout_ms.max(1)),
            identity: Identity::default(),
        })
    }

    pub fn with_identity(mut self, identity: Identity) -> Central {
        self.identity = identity;
        self
    }

    /// The same client with a shorter budget, for calls on the recruiter's click path.
    pub fn with_timeout(mut self, timeout: Duration) -> Central {
        self.timeout = timeout;
        self
    }

    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    pub fn url(&self, endpoint: Endpoint) -> String {
        let path = self
            .paths
            .get(endpoint.name())
            .map(String::as_str)
            .unwrap_or(endpoint.default_path());
        if path.starts_with("http://") || path.starts_with("https://") {
            // Old deployments configured one full URL per call; honour that.
            return path.to_string();
        }
        format!("{}/{}", self.base, path.trim_start_matches('/'))
    }

    fn request(
        &self,
        method: Method,
        endpoint: Endpoint,
        key: Option<&str>,
    ) -> reqwest::RequestBuilder {
        let mut rb = self
            .http
            .request(method, self.url(endpoint))
            .timeout(self.timeout)
            .header(header::ACCEPT, "application/json");
        if let Some(token) = &self.token {
            rb = rb.bearer_auth(token);
        } else if let Some(cookie) = &self.cookie {
            rb = rb.header(header::COOKIE, cookie);
        }
        if let Some(key) = key {
            rb = rb.header("Idempotency-Key", key);
        }
        rb
    }

    async fn send(
        &self,
        endpoint: Endpoint,
        rb: reqwest::RequestBuilder,
    ) -> Result<Reply, CentralError> {
        let resp = rb.send().await.map_err(|e| {
            let err = CentralError::from_reqwest(&e);
            log::debug!("central {}: {err}", endpoint.name());
            err
        })?;
        let status = resp.status();
        let body = resp
            .bytes()
            .await
            .map_err(|e| CentralError::from_reqwest(&e))?;
        let parsed: Option<Reply> =
            serde_json::from_slice::<Value>(&body)
                .ok()
                .and_then(|v| match v {
                    Value::Object(m) => Some(m),
                    // The seed's Flask views sometimes answer with JSON text inside a string.
                    Value::String(s) => serde_json::from_str::<Reply>(&s).ok(),
                    _ => None,
                });
        let result = classify(status, parsed);
        if let Err(e) = &result {
            log::debug!("central {} -> {}: {e}", endpoint.name(), status.as_u16());
        }
        result
    }

    async fn post_form(
        &self,
        endpoint: Endpoint,
        form: &Form,
        key: Option<&str>,
    ) -> Result<Reply, CentralError> {
        let rb = self.request(Method::POST, endpoint, key).form(form);
        self.send(endpoint, rb).await
    }

    /// Plugin endpoints: JSON body with `orgId` and `account` added.
    async fn post_json(
        &self,
        endpoint: Endpoint,
        mut body: Map<String, Value>,
        key: Option<&str>,
    ) -> Result<Reply, CentralError> {
        body.insert("orgId".into(), json!(self.identity.org_id));
        body.insert("account".into(), json!(self.identity.account));
        let rb = self.request(Method::POST, endpoint, key).json(&body);
        self.send(endpoint, rb).await
    }

    async fn get_json(
        &self,
        endpoint: Endpoint,
        query: &[(&str, String)],
    ) -> Result<Reply, CentralError> {
        let mut q: Vec<(&str, String)> = query.to_vec();
        if let Some(o) = &self.identity.org_id {
            q.push(("orgId", o.clone()));
        }
        if let Some(a) = &self.identity.account {
            q.push(("account", a.clone()));
        }
        let rb = self.request(Method::GET, endpoint, None).query(&q);
        self.send(endpoint, rb).await
    }

    /// Creates a resume; returns central's 24-hex id.
    pub async fn create_resume(&self, fields: &Form, key: &str) -> Result<String, CentralError> {
        let reply = self
            .post_form(Endpoint::ResumeOpt, fields, Some(key))
            .await?;
        id_of(&reply, "create")
    }

    pub async fn update_resume(
        &self,
        central_id: &str,
        fields: &Form,
        key: &str,
    ) -> Result<(), CentralError> {
        let mut form = vec![("_id".to_string(), central_id.to_string())];
        form.extend(fields.iter().cloned());
        self.post_form(Endpoint::ResumeOpt, &form, Some(key))
            .await?;
        Ok(())
    }

    /// Adds a work or education record; returns the record's central id.
    pub async fn add_record(
        &self,
        resume: &str,
        kind: RecordKind,
        fields: &Form,
        key: &str,
    ) -> Result<String, CentralError> {
        let form = extend_form(
            resume,
            &format!("add_{}", kind.as_str()),
            None,
            kind,
            fields,
        );
        let reply = self
            .post_form(Endpoint::ResumeExtend, &form, Some(key))
            .await?;
        id_of(&reply, "add record")
    }

    pub async fn update_record(
        &self,
        resume: &str,
        kind: RecordKind,
        record: &str,
        fields: &Form,
        key: &str,
    ) -> Result<(), CentralError> {
        let form = extend_form(
            resume,
            &format!("update_{}", kind.as_str()),
            Some(record),
            kind,
            fields,
        );
        self.post_form(Endpoint::ResumeExtend, &form, Some(key))
            .await?;
        Ok(())
    }

    pub async fn delete_record(
        &self,
        resume: &str,
        kind: RecordKind,
        record: &str,
        key: &str,
    ) -> Result<(), CentralError> {
        let form = extend_form(
            resume,
            &format!("delete_{}", kind.as_str()),
            Some(record),
            kind,
            &Form::new(),
        );
        self.post_form(Endpoint::ResumeExtend, &form, Some(key))
            .await?;
        Ok(())
    }

    /// Live login state, points and payment options of the given channels.
    pub async fn channels(&self, ids: &[i64]) -> Result<Vec<ChannelState>, CentralError> {
        let ids = ids
            .iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let reply = self.get_json(Endpoint::Channels, &[("ids", ids)]).await?;
        let list = reply
            .get("channels")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        Ok(list.iter().filter_map(channel_from_json).collect())
    }

    /// Asks central to refresh job postings; returns the `fails` list (empty: all refreshed).
    pub async fn refresh_jobs(
        &self,
        refreshes: &Value,
        key: &str,
    ) -> Result<Vec<Value>, CentralError> {
        let mut body = Map::new();
        body.insert("refreshes".into(), refreshes.clone());
        let reply = self
            .post_json(Endpoint::JobsRefresh, body, Some(key))
            .await?;
        Ok(reply
            .get("fails")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default())
    }

    pub async fn positions(&self) -> Result<Vec<Value>, CentralError> {
        let reply = self.get_json(Endpoint::Positions, &[]).await?;
        Ok(reply
            .get("positions")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default())
    }

    /// Unlocks a board resume's contact details; this spends the board's points.
    pub async fn download_resume(
        &self,
        channel: i64,
        board_resume_id: &str,
        pay_type: i64,
        key: &str,
    ) -> Result<Unlocked, CentralError> {
        let mut body = Map::new();
        body.insert("channelId".into(), json!(channel));
        body.insert("resumeId".into(), json!(board_resume_id));
        body.insert("payType".into(), json!(pay_type));
        let reply = self
            .post_json(Endpoint::ResumesDownload, body, Some(key))
            .await?;
        let s = |k: &str| {
            reply
                .get(k)
                .and_then(Value::as_str)
                .map(str::to_string)
                .filter(|s| !s.is_empty())
        };
        Ok(Unlocked {
            name: s("name"),
            phone: s("phone"),
            email: s("email"),
        })
    }

    /// Body fields as queued in a `contact_report` item (`{channel, channelId, name, phone, email}`).
    pub async fn report_contact(&self, report: &Value, key: &str) -> Result<(), CentralError> {
        self.post_json(Endpoint::ResumesContact, object(report), Some(key))
            .await?;
        Ok(())
    }

    pub async fn link_resume(
        &self,
        central_id: &str,
        position: &str,
        channel: i64,
        channel_resume_id: &str,
        key: &str,
    ) -> Result<(), CentralError> {
        let mut body = Map::new();
        body.insert("resume_id".into(), json!(central_id));
        body.insert("position".into(), json!(position));
        body.insert("channelId".into(), json!(channel));
        body.insert("channelResumeId".into(), json!(channel_resume_id));
        self.post_json(Endpoint::ResumesLink, body, Some(key))
            .await?;
        Ok(())
    }

    /// Body as queued in a `search_rules` item (`{channel, jobId, json}`).
    pub async fn save_search_rules(&self, rules: &Value, key: &str) -> Result<(), CentralError> {
        self.post_json(Endpoint::SearchRules, object(rules), Some(key))
            .await?;
        Ok(())
    }
}

fn object(v: &Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

fn extend_form(
    resume: &str,
    opt: &str,
    record: Option<&str>,
    kind: RecordKind,
    fields: &Form,
) -> Form {
    let mut form = vec![
        ("resume_id".to_string(), resume.to_string()),
        ("opt".to_string(), opt.to_string()),
    ];
    if let Some(id) = record {
        for p in kind.id_params() {
            form.push((p.to_string(), id.to_string()));
        }
    }
    form.extend(fields.iter().cloned());
    form
}

fn id_of(reply: &Reply, what: &str) -> Result<String, CentralError> {
    reply
        .get("_id")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .ok_or_else(|| CentralError::Permanent {
            reason: format!("central answered {what} without an _id"),
            code: None,
            status: None,
        })
}

/// CENTRAL_API §1: `message` decides, whatever the status; then 5xx/429 are transient and
/// other 4xx permanent.
fn classify(status: StatusCode, body: Option<Reply>) -> Result<Reply, CentralError> {
    let message = body
        .as_ref()
        .and_then(|b| b.get("message"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let transient_status = status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS;
    if transient_status {
        return Err(CentralError::Transient {
            reason: format!(
                "HTTP {}{}",
                status.as_u16(),
                message.map(|m| format!(": {m}")).unwrap_or_default()
            ),
            // The server answered: it reports the failure of this request, not a half-done one.
            maybe_committed: false,
        });
    }
    match (message.as_deref(), body) {
        (Some("success"), Some(b)) if status.is_success() => Ok(b),
        (Some(m), b) if m != "success" => Err(CentralError::Permanent {
            reason: m.to_string(),
            code: b
                .as_ref()
                .and_then(|b| b.get("code"))
                .and_then(Value::as_str)
                .map(str::to_string),
            status: Some(status.as_u16()),
        }),
        _ => Err(CentralError::Permanent {
            reason: format!("HTTP {} without a usable reply", status.as_u16()),
            code: None,
            status: Some(status.as_u16()),
        }),
    }
}

/// A channel as central reports it (CENTRAL_API §3 `channels`), in the store's shape
/// (`updated_at` 0: stamped when stored).
pub use crate::store::channels::ChannelState;

fn channel_from_json(v: &Value) -> Option<ChannelState> {
    let int = |v: &Value| {
        v.as_i64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    };
    Some(ChannelState {
        channel_id: v.get("channelId").and_then(int)?,
        is_login: v.get("isLogin").and_then(Value::as_bool).unwrap_or(false),
        point: v.get("point").and_then(int).unwrap_or(-1),
        download: v.get("download").and_then(Value::as_bool),
        refresh: v.get("refresh").and_then(Value::as_bool),
        pay_types: v.get("payType").cloned().unwrap_or_else(|| json!([])),
        updated_at: 0,
    })
}

/// Contact details an unlock revealed.
#[derive(Clone, PartialEq, Default)]
pub struct Unlocked {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl std::fmt::Debug for Unlocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Personal data stays out of debug output and so out of logs.
        f.debug_struct("Unlocked")
            .field("name", &self.name.is_some())
            .field("phone", &self.phone.is_some())
            .field("email", &self.email.is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(v: Value) -> Option<Reply> {
        v.as_object().cloned()
    }

    #[test]
    fn message_decides_before_status() {
        assert!(classify(StatusCode::OK, reply(json!({"message":"success"}))).is_ok());
        let e = classify(StatusCode::OK, reply(json!({"message":"手机号码格式错误"}))).unwrap_err();
        assert_eq!(e.reason(), "手机号码格式错误");
        assert!(!e.is_transient());
        let e = classify(
            StatusCode::OK,
            reply(json!({"message":"下载点数不足","code":"insufficient_points"})),
        )
        .unwrap_err();
        assert_eq!(e.code(), Some("insufficient_points"));
    }

    #[test]
    fn server_errors_and_429_are_transient_other_4xx_permanent() {
        assert!(classify(StatusCode::BAD_GATEWAY, None)
            .unwrap_err()
            .is_transient());
        assert!(classify(StatusCode::TOO_MANY_REQUESTS, None)
            .unwrap_err()
            .is_transient());
        assert!(!classify(StatusCode::FORBIDDEN, None)
            .unwrap_err()
            .is_transient());
        assert!(!classify(StatusCode::OK, None).unwrap_err().is_transient());
    }

    #[test]
    fn paths_come_from_config_by_endpoint_name() {
        let mut cfg = CentralConfig {
            base_url: Some("http://127.0.0.1:9/base/".into()),
            ..CentralConfig::default()
        };
        cfg.paths.insert("positions".into(), "/v2/positions".into());
        let c = Central::new(&cfg).unwrap();
        assert_eq!(
            c.url(Endpoint::Positions),
            "http://127.0.0.1:9/base/v2/positions"
        );
        assert_eq!(
            c.url(Endpoint::ResumeOpt),
            "http://127.0.0.1:9/base/wx/resume/opt"
        );
        assert!(matches!(
            Central::new(&CentralConfig::default()),
            Err(CentralError::NotConfigured)
        ));
    }
}
