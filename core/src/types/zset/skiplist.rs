//! The large encoding of a sorted set (OBJECT ENCODING "skiplist", the name Redis
//! gives it; the structure here is not a skip list). Three parts, as lean as the
//! lookups allow:
//!
//! - a slab of entries (member bytes inline up to 16 bytes, and the score), indexed
//!   by a `u32` id, with a free list;
//! - a hash index from member to id: a [`SegTable`] of `u32` hashed with the node's
//!   SipHash key (members come from clients), so ZSCORE and membership are O(1), growth
//!   never rehashes the whole set at once, and ZSCAN keeps Redis's guarantee (a member
//!   present for the whole scan is returned) across growth and shrinking;
//! - an order-statistic B+tree of `(score, id)` ([`RankTree`]) ordered by score, then
//!   member bytes, so rank, select and range walks are O(log n).
//!
//! Scores are stored as given, -0 included (Redis's skiplist keeps the sign, and
//! replies print it), and compared as IEEE numbers, where -0 equals 0.

use std::cmp::Ordering;

use smallvec::SmallVec;

use super::cmp_entry;
use super::tree::RankTree;
use crate::keyspace::{KeyHasher, SegTable};

/// Member bytes kept inline before spilling to the heap.
type Member = SmallVec<[u8; 16]>;

#[derive(Clone, Debug)]
struct Slot {
    member: Member,
    score: f64,
}

/// A large sorted set.
#[derive(Clone, Debug)]
pub struct Skiplist {
    slots: Vec<Slot>,
    free: Vec<u32>,
    index: SegTable<u32>,
    hasher: KeyHasher,
    tree: RankTree,
}

impl Skiplist {
    /// An empty set hashing members with `hasher`.
    pub fn new(hasher: KeyHasher) -> Self {
        Skiplist {
            slots: Vec::new(),
            free: Vec::new(),
            index: SegTable::new(),
            hasher,
            tree: RankTree::default(),
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Approximate bytes allocated (slab, free list, index, tree, spilled members).
    pub fn allocated_bytes(&self) -> usize {
        let spilled: usize = self
            .slots
            .iter()
            .filter(|s| s.member.spilled())
            .map(|s| s.member.capacity())
            .sum();
        self.slots.capacity() * std::mem::size_of::<Slot>()
            + self.free.capacity() * 4
            + self.index.allocation_size()
            + self.tree.allocated_bytes()
            + spilled
    }

    fn find_id(&self, member: &[u8]) -> Option<u32> {
        let h = self.hasher.hash(member);
        let slots = &self.slots;
        self.index
            .find(h, |&id| {
                slots
                    .get(id as usize)
                    .is_some_and(|s| &s.member[..] == member)
            })
            .copied()
    }

    fn slot(&self, id: u32) -> (&[u8], f64) {
        match self.slots.get(id as usize) {
            Some(s) => (&s.member, s.score),
            None => (&[], 0.0),
        }
    }

    /// The score of `member`.
    pub fn score(&self, member: &[u8]) -> Option<f64> {
        self.find_id(member).map(|id| self.slot(id).1)
    }

    /// The rank `(score, member)` has, or would have, in the order.
    fn rank_of(&self, score: f64, member: &[u8]) -> usize {
        let slots = &self.slots;
        self.tree.partition_point(|(s, id)| {
            let m = slots.get(id as usize).map_or(&[][..], |s| &s.member[..]);
            cmp_entry(s, m, score, member) == Ordering::Less
        })
    }

    /// The 0-based rank of `member`.
    pub fn rank(&self, member: &[u8]) -> Option<usize> {
        let id = self.find_id(member)?;
        let (_, score) = self.slot(id);
        Some(self.rank_of(score, member))
    }

    /// Member and score of rank `rank`.
    pub fn get(&self, rank: usize) -> Option<(&[u8], f64)> {
        let (_, id) = self.tree.get(rank)?;
        Some(self.slot(id))
    }

    /// Adds `member` (which must be absent).
    pub fn insert(&mut self, member: &[u8], score: f64) {
        let slot = Slot {
            member: Member::from_slice(member),
            score,
        };
        let id = match self.free.pop() {
            Some(id) => {
                if let Some(s) = self.slots.get_mut(id as usize) {
                    *s = slot;
                }
                id
            }
            None => {
                self.slots.push(slot);
                (self.slots.len() - 1) as u32
            }
        };
        let rank = self.rank_of(score, member);
        self.tree.insert_at(rank, (score, id));
        let hasher = self.hasher;
        let slots = &self.slots;
        self.index.insert_unique(hasher.hash(member), id, |&i| {
            slots.get(i as usize).map_or(0, |s| hasher.hash(&s.member))
        });
    }

    /// Changes the score of `member` (which must be present).
    pub fn set_score(&mut self, member: &[u8], score: f64) {
        let Some(id) = self.find_id(member) else {
            return;
        };
        let old = self.slot(id).1;
        let rank = self.rank_of(old, member);
        self.tree.remove_at(rank);
        if let Some(s) = self.slots.get_mut(id as usize) {
            s.score = score;
        }
        let rank = self.rank_of(score, member);
        self.tree.insert_at(rank, (score, id));
    }

    /// Frees slot `id` and drops it from the index.
    fn release(&mut self, id: u32) {
        let Some(slot) = self.slots.get(id as usize) else {
            return;
        };
        let hasher = self.hasher;
        let h = hasher.hash(&slot.member);
        let slots = &self.slots;
        self.index.remove(
            h,
            |&i| i == id,
            |&i| slots.get(i as usize).map_or(0, |s| hasher.hash(&s.member)),
        );
        if let Some(slot) = self.slots.get_mut(id as usize) {
            slot.member = Member::new();
        }
        self.free.push(id);
        if self.index.is_empty() {
            self.slots = Vec::new();
            self.free = Vec::new();
        }
    }

    /// Removes `member`; returns whether it was present.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        let Some(id) = self.find_id(member) else {
            return false;
        };
        let (_, score) = self.slot(id);
        let rank = self.rank_of(score, member);
        self.tree.remove_at(rank);
        self.release(id);
        true
    }

    /// Removes the members of ranks `lo..hi`.
    pub fn remove_ranks(&mut self, lo: usize, hi: usize) {
        let hi = hi.min(self.len());
        for _ in lo..hi {
            match self.tree.remove_at(lo) {
                Some((_, id)) => self.release(id),
                None => break,
            }
        }
    }

    /// Calls `f` on ranks `lo..hi`, ascending or (if `rev`) descending.
    pub fn visit(&self, lo: usize, hi: usize, rev: bool, mut f: impl FnMut(&[u8], f64)) {
        self.tree.visit(lo, hi, rev, |(_, id)| {
            let (m, s) = self.slot(id);
            f(m, s)
        });
    }

    /// The number of leading members (in order) for which `pred` holds; `pred` must
    /// hold for a prefix.
    pub fn partition_point(&self, mut pred: impl FnMut(&[u8], f64) -> bool) -> usize {
        self.tree
            .partition_point(|(s, id)| pred(self.slot(id).0, s))
    }

    /// One ZSCAN step: visits whole index segments from `cursor` (in reverse-binary
    /// order) until at least `count` members were seen; returns the next cursor (0
    /// when done).
    pub fn scan<'a>(
        &'a self,
        mut cursor: u64,
        count: usize,
        mut f: impl FnMut(&'a [u8], f64),
    ) -> u64 {
        let mut ids = Vec::new();
        loop {
            cursor = self.index.scan_step(cursor, |&id| ids.push(id));
            if cursor == 0 || ids.len() >= count.max(1) {
                break;
            }
        }
        for id in ids {
            let (m, s) = self.slot(id);
            f(m, s);
        }
        cursor
    }
}
