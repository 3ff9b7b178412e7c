//! The clock the core reads before and after each command (command durations for
//! SLOWLOG, INFO commandstats and latencystats, LATENCY), shared by the three runtimes.
//!
//! It is read once per command in a pipelined read (one reading ends a command and
//! starts the next; a command alone in its read takes two), so its cost is on the hot
//! path: `Instant::now()` costs 20 to 50 ns (a vDSO `clock_gettime`), a pipelined GET
//! about 170 ns in all. On x86-64
//! with an invariant TSC (`constant_tsc` and `nonstop_tsc` in `/proc/cpuinfo`) the
//! clock reads the TSC instead (about 10 ns), scaled to nanoseconds by a factor
//! measured against the monotonic clock at start-up, as Redis does with its hardware
//! monotonic clock. Elsewhere it is `Instant::now()`. Deadlines never use it: they
//! stay on the monotonic clock of [`crate::boot::Clock`].

use std::time::Duration;

use cinnabar_core::Instant;

/// How long the TSC is measured against the monotonic clock at start-up.
const CALIBRATION: Duration = Duration::from_millis(2);

/// A clock function for [`cinnabar_core::Server::set_clock`], reading nanoseconds since
/// `origin`.
pub fn command_clock(origin: std::time::Instant) -> impl Fn() -> Instant + Send + 'static {
    #[cfg(target_arch = "x86_64")]
    let tsc = tsc::Tsc::calibrate(origin);
    #[cfg(not(target_arch = "x86_64"))]
    let tsc: Option<std::convert::Infallible> = None;
    move || match &tsc {
        #[cfg(target_arch = "x86_64")]
        Some(tsc) => tsc.now(),
        #[cfg(not(target_arch = "x86_64"))]
        Some(never) => match *never {},
        None => Instant::from_nanos(u64::try_from(origin.elapsed().as_nanos()).unwrap_or(u64::MAX)),
    }
}

#[cfg(target_arch = "x86_64")]
mod tsc {
    use super::CALIBRATION;
    use cinnabar_core::Instant;

    /// The TSC scaled to nanoseconds since the runtime's origin.
    pub struct Tsc {
        /// TSC reading at calibration.
        ticks0: u64,
        /// Nanoseconds since the origin at calibration.
        nanos0: u64,
        /// Nanoseconds per tick, as a 32.32 fixed-point number.
        scale: u64,
    }

    fn read() -> u64 {
        // SAFETY: RDTSC has no preconditions on x86-64 (it reads a counter).
        unsafe { core::arch::x86_64::_rdtsc() }
    }

    impl Tsc {
        /// Measures the TSC's rate, if the CPU says it is invariant (same rate in every
        /// power state, synchronised across cores).
        pub fn calibrate(origin: std::time::Instant) -> Option<Tsc> {
            let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").ok()?;
            let flags = cpuinfo.lines().find(|l| l.starts_with("flags"))?;
            let has = |f: &str| flags.split_whitespace().any(|w| w == f);
            if !has("constant_tsc") || !has("nonstop_tsc") {
                return None;
            }
            let start = std::time::Instant::now();
            let ticks_start = read();
            let mut now = std::time::Instant::now();
            while now.duration_since(start) < CALIBRATION {
                now = std::time::Instant::now();
            }
            let ticks_end = read();
            let ticks = ticks_end.checked_sub(ticks_start).filter(|&t| t > 0)?;
            let nanos = u64::try_from(now.duration_since(start).as_nanos()).ok()?;
            let scale = u64::try_from((u128::from(nanos) << 32) / u128::from(ticks)).ok()?;
            Some(Tsc {
                ticks0: ticks_end,
                nanos0: u64::try_from(now.duration_since(origin).as_nanos()).ok()?,
                scale,
            })
        }

        /// Nanoseconds since the origin.
        #[inline]
        pub fn now(&self) -> Instant {
            let ticks = read().saturating_sub(self.ticks0);
            let nanos = (u128::from(ticks) * u128::from(self.scale)) >> 32;
            Instant::from_nanos(self.nanos0.saturating_add(nanos as u64))
        }
    }

    #[cfg(test)]
    mod tests {
        use super::Tsc;

        #[test]
        fn the_tsc_clock_keeps_pace_with_the_monotonic_clock() {
            let origin = std::time::Instant::now();
            let Some(tsc) = Tsc::calibrate(origin) else {
                return; // no invariant TSC here: the runtimes use Instant
            };
            let (a, t0) = (tsc.now(), std::time::Instant::now());
            while t0.elapsed() < std::time::Duration::from_millis(20) {}
            let b = tsc.now();
            let real = t0.elapsed().as_nanos() as f64;
            let measured = b.nanos_since(a) as f64;
            assert!(b >= a);
            // Within 5% over 20 ms (scheduling noise included).
            assert!((measured / real - 1.0).abs() < 0.05, "{measured} vs {real}");
        }
    }
}
