//! `cinnabar-core`: the sans-IO state machine of a Redis-compatible node.
//!
//! Runtimes feed it accepted connections, bytes read, closes and clock ticks, each with
//! the current [`Now`]; it answers with [`Output`]s (bytes ready on a connection, close
//! a connection, the next deadline, disk and outbound-connection work). It never
//! touches a socket, a file, a clock, a thread or an OS random source, so the same
//! inputs always give the same outputs.

pub mod acl;
pub mod aof;
pub mod blocking;
pub mod client;
pub mod commands;
pub mod config;
pub mod config_rewrite;
pub mod directives;
pub mod durations;
pub mod effects;
pub mod evict;
pub mod introspection;
pub mod keyspace;
pub mod notify;
pub mod pubsub;
pub mod rdb;
pub mod repl;
pub mod resp;
pub mod server;
#[cfg(test)]
mod testkit;
pub mod time;
pub mod tracking;
pub mod types;
pub mod util;
pub mod watch;

pub use client::ConnId;
pub use config::Config;
pub use server::{Output, Server};
pub use time::{Instant, Now};
