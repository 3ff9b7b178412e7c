//! Command durations: the monotonic clock the core may read while it runs a command,
//! the per-command latency histograms (LATENCY HISTOGRAM, INFO latencystats) and the
//! latency monitor's event series (LATENCY LATEST / HISTORY / GRAPH / DOCTOR / RESET).
//!
//! The core reads no clock of its own: the runtime hands it one at start-up
//! ([`crate::Server::set_clock`]), the real monotonic clock in the runtimes, a virtual
//! one in process and in the simulator. Without one, every reading is the time of the
//! input being handled, so durations are 0.
//!
//! The histogram keeps Redis's layout (an HdrHistogram from 1 ns to 1 s with two
//! significant digits, values in nanoseconds), so its buckets, cumulative counts and
//! percentiles are the ones Redis prints for the same durations.

use std::cell::Cell;
use std::collections::BTreeMap;

use crate::time::Instant;

/// The runtime's monotonic clock, read around each command.
///
/// Inside a batch of pipelined requests ([`begin_batch`](Self::begin_batch) ..
/// [`end_batch`](Self::end_batch)) one reading both ends a command and starts the next
/// (a lap), so a batch of N commands costs N + 1 readings instead of 2N; the few
/// instructions between two commands (parsing the next request) count towards the
/// next one, as the gap between two `call()`s is in Redis's `c->duration` for nobody.
/// Outside a batch each command reads the clock before and after.
#[derive(Default)]
pub struct Clock {
    /// The runtime's clock function, if it gave one.
    read: Option<Box<dyn Fn() -> Instant + Send>>,
    /// Inside a batch: the latest reading, where the next command starts (a cell: a
    /// running script reads the clock through a shared pointer meanwhile).
    lap: Cell<Option<Instant>>,
}

impl Clock {
    /// A clock that calls `read`.
    pub fn new(read: impl Fn() -> Instant + Send + 'static) -> Self {
        Clock {
            read: Some(Box::new(read)),
            lap: Cell::new(None),
        }
    }

    /// The current instant, or `fallback` (the input's time) when no clock was given.
    #[inline]
    pub fn read(&self, fallback: Instant) -> Instant {
        match &self.read {
            Some(read) => read(),
            None => fallback,
        }
    }

    /// Where a command starts: the batch's latest reading, or a fresh one outside a
    /// batch.
    #[inline]
    pub fn start(&self, fallback: Instant) -> Instant {
        match self.lap.get() {
            Some(lap) => lap,
            None => self.read(fallback),
        }
    }

    /// Where a command ends (and, inside a batch, the next one starts).
    #[inline]
    pub fn stop(&self, fallback: Instant) -> Instant {
        let now = self.read(fallback);
        if self.lap.get().is_some() {
            self.lap.set(Some(now));
        }
        now
    }

    /// A batch of requests starts: the commands in it chain their readings.
    #[inline]
    pub fn begin_batch(&self, fallback: Instant) {
        self.lap.set(Some(self.read(fallback)));
    }

    /// The batch ended: the time until the next one belongs to no command.
    #[inline]
    pub fn end_batch(&self) {
        self.lap.set(None);
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.read.is_some() {
            "Clock(runtime)"
        } else {
            "Clock(input time)"
        })
    }
}

/// Sub-buckets per bucket half: two significant digits need 256 sub-buckets.
const SUB_HALF_MAGNITUDE: u32 = 7;
/// Sub-buckets per half bucket.
const SUB_HALF: u64 = 1 << SUB_HALF_MAGNITUDE;
/// Smallest value recorded (Redis's `LATENCY_HISTOGRAM_MIN_VALUE`, 1 ns).
const MIN_NS: u64 = 1;
/// Largest value recorded (Redis's `LATENCY_HISTOGRAM_MAX_VALUE`, 1 s).
const MAX_NS: u64 = 1_000_000_000;

/// The bucket of `v`: values below 256 are bucket 0, each further bucket twice as wide.
fn bucket_of(v: u64) -> u32 {
    let bits = 64 - (v | (2 * SUB_HALF - 1)).leading_zeros();
    bits - (SUB_HALF_MAGNITUDE + 1)
}

/// The counts index of `v` (HdrHistogram's `counts_index_for`).
fn index_of(v: u64) -> usize {
    let bucket = bucket_of(v);
    let sub = v >> bucket;
    (((u64::from(bucket) + 1) << SUB_HALF_MAGNITUDE) + sub - SUB_HALF) as usize
}

/// The largest value counted in the same slot as `v` (`highest_equivalent_value`).
pub fn highest_equivalent(v: u64) -> u64 {
    let bucket = bucket_of(v);
    ((v >> bucket) << bucket) + (1 << bucket) - 1
}

/// The smallest value of counts slot `index` (`hdr_value_at_index`).
fn value_at_index(index: usize) -> u64 {
    let index = index as u64;
    let mut bucket = (index >> SUB_HALF_MAGNITUDE) as i64 - 1;
    let mut sub = (index & (SUB_HALF - 1)) + SUB_HALF;
    if bucket < 0 {
        sub -= SUB_HALF;
        bucket = 0;
    }
    sub << bucket
}

/// One command's latency histogram (Redis's per-command `latency_histogram`).
#[derive(Debug, Default, Clone)]
pub struct Histogram {
    /// Counts per slot, allocated whole on the first value (the total is their sum:
    /// recording is per command, reading rare).
    counts: Vec<u64>,
}

impl Histogram {
    /// Records a duration of `ns` nanoseconds, clamped to 1 ns ..= 1 s as Redis does.
    #[inline]
    pub fn record_ns(&mut self, ns: u64) {
        let index = index_of(ns.clamp(MIN_NS, MAX_NS));
        match self.counts.get_mut(index) {
            Some(c) => *c += 1,
            None => self.first_record(index),
        }
    }

    /// [`record_ns`](Self::record_ns) into a histogram not yet allocated.
    #[cold]
    fn first_record(&mut self, index: usize) {
        self.counts.resize(index_of(MAX_NS) + 1, 0);
        if let Some(c) = self.counts.get_mut(index) {
            *c += 1;
        }
    }

    /// Values recorded.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// LATENCY HISTOGRAM's `histogram_usec`: (microseconds, cumulative count) at each
    /// power-of-two step from 1024 ns, where the count grew (Redis walks the histogram
    /// with a logarithmic iterator of base 2 from 1024 ns).
    pub fn cumulative_usec(&self) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        let total = self.total();
        let mut cumulative = 0;
        let mut index = 0;
        let mut level: u64 = 1024;
        while cumulative < total && level <= MAX_NS * 2 {
            let last = index_of(level);
            while index <= last {
                cumulative += self.counts.get(index).copied().unwrap_or(0);
                index += 1;
            }
            if out.last().is_none_or(|&(_, c)| cumulative > c) && cumulative > 0 {
                out.push((highest_equivalent(level) / 1000, cumulative));
            }
            level *= 2;
        }
        out
    }

    /// The value at `percentile` in nanoseconds (`hdr_value_at_percentile`).
    pub fn value_at_percentile(&self, percentile: f64) -> u64 {
        let p = percentile.min(100.0);
        let wanted = ((p / 100.0) * self.total() as f64 + 0.5) as u64;
        let wanted = wanted.max(1);
        let mut seen = 0;
        for (i, &c) in self.counts.iter().enumerate() {
            seen += c;
            if seen >= wanted {
                let v = value_at_index(i);
                return if percentile == 0.0 {
                    v
                } else {
                    highest_equivalent(v)
                };
            }
        }
        0
    }
}

/// Samples kept per event (Redis's `LATENCY_TS_LEN`).
const SERIES_LEN: usize = 160;

/// One latency event's recent samples: at most one per second, the worst of that
/// second (Redis's `latencyTimeSeries`).
#[derive(Debug, Clone)]
pub struct Series {
    /// Where the next sample goes.
    idx: usize,
    /// The worst latency ever seen, in milliseconds.
    pub max: u64,
    /// (Unix seconds, milliseconds); time 0 is an empty slot.
    samples: [(i64, u64); SERIES_LEN],
}

impl Series {
    fn new() -> Self {
        Series {
            idx: 0,
            max: 0,
            samples: [(0, 0); SERIES_LEN],
        }
    }

    /// The latest sample.
    pub fn latest(&self) -> (i64, u64) {
        self.samples[(self.idx + SERIES_LEN - 1) % SERIES_LEN]
    }

    /// The samples, oldest first.
    pub fn samples(&self) -> impl Iterator<Item = (i64, u64)> + '_ {
        (0..SERIES_LEN)
            .map(move |j| self.samples[(self.idx + j) % SERIES_LEN])
            .filter(|s| s.0 != 0)
    }

    fn add(&mut self, time: i64, ms: u64) {
        self.max = self.max.max(ms);
        let prev = (self.idx + SERIES_LEN - 1) % SERIES_LEN;
        if self.samples[prev].0 == time {
            let s = &mut self.samples[prev].1;
            *s = (*s).max(ms);
            return;
        }
        self.samples[self.idx] = (time, ms);
        self.idx = (self.idx + 1) % SERIES_LEN;
    }
}

/// The latency monitor: event name to its series.
#[derive(Debug, Default)]
pub struct LatencyMonitor {
    /// Events seen, by name.
    pub events: BTreeMap<&'static str, Series>,
}

impl LatencyMonitor {
    /// Records `ms` for `event` at Unix second `time` when `threshold` (ms, 0: off) is
    /// reached (Redis's `latencyAddSampleIfNeeded`).
    #[inline]
    pub fn add_if_needed(&mut self, threshold: u64, event: &'static str, time: i64, ms: u64) {
        if threshold != 0 && ms >= threshold {
            self.events
                .entry(event)
                .or_insert_with(Series::new)
                .add(time, ms);
        }
    }

    /// Forgets `event` (any case, as Redis's `strcasecmp`), or every event when
    /// `None`; returns how many were forgotten.
    pub fn reset(&mut self, event: Option<&[u8]>) -> usize {
        match event {
            None => {
                let n = self.events.len();
                self.events.clear();
                n
            }
            Some(name) => {
                let found = self
                    .events
                    .keys()
                    .find(|k| k.as_bytes().eq_ignore_ascii_case(name))
                    .copied();
                found.map_or(0, |k| usize::from(self.events.remove(k).is_some()))
            }
        }
    }

    /// The series of `event`, if it has samples.
    pub fn get(&self, event: &[u8]) -> Option<&Series> {
        self.events
            .iter()
            .find(|(k, _)| k.as_bytes() == event)
            .map(|(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_match_hdr_histogram_with_two_significant_digits() {
        // Values below 256 ns have slots of their own; above, slots double per bucket.
        assert_eq!(highest_equivalent(1), 1);
        assert_eq!(highest_equivalent(255), 255);
        assert_eq!(highest_equivalent(1024), 1031);
        assert_eq!(highest_equivalent(32_768), 33_023);
        assert_eq!(value_at_index(index_of(1024)), 1024);
        assert_eq!(value_at_index(index_of(1500)), 1496);
        assert_eq!(index_of(255), 255);
    }

    #[test]
    fn cumulative_steps_are_the_microsecond_labels_redis_prints() {
        let mut h = Histogram::default();
        h.record_ns(0); // clamped to 1 ns
        h.record_ns(3_000);
        h.record_ns(40_000);
        // Redis's labels: 1, 2, 4, 8, 16, 33, 66, ... (highest equivalent / 1000).
        assert_eq!(h.cumulative_usec(), vec![(1, 1), (4, 2), (66, 3)]);
        assert_eq!(h.total(), 3);
    }

    #[test]
    fn percentiles_read_the_slot_holding_that_rank() {
        let mut h = Histogram::default();
        for _ in 0..99 {
            h.record_ns(1_000);
        }
        h.record_ns(1_000_000);
        assert_eq!(h.value_at_percentile(50.0), 1_003);
        assert_eq!(h.value_at_percentile(99.0), 1_003);
        assert_eq!(h.value_at_percentile(99.9), highest_equivalent(1_000_000));
        assert_eq!(Histogram::default().value_at_percentile(50.0), 0);
    }

    #[test]
    fn a_series_keeps_the_worst_sample_of_each_second() {
        let mut m = LatencyMonitor::default();
        m.add_if_needed(0, "command", 10, 500);
        assert!(m.events.is_empty(), "threshold 0 turns the monitor off");
        m.add_if_needed(100, "command", 10, 50);
        assert!(m.events.is_empty(), "below the threshold");
        m.add_if_needed(100, "command", 10, 150);
        m.add_if_needed(100, "command", 10, 120);
        m.add_if_needed(100, "command", 11, 130);
        let s = m.get(b"command").unwrap();
        assert_eq!(s.samples().collect::<Vec<_>>(), vec![(10, 150), (11, 130)]);
        assert_eq!(s.latest(), (11, 130));
        assert_eq!(s.max, 150);
        assert_eq!(m.reset(Some(b"nosuch")), 0);
        assert_eq!(m.reset(None), 1);
    }
}
