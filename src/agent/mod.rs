//! The sync agent (`hirebridge agent`): one per data directory, drains the outbox to central.
//!
//! Guarantees (CENTRAL_API §4): items of one resume go in outbox order and never overtake an
//! unfinished earlier one; transient failures are retried forever with capped, jittered
//! backoff; permanent ones are parked with central's reason until `hirebridge retry`; a create
//! is marked as sent before its request, so a crash between central committing it and us
//! recording the id is visible (`uncertain` in `status`) instead of silent.

pub mod backoff;
mod deliver;
mod queue;

pub use deliver::header_key;
pub use queue::{parked, retry_parked, ParkedItem};

use crate::central::{Central, CentralError, Identity};
use crate::config::Config;
use crate::paths::Paths;
use crate::store::{now_ms, Store, StoreError};
use deliver::Event;
use fs4::fs_std::FileExt;
use queue::Queue;
use std::fs::File;
use std::io::Write;
use std::time::{Duration, Instant};

/// How often the agent looks for work written by other processes.
const POLL: Duration = Duration::from_millis(200);

/// Exit codes of [`run`].
pub const EXIT_OK: i32 = 0;
pub const EXIT_ERROR: i32 = 1;

/// The exclusive lock that makes this process the data directory's one agent; released when
/// dropped or when the process dies (the OS drops the lock with the file descriptor).
pub struct AgentLock {
    file: File,
}

impl AgentLock {
    /// `Ok(None)` when another process holds it. Also used only to look (the lock is dropped at
    /// once), so it leaves the file's content alone: the holder's pid is written by the agent.
    pub fn try_acquire(paths: &Paths) -> std::io::Result<Option<AgentLock>> {
        let path = paths.agent_lock_file();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        match file.try_lock_exclusive() {
            Ok(()) => Ok(Some(AgentLock { file })),
            Err(e) if e.kind() == fs4::lock_contended_error().kind() => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Records this process as the holder, for `running_pid` (tests stop what they started).
    fn record_pid(&self) {
        let _ = self.file.set_len(0);
        let _ = (&self.file).write_all(std::process::id().to_string().as_bytes());
    }
}

/// Runs the agent until the outbox has been empty for `idle_exit_secs` (or, with `once`, until
/// nothing is due). Returns the process exit code.
pub fn run(paths: &Paths, config: &Config, once: bool) -> i32 {
    let _lock = match AgentLock::try_acquire(paths) {
        Ok(Some(lock)) => {
            lock.record_pid();
            lock
        }
        Ok(None) => {
            log::info!("agent: another agent is running for this data directory");
            return EXIT_OK;
        }
        Err(e) => {
            log::error!("agent: cannot take the agent lock: {e}");
            return EXIT_ERROR;
        }
    };
    let mut store = match Store::open(&paths.store_file()) {
        Ok(s) => s,
        Err(e) => {
            log::error!("agent: {e}");
            return EXIT_ERROR;
        }
    };
    let central = match Central::new(&config.central) {
        Ok(c) => c,
        Err(CentralError::NotConfigured) => {
            log::info!("agent: central is not configured; the outbox stays queued");
            return EXIT_OK;
        }
        Err(e) => {
            log::error!("agent: {e}");
            return EXIT_ERROR;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            log::error!("agent: cannot start runtime: {e}");
            return EXIT_ERROR;
        }
    };
    log::info!("agent: started (pid {})", std::process::id());
    let store_file = paths.store_file();
    match runtime.block_on(drain(&mut store, central, config, once, &store_file)) {
        Ok(()) => {
            log::info!("agent: exiting, nothing left to do");
            EXIT_OK
        }
        Err(e) => {
            log::error!("agent: {e}");
            EXIT_ERROR
        }
    }
}

async fn drain(
    store: &mut Store,
    central: Central,
    config: &Config,
    once: bool,
    store_file: &std::path::Path,
) -> Result<(), StoreError> {
    let (events_tx, mut events_rx) = tokio::sync::mpsc::unbounded_channel::<Event>();
    let concurrency = config.agent.concurrency.max(1);
    let idle_exit = Duration::from_secs(config.agent.idle_exit_secs);
    let mut queue = Queue::default();
    let mut identity = Identity::default();
    let mut events: Vec<Event> = Vec::new();
    let mut idle_since = Instant::now();
    let mut checked_store_at = Instant::now();
    loop {
        if checked_store_at.elapsed() >= Duration::from_secs(1) {
            checked_store_at = Instant::now();
            // Data directory removed (uninstall, a finished test): nothing left to deliver for.
            if !store_file.exists() {
                log::warn!("agent: the store file is gone; exiting");
                return Ok(());
            }
        }
        while let Ok(ev) = events_rx.try_recv() {
            events.push(ev);
        }
        if queue.refresh(store.conn())? {
            // LoginInit may have changed the account since we last looked.
            identity = Identity::from_store(store.conn())?;
        }
        let free = concurrency.saturating_sub(queue.in_flight.len());
        let due = if free > 0 {
            queue.due(now_ms(), free)
        } else {
            Vec::new()
        };
        // Record ids ride along with the next commit; a central id or a finished item is
        // committed at once (each commit is a sync to disk, and the resume's id is what
        // narrows the duplicate window).
        let urgent = events.iter().any(|e| !matches!(e, Event::Record { .. }));
        if urgent || !due.is_empty() {
            let jobs = queue.commit(store, std::mem::take(&mut events), &due, &config.agent)?;
            for job in jobs {
                let client = central.clone().with_identity(identity.clone());
                let tx = events_tx.clone();
                tokio::spawn(async move { deliver::deliver(&client, job, &tx).await });
            }
        }
        if queue.in_flight.is_empty() {
            if once && queue.due(now_ms(), 1).is_empty() {
                return Ok(());
            }
            if queue.has_pending() {
                idle_since = Instant::now();
            } else if idle_since.elapsed() >= idle_exit {
                return Ok(());
            }
        } else {
            idle_since = Instant::now();
        }
        let until_due = queue
            .next_due()
            .map(|t| Duration::from_millis((t - now_ms()).max(0) as u64))
            .unwrap_or(POLL);
        let wait = until_due.min(POLL).max(Duration::from_millis(1));
        tokio::select! {
            ev = events_rx.recv() => events.extend(ev),
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

/// The pid recorded by the agent holding the lock, if one is running.
pub fn running_pid(paths: &Paths) -> Option<u32> {
    match AgentLock::try_acquire(paths) {
        Ok(None) => std::fs::read_to_string(paths.agent_lock_file())
            .ok()
            .and_then(|s| s.trim().parse().ok()),
        _ => None,
    }
}

/// Whether hosts should start an agent at all: only with a central to deliver to.
pub fn autostart_wanted(config: &Config) -> bool {
    config.agent.autostart && config.central_url().is_some()
}

/// Called by host processes: starts a detached agent when none holds the lock (and the
/// configuration allows it). The agent's output goes nowhere near the host's stdout, which
/// carries native-messaging frames.
pub fn ensure_running(paths: &Paths, config: &Config) {
    if !autostart_wanted(config) {
        return;
    }
    match AgentLock::try_acquire(paths) {
        // Free: release it at once so the child can take it.
        Ok(Some(lock)) => drop(lock),
        Ok(None) => return,
        Err(e) => {
            log::warn!("agent: cannot check the agent lock: {e}");
            return;
        }
    }
    if let Err(e) = spawn_detached(paths) {
        log::warn!("agent: cannot start: {e}");
    }
}

fn spawn_detached(paths: &Paths) -> std::io::Result<()> {
    use std::process::{Command, Stdio};
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.arg("agent")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if paths.config_dir == paths.data_dir {
        // Paths::under(home): the child must find the same directory.
        cmd.env("HIREBRIDGE_HOME", &paths.data_dir);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group: the browser killing the host's group must not kill it.
        cmd.process_group(0);
    }
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const DETACHED_PROCESS: u32 = 0x0000_0008;
        const CREATE_NEW_PROCESS_GROUP: u32 = 0x0000_0200;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        cmd.creation_flags(DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW);
    }
    let mut child = cmd.spawn()?;
    log::info!("agent: started agent process {}", child.id());
    // Reap it when it exits so a long-lived host does not collect zombies.
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}
