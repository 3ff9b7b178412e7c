//! Server-wide state behind the introspection and control commands: the slow log,
//! MONITOR clients, CLIENT PAUSE, DEBUG switches, the memory figures a runtime reports,
//! and the samples behind INFO's instantaneous metrics.
//!
//! Command durations (SLOWLOG, commandstats `usec`, latency histograms and events) are
//! read from the clock the runtime hands the core (see [`crate::durations`]).

use std::collections::VecDeque;

use crate::client::ConnId;
use crate::time::{Instant, Now};

/// One slow log entry (SLOWLOG GET).
#[derive(Clone, Debug)]
pub struct SlowlogEntry {
    /// Increasing id, never reset by SLOWLOG RESET.
    pub id: u64,
    /// Unix time in seconds when the command ran.
    pub time: i64,
    /// Duration in microseconds.
    pub duration_us: u64,
    /// The arguments, truncated as Redis truncates them.
    pub argv: Vec<Vec<u8>>,
    /// The client's address.
    pub peer: String,
    /// The client's name (empty if none).
    pub name: Vec<u8>,
}

/// What CLIENT PAUSE holds back.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum PauseMode {
    /// Nothing is paused.
    #[default]
    None,
    /// Commands that may write (and EXEC of such) wait.
    Write,
    /// Every command waits.
    All,
}

/// CLIENT PAUSE state: the mode, until when, and the clients parked by it (in the
/// order they arrived; they are parked like blocked clients, with no keys).
#[derive(Debug, Default)]
pub struct Pause {
    /// Current mode.
    pub mode: PauseMode,
    /// When the pause ends.
    pub end: Instant,
    /// Clients whose command waits for the end of the pause.
    pub postponed: VecDeque<ConnId>,
    /// DEBUG SLEEP: until then every command waits, whatever the mode, as if the
    /// server were stalled.
    pub stall_end: Option<Instant>,
    /// The server's own write pauses, with no end of their own ([`HELD_BY_SHUTDOWN`],
    /// [`HELD_BY_FAILOVER`]): CLIENT UNPAUSE does not lift them, as in Redis.
    pub held: u8,
}

/// A shutdown waits for its replicas to catch up: writes wait.
pub const HELD_BY_SHUTDOWN: u8 = 1;
/// A FAILOVER runs: writes wait.
pub const HELD_BY_FAILOVER: u8 = 2;

impl Pause {
    /// Whether a pause is in force at `now`.
    pub fn active(&self, now: Instant) -> bool {
        (self.mode != PauseMode::None && now < self.end) || self.held != 0 || self.stalled(now)
    }

    /// Whether DEBUG SLEEP holds every command at `now`.
    pub fn stalled(&self, now: Instant) -> bool {
        self.stall_end.is_some_and(|end| now < end)
    }

    /// When the pause or the stall, whichever is in force, may end.
    pub fn next_deadline(&self) -> Option<Instant> {
        let pause = (self.mode != PauseMode::None).then_some(self.end);
        match (pause, self.stall_end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Starts or extends a pause: the stricter mode and the later end win, as in Redis.
    pub fn pause(&mut self, mode: PauseMode, end: Instant) {
        self.mode = self.mode.max(mode);
        self.end = self.end.max(end);
    }
}

/// INFO's instantaneous metrics: samples taken every 100 ms, averaged over the last 16,
/// as Redis's `trackInstantaneousMetric` does.
#[derive(Debug, Default)]
pub struct Metrics {
    last_sample: Option<Instant>,
    last_ops: u64,
    last_input: u64,
    last_output: u64,
    ops: Samples,
    input: Samples,
    output: Samples,
}

#[derive(Debug, Default)]
struct Samples {
    values: [f64; 16],
    next: usize,
}

impl Samples {
    fn add(&mut self, v: f64) {
        self.values[self.next] = v;
        self.next = (self.next + 1) % self.values.len();
    }

    fn mean(&self) -> f64 {
        self.values.iter().sum::<f64>() / self.values.len() as f64
    }
}

impl Metrics {
    /// Takes a sample if 100 ms have passed since the last one (called from the cron).
    pub fn sample(&mut self, now: Instant, ops: u64, input: u64, output: u64) {
        let Some(last) = self.last_sample else {
            self.last_sample = Some(now);
            (self.last_ops, self.last_input, self.last_output) = (ops, input, output);
            return;
        };
        let ms = now.nanos_since(last) / 1_000_000;
        if ms < 100 {
            return;
        }
        let per_sec = |new: u64, old: u64| new.saturating_sub(old) as f64 * 1000.0 / ms as f64;
        self.ops.add(per_sec(ops, self.last_ops));
        self.input.add(per_sec(input, self.last_input));
        self.output.add(per_sec(output, self.last_output));
        self.last_sample = Some(now);
        (self.last_ops, self.last_input, self.last_output) = (ops, input, output);
    }

    /// `instantaneous_ops_per_sec`.
    pub fn ops_per_sec(&self) -> u64 {
        self.ops.mean() as u64
    }

    /// `instantaneous_input_kbps`.
    pub fn input_kbps(&self) -> f64 {
        self.input.mean() / 1024.0
    }

    /// `instantaneous_output_kbps`.
    pub fn output_kbps(&self) -> f64 {
        self.output.mean() / 1024.0
    }

    /// Forgets every sample (CONFIG RESETSTAT).
    pub fn reset(&mut self) {
        *self = Metrics::default();
    }
}

/// Memory figures: reported by the runtime ([`crate::Server::handle_memory_report`])
/// when it can read its allocator, else estimated by the core.
#[derive(Debug, Default)]
pub struct MemoryReport {
    /// Bytes allocated, as last reported.
    pub used: Option<u64>,
    /// Resident set size, as last reported.
    pub rss: Option<u64>,
    /// Highest `used_memory` seen (INFO `used_memory_peak`).
    pub peak: u64,
}

/// Everything in this module, as one field of [`crate::server::Node`].
#[derive(Debug)]
pub struct Introspection {
    /// SLOWLOG entries, newest first.
    pub slowlog: VecDeque<SlowlogEntry>,
    /// Id of the next slow log entry.
    pub slowlog_next_id: u64,
    /// Clients in MONITOR mode, in the order they started.
    pub monitors: Vec<ConnId>,
    /// CLIENT PAUSE.
    pub pause: Pause,
    /// DEBUG SET-ACTIVE-EXPIRE: whether the cron expires keys.
    pub active_expire: bool,
    /// Memory figures.
    pub memory: MemoryReport,
    /// Unix time in seconds of the last successful save (LASTSAVE); the start time
    /// until persistence saves.
    pub lastsave: i64,
    /// Instantaneous metrics.
    pub metrics: Metrics,
    /// The runtime's monotonic clock, read around each command.
    pub clock: crate::durations::Clock,
    /// The latency monitor's events (`latency-monitor-threshold`).
    pub latency: crate::durations::LatencyMonitor,
}

impl Introspection {
    /// The state of a server started at `now`.
    pub fn new(now: Now) -> Self {
        Introspection {
            slowlog: VecDeque::new(),
            slowlog_next_id: 0,
            monitors: Vec::new(),
            pause: Pause::default(),
            active_expire: true,
            memory: MemoryReport::default(),
            lastsave: now.unix_us.div_euclid(1_000_000),
            metrics: Metrics::default(),
            clock: crate::durations::Clock::default(),
            latency: crate::durations::LatencyMonitor::default(),
        }
    }
}
