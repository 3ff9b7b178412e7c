//! End-to-end tests of the `cinnabar-async-std` binary (the async-std runtime) over real TCP; the
//! checks themselves are shared by the three runtimes (runtime-std/tests/suite).

#[path = "../../runtime-std/tests/suite/mod.rs"]
#[macro_use]
mod suite;

const BIN: &str = env!("CARGO_BIN_EXE_cinnabar-async-std");

every_check!(BIN);
