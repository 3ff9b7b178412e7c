//! End-to-end tests of the `cinnabar` binary (the tokio runtime) over real TCP; the
//! checks themselves are shared by the three runtimes (runtime-std/tests/suite).

#[path = "../../runtime-std/tests/suite/mod.rs"]
#[macro_use]
mod suite;

const BIN: &str = env!("CARGO_BIN_EXE_cinnabar");

every_check!(BIN);
