//! hirebridge: native-messaging host and sync agent for the recruiters' browser extension.

pub mod channels;
pub mod cli;
pub mod config;
pub mod extract;
pub mod framing;
pub mod handlers;
pub mod host;
pub mod identity;
pub mod install;
pub mod logging;
pub mod model;
pub mod paths;
pub mod position_match;
pub mod protocol;
pub mod store;
