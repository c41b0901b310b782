//! The plugin protocol (PROTOCOL.md): envelopes, error codes and field tolerances.

pub mod envelope;
pub mod errors;
pub mod fields;

pub use envelope::{parse, reply, Echo, Request, Shape};
pub use errors::{ErrorCode, Failure};

/// Protocol version announced by `hello`.
pub const PROTOCOL_VERSION: u32 = 1;

/// Every request type the host understands, in the order `hello` lists them.
pub const MESSAGE_TYPES: &[&str] = &[
    "hello",
    "LoginInit",
    "isLogin",
    "isLogin_auto",
    "job_channel_pointer",
    "batch_job_sync",
    "job_sync_all",
    "crawl_url",
    "crawl_save",
    "download_confrim",
    "download_resume",
    "channel_upgrade",
    "status",
];
