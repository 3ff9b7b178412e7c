//! The recorder: runs every case against a real redis-server (7.0, Debian's) and stores
//! each transcript as an insta snapshot in `conformance/snapshots/<family>/<name>.snap`.
//!
//! Ignored by default because it needs redis-server. Record (write snapshots):
//!   INSTA_UPDATE=always cargo test -p cinnabar-conformance --test record -- --include-ignored
//! Check that Redis still gives the committed snapshots (writes nothing, fails on any
//! difference):
//!   CI=true cargo test -p cinnabar-conformance --test record -- --include-ignored
//! `REDIS_SERVER` picks another executable; `CONFORMANCE_FILTER` a subset of cases.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use cinnabar_conformance::frame::Frame;
use cinnabar_conformance::suite::{orphan_snapshots, run_over_tcp, selected_cases, snapshots_root};
use cinnabar_conformance::tcp::{ServerProcess, control};

fn redis_server() -> PathBuf {
    std::env::var_os("REDIS_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/redis-server"))
}

/// Refuses to record from anything but Redis 7.0.
fn check_version(exe: &Path) {
    let server = ServerProcess::start(exe, &[]).unwrap_or_else(|e| panic!("{e}"));
    let info = match control(server.addr, &[b"INFO", b"server"]) {
        Ok(Frame::Bulk(b)) => String::from_utf8_lossy(&b).into_owned(),
        other => panic!("INFO server failed: {other:?}"),
    };
    let version = info
        .lines()
        .find_map(|l| l.strip_prefix("redis_version:"))
        .unwrap_or("?")
        .trim()
        .to_string();
    assert!(
        version.starts_with("7.0."),
        "snapshots are recorded from Redis 7.0; {} is {version}",
        exe.display()
    );
    eprintln!("recording from {} (redis {version})", exe.display());
}

#[test]
#[ignore = "needs redis-server 7.0; see conformance/README.md"]
fn record_from_redis() {
    let exe = redis_server();
    check_version(&exe);
    let cases = selected_cases();
    assert!(!cases.is_empty(), "no conformance cases selected");
    let mut failures = Vec::new();
    let result = run_over_tcp(&exe, &cases, |case, r| {
        let transcript = match r {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e}", case.id());
                failures.push(case.id());
                return;
            }
        };
        let dir = snapshots_root().join(&case.family);
        let input = case.path.clone();
        let ok = catch_unwind(AssertUnwindSafe(|| {
            insta::with_settings!({
                snapshot_path => dir,
                prepend_module_to_snapshot => false,
                omit_expression => true,
                input_file => input,
            }, {
                insta::assert_snapshot!(case.name.as_str(), transcript);
            });
        }));
        if ok.is_err() {
            failures.push(case.id());
        }
    });
    if let Err(e) = result {
        panic!("redis-server did not start: {e}");
    }
    if std::env::var_os("CONFORMANCE_FILTER").is_none() {
        let orphans = orphan_snapshots(&cases);
        assert!(
            orphans.is_empty(),
            "snapshots without a case (delete them): {orphans:?}"
        );
    }
    assert!(
        failures.is_empty(),
        "Redis's transcripts differ from the committed snapshots for: {}",
        failures.join(" ")
    );
    eprintln!("{} cases recorded/checked against Redis", cases.len());
}
