//! Redis's `redisLrand48` (its copy of the BSD rand48 generator), which backs
//! `math.random` in scripts. Redis never seeds it at start, so every fresh server
//! gives scripts the same sequence; `math.randomseed` reseeds it. Deterministic by
//! construction: no clock or OS randomness.

/// The 48-bit linear congruential state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rand48 {
    x: u64,
}

const A: u64 = 0x5_DEEC_E66D;
const C: u64 = 0xB;
const MASK: u64 = (1 << 48) - 1;
/// Redis's `REDIS_LRAND48_MAX` (`INT32_MAX`).
const LRAND48_MAX: u64 = i32::MAX as u64;

impl Default for Rand48 {
    fn default() -> Self {
        // rand48's initial state before any seeding: X = 0x1234ABCD330E.
        Rand48 {
            x: 0x1234_ABCD_330E,
        }
    }
}

impl Rand48 {
    /// `redisSrand48(seed)`: the seed's 32 bits above the fixed low word 0x330E.
    pub fn seed(&mut self, seed: i32) {
        self.x = (u64::from(seed as u32) << 16) | 0x330E;
    }

    /// `redisLrand48()`: the next 31-bit value.
    pub fn next_u31(&mut self) -> u64 {
        self.x = (A.wrapping_mul(self.x).wrapping_add(C)) & MASK;
        self.x >> 17
    }

    /// The number in [0, 1) that Redis's `math.random` derives from the next value.
    pub fn next_unit(&mut self) -> f64 {
        (self.next_u31() % LRAND48_MAX) as f64 / LRAND48_MAX as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence_matches_redis_math_random() {
        // redis-server 7.0.15, fresh: EVAL "return math.random(100)" three times.
        let mut r = Rand48::default();
        let picks: Vec<u64> = (0..3).map(|_| (r.next_unit() * 100.0) as u64 + 1).collect();
        assert_eq!(picks, [40, 85, 36]);
        // EVAL "math.randomseed(7) return {math.random(100), math.random(100)}"
        r.seed(7);
        let picks: Vec<u64> = (0..2).map(|_| (r.next_unit() * 100.0) as u64 + 1).collect();
        assert_eq!(picks, [27, 69]);
    }
}
