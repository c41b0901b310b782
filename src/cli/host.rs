//! `hirebridge host` and browser launches.

use crate::handlers::Ctx;
use crate::host::{serve, Caller, EXIT_FORBIDDEN};
use crate::paths::Paths;
use crate::{config::Config, logging, store::Store};
use std::sync::Arc;
use std::time::Duration;

pub fn run(caller: Caller) -> i32 {
    let paths = Paths::from_env();
    // Defaults rather than exit: a broken config must not leave the browser with a dead port.
    let (config, config_error) = match Config::load(&paths) {
        Ok(c) => (c, None),
        Err(e) => (Config::default(), Some(e)),
    };
    logging::init(&paths.log_file(), &config.log_level, "host");
    if let Some(e) = config_error {
        log::error!("config ignored: {e}");
    }
    if !caller.is_allowed(&config.allowed_extensions) {
        log::error!(
            "refused caller {caller:?}: not in the allowed extension ids {:?} (run `hirebridge install --extension-id <id>`)",
            config.allowed_extensions
        );
        return EXIT_FORBIDDEN;
    }
    log::info!("serving {caller:?}");
    let store = match Store::open(&paths.store_file()) {
        Ok(s) => s,
        Err(e) => {
            log::error!("cannot open the store: {e}");
            return 1;
        }
    };
    // Anything queued earlier needs an agent to reach central. On its own thread: checking the
    // lock (and maybe starting a process) must not delay the browser's first reply.
    if crate::agent::autostart_wanted(&config) {
        let (agent_paths, agent_config) = (paths.clone(), config.clone());
        std::thread::spawn(move || crate::agent::ensure_running(&agent_paths, &agent_config));
    }
    let ctx = Arc::new(Ctx::new(config, paths, store));
    // One async thread is enough: blocking work (store, parsing) runs on the blocking pool, the
    // rest is waiting on pipes and sockets. It also starts faster, which browsers' one-shot
    // `sendNativeMessage` launches feel directly.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            log::error!("cannot start the runtime: {e}");
            return 1;
        }
    };
    // Inside the runtime: the pipe reader registers with its reactor when it is made.
    let code = runtime.block_on(async { serve(ctx, stdin_reader(), tokio::io::stdout()).await });
    // A blocked stdin reader or store call must not keep the process past the browser's port.
    runtime.shutdown_timeout(Duration::from_millis(100));
    log::info!("host exiting with {code}");
    code
}

/// Browsers connect stdin to a pipe: reading it through the reactor answers the first frame
/// without waiting for a blocking-pool thread to start (tokio's `stdin()` reads on one). Files and
/// terminals (a person typing, a redirected file) keep the portable reader.
fn stdin_reader() -> Box<dyn tokio::io::AsyncRead + Unpin + Send> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = std::io::stdin().as_fd().try_clone_to_owned() {
            if let Ok(pipe) = tokio::net::unix::pipe::Receiver::from_file(std::fs::File::from(fd)) {
                return Box::new(pipe);
            }
        }
    }
    Box::new(tokio::io::stdin())
}
