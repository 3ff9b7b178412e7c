//! Running the whole suite: finding cases and their snapshots, running cases over TCP
//! (one shared server with FLUSHALL between cases, a dedicated one for cases with
//! options) or in process, comparing with the Redis-recorded snapshots, and reporting
//! every difference with a diff.
//!
//! The runners read the `.snap` files themselves instead of calling insta's
//! `assert_snapshot!`: insta would write `.snap.new` files from Cinnabar's output next
//! to the recorded ones, and stop at the first mismatch. Only the recorder
//! (`tests/record.rs`) goes through insta, so only real Redis ever writes a snapshot.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::case::{Case, load_cases};
use crate::inprocess::{InProcess, Split};
use crate::render::fnv1a64;
use crate::run::run_case;
use crate::tcp::{ServerProcess, StartError, Tcp, control};

/// `conformance/cases`.
pub fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("cases")
}

/// `conformance/snapshots`.
pub fn snapshots_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots")
}

/// Where `case`'s snapshot lives: `snapshots/<family>/<name>.snap`.
pub fn snapshot_file(case: &Case) -> PathBuf {
    snapshots_root()
        .join(&case.family)
        .join(format!("{}.snap", case.name))
}

/// The cases to run: all of them, or those whose id contains `CONFORMANCE_FILTER`.
pub fn selected_cases() -> Vec<Case> {
    let filter = std::env::var("CONFORMANCE_FILTER").ok();
    match load_cases(&cases_root(), filter.as_deref()) {
        Ok(c) => c,
        Err(e) => panic!("cannot load conformance cases: {e}"),
    }
}

/// The contents of an insta `.snap` file (its metadata header removed), or `None` if it
/// does not exist.
pub fn read_snapshot(path: &Path) -> Result<Option<String>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let body = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map(|(_, body)| body)
        .ok_or_else(|| format!("{}: not an insta snapshot", path.display()))?;
    Ok(Some(body.to_string()))
}

/// Snapshot files with no case (a case was renamed or deleted).
pub fn orphan_snapshots(cases: &[Case]) -> Vec<PathBuf> {
    let known: std::collections::BTreeSet<PathBuf> = cases.iter().map(snapshot_file).collect();
    let mut orphans = Vec::new();
    let Ok(families) = std::fs::read_dir(snapshots_root()) else {
        return orphans;
    };
    for fam in families.flatten() {
        let Ok(files) = std::fs::read_dir(fam.path()) else {
            continue;
        };
        for f in files.flatten() {
            let p = f.path();
            let is_snap = p.extension().and_then(|e| e.to_str()) == Some("snap");
            if is_snap && !known.contains(&p) {
                orphans.push(p);
            }
        }
    }
    orphans.sort();
    orphans
}

/// `conformance/known-failures.txt`: cases a runner is allowed to fail, one id a line
/// (`family/name`, or `<runner>:family/name` for one runner only), `#` comments.
#[derive(Debug, Default)]
pub struct KnownFailures {
    entries: BTreeMap<String, String>,
}

impl KnownFailures {
    /// Reads the list (empty if the file is absent).
    pub fn load() -> Self {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("known-failures.txt");
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut entries = BTreeMap::new();
        for line in text.lines() {
            let (entry, why) = line.split_once('#').unwrap_or((line, ""));
            let entry = entry.trim();
            if !entry.is_empty() {
                entries.insert(entry.to_string(), why.trim().to_string());
            }
        }
        KnownFailures { entries }
    }

    /// Whether `runner` may fail case `id`.
    pub fn allows(&self, runner: &str, id: &str) -> bool {
        self.entries.contains_key(id) || self.entries.contains_key(&format!("{runner}:{id}"))
    }
}

/// How one case went.
#[derive(Debug)]
pub enum Outcome {
    /// Same transcript as the snapshot.
    Pass,
    /// A different transcript; the text is a diff (snapshot → this runner).
    Differs(String),
    /// The case has no snapshot yet.
    NotRecorded,
    /// The case could not be run (server refused the options, did not start, ...).
    Error(String),
}

/// The results of one runner over the selected cases.
pub struct Report {
    runner: String,
    results: Vec<(String, Outcome)>,
    known: KnownFailures,
}

impl Report {
    /// An empty report for `runner` (`inproc`, `cinnabar`, `cinnabar-std`, ...).
    pub fn new(runner: &str) -> Self {
        Report {
            runner: runner.to_string(),
            results: Vec::new(),
            known: KnownFailures::load(),
        }
    }

    /// Compares `transcript` for `case` with its snapshot and records the outcome.
    pub fn compare(&mut self, case: &Case, transcript: &str) {
        let outcome = compare(case, transcript, &self.runner);
        self.results.push((case.id(), outcome));
    }

    /// Records an outcome directly.
    pub fn push(&mut self, case: &Case, outcome: Outcome) {
        self.results.push((case.id(), outcome));
    }

    /// Prints the report; `Err` with a summary if any case failed that is not a known
    /// failure, or if a known failure now passes in a standard runner (so the list
    /// stays honest).
    pub fn finish(self) -> Result<String, String> {
        let mut failed = Vec::new();
        let mut known_failed = Vec::new();
        let mut fixed = Vec::new();
        let mut passed = 0;
        for (id, outcome) in &self.results {
            let known = self.known.allows(&self.runner, id);
            match outcome {
                Outcome::Pass if known => fixed.push(id.clone()),
                Outcome::Pass => passed += 1,
                other => {
                    let detail = match other {
                        Outcome::Differs(d) => d.clone(),
                        Outcome::NotRecorded => {
                            "no snapshot: record it from Redis (see conformance/README.md)".into()
                        }
                        Outcome::Error(e) => e.clone(),
                        Outcome::Pass => String::new(),
                    };
                    if known {
                        known_failed.push(id.clone());
                    } else {
                        eprintln!(
                            "\n==== [{}] {id} differs from Redis ====\n{detail}",
                            self.runner
                        );
                        failed.push(id.clone());
                    }
                }
            }
        }
        let summary = format!(
            "[{}] {} cases: {passed} pass, {} known failures, {} failed, {} known failures now pass",
            self.runner,
            self.results.len(),
            known_failed.len(),
            failed.len(),
            fixed.len()
        );
        eprintln!("{summary}");
        if !known_failed.is_empty() {
            eprintln!(
                "[{}] known failures: {}",
                self.runner,
                known_failed.join(" ")
            );
        }
        // Only the standard runners keep the list honest; a binary given with
        // CINNABAR_BIN (redis-server itself, as a self-check) may pass more.
        let standard = self.runner == "inproc" || crate::BINARIES.contains(&self.runner.as_str());
        if !standard && !fixed.is_empty() {
            eprintln!(
                "[{}] known failures that pass here: {}",
                self.runner,
                fixed.join(" ")
            );
            fixed.clear();
        }
        if failed.is_empty() && fixed.is_empty() {
            return Ok(summary);
        }
        let mut msg = summary;
        if !failed.is_empty() {
            msg.push_str(&format!("\nfailed (diffs above): {}", failed.join(" ")));
        }
        if !fixed.is_empty() {
            msg.push_str(&format!(
                "\nnow pass: remove them from conformance/known-failures.txt: {}",
                fixed.join(" ")
            ));
        }
        Err(msg)
    }
}

/// Compares a transcript with `case`'s snapshot.
pub fn compare(case: &Case, transcript: &str, runner: &str) -> Outcome {
    let path = snapshot_file(case);
    match read_snapshot(&path) {
        Err(e) => Outcome::Error(e),
        Ok(None) => Outcome::NotRecorded,
        Ok(Some(expected)) if expected.trim_end() == transcript.trim_end() => Outcome::Pass,
        Ok(Some(expected)) => {
            let expected = format!("{}\n", expected.trim_end());
            let actual = format!("{}\n", transcript.trim_end());
            let diff = similar::TextDiff::from_lines(&expected, &actual);
            let text = diff
                .unified_diff()
                .context_radius(4)
                .header(
                    &format!("redis 7.0 ({})", path.display()),
                    &format!("{runner} ({})", case.path.display()),
                )
                .to_string();
            Outcome::Differs(text)
        }
    }
}

/// Wall-clock microseconds now (the in-process virtual clock starts here, so absolute
/// timestamps in cases mean the same as against a real server).
pub fn wall_clock_us() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as i64)
}

/// How many in-process runs each case gets: one with whole reads, then this many minus
/// one with random splits (`CONFORMANCE_SPLIT_RUNS`, default 4).
pub fn split_runs() -> u64 {
    std::env::var("CONFORMANCE_SPLIT_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4)
        .max(1)
}

/// Runs `case` in process: once with whole reads, then with random splits seeded from
/// the case id (or `CONFORMANCE_SEED`). Every run must give the snapshot.
pub fn run_in_process(case: &Case, runner: &str) -> Outcome {
    let base = std::env::var("CONFORMANCE_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| fnv1a64(case.id().as_bytes()));
    let start = wall_clock_us();
    for run in 0..split_runs() {
        let split = if run == 0 {
            Split::Whole
        } else {
            Split::Random(base.wrapping_add(run))
        };
        let mut target = match InProcess::new(case, split, start) {
            Ok(t) => t,
            Err(e) => return Outcome::Error(format!("Cinnabar refused the case's options: {e}")),
        };
        let transcript = run_case(case, &mut target);
        match compare(case, &transcript, runner) {
            Outcome::Pass => {}
            Outcome::Differs(d) => {
                let how = match split {
                    Split::Whole => "whole reads".to_string(),
                    Split::Random(seed) => format!(
                        "random splits, reproduce with CONFORMANCE_SEED={} CONFORMANCE_FILTER={}",
                        seed.wrapping_sub(run),
                        case.id()
                    ),
                };
                return Outcome::Differs(format!("({how})\n{d}"));
            }
            other => return other,
        }
    }
    Outcome::Pass
}

/// After this many cases in a row end in a reply timeout, the rest are not run (each
/// would cost the full timeout).
const MAX_TIMEOUTS_IN_A_ROW: usize = 3;

/// Runs each case over TCP against servers started from `exe`: one shared server
/// (FLUSHALL before each case) and a dedicated one for each case with options.
/// `on_case` gets each case's transcript, or why it could not run. Returns `Err` if
/// the shared server cannot be started at all.
pub fn run_over_tcp(
    exe: &Path,
    cases: &[Case],
    mut on_case: impl FnMut(&Case, Result<String, String>),
) -> Result<(), StartError> {
    let mut shared: Option<ServerProcess> = None;
    let mut timeouts_in_a_row = 0;
    for case in cases {
        // Cases that time out because a command is missing (e.g. BLPOP) are not a dead
        // server: give up only if the shared server no longer answers PING either.
        if timeouts_in_a_row >= MAX_TIMEOUTS_IN_A_ROW
            && shared
                .as_mut()
                .is_some_and(|s| s.alive() && control(s.addr, &[b"PING"]).is_ok())
        {
            timeouts_in_a_row = 0;
        }
        if timeouts_in_a_row >= MAX_TIMEOUTS_IN_A_ROW {
            on_case(
                case,
                Err(format!(
                    "not run: {} stopped answering ({MAX_TIMEOUTS_IN_A_ROW} cases in a row timed out)",
                    exe.display()
                )),
            );
            continue;
        }
        let mut on_case = |case: &Case, r: Result<String, String>| {
            let timed_out = r
                .as_ref()
                .is_ok_and(|t| t.contains("(no reply)\n(case aborted)"));
            timeouts_in_a_row = if timed_out { timeouts_in_a_row + 1 } else { 0 };
            on_case(case, r);
        };
        if case.isolated {
            let result = match ServerProcess::start(exe, &case.config) {
                Ok(server) => {
                    let mut target = Tcp::new(server.addr);
                    Ok(run_case(case, &mut target))
                }
                Err(e) => Err(format!("server with the case's options did not start: {e}")),
            };
            on_case(case, result);
            continue;
        }
        let ready = match shared.as_mut() {
            Some(s) => s.alive() && control(s.addr, &[b"FLUSHALL"]).is_ok(),
            None => false,
        };
        if !ready {
            drop(shared.take());
            let server = ServerProcess::start(exe, &[])?;
            if let Err(e) = control(server.addr, &[b"FLUSHALL"]) {
                return Err(StartError::Failed(format!(
                    "{} started but FLUSHALL failed: {e}",
                    exe.display()
                )));
            }
            shared = Some(server);
        }
        let Some(server) = shared.as_ref() else {
            continue;
        };
        let mut target = Tcp::new(server.addr);
        on_case(case, Ok(run_case(case, &mut target)));
    }
    Ok(())
}
