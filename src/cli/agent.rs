//! `hirebridge agent [--once]` and `hirebridge retry`.

use crate::config::Config;
use crate::paths::Paths;
use crate::{agent, logging};

pub fn run(once: bool) -> i32 {
    let paths = Paths::from_env();
    let config = match Config::load(&paths) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("配置文件有误 / config error: {e}");
            return 2;
        }
    };
    logging::init(&paths.log_file(), &config.log_level, "agent");
    agent::run(&paths, &config, once)
}

/// Puts parked items back in the queue and makes sure an agent picks them up.
pub fn retry() -> i32 {
    let (paths, config, store) = match super::open() {
        Ok(x) => x,
        Err(code) => return code,
    };
    let listed = agent::parked(store.conn(), 20).unwrap_or_default();
    match agent::retry_parked(store.conn()) {
        Ok(n) => {
            for p in &listed {
                println!(
                    "#{} {} {}",
                    p.id,
                    p.kind,
                    p.reason.as_deref().unwrap_or("-")
                );
            }
            println!("重新排队 requeued: {n}");
            agent::ensure_running(&paths, &config);
            0
        }
        Err(e) => {
            eprintln!("读取本地数据库失败 / store error: {e}");
            2
        }
    }
}
