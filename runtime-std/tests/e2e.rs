//! End-to-end tests of the `cinnabar-std` binary (the std runtime) over real TCP; the
//! checks themselves are shared by the three runtimes (runtime-std/tests/suite).

#[path = "suite/mod.rs"]
#[macro_use]
mod suite;

const BIN: &str = env!("CARGO_BIN_EXE_cinnabar-std");

every_check!(BIN);
