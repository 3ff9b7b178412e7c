//! The simulator's randomness: the core's own xoshiro256** ([`Rng`], seeded through
//! SplitMix64, documented portable), with the few helpers a scheduler wants. Every
//! stream is derived from the run's seed and a fixed label, so adding a stream never
//! shifts another.

use cinnabar_core::util::rng::Rng;

/// A seeded generator.
#[derive(Clone, Debug)]
pub struct SimRng(Rng);

impl SimRng {
    /// The stream `label` of the run `seed`.
    pub fn new(seed: u64, label: u64) -> Self {
        // Mix the label in through the seeding SplitMix64 of another generator, so that
        // neighbouring seeds and labels give unrelated streams.
        let mut mix = Rng::new(seed ^ label.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        SimRng(Rng::new(mix.next_u64() ^ label))
    }

    /// 64 random bits.
    pub fn u64(&mut self) -> u64 {
        self.0.next_u64()
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.0.below(n)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        debug_assert!(lo <= hi);
        let span = (hi - lo) as u64 + 1;
        lo + self.below(span) as i64
    }

    /// True with probability `num / den`.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) < num
    }

    /// A uniformly chosen element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// An index chosen with the given weights (not all zero).
    pub fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut r = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if r < w {
                return i;
            }
            r -= w;
        }
        weights.len() - 1
    }

    /// A byte count for a partial transfer: mostly a few bytes, sometimes a large
    /// piece, sometimes everything (`u32::MAX`, clamped by whoever applies it).
    pub fn piece(&mut self) -> u32 {
        match self.below(10) {
            0..=4 => 1 + self.below(8) as u32,
            5..=7 => 1 + self.below(256) as u32,
            _ => u32::MAX,
        }
    }
}
