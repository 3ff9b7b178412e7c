//! The simulated world: nodes (a [`Server`] each, with its disk and clocks), clients,
//! the links between them, and the events that move it on.
//!
//! Every change of the world is an [`Event`]. The [`Scheduler`] draws the next one from
//! the run's seed among those that can happen; [`World::apply`] carries it out, drives
//! the core through its public API exactly as a runtime would, and checks the
//! invariants as it goes. Events carry their own random parameters (byte counts, the
//! seed of a crash's torn writes) and name clients and nodes, never connections, so a
//! recorded list of events replays on its own, and still makes sense with events cut
//! out of it (the shrinker relies on that).
//!
//! Links between nodes ([`Output::Connect`]), the replication topology and the checks
//! of replication scenarios live in [`repl`]. A node's disk keeps appends, fsyncs and
//! the promises of completed operations that AOF's invariant needs
//! ([`Disk::broken_promises`]).

use std::collections::{BTreeMap, VecDeque};

use cinnabar_core::config::ConfigFile;
use cinnabar_core::resp::encode_request;
use cinnabar_core::server::DiskOp;
use cinnabar_core::{Config, ConnId, Instant, Now, Output, Server};

use super::check::{Step, check_event};
use super::disk::{Disk, preview};
use super::model::{Bytes, Ctx, Model, R, show, show_argv};
use super::rng::SimRng;
use super::trace::TraceHash;
use super::workload::{Shape, Workload};
use crate::frame::{Parsed, parse_frame};

mod repl;

/// The config file every node starts from, relative to its `dir`.
pub const CONFIG_PATH: &str = "redis.conf";
/// Its first contents.
const INITIAL_CONFIG: &str = "slowlog-max-len 128\n";
/// The monotonic clock's origin, so that no instant is zero.
const MONO_ORIGIN_NS: u64 = 1_000_000_000;
/// The wall clock at the start: 2023-11-14T22:13:20Z.
const WALL_ORIGIN_US: i64 = 1_700_000_000_000_000;
/// More outputs than this after one input: the core is stuck.
const MAX_OUTPUTS_PER_INPUT: usize = 100_000;
/// Reply bytes one connection may hold unread (the workload's replies are small; the
/// default `client-output-buffer-limit normal` has no limit, so this is the check that
/// output does not grow without bound).
const MAX_PENDING_OUTPUT: usize = 4 << 20;
/// Consecutive timer firings whose next deadline is already due: a busy loop.
const MAX_TIMER_SPINS: u32 = 10_000;
/// How far the wall clock may jump back at once, in ms.
const MAX_WALL_BACK_MS: i64 = 2_000;
/// How long quiescing waits for a FAILOVER before the operator aborts it.
const FAILOVER_PATIENCE_NS: u64 = 10_000_000_000;
/// How long quiescing may advance virtual time.
const QUIESCE_LIMIT_NS: u64 = 120_000_000_000;

/// Something that happens in the world.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A client writes up to `n` bytes of its requests (making a new batch first when it
    /// has nothing left to write and few requests outstanding).
    Send { client: u32, n: u32 },
    /// The network hands up to `n` of a client's in-flight bytes to the server.
    ToServer { client: u32, n: u32 },
    /// The server's runtime writes up to `n` bytes of the connection's pending output
    /// (only after the core announced it with `Output::Write`).
    Flush { client: u32, n: u32 },
    /// The client reads up to `n` bytes in flight to it, or sees the close.
    ToClient { client: u32, n: u32 },
    /// The client (re)connects.
    Connect { client: u32 },
    /// The network drops the client's connection: both ends see a close.
    Drop { client: u32 },
    /// Virtual time passes.
    Advance { us: u64 },
    /// The node's deadline fires (time moves to it if it is ahead).
    Timer { node: u32 },
    /// The node's oldest disk operation completes.
    Disk { node: u32, r: u64 },
    /// The node's disk starts or stops failing.
    DiskFail { node: u32, on: bool },
    /// The node's wall clock jumps (back only where the model can follow it).
    WallJump { node: u32, ms: i64 },
    /// The node's machine loses power.
    Crash { node: u32, r: u64 },
    /// The node starts again from its disk.
    Restart { node: u32 },
    /// The node's oldest outbound dial completes: connected, or refused (peer down
    /// or partitioned away).
    Dial { node: u32 },
    /// The node's runtime writes up to `n` bytes of its pending output on its link
    /// with `peer` (the oldest one).
    PeerFlush { node: u32, peer: u32, n: u32 },
    /// The network hands up to `n` bytes in flight from `peer` to `node`, or the close.
    PeerDeliver { node: u32, peer: u32, n: u32 },
    /// The network drops every link between `a` and `b`: both ends see a close.
    PeerDrop { a: u32, b: u32 },
    /// `a` and `b` cannot reach each other (`on`) or can again.
    Partition { a: u32, b: u32, on: bool },
    /// Failover: `node` gets `REPLICAOF NO ONE`, every other node is repointed to it,
    /// and clients reconnect to it.
    Failover { node: u32 },
    /// The links between `a` and `b` become slow (`on`: a few bytes per delivery, and
    /// deliveries rarer) or normal again.
    SlowLink { a: u32, b: u32, on: bool },
    /// The operator sends the primary `FAILOVER` (`how`: 0 `TO node`, 1 `TO node
    /// TIMEOUT ms`, 2 `TO node TIMEOUT ms FORCE`, 3 bare, 4 `TIMEOUT ms`, 5 `ABORT`).
    FailoverCmd { node: u32, how: u8, ms: u32 },
    /// A reader reads the whole dataset of replica `node`.
    ReplicaRead { node: u32 },
}

impl Event {
    fn encode(&self) -> Vec<u8> {
        format!("{self:?}").into_bytes()
    }
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = |n: u32| {
            if n == u32::MAX {
                "all".to_string()
            } else {
                n.to_string()
            }
        };
        match self {
            Event::Send { client, n: k } => write!(f, "client {client} sends {} bytes", n(*k)),
            Event::ToServer { client, n: k } => {
                write!(
                    f,
                    "network delivers {} bytes of client {client} to the server",
                    n(*k)
                )
            }
            Event::Flush { client, n: k } => {
                write!(f, "server writes {} bytes to client {client}", n(*k))
            }
            Event::ToClient { client, n: k } => {
                write!(f, "client {client} reads {} bytes", n(*k))
            }
            Event::Connect { client } => write!(f, "client {client} connects"),
            Event::Drop { client } => write!(f, "network drops client {client}'s connection"),
            Event::Advance { us } => write!(f, "time advances {us} us"),
            Event::Timer { node } => write!(f, "node {node}'s deadline fires"),
            Event::Disk { node, r } => write!(f, "node {node}'s disk completes an operation ({r})"),
            Event::DiskFail { node, on } => write!(
                f,
                "node {node}'s disk {}",
                if *on { "starts failing" } else { "recovers" }
            ),
            Event::WallJump { node, ms } => write!(f, "node {node}'s wall clock jumps {ms:+} ms"),
            Event::Crash { node, r } => write!(f, "node {node} loses power ({r})"),
            Event::Restart { node } => write!(f, "node {node} restarts"),
            Event::Dial { node } => write!(f, "node {node}'s dial completes"),
            Event::PeerFlush { node, peer, n: k } => {
                write!(f, "node {node} writes {} bytes to node {peer}", n(*k))
            }
            Event::PeerDeliver { node, peer, n: k } => {
                write!(
                    f,
                    "network delivers {} bytes from node {peer} to node {node}",
                    n(*k)
                )
            }
            Event::PeerDrop { a, b } => write!(f, "network drops the links of nodes {a} and {b}"),
            Event::Partition { a, b, on } => write!(
                f,
                "nodes {a} and {b} {}",
                if *on { "are partitioned" } else { "reconnect" }
            ),
            Event::Failover { node } => write!(f, "failover to node {node}"),
            Event::FailoverCmd { node, how, ms } => {
                write!(
                    f,
                    "the primary gets `{}`",
                    repl::failover_argv(*node, *how, *ms).join(" ")
                )
            }
            Event::ReplicaRead { node } => write!(f, "a reader reads replica {node}'s dataset"),
            Event::SlowLink { a, b, on } => write!(
                f,
                "the links of nodes {a} and {b} {}",
                if *on { "turn slow" } else { "are fast again" }
            ),
        }
    }
}

/// A deliberate bug, switched on by tests to prove the invariants catch it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Bug {
    /// The network loses one byte of a reply.
    DropReplyByte,
    /// On a crash the disk also loses its last durable change (an fsynced file's
    /// replacement).
    ForgetSyncedFile,
    /// The network delivers one complete request twice.
    DuplicateRequest,
    /// The core's own deliberate bug: under `appendfsync always` a reply leaves before
    /// the append carrying its write is fsynced (forces an `always` scenario).
    AofReplyBeforeFsync,
    /// The core's own deliberate bug: replicas acknowledge offsets they have not
    /// applied yet (a replication scenario's WAIT must catch it).
    ReplicaAckAhead,
}

impl Bug {
    /// Every bug, with its command-line name.
    pub const ALL: &[(&'static str, Bug)] = &[
        ("drop-reply-byte", Bug::DropReplyByte),
        ("forget-synced-file", Bug::ForgetSyncedFile),
        ("duplicate-request", Bug::DuplicateRequest),
        ("aof-reply-before-fsync", Bug::AofReplyBeforeFsync),
        ("replica-ack-ahead", Bug::ReplicaAckAhead),
    ];

    /// The command-line name.
    pub fn name(self) -> &'static str {
        Bug::ALL
            .iter()
            .find(|(_, b)| *b == self)
            .map_or("?", |(n, _)| n)
    }
}

/// Whether the nodes keep an append-only file, and its `appendfsync`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AofMode {
    /// `appendonly no`: a restart starts empty.
    Off,
    /// `appendfsync always`: no acknowledged write may be lost.
    Always,
    /// `appendfsync everysec`: the file always loads, into a state the node passed through.
    Everysec,
}

impl AofMode {
    /// The name in the seed's line and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            AofMode::Off => "off",
            AofMode::Always => "always",
            AofMode::Everysec => "everysec",
        }
    }

    /// The mode named `name` (`off`, `always`, `everysec`).
    pub fn parse(name: &str) -> Option<AofMode> {
        [AofMode::Off, AofMode::Always, AofMode::Everysec]
            .into_iter()
            .find(|m| m.name() == name)
    }
}

/// The AOF mode seed `seed` draws (its own random stream, so the other choices of a
/// seed stay what they were before AOF existed). `--aof seed` uses it.
pub fn aof_mode_of(seed: u64) -> AofMode {
    *SimRng::new(seed, 2).pick(&[AofMode::Off, AofMode::Always, AofMode::Everysec])
}

/// What a seed's world looks like.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// The run's seed.
    pub seed: u64,
    /// Nodes (1 for now).
    pub nodes: usize,
    /// Clients.
    pub clients: usize,
    /// The workload's shape.
    pub shape: Shape,
    /// Requests a client may have outstanding before it stops making new batches.
    pub window: usize,
    /// The nodes' `hz`.
    pub hz: u32,
    /// Wall clock drift against the monotonic clock, parts per million.
    pub drift_ppm: i64,
    /// Whether faults happen (drops, crashes, disk errors, clock jumps).
    pub faults: bool,
    /// The nodes' `timeout` (seconds; 0: idle clients are never closed).
    pub timeout: u64,
    /// The nodes' append-only file.
    pub aof: AofMode,
}

impl Scenario {
    /// The scenario of `seed`.
    pub fn new(seed: u64, nodes: usize, faults: bool) -> Self {
        let mut rng = SimRng::new(seed, 1);
        let pipe = *rng.pick(&[1, 2, 4, 8, 16]);
        Scenario {
            seed,
            nodes: nodes.max(1),
            clients: rng.range(1, 6) as usize,
            shape: Shape {
                keys: rng.range(2, 12) as usize,
                pipe,
                config: true,
            },
            window: pipe * 2,
            hz: *rng.pick(&[1, 10, 10, 100]),
            drift_ppm: rng.range(-20_000, 20_000),
            faults,
            timeout: match rng.chance(1, 4) {
                true => rng.range(1, 2) as u64,
                false => 0,
            },
            // Opt-in (`--aof`) until the restart check stops reporting states it cannot
            // explain (see conformance/README.md); `aof_mode_of` is the draw it will use.
            aof: AofMode::Off,
        }
    }

    /// One line: what this seed runs.
    pub fn describe(&self) -> String {
        format!(
            "nodes={} clients={} keys={} pipe={} hz={} timeout={} drift={:+}ppm aof={} faults={}",
            self.nodes,
            self.clients,
            self.shape.keys,
            self.shape.pipe,
            self.hz,
            self.timeout,
            self.drift_ppm,
            self.aof.name(),
            if self.faults { "on" } else { "off" }
        ) + &repl::describe(self)
    }
}

/// An invariant that did not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// Which invariant: `resp`, `model`, `client`, `hang`, `close`, `durability`,
    /// `bound`, `panic`, `sim`.
    pub kind: &'static str,
    /// The index in [`World::events`] (initial connections and quiescing included) of
    /// the event during which it was found.
    pub event: usize,
    /// What happened.
    pub message: String,
}

/// Counters for the seed's line.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Replies checked against the model.
    pub replies: u64,
    /// Connections dropped by the network.
    pub drops: u64,
    /// Crashes.
    pub crashes: u64,
    /// Disk operations that failed.
    pub disk_errors: u64,
    /// Wall clock jumps made.
    pub jumps: u64,
}

/// One request a client sent.
#[derive(Clone, Debug)]
struct Req {
    client: u32,
    argv: Vec<Bytes>,
    /// Its bytes in the link's stream from the client: `start..end`.
    start: u64,
    end: u64,
    /// Virtual time (ns) its first byte was written by the client (invocation).
    invoked: Option<u64>,
    /// Virtual time its last byte reached the server.
    delivered: Option<u64>,
    /// The reply bytes the server produced.
    server_reply: Option<Vec<u8>>,
    /// Virtual time the client read the whole reply (completion).
    completed: Option<u64>,
    /// AOF scenarios: the index in [`World`]'s `aof_states` of the state right after it
    /// executed, and whether it changed the dataset.
    point: Option<(usize, bool)>,
}

/// A connection from a client to a node: two byte queues and what is known of the
/// requests in them.
#[derive(Clone, Debug)]
struct Link {
    client: u32,
    node: usize,
    conn: ConnId,
    /// The server has not closed it.
    server_open: bool,
    /// Request bytes not yet written by the client.
    outbox: VecDeque<u8>,
    /// Written by the client, not yet delivered.
    c2s: VecDeque<u8>,
    generated: u64,
    sent: u64,
    delivered: u64,
    /// Requests not yet completely delivered, in order.
    unsent: VecDeque<usize>,
    /// Delivered, the server has not answered yet.
    at_server: VecDeque<usize>,
    /// Sent, the client has not read the reply yet.
    awaiting: VecDeque<usize>,
    /// The core announced pending output (`Output::Write`) not yet fully written.
    armed: bool,
    /// Bytes of the server's output written (consumed) and seen by the observer.
    consumed: u64,
    observed: u64,
    /// Observed server output not yet cut into replies.
    obs_buf: Vec<u8>,
    /// Written by the server, not yet read by the client.
    s2c: VecDeque<u8>,
    /// Read by the client, not yet a whole reply.
    inbox: Vec<u8>,
    /// Virtual time (ns) the server last read or wrote bytes on it (Redis's
    /// `lastinteraction`, which the idle `timeout` counts from).
    last_active: u64,
    /// After the last input, a request waited in the server without a reply: the
    /// client is parked (BLPOP, CONFIG REWRITE).
    parked: bool,
    /// Replies observed and not yet written out: (end offset in the server's output
    /// stream, request).
    replied: VecDeque<(u64, usize)>,
}

struct Client {
    workload: Workload,
    link: Option<u64>,
}

struct Node {
    server: Option<Server>,
    incarnation: u32,
    disk: Disk,
    pending_disk: VecDeque<DiskOp>,
    failing: bool,
    drift_ppm: i64,
    wall_jump_us: i64,
    /// The latest wall-clock time (ms) the node has shown: its clock only goes back at
    /// a jump, so this is the largest time a jump left.
    wall_peak_ms: i64,
    conns: BTreeMap<ConnId, u64>,
    timer_spins: u32,
    /// The config file's contents as of the last completed CONFIG REWRITE.
    acked_config: Vec<u8>,
    /// Its last AOF append failed (the core refuses writes with MISCONF).
    aof_failing: bool,
}

/// Why the core was called: what the replies of this input may be.
#[derive(Clone, Debug)]
enum Cause {
    Read(u64),
    Disk(Result<(), String>),
    Other,
}

/// The whole simulated world.
pub struct World {
    scenario: Scenario,
    bug: Option<Bug>,
    bug_done: bool,
    t_ns: u64,
    /// The virtual monotonic clock in nanoseconds, as every node's core reads it for
    /// command durations (set from `t_ns` whenever a node's time is taken).
    clock: std::sync::Arc<std::sync::atomic::AtomicU64>,
    nodes: Vec<Node>,
    clients: Vec<Client>,
    links: BTreeMap<u64, Link>,
    next_link: u64,
    reqs: Vec<Req>,
    /// The model's candidate states: usually one; more while the replies cannot tell
    /// apart orders that left different datasets.
    models: Vec<Model>,
    hash: TraceHash,
    quiescing: bool,
    /// AOF and replication scenarios: the candidate states the primary's dataset went
    /// through since it last started, in execution order (a restart from the AOF must
    /// load one of them; a replica must show one, and never an earlier one than it
    /// showed before).
    /// Never cut: a restart appends the state it starts from.
    aof_states: Vec<Vec<Model>>,
    /// The index in `aof_states` of the state the primary last started from: a restart
    /// from the AOF loads one from there on.
    aof_base: usize,
    /// The highest index in `aof_states` whose change a written-out reply acknowledged.
    aof_acked: usize,
    /// Node-to-node links, dials, partitions and the replication topology.
    net: repl::Net,
    /// Every event applied, in order.
    pub events: Vec<Event>,
    /// The first invariant that failed.
    pub failure: Option<Failure>,
    /// Counters.
    pub stats: Stats,
}

impl World {
    /// A world for `scenario`, nodes started, clients connected.
    pub fn new(scenario: &Scenario, bug: Option<Bug>) -> Self {
        let nodes = (0..scenario.nodes)
            .map(|i| Node {
                server: None,
                incarnation: 0,
                disk: Disk::with_files(&[(CONFIG_PATH, INITIAL_CONFIG.as_bytes())]),
                pending_disk: VecDeque::new(),
                failing: false,
                // Replication scenarios share one wall clock (see world/repl.rs).
                drift_ppm: if i == 0 || scenario.nodes > 1 {
                    scenario.drift_ppm
                } else {
                    0
                },
                wall_jump_us: 0,
                wall_peak_ms: 0,
                conns: BTreeMap::new(),
                timer_spins: 0,
                acked_config: INITIAL_CONFIG.as_bytes().to_vec(),
                aof_failing: false,
            })
            .collect();
        let clients = (0..scenario.clients)
            .map(|i| Client {
                workload: Workload::new(scenario.seed, i as u32, scenario.shape.clone()),
                link: None,
            })
            .collect();
        let mut w = World {
            scenario: scenario.clone(),
            bug,
            bug_done: false,
            t_ns: 0,
            clock: std::sync::Arc::default(),
            nodes,
            clients,
            links: BTreeMap::new(),
            next_link: 1,
            reqs: Vec::new(),
            models: vec![Model::default()],
            hash: TraceHash::default(),
            quiescing: false,
            aof_states: vec![vec![Model::default()]],
            aof_base: 0,
            aof_acked: 0,
            net: repl::Net::new(scenario),
            events: Vec::new(),
            failure: None,
            stats: Stats::default(),
        };
        for n in 0..w.nodes.len() {
            w.boot(n);
        }
        for c in 0..w.clients.len() {
            w.apply(Event::Connect { client: c as u32 });
        }
        w
    }

    /// The trace hash so far.
    pub fn trace_hash(&self) -> u64 {
        self.hash.value()
    }

    fn fail(&mut self, kind: &'static str, message: String) {
        if self.failure.is_none() {
            self.failure = Some(Failure {
                kind,
                event: self.events.len().saturating_sub(1),
                message,
            });
        }
    }

    /// Node `n`'s clocks now.
    fn now(&self, n: usize) -> Now {
        let node = &self.nodes[n];
        // The clock the core reads for command durations follows the virtual time.
        self.clock.store(
            MONO_ORIGIN_NS + self.t_ns,
            std::sync::atomic::Ordering::Relaxed,
        );
        let us = (self.t_ns / 1000) as i64;
        let drift = (i128::from(us) * i128::from(node.drift_ppm) / 1_000_000) as i64;
        Now::new(
            WALL_ORIGIN_US + us + drift + node.wall_jump_us,
            Instant::from_nanos(MONO_ORIGIN_NS + self.t_ns),
        )
    }

    fn node_args(&self, n: usize) -> Vec<String> {
        let seed = self.scenario.seed.wrapping_mul(1_000_003)
            ^ ((n as u64) << 40)
            ^ u64::from(self.nodes[n].incarnation);
        [
            "--save",
            "",
            "--appendonly",
            if self.scenario.aof == AofMode::Off {
                "no"
            } else {
                "yes"
            },
            "--appendfsync",
            if self.scenario.aof == AofMode::Always {
                "always"
            } else {
                "everysec"
            },
            "--hz",
            &self.scenario.hz.to_string(),
            "--timeout",
            &self.scenario.timeout.to_string(),
            "--cinnabar-seed",
            &seed.to_string(),
            // Simulated clients come from 10.0.x.x: protected mode would refuse them.
            "--protected-mode",
            "no",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(self.net.node_args(n))
        .collect()
    }

    /// Starts node `n` from its disk: the config file plus its command line, then the
    /// dataset file if there is one.
    fn boot(&mut self, n: usize) {
        let text = self.nodes[n]
            .disk
            .read(CONFIG_PATH)
            .map(|b| String::from_utf8_lossy(b).into_owned());
        let args = self.node_args(n);
        let mut config = match Config::from_sources(text.as_deref(), &args) {
            Ok(c) => c,
            Err(e) => {
                return self.fail(
                    "durability",
                    format!("node {n} cannot start: its config file is refused: {e}"),
                );
            }
        };
        if let Some(text) = text {
            config.config_file = Some(ConfigFile {
                path: CONFIG_PATH.to_string(),
                text,
            });
        }
        let dbfilename = config.dbfilename.clone();
        let now = self.now(n);
        let mut server = Server::new(config, now);
        let clock = std::sync::Arc::clone(&self.clock);
        server.set_clock(move || {
            Instant::from_nanos(clock.load(std::sync::atomic::Ordering::Relaxed))
        });
        // Replication scenarios: a replica keeps its master's last snapshot as its
        // `dbfilename`; a replica loads it (it resyncs anyway, and invariant 4 checks
        // where it ends), a primary (promoted earlier) ignores it: the model cannot
        // know that snapshot's dataset (see world/repl.rs).
        // With `appendonly yes` the AOF alone is loaded, as Redis and the runtimes do.
        let skip_rdb = (self.scenario.nodes > 1 && self.net.is_primary(n))
            || self.scenario.aof != AofMode::Off;
        if let Some(bytes) = self.nodes[n].disk.read(&dbfilename)
            && !skip_rdb
        {
            let bytes = bytes.to_vec();
            match server.load_rdb(now, &bytes) {
                Err(e) => {
                    return self.fail(
                        "durability",
                        format!(
                            "node {n}: {dbfilename} ({}) does not load: {e}",
                            preview(&bytes)
                        ),
                    );
                }
                Ok(_) if self.scenario.nodes > 1 => {}
                Ok(_) => {
                    // Nothing in today's scenarios writes a dataset file (save "", no
                    // SAVE in the workload). Once RDB lands the model must learn what an
                    // acknowledged snapshot holds.
                    return self.fail(
                        "sim",
                        format!(
                            "node {n} loaded {dbfilename}: the simulator cannot check a loaded \
                             dataset yet"
                        ),
                    );
                }
            }
        }
        if self.bug == Some(Bug::AofReplyBeforeFsync) {
            server.set_bug_reply_before_fsync(true);
        }
        if self.bug == Some(Bug::ReplicaAckAhead) {
            server.set_bug_ack_ahead(true);
        }
        if self.scenario.aof != AofMode::Off {
            if let Err(e) = self.load_aof(n, &mut server, now) {
                return self.fail("durability", format!("node {n}: {e}"));
            }
        } else if self.net.is_primary(n) {
            for m in &mut self.models {
                m.reset();
            }
            self.models.truncate(1);
            // The history goes on from the empty dataset.
            self.restart_history();
        }
        self.nodes[n].server = Some(server);
        self.nodes[n].timer_spins = 0;
        self.pump(n, Cause::Other);
        if self.nodes[n].incarnation > 0 {
            if self.scenario.aof != AofMode::Off {
                if self.net.is_primary(n) {
                    self.match_aof_restart(n);
                } else {
                    self.replica_aof_restart(n);
                }
            }
            self.check_restart(n);
        }
    }

    /// Loads node `n`'s AOF from its disk as the runtimes do at start-up
    /// (`runtime-std/src/boot.rs`): the manifest in `appenddirname`, the files it names,
    /// a torn last file cut where the core says, then the AOF opened for appending. The
    /// core's start-up disk work runs at once (no client is connected yet).
    fn load_aof(&mut self, n: usize, server: &mut Server, now: Now) -> Result<(), String> {
        use cinnabar_core::aof::load::Loaded;
        use cinnabar_core::aof::manifest::Manifest;
        let get = |name: &str| {
            cinnabar_core::directives::get_by_name(server.config(), name).unwrap_or_default()
        };
        let dir = get("appenddirname");
        let manifest_path = format!("{dir}/{}.manifest", get("appendfilename"));
        let manifest = match self.nodes[n].disk.read(&manifest_path) {
            None => Manifest::default(),
            Some(bytes) => Manifest::parse(bytes).map_err(|e| {
                format!(
                    "its AOF manifest ({}) is refused: {}",
                    preview(bytes),
                    e.log_lines().join(" / ")
                )
            })?,
        };
        let mut files = Vec::new();
        for f in manifest.base.iter().chain(&manifest.incr) {
            match self.nodes[n].disk.read(&format!("{dir}/{}", f.name)) {
                Some(b) => files.push(b.to_vec()),
                None => {
                    return Err(format!(
                        "the AOF manifest names {}, which is missing",
                        f.name
                    ));
                }
            }
        }
        let loaded = server.load_aof(now, &manifest, &files, &mut || 0.0);
        self.startup_outputs(n, server, now);
        match loaded {
            Err(_) => {
                let sizes: Vec<String> = files.iter().map(|f| preview(f)).collect();
                return Err(format!("its AOF does not load: {}", sizes.join(" + ")));
            }
            Ok(Loaded::Ok {
                truncate: Some((name, len)),
            }) => self.nodes[n].disk.truncate(&format!("{dir}/{name}"), len),
            Ok(_) => {}
        }
        server.aof_open_on_start(now, manifest);
        self.startup_outputs(n, server, now);
        if server.aof_start_failed() {
            return Err("opening its AOF at start-up failed".to_string());
        }
        Ok(())
    }

    /// The outputs of start-up work, before any client: disk operations are carried
    /// out at once (never failing), logs go into the trace.
    fn startup_outputs(&mut self, n: usize, server: &mut Server, now: Now) {
        while let Some(out) = server.poll_output() {
            match out {
                Output::Disk(op) => {
                    self.hash.record(b'D', format!("{op:?}").as_bytes());
                    let mut rng = SimRng::new(self.scenario.seed, 17);
                    let result = self.nodes[n].disk.apply(&op, false, &mut rng);
                    server.handle_disk_done(now, op.token(), result);
                }
                Output::Log { level, text } => {
                    self.hash
                        .record(b'L', format!("{level:?} {text}").as_bytes());
                }
                _ => {}
            }
        }
    }

    /// After a restart from the AOF: the loaded dataset must be one the node went
    /// through since its last start, and (`appendfsync always`) no earlier than the
    /// last change a written-out reply acknowledged. The model continues from it.
    fn match_aof_restart(&mut self, n: usize) {
        let Some(got) = self.dump_server(n) else {
            return;
        };
        let now = self.now(n).unix_ms();
        let lo = match self.scenario.aof {
            AofMode::Always => self.aof_acked.max(self.aof_base),
            _ => self.aof_base,
        };
        let total = self.aof_states.len();
        // Every state from `lo` on that shows this dataset stays a candidate, not just
        // the latest: states can differ only in keys already expired (the server loads
        // them, hidden, and a wall clock stepping back revives them; the model may have
        // deleted them in a later state). Later replies, or a refused jump, decide.
        let mut candidates: Vec<Model> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for i in (lo..total).rev() {
            for m in &self.aof_states[i] {
                if m.dump(now) == got && seen.insert(m.data_fingerprint()) {
                    candidates.push(m.clone());
                }
            }
        }
        if !candidates.is_empty() {
            self.models = candidates;
            for m in &mut self.models {
                m.forget_connections();
            }
            self.restart_history();
            return;
        }
        // Only a state before the last acknowledged change shows it: lost writes.
        if let Some(i) = (self.aof_base..lo.min(total))
            .rev()
            .find(|&i| self.aof_states[i].iter().any(|m| m.dump(now) == got))
        {
            return self.fail(
                "durability",
                format!(
                    "node {n} restarted from its AOF (appendfsync always) without \
                         acknowledged writes: it loaded the dataset as of change {i} of {}, \
                         but a reply acknowledging change {lo} had been written out; \
                         loaded: [{}], acknowledged: [{}]",
                    total - 1,
                    got.join(", "),
                    self.aof_states[lo][0].dump(now).join(", ")
                ),
            );
        }
        // Name the recorded state nearest to what loaded, and how they differ.
        let differing = |want: &[String]| -> Vec<String> {
            let only_got = got.iter().filter(|e| !want.contains(e));
            let only_want = want.iter().filter(|e| !got.contains(e));
            only_got
                .map(|e| format!("+{e}"))
                .chain(only_want.map(|e| format!("-{e}")))
                .collect()
        };
        let mut nearest = (usize::MAX, 0, Vec::new());
        for (i, states) in self.aof_states.iter().enumerate().skip(self.aof_base) {
            for m in states {
                let diff = differing(&m.dump(now));
                if diff.len() < nearest.0 {
                    nearest = (diff.len(), i, diff);
                }
            }
        }
        self.fail(
            "durability",
            format!(
                "node {n} restarted from its AOF into a dataset it never had: [{}]; nearest \
                 is change {} of {} (acknowledged up to {lo}), which differs by [{}]",
                got.join(", "),
                nearest.1,
                total - 1,
                nearest.2.join(", ")
            ),
        );
    }

    /// The primary starts again from the model's states: they are appended to the
    /// history as the state a restart from the AOF loads from.
    fn restart_history(&mut self) {
        self.aof_states.push(self.models.clone());
        self.aof_base = self.aof_states.len() - 1;
        self.aof_acked = self.aof_base;
    }

    /// After a restart: acknowledged config rewrites survived, every promise of the
    /// disk holds, and the dataset is what the model expects (empty: no persistence).
    fn check_restart(&mut self, n: usize) {
        let want = slowlog_max_len(&self.nodes[n].acked_config);
        match self.admin(n, &[cmdv(&["CONFIG", "GET", "slowlog-max-len"])]) {
            Some(replies) => {
                let got = match replies.first() {
                    Some(R::Arr(items)) if items.len() == 2 => match &items[1] {
                        R::Bulk(b) => String::from_utf8_lossy(b).into_owned(),
                        other => other.to_string(),
                    },
                    other => format!("{other:?}"),
                };
                if got != want {
                    return self.fail(
                        "durability",
                        format!(
                            "node {n} restarted with slowlog-max-len {got}, but the last \
                             acknowledged CONFIG REWRITE wrote {want}"
                        ),
                    );
                }
            }
            None => return,
        }
        let broken = self.nodes[n].disk.broken_promises();
        if !broken.is_empty() {
            return self.fail(
                "durability",
                format!("node {n}'s disk: {}", broken.join("; ")),
            );
        }
        // A replica's dataset comes from its master once it resyncs.
        if self.net.is_primary(n) {
            self.check_dataset(n);
        }
    }

    /// Carries out `ev`, checking every invariant it touches.
    pub fn apply(&mut self, ev: Event) {
        if self.failure.is_some() {
            return;
        }
        self.hash.record(b'E', &ev.encode());
        self.events.push(ev.clone());
        match ev {
            Event::Send { client, n } => self.send(client, n),
            Event::ToServer { client, n } => self.deliver_to_server(client, n),
            Event::Flush { client, n } => self.flush(client, n),
            Event::ToClient { client, n } => self.deliver_to_client(client, n),
            Event::Connect { client } => self.connect(client),
            Event::Drop { client } => self.drop_link(client),
            Event::Advance { us } => self.t_ns += us * 1000,
            Event::Timer { node } => self.timer(node as usize),
            Event::Disk { node, r } => self.disk_done(node as usize, r),
            Event::DiskFail { node, on } => {
                if let Some(node) = self.nodes.get_mut(node as usize) {
                    node.failing = on;
                }
            }
            Event::WallJump { node, ms } => self.wall_jump(node as usize, ms),
            Event::Crash { node, r } => self.crash(node as usize, r),
            Event::Restart { node } => {
                let n = node as usize;
                if n < self.nodes.len() && self.nodes[n].server.is_none() {
                    self.boot(n);
                }
            }
            Event::Dial { node } => self.dial(node as usize),
            Event::PeerFlush { node, peer, n } => self.peer_flush(node as usize, peer as usize, n),
            Event::PeerDeliver { node, peer, n } => {
                self.peer_deliver(node as usize, peer as usize, n)
            }
            Event::PeerDrop { a, b } => self.peer_drop(a as usize, b as usize),
            Event::Partition { a, b, on } => self.net.partition(a as usize, b as usize, on),
            Event::Failover { node } => self.failover(node as usize),
            Event::SlowLink { a, b, on } => self.net.slow(a as usize, b as usize, on),
            Event::FailoverCmd { node, how, ms } => self.failover_cmd(node as usize, how, ms),
            Event::ReplicaRead { node } => self.replica_read(node as usize),
        }
        if self.scenario.nodes > 1 {
            self.follow_failover();
        }
    }

    fn link_of(&self, client: u32) -> Option<u64> {
        self.clients.get(client as usize).and_then(|c| c.link)
    }

    fn send(&mut self, client: u32, n: u32) {
        let Some(id) = self.link_of(client) else {
            return;
        };
        let window = self.scenario.window;
        let t = self.t_ns;
        let link = self.links.get_mut(&id).expect("client's link");
        // Nothing is pipelined behind a WAIT: the client's WAIT offset is then the
        // one its reply was computed for (world/repl.rs checks it).
        let after_wait = link
            .awaiting
            .back()
            .is_some_and(|&r| self.reqs[r].argv[0].eq_ignore_ascii_case(b"WAIT"));
        if link.outbox.is_empty() && !self.quiescing && link.awaiting.len() < window && !after_wait
        {
            let workload = &mut self.clients[client as usize].workload;
            let batch = match self.scenario.nodes {
                1 => None,
                n => workload.wait_batch(n - 1),
            };
            let batch = batch.unwrap_or_else(|| workload.batch());
            for argv in batch {
                let bytes = encode_request(&argv.iter().map(Vec::as_slice).collect::<Vec<_>>());
                let start = link.generated;
                link.generated += bytes.len() as u64;
                link.outbox.extend(bytes);
                self.reqs.push(Req {
                    client,
                    argv,
                    start,
                    end: link.generated,
                    invoked: None,
                    delivered: None,
                    server_reply: None,
                    completed: None,
                    point: None,
                });
                let req = self.reqs.len() - 1;
                link.unsent.push_back(req);
                link.awaiting.push_back(req);
            }
        }
        let k = (n as usize).min(link.outbox.len());
        link.c2s.extend(link.outbox.drain(..k));
        link.sent += k as u64;
        for &r in &link.unsent {
            let req = &mut self.reqs[r];
            if req.start >= link.sent {
                break;
            }
            req.invoked.get_or_insert(t);
        }
    }

    fn deliver_to_server(&mut self, client: u32, n: u32) {
        let Some(id) = self.link_of(client) else {
            return;
        };
        let t = self.t_ns;
        let link = self.links.get_mut(&id).expect("client's link");
        if !link.server_open || link.c2s.is_empty() {
            return;
        }
        let k = (n as usize).min(link.c2s.len());
        let mut bytes: Vec<u8> = link.c2s.drain(..k).collect();
        link.delivered += k as u64;
        link.last_active = t;
        let mut completed = Vec::new();
        while let Some(&r) = link.unsent.front() {
            if self.reqs[r].end > link.delivered {
                break;
            }
            link.unsent.pop_front();
            link.at_server.push_back(r);
            self.reqs[r].delivered = Some(t);
            completed.push(r);
        }
        if self.bug == Some(Bug::DuplicateRequest)
            && !self.bug_done
            && let Some(&r) = completed.first()
        {
            // The request's bytes again, right after its end.
            self.bug_done = true;
            let req = &self.reqs[r];
            let at = (req.end - (link.delivered - k as u64)) as usize;
            let again = encode_request(&req.argv.iter().map(Vec::as_slice).collect::<Vec<_>>());
            bytes.splice(at..at, again);
        }
        let (node, conn) = (link.node, link.conn);
        self.hash.record(b'R', &bytes);
        let now = self.now(node);
        if let Some(server) = self.nodes[node].server.as_mut() {
            server.handle_read(now, conn, &bytes);
        }
        self.pump(node, Cause::Read(id));
    }

    fn flush(&mut self, client: u32, n: u32) {
        let Some(id) = self.link_of(client) else {
            return;
        };
        let link = self.links.get_mut(&id).expect("client's link");
        if !link.server_open || !link.armed {
            return;
        }
        let node = link.node;
        let Some(server) = self.nodes[node].server.as_mut() else {
            return;
        };
        let pending = server.pending_output(link.conn);
        let k = (n as usize).min(pending.len());
        if k == 0 {
            // Everything produced is held for the AOF: as a runtime does, stop writing
            // until the next `Output::Write`.
            link.armed = false;
            return;
        }
        let mut bytes = pending[..k].to_vec();
        server.consume_output(link.conn, k);
        link.consumed += k as u64;
        // `consume_output` takes no `now`: the core stamps the write (Redis's
        // `lastinteraction`) with the time of its last input.
        link.last_active = server
            .last_now()
            .mono
            .as_nanos()
            .saturating_sub(MONO_ORIGIN_NS);
        if server.pending_output(link.conn).is_empty() {
            link.armed = false;
        }
        while let Some(&(end, r)) = link.replied.front() {
            if end > link.consumed {
                break;
            }
            link.replied.pop_front();
            if let Some((point, true)) = self.reqs[r].point {
                self.aof_acked = self.aof_acked.max(point);
            }
        }
        self.hash.record(b'W', &bytes);
        if self.bug == Some(Bug::DropReplyByte) && !self.bug_done && link.consumed > 64 && k >= 2 {
            self.bug_done = true;
            bytes.remove(k / 2);
        }
        link.s2c.extend(bytes);
        self.pump(node, Cause::Other);
    }

    fn deliver_to_client(&mut self, client: u32, n: u32) {
        let Some(id) = self.link_of(client) else {
            return;
        };
        let t = self.t_ns;
        let link = self.links.get_mut(&id).expect("client's link");
        if link.s2c.is_empty() {
            if !link.server_open {
                // The client sees the close.
                let leftover = link.inbox.len();
                self.remove_link(id);
                if leftover > 0 {
                    self.fail(
                        "resp",
                        format!(
                            "client {client}'s connection closed after {leftover} bytes of a reply"
                        ),
                    );
                }
            }
            return;
        }
        let k = (n as usize).min(link.s2c.len());
        link.inbox.extend(link.s2c.drain(..k));
        loop {
            match parse_frame(&link.inbox) {
                Parsed::Incomplete => return,
                Parsed::Invalid(e) => {
                    let head = show(&link.inbox);
                    return self.fail(
                        "resp",
                        format!("client {client} read bytes that are not RESP ({e}): {head}"),
                    );
                }
                Parsed::Complete(frame, len) => {
                    let raw: Vec<u8> = link.inbox.drain(..len).collect();
                    if let Err(e) = R::from_frame(&frame) {
                        return self.fail("resp", format!("client {client}: {e}"));
                    }
                    let Some(r) = link.awaiting.pop_front() else {
                        return self.fail(
                            "client",
                            format!(
                                "client {client} read a reply {} it has no request for",
                                show(&raw)
                            ),
                        );
                    };
                    let req = &mut self.reqs[r];
                    match &req.server_reply {
                        Some(sent) if *sent == raw => req.completed = Some(t),
                        Some(sent) => {
                            let msg = format!(
                                "client {client} read {} for `{}`, but the server sent {}",
                                show(&raw),
                                show_argv(&req.argv),
                                show(sent)
                            );
                            return self.fail("client", msg);
                        }
                        None => {
                            let msg = format!(
                                "client {client} read {} for `{}`, which the server has not answered",
                                show(&raw),
                                show_argv(&req.argv)
                            );
                            return self.fail("client", msg);
                        }
                    }
                }
            }
        }
    }

    fn connect(&mut self, client: u32) {
        let c = client as usize;
        if c >= self.clients.len() || self.clients[c].link.is_some() {
            return;
        }
        let n = self.net.primary();
        if self.net.failing_over().is_some() {
            return; // Clients stay away while a FAILOVER runs (see world/repl.rs).
        }
        let now = self.now(n);
        let Some(server) = self.nodes[n].server.as_mut() else {
            return;
        };
        let id = self.next_link;
        self.next_link += 1;
        let peer = format!(
            "10.0.{}.{}:{}",
            client / 250,
            client % 250 + 1,
            30_000 + id % 30_000
        );
        let conn = server.handle_accept(now, &peer, "10.0.0.0:6379");
        self.nodes[n].conns.insert(conn, id);
        self.links.insert(
            id,
            Link {
                client,
                node: n,
                conn,
                server_open: true,
                outbox: VecDeque::new(),
                c2s: VecDeque::new(),
                generated: 0,
                sent: 0,
                delivered: 0,
                unsent: VecDeque::new(),
                at_server: VecDeque::new(),
                awaiting: VecDeque::new(),
                armed: false,
                consumed: 0,
                observed: 0,
                obs_buf: Vec::new(),
                s2c: VecDeque::new(),
                inbox: Vec::new(),
                last_active: self.t_ns,
                parked: false,
                replied: VecDeque::new(),
            },
        );
        self.clients[c].link = Some(id);
        for m in &mut self.models {
            m.open(id);
        }
        self.pump(n, Cause::Other);
    }

    /// Forgets link `id` on the client's side (its server side is already closed).
    fn remove_link(&mut self, id: u64) {
        if let Some(link) = self.links.remove(&id) {
            if let Some(c) = self.clients.get_mut(link.client as usize) {
                c.link = None;
            }
            if link.server_open {
                self.nodes[link.node].conns.remove(&link.conn);
            }
            for m in &mut self.models {
                m.close(id);
            }
        }
    }

    fn drop_link(&mut self, client: u32) {
        let Some(id) = self.link_of(client) else {
            return;
        };
        let (node, conn, open) = {
            let l = &self.links[&id];
            (l.node, l.conn, l.server_open)
        };
        self.stats.drops += 1;
        if open {
            let now = self.now(node);
            if let Some(server) = self.nodes[node].server.as_mut() {
                server.handle_closed(now, conn);
            }
            self.nodes[node].conns.remove(&conn);
            if let Some(l) = self.links.get_mut(&id) {
                l.server_open = false;
            }
            self.pump(node, Cause::Other);
        }
        self.remove_link(id);
    }

    fn timer(&mut self, n: usize) {
        let Some(server) = self.nodes.get(n).and_then(|x| x.server.as_ref()) else {
            return;
        };
        let now = self.now(n);
        if let Some(d) = server.poll_timeout()
            && d > now.mono
        {
            self.t_ns += d.nanos_since(now.mono);
        }
        let now = self.now(n);
        let server = self.nodes[n].server.as_mut().expect("checked above");
        server.handle_timeout(now);
        let next = server.poll_timeout();
        self.hash.number(b'T', next.map_or(0, Instant::as_nanos));
        self.pump(n, Cause::Other);
        let node = &mut self.nodes[n];
        if next.is_some_and(|d| d <= now.mono) {
            node.timer_spins += 1;
            if node.timer_spins > MAX_TIMER_SPINS {
                self.fail(
                    "bound",
                    format!(
                        "node {n}: poll_timeout stays due after {MAX_TIMER_SPINS} timeouts in a row"
                    ),
                );
            }
        } else {
            node.timer_spins = 0;
        }
    }

    fn disk_done(&mut self, n: usize, r: u64) {
        let Some(node) = self.nodes.get_mut(n) else {
            return;
        };
        if node.server.is_none() {
            return;
        }
        let Some(op) = node.pending_disk.pop_front() else {
            return;
        };
        let mut rng = SimRng::new(r, 11);
        let result = node.disk.apply(&op, node.failing, &mut rng);
        if result.is_err() {
            self.stats.disk_errors += 1;
        }
        // The core refuses writes from a failed append until an append of bytes
        // works; a failed fsync (an empty append) also starts the refusals, and a
        // working one does not end them.
        if let DiskOp::Append { bytes, .. } = &op {
            node.aof_failing = result.is_err() || (bytes.is_empty() && node.aof_failing);
        }
        if let (
            Ok(()),
            DiskOp::WriteFile {
                bytes,
                rename_to: Some(to),
                ..
            },
        ) = (&result, &op)
            && to == CONFIG_PATH
        {
            node.acked_config = bytes.clone();
        }
        self.hash
            .record(b'd', format!("{} {result:?}", op.token()).as_bytes());
        let now = self.now(n);
        if let Some(server) = self.nodes[n].server.as_mut() {
            server.handle_disk_done(now, op.token(), result.clone());
        }
        self.pump(n, Cause::Disk(result));
    }

    fn wall_jump(&mut self, n: usize, ms: i64) {
        if n >= self.nodes.len() || self.nodes[n].server.is_none() {
            return;
        }
        let ms = ms.max(-MAX_WALL_BACK_MS);
        if ms < 0 {
            let from = self.now(n).unix_ms();
            let peak = self.nodes[n].wall_peak_ms.max(from);
            // A key expiring between the new time and the latest the clock ever showed
            // might come back to life or not, depending on whether expiry deleted it
            // meanwhile: not a jump the model can follow. The states a restart from the
            // AOF may load count too.
            // (replicas may show any state of the history; one node, those since
            // its start)
            let first = if self.scenario.nodes > 1 {
                0
            } else {
                self.aof_base
            };
            let states = self.aof_states[first..].iter().flatten();
            if self
                .models
                .iter()
                .chain(states)
                .any(|m| m.expiry_between(from + ms, peak + 1))
            {
                return;
            }
            self.nodes[n].wall_peak_ms = peak;
        }
        self.stats.jumps += 1;
        if self.scenario.nodes > 1 {
            // One wall clock for every node of a replication scenario.
            for node in &mut self.nodes {
                node.wall_jump_us += ms * 1000;
            }
        } else {
            self.nodes[n].wall_jump_us += ms * 1000;
        }
    }

    fn crash(&mut self, n: usize, r: u64) {
        if n >= self.nodes.len() || self.nodes[n].server.is_none() {
            return;
        }
        self.stats.crashes += 1;
        let forget = self.bug == Some(Bug::ForgetSyncedFile);
        let node = &mut self.nodes[n];
        node.server = None;
        let in_flight: Vec<DiskOp> = node.pending_disk.drain(..).collect();
        let mut rng = SimRng::new(r, 13);
        node.disk.crash(&in_flight, &mut rng, forget);
        node.incarnation += 1;
        self.net.crashed(n);
        let node = &mut self.nodes[n];
        node.conns.clear();
        node.failing = false;
        node.aof_failing = false;
        let ids: Vec<u64> = self
            .links
            .iter()
            .filter(|(_, l)| l.node == n)
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            if let Some(l) = self.links.get_mut(&id) {
                l.server_open = false;
            }
            self.remove_link(id);
        }
    }

    /// Drains node `n`'s outputs after an input, then checks what the input produced:
    /// the new replies on every connection against the model, the output bounds, and
    /// that no bytes wait without an `Output::Write`.
    fn pump(&mut self, n: usize, cause: Cause) {
        let Some(mut server) = self.nodes[n].server.take() else {
            return;
        };
        let now = self.now(n);
        let mut steps: Vec<(u64, usize, R)> = Vec::new();
        let mut closed = Vec::new();
        let mut shutdown = false;
        let mut count = 0;
        while let Some(out) = server.poll_output() {
            count += 1;
            if count > MAX_OUTPUTS_PER_INPUT {
                self.nodes[n].server = Some(server);
                return self.fail(
                    "bound",
                    format!("node {n}: outputs never stop after one input"),
                );
            }
            match out {
                Output::Write(conn) => {
                    self.hash.number(b'w', conn.0);
                    if let Some(l) = self.nodes[n]
                        .conns
                        .get(&conn)
                        .and_then(|id| self.links.get_mut(id))
                    {
                        l.armed = true;
                    } else {
                        self.net.armed(n, conn);
                    }
                }
                Output::Close(conn) => {
                    self.hash.number(b'c', conn.0);
                    if let Some(&id) = self.nodes[n].conns.get(&conn) {
                        self.check_close(id);
                        self.observe(&server, id, &mut steps);
                        let link = self.links.get_mut(&id).expect("known link");
                        let pending = server.pending_output(conn).to_vec();
                        server.consume_output(conn, pending.len());
                        link.consumed += pending.len() as u64;
                        self.hash.record(b'W', &pending);
                        link.s2c.extend(pending);
                        link.server_open = false;
                        link.armed = false;
                        self.nodes[n].conns.remove(&conn);
                        closed.push(id);
                    } else {
                        self.net.closing(n, &mut server, conn, &mut self.hash);
                    }
                    server.handle_closed(now, conn);
                }
                Output::Disk(op) => {
                    self.hash.record(b'D', format!("{op:?}").as_bytes());
                    self.nodes[n].pending_disk.push_back(op);
                }
                Output::Connect { id, host, port } => {
                    self.hash.record(b'C', format!("{host}:{port}").as_bytes());
                    let incarnation = self.nodes[n].incarnation;
                    self.net.dial_requested(n, incarnation, id, &host, port);
                }
                Output::Shutdown => shutdown = true,
                // The simulated network has no listeners: moving them always works.
                Output::Listen { token, bind, port } => {
                    self.hash
                        .record(b'B', format!("{} {port}", bind.join(" ")).as_bytes());
                    server.handle_listen_done(now, token, Ok(()));
                }
                Output::Log { level, text } => {
                    if std::env::var_os("SIM_LOG").is_some() {
                        eprintln!("[{}] node {n}: {text}", self.events.len());
                    }
                    self.net.note_log(&text);
                    self.hash
                        .record(b'L', format!("{level:?} {text}").as_bytes());
                }
            }
        }
        let open: Vec<u64> = self.nodes[n].conns.values().copied().collect();
        for id in open {
            self.observe(&server, id, &mut steps);
            let link = self.links.get_mut(&id).expect("open link");
            link.parked = !link.at_server.is_empty();
            if !link.armed && !server.pending_output(link.conn).is_empty() {
                let msg = format!(
                    "node {n}: {} bytes pending for client {} with no Output::Write: no runtime \
                     would ever write them",
                    server.pending_output(link.conn).len(),
                    link.client
                );
                self.nodes[n].server = Some(server);
                return self.fail("hang", msg);
            }
        }
        self.nodes[n].server = Some(server);
        if self.scenario.nodes > 1 {
            self.after_pump_repl(n, &steps);
        }
        self.check_steps(n, steps, &cause, now);
        if self.scenario.nodes > 1 {
            self.record_offset(n);
        }
        for id in closed {
            for m in &mut self.models {
                m.close(id);
            }
        }
        if shutdown {
            // SHUTDOWN is not in the workload; a node that stops is restarted later.
            self.crash_clean(n);
        }
    }

    /// A node that stopped by itself: like a crash, minus the power loss.
    fn crash_clean(&mut self, n: usize) {
        self.net.crashed(n);
        self.nodes[n].server = None;
        self.nodes[n].incarnation += 1;
        self.nodes[n].conns.clear();
        let ids: Vec<u64> = self
            .links
            .iter()
            .filter(|(_, l)| l.node == n)
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            self.remove_link(id);
        }
    }

    /// The server closes link `id` on its own: the only reason the workload leaves it
    /// is the idle `timeout`, which Redis applies to clients that are neither blocked
    /// nor subscribed, after `timeout` seconds without reading or writing.
    fn check_close(&mut self, id: u64) {
        let link = &self.links[&id];
        let timeout_ns = self.scenario.timeout * 1_000_000_000;
        let idle = self.t_ns - link.last_active;
        let why = if self.scenario.timeout == 0 {
            "with no `timeout` configured".to_string()
        } else if link.parked {
            let r = link.at_server[0];
            format!(
                "while it is blocked in `{}` (Redis's `timeout` spares blocked clients)",
                show_argv(&self.reqs[r].argv)
            )
        } else if idle < timeout_ns {
            format!(
                "after {} ms without traffic, under its `timeout` of {} s",
                idle / 1_000_000,
                self.scenario.timeout
            )
        } else {
            return;
        };
        let msg = format!(
            "the server closed client {}'s connection {why}",
            link.client
        );
        self.fail("close", msg);
    }

    /// Cuts the new output of link `id` into replies and matches them with its requests.
    fn observe(&mut self, server: &Server, id: u64, steps: &mut Vec<(u64, usize, R)>) {
        let Some(link) = self.links.get_mut(&id) else {
            return;
        };
        let pending = server.produced_output(link.conn);
        if pending.len() > MAX_PENDING_OUTPUT {
            let msg = format!(
                "client {}'s output buffer holds {} bytes",
                link.client,
                pending.len()
            );
            return self.fail("bound", msg);
        }
        let seen = (link.observed - link.consumed) as usize;
        if seen > pending.len() {
            let msg = format!(
                "the server's pending output for client {} shrank from {seen} to {} bytes \
                 without being written",
                link.client,
                pending.len()
            );
            return self.fail("resp", msg);
        }
        link.obs_buf.extend_from_slice(&pending[seen..]);
        link.observed = link.consumed + pending.len() as u64;
        loop {
            match parse_frame(&link.obs_buf) {
                Parsed::Incomplete => return,
                Parsed::Invalid(e) => {
                    let msg = format!(
                        "the server wrote bytes that are not RESP to client {} ({e}): {}",
                        link.client,
                        show(&link.obs_buf)
                    );
                    return self.fail("resp", msg);
                }
                Parsed::Complete(frame, len) => {
                    let raw: Vec<u8> = link.obs_buf.drain(..len).collect();
                    let reply = match R::from_frame(&frame) {
                        Ok(r) => r,
                        Err(e) => {
                            let msg = format!("the server wrote to client {}: {e}", link.client);
                            return self.fail("resp", msg);
                        }
                    };
                    let Some(r) = link.at_server.pop_front() else {
                        let msg = format!(
                            "the server wrote {} to client {}, which has no request waiting",
                            show(&raw),
                            link.client
                        );
                        return self.fail("model", msg);
                    };
                    self.reqs[r].server_reply = Some(raw);
                    link.replied
                        .push_back((link.observed - link.obs_buf.len() as u64, r));
                    steps.push((id, r, reply));
                }
            }
        }
    }

    /// Replays the replies of one input against the model.
    fn check_steps(&mut self, n: usize, steps: Vec<(u64, usize, R)>, cause: &Cause, now: Now) {
        if steps.is_empty() || self.failure.is_some() {
            return;
        }
        self.stats.replies += steps.len() as u64;
        // A BLPOP that timed out must have waited its timeout.
        for (id, r, reply) in &steps {
            let req = &self.reqs[*r];
            let blocking = req.argv[0].eq_ignore_ascii_case(b"BLPOP")
                || req.argv[0].eq_ignore_ascii_case(b"BRPOP");
            if *reply == R::NilArr && blocking {
                // The workload writes timeouts as `s.mmm`; the server may truncate a
                // millisecond converting them, so the bound is one less.
                let text = String::from_utf8_lossy(&req.argv[2]).replace('.', "");
                let wait_ms = text.parse::<u64>().unwrap_or(0).saturating_sub(1);
                let wait_ns = wait_ms * 1_000_000;
                let since = req.delivered.unwrap_or(0);
                if MONO_ORIGIN_NS + since + wait_ns > now.mono.as_nanos() {
                    let msg = format!(
                        "conn {id}: `{}` timed out {} ms after it reached the server",
                        show_argv(&req.argv),
                        (self.t_ns - since) / 1_000_000
                    );
                    return self.fail("model", msg);
                }
            }
        }
        let ctx = Ctx {
            now_ms: now.unix_ms(),
            disk_result: match cause {
                Cause::Disk(r) => Some(r.clone()),
                _ => None,
            },
            aof_failing: self.nodes[n].aof_failing,
        };
        let preferred = match cause {
            Cause::Read(id) => Some(*id),
            _ => None,
        };
        let reqs: Vec<usize> = steps.iter().map(|(_, r, _)| *r).collect();
        let steps: Vec<Step> = steps
            .into_iter()
            .map(|(conn, r, reply)| Step {
                conn,
                argv: self.reqs[r].argv.clone(),
                reply,
            })
            .collect();
        // The states the dataset goes through are kept with the AOF (a restart loads
        // one) and with replicas (a replica shows one; world/repl.rs).
        let before = match self.scenario.aof {
            AofMode::Off if self.scenario.nodes == 1 => None,
            _ => Some(self.models.clone()),
        };
        let order = match check_event(&mut self.models, &steps, preferred, &ctx) {
            Ok(order) => order,
            Err(e) => return self.fail("model", format!("node {n}: {e}")),
        };
        if let Some(before) = before {
            self.record_aof_states(before, &steps, &reqs, order, &ctx);
        }
    }

    /// AOF scenarios: appends the states this input's requests went through to
    /// `aof_states` and gives each request its point. When the model found the one
    /// order the server ran them in (`order`: one state before, one after), they are
    /// replayed in it one by one, so a crash that tears the file between two of them
    /// (a write and the blocked client it served, say) still finds its state.
    /// Otherwise only the candidates after the whole input are recorded.
    fn record_aof_states(
        &mut self,
        before: Vec<Model>,
        steps: &[Step],
        reqs: &[usize],
        order: Option<Vec<usize>>,
        ctx: &Ctx,
    ) {
        let last_fp = |w: &World| {
            w.aof_states
                .last()
                .and_then(|v| v.first())
                .map(Model::data_fingerprint)
        };
        if let (Some(order), [state]) = (order, &before[..]) {
            let mut state = state.clone();
            let mut points = vec![(0, false); steps.len()];
            let mut recorded: Vec<(u64, Model)> = Vec::new();
            let mut replayed = true;
            for i in order {
                let s = &steps[i];
                if state.apply(s.conn, &s.argv, &s.reply, ctx).is_err() {
                    replayed = false;
                    break;
                }
                let fp = state.data_fingerprint();
                let changed = recorded.last().map_or(last_fp(self), |(f, _)| Some(*f)) != Some(fp);
                if changed {
                    recorded.push((fp, state.clone()));
                }
                points[i] = (recorded.len(), changed);
            }
            if replayed {
                let base = self.aof_states.len() - 1;
                self.aof_states
                    .extend(recorded.into_iter().map(|(_, m)| vec![m]));
                for (r, (k, changed)) in reqs.iter().zip(points) {
                    self.reqs[*r].point = Some((base + k, changed));
                }
                return;
            }
        }
        let changed = last_fp(self) != self.models.first().map(Model::data_fingerprint)
            || self.models.len() > 1;
        if changed {
            self.aof_states.push(self.models.clone());
        }
        let point = self.aof_states.len() - 1;
        for r in reqs {
            self.reqs[*r].point = Some((point, changed));
        }
    }

    /// Runs `cmds` on a connection of its own (not a client's), synchronously, and
    /// returns the replies. `None` when the node is down or a failure was recorded.
    fn admin(&mut self, n: usize, cmds: &[Vec<Bytes>]) -> Option<Vec<R>> {
        let now = self.now(n);
        let server = self.nodes[n].server.as_mut()?;
        let conn = server.handle_accept(now, "127.0.0.1:1", "127.0.0.1:6379");
        let mut bytes = Vec::new();
        for c in cmds {
            bytes.extend(encode_request(
                &c.iter().map(Vec::as_slice).collect::<Vec<_>>(),
            ));
        }
        server.handle_read(now, conn, &bytes);
        if complete_frames(server.pending_output(conn)) < cmds.len() {
            // The replies wait for the AOF append of a write they made (KEYS deleting
            // expired keys, a repointing REPLICAOF): the runtime completes the node's
            // disk work, as it would while the admin client waits.
            self.pump(n, Cause::Other);
            for i in 0..64u64 {
                let node = &self.nodes[n];
                let done = node
                    .server
                    .as_ref()
                    .is_none_or(|s| complete_frames(s.pending_output(conn)) >= cmds.len());
                if done || self.failure.is_some() {
                    break;
                }
                if node.pending_disk.is_empty() {
                    // A failed append is retried by the cron: time passes.
                    self.timer(n);
                } else {
                    self.disk_done(n, self.scenario.seed ^ (i << 32));
                }
            }
        }
        let failing = self.nodes[n].failing;
        let server = self.nodes[n].server.as_mut()?;
        if failing && complete_frames(server.pending_output(conn)) < cmds.len() {
            // The disk keeps failing: the replies never come; the node is as good as
            // unreachable for the operator now.
            server.handle_closed(now, conn);
            self.pump(n, Cause::Other);
            return None;
        }
        let out = server.pending_output(conn).to_vec();
        server.consume_output(conn, out.len());
        server.handle_closed(now, conn);
        self.hash.record(b'A', &bytes);
        self.hash.record(b'a', &out);
        self.pump(n, Cause::Other);
        let mut replies = Vec::new();
        let mut at = 0;
        while at < out.len() {
            match parse_frame(&out[at..]) {
                Parsed::Complete(f, len) => {
                    at += len;
                    match R::from_frame(&f) {
                        Ok(r) => replies.push(r),
                        Err(e) => {
                            self.fail("resp", format!("admin connection: {e}"));
                            return None;
                        }
                    }
                }
                other => {
                    self.fail("resp", format!("admin connection: {other:?}"));
                    return None;
                }
            }
        }
        if replies.len() != cmds.len() {
            self.fail(
                "resp",
                format!(
                    "admin connection: {} replies to {} commands",
                    replies.len(),
                    cmds.len()
                ),
            );
            return None;
        }
        Some(replies)
    }

    /// Node `n`'s keys (KEYS *), sorted; a reply that is not an array fails the run
    /// as `kind`.
    pub(super) fn sorted_keys(&mut self, n: usize, kind: &'static str) -> Option<Vec<Bytes>> {
        let keys = match self.admin(n, &[cmdv(&["KEYS", "*"])])?.remove(0) {
            R::Arr(items) => items,
            other => {
                self.fail(kind, format!("node {n}: KEYS * replied {other}"));
                return None;
            }
        };
        let mut keys: Vec<Bytes> = keys
            .into_iter()
            .filter_map(|k| if let R::Bulk(b) = k { Some(b) } else { None })
            .collect();
        keys.sort();
        Some(keys)
    }

    /// The node's dataset, read through commands, in the model's dump format.
    fn dump_server(&mut self, n: usize) -> Option<Vec<String>> {
        let keys = self.sorted_keys(n, "model")?;
        let mut cmds = Vec::new();
        for k in &keys {
            cmds.push(vec![b"TYPE".to_vec(), k.clone()]);
            cmds.push(vec![b"PTTL".to_vec(), k.clone()]);
        }
        let meta = self.admin(n, &cmds)?;
        let mut cmds = Vec::new();
        for (i, k) in keys.iter().enumerate() {
            let ty = match &meta[2 * i] {
                R::Simple(s) => s.clone(),
                _ => String::new(),
            };
            let c: Vec<&[u8]> = match ty.as_str() {
                "string" => vec![b"GET"],
                "list" => vec![b"LRANGE", b"0", b"-1"],
                "hash" => vec![b"HGETALL"],
                "set" => vec![b"SMEMBERS"],
                "zset" => vec![b"ZRANGE", b"0", b"-1", b"WITHSCORES"],
                _ => vec![b"TYPE"],
            };
            let mut c: Vec<Bytes> = c.iter().map(|a| a.to_vec()).collect();
            c.insert(1, k.clone());
            cmds.push(c);
        }
        let values = self.admin(n, &cmds)?;
        let mut lines = Vec::new();
        for (i, k) in keys.iter().enumerate() {
            let ty = match &meta[2 * i] {
                R::Simple(s) => s.clone(),
                other => other.to_string(),
            };
            let ttl = match &meta[2 * i + 1] {
                R::Int(t) => *t,
                _ => -3,
            };
            let items = |r: &R| -> Vec<Bytes> {
                match r {
                    R::Arr(v) => v
                        .iter()
                        .map(|x| {
                            if let R::Bulk(b) = x {
                                b.clone()
                            } else {
                                Vec::new()
                            }
                        })
                        .collect(),
                    _ => Vec::new(),
                }
            };
            let body = match (ty.as_str(), &values[i]) {
                ("string", R::Bulk(b)) => show(b),
                ("list", r) | ("set", r) => {
                    let mut v = items(r);
                    if ty == "set" {
                        v.sort();
                    }
                    v.iter().map(|x| show(x)).collect::<Vec<_>>().join(" ")
                }
                ("hash", r) => {
                    let v = items(r);
                    let mut pairs: Vec<(Bytes, Bytes)> =
                        v.chunks(2).map(|c| (c[0].clone(), c[1].clone())).collect();
                    pairs.sort();
                    pairs
                        .iter()
                        .map(|(f, v)| format!("{}={}", show(f), show(v)))
                        .collect::<Vec<_>>()
                        .join(" ")
                }
                ("zset", r) => items(r)
                    .chunks(2)
                    .map(|c| format!("{}={}", show(&c[0]), String::from_utf8_lossy(&c[1])))
                    .collect::<Vec<_>>()
                    .join(" "),
                (_, r) => r.to_string(),
            };
            lines.push(format!("{} {ty} ttl={ttl} {body}", show(k)));
        }
        Some(lines)
    }

    /// Whether one of the candidate models dumps as `got` at `now`; if so it becomes
    /// the only candidate.
    fn keep_model_matching(&mut self, got: &[String], now: i64) -> bool {
        let Some(i) = self.models.iter().position(|m| m.dump(now) == got) else {
            return false;
        };
        let m = self.models.swap_remove(i);
        self.models = vec![m];
        true
    }

    /// The server's dataset equals the model's (one of the candidate states, which
    /// then is the only one left).
    fn check_dataset(&mut self, n: usize) {
        let Some(got) = self.dump_server(n) else {
            return;
        };
        let now = self.now(n).unix_ms();
        if self.keep_model_matching(&got, now) {
            return;
        }
        let want = self.models[0].dump(now);
        let first = got
            .iter()
            .zip(&want)
            .find(|(g, w)| g != w)
            .map(|(g, w)| format!("server has {g}, model has {w}"))
            .unwrap_or_else(|| format!("server has {} keys, model has {}", got.len(), want.len()));
        self.fail(
            "model",
            format!(
                "node {n}'s dataset differs from the model's ({} candidate states): {first}",
                self.models.len()
            ),
        );
    }

    /// The next event that moves something in flight, if any: bytes to write,
    /// deliver or read, a close to notice, a disk operation to complete.
    fn next_quiet_event(&self) -> Option<Event> {
        let all = u32::MAX;
        for c in 0..self.clients.len() {
            let client = c as u32;
            let Some(l) = self.clients[c].link.and_then(|id| self.links.get(&id)) else {
                continue;
            };
            if !l.outbox.is_empty() {
                return Some(Event::Send { client, n: all });
            }
            if l.server_open && !l.c2s.is_empty() {
                return Some(Event::ToServer { client, n: all });
            }
            if l.server_open && l.armed {
                return Some(Event::Flush { client, n: all });
            }
            if !l.s2c.is_empty() || !l.server_open {
                return Some(Event::ToClient { client, n: all });
            }
        }
        if let Some(ev) = self.next_quiet_peer_event() {
            return Some(ev);
        }
        self.nodes
            .iter()
            .position(|n| n.server.is_some() && !n.pending_disk.is_empty())
            .map(|n| Event::Disk {
                node: n as u32,
                r: 0,
            })
    }

    /// Stops the faults and lets everything in flight finish: nodes restart, disks
    /// recover, every byte is delivered, deadlines fire until no request waits. Then
    /// checks that every request was answered and the dataset matches the model.
    pub fn quiesce(&mut self) {
        self.quiescing = true;
        for n in 0..self.nodes.len() {
            if self.nodes[n].failing {
                self.apply(Event::DiskFail {
                    node: n as u32,
                    on: false,
                });
            }
            if self.nodes[n].server.is_none() {
                self.apply(Event::Restart { node: n as u32 });
            }
        }
        self.net.heal();
        let start = self.t_ns;
        while self.failure.is_none() {
            if let Some(ev) = self.next_quiet_event() {
                self.apply(ev);
                continue;
            }
            // Nothing moves: only parked requests (BLPOP), replies held for the AOF
            // (whose failed append the cron retries) and replicas still syncing may be
            // left; let time pass.
            let parked = self
                .links
                .values()
                .any(|l| !l.at_server.is_empty() || !l.awaiting.is_empty());
            if self.t_ns - start > QUIESCE_LIMIT_NS {
                break;
            }
            // A node whose last append failed holds reads until its cron retries it.
            let aof_retry = self
                .nodes
                .iter()
                .any(|node| node.server.is_some() && node.aof_failing);
            if !parked && !aof_retry && (self.scenario.nodes == 1 || self.replication_settled()) {
                break;
            }
            // A FAILOVER that cannot finish (its target restarted and needs a full
            // sync, which Redis refuses while failing over: NOMASTERLINK) is given up
            // by the operator.
            if self.net.failing_over().is_some() && self.t_ns - start > FAILOVER_PATIENCE_NS {
                self.apply(Event::FailoverCmd {
                    node: 0,
                    how: 5,
                    ms: 0,
                });
            }
            for n in 0..self.nodes.len() {
                self.apply(Event::Timer { node: n as u32 });
            }
        }
        if self.failure.is_some() {
            return;
        }
        if self.scenario.nodes > 1 {
            self.check_replicas();
            if self.failure.is_some() {
                return;
            }
        }
        for (id, l) in &self.links {
            if let Some(&r) = l.at_server.front() {
                let req = &self.reqs[r];
                let msg = format!(
                    "client {} (conn {id}): `{}` reached the server {} ms before the end and \
                     was never answered",
                    l.client,
                    show_argv(&req.argv),
                    (self.t_ns - req.delivered.unwrap_or(0)) / 1_000_000
                );
                return self.fail("hang", msg);
            }
            if let Some(&r) = l.awaiting.front()
                && self.reqs[r].server_reply.is_some()
            {
                let msg = format!(
                    "client {}: the reply to `{}` never reached it",
                    l.client,
                    show_argv(&self.reqs[r].argv)
                );
                return self.fail("hang", msg);
            }
        }
        for n in 0..self.nodes.len() {
            self.check_dataset(n);
        }
    }

    /// How many requests were answered and read by their clients.
    pub fn completed(&self) -> usize {
        self.reqs.iter().filter(|r| r.completed.is_some()).count()
    }

    /// Client `client`'s history: each request it sent, in order, with its invocation
    /// and completion (virtual ms) and the reply it read, the last `last` of them.
    pub fn history(&self, client: u32, last: usize) -> Vec<String> {
        let ms = |t: Option<u64>| t.map_or("-".to_string(), |t| format!("{:.3}", t as f64 / 1e6));
        let mine: Vec<&Req> = self.reqs.iter().filter(|r| r.client == client).collect();
        mine[mine.len().saturating_sub(last)..]
            .iter()
            .map(|r| {
                let reply = match (&r.server_reply, r.completed) {
                    (Some(b), Some(_)) => show(b),
                    (Some(b), None) => format!("{} (not read)", show(b)),
                    (None, _) => "(no reply)".to_string(),
                };
                format!(
                    "[{} -> {}] {} -> {reply}",
                    ms(r.invoked),
                    ms(r.completed),
                    show_argv(&r.argv)
                )
            })
            .collect()
    }

    /// How often the interesting cases happened, from the replies the server sent:
    /// BLPOPs served and timed out, transactions run and aborted by WATCH, CONFIG
    /// REWRITEs acknowledged and failed, WRONGTYPE and other errors.
    pub fn coverage(&self) -> BTreeMap<&'static str, u64> {
        let mut c: BTreeMap<&'static str, u64> = BTreeMap::new();
        for r in &self.reqs {
            let Some(reply) = &r.server_reply else {
                continue;
            };
            let name = String::from_utf8_lossy(&r.argv[0]).to_ascii_uppercase();
            let sub = r.argv.get(1).map(|a| a.to_ascii_uppercase());
            let what = match (name.as_str(), reply.as_slice()) {
                ("BLPOP" | "BRPOP", b"*-1\r\n") => "blpop timed out",
                ("BLPOP" | "BRPOP", x) if x.starts_with(b"*2") => "blpop popped",
                ("EXEC", b"*-1\r\n") => "exec aborted",
                ("EXEC", x) if x.starts_with(b"*") => "exec ran",
                ("CONFIG", x) if sub.as_deref() == Some(b"REWRITE") => {
                    if x.starts_with(b"+") {
                        "rewrite acknowledged"
                    } else {
                        "rewrite failed"
                    }
                }
                ("GET", b"$-1\r\n") => "get missed",
                ("WAIT", x) if x != b":0\r\n" => "wait acknowledged",
                (_, x) if x.starts_with(b"-WRONGTYPE") => "wrongtype",
                (_, x) if x.starts_with(b"-") => "other error",
                _ => continue,
            };
            *c.entry(what).or_default() += 1;
        }
        c.insert("crashes", self.stats.crashes);
        c.insert("drops", self.stats.drops);
        c.insert("disk errors", self.stats.disk_errors);
        c.insert("wall clock jumps", self.stats.jumps);
        c.extend(self.net.coverage());
        c
    }

    /// Clients of the world.
    pub fn client_count(&self) -> usize {
        self.clients.len()
    }
}

/// How many complete RESP frames `out` starts with.
fn complete_frames(out: &[u8]) -> usize {
    let mut at = 0;
    let mut count = 0;
    while at < out.len() {
        match parse_frame(&out[at..]) {
            Parsed::Complete(_, len) => {
                at += len;
                count += 1;
            }
            _ => break,
        }
    }
    count
}

fn cmdv(parts: &[&str]) -> Vec<Bytes> {
    parts.iter().map(|p| p.as_bytes().to_vec()).collect()
}

/// The `slowlog-max-len` a config file sets (128, Redis's default, if none).
fn slowlog_max_len(text: &[u8]) -> String {
    String::from_utf8_lossy(text)
        .lines()
        .filter_map(|l| l.trim().strip_prefix("slowlog-max-len "))
        .next_back()
        .map_or("128".to_string(), |v| v.trim().to_string())
}

/// Draws the next event from the run's seed among those that can happen now.
pub struct Scheduler {
    rng: SimRng,
}

impl Scheduler {
    /// The scheduler of `seed`.
    pub fn new(seed: u64) -> Self {
        Scheduler {
            rng: SimRng::new(seed, 2),
        }
    }

    /// The next event for `w`.
    pub fn next(&mut self, w: &World) -> Event {
        let faults = w.scenario.faults;
        // (weight, kind, client or node). Per step with four clients the weights sum
        // to about 4600: a crash every ~900 steps, a drop every ~400.
        let mut cands: Vec<(u64, u8, u32)> = Vec::new();
        for (c, client) in w.clients.iter().enumerate() {
            let c = c as u32;
            match client.link.and_then(|id| w.links.get(&id)) {
                Some(l) => {
                    if !l.outbox.is_empty() || l.awaiting.len() < w.scenario.window {
                        cands.push((300, 0, c));
                    }
                    if l.server_open && !l.c2s.is_empty() {
                        cands.push((300, 1, c));
                    }
                    if l.server_open && l.armed {
                        cands.push((250, 2, c));
                    }
                    if !l.s2c.is_empty() || !l.server_open {
                        cands.push((250, 3, c));
                    }
                    if faults {
                        cands.push((3, 4, c));
                    }
                }
                None => {
                    if w.nodes[w.net.primary()].server.is_some() && w.net.failing_over().is_none() {
                        cands.push((200, 5, c));
                    }
                }
            }
        }
        for (n, node) in w.nodes.iter().enumerate() {
            let n = n as u32;
            if node.server.is_some() {
                cands.push((80, 6, n));
                if !node.pending_disk.is_empty() {
                    cands.push((200, 7, n));
                }
                if faults {
                    cands.push((if node.failing { 40 } else { 10 }, 8, n));
                    cands.push((15, 9, n));
                    cands.push((5, 10, n));
                }
            } else {
                cands.push((300, 11, n));
            }
        }
        cands.push((150, 12, 0));
        if w.scenario.nodes > 1 {
            repl::candidates(w, &mut cands);
        }
        let weights: Vec<u64> = cands.iter().map(|c| c.0).collect();
        let (_, kind, who) = cands[self.rng.weighted(&weights)];
        let r = &mut self.rng;
        match kind {
            0 => Event::Send {
                client: who,
                n: r.piece(),
            },
            1 => Event::ToServer {
                client: who,
                n: r.piece(),
            },
            2 => Event::Flush {
                client: who,
                n: r.piece(),
            },
            3 => Event::ToClient {
                client: who,
                n: r.piece(),
            },
            4 => Event::Drop { client: who },
            5 => Event::Connect { client: who },
            6 => Event::Timer { node: who },
            7 => Event::Disk {
                node: who,
                r: r.u64(),
            },
            8 => Event::DiskFail {
                node: who,
                on: !w.nodes[who as usize].failing,
            },
            9 => Event::WallJump {
                node: who,
                ms: if r.chance(1, 2) {
                    r.range(-MAX_WALL_BACK_MS, -1)
                } else {
                    r.range(1, 5_000)
                },
            },
            10 => Event::Crash {
                node: who,
                r: r.u64(),
            },
            11 => Event::Restart { node: who },
            k @ repl::FIRST_KIND.. => repl::event(w, k, who, r),
            _ => Event::Advance {
                us: match r.below(8) {
                    0 => 0,
                    1..=3 => r.below(1_000),
                    4..=6 => r.below(50_000),
                    _ => r.below(500_000),
                },
            },
        }
    }
}
