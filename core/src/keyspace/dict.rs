//! [`Dict`]: a map from byte-string keys to values, for maps commands build as they run
//! (ZUNIONSTORE's accumulator), and [`KeyHasher`], the keyed hash every keyspace table
//! uses.
//!
//! Keys are hashed with SipHash-1-3 under a key drawn from the core's seed: clients
//! choose the keys and SCAN/KEYS reveal table order, so the hash must not be
//! predictable. Storage is a [`SegTable`], so growth never stalls on a full rehash,
//! SCAN keeps Redis's guarantee across resizes, and random sampling is cheap. Each key
//! is stored once, in a `Box<[u8]>` next to its value. (The databases themselves store
//! each key as one block with its value: see [`Db`](super::Db).)

use super::segtable::SegTable;
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// Seeded keyed hash for byte-string keys.
#[derive(Copy, Clone, Debug)]
pub struct KeyHasher {
    k0: u64,
    k1: u64,
}

impl KeyHasher {
    /// A hasher keyed by `(k0, k1)`.
    pub fn new(k0: u64, k1: u64) -> Self {
        KeyHasher { k0, k1 }
    }

    /// The hash of `key`.
    #[inline]
    pub fn hash(&self, key: &[u8]) -> u64 {
        let mut h = SipHasher13::new_with_keys(self.k0, self.k1);
        h.write(key);
        h.finish()
    }
}

/// A map from byte-string keys to `V`.
#[derive(Debug, Clone)]
pub struct Dict<V> {
    table: SegTable<(Box<[u8]>, V)>,
    hasher: KeyHasher,
}

impl<V> Dict<V> {
    /// An empty dict hashing with `hasher` (allocates nothing).
    pub fn new(hasher: KeyHasher) -> Self {
        Dict {
            table: SegTable::new(),
            hasher,
        }
    }

    /// The hasher (to build sibling dicts, or hash once for several `*_hashed` calls).
    pub fn hasher(&self) -> KeyHasher {
        self.hasher
    }

    /// The hash this dict uses for `key`.
    #[inline]
    pub fn hash(&self, key: &[u8]) -> u64 {
        self.hasher.hash(key)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Bytes allocated by the table itself (not counting key bytes or values' heaps).
    pub fn allocation_size(&self) -> usize {
        self.table.allocation_size()
    }

    /// The value under `key`.
    pub fn get(&self, key: &[u8]) -> Option<&V> {
        self.get_hashed(self.hash(key), key)
    }

    /// The value under `key`, whose hash is `hash`.
    #[inline]
    pub fn get_hashed(&self, hash: u64, key: &[u8]) -> Option<&V> {
        self.table.find(hash, |(k, _)| **k == *key).map(|(_, v)| v)
    }

    /// The value under `key`, mutably.
    pub fn get_mut(&mut self, key: &[u8]) -> Option<&mut V> {
        self.get_mut_hashed(self.hash(key), key)
    }

    /// The value under `key`, whose hash is `hash`, mutably.
    #[inline]
    pub fn get_mut_hashed(&mut self, hash: u64, key: &[u8]) -> Option<&mut V> {
        self.table
            .find_mut(hash, |(k, _)| **k == *key)
            .map(|(_, v)| v)
    }

    /// The stored key and value under `key`.
    pub fn get_key_value(&self, key: &[u8]) -> Option<(&[u8], &V)> {
        let h = self.hash(key);
        self.table
            .find(h, |(k, _)| **k == *key)
            .map(|(k, v)| (&**k, v))
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &[u8]) -> bool {
        self.get(key).is_some()
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert(&mut self, key: &[u8], value: V) -> Option<V> {
        self.insert_hashed(self.hash(key), key, value)
    }

    /// [`insert`](Self::insert) with the hash of `key` already computed.
    pub fn insert_hashed(&mut self, hash: u64, key: &[u8], value: V) -> Option<V> {
        if let Some(slot) = self.get_mut_hashed(hash, key) {
            return Some(std::mem::replace(slot, value));
        }
        let hasher = self.hasher;
        self.table
            .insert_unique(hash, (key.into(), value), |(k, _)| hasher.hash(k));
        None
    }

    /// Inserts or replaces, taking ownership of the key (no copy when it is new).
    pub fn insert_boxed(&mut self, key: Box<[u8]>, value: V) -> Option<V> {
        let hash = self.hash(&key);
        if let Some(slot) = self.get_mut_hashed(hash, &key) {
            return Some(std::mem::replace(slot, value));
        }
        let hasher = self.hasher;
        self.table
            .insert_unique(hash, (key, value), |(k, _)| hasher.hash(k));
        None
    }

    /// Removes `key`; returns its value.
    pub fn remove(&mut self, key: &[u8]) -> Option<V> {
        self.remove_entry_hashed(self.hash(key), key)
            .map(|(_, v)| v)
    }

    /// Removes `key` (whose hash is `hash`); returns its value.
    pub fn remove_hashed(&mut self, hash: u64, key: &[u8]) -> Option<V> {
        self.remove_entry_hashed(hash, key).map(|(_, v)| v)
    }

    /// Removes `key`; returns the stored key and its value.
    pub fn remove_entry(&mut self, key: &[u8]) -> Option<(Box<[u8]>, V)> {
        self.remove_entry_hashed(self.hash(key), key)
    }

    /// Removes `key` (whose hash is `hash`); returns the stored key and its value.
    pub fn remove_entry_hashed(&mut self, hash: u64, key: &[u8]) -> Option<(Box<[u8]>, V)> {
        let hasher = self.hasher;
        self.table
            .remove(hash, |(k, _)| **k == *key, |(k, _)| hasher.hash(k))
    }

    /// Removes the first entry whose hash is exactly `hash` and for which `pred` holds.
    pub fn remove_hashed_where(
        &mut self,
        hash: u64,
        mut pred: impl FnMut(&[u8], &V) -> bool,
    ) -> Option<(Box<[u8]>, V)> {
        let hasher = self.hasher;
        self.table.remove(
            hash,
            |(k, v)| pred(k, v) && hasher.hash(k) == hash,
            |(k, _)| hasher.hash(k),
        )
    }

    /// Removes everything and frees the memory.
    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// A random entry (uniform over entries in all but very sparse tables), or `None`
    /// if empty. `random(n)` must return a uniform value in `0..n`.
    pub fn random_entry(&self, random: impl FnMut(u64) -> u64) -> Option<(&[u8], &V)> {
        self.table.random(random).map(|(k, v)| (&**k, v))
    }

    /// Every entry, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.table.iter().map(|(k, v)| (&**k, v))
    }

    /// Every entry, values mutably.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&[u8], &mut V)> {
        self.table.iter_mut().map(|(k, v)| (&**k, v))
    }

    /// Every entry whose key hashes exactly to `hash`.
    pub fn iter_hash(&self, hash: u64) -> impl Iterator<Item = (&[u8], &V)> {
        let hasher = self.hasher;
        self.table
            .iter_hash(hash)
            .filter(move |(k, _)| hasher.hash(k) == hash)
            .map(|(k, v)| (&**k, v))
    }

    /// One SCAN step: visits the entries under `cursor` (a small group) and returns the
    /// next cursor, 0 when done. Every entry present for the whole scan is visited at
    /// least once, however the dict grows or shrinks between steps.
    pub fn scan_step(&self, cursor: u64, mut visit: impl FnMut(&[u8], &V)) -> u64 {
        self.table.scan_step(cursor, |(k, v)| visit(k, v))
    }

    /// Scan steps from `cursor` until at least `count` entries were visited or the scan
    /// is complete; returns the next cursor (0 when done).
    pub fn scan(&self, mut cursor: u64, count: usize, mut visit: impl FnMut(&[u8], &V)) -> u64 {
        let mut seen = 0;
        loop {
            cursor = self.scan_step(cursor, |k, v| {
                seen += 1;
                visit(k, v);
            });
            if cursor == 0 || seen >= count.max(1) {
                return cursor;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quickcheck::{Arbitrary, Gen, QuickCheck, TestResult};
    use std::collections::{BTreeMap, BTreeSet};

    fn hasher() -> KeyHasher {
        KeyHasher::new(0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210)
    }

    fn key(i: u32) -> Vec<u8> {
        format!("key:{i}").into_bytes()
    }

    #[test]
    fn basic_map_operations() {
        let mut d = Dict::new(hasher());
        assert_eq!(d.insert(b"a", 1), None);
        assert_eq!(d.insert(b"a", 2), Some(1));
        assert_eq!(d.insert_boxed(b"b".to_vec().into_boxed_slice(), 3), None);
        assert_eq!(d.get(b"a"), Some(&2));
        assert_eq!(d.get_key_value(b"b"), Some((&b"b"[..], &3)));
        *d.get_mut(b"b").unwrap_or(&mut 0) += 1;
        assert_eq!(d.get(b"b"), Some(&4));
        assert_eq!(d.len(), 2);
        assert_eq!(d.remove(b"a"), Some(2));
        assert_eq!(d.remove(b"a"), None);
        let h = d.hash(b"b");
        assert_eq!(d.iter_hash(h).count(), 1);
        assert_eq!(d.remove_hashed_where(h, |_, &v| v == 5), None);
        assert_eq!(
            d.remove_hashed_where(h, |_, &v| v == 4),
            Some((b"b".to_vec().into_boxed_slice(), 4))
        );
        assert!(d.is_empty());
        d.insert(b"", 7);
        assert_eq!(d.get(b""), Some(&7));
    }

    #[test]
    fn model_against_btreemap() {
        let mut d = Dict::new(hasher());
        let mut m = BTreeMap::new();
        let mut rng = crate::util::rng::Rng::new(11);
        for _ in 0..50_000 {
            let k = key(rng.below(3_000) as u32);
            match rng.below(3) {
                0 | 1 => {
                    let v = rng.next_u64();
                    assert_eq!(d.insert(&k, v), m.insert(k, v));
                }
                _ => assert_eq!(d.remove(&k), m.remove(&k)),
            }
        }
        assert_eq!(d.len(), m.len());
        let got: BTreeMap<Vec<u8>, u64> = d.iter().map(|(k, &v)| (k.to_vec(), v)).collect();
        assert_eq!(got, m);
        d.table.check_invariants(|(k, _)| hasher().hash(k));
    }

    #[test]
    fn random_entry_returns_members_and_none_when_empty() {
        let mut d = Dict::new(hasher());
        let mut rng = crate::util::rng::Rng::new(5);
        assert!(d.random_entry(|n| rng.below(n)).is_none());
        for i in 0..100 {
            d.insert(&key(i), i);
        }
        let mut seen = BTreeSet::new();
        for _ in 0..2_000 {
            let (k, &v) = d.random_entry(|n| rng.below(n)).unwrap_or((b"", &0));
            assert_eq!(k, key(v).as_slice());
            seen.insert(v);
        }
        assert_eq!(seen.len(), 100);
        // Sparse after mass removal: still finds the survivors.
        for i in 0..99 {
            d.remove(&key(i));
        }
        for _ in 0..100 {
            assert_eq!(d.random_entry(|n| rng.below(n)).map(|(_, &v)| v), Some(99));
        }
    }

    #[test]
    fn scan_with_count_batches() {
        let mut d = Dict::new(hasher());
        for i in 0..1_000 {
            d.insert(&key(i), i);
        }
        let mut seen = BTreeSet::new();
        let mut cursor = 0;
        let mut calls = 0;
        loop {
            cursor = d.scan(cursor, 100, |_, &v| {
                seen.insert(v);
            });
            calls += 1;
            if cursor == 0 {
                break;
            }
        }
        assert_eq!(seen.len(), 1_000);
        assert!((8..=12).contains(&calls), "{calls} calls");
    }

    /// One operation between two SCAN steps.
    #[derive(Clone, Debug)]
    enum Op {
        /// Insert this many fresh keys (forces splits).
        Grow(u16),
        /// Remove this many of the transient keys (forces merges).
        Shrink(u16),
        /// Take one scan step.
        Step,
    }

    impl Arbitrary for Op {
        fn arbitrary(g: &mut Gen) -> Self {
            match u8::arbitrary(g) % 5 {
                0 => Op::Grow(u16::arbitrary(g) % 600),
                1 => Op::Shrink(u16::arbitrary(g) % 600),
                _ => Op::Step,
            }
        }
    }

    /// Keys present for the whole scan are all returned, however the dict grows and
    /// shrinks between steps.
    fn scan_guarantee(stable: u16, ops: Vec<Op>) -> TestResult {
        let mut d = Dict::new(hasher());
        let stable = u32::from(stable % 2_000);
        for i in 0..stable {
            d.insert(&key(i), ());
        }
        let mut next_transient = 1_000_000u32;
        let mut transient: Vec<u32> = Vec::new();
        let mut seen = BTreeSet::new();
        let mut cursor = 0u64;
        let mut ops = ops.into_iter();
        loop {
            match ops.next().unwrap_or(Op::Step) {
                Op::Grow(n) => {
                    for _ in 0..n {
                        d.insert(&key(next_transient), ());
                        transient.push(next_transient);
                        next_transient += 1;
                    }
                }
                Op::Shrink(n) => {
                    for _ in 0..n {
                        if let Some(k) = transient.pop() {
                            d.remove(&key(k));
                        }
                    }
                }
                Op::Step => {
                    cursor = d.scan_step(cursor, |k, _| {
                        seen.insert(k.to_vec());
                    });
                    if cursor == 0 {
                        break;
                    }
                }
            }
        }
        d.table.check_invariants(|(k, _)| hasher().hash(k));
        for i in 0..stable {
            if !seen.contains(&key(i)) {
                return TestResult::error(format!("key {i} never returned"));
            }
        }
        TestResult::passed()
    }

    #[test]
    fn quickcheck_scan_guarantee_across_resizes() {
        let env = |name: &str| std::env::var(name).ok().and_then(|s| s.parse().ok());
        let seed: u64 = env("QC_SEED").unwrap_or(0x5ca9);
        let tests: u64 = env("QUICKCHECK_TESTS").unwrap_or(200);
        eprintln!("scan guarantee property: QC_SEED={seed} QUICKCHECK_TESTS={tests}");
        QuickCheck::new()
            .tests(tests)
            .rng(Gen::from_size_and_seed(200, seed))
            .quickcheck(scan_guarantee as fn(u16, Vec<Op>) -> TestResult);
    }
}
