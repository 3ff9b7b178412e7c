//! redis-server 7.0.15 as a replica of the `cinnabar-std` binary (checks shared by the three
//! runtimes: runtime-std/tests/suite/repl_master.rs).

#[path = "../../runtime-std/tests/suite/mod.rs"]
mod suite;

#[path = "../../runtime-std/tests/suite/repl_master.rs"]
mod repl_master;

const BIN: &str = env!("CARGO_BIN_EXE_cinnabar-std");

#[test]
fn redis_replica_diskless_sync() {
    repl_master::replica_follows_us(BIN, true);
}

#[test]
fn redis_replica_disk_sync() {
    repl_master::replica_follows_us(BIN, false);
}
