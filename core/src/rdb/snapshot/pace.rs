//! Pacing of the background snapshot's slices: how long the next slice may run, so
//! that a save costs the clients of a busy loop a bounded share of their latency.
//!
//! # Why a duty cycle
//!
//! The snapshot runs on the event loop, one slice between two batches of input. Under
//! a `-P 1` load (each client waits for its reply before it sends again), a client
//! waits one loop round per request: the time the loop spends serving the others plus
//! the slice. A fixed slice (64 KiB or 2,048 keys, about 0.5 ms) longer than the
//! clients' work in a round therefore multiplies every request's latency: with 50
//! clients served in about 0.3 ms, p99 went from 0.4 ms to 1 ms during a BGSAVE.
//!
//! So a slice gets at most [`SHARE_NUM`]/[`SHARE_DEN`] of the time the loop spent
//! since the previous slice ended (serving clients): a round then lasts at most 1.5
//! times what it would without the save, whatever the load. The snapshot still
//! progresses at a third of the loop's time when it is saturated (its length is
//! bounded: at most three times its serialization cost plus the loop's idle time), a
//! slice never gets less than [`FLOOR_NS`], and when no client input arrived since the
//! previous slice (the loop only waited for the disk) the slice is limited by its
//! byte and key budget alone, so an idle server saves at full speed. A slice also never
//! runs longer than [`CEILING_NS`], however long the previous round was.
//!
//! We considered and rejected the alternatives:
//! - smaller fixed slices: they cut latency only where the load is heavy and slow the
//!   save everywhere (each slice is a disk operation and a loop round trip);
//! - serializing off the loop: a slice must read the live tables (the point-in-time
//!   scheme of [`super`] depends on the scan and the write hooks running in one
//!   order). `perf` of back-to-back BGSAVEs of 1M 32-byte strings (release build, no
//!   client load; shares of the server's samples): the scan step with its record
//!   writing 42%, LZF 17% (values over 20 bytes are compressed, as Redis does),
//!   string encoding 6%, CRC-64 4.4% (already slice-by-16), key hashing 3.6%. Only
//!   the CRC of finished chunks could move to the disk thread without the keyspace,
//!   and 4% of a slice is not worth a second contract between the core and the
//!   runtimes (DESIGN.md: the core produces the file's bytes, the runtimes only move
//!   them); LZF runs inside each record's encoding, which decides the record's bytes.
//!
//! # Time as input
//!
//! The core reads no clock: the time comes from the clock function the runtime hands
//! the core at start-up (the one command durations use; a virtual one in process and in
//! the simulator), read at the start and end of each slice and after each scan step
//! of a slice with a time limit. "Client input arrived" is the server's count of bytes
//! read from clients (`total_net_input_bytes`), which the input path keeps anyway: the
//! pacing adds nothing per command.

use crate::durations::Clock;
use crate::time::Instant;

/// Numerator of the share of the loop's time a slice may take.
pub const SHARE_NUM: u64 = 1;
/// Denominator of that share: a slice takes at most half the time since the last one.
pub const SHARE_DEN: u64 = 2;
/// The least time a slice gets, so that the snapshot always progresses (nanoseconds).
pub const FLOOR_NS: u64 = 20_000;
/// The most time a slice with a time limit gets (nanoseconds).
pub const CEILING_NS: u64 = 1_000_000;

/// The pacing state: when the previous slice ended, and the input count then.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pacer {
    /// The clock at the end of the previous slice (none: no slice yet).
    last_end: Option<Instant>,
    /// The input count at the end of the previous slice.
    inputs_then: u64,
}

impl Pacer {
    /// How long the slice starting at `start` may run, in nanoseconds, when the input
    /// count is `inputs`: `None` means no time limit (the first slice, or no input
    /// since the previous one: only the byte and key budget bound it).
    pub fn allowance(&self, start: Instant, inputs: u64) -> Option<u64> {
        let last_end = self.last_end?;
        if inputs == self.inputs_then {
            return None;
        }
        let served = start.nanos_since(last_end);
        let share = served.saturating_mul(SHARE_NUM) / SHARE_DEN;
        Some(share.clamp(FLOOR_NS, CEILING_NS))
    }

    /// Runs one slice: `slice` gets a function that says whether its time is up (it
    /// calls it after each scan step). `fallback` is the input's time, used when the
    /// runtime gave no clock; `inputs` the server's input count now.
    pub fn run<T>(
        &mut self,
        clock: &Clock,
        fallback: Instant,
        inputs: u64,
        slice: impl FnOnce(&mut dyn FnMut() -> bool) -> T,
    ) -> T {
        let start = clock.read(fallback);
        let deadline = self.allowance(start, inputs).map(|ns| start.add_nanos(ns));
        let mut over = || deadline.is_some_and(|d| clock.read(fallback) >= d);
        let out = slice(&mut over);
        self.last_end = Some(clock.read(fallback));
        self.inputs_then = inputs;
        out
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use super::*;

    fn at(us: u64) -> Instant {
        Instant::from_nanos(us * 1_000)
    }

    /// A pacer whose previous slice ended at `end_us` with `inputs` counted.
    fn after(end_us: u64, inputs: u64) -> Pacer {
        Pacer {
            last_end: Some(at(end_us)),
            inputs_then: inputs,
        }
    }

    #[test]
    fn first_slice_and_idle_loop_have_no_time_limit() {
        assert_eq!(Pacer::default().allowance(at(5_000), 7), None);
        // No input since the previous slice: only the disk was waited for.
        assert_eq!(after(1_000, 7).allowance(at(1_040), 7), None);
        assert_eq!(after(1_000, 7).allowance(at(900_000), 7), None);
    }

    #[test]
    fn busy_loop_gives_half_the_time_it_served() {
        // 400 µs of serving since the last slice: 200 µs of slice.
        assert_eq!(after(1_000, 7).allowance(at(1_400), 8), Some(200_000));
        assert_eq!(after(1_000, 7).allowance(at(2_000), 9_000), Some(500_000));
    }

    #[test]
    fn allowance_has_a_floor_and_a_ceiling() {
        // A short round still lets the snapshot progress.
        assert_eq!(after(1_000, 7).allowance(at(1_010), 8), Some(FLOOR_NS));
        // The clock did not move (no runtime clock): the floor.
        assert_eq!(after(1_000, 7).allowance(at(1_000), 8), Some(FLOOR_NS));
        // A clock reading before the last end (cannot happen) is not an underflow.
        assert_eq!(after(1_000, 7).allowance(at(10), 8), Some(FLOOR_NS));
        // A long round (a big pipeline, or the loop idle after one input) is capped.
        assert_eq!(after(1_000, 7).allowance(at(50_000), 8), Some(CEILING_NS));
    }

    /// A virtual clock that moves `step_us` at every reading.
    fn ticking(start_us: u64, step_us: u64) -> (Clock, Arc<AtomicU64>) {
        let ns = Arc::new(AtomicU64::new(start_us * 1_000));
        let reading = Arc::clone(&ns);
        let clock = Clock::new(move || {
            Instant::from_nanos(reading.fetch_add(step_us * 1_000, Ordering::Relaxed))
        });
        (clock, ns)
    }

    /// Counts the steps a slice runs until its time is up (at most `max`).
    fn steps(pacer: &mut Pacer, clock: &Clock, inputs: u64, max: usize) -> usize {
        pacer.run(clock, Instant::default(), inputs, |over| {
            let mut n = 0;
            while n < max {
                n += 1;
                if over() {
                    break;
                }
            }
            n
        })
    }

    #[test]
    fn run_stops_the_slice_at_its_deadline_and_records_its_end() {
        // Every reading moves the clock 10 µs: a step costs 10 µs.
        let (clock, ns) = ticking(1_000, 10);
        let mut pacer = Pacer::default();
        // The first slice has no limit.
        assert_eq!(steps(&mut pacer, &clock, 1, 1_000), 1_000);
        let end = pacer.last_end.expect("ended");
        // The loop then serves clients for 600 µs: the next slice gets 300 µs, 30
        // steps (the reading at the start and the one that sees the deadline).
        ns.store(end.as_nanos() + 600_000, Ordering::Relaxed);
        assert_eq!(steps(&mut pacer, &clock, 2, 1_000), 30);
        // No input since: no limit again.
        assert_eq!(steps(&mut pacer, &clock, 2, 1_000), 1_000);
    }

    #[test]
    fn without_a_runtime_clock_the_budget_bounds_the_slice() {
        // Clock(None) reads the input's time, which does not move during a slice: the
        // deadline is never reached, and the byte and key budget rule as before.
        let clock = Clock::default();
        let mut pacer = Pacer::default();
        assert_eq!(steps(&mut pacer, &clock, 1, 100), 100);
        assert_eq!(steps(&mut pacer, &clock, 2, 100), 100);
    }
}
