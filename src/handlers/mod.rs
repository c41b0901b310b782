//! One request in, one reply out. Handlers do local work themselves and durably store every
//! change before they return; anything bound for central goes through the outbox.

mod channels;
mod downloads;
mod jobs;
mod meta;
pub mod resumes;

use crate::central::{Central, CentralError, Identity};
use crate::channels::ChannelTable;
use crate::config::Config;
use crate::paths::Paths;
use crate::protocol::{ErrorCode, Failure, Request};
use crate::store::Store;
use serde_json::{Map, Value};
use std::sync::{Arc, Mutex, OnceLock};

pub type Outcome = Result<Map<String, Value>, Failure>;

/// Everything a handler may use. One per host process.
pub struct Ctx {
    pub config: Config,
    pub channels: ChannelTable,
    pub paths: Paths,
    store: Mutex<Store>,
    /// Built at first use, not at start-up (TLS set-up would delay `hello`), then shared so a
    /// long-lived port reuses its connections.
    central: OnceLock<Result<Central, CentralError>>,
}

impl Ctx {
    pub fn new(config: Config, paths: Paths, store: Store) -> Ctx {
        Ctx {
            channels: config.channel_table(),
            config,
            paths,
            store: Mutex::new(store),
            central: OnceLock::new(),
        }
    }

    /// Runs store work off the async threads; SQLite calls block (and may wait on another
    /// process's write lock), which must not stall replies to other requests.
    pub async fn store<T, F>(self: &Arc<Self>, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, Failure> + Send + 'static,
    {
        let ctx = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut store = ctx.store.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut store)
        })
        .await
        .map_err(|e| {
            log::error!("store task failed: {e}");
            Failure::new(ErrorCode::Internal)
        })?
    }

    /// A central client for a call on the recruiter's click path: the configured budget and
    /// the account/organisation `LoginInit` stored.
    pub async fn central(
        self: &Arc<Self>,
        budget: std::time::Duration,
    ) -> Result<Central, Failure> {
        let client = self
            .central
            .get_or_init(|| Central::new(&self.config.central))
            .clone()
            .map_err(central_failure)?;
        let identity = self.store(|s| Ok(Identity::from_store(s.conn())?)).await?;
        Ok(client.with_identity(identity).with_timeout(budget))
    }

    pub fn click_budget(&self) -> std::time::Duration {
        std::time::Duration::from_millis(self.config.central.click_budget_ms.max(1))
    }

    /// Makes sure an agent will deliver what was just queued (it exits when idle, and a browser
    /// port can stay open for hours). Off the async thread: it may start a process.
    pub fn wake_agent(self: &Arc<Self>) {
        if !crate::agent::autostart_wanted(&self.config) {
            return;
        }
        let ctx = Arc::clone(self);
        tokio::task::spawn_blocking(move || crate::agent::ensure_running(&ctx.paths, &ctx.config));
    }

    /// The failure for work that needs central when it cannot be reached.
    pub fn central_unavailable(&self) -> Failure {
        if self.config.central_url().is_none() {
            Failure::new(ErrorCode::NotConfigured)
        } else {
            Failure::new(ErrorCode::CentralUnreachable)
        }
    }
}

/// Central's failure as the protocol's: its own code when it is one of ours, its message
/// passed through as `msg`.
pub fn central_failure(e: CentralError) -> Failure {
    match e {
        CentralError::NotConfigured => Failure::new(ErrorCode::NotConfigured),
        CentralError::Transient { .. } => Failure::new(ErrorCode::CentralUnreachable),
        CentralError::Permanent { reason, code, .. } => {
            let code = code
                .as_deref()
                .and_then(ErrorCode::from_code)
                .unwrap_or(ErrorCode::CentralError);
            Failure::msg(code, reason)
        }
    }
}

pub async fn handle(ctx: Arc<Ctx>, req: Request) -> Outcome {
    let t = req.r#type().unwrap_or_default().to_string();
    match t.as_str() {
        "hello" => meta::hello(&ctx).await,
        "LoginInit" => meta::login_init(&ctx, &req).await,
        "status" => meta::status(&ctx).await,
        "isLogin" => channels::is_login(&ctx, &req).await,
        "isLogin_auto" => channels::is_login_auto(&ctx, &req).await,
        "job_channel_pointer" => channels::job_channel_pointer(&ctx, &req).await,
        "batch_job_sync" => jobs::batch_job_sync(&ctx, &req).await,
        "job_sync_all" => jobs::job_sync_all(&ctx).await,
        "channel_upgrade" => jobs::channel_upgrade(&ctx, &req).await,
        "crawl_url" => resumes::crawl_url(&ctx, &req).await,
        "crawl_save" => resumes::crawl_save(&ctx, &req).await,
        "download_confrim" => downloads::download_confirm(&ctx, &req).await,
        "download_resume" => downloads::download_resume(&ctx, &req).await,
        other => Err(Failure::msg(
            ErrorCode::UnknownType,
            format!("未知的请求类型: {other}"),
        )),
    }
}

/// Builds a reply map from `key => value` pairs.
#[macro_export]
macro_rules! fields {
    ($($k:expr => $v:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut m = serde_json::Map::new();
        $( m.insert($k.to_string(), serde_json::json!($v)); )*
        m
    }};
}
