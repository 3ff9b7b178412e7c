//! [`KeyedTable`]: the hash table behind big hashes and sets (Redis's `hashtable`
//! encoding). Entries are hashed by their key bytes with the node's keyed SipHash
//! ([`KeyHasher`]), since clients choose field names and set members, and SCAN order
//! would otherwise let them aim for collisions.
//!
//! The table stores whole entries inline (no per-entry box): an entry type decides how
//! it lays out its key and payload (see [`Keyed`]). Besides lookups it offers what the
//! commands need from Redis's dict: a random entry (SPOP, SRANDMEMBER, HRANDFIELD) and a
//! resumable cursor scan (SSCAN, HSCAN).

use hashbrown::HashTable;

use crate::keyspace::KeyHasher;

/// An entry that can be found by a byte-string key.
pub trait Keyed {
    /// The bytes the entry is found by.
    fn key(&self) -> &[u8];
}

/// A set of `T`, unique by [`Keyed::key`], hashed with a seeded [`KeyHasher`].
#[derive(Clone, Debug)]
pub struct KeyedTable<T> {
    table: HashTable<T>,
    hasher: KeyHasher,
}

/// The table shrinks when fewer than 1/`SHRINK_RATIO` of its buckets are used.
const SHRINK_RATIO: usize = 8;
/// Tables at or below this many buckets never shrink.
const MIN_SHRINK_BUCKETS: usize = 64;

impl<T: Keyed> KeyedTable<T> {
    /// An empty table with room for `capacity` entries.
    pub fn with_capacity(hasher: KeyHasher, capacity: usize) -> Self {
        KeyedTable {
            table: HashTable::with_capacity(capacity),
            hasher,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The hash of `key` (for a lookup followed by an insert).
    pub fn hash(&self, key: &[u8]) -> u64 {
        self.hasher.hash(key)
    }

    /// The entry under `key`.
    pub fn get(&self, key: &[u8]) -> Option<&T> {
        self.table.find(self.hasher.hash(key), |e| e.key() == key)
    }

    /// The entry under `key`, mutably. The caller must not change its key.
    pub fn get_mut(&mut self, key: &[u8]) -> Option<&mut T> {
        self.table
            .find_mut(self.hasher.hash(key), |e| e.key() == key)
    }

    /// Whether an entry has `key`.
    pub fn contains(&self, key: &[u8]) -> bool {
        self.get(key).is_some()
    }

    /// Adds `entry`, which the caller knows is absent (its key was just looked up).
    pub fn insert_new(&mut self, entry: T) {
        let hasher = self.hasher;
        let h = hasher.hash(entry.key());
        self.table
            .insert_unique(h, entry, move |e: &T| hasher.hash(e.key()));
    }

    /// The entry under `key`, created by `make` if absent; also whether it was created.
    pub fn get_or_insert_with(&mut self, key: &[u8], make: impl FnOnce() -> T) -> (&mut T, bool) {
        let hasher = self.hasher;
        let h = hasher.hash(key);
        match self
            .table
            .entry(h, |e| e.key() == key, move |e: &T| hasher.hash(e.key()))
        {
            hashbrown::hash_table::Entry::Occupied(o) => (o.into_mut(), false),
            hashbrown::hash_table::Entry::Vacant(v) => (v.insert(make()).into_mut(), true),
        }
    }

    /// Removes and returns the entry under `key`. Shrinks the table once it is mostly
    /// empty, so memory follows deletions (amortised O(1)).
    pub fn remove(&mut self, key: &[u8]) -> Option<T> {
        let h = self.hasher.hash(key);
        let (entry, _) = self.table.find_entry(h, |e| e.key() == key).ok()?.remove();
        let buckets = self.table.num_buckets();
        if buckets > MIN_SHRINK_BUCKETS && self.table.len() * SHRINK_RATIO < buckets {
            let hasher = self.hasher;
            self.table
                .shrink_to(self.table.len() * 2, move |e: &T| hasher.hash(e.key()));
        }
        Some(entry)
    }

    /// Every entry, in table order.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter(self.table.iter())
    }

    /// Consumes the table, yielding every entry.
    pub fn into_entries(self) -> impl Iterator<Item = T> {
        self.table.into_iter()
    }

    /// A random entry: random buckets are probed until one is occupied (the table is
    /// kept at least 1/16 full, so this takes a few tries), then a walk from a random
    /// start bounds the worst case. `random(n)` must give a uniform value in `0..n`.
    pub fn random(&self, mut random: impl FnMut(u64) -> u64) -> Option<&T> {
        if self.table.is_empty() {
            return None;
        }
        let buckets = self.table.num_buckets();
        for _ in 0..128 {
            let i = (random(buckets as u64) as usize).min(buckets - 1);
            if let Some(e) = self.table.get_bucket(i) {
                return Some(e);
            }
        }
        let start = random(buckets as u64) as usize;
        (0..buckets).find_map(|i| self.table.get_bucket((start + i) % buckets))
    }

    /// Visits the entries of bucket `cursor` and returns the next cursor, 0 when the
    /// scan is complete. Entries present for the whole scan are visited once while the
    /// table does not resize.
    pub fn scan_step<'a>(&'a self, cursor: u64, mut visit: impl FnMut(&'a T)) -> u64 {
        let buckets = self.table.num_buckets() as u64;
        if cursor >= buckets {
            return 0;
        }
        if let Some(e) = self.table.get_bucket(cursor as usize) {
            visit(e);
        }
        if cursor + 1 >= buckets { 0 } else { cursor + 1 }
    }
}

/// Iterator over a [`KeyedTable`]'s entries, in table order.
#[derive(Clone)]
pub struct Iter<'a, T>(hashbrown::hash_table::Iter<'a, T>);

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}
