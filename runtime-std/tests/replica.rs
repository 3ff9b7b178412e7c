//! Replication end to end: the `cinnabar-std` binary as the replica of
//! redis-server 7.0.15 (the checks live in runtime-std/tests/suite/replica.rs).

#[path = "../../runtime-std/tests/suite/mod.rs"]
#[macro_use]
mod suite;

const BIN: &str = env!("CARGO_BIN_EXE_cinnabar-std");

#[test]
fn replica_of_redis_disk() {
    suite::replica::replica_of_redis_disk(BIN);
}

#[test]
fn replica_of_redis_diskless() {
    suite::replica::replica_of_redis_diskless(BIN);
}

#[test]
fn chained_through_ours() {
    suite::replica::chained_through_ours(BIN);
}

#[test]
fn replica_restart_continues() {
    suite::restart::replica_restart_continues(BIN);
}

#[test]
fn master_restart_keeps_replica() {
    suite::restart::master_restart_keeps_replica(BIN);
}

#[test]
fn shutdown_waits_for_replica() {
    suite::restart::shutdown_waits_for_replica(BIN);
}

#[test]
fn failover_between_ours() {
    suite::failover::failover_between_ours(BIN);
}

#[test]
fn failover_to_redis() {
    suite::failover::failover_to_redis(BIN);
}

#[test]
fn redis_fails_over_to_ours() {
    suite::failover::redis_fails_over_to_ours(BIN);
}
