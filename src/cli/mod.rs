//! The commands behind `hirebridge <subcommand>`.

pub mod call;
pub mod host;
pub mod resumes;
pub mod status;

use crate::config::Config;
use crate::paths::Paths;
use crate::store::Store;

/// Config and store for a command, or a printed reason and exit code 2.
pub fn open() -> Result<(Paths, Config, Store), i32> {
    let paths = Paths::from_env();
    let config = Config::load(&paths).map_err(|e| {
        eprintln!("配置文件有误 / config error: {e}");
        2
    })?;
    let store = Store::open(&paths.store_file()).map_err(|e| {
        eprintln!("无法打开本地数据库 / cannot open the store: {e}");
        2
    })?;
    Ok((paths, config, store))
}
