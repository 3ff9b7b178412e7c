//! The hash table behind each database: keys hashed with SipHash-1-3 under a key drawn
//! from the core's seed (clients choose keys, so the hash must not be predictable), with
//! random sampling for RANDOMKEY and active expiry, and cursor scanning for SCAN.

use hashbrown::HashTable;
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
    pub fn hash(&self, key: &[u8]) -> u64 {
        let mut h = SipHasher13::new_with_keys(self.k0, self.k1);
        h.write(key);
        h.finish()
    }
}

/// A map from byte-string keys to `V`.
#[derive(Debug)]
pub struct Dict<V> {
    table: HashTable<(Box<[u8]>, V)>,
    hasher: KeyHasher,
}

impl<V> Dict<V> {
    /// An empty dict hashing with `hasher`.
    pub fn new(hasher: KeyHasher) -> Self {
        Dict {
            table: HashTable::new(),
            hasher,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The value under `key`.
    pub fn get(&self, key: &[u8]) -> Option<&V> {
        let h = self.hasher.hash(key);
        self.table.find(h, |(k, _)| &**k == key).map(|(_, v)| v)
    }

    /// The value under `key`, mutably.
    pub fn get_mut(&mut self, key: &[u8]) -> Option<&mut V> {
        let h = self.hasher.hash(key);
        self.table.find_mut(h, |(k, _)| &**k == key).map(|(_, v)| v)
    }

    /// The stored key and value under `key`.
    pub fn get_key_value(&self, key: &[u8]) -> Option<(&[u8], &V)> {
        let h = self.hasher.hash(key);
        self.table
            .find(h, |(k, _)| &**k == key)
            .map(|(k, v)| (&**k, v))
    }

    /// Inserts or replaces; returns the previous value.
    pub fn insert(&mut self, key: &[u8], value: V) -> Option<V> {
        let h = self.hasher.hash(key);
        let hasher = self.hasher;
        match self
            .table
            .entry(h, |(k, _)| &**k == key, |(k, _)| hasher.hash(k))
        {
            hashbrown::hash_table::Entry::Occupied(mut e) => {
                Some(std::mem::replace(&mut e.get_mut().1, value))
            }
            hashbrown::hash_table::Entry::Vacant(e) => {
                e.insert((key.into(), value));
                None
            }
        }
    }

    /// Removes `key`; returns its value.
    pub fn remove(&mut self, key: &[u8]) -> Option<V> {
        let h = self.hasher.hash(key);
        match self.table.find_entry(h, |(k, _)| &**k == key) {
            Ok(e) => Some(e.remove().0.1),
            Err(_) => None,
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.table = HashTable::new();
    }

    /// A uniformly chosen bucket's entry, or `None` if empty. Tries random buckets
    /// until one is occupied (the table is at least 1/8 full when non-empty).
    pub fn random_entry(&self, mut random: impl FnMut(u64) -> u64) -> Option<(&[u8], &V)> {
        if self.table.is_empty() {
            return None;
        }
        let buckets = self.table.num_buckets() as u64;
        loop {
            let i = random(buckets) as usize;
            if let Some((k, v)) = self.table.get_bucket(i) {
                return Some((k, v));
            }
        }
    }

    /// Iterates over all entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.table.iter().map(|(k, v)| (&**k, v))
    }

    /// Visits the entries of bucket `cursor` onwards until at least `count` entries are
    /// seen; returns the next cursor (0 when done). Guarantee: entries present for the
    /// whole scan and a table that does not resize are each visited once.
    pub fn scan(&self, cursor: u64, count: usize, mut visit: impl FnMut(&[u8], &V)) -> u64 {
        let buckets = self.table.num_buckets() as u64;
        let mut i = cursor;
        let mut seen = 0;
        while i < buckets && seen < count.max(1) {
            if let Some((k, v)) = self.table.get_bucket(i as usize) {
                visit(k, v);
                seen += 1;
            }
            i += 1;
        }
        if i >= buckets { 0 } else { i }
    }
}
