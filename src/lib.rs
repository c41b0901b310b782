//! hirebridge: native-messaging host and sync agent for the recruiters' browser extension.

pub mod channels;
pub mod config;
pub mod extract;
pub mod identity;
pub mod model;
pub mod paths;
pub mod store;
