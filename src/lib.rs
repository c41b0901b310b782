//! hirebridge: native-messaging host and sync agent for the recruiters' browser extension.

pub mod agent;
pub mod central;
pub mod channels;
pub mod config;
pub mod extract;
pub mod model;
pub mod paths;
pub mod store;
