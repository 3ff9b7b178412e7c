//! Replication end to end: the `cinnabar-async-std` binary as the replica of
//! redis-server 7.0.15, with restarts and failovers (the checks live in
//! runtime-std/tests/suite: replica.rs, restart.rs, failover.rs).

#[path = "../../runtime-std/tests/suite/mod.rs"]
#[macro_use]
mod suite;

const BIN: &str = env!("CARGO_BIN_EXE_cinnabar-async-std");

replication_checks!(BIN);
