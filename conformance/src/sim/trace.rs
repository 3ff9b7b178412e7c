//! The trace hash: FNV-1a (64 bits) over every event the world applied and every byte
//! that crossed a boundary of the core (fed to it, written by it, handed to the disk,
//! logged). Two runs of one seed must give the same hash; any divergence in the core's
//! output or in the simulator's decisions changes it.

/// A running FNV-1a hash. Each record is tagged so that `("ab", "c")` and `("a", "bc")`
/// differ.
#[derive(Clone, Debug)]
pub struct TraceHash {
    h: u64,
}

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

impl Default for TraceHash {
    fn default() -> Self {
        TraceHash { h: OFFSET }
    }
}

impl TraceHash {
    fn byte(&mut self, b: u8) {
        self.h ^= u64::from(b);
        self.h = self.h.wrapping_mul(PRIME);
    }

    /// Adds a tagged record: the tag, the length, then the bytes.
    pub fn record(&mut self, tag: u8, bytes: &[u8]) {
        self.byte(tag);
        for b in (bytes.len() as u64).to_le_bytes() {
            self.byte(b);
        }
        for &b in bytes {
            self.byte(b);
        }
    }

    /// Adds a tagged number.
    pub fn number(&mut self, tag: u8, n: u64) {
        self.record(tag, &n.to_le_bytes());
    }

    /// The hash so far.
    pub fn value(&self) -> u64 {
        self.h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_delimited() {
        let mut a = TraceHash::default();
        a.record(1, b"ab");
        a.record(1, b"c");
        let mut b = TraceHash::default();
        b.record(1, b"a");
        b.record(1, b"bc");
        assert_ne!(a.value(), b.value());
    }
}
