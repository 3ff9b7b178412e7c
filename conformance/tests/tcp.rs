//! Replays every case over TCP against each runtime binary (`cinnabar`,
//! `cinnabar-async-std`, `cinnabar-std`) and compares with the snapshots recorded from
//! Redis. A binary that is not built (or does not start) is skipped with a loud
//! message, unless `CINNABAR_REQUIRE_BINARIES=1`, which makes that a failure.
//! `CINNABAR_BIN=<path>` additionally runs the suite against that one executable.

use std::path::{Path, PathBuf};

use cinnabar_conformance::suite::{Outcome, Report, run_over_tcp, selected_cases};
use cinnabar_conformance::{BINARIES, locate_binary};

fn required() -> bool {
    std::env::var("CINNABAR_REQUIRE_BINARIES").is_ok_and(|v| v == "1")
}

fn skip(why: &str) {
    assert!(!required(), "{why} (CINNABAR_REQUIRE_BINARIES=1)");
    eprintln!("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    eprintln!("!!! SKIPPED conformance over TCP: {why}");
    eprintln!("!!! build the binaries first: cargo build --workspace --bins");
    eprintln!("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
}

fn run_binary(runner: &str, exe: &Path) {
    let cases = selected_cases();
    let mut report = Report::new(runner);
    let started = std::time::Instant::now();
    let result = run_over_tcp(exe, &cases, |case, r| match r {
        Ok(transcript) => report.compare(case, &transcript),
        Err(e) => report.push(case, Outcome::Error(e)),
    });
    if let Err(e) = result {
        skip(&format!(
            "{runner} ({}) could not be started: {e}",
            exe.display()
        ));
        return;
    }
    eprintln!("[{runner}] ran in {:?}", started.elapsed());
    if let Err(msg) = report.finish() {
        panic!("{msg}");
    }
}

fn run_named(name: &str) {
    match locate_binary(name) {
        Some(exe) => run_binary(name, &exe),
        None => skip(&format!(
            "binary `{name}` not found in the target directory"
        )),
    }
}

#[test]
fn tcp_cinnabar() {
    run_named(BINARIES[0]);
}

#[test]
fn tcp_cinnabar_async_std() {
    run_named(BINARIES[1]);
}

#[test]
fn tcp_cinnabar_std() {
    run_named(BINARIES[2]);
}

#[test]
fn tcp_cinnabar_bin_env() {
    if let Some(p) = std::env::var_os("CINNABAR_BIN") {
        let exe = PathBuf::from(p);
        let name = exe
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "CINNABAR_BIN".into());
        run_binary(&name, &exe);
    }
}
