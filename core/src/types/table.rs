//! [`KeyedTable`]: the hash table behind big hashes and sets (Redis's `hashtable`
//! encoding). Entries are hashed by their key bytes with the node's keyed SipHash
//! ([`KeyHasher`]), since clients choose field names and set members, and SCAN order
//! would otherwise let them aim for collisions.
//!
//! Storage is the keyspace's [`SegTable`]: it grows one small segment at a time (no
//! insert ever rehashes the whole table), shrinks as entries go, samples a random
//! entry cheaply (SPOP, SRANDMEMBER, HRANDFIELD) and keeps Redis's SCAN guarantee
//! across resizes (SSCAN, HSCAN). Entries are stored inline in the segments, with no
//! per-entry box: an entry type decides how it lays out its key and payload
//! ([`Keyed`]).

use crate::keyspace::{KeyHasher, SegTable};

/// An entry that can be found by a byte-string key.
pub trait Keyed {
    /// The bytes the entry is found by.
    fn key(&self) -> &[u8];
}

/// A set of `T`, unique by [`Keyed::key`], hashed with a seeded [`KeyHasher`].
#[derive(Clone, Debug)]
pub struct KeyedTable<T> {
    table: SegTable<T>,
    hasher: KeyHasher,
}

impl<T: Keyed> KeyedTable<T> {
    /// An empty table.
    pub fn new(hasher: KeyHasher) -> Self {
        KeyedTable {
            table: SegTable::new(),
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

    /// Bytes allocated by the table itself (entries' own heap buffers excluded).
    pub fn allocation_size(&self) -> usize {
        self.table.allocation_size()
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

    /// Adds `entry`, which the caller knows is absent.
    pub fn insert_new(&mut self, entry: T) {
        let hasher = self.hasher;
        let h = hasher.hash(entry.key());
        self.table
            .insert_unique(h, entry, move |e: &T| hasher.hash(e.key()));
    }

    /// Calls `update` on the entry under `key` if there is one, else inserts `make()`
    /// (which must have that key). Returns whether it inserted. Hashes `key` once.
    pub fn upsert(
        &mut self,
        key: &[u8],
        make: impl FnOnce() -> T,
        update: impl FnOnce(&mut T),
    ) -> bool {
        let hasher = self.hasher;
        let h = hasher.hash(key);
        if let Some(e) = self.table.find_mut(h, |e| e.key() == key) {
            update(e);
            return false;
        }
        self.table
            .insert_unique(h, make(), move |e: &T| hasher.hash(e.key()));
        true
    }

    /// Removes and returns the entry under `key`.
    pub fn remove(&mut self, key: &[u8]) -> Option<T> {
        let hasher = self.hasher;
        let h = hasher.hash(key);
        self.table
            .remove(h, |e| e.key() == key, move |e: &T| hasher.hash(e.key()))
    }

    /// Every entry, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        self.table.iter()
    }

    /// A random entry. `random(n)` must give a uniform value in `0..n`.
    pub fn random(&self, random: impl FnMut(u64) -> u64) -> Option<&T> {
        self.table.random(random)
    }

    /// Visits a step's worth of entries from `cursor` (start at 0) and returns the next
    /// cursor, 0 when the scan is complete. Every entry present for the whole scan is
    /// visited at least once, even if the table grows or shrinks in between.
    pub fn scan_step<'a>(&'a self, cursor: u64, visit: impl FnMut(&'a T)) -> u64 {
        self.table.scan_step(cursor, visit)
    }
}

/// One of two iterators (a collection's compact encoding or its table).
#[derive(Clone, Debug)]
pub enum Either<A, B> {
    /// The first kind.
    Left(A),
    /// The second kind.
    Right(B),
}

impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Either<A, B> {
    type Item = A::Item;

    fn next(&mut self) -> Option<A::Item> {
        match self {
            Either::Left(a) => a.next(),
            Either::Right(b) => b.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Either::Left(a) => a.size_hint(),
            Either::Right(b) => b.size_hint(),
        }
    }
}
