//! Replays every case over TCP against each runtime binary (`cinnabar`,
//! `cinnabar-async-std`, `cinnabar-std`) and compares with the snapshots recorded from
//! Redis. A binary that is not built, or is still a placeholder that exits at once
//! with success, is skipped with a loud message, unless `CINNABAR_REQUIRE_BINARIES=1`,
//! which makes that a failure. A binary that fails to start otherwise always fails.
//! `CINNABAR_BIN=<path>` additionally runs the suite against that one executable.

use std::io::Write;
use std::path::{Path, PathBuf};

use cinnabar_conformance::suite::{Outcome, Report, run_over_tcp, selected_cases};
use cinnabar_conformance::tcp::StartError;
use cinnabar_conformance::{BINARIES, locate_binary};

fn required() -> bool {
    std::env::var("CINNABAR_REQUIRE_BINARIES").is_ok_and(|v| v == "1")
}

fn skip(why: &str) {
    assert!(!required(), "{why} (CINNABAR_REQUIRE_BINARIES=1)");
    // Straight to stderr, past the test harness's capture, so the skip is seen.
    let bar = "!".repeat(78);
    let _ = writeln!(
        std::io::stderr(),
        "\n{bar}\n!!! SKIPPED conformance over TCP: {why}\n\
         !!! build the binaries first: cargo build --workspace --bins\n{bar}\n"
    );
}

fn run_binary(runner: &str, exe: &Path) {
    let cases = selected_cases();
    let mut report = Report::new(runner);
    let started = std::time::Instant::now();
    let result = run_over_tcp(exe, &cases, |case, r| match r {
        Ok(transcript) => report.compare(case, &transcript),
        Err(e) => report.push(case, Outcome::Error(e)),
    });
    match result {
        Ok(()) => {}
        Err(e @ (StartError::Missing(_) | StartError::Stub(_))) => {
            skip(&format!(
                "{runner} ({}) is not a server yet: {e}",
                exe.display()
            ));
            return;
        }
        Err(e) => panic!("{runner} ({}) could not be started: {e}", exe.display()),
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
