//! End-to-end tests of the `cinnabar` binary (the tokio runtime) over real TCP; the
//! checks themselves are shared by the three runtimes (runtime-std/tests/suite).

#[path = "../../runtime-std/tests/suite/mod.rs"]
mod suite;

const BIN: &str = env!("CARGO_BIN_EXE_cinnabar");

#[test]
fn basic_then_shutdown() {
    suite::basic_then_shutdown(BIN);
}

#[test]
fn big_pipeline_without_reading() {
    suite::big_pipeline_without_reading(BIN);
}

#[test]
fn concurrent_clients() {
    suite::concurrent_clients(BIN);
}

#[test]
fn reply_after_half_close() {
    suite::reply_after_half_close(BIN);
}

#[test]
fn bad_config_exits_1() {
    suite::bad_config_exits_1(BIN);
}

#[test]
fn config_file_then_args() {
    suite::config_file_then_args(BIN);
}

#[test]
fn writes_and_closes_for_other_connections() {
    suite::writes_and_closes_for_other_connections(BIN);
}

#[test]
fn thousand_blpop_clients_served_in_order() {
    suite::thousand_blpop_clients_served_in_order(BIN);
}

#[test]
fn config_rewrite_matches_redis() {
    suite::config_rewrite_matches_redis(BIN);
}

#[test]
fn maxmemory_allkeys_lru_keeps_recent_keys() {
    suite::maxmemory_allkeys_lru_keeps_recent_keys(BIN);
}
