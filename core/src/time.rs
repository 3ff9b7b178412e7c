//! Time as an input: the core never reads a clock. Every `handle_*` call carries a
//! [`Now`], built by the runtime from its clocks or by the simulator from a virtual one.

/// A monotonic instant in nanoseconds since an origin the runtime chooses. Used for
/// timeouts and deadlines; never goes backwards.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(u64);

impl Instant {
    /// An instant `nanos` nanoseconds after the origin.
    pub const fn from_nanos(nanos: u64) -> Self {
        Instant(nanos)
    }

    /// An instant `millis` milliseconds after the origin.
    pub const fn from_millis(millis: u64) -> Self {
        Instant(millis.saturating_mul(1_000_000))
    }

    /// Nanoseconds since the origin.
    pub const fn as_nanos(self) -> u64 {
        self.0
    }

    /// This instant moved `millis` milliseconds later (saturating).
    pub const fn add_millis(self, millis: u64) -> Self {
        Instant(self.0.saturating_add(millis.saturating_mul(1_000_000)))
    }

    /// This instant moved `nanos` nanoseconds later (saturating).
    pub const fn add_nanos(self, nanos: u64) -> Self {
        Instant(self.0.saturating_add(nanos))
    }

    /// Nanoseconds from `earlier` to `self`, zero if `earlier` is later.
    pub const fn nanos_since(self, earlier: Instant) -> u64 {
        self.0.saturating_sub(earlier.0)
    }
}

/// The current time as the runtime sees it: the wall clock (for absolute expiries,
/// RDB timestamps and TIME) and a monotonic instant (for timeouts).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Now {
    /// Wall-clock microseconds since the Unix epoch.
    pub unix_us: i64,
    /// Monotonic instant.
    pub mono: Instant,
}

impl Now {
    /// A time from wall-clock microseconds and a monotonic instant.
    pub const fn new(unix_us: i64, mono: Instant) -> Self {
        Now { unix_us, mono }
    }

    /// Wall-clock milliseconds since the Unix epoch (what key expiries are measured in).
    pub const fn unix_ms(self) -> i64 {
        self.unix_us.div_euclid(1000)
    }

    /// This time advanced by `millis` on both clocks (for simulators and tests).
    pub const fn advance_millis(self, millis: u64) -> Self {
        Now {
            unix_us: self
                .unix_us
                .saturating_add((millis as i64).saturating_mul(1000)),
            mono: self.mono.add_millis(millis),
        }
    }
}
