//! A central server for tests and benches: real HTTP on 127.0.0.1 (ephemeral port), the
//! endpoints of CENTRAL_API.md with the seed server's own behaviour, configurable job-board
//! state, `Idempotency-Key` (switchable), fault injection, and inspection of what it stored.
//!
//! It runs on its own Tokio runtime in a background thread, so synchronous tests and the
//! agent's runtime can both talk to it. Every person it invents is fictitious.
#![allow(dead_code)]

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Faults injected per request (each a probability in 0..=1, rolled independently in order:
/// hang, latency, error, then — after the request was processed and committed — drop).
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Answer HTTP 500 without doing anything.
    pub error_rate: f64,
    /// Process and commit the request, then close the connection without answering.
    pub drop_after_commit_rate: f64,
    /// Delay the request by `latency_ms` before processing it.
    pub latency_rate: f64,
    pub latency_ms: u64,
    /// Never answer within `hang_ms`, then close the connection (nothing committed).
    pub hang_rate: f64,
    pub hang_ms: u64,
}

/// How the server is unreachable while down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Down {
    /// Listener closed: connects are refused.
    Refuse,
    /// Connections are accepted and closed at once (also existing keep-alive ones).
    Close,
}

#[derive(Debug, Clone)]
pub struct ChannelSetup {
    pub is_login: bool,
    pub point: i64,
    pub download: bool,
    pub refresh: bool,
    pub pay_types: Vec<Value>,
}

impl ChannelSetup {
    pub fn ready(point: i64) -> ChannelSetup {
        ChannelSetup {
            is_login: true,
            point,
            download: true,
            refresh: true,
            pay_types: vec![
                json!({"type": 1, "typeName": "智联币下载", "totalCoin": "253352"}),
                json!({"type": 2, "typeName": "点数下载", "totalCoin": point.to_string()}),
            ],
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredResume {
    pub id: String,
    pub fields: BTreeMap<String, String>,
    /// kind ("work", "education", "honor", "vehicle") → record id → fields.
    pub records: BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>>,
}

impl StoredResume {
    pub fn records_of(&self, kind: &str) -> Vec<BTreeMap<String, String>> {
        self.records
            .get(kind)
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    pub idempotency_key: Option<String>,
    pub authorization: Option<String>,
    pub cookie: Option<String>,
    /// Form, JSON body or query, as a JSON object.
    pub params: Value,
    /// `ok`, `failed: <message>`, `replayed`, `injected_500`, `dropped_after_commit`, `hung`,
    /// `closed_down`, `unauthorized`.
    pub outcome: String,
}

#[derive(Default)]
struct State {
    honour_idempotency: bool,
    idempotent_answers: HashMap<String, (StatusCode, Value)>,
    faults: Faults,
    rng: Option<fastrand::Rng>,
    down: Option<Down>,
    /// Whether the listener is open, as the accept loop last left it.
    listening: bool,
    token: Option<String>,
    cookie: Option<String>,
    aliases: HashMap<String, String>,
    next_id: u64,
    resumes: BTreeMap<String, StoredResume>,
    channels: BTreeMap<i64, ChannelSetup>,
    positions: Vec<Value>,
    contacts_on_board: HashMap<(i64, String), (String, String, String)>,
    deleted_on_board: HashSet<(i64, String)>,
    failing_jobs: HashSet<(i64, String)>,
    spends: HashMap<(i64, String), u32>,
    refreshes: Vec<(i64, String)>,
    links: Vec<Value>,
    contact_reports: Vec<Value>,
    search_rules: Vec<Value>,
    log: Vec<LoggedRequest>,
}

impl State {
    fn roll(&mut self, p: f64) -> bool {
        p > 0.0 && self.rng.get_or_insert_with(fastrand::Rng::new).f64() < p
    }

    fn new_id(&mut self) -> String {
        self.next_id += 1;
        // 24 hex digits like a MongoDB ObjectId: a time-ish prefix, then a counter.
        format!("{:08x}{:016x}", 0x6560_0000u32, self.next_id)
    }
}

pub struct CentralServer {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl CentralServer {
    pub fn start() -> CentralServer {
        let state = Arc::new(Mutex::new(State {
            honour_idempotency: true,
            listening: true,
            ..State::default()
        }));
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        std_listener.set_nonblocking(true).unwrap();
        let addr = std_listener.local_addr().unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel();
        let st = state.clone();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(serve(std_listener, addr, st, rx));
        });
        CentralServer {
            addr,
            state,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A client configuration pointing at this server, with short timeouts for tests.
    pub fn central_config(&self) -> hirebridge::config::CentralConfig {
        hirebridge::config::CentralConfig {
            base_url: Some(self.url()),
            connect_timeout_ms: 1_000,
            request_timeout_ms: 2_000,
            click_budget_ms: 1_500,
            ..Default::default()
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    // ---- controls ----

    pub fn set_idempotency(&self, honour: bool) {
        self.with(|s| s.honour_idempotency = honour);
    }
    pub fn set_faults(&self, faults: Faults) {
        self.with(|s| s.faults = faults);
    }
    pub fn seed_faults(&self, seed: u64) {
        self.with(|s| s.rng = Some(fastrand::Rng::with_seed(seed)));
    }
    /// Returns once the listener is in the requested state, so a test's next request sees it.
    pub fn set_down(&self, down: Option<Down>) {
        self.with(|s| s.down = down);
        let want_listening = down != Some(Down::Refuse);
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while self.with(|s| s.listening) != want_listening {
            assert!(
                std::time::Instant::now() < deadline,
                "server did not change state"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    pub fn require_token(&self, token: Option<&str>) {
        self.with(|s| s.token = token.map(str::to_string));
    }
    pub fn require_cookie(&self, cookie: Option<&str>) {
        self.with(|s| s.cookie = cookie.map(str::to_string));
    }
    /// Serve `path` as if it were `canonical` (deployments with other paths).
    pub fn alias(&self, path: &str, canonical: &str) {
        self.with(|s| s.aliases.insert(path.to_string(), canonical.to_string()));
    }
    pub fn set_channel(&self, id: i64, setup: ChannelSetup) {
        self.with(|s| s.channels.insert(id, setup));
    }
    pub fn set_positions(&self, positions: Vec<Value>) {
        self.with(|s| s.positions = positions);
    }
    pub fn set_board_contact(
        &self,
        channel: i64,
        resume: &str,
        name: &str,
        phone: &str,
        email: &str,
    ) {
        self.with(|s| {
            s.contacts_on_board.insert(
                (channel, resume.to_string()),
                (name.into(), phone.into(), email.into()),
            )
        });
    }
    pub fn delete_on_board(&self, channel: i64, resume: &str) {
        self.with(|s| s.deleted_on_board.insert((channel, resume.to_string())));
    }
    pub fn fail_job(&self, channel: i64, job: &str) {
        self.with(|s| s.failing_jobs.insert((channel, job.to_string())));
    }

    // ---- inspection ----

    pub fn resumes(&self) -> Vec<StoredResume> {
        self.with(|s| s.resumes.values().cloned().collect())
    }
    pub fn resume(&self, id: &str) -> Option<StoredResume> {
        self.with(|s| s.resumes.get(id).cloned())
    }
    pub fn channel(&self, id: i64) -> Option<ChannelSetup> {
        self.with(|s| s.channels.get(&id).cloned())
    }
    pub fn spends(&self, channel: i64, resume: &str) -> u32 {
        self.with(|s| {
            s.spends
                .get(&(channel, resume.to_string()))
                .copied()
                .unwrap_or(0)
        })
    }
    pub fn total_spends(&self) -> u32 {
        self.with(|s| s.spends.values().sum())
    }
    pub fn refreshes(&self) -> Vec<(i64, String)> {
        self.with(|s| s.refreshes.clone())
    }
    pub fn links(&self) -> Vec<Value> {
        self.with(|s| s.links.clone())
    }
    pub fn contact_reports(&self) -> Vec<Value> {
        self.with(|s| s.contact_reports.clone())
    }
    pub fn search_rules(&self) -> Vec<Value> {
        self.with(|s| s.search_rules.clone())
    }
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.with(|s| s.log.clone())
    }
    pub fn count_outcome(&self, prefix: &str) -> usize {
        self.with(|s| {
            s.log
                .iter()
                .filter(|r| r.outcome.starts_with(prefix))
                .count()
        })
    }
}

impl Drop for CentralServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn serve(
    std_listener: std::net::TcpListener,
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    mut shutdown: tokio::sync::oneshot::Receiver<()>,
) {
    let mut listener = Some(tokio::net::TcpListener::from_std(std_listener).unwrap());
    let mut conns = tokio::task::JoinSet::new();
    loop {
        let down = state.lock().unwrap().down;
        if down == Some(Down::Refuse) {
            listener = None;
        } else if listener.is_none() {
            listener = tokio::net::TcpListener::bind(addr).await.ok();
        }
        state.lock().unwrap().listening = listener.is_some();
        let Some(l) = listener.as_ref() else {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(20)) => continue,
                _ = &mut shutdown => break,
            }
        };
        tokio::select! {
            accepted = l.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                if state.lock().unwrap().down == Some(Down::Close) {
                    drop(stream);
                    continue;
                }
                let _ = stream.set_nodelay(true);
                let st = state.clone();
                conns.spawn(async move {
                    let svc = service_fn(move |req| handle(st.clone(), req));
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
            _ = tokio::time::sleep(Duration::from_millis(50)) => {}
            _ = &mut shutdown => break,
        }
        while conns.try_join_next().is_some() {}
    }
    conns.abort_all();
}

#[derive(Debug)]
struct Abort;
impl std::fmt::Display for Abort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "connection aborted by fault injection")
    }
}
impl std::error::Error for Abort {}

fn reply(status: StatusCode, body: &Value) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .unwrap()
}

async fn handle(
    state: Arc<Mutex<State>>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Abort> {
    let method = req.method().to_string();
    let raw_path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    let header = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let idempotency_key = header("idempotency-key");
    let authorization = header("authorization");
    let cookie = header("cookie");
    let content_type = header("content-type").unwrap_or_default();
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();

    let params = if content_type.starts_with("application/json") {
        serde_json::from_slice::<Value>(&body).unwrap_or(Value::Null)
    } else {
        let source: &[u8] = if method == "GET" {
            query.as_bytes()
        } else {
            &body
        };
        Value::Object(
            url::form_urlencoded::parse(source)
                .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
                .collect(),
        )
    };

    let mut entry = LoggedRequest {
        method,
        path: raw_path.clone(),
        idempotency_key: idempotency_key.clone(),
        authorization: authorization.clone(),
        cookie: cookie.clone(),
        params: params.clone(),
        outcome: String::new(),
    };

    let (hang, latency) = {
        let mut s = state.lock().unwrap();
        if s.down.is_some() {
            entry.outcome = "closed_down".into();
            s.log.push(entry);
            return Err(Abort);
        }
        let f = s.faults.clone();
        (
            s.roll(f.hang_rate).then_some(f.hang_ms),
            s.roll(f.latency_rate).then_some(f.latency_ms),
        )
    };
    if let Some(ms) = hang {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        let mut s = state.lock().unwrap();
        entry.outcome = "hung".into();
        s.log.push(entry);
        return Err(Abort);
    }
    if let Some(ms) = latency {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }

    let mut s = state.lock().unwrap();
    let path = s.aliases.get(&raw_path).cloned().unwrap_or(raw_path);
    let authorised = match (&s.token, &s.cookie) {
        (Some(t), _) => authorization.as_deref() == Some(&format!("Bearer {t}")),
        (None, Some(c)) => cookie.as_deref().is_some_and(|h| h.contains(c.as_str())),
        (None, None) => true,
    };
    if !authorised {
        entry.outcome = "unauthorized".into();
        s.log.push(entry);
        return Ok(reply(
            StatusCode::UNAUTHORIZED,
            &json!({"message": "未登录"}),
        ));
    }
    let error_rate = s.faults.error_rate;
    if s.roll(error_rate) {
        entry.outcome = "injected_500".into();
        s.log.push(entry);
        return Ok(reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            &json!({"message": "服务器内部错误"}),
        ));
    }
    if let (true, Some(key)) = (s.honour_idempotency, &idempotency_key) {
        if let Some((status, body)) = s.idempotent_answers.get(key).cloned() {
            entry.outcome = "replayed".into();
            s.log.push(entry);
            return Ok(reply(status, &body));
        }
    }

    let (status, body) = route(&mut s, &path, &params);
    if let (true, Some(key)) = (s.honour_idempotency, &idempotency_key) {
        s.idempotent_answers
            .insert(key.clone(), (status, body.clone()));
    }
    let message = body.get("message").and_then(Value::as_str).unwrap_or("");
    entry.outcome = if message == "success" {
        "ok".into()
    } else {
        format!("failed: {message}")
    };
    let drop_rate = s.faults.drop_after_commit_rate;
    if s.roll(drop_rate) {
        entry.outcome = "dropped_after_commit".into();
        s.log.push(entry);
        return Err(Abort);
    }
    s.log.push(entry);
    Ok(reply(status, &body))
}

fn ok(extra: Value) -> (StatusCode, Value) {
    let mut m = Map::new();
    m.insert("message".into(), json!("success"));
    if let Value::Object(e) = extra {
        m.extend(e);
    }
    (StatusCode::OK, Value::Object(m))
}

fn fail(message: &str, code: Option<&str>) -> (StatusCode, Value) {
    let mut body = json!({"message": message});
    if let Some(c) = code {
        body["code"] = json!(c);
    }
    (StatusCode::OK, body)
}

fn str_param(p: &Value, k: &str) -> Option<String> {
    match p.get(k)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn int_param(p: &Value, k: &str) -> Option<i64> {
    str_param(p, k).and_then(|s| s.trim().parse().ok())
}

fn route(s: &mut State, path: &str, p: &Value) -> (StatusCode, Value) {
    match path {
        "/wx/resume/opt" => resume_opt(s, p),
        "/wx/resume/extend" => resume_extend(s, p),
        "/api/plugin/channels" => channels(s, p),
        "/api/plugin/jobs/refresh" => jobs_refresh(s, p),
        "/api/plugin/positions" => ok(json!({"positions": s.positions})),
        "/api/plugin/resumes/download" => download(s, p),
        "/api/plugin/resumes/contact" => {
            s.contact_reports.push(p.clone());
            ok(json!({}))
        }
        "/api/plugin/resumes/link" => {
            let id = str_param(p, "resume_id").unwrap_or_default();
            if !s.resumes.contains_key(&id) {
                return fail("简历不存在", None);
            }
            s.links.push(p.clone());
            ok(json!({}))
        }
        "/api/plugin/search-rules" => {
            s.search_rules.push(p.clone());
            ok(json!({}))
        }
        _ => (StatusCode::NOT_FOUND, json!({"message": "接口不存在"})),
    }
}

const RESERVED: &[&str] = &[
    "_id",
    "resume_id",
    "opt",
    "w_id",
    "work_id",
    "e_id",
    "h_id",
    "v_id",
];

fn fields_of(p: &Value) -> BTreeMap<String, String> {
    p.as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| !RESERVED.contains(&k.as_str()))
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

fn resume_opt(s: &mut State, p: &Value) -> (StatusCode, Value) {
    let mut fields = fields_of(p);
    match str_param(p, "_id") {
        None => {
            // The seed server's create-time validation.
            if let Some(phone) = fields.get("phone") {
                let valid = phone.len() == 11
                    && phone.starts_with('1')
                    && phone.bytes().all(|b| b.is_ascii_digit());
                if !valid {
                    return fail("手机号码格式错误", None);
                }
            }
            if fields.get("email").is_some_and(|e| !valid_email(e)) {
                fields.remove("email");
            }
            if fields
                .get("age")
                .is_some_and(|a| !a.parse::<i64>().is_ok_and(|n| (16..=60).contains(&n)))
            {
                fields.remove("age");
            }
            let id = s.new_id();
            s.resumes.insert(
                id.clone(),
                StoredResume {
                    id: id.clone(),
                    fields,
                    records: BTreeMap::new(),
                },
            );
            ok(json!({"_id": id}))
        }
        Some(id) => match s.resumes.get_mut(&id) {
            Some(r) => {
                r.fields.extend(fields);
                ok(json!({}))
            }
            None => fail("简历不存在", None),
        },
    }
}

fn valid_email(e: &str) -> bool {
    let mut parts = e.split('@');
    let (Some(user), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

fn resume_extend(s: &mut State, p: &Value) -> (StatusCode, Value) {
    let resume_id = str_param(p, "resume_id").unwrap_or_default();
    let opt = str_param(p, "opt").unwrap_or_default();
    let Some((action, kind)) = opt.split_once('_') else {
        return fail("操作类型错误", None);
    };
    // The server reads `work_id` for work, not the `w_id` its own document names.
    let id_param = match kind {
        "work" => "work_id",
        "education" => "e_id",
        "honor" => "h_id",
        "vehicle" => "v_id",
        _ => return fail("操作类型错误", None),
    };
    if !s.resumes.contains_key(&resume_id) {
        return fail("简历不存在", None);
    }
    let new_id = (action == "add").then(|| s.new_id());
    let resume = s.resumes.get_mut(&resume_id).unwrap();
    let records = resume.records.entry(kind.to_string()).or_default();
    match action {
        "add" => {
            let id = new_id.unwrap();
            records.insert(id.clone(), fields_of(p));
            ok(json!({"_id": id}))
        }
        "update" | "delete" => {
            let Some(rid) = str_param(p, id_param) else {
                return fail("缺少记录id", None);
            };
            if !records.contains_key(&rid) {
                return fail("记录不存在", None);
            }
            if action == "update" {
                records.get_mut(&rid).unwrap().extend(fields_of(p));
            } else {
                records.remove(&rid);
            }
            ok(json!({}))
        }
        _ => fail("操作类型错误", None),
    }
}

fn channels(s: &mut State, p: &Value) -> (StatusCode, Value) {
    let ids = str_param(p, "ids").unwrap_or_default();
    let list: Vec<Value> = ids
        .split(',')
        .filter_map(|i| i.trim().parse::<i64>().ok())
        .map(|id| match s.channels.get(&id) {
            Some(c) => json!({"channelId": id, "isLogin": c.is_login, "point": c.point,
                              "download": c.download, "refresh": c.refresh, "payType": c.pay_types}),
            None => json!({"channelId": id, "isLogin": false, "point": 0,
                           "download": false, "refresh": false, "payType": []}),
        })
        .collect();
    ok(json!({"channels": list}))
}

fn jobs_refresh(s: &mut State, p: &Value) -> (StatusCode, Value) {
    let Some(list) = p.get("refreshes").and_then(Value::as_array) else {
        return fail("参数错误", Some("bad_request"));
    };
    let mut fails: Vec<Value> = Vec::new();
    for r in list {
        let Some(ch) = r.get("channelId").and_then(Value::as_i64) else {
            continue;
        };
        let ids: Vec<String> = r
            .get("ids")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut failed: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for id in ids {
            let setup = s.channels.get(&ch).cloned();
            let reason = match setup {
                None => Some("渠道未登录"),
                Some(c) if !c.is_login => Some("渠道未登录"),
                Some(c) if !c.refresh => Some("该渠道不支持刷新"),
                Some(c) if c.point < 1 => Some("刷新点数不足"),
                _ if s.failing_jobs.contains(&(ch, id.clone())) => Some("职位不存在或已下线"),
                _ => None,
            };
            match reason {
                Some(why) => failed.entry(why).or_default().push(id),
                None => {
                    s.channels.get_mut(&ch).unwrap().point -= 1;
                    s.refreshes.push((ch, id));
                }
            }
        }
        for (reason, ids) in failed {
            fails.push(json!({"channelId": ch, "ids": ids, "reason": reason}));
        }
    }
    ok(json!({"fails": fails}))
}

fn download(s: &mut State, p: &Value) -> (StatusCode, Value) {
    let ch = int_param(p, "channelId").unwrap_or(-1);
    let rid = str_param(p, "resumeId").unwrap_or_default();
    let pay = int_param(p, "payType").unwrap_or(1);
    let Some(c) = s.channels.get(&ch).cloned() else {
        return fail(
            "渠道未登录，请先登录招聘网站",
            Some("channel_not_logged_in"),
        );
    };
    if !c.is_login {
        return fail(
            "渠道未登录，请先登录招聘网站",
            Some("channel_not_logged_in"),
        );
    }
    if !c.download {
        return fail("该渠道暂时不提供下载简历功能", Some("download_unsupported"));
    }
    if rid.is_empty() {
        return fail("没有该ID简历", Some("unknown_resume"));
    }
    if s.deleted_on_board.contains(&(ch, rid.clone())) {
        return fail("该简历已删除", Some("resume_deleted"));
    }
    if !c
        .pay_types
        .iter()
        .any(|t| t.get("type").and_then(Value::as_i64) == Some(pay))
    {
        return fail("支付方式不可用", Some("bad_request"));
    }
    if c.point < 1 {
        return fail("下载点数不足或解析失败", Some("insufficient_points"));
    }
    s.channels.get_mut(&ch).unwrap().point -= 1;
    *s.spends.entry((ch, rid.clone())).or_default() += 1;
    let (name, phone, email) = s
        .contacts_on_board
        .get(&(ch, rid.clone()))
        .cloned()
        .unwrap_or_else(|| invented_contact(ch, &rid));
    ok(json!({"name": name, "phone": phone, "email": email}))
}

/// A fictitious, stable contact for a board resume (phone range 13900xxxxxx is test-only).
fn invented_contact(ch: i64, rid: &str) -> (String, String, String) {
    let h = rid.bytes().fold(ch as u64 * 31, |h, b| {
        h.wrapping_mul(131).wrapping_add(b as u64)
    });
    (
        format!("测试{}", h % 1000),
        format!("13900{:06}", h % 1_000_000),
        format!("t{}@example.cn", h % 100_000),
    )
}
