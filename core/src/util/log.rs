//! Redis-style log lines (`pid:role dd Mon yyyy hh:mm:ss.mmm level msg`), formatted
//! purely from a wall-clock time the caller passes in, so every runtime prints the same
//! start-up and shutdown lines without a date crate.

use std::fmt::Write;

/// Log levels as Redis marks them in its log lines.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Level {
    /// `.`
    Debug,
    /// `-`
    Verbose,
    /// `*`
    Notice,
    /// `#`
    Warning,
}

impl Level {
    /// The character Redis prints for this level.
    pub const fn mark(self) -> char {
        match self {
            Level::Debug => '.',
            Level::Verbose => '-',
            Level::Notice => '*',
            Level::Warning => '#',
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// One log line without the trailing newline, e.g.
/// `4242:M 26 Nov 2026 15:04:05.123 * Ready to accept connections`. `role` is Redis's
/// role letter (`C` before the configuration is in force, `M` master, `S` replica);
/// `unix_us` is wall-clock microseconds since the Unix epoch, printed in UTC.
pub fn log_line(pid: u32, role: char, level: Level, unix_us: i64, msg: &str) -> String {
    let ms = unix_us.div_euclid(1000);
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let mut s = String::with_capacity(48 + msg.len());
    let _ = write!(
        s,
        "{pid}:{role} {day:02} {} {year} {:02}:{:02}:{:02}.{millis:03} {} {msg}",
        MONTHS[(month - 1) as usize],
        sod / 3600,
        sod / 60 % 60,
        sod % 60,
        level.mark(),
    );
    s
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month 1..=12, day 1..=31)
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_redis() {
        // 2026-11-26T15:04:05.123Z, checked with `date -u -d @1795705445`.
        let us = 1_795_705_445_123_456;
        assert_eq!(
            log_line(7903, 'M', Level::Notice, us, "Ready to accept connections"),
            "7903:M 26 Nov 2026 15:04:05.123 * Ready to accept connections"
        );
        assert_eq!(
            log_line(1, 'C', Level::Warning, 0, "x"),
            "1:C 01 Jan 1970 00:00:00.000 # x"
        );
    }

    #[test]
    fn calendar_edges() {
        // 2000-02-29 (leap day in a century leap year) = 951782400.
        assert_eq!(civil_from_days(951_782_400 / 86_400), (2000, 2, 29));
        // 2100-03-01: 2100 is not a leap year = 4107542400.
        assert_eq!(civil_from_days(4_107_542_400 / 86_400), (2100, 3, 1));
        // 1969-12-31.
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
