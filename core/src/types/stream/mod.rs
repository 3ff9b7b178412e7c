//! The stream value type: entries ordered by id, packed in nodes whose boundaries
//! follow Redis's radix tree of listpacks (see [`node`]), plus the stream's
//! bookkeeping (last id, first id, largest deleted id, entries ever added) and its
//! consumer groups.

mod group;
mod node;

use std::collections::BTreeMap;
use std::collections::btree_map;
use std::fmt;

pub use group::{Consumer, ConsumerGroup, ENTRIES_READ_UNKNOWN, Nack};
pub use node::{EntryRef, Node, Pairs};

/// A stream entry id: milliseconds and a sequence number, ordered as a pair.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StreamId {
    /// Milliseconds part.
    pub ms: u64,
    /// Sequence part.
    pub seq: u64,
}

impl StreamId {
    /// `0-0`, the smallest id.
    pub const MIN: StreamId = StreamId { ms: 0, seq: 0 };
    /// The largest id.
    pub const MAX: StreamId = StreamId {
        ms: u64::MAX,
        seq: u64::MAX,
    };

    /// The id `ms-seq`.
    pub const fn new(ms: u64, seq: u64) -> Self {
        StreamId { ms, seq }
    }

    /// Whether this is `0-0`.
    pub fn is_zero(self) -> bool {
        self == StreamId::MIN
    }

    /// The next id, as Redis's `streamIncrID`: `None` past the largest id (where Redis
    /// wraps to `0-0` and reports an error).
    pub fn next(self) -> Option<StreamId> {
        if self.seq == u64::MAX {
            if self.ms == u64::MAX {
                None
            } else {
                Some(StreamId::new(self.ms + 1, 0))
            }
        } else {
            Some(StreamId::new(self.ms, self.seq + 1))
        }
    }

    /// The previous id (`streamDecrID`): `None` before `0-0`.
    pub fn prev(self) -> Option<StreamId> {
        if self.seq == 0 {
            if self.ms == 0 {
                None
            } else {
                Some(StreamId::new(self.ms - 1, u64::MAX))
            }
        } else {
            Some(StreamId::new(self.ms, self.seq - 1))
        }
    }

    /// Appends `ms-seq` to `out`.
    pub fn write(self, out: &mut Vec<u8>) {
        let mut b = itoa::Buffer::new();
        out.extend_from_slice(b.format(self.ms).as_bytes());
        out.push(b'-');
        out.extend_from_slice(b.format(self.seq).as_bytes());
    }

    /// `ms-seq` as bytes.
    pub fn to_bytes(self) -> Vec<u8> {
        let mut v = Vec::with_capacity(24);
        self.write(&mut v);
        v
    }

    /// The 16-byte big-endian key Redis files this id under in its radix tree.
    fn rax_key(self) -> u128 {
        (u128::from(self.ms) << 64) | u128::from(self.seq)
    }
}

impl fmt::Display for StreamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.ms, self.seq)
    }
}

/// How to trim a stream (XADD and XTRIM options).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TrimStrategy {
    /// No trimming.
    None,
    /// Keep at most this many entries.
    MaxLen(u64),
    /// Drop entries with smaller ids.
    MinId(StreamId),
}

/// A trimming request.
#[derive(Copy, Clone, Debug)]
pub struct Trim {
    /// What to keep.
    pub strategy: TrimStrategy,
    /// `~`: only drop whole nodes.
    pub approx: bool,
    /// At most this many entries removed (0: no limit); applies to whole nodes.
    pub limit: u64,
}

/// Node size limits (`stream-node-max-bytes`, `stream-node-max-entries`).
#[derive(Copy, Clone, Debug)]
pub struct NodeLimits {
    /// Bytes of a node's listpack (0: no limit but Redis's 1 GB).
    pub max_bytes: usize,
    /// Entries in a node, deleted ones included (0: no limit).
    pub max_entries: usize,
}

/// The entries of a stream and its id bookkeeping.
#[derive(Clone, Debug, Default)]
pub struct Entries {
    /// Nodes by the id of their first entry.
    nodes: BTreeMap<StreamId, Node>,
    /// Entries not deleted.
    length: u64,
    /// First live entry (`0-0` when empty): XINFO's `recorded-first-entry-id`.
    first_id: StreamId,
    /// The last id generated or set (XADD, XSETID).
    pub last_id: StreamId,
    /// The largest id ever deleted.
    pub max_deleted_id: StreamId,
    /// Entries ever added (XADD count, or set by XSETID ENTRIESADDED).
    pub entries_added: u64,
}

/// A stream value: one pointer, so that streams do not make every keyspace value
/// bigger. Dereferences to its [`Stream`].
#[derive(Clone, Debug, Default)]
pub struct StreamValue(Box<Stream>);

/// A stream's contents.
#[derive(Clone, Debug, Default)]
pub struct Stream {
    /// The entries and their ids.
    pub entries: Entries,
    /// Consumer groups by name (byte order).
    pub groups: BTreeMap<Vec<u8>, ConsumerGroup>,
}

impl StreamValue {
    /// An empty stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// What OBJECT ENCODING reports.
    pub fn encoding(&self) -> &'static str {
        "stream"
    }
}

impl std::ops::Deref for StreamValue {
    type Target = Stream;

    fn deref(&self) -> &Stream {
        &self.0
    }
}

impl std::ops::DerefMut for StreamValue {
    fn deref_mut(&mut self) -> &mut Stream {
        &mut self.0
    }
}

impl Entries {
    /// Number of live entries (XLEN).
    pub fn len(&self) -> u64 {
        self.length
    }

    /// Whether there are no live entries.
    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    /// The first live entry's id, or `0-0`.
    pub fn first_id(&self) -> StreamId {
        self.first_id
    }

    /// The nodes in id order, each with its master id (the key Redis files it under).
    pub fn nodes(&self) -> impl DoubleEndedIterator<Item = (StreamId, &Node)> + '_ {
        self.nodes.iter().map(|(k, n)| (*k, n))
    }

    /// Appends `node` (read from an RDB file) under `master`, which must exceed every id
    /// already stored; its live entries count toward [`len`](Self::len).
    pub fn push_node(&mut self, master: StreamId, node: Node) {
        self.length += node.live();
        self.nodes.insert(master, node);
    }

    /// Sets the length and the first id as an RDB file records them: Redis trusts
    /// both, and XLEN / XINFO show them as they are.
    pub fn set_recorded(&mut self, length: u64, first_id: StreamId) {
        self.length = length;
        self.first_id = first_id;
    }

    /// Number of nodes (XINFO's `radix-tree-keys`).
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The id XADD `*` generates at `now_ms`: the time, or the last id plus one when
    /// the clock has not moved past it. `None` once the largest id was used.
    pub fn next_auto_id(&self, now_ms: u64) -> Option<StreamId> {
        if now_ms > self.last_id.ms {
            Some(StreamId::new(now_ms, 0))
        } else {
            self.last_id.next()
        }
    }

    /// Appends entry `id` (which must be greater than `last_id`) with `fv` (field,
    /// value, ...), opening a new node where Redis would.
    pub fn append(&mut self, id: StreamId, fv: &[&[u8]], limits: NodeLimits) {
        let mut tail = self.nodes.iter_mut().next_back();
        match &mut tail {
            Some((master, node)) if node.accepts(fv, limits.max_bytes, limits.max_entries) => {
                node.push(**master, id, fv);
            }
            _ => {
                if let Some((_, node)) = tail {
                    node.shrink();
                }
                self.nodes.insert(id, Node::new(id, fv));
            }
        }
        self.length += 1;
        self.entries_added = self.entries_added.wrapping_add(1);
        self.last_id = id;
        if self.length == 1 {
            self.first_id = id;
        }
    }

    /// The live entry `id`.
    pub fn get(&self, id: StreamId) -> Option<EntryRef<'_>> {
        self.range(id, id).next()
    }

    /// Whether a live entry `id` exists.
    pub fn contains(&self, id: StreamId) -> bool {
        self.get(id).is_some()
    }

    /// Deletes the live entry `id` (XDEL); returns whether it existed.
    pub fn delete(&mut self, id: StreamId) -> bool {
        let Some((&master, node)) = self.nodes.range_mut(..=id).next_back() else {
            return false;
        };
        let mut off = node.start();
        let end = node.end();
        let mut found = None;
        while off < end {
            let (e, next) = node.entry_at(master, off);
            if e.id >= id {
                if e.id == id && !e.is_deleted() {
                    found = Some(off);
                }
                break;
            }
            off = next;
        }
        let Some(off) = found else {
            return false;
        };
        if node.live() == 1 {
            self.nodes.remove(&master);
        } else {
            node.mark_deleted(off);
        }
        self.length -= 1;
        if id > self.max_deleted_id {
            self.max_deleted_id = id;
        }
        if self.length == 0 {
            self.first_id = StreamId::MIN;
        } else if id == self.first_id {
            self.first_id = self
                .range(StreamId::MIN, StreamId::MAX)
                .next()
                .map_or(StreamId::MAX, |e| e.id);
        }
        true
    }

    /// Trims as Redis's `streamTrim`: whole nodes from the head while allowed, then,
    /// unless approximate, single entries of the next node. Returns entries removed.
    pub fn trim(&mut self, trim: Trim) -> u64 {
        if trim.strategy == TrimStrategy::None {
            return 0;
        }
        let mut deleted: u64 = 0;
        loop {
            if let TrimStrategy::MaxLen(maxlen) = trim.strategy
                && self.length <= maxlen
            {
                break;
            }
            let Some(mut head) = self.nodes.first_entry() else {
                break;
            };
            let entries = head.get().live();
            if trim.limit != 0 && deleted + entries > trim.limit {
                break;
            }
            let remove_node = match trim.strategy {
                TrimStrategy::MaxLen(maxlen) => self.length - entries >= maxlen,
                TrimStrategy::MinId(minid) => head.get().last_id() < minid,
                TrimStrategy::None => false,
            };
            if remove_node {
                head.remove();
                self.length -= entries;
                deleted += entries;
                continue;
            }
            if trim.approx {
                break;
            }
            // Flag entries of this node deleted, one by one.
            let master = *head.key();
            let node = head.get_mut();
            let mut off = node.start();
            let end = node.end();
            while off < end {
                let (e, next) = node.entry_at(master, off);
                let stop = match trim.strategy {
                    TrimStrategy::MaxLen(maxlen) => self.length <= maxlen,
                    TrimStrategy::MinId(minid) => e.id >= minid,
                    TrimStrategy::None => true,
                };
                if stop {
                    break;
                }
                if !e.is_deleted() {
                    node.mark_deleted(off);
                    self.length -= 1;
                    deleted += 1;
                }
                off = next;
            }
            break;
        }
        self.first_id = self
            .range(StreamId::MIN, StreamId::MAX)
            .next()
            .map_or(StreamId::MIN, |e| e.id);
        deleted
    }

    /// The id of the last live entry (`streamLastValidID`).
    pub fn last_entry_id(&self) -> Option<StreamId> {
        self.range_rev(StreamId::MIN, StreamId::MAX)
            .next()
            .map(|e| e.id)
    }

    /// Live entries with `start <= id <= end`, in id order.
    pub fn range(&self, start: StreamId, end: StreamId) -> Range<'_> {
        if start > end {
            return Range {
                nodes: None,
                cur: None,
                start,
                end,
            };
        }
        let from = self
            .nodes
            .range(..=start)
            .next_back()
            .map_or(start, |(k, _)| *k);
        Range {
            nodes: Some(self.nodes.range(from..=end)),
            cur: None,
            start,
            end,
        }
    }

    /// Live entries with `start <= id <= end`, last first.
    pub fn range_rev(&self, start: StreamId, end: StreamId) -> RangeRev<'_> {
        RangeRev {
            nodes: if start > end {
                None
            } else {
                Some(self.nodes.range(..=end).rev())
            },
            cur: None,
            start,
            end,
        }
    }

    /// Whether ids from `start` to `end` (inclusive; `None`: unbounded) may contain a
    /// deleted entry (Redis's `streamRangeHasTombstones`).
    pub fn range_has_tombstones(&self, start: Option<StreamId>, end: Option<StreamId>) -> bool {
        if self.length == 0 || self.max_deleted_id.is_zero() {
            return false;
        }
        if self.first_id > self.max_deleted_id {
            return false;
        }
        let start = start.unwrap_or(StreamId::MIN);
        let end = end.unwrap_or(StreamId::MAX);
        start <= self.max_deleted_id && self.max_deleted_id <= end
    }

    /// How many entries were added up to `id`, when that can be known (Redis's
    /// `streamEstimateDistanceFromFirstEverEntry`); `None` otherwise.
    pub fn estimate_distance(&self, id: StreamId) -> Option<u64> {
        if self.entries_added == 0 {
            return Some(0);
        }
        if self.length == 0 && id <= self.last_id {
            return Some(self.entries_added);
        }
        if id == self.last_id {
            return Some(self.entries_added);
        }
        if id > self.last_id {
            return None;
        }
        if self.max_deleted_id.is_zero() || self.max_deleted_id < self.first_id {
            if id < self.first_id {
                return Some(self.entries_added.wrapping_sub(self.length));
            }
            if id == self.first_id {
                return Some(self.entries_added.wrapping_sub(self.length).wrapping_add(1));
            }
        }
        None
    }

    /// Number of radix-tree nodes Redis would use for this stream's node keys (XINFO's
    /// `radix-tree-nodes`): the nodes of the compressed trie of the 16-byte keys.
    pub fn rax_nodes(&self) -> u64 {
        // With keys of equal length, the trie's nodes are the root, every key, every
        // branching prefix and every child of a branching prefix.
        let keys: Vec<u128> = self.nodes.keys().map(|k| k.rax_key()).collect();
        let mut prefixes: Vec<(u8, u128)> = Vec::with_capacity(keys.len() * 4 + 1);
        prefixes.push((0, 0));
        for &k in &keys {
            prefixes.push((16, k));
        }
        for pair in keys.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let lcp = ((a ^ b).leading_zeros() / 8) as u8;
            prefixes.push((lcp, prefix(a, lcp)));
            prefixes.push((lcp + 1, prefix(a, lcp + 1)));
            prefixes.push((lcp + 1, prefix(b, lcp + 1)));
        }
        prefixes.sort_unstable();
        prefixes.dedup();
        prefixes.len() as u64
    }
}

/// The first `len` bytes of a 16-byte key.
fn prefix(key: u128, len: u8) -> u128 {
    match len {
        0 => 0,
        16.. => key,
        n => key >> (8 * (16 - u32::from(n))),
    }
}

/// Forward iterator of [`Entries::range`].
pub struct Range<'a> {
    nodes: Option<btree_map::Range<'a, StreamId, Node>>,
    cur: Option<(StreamId, &'a Node, usize)>,
    start: StreamId,
    end: StreamId,
}

impl<'a> Iterator for Range<'a> {
    type Item = EntryRef<'a>;

    fn next(&mut self) -> Option<EntryRef<'a>> {
        loop {
            let (master, node, off) = match &mut self.cur {
                Some(c) => c,
                None => {
                    let (&master, node) = self.nodes.as_mut()?.next()?;
                    if node.last_id() < self.start {
                        continue;
                    }
                    self.cur.insert((master, node, node.start()))
                }
            };
            if *off >= node.end() {
                self.cur = None;
                continue;
            }
            let (e, next) = node.entry_at(*master, *off);
            *off = next;
            if e.is_deleted() || e.id < self.start {
                continue;
            }
            if e.id > self.end {
                self.nodes = None;
                self.cur = None;
                return None;
            }
            return Some(e);
        }
    }
}

/// Reverse iterator of [`Entries::range_rev`].
pub struct RangeRev<'a> {
    nodes: Option<std::iter::Rev<btree_map::Range<'a, StreamId, Node>>>,
    cur: Option<(StreamId, &'a Node, usize)>,
    start: StreamId,
    end: StreamId,
}

impl<'a> Iterator for RangeRev<'a> {
    type Item = EntryRef<'a>;

    fn next(&mut self) -> Option<EntryRef<'a>> {
        loop {
            let (master, node, end) = match &mut self.cur {
                Some(c) => c,
                None => {
                    let (&master, node) = self.nodes.as_mut()?.next()?;
                    if node.last_id() < self.start {
                        self.nodes = None;
                        return None;
                    }
                    self.cur.insert((master, node, node.end()))
                }
            };
            if *end <= node.start() {
                self.cur = None;
                continue;
            }
            let off = node.entry_before(*end);
            *end = off;
            if node.is_deleted(off) {
                continue;
            }
            let (e, _) = node.entry_at(*master, off);
            if e.id > self.end {
                continue;
            }
            if e.id < self.start {
                self.nodes = None;
                self.cur = None;
                return None;
            }
            return Some(e);
        }
    }
}
