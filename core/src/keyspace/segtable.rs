//! [`SegTable`]: a hash table that grows one small segment at a time (extendible
//! hashing), so no insert ever rehashes the whole table, with Redis's SCAN guarantee
//! and cheap uniform sampling.
//!
//! Layout: a directory of `2^depth` slots indexes segments; each segment is a small
//! `hashbrown::HashTable` (at most [`SEG_CAP`] entries in [`SEG_BUCKETS`] buckets) that
//! holds every entry whose *directory bits* (`hash >> 8`) end in the segment's `suffix`
//! of `seg.depth` bits. A full segment splits in two on its next bit; a segment that
//! becomes nearly empty merges back with its buddy; the directory doubles or halves
//! when needed (a copy of 4-byte slots, about 1/20 of an entry per key).
//!
//! Scanning visits whole segments in reverse-binary order of their suffix, as Redis's
//! `dictScan` visits buckets: a segment covers one contiguous block of that order
//! whatever its depth, so anything present for the whole scan is visited at least once
//! even if segments split or merge between steps (it may be visited twice).
//!
//! hashbrown takes the low bits of the hash for the bucket and the top 7 for its tag;
//! the directory uses bits 8.. so entries of one segment still spread over its buckets.

use super::entry::prefetch_line;
use hashbrown::HashTable;

/// Buckets of a full-size segment.
pub const SEG_BUCKETS: usize = 32;
/// Entries a full-size segment holds before it splits (hashbrown's 7/8 of 32).
pub const SEG_CAP: usize = 28;
/// Two buddy segments merge when together they hold at most this many entries.
const MERGE_AT: usize = SEG_CAP / 2;
/// Deepest split (the directory never exceeds `2^MAX_DEPTH` slots); a segment this
/// deep grows in place instead, which a keyed hash makes practically impossible.
const MAX_DEPTH: u8 = 32;
/// Random probes before sampling falls back to a walk (only for very sparse tables).
const RANDOM_TRIES: usize = 64;
/// Most hashes one [`SegTable::prefetch`] warms (more would evict what it warmed).
pub const PREFETCH_MAX: usize = 16;

/// The bits of a hash that pick a segment.
#[inline]
fn dir_bits(hash: u64) -> u64 {
    hash >> 8
}

/// Where an entry of hash `hash` sits in scan order: [`SegTable::scan_step`] visits
/// segments in reverse-binary order of their directory bits, so the bit-reversed
/// directory bits of a hash order the table's entries as a scan meets them.
///
/// After `scan_step` returns a non-zero cursor `c`, every entry present since the scan
/// started whose position is below [`cursor_position`]`(c)` has been visited, however
/// segments split or merged in between (a merged segment may visit again entries below
/// that mark; nothing above it has been visited yet). Positions of successive cursors
/// only grow. The background snapshot keeps its high-water mark in this order.
#[inline]
pub fn scan_position(hash: u64) -> u64 {
    dir_bits(hash).reverse_bits()
}

/// The scan-order position a cursor returned by [`SegTable::scan_step`] has reached
/// (see [`scan_position`]).
#[inline]
pub fn cursor_position(cursor: u64) -> u64 {
    cursor.reverse_bits()
}

/// One segment: a small hash table plus where it sits in the directory.
#[derive(Debug, Clone)]
struct Segment<T> {
    table: HashTable<T>,
    /// The low `depth` directory bits every entry here shares.
    suffix: u32,
    /// How many directory bits this segment is defined by.
    depth: u8,
}

/// A segmented hash table of `T`. The caller supplies hashes (and a hasher for the
/// moves a split or merge makes), like `hashbrown::HashTable`.
#[derive(Debug, Clone)]
pub struct SegTable<T> {
    /// Segment index per directory slot; empty while `depth` is 0.
    dir: Vec<u32>,
    /// Global depth: the directory has `2^depth` slots.
    depth: u8,
    /// The segments (none until the first insert).
    segs: Vec<Segment<T>>,
    /// Total entries.
    len: usize,
    /// How many segments have `depth == self.depth` (the directory halves at zero).
    at_depth: usize,
}

impl<T> Default for SegTable<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> SegTable<T> {
    /// An empty table (allocates nothing).
    pub const fn new() -> Self {
        SegTable {
            dir: Vec::new(),
            depth: 0,
            segs: Vec::new(),
            len: 0,
            at_depth: 0,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of segments (for tests and memory estimates).
    pub fn segment_count(&self) -> usize {
        self.segs.len()
    }

    /// Bytes allocated for the directory, the segment headers and their tables.
    pub fn allocation_size(&self) -> usize {
        self.dir.capacity() * 4
            + self.segs.capacity() * std::mem::size_of::<Segment<T>>()
            + self
                .segs
                .iter()
                .map(|s| s.table.allocation_size())
                .sum::<usize>()
    }

    /// Index of the segment that holds (or would hold) `hash`. Needs a segment.
    #[inline]
    fn seg_of(&self, hash: u64) -> usize {
        if self.depth == 0 {
            0
        } else {
            let mask = (1usize << self.depth) - 1;
            self.dir[dir_bits(hash) as usize & mask] as usize
        }
    }

    /// The entry with `hash` for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: u64, eq: impl FnMut(&T) -> bool) -> Option<&T> {
        if self.segs.is_empty() {
            return None;
        }
        self.segs[self.seg_of(hash)].table.find(hash, eq)
    }

    /// The entry with `hash` for which `eq` holds, mutably.
    #[inline]
    pub fn find_mut(&mut self, hash: u64, eq: impl FnMut(&T) -> bool) -> Option<&mut T> {
        if self.segs.is_empty() {
            return None;
        }
        let si = self.seg_of(hash);
        self.segs[si].table.find_mut(hash, eq)
    }

    /// Warms the caches for lookups of `hashes` about to come (a pipeline's keys), so
    /// that their memory latencies overlap instead of adding up one lookup after the
    /// other: first every directory slot is read and its segment's header prefetched,
    /// then each segment's control bytes are probed (independent loads the CPU runs
    /// side by side) and `touch` is called on every entry whose tag matches, to
    /// prefetch what the entry points to. Changes nothing; a hint only.
    pub fn prefetch(&self, hashes: &[u64], mut touch: impl FnMut(&T)) {
        if self.segs.is_empty() {
            return;
        }
        let mut segs = [0u32; PREFETCH_MAX];
        for (slot, &h) in segs.iter_mut().zip(hashes) {
            let si = self.seg_of(h);
            *slot = si as u32;
            prefetch_line(std::ptr::from_ref(&self.segs[si]));
        }
        for (&si, &h) in segs.iter().zip(hashes) {
            self.segs[si as usize].table.find(h, |v| {
                touch(v);
                false
            });
        }
    }

    /// Every entry that may have `hash` (a superset: callers compare the full hash).
    pub fn iter_hash(&self, hash: u64) -> impl Iterator<Item = &T> {
        let seg = if self.segs.is_empty() {
            None
        } else {
            Some(&self.segs[self.seg_of(hash)])
        };
        seg.into_iter().flat_map(move |s| s.table.iter_hash(hash))
    }

    /// Inserts `value` under `hash` without checking for an equal entry; returns it.
    pub fn insert_unique(&mut self, hash: u64, value: T, hasher: impl Fn(&T) -> u64) -> &mut T {
        self.insert_unique_with(hash, value, hasher, |_| {})
    }

    /// [`insert_unique`](Self::insert_unique) for entries that live behind a pointer:
    /// `prefetch` starts loading what `hasher` reads of an entry, and a split calls it
    /// on every entry it moves before rehashing any, so that the split waits for
    /// memory about once instead of once per entry.
    pub fn insert_unique_with(
        &mut self,
        hash: u64,
        value: T,
        hasher: impl Fn(&T) -> u64,
        prefetch: impl Fn(&T),
    ) -> &mut T {
        let si = self.room_for(hash, &hasher, &prefetch);
        self.len += 1;
        self.segs[si]
            .table
            .insert_unique(hash, value, &hasher)
            .into_mut()
    }

    /// Removes and returns the entry with `hash` for which `eq` holds.
    pub fn remove(
        &mut self,
        hash: u64,
        eq: impl FnMut(&T) -> bool,
        hasher: impl Fn(&T) -> u64,
    ) -> Option<T> {
        if self.segs.is_empty() {
            return None;
        }
        let si = self.seg_of(hash);
        let (value, _) = self.segs[si].table.find_entry(hash, eq).ok()?.remove();
        self.len -= 1;
        self.after_remove(si, &hasher);
        Some(value)
    }

    /// Removes everything and frees the memory.
    pub fn clear(&mut self) {
        *self = SegTable::new();
    }

    /// Every entry, segment by segment.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.segs.iter().flat_map(|s| s.table.iter())
    }

    /// Every entry, mutably.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.segs.iter_mut().flat_map(|s| s.table.iter_mut())
    }

    /// A random entry, uniform over entries when the segments are full-size: a random
    /// segment, then a random bucket, retried while empty. `random(n)` must return a
    /// uniform value in `0..n`.
    pub fn random(&self, mut random: impl FnMut(u64) -> u64) -> Option<&T> {
        if self.len == 0 {
            return None;
        }
        let nsegs = self.segs.len() as u64;
        for _ in 0..RANDOM_TRIES {
            let seg = &self.segs[(random(nsegs) as usize).min(self.segs.len() - 1)];
            let buckets = seg.table.num_buckets();
            if buckets == 0 {
                continue;
            }
            let b = (random(buckets as u64) as usize).min(buckets - 1);
            if let Some(v) = seg.table.get_bucket(b) {
                return Some(v);
            }
        }
        // Very sparse: walk from a random segment to a non-empty one.
        let start = random(nsegs) as usize;
        let seg = (0..self.segs.len())
            .map(|i| &self.segs[(start + i) % self.segs.len()])
            .find(|s| !s.table.is_empty())?;
        let k = random(seg.table.len() as u64) as usize;
        seg.table.iter().nth(k)
    }

    /// Visits every entry of the segment under `cursor` and returns the cursor of the
    /// next segment in reverse-binary order (0 when the scan is complete). Start with
    /// cursor 0; every entry present for the whole scan is visited at least once.
    pub fn scan_step<'a>(&'a self, cursor: u64, mut visit: impl FnMut(&'a T)) -> u64 {
        if self.segs.is_empty() {
            return 0;
        }
        let si = if self.depth == 0 {
            0
        } else {
            self.dir[cursor as usize & ((1usize << self.depth) - 1)] as usize
        };
        let seg = &self.segs[si];
        for v in seg.table.iter() {
            visit(v);
        }
        // Skip every cursor value this segment covers: set the bits above its depth,
        // then increment the bit-reversed cursor.
        let mask = (1u64 << seg.depth) - 1;
        (cursor | !mask)
            .reverse_bits()
            .wrapping_add(1)
            .reverse_bits()
    }

    /// Sizes an empty, never-used table for about `n` entries at once (loading a
    /// snapshot that states its size): the directory and its segments are made up
    /// front instead of by a split every few inserts, each of which rehashes the
    /// entries it moves. Does nothing to a table that has held entries.
    pub fn reserve_empty(&mut self, n: usize) {
        if !self.segs.is_empty() {
            return;
        }
        // Segments about 3/4 full once `n` entries are in; at most 2^22 segments.
        let want = n.div_ceil(SEG_CAP * 3 / 4);
        if want <= 1 {
            return;
        }
        let depth = (want.next_power_of_two().trailing_zeros() as u8).min(22);
        let count = 1usize << depth;
        self.dir = (0..count as u32).collect();
        self.segs = (0..count)
            .map(|i| Segment {
                table: HashTable::with_capacity(SEG_CAP),
                suffix: i as u32,
                depth,
            })
            .collect();
        self.depth = depth;
        self.at_depth = count;
    }

    /// Makes room for one more entry under `hash` (splitting full segments); returns
    /// the index of the segment it goes to.
    fn room_for(
        &mut self,
        hash: u64,
        hasher: &impl Fn(&T) -> u64,
        prefetch: &impl Fn(&T),
    ) -> usize {
        if self.segs.is_empty() {
            self.segs.push(Segment {
                table: HashTable::new(),
                suffix: 0,
                depth: 0,
            });
            self.at_depth = 1;
        }
        loop {
            let si = self.seg_of(hash);
            let seg = &mut self.segs[si];
            let n = seg.table.len();
            if n < SEG_CAP {
                if seg.table.capacity() == n && seg.table.num_buckets() >= SEG_BUCKETS {
                    // Tombstones used up the free slots: rebuild at the same size
                    // rather than let hashbrown double the segment.
                    let mut fresh = HashTable::with_capacity(SEG_CAP);
                    seg.table.iter().for_each(prefetch);
                    for v in seg.table.drain() {
                        fresh.insert_unique(hasher(&v), v, hasher);
                    }
                    seg.table = fresh;
                }
                return si;
            }
            if seg.depth >= MAX_DEPTH {
                return si;
            }
            self.split(si, hasher, prefetch);
        }
    }

    /// Splits segment `si` on its next directory bit.
    fn split(&mut self, si: usize, hasher: &impl Fn(&T) -> u64, prefetch: &impl Fn(&T)) {
        let d = self.segs[si].depth;
        if d == self.depth {
            if self.depth == 0 {
                self.dir.push(si as u32);
            }
            self.dir.extend_from_within(..);
            self.depth += 1;
            self.at_depth = 0;
        }
        let bit = 1u64 << d;
        let mut lo = HashTable::with_capacity(SEG_CAP);
        let mut hi = HashTable::with_capacity(SEG_CAP);
        let seg = &mut self.segs[si];
        seg.table.iter().for_each(prefetch);
        for v in seg.table.drain() {
            let h = hasher(&v);
            let half = if dir_bits(h) & bit == 0 {
                &mut lo
            } else {
                &mut hi
            };
            half.insert_unique(h, v, hasher);
        }
        seg.table = lo;
        seg.depth = d + 1;
        let hi_suffix = seg.suffix | (1u32 << d);
        let hi_index = self.segs.len();
        self.segs.push(Segment {
            table: hi,
            suffix: hi_suffix,
            depth: d + 1,
        });
        self.point_dir(hi_suffix, d + 1, hi_index);
        if d + 1 == self.depth {
            self.at_depth += 2;
        }
    }

    /// Points every directory slot whose low `depth` bits are `suffix` at `index`.
    fn point_dir(&mut self, suffix: u32, depth: u8, index: usize) {
        if self.depth == 0 {
            return;
        }
        let step = 1usize << depth;
        let mut i = suffix as usize;
        while i < self.dir.len() {
            self.dir[i] = index as u32;
            i += step;
        }
    }

    /// After a removal from segment `si`: merge sparse buddies, halve the directory
    /// when no segment needs its last bit, and shrink a lone sparse segment.
    fn after_remove(&mut self, mut si: usize, hasher: &impl Fn(&T) -> u64) {
        while self.segs[si].depth > 0 && self.segs[si].table.len() <= MERGE_AT {
            let d = self.segs[si].depth;
            let buddy_suffix = self.segs[si].suffix ^ (1u32 << (d - 1));
            let bi = self.dir[buddy_suffix as usize] as usize;
            if self.segs[bi].depth != d
                || self.segs[si].table.len() + self.segs[bi].table.len() > MERGE_AT
            {
                break;
            }
            // Keep the half whose suffix has the bit clear.
            let (keep, gone) = if self.segs[si].suffix & (1u32 << (d - 1)) == 0 {
                (si, bi)
            } else {
                (bi, si)
            };
            let moved = std::mem::take(&mut self.segs[gone].table);
            let keep_seg = &mut self.segs[keep];
            for v in moved {
                keep_seg.table.insert_unique(hasher(&v), v, hasher);
            }
            keep_seg.depth = d - 1;
            let keep_suffix = keep_seg.suffix;
            if d == self.depth {
                self.at_depth -= 2;
            }
            self.point_dir(keep_suffix, d - 1, keep);
            // Drop the emptied segment, moving the last one into its place.
            let last = self.segs.len() - 1;
            self.segs.swap_remove(gone);
            si = keep;
            if gone != last {
                let (suffix, depth) = (self.segs[gone].suffix, self.segs[gone].depth);
                self.point_dir(suffix, depth, gone);
                if keep == last {
                    si = gone;
                }
            }
            while self.depth > 0 && self.at_depth == 0 {
                self.depth -= 1;
                if self.depth == 0 {
                    self.dir = Vec::new();
                } else {
                    self.dir.truncate(1usize << self.depth);
                    self.dir.shrink_to_fit();
                }
                let depth = self.depth;
                self.at_depth = self.segs.iter().filter(|s| s.depth == depth).count();
            }
        }
        if self.depth == 0 {
            let t = &mut self.segs[0].table;
            if t.len() * 4 <= t.capacity() && t.num_buckets() > 4 {
                t.shrink_to(t.len(), hasher);
            }
        }
    }

    /// Checks every structural invariant (tests only).
    #[cfg(test)]
    pub fn check_invariants(&self, hasher: impl Fn(&T) -> u64) {
        assert_eq!(self.len, self.iter().count());
        if self.segs.is_empty() {
            return;
        }
        if self.depth == 0 {
            assert!(self.dir.is_empty());
            assert_eq!(self.segs.len(), 1);
        } else {
            assert_eq!(self.dir.len(), 1 << self.depth);
        }
        let mut at_depth = 0;
        for (i, s) in self.segs.iter().enumerate() {
            assert!(s.depth <= self.depth);
            if s.depth == self.depth {
                at_depth += 1;
            }
            assert!(u64::from(s.suffix) < (1u64 << s.depth));
            let mut j = s.suffix as usize;
            while self.depth > 0 && j < self.dir.len() {
                assert_eq!(self.dir[j] as usize, i, "directory slot {j}");
                j += 1 << s.depth;
            }
            for v in s.table.iter() {
                let h = hasher(v);
                let mask = (1u64 << s.depth) - 1;
                assert_eq!(dir_bits(h) & mask, u64::from(s.suffix));
            }
        }
        assert_eq!(at_depth, self.at_depth);
        if self.depth > 0 {
            assert!(self.at_depth > 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mix(x: u64) -> u64 {
        let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn insert(t: &mut SegTable<u64>, x: u64) {
        t.insert_unique(mix(x), x, |&v| mix(v));
    }

    fn remove(t: &mut SegTable<u64>, x: u64) -> Option<u64> {
        t.remove(mix(x), |&v| v == x, |&v| mix(v))
    }

    #[test]
    fn prefetch_touches_each_present_entry_and_only_candidates() {
        let mut t = SegTable::new();
        for x in 0..10_000u64 {
            insert(&mut t, x);
        }
        // Present keys, absent keys and a repeat, more than one batch holds.
        let wanted: Vec<u64> = (0..PREFETCH_MAX as u64 + 8)
            .map(|i| if i % 3 == 0 { 50_000 + i } else { i * 397 })
            .collect();
        let hashes: Vec<u64> = wanted.iter().map(|&x| mix(x)).collect();
        let mut touched = Vec::new();
        t.prefetch(&hashes, |&v| touched.push(v));
        for &x in wanted.iter().take(PREFETCH_MAX) {
            if x < 10_000 {
                assert!(touched.contains(&x), "{x} not touched");
            }
        }
        // Beyond the batch nothing is touched, absent keys match nothing (a 7-bit tag
        // may match another entry: only entries sharing a segment with the hash).
        for &x in wanted.iter().skip(PREFETCH_MAX) {
            assert!(!touched.contains(&x) || x >= 10_000, "{x} past the batch");
        }
        assert!(touched.len() < 2 * PREFETCH_MAX, "{touched:?}");
        // An empty table touches nothing.
        SegTable::<u64>::new().prefetch(&hashes, |_| panic!("touched"));
    }

    #[test]
    fn splits_prefetch_every_entry_they_move() {
        let mut t = SegTable::new();
        let calls = std::cell::Cell::new(0usize);
        for x in 0..10_000u64 {
            t.insert_unique_with(mix(x), x, |&v| mix(v), |_| calls.set(calls.get() + 1));
        }
        t.check_invariants(|&v| mix(v));
        // Inserts never merge: each segment but the first came from a split of a full
        // segment, which moved all of its entries.
        assert_eq!(calls.get(), (t.segment_count() - 1) * SEG_CAP);
    }

    #[test]
    fn reserved_table_holds_its_size_without_splits_and_still_shrinks() {
        let mut t = SegTable::new();
        t.reserve_empty(5_000);
        t.check_invariants(|&v| mix(v));
        let segs = t.segment_count();
        assert!(segs * SEG_CAP >= 5_000, "{segs} segments");
        for x in 0..5_000u64 {
            insert(&mut t, x);
        }
        t.check_invariants(|&v| mix(v));
        assert_eq!(t.len(), 5_000);
        // Hardly any split was needed.
        assert!(
            t.segment_count() <= segs + segs / 8,
            "{} > {segs}",
            t.segment_count()
        );
        for x in 0..5_000u64 {
            assert_eq!(t.find(mix(x), |&v| v == x), Some(&x));
        }
        // Reserving again once used does nothing.
        t.reserve_empty(1_000_000);
        assert!(t.segment_count() <= segs + segs / 8);
        for x in 0..4_990u64 {
            assert_eq!(remove(&mut t, x), Some(x));
        }
        t.check_invariants(|&v| mix(v));
        assert!(t.segment_count() <= 2, "{} segments", t.segment_count());
    }

    #[test]
    fn grows_and_shrinks_by_segments() {
        let mut t = SegTable::new();
        for x in 0..10_000u64 {
            insert(&mut t, x);
        }
        t.check_invariants(|&v| mix(v));
        assert_eq!(t.len(), 10_000);
        assert!(t.segment_count() > 10_000 / SEG_CAP);
        for x in 0..10_000u64 {
            assert_eq!(t.find(mix(x), |&v| v == x), Some(&x));
        }
        for x in 0..9_990u64 {
            assert_eq!(remove(&mut t, x), Some(x));
        }
        assert_eq!(remove(&mut t, 0), None);
        t.check_invariants(|&v| mix(v));
        assert_eq!(t.len(), 10);
        assert!(t.segment_count() <= 2, "{} segments", t.segment_count());
        for x in 9_990..10_000u64 {
            assert_eq!(remove(&mut t, x), Some(x));
        }
        t.check_invariants(|&v| mix(v));
        assert!(t.is_empty());
    }

    #[test]
    fn scan_without_changes_visits_each_once() {
        let mut t = SegTable::new();
        for x in 0..5_000u64 {
            insert(&mut t, x);
        }
        let mut seen = vec![0u32; 5_000];
        let mut cursor = 0;
        let mut steps = 0;
        loop {
            cursor = t.scan_step(cursor, |&v| seen[v as usize] += 1);
            steps += 1;
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(steps, t.segment_count());
        assert!(seen.iter().all(|&n| n == 1));
    }

    /// The snapshot's high-water mark: with random inserts and removes between steps
    /// (segments splitting and merging, the directory growing and shrinking), cursor
    /// positions only grow, each step visits nothing at or above its new mark, and
    /// every entry present since the start whose position is below the mark has been
    /// visited.
    #[test]
    fn cursor_position_is_a_high_water_mark() {
        use std::collections::HashSet;
        let mut rng = crate::util::rng::Rng::new(77);
        for round in 0..30u64 {
            let mut t = SegTable::new();
            let base = 1 + rng.below(5_000);
            for x in 0..base {
                insert(&mut t, x);
            }
            // Entries present from the start and never removed, by position.
            let mut stable: HashSet<u64> = (0..base).collect();
            let mut stable_list: Vec<u64> = (0..base).collect();
            let mut by_position: Vec<(u64, u64)> =
                (0..base).map(|x| (scan_position(mix(x)), x)).collect();
            by_position.sort_unstable();
            let mut checked = 0;
            let mut next = base;
            let mut seen = HashSet::new();
            let mut cursor = 0;
            let mut mark = 0u64;
            loop {
                let mut step = Vec::new();
                cursor = t.scan_step(cursor, |&v| step.push(v));
                seen.extend(step.iter().copied());
                if cursor == 0 {
                    break;
                }
                let before = mark;
                mark = cursor_position(cursor);
                assert!(mark > before, "round {round}: the mark went back");
                for &x in &step {
                    assert!(
                        scan_position(mix(x)) < mark,
                        "round {round}: {x} past the mark"
                    );
                }
                while checked < by_position.len() && by_position[checked].0 < mark {
                    let x = by_position[checked].1;
                    assert!(
                        !stable.contains(&x) || seen.contains(&x),
                        "round {round}: {x} below the mark unseen"
                    );
                    checked += 1;
                }
                // Churn: grow or shrink a lot between steps.
                let grow = rng.below(2) == 0;
                for _ in 0..rng.below(300) {
                    if grow {
                        insert(&mut t, next);
                        next += 1;
                    } else if !stable_list.is_empty() {
                        let i = rng.below(stable_list.len() as u64) as usize;
                        let x = stable_list.swap_remove(i);
                        remove(&mut t, x);
                        stable.remove(&x);
                    }
                }
            }
            t.check_invariants(|&v| mix(v));
            assert!(stable.iter().all(|x| seen.contains(x)), "round {round}");
        }
    }

    #[test]
    fn random_is_roughly_uniform() {
        let mut t = SegTable::new();
        for x in 0..1_000u64 {
            insert(&mut t, x);
        }
        let mut rng = crate::util::rng::Rng::new(3);
        let mut hits = vec![0u32; 1_000];
        for _ in 0..200_000 {
            let v = *t.random(|n| rng.below(n)).unwrap_or(&0);
            hits[v as usize] += 1;
        }
        // Expected 200 each; a fair sampler stays well inside [100, 320].
        assert!(hits.iter().all(|&h| (100..320).contains(&h)), "{hits:?}");
    }
}
