//! The query buffer's size as Redis 7.0 accounts it (CLIENT LIST `qbuf-free`), and
//! Redis's rules for growing and trimming it (`readQueryFromClient`,
//! `processMultibulkBuffer`, `clientsCronResizeQueryBuffer`).
//!
//! Redis reads at most 16 KB at a time into an sds string that grows without
//! over-allocating (`sdsMakeRoomForNonGreedy`), sizes it exactly for an argument of
//! 32 KB or more, and the cron trims it: to what it holds once the client has been
//! idle more than 2 seconds, or down to the recent peak when it is more than twice
//! that. Its `alloc` is what jemalloc gave, less the sds header. [`QueryBuffer`] keeps
//! that figure, and the parser's real buffer is trimmed by the same cron rules, so an
//! idle client that once sent 1 MB does not keep 1 MB.

/// Bytes Redis reads per read call (`PROTO_IOBUF_LEN`).
const READ_LEN: usize = 16 * 1024;
/// Arguments this long get a buffer of their own size (`PROTO_MBULK_BIG_ARG`).
pub const BIG_ARG: usize = 32 * 1024;
/// The cron only trims a buffer wasting more than this.
const WASTE_MIN: usize = 4 * 1024;
/// A buffer larger than this is trimmed down to its recent peak
/// (`PROTO_RESIZE_THRESHOLD`).
const RESIZE_THRESHOLD: usize = 32 * 1024;
/// Seconds of idleness after which the cron frees all the unused space.
const IDLE_SECONDS: u64 = 2;

/// Redis's accounting of one client's query buffer.
#[derive(Debug, Default, Clone)]
pub struct QueryBuffer {
    /// The sds `alloc`: bytes it can hold.
    alloc: usize,
    /// The most it held (or was about to) since the last cron (`querybuf_peak`,
    /// which Redis 7.0's cron resets to 0).
    peak: usize,
}

impl QueryBuffer {
    /// Bytes are read while `held` were buffered; `big_remaining` is what a pending
    /// argument of 32 KB or more still lacks (Redis then reads exactly that).
    #[inline]
    pub fn on_read(&mut self, held: usize, big_remaining: Option<usize>) {
        let read_len = big_remaining.filter(|&r| r > 0).unwrap_or(READ_LEN);
        self.peak = self.peak.max(held + read_len);
        if self.alloc - held.min(self.alloc) < read_len {
            self.alloc = sds_alloc(held + read_len);
        }
    }

    /// A bulk of `len` >= 32 KB begins: Redis makes room for exactly it (and reads
    /// until it is complete, so it is the peak).
    pub fn on_big_arg(&mut self, len: usize) {
        self.peak = self.peak.max(len + 2);
        if self.alloc < len + 2 {
            self.alloc = sds_alloc(len + 2);
        }
    }

    /// The cron's trim, with `held` bytes buffered, `bulk` the length of an argument
    /// being received (if any) and `idle_secs` since the client's last interaction.
    /// Returns the new size when the buffer is trimmed.
    pub fn cron(&mut self, held: usize, bulk: Option<usize>, idle_secs: u64) -> Option<usize> {
        let mut trimmed = None;
        if self.alloc.saturating_sub(held) > WASTE_MIN {
            if idle_secs > IDLE_SECONDS {
                trimmed = Some(held);
            } else if self.alloc > RESIZE_THRESHOLD && self.alloc / 2 > self.peak {
                trimmed = Some(held.max(self.peak).max(bulk.unwrap_or(0)));
            }
        }
        if let Some(size) = trimmed {
            self.alloc = size;
        }
        // Redis 7.0 starts the next cycle's peak from nothing: a client stalled in
        // the middle of an argument has its buffer trimmed to that argument's size.
        self.peak = 0;
        trimmed
    }

    /// CLIENT LIST's `qbuf-free` for `held` bytes buffered.
    pub fn free(&self, held: usize) -> usize {
        self.alloc.saturating_sub(held)
    }
}

/// The `alloc` of an sds string made to hold `len` bytes: jemalloc's size class of
/// header + `len` + NUL, less header and NUL.
fn sds_alloc(len: usize) -> usize {
    let overhead = if len < 1 << 8 {
        3 + 1
    } else if len < 1 << 16 {
        5 + 1
    } else {
        9 + 1
    };
    size_class(len + overhead) - overhead
}

/// jemalloc's size class for a request of `n` bytes: 8, then multiples of 16 up to
/// 128, then four classes per doubling.
fn size_class(n: usize) -> usize {
    if n <= 8 {
        return 8;
    }
    if n <= 128 {
        return n.div_ceil(16) * 16;
    }
    let k = usize::BITS - 1 - (n - 1).leading_zeros();
    let spacing = 1usize << (k - 2);
    n.div_ceil(spacing) * spacing
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocations_are_the_ones_redis_reports() {
        // Figures from redis-server 7.0.15's CLIENT LIST (qbuf + qbuf-free).
        assert_eq!(sds_alloc(16 * 1024), 20474);
        assert_eq!(sds_alloc(40_002), 40954);
        assert_eq!(sds_alloc(100_002), 114_678);
        assert_eq!(sds_alloc(1_000_002), 1_048_566);
    }

    #[test]
    fn a_big_argument_grows_the_buffer_and_the_cron_trims_it() {
        let mut q = QueryBuffer::default();
        assert_eq!(q.free(0), 0, "a client that sent nothing has no buffer");
        q.on_read(0, None);
        assert_eq!(q.free(26), 20448);
        q.on_big_arg(1_000_000);
        q.on_read(30, Some(1_000_002 - 30));
        assert_eq!(q.free(0), 1_048_566);
        // The next cron: far bigger than twice the peak it last saw... which was
        // the transfer itself; the one after trims it to nothing.
        assert_eq!(q.cron(0, None, 0), None);
        assert_eq!(q.cron(0, None, 0), Some(0));
        assert_eq!(q.free(0), 0);
    }

    #[test]
    fn an_idle_client_keeps_only_what_it_holds() {
        let mut q = QueryBuffer::default();
        q.on_read(0, None);
        assert_eq!(q.cron(0, None, 2), None, "2 s is not idle yet");
        assert_eq!(q.cron(0, None, 3), Some(0));
        // Half of a 100,000-byte argument, idle: trimmed to the 50,000 bytes held.
        let mut q = QueryBuffer::default();
        q.on_big_arg(100_000);
        q.on_read(0, Some(100_002));
        assert_eq!(q.free(50_000), 64_678);
        assert_eq!(q.cron(50_000, Some(100_000), 3), Some(50_000));
        assert_eq!(q.free(50_000), 0);
    }

    #[test]
    fn a_client_stalled_in_an_argument_keeps_room_for_that_argument() {
        let mut q = QueryBuffer::default();
        q.on_read(0, None);
        q.on_big_arg(100_000);
        // The first cron sees the peak of the transfer, the second trims to the
        // argument's size (redis-server 7.0.15: qbuf=50000 qbuf-free=50000).
        assert_eq!(q.cron(50_000, Some(100_000), 0), None);
        assert_eq!(q.cron(50_000, Some(100_000), 0), Some(100_000));
        assert_eq!(q.free(50_000), 50_000);
    }
}
