//! Replays every case against `cinnabar_core::Server` in this process (virtual clock,
//! random input splits) and compares with the snapshots recorded from Redis.

use std::panic::{AssertUnwindSafe, catch_unwind};

use cinnabar_conformance::suite::{
    Outcome, Report, orphan_snapshots, run_in_process, selected_cases,
};

#[test]
fn every_case_in_process_matches_redis() {
    let cases = selected_cases();
    assert!(!cases.is_empty(), "no conformance cases selected");
    let mut report = Report::new("inproc");
    for case in &cases {
        let outcome = catch_unwind(AssertUnwindSafe(|| run_in_process(case, "inproc")))
            .unwrap_or_else(|p| {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Outcome::Error(format!("panicked: {msg}"))
            });
        report.push(case, outcome);
    }
    let summary = report.finish();
    if std::env::var_os("CONFORMANCE_FILTER").is_none() {
        let orphans = orphan_snapshots(&cases);
        assert!(
            orphans.is_empty(),
            "snapshots without a case (delete them): {orphans:?}"
        );
    }
    if let Err(msg) = summary {
        panic!("{msg}");
    }
}
