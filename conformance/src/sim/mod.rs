//! The deterministic simulator: nodes, clients, network, disks and clocks in one
//! thread, every decision drawn from one seed, every failure replayable (issue 12).
//!
//! It drives [`cinnabar_core::Server`] through its public API only, exactly as a
//! runtime does: `handle_accept`/`handle_read`/`handle_closed`/`handle_timeout`/
//! `handle_disk_done` in, `poll_output`, `pending_output`/`consume_output` and
//! `poll_timeout` out, with [`Now`](cinnabar_core::Now) made from virtual clocks.
//!
//! # The world
//!
//! [`world`] holds it; each step the [`Scheduler`] draws one [`Event`] among those that
//! can happen: a client writes part of a pipelined batch (split at any byte), the
//! network hands part of a connection's bytes to the server or to the client, the
//! server's runtime writes part of a connection's pending output (only once the core
//! announced it), time passes (often not at all: many events share an instant), a
//! node's deadline fires, a disk operation completes, or a fault: a dropped connection
//! (both ends see the close), a disk that fails every operation for a while, a wall
//! clock jump, a power loss and a restart from the disk's durable bytes with the node's
//! configuration ([`disk`] has the crash semantics). The workload ([`workload`]) covers
//! strings, counters, lists, hashes, sets and sorted sets on a small shared key space,
//! with expiries, MULTI/EXEC with WATCH, BLPOP with short timeouts and commands
//! pipelined behind it, and CONFIG SET/REWRITE (the only disk writes the core makes
//! today).
//!
//! # What is checked on every run
//!
//! 1. Every byte the server writes parses as RESP2, and each client reads exactly the
//!    bytes the server wrote for it, reply after reply, in request order (ECHO tags make
//!    the order visible); a reply that the client cannot finish, bytes pending with no
//!    `Output::Write`, a connection's output past 4 MiB, a core that keeps emitting
//!    outputs or whose deadline stays due, and any panic (caught per seed) fail the
//!    seed. At the end, once faults stop and everything in flight is delivered, every
//!    request a live connection delivered must have been answered.
//! 2. The replies are consistent with a sequential reference model ([`model`]). The
//!    check ([`check`]) is precise and cheap because a node is one event loop: it runs
//!    complete requests one at a time, so its execution order is a total order, and the
//!    simulator sees it being made. After each input the simulator reads the bytes
//!    appended to every connection's output (before anything is written out) and
//!    attributes each new reply to the oldest request of that connection still waiting;
//!    so it knows which requests each input executed, and they executed after those of
//!    every earlier input. Replaying the requests in that order against the model and
//!    comparing every reply exactly is therefore a check of the histories against the
//!    sequential specification in the server's own order. The order is consistent with
//!    real time: a request is executed after its last byte reached the server (after
//!    its invocation) and before its reply can be read (its completion), so whenever
//!    one request completes before another is invoked, it executed first. The only
//!    freedom left is how the requests of different connections interleave within a
//!    single input (a write serving a blocked BLPOP, whose pipelined commands then run
//!    after the writer's); the checker searches those few interleavings, relying only on
//!    the event loop running one connection's ready requests back to back. This is
//!    stronger than a black-box linearizability check (Wing & Gong / Knossos style search over the clients'
//!    histories), which must guess the order from overlapping intervals: here the order
//!    is observed, so no search over the whole history is needed and every command of
//!    every type is covered, not just registers. Where the replies cannot tell two
//!    interleavings apart and they leave different datasets, every candidate state is
//!    kept until a later reply (or the final dump) decides. A full linearizability checker becomes
//!    necessary once there are replicas: a client reading from a replica sees an order
//!    the simulator cannot observe in one place, and invariants such as "WAIT n
//!    acknowledged this write, so it survives failover" are statements about real-time
//!    histories across nodes; that checker will consume the same recorded histories
//!    ([`World::history`]).
//!
//!    Expiry uses the node's wall clock at the input that executes the command. The
//!    wall clock drifts against the monotonic one and jumps forward freely; it steps
//!    back only when no key's expiry lies in the skipped interval (otherwise the
//!    server's answer would depend on whether active expiry had sampled the key, which
//!    no model can know). At the end the whole dataset, read through commands, must
//!    equal the model's, TTLs included; so must it after each restart (empty, as no
//!    persistence exists yet), and the config of the last acknowledged CONFIG REWRITE
//!    must be the one the restarted node runs with.
//! 3. Replication scenarios (`--nodes 2..3`, issue 12's invariants 4 and 5): replicas
//!    converge to their master, WAIT never counts a replica that has not applied
//!    the write, and a replica read shows the primary's dataset at the replica's
//!    applied offset (through FAILOVER commands, slow links, partitions); see
//!    `world/repl.rs`.
//! 4. Determinism: a trace hash covers every event and every byte fed to, written by,
//!    or handed to the disk by the core. The same seed gives the same hash and line.
//!
//! Deliberate bugs ([`Bug`]) switch on corruption in the simulator (never in the core)
//! that these invariants must catch; `tests/sim.rs` asserts they do.
//!
//! A failing seed prints the command that replays it, and the shortest event trace the
//! shrinker found: events name clients and nodes, not connections, and carry their own
//! randomness, so a trace with events cut out still replays.

pub mod check;
pub mod disk;
pub mod model;
pub mod rng;
pub mod trace;
pub mod workload;
pub mod world;

use std::panic::{AssertUnwindSafe, catch_unwind};

pub use world::{AofMode, Bug, Event, Failure, Scenario, Scheduler, Stats, World};

/// How to run a seed.
#[derive(Clone, Debug)]
pub struct Options {
    /// The seed.
    pub seed: u64,
    /// Scheduler steps before quiescing.
    pub steps: usize,
    /// Faults on.
    pub faults: bool,
    /// Nodes: 1, or 2..3 for replication scenarios (`world/repl.rs`).
    pub nodes: usize,
    /// A deliberate bug.
    pub bug: Option<Bug>,
    /// The AOF mode instead of the seed's own.
    pub aof: Option<AofMode>,
}

impl Options {
    /// Defaults for `seed`: 2000 steps, faults on, one node, no bug.
    pub fn new(seed: u64) -> Self {
        Options {
            seed,
            steps: 2000,
            faults: true,
            nodes: 1,
            bug: None,
            aof: None,
        }
    }

    /// The command that replays this seed.
    pub fn replay_command(&self) -> String {
        let mut cmd = format!(
            "cargo run --release -p cinnabar-conformance --bin sim -- --seed {} --steps {}",
            self.seed, self.steps
        );
        if !self.faults {
            cmd.push_str(" --faults off");
        }
        if self.nodes != 1 {
            cmd.push_str(&format!(" --nodes {}", self.nodes));
        }
        if let Some(bug) = self.bug {
            cmd.push_str(&format!(" --bug {}", bug.name()));
        }
        if let Some(aof) = self.aof {
            cmd.push_str(&format!(" --aof {}", aof.name()));
        }
        cmd
    }

    /// The world of this seed, with the overrides applied (`--aof`; the AOF bug needs
    /// `appendfsync always`).
    pub fn scenario(&self) -> Scenario {
        let mut scenario = Scenario::new(self.seed, self.nodes, self.faults);
        if let Some(aof) = self.aof {
            scenario.aof = aof;
        }
        if self.bug == Some(Bug::AofReplyBeforeFsync) {
            scenario.aof = AofMode::Always;
        }
        if self.bug == Some(Bug::ReplicaAckAhead) {
            scenario.nodes = scenario.nodes.max(2);
        }
        scenario
    }
}

/// What a run found.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The seed's world.
    pub scenario: Scenario,
    /// The first failure, if any.
    pub failure: Option<Failure>,
    /// The scheduler step it was found at (`None`: while quiescing at the end).
    pub fail_step: Option<usize>,
    /// The scheduler's events, in order (what [`replay`] takes).
    pub script: Vec<Event>,
    /// The trace hash.
    pub trace: u64,
    /// Counters.
    pub stats: Stats,
    /// Requests completed (reply read by the client).
    pub completed: usize,
    /// On failure: the last requests of each client.
    pub histories: Vec<(u32, Vec<String>)>,
    /// How often the interesting cases happened ([`World::coverage`]).
    pub coverage: std::collections::BTreeMap<&'static str, u64>,
}

impl Outcome {
    /// The seed's line: scenario, result, trace hash. Same seed, same line.
    pub fn line(&self) -> String {
        let s = &self.stats;
        let result = match &self.failure {
            None => "ok  ".to_string(),
            Some(_) => "FAIL".to_string(),
        };
        let mut line = format!(
            "seed {} {result} {} | completed={} replies={} drops={} crashes={} disk-errors={} \
             jumps={} | trace {:016x}",
            self.scenario.seed,
            self.scenario.describe(),
            self.completed,
            s.replies,
            s.drops,
            s.crashes,
            s.disk_errors,
            s.jumps,
            self.trace
        );
        if let Some(f) = &self.failure {
            let at = match self.fail_step {
                Some(i) => format!("step {i}"),
                None => "the end".to_string(),
            };
            line.push_str(&format!("\n  {} at {at}: {}", f.kind, f.message));
        }
        line
    }
}

/// Where events come from.
enum Source<'a> {
    Scheduler(usize),
    Script(&'a [Event]),
}

/// Runs the seed of `opts`.
pub fn run(opts: &Options) -> Outcome {
    let scenario = opts.scenario();
    execute(&scenario, opts, Source::Scheduler(opts.steps))
}

/// Runs `script` (events from a previous run, possibly with some cut out) in the
/// world of `opts`.
pub fn replay(opts: &Options, script: &[Event]) -> Outcome {
    let scenario = opts.scenario();
    execute(&scenario, opts, Source::Script(script))
}

thread_local! {
    /// The message of the last panic on this thread, set by [`quiet_panics`]' hook.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the panic hook with one that records the message (with its location) for
/// the seed's report instead of printing it: a range keeps its output to one line per
/// seed, and shrinking replays a panicking trace many times.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
    }));
}

fn execute(scenario: &Scenario, opts: &Options, source: Source<'_>) -> Outcome {
    let mut script: Vec<Event> = Vec::new();
    let mut fail_step = None;
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut world = World::new(scenario, opts.bug);
        if world.failure.is_some() {
            fail_step = Some(0);
            return world;
        }
        let mut scheduler = Scheduler::new(scenario.seed);
        let mut step = 0;
        loop {
            let ev = match &source {
                Source::Scheduler(steps) if step < *steps => scheduler.next(&world),
                Source::Script(events) if step < events.len() => events[step].clone(),
                _ => break,
            };
            script.push(ev.clone());
            world.apply(ev);
            if world.failure.is_some() {
                fail_step = Some(step);
                return world;
            }
            step += 1;
        }
        world.quiesce();
        world
    }));
    match result {
        Ok(world) => {
            let histories = if world.failure.is_some() {
                (0..world.client_count() as u32)
                    .map(|c| (c, world.history(c, 12)))
                    .collect()
            } else {
                Vec::new()
            };
            Outcome {
                scenario: scenario.clone(),
                failure: world.failure.clone(),
                fail_step,
                script,
                trace: world.trace_hash(),
                stats: world.stats.clone(),
                completed: world.completed(),
                histories,
                coverage: world.coverage(),
            }
        }
        Err(payload) => {
            let message = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic".to_string());
            let step = script.len().saturating_sub(1);
            Outcome {
                scenario: scenario.clone(),
                failure: Some(Failure {
                    kind: "panic",
                    event: step,
                    message,
                }),
                fail_step: Some(step),
                script,
                trace: 0,
                stats: Stats::default(),
                completed: 0,
                histories: Vec::new(),
                coverage: Default::default(),
            }
        }
    }
}

/// The shortest script found that still fails with the same kind of failure as
/// `outcome`: cut to the failing step, then chunks removed (halving their size) while
/// the failure stays, at most `budget` replays.
pub fn shrink(opts: &Options, outcome: &Outcome, budget: usize) -> Vec<Event> {
    let Some(kind) = outcome.failure.as_ref().map(|f| f.kind) else {
        return outcome.script.clone();
    };
    let mut cur = outcome.script.clone();
    if let Some(step) = outcome.fail_step {
        cur.truncate(step + 1);
    }
    let mut tries = 0;
    let mut chunk = (cur.len() / 2).max(1);
    loop {
        let mut i = 0;
        while i < cur.len() && tries < budget {
            let mut cand = cur[..i].to_vec();
            cand.extend_from_slice(&cur[(i + chunk).min(cur.len())..]);
            tries += 1;
            let o = replay(opts, &cand);
            match o.failure {
                Some(f) if f.kind == kind => {
                    cur = cand;
                    if let Some(step) = o.fail_step {
                        cur.truncate(step + 1);
                    }
                }
                _ => i += chunk,
            }
        }
        if chunk == 1 || tries >= budget {
            break;
        }
        chunk /= 2;
    }
    cur
}
