//! The list value type: a quicklist, i.e. a deque of nodes, each node one contiguous
//! buffer of packed entries (see [`packed`]).
//!
//! Nodes are capped as `list-max-listpack-size` says: a negative setting caps a node's
//! bytes (-1: 4 KB, -2: 8 KB, ... -5: 64 KB), a positive one its number of entries (and,
//! as in Redis, its bytes at 8 KB). An element bigger than the cap gets a node of its
//! own. Pushing and popping at either end touch only the end node, so they cost O(1)
//! node operations; indexing walks node counts from the nearer end, then entries.
//! Integers are stored in binary, small strings with two bytes of overhead, and a
//! node's buffer grows by doubling up to the cap, so a full node is one exactly-sized
//! allocation. In Redis 7.0 `OBJECT ENCODING` of a list is always `quicklist`.

pub mod packed;

use std::collections::VecDeque;

pub use packed::{Elem, Item};
use packed::{Encoded, decode, prev_start};

/// Which end of a list.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum End {
    /// The head (LEFT, index 0).
    Head,
    /// The tail (RIGHT, index -1).
    Tail,
}

/// Redis's `SIZE_SAFETY_LIMIT`: nodes capped by entry count are also capped at 8 KB.
const SIZE_SAFETY_LIMIT: usize = 8192;

/// Node caps for a `list-max-listpack-size` value.
#[derive(Copy, Clone, Debug)]
struct Limits {
    bytes: usize,
    count: usize,
}

impl Limits {
    fn new(fill: i64) -> Self {
        if fill < 0 {
            const LEVELS: [usize; 5] = [4096, 8192, 16384, 32768, 65536];
            let i = usize::try_from(-(fill + 1)).unwrap_or(usize::MAX).min(4);
            Limits {
                bytes: LEVELS[i],
                count: usize::MAX,
            }
        } else {
            Limits {
                bytes: SIZE_SAFETY_LIMIT,
                // 0 would allow nothing: Redis then gives every element its own node.
                count: usize::try_from(fill).unwrap_or(usize::MAX).max(1),
            }
        }
    }
}

/// One node: packed entries end to end.
#[derive(Clone, Debug, Default)]
struct Node {
    buf: Vec<u8>,
    count: u32,
}

impl Node {
    fn with_entry(enc: &Encoded<'_>) -> Self {
        let mut buf = Vec::with_capacity(enc.len());
        enc.append_to(&mut buf);
        Node { buf, count: 1 }
    }

    /// Whether an entry of `extra` bytes may join this node.
    fn fits(&self, extra: usize, lim: Limits) -> bool {
        self.count == 0
            || (self.buf.len() + extra <= lim.bytes && (self.count as usize) < lim.count)
    }

    /// Whether the node breaks its caps (and holds more than one entry).
    fn oversized(&self, lim: Limits) -> bool {
        self.count > 1 && (self.buf.len() > lim.bytes || self.count as usize > lim.count)
    }

    /// Grows the buffer for `extra` more bytes: doubling, but never past the cap, so a
    /// full node ends up exactly the cap's size.
    fn reserve(&mut self, extra: usize, lim: Limits) {
        let need = self.buf.len() + extra;
        if need > self.buf.capacity() {
            let target = need.max((self.buf.capacity() * 2).min(lim.bytes));
            self.buf.reserve_exact(target - self.buf.len());
        }
    }

    /// Inserts an entry at byte offset `off`.
    fn insert_at(&mut self, off: usize, enc: &Encoded<'_>, lim: Limits) {
        let n = enc.len();
        self.reserve(n, lim);
        let old = self.buf.len();
        self.buf.resize(old + n, 0);
        self.buf.copy_within(off..old, off + n);
        enc.write_to(&mut self.buf[off..off + n]);
        self.count += 1;
    }

    /// Byte offset of entry `i` (`i == count` gives the end).
    fn offset_of(&self, i: usize) -> usize {
        let count = self.count as usize;
        if i <= count / 2 {
            let mut off = 0;
            for _ in 0..i {
                off += decode(&self.buf, off).1;
            }
            off
        } else {
            let mut off = self.buf.len();
            for _ in i..count {
                off = prev_start(&self.buf, off);
            }
            off
        }
    }
}

/// The nodes and the total length.
#[derive(Clone, Debug, Default)]
struct Quicklist {
    nodes: VecDeque<Node>,
    len: usize,
}

/// A list value. Boxed so a `Value` stays small for the string keys that dominate most
/// keyspaces.
#[derive(Clone, Debug, Default)]
pub struct ListValue {
    ql: Box<Quicklist>,
}

impl ListValue {
    /// An empty list (only ever stored once it has an element).
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.ql.len
    }

    /// Whether the list has no elements (such a list is deleted from the keyspace).
    pub fn is_empty(&self) -> bool {
        self.ql.len == 0
    }

    /// What OBJECT ENCODING reports: Redis 7.0 lists are always quicklists.
    pub fn encoding(&self) -> &'static str {
        "quicklist"
    }

    /// Pushes the string `bytes` at `end`.
    pub fn push_bytes(&mut self, end: End, bytes: &[u8], fill: i64) {
        self.push(end, Elem::from_bytes(bytes), fill);
    }

    /// Pushes `elem` at `end`, `fill` being `list-max-listpack-size`.
    pub fn push(&mut self, end: End, elem: Elem<'_>, fill: i64) {
        let lim = Limits::new(fill);
        let enc = Encoded::new(elem);
        let n = enc.len();
        let ql = &mut *self.ql;
        match end {
            End::Head => match ql.nodes.front_mut() {
                Some(node) if node.fits(n, lim) => node.insert_at(0, &enc, lim),
                _ => ql.nodes.push_front(Node::with_entry(&enc)),
            },
            End::Tail => match ql.nodes.back_mut() {
                Some(node) if node.fits(n, lim) => {
                    node.reserve(n, lim);
                    enc.append_to(&mut node.buf);
                    node.count += 1;
                }
                _ => ql.nodes.push_back(Node::with_entry(&enc)),
            },
        }
        ql.len += 1;
    }

    /// Removes and returns the element at `end`.
    pub fn pop(&mut self, end: End) -> Option<Item> {
        let ql = &mut *self.ql;
        let (item, emptied) = match end {
            End::Head => {
                let node = ql.nodes.front_mut()?;
                let (elem, size) = decode(&node.buf, 0);
                let item = elem.to_owned_item();
                node.buf.drain(..size);
                node.count -= 1;
                (item, node.count == 0)
            }
            End::Tail => {
                let node = ql.nodes.back_mut()?;
                let start = prev_start(&node.buf, node.buf.len());
                let item = decode(&node.buf, start).0.to_owned_item();
                node.buf.truncate(start);
                node.count -= 1;
                (item, node.count == 0)
            }
        };
        if emptied {
            match end {
                End::Head => ql.nodes.pop_front(),
                End::Tail => ql.nodes.pop_back(),
            };
        }
        ql.len -= 1;
        Some(item)
    }

    /// The node and byte offset of element `index`; `index == len` gives the end of
    /// the last node.
    fn locate(&self, index: usize) -> (usize, usize) {
        let ql = &*self.ql;
        if ql.nodes.is_empty() {
            return (0, 0);
        }
        if index >= ql.len {
            let last = ql.nodes.len() - 1;
            return (last, ql.nodes[last].buf.len());
        }
        if index < ql.len / 2 {
            let mut rest = index;
            for (i, node) in ql.nodes.iter().enumerate() {
                let c = node.count as usize;
                if rest < c {
                    return (i, node.offset_of(rest));
                }
                rest -= c;
            }
        } else {
            // Count from the tail: element `index` is `from_end` entries before the end.
            let mut from_end = ql.len - index;
            for (i, node) in ql.nodes.iter().enumerate().rev() {
                let c = node.count as usize;
                if from_end <= c {
                    return (i, node.offset_of(c - from_end));
                }
                from_end -= c;
            }
        }
        (0, 0)
    }

    /// The element at `index` (0-based from the head).
    pub fn get(&self, index: usize) -> Option<Elem<'_>> {
        if index >= self.ql.len {
            return None;
        }
        let (i, off) = self.locate(index);
        Some(decode(&self.ql.nodes[i].buf, off).0)
    }

    /// Replaces the element at `index`; false when out of range.
    pub fn set(&mut self, index: usize, bytes: &[u8], fill: i64) -> bool {
        if index >= self.ql.len {
            return false;
        }
        let lim = Limits::new(fill);
        let (i, off) = self.locate(index);
        let enc = Encoded::new(Elem::from_bytes(bytes));
        let node = &mut self.ql.nodes[i];
        let old = decode(&node.buf, off).1;
        let new = enc.len();
        if new != old {
            let len = node.buf.len();
            if new > old {
                node.reserve(new - old, lim);
                node.buf.resize(len + new - old, 0);
                node.buf.copy_within(off + old..len, off + new);
            } else {
                node.buf.copy_within(off + old..len, off + new);
                node.buf.truncate(len - (old - new));
            }
        }
        enc.write_to(&mut node.buf[off..off + new]);
        if node.oversized(lim) {
            self.repack(i, lim);
        }
        true
    }

    /// Every element, head to tail (reversible).
    pub fn iter(&self) -> Iter<'_> {
        self.range(0, self.ql.len)
    }

    /// `len` elements from `start` on (both clamped to the list).
    pub fn range(&self, start: usize, len: usize) -> Iter<'_> {
        let start = start.min(self.ql.len);
        let len = len.min(self.ql.len - start);
        let (front, back) = if len == 0 {
            ((0, 0), (0, 0))
        } else {
            (self.locate(start), self.locate(start + len))
        };
        Iter {
            nodes: &self.ql.nodes,
            front,
            back,
            remaining: len,
        }
    }

    /// Inserts `bytes` before (or after) the first element equal to `pivot`; false
    /// when there is no such element.
    pub fn insert(&mut self, pivot: &[u8], bytes: &[u8], after: bool, fill: i64) -> bool {
        let lim = Limits::new(fill);
        let needle = Elem::from_bytes(pivot);
        let mut found = None;
        'nodes: for (i, node) in self.ql.nodes.iter().enumerate() {
            let mut off = 0;
            while off < node.buf.len() {
                let (elem, size) = decode(&node.buf, off);
                if elem.matches(&needle) {
                    found = Some((i, if after { off + size } else { off }));
                    break 'nodes;
                }
                off += size;
            }
        }
        let Some((i, off)) = found else {
            return false;
        };
        let enc = Encoded::new(Elem::from_bytes(bytes));
        let node = &mut self.ql.nodes[i];
        node.insert_at(off, &enc, lim);
        let oversized = node.oversized(lim);
        self.ql.len += 1;
        if oversized {
            self.repack(i, lim);
        }
        true
    }

    /// Removes elements equal to `bytes`: all of them (`count == 0`), the first
    /// `count` from the head, or the last `-count` from the tail. Returns how many.
    pub fn remove_matching(&mut self, bytes: &[u8], count: i64, fill: i64) -> usize {
        let needle = Elem::from_bytes(bytes);
        let limit = if count == 0 {
            usize::MAX
        } else {
            usize::try_from(count.unsigned_abs()).unwrap_or(usize::MAX)
        };
        let mut removed = 0;
        let ql = &mut *self.ql;
        let n_nodes = ql.nodes.len();
        let mut doomed: Vec<usize> = Vec::new();
        for step in 0..n_nodes {
            if removed == limit {
                break;
            }
            let i = if count < 0 { n_nodes - 1 - step } else { step };
            let node = &mut ql.nodes[i];
            // Offsets of the entries to drop, in ascending order.
            doomed.clear();
            if count >= 0 {
                let mut off = 0;
                while off < node.buf.len() && removed + doomed.len() < limit {
                    let (elem, size) = decode(&node.buf, off);
                    if elem.matches(&needle) {
                        doomed.push(off);
                    }
                    off += size;
                }
            } else {
                let mut end = node.buf.len();
                while end > 0 && removed + doomed.len() < limit {
                    let start = prev_start(&node.buf, end);
                    if decode(&node.buf, start).0.matches(&needle) {
                        doomed.push(start);
                    }
                    end = start;
                }
                doomed.reverse();
            }
            if doomed.is_empty() {
                continue;
            }
            // Compact in place, skipping the doomed entries.
            let mut write = 0;
            let mut read = 0;
            for &d in &doomed {
                let size = decode(&node.buf, d).1;
                node.buf.copy_within(read..d, write);
                write += d - read;
                read = d + size;
            }
            let len = node.buf.len();
            node.buf.copy_within(read..len, write);
            write += len - read;
            node.buf.truncate(write);
            node.count -= doomed.len() as u32;
            removed += doomed.len();
        }
        if removed > 0 {
            ql.len -= removed;
            ql.nodes.retain(|n| n.count > 0);
            self.merge_small(Limits::new(fill));
        }
        removed
    }

    /// Removes the first `n` elements (LTRIM).
    pub fn remove_front(&mut self, mut n: usize) {
        let ql = &mut *self.ql;
        n = n.min(ql.len);
        ql.len -= n;
        while n > 0 {
            let Some(node) = ql.nodes.front_mut() else {
                break;
            };
            let c = node.count as usize;
            if c <= n {
                n -= c;
                ql.nodes.pop_front();
            } else {
                let off = node.offset_of(n);
                node.buf.drain(..off);
                node.count -= n as u32;
                n = 0;
            }
        }
    }

    /// Removes the last `n` elements (LTRIM).
    pub fn remove_back(&mut self, mut n: usize) {
        let ql = &mut *self.ql;
        n = n.min(ql.len);
        ql.len -= n;
        while n > 0 {
            let Some(node) = ql.nodes.back_mut() else {
                break;
            };
            let c = node.count as usize;
            if c <= n {
                n -= c;
                ql.nodes.pop_back();
            } else {
                let off = node.offset_of(c - n);
                node.buf.truncate(off);
                node.count -= n as u32;
                n = 0;
            }
        }
    }

    /// Splits node `i` into as many nodes as its caps need.
    fn repack(&mut self, i: usize, lim: Limits) {
        let nodes = &mut self.ql.nodes;
        let Some(old) = nodes.remove(i) else {
            return;
        };
        let mut pieces: Vec<Node> = Vec::new();
        let mut cur = Node::default();
        let mut off = 0;
        while off < old.buf.len() {
            let size = decode(&old.buf, off).1;
            if !cur.fits(size, lim) {
                pieces.push(std::mem::take(&mut cur));
            }
            cur.buf.extend_from_slice(&old.buf[off..off + size]);
            cur.count += 1;
            off += size;
        }
        if cur.count > 0 {
            pieces.push(cur);
        }
        for (k, mut piece) in pieces.into_iter().enumerate() {
            piece.buf.shrink_to_fit();
            nodes.insert(i + k, piece);
        }
    }

    /// Merges neighbouring nodes that fit together in one (after removals).
    fn merge_small(&mut self, lim: Limits) {
        let nodes = &mut self.ql.nodes;
        let mut i = 0;
        while i + 1 < nodes.len() {
            let (a, b) = (&nodes[i], &nodes[i + 1]);
            if a.buf.len() + b.buf.len() <= lim.bytes
                && (a.count as usize + b.count as usize) <= lim.count
            {
                if let Some(next) = nodes.remove(i + 1) {
                    let node = &mut nodes[i];
                    node.buf.extend_from_slice(&next.buf);
                    node.count += next.count;
                }
            } else {
                i += 1;
            }
        }
    }

    /// Heap bytes held (node buffers and the node array), for memory reports and tests.
    pub fn heap_bytes(&self) -> usize {
        let ql = &*self.ql;
        std::mem::size_of::<Quicklist>()
            + ql.nodes.capacity() * std::mem::size_of::<Node>()
            + ql.nodes.iter().map(|n| n.buf.capacity()).sum::<usize>()
    }

    /// Number of nodes (tests and memory reports).
    pub fn node_count(&self) -> usize {
        self.ql.nodes.len()
    }

    /// The number of elements in each node, head first: RDB writes one quicklist node
    /// per node, in this order, with the elements of [`iter`](Self::iter).
    pub fn node_lens(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.ql.nodes.iter().map(|n| n.count as usize)
    }

    /// Checks the structure's invariants (tests only): counts add up, no empty node,
    /// no node over its caps unless it holds a single element.
    #[cfg(test)]
    pub(crate) fn check(&self, fill: i64) {
        let lim = Limits::new(fill);
        let mut total = 0;
        for node in &self.ql.nodes {
            assert!(node.count > 0, "empty node");
            let mut off = 0;
            let mut n = 0;
            while off < node.buf.len() {
                let size = decode(&node.buf, off).1;
                assert_eq!(prev_start(&node.buf, off + size), off);
                off += size;
                n += 1;
            }
            assert_eq!(off, node.buf.len());
            assert_eq!(n, node.count);
            assert!(!node.oversized(lim), "node over its caps");
            total += n as usize;
        }
        assert_eq!(total, self.ql.len);
    }
}

/// An iterator over a list's elements, from either end.
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    nodes: &'a VecDeque<Node>,
    /// Node and byte offset of the next element from the front.
    front: (usize, usize),
    /// Node and byte offset just past the next element from the back.
    back: (usize, usize),
    remaining: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Elem<'a>;

    fn next(&mut self) -> Option<Elem<'a>> {
        if self.remaining == 0 {
            return None;
        }
        let nodes: &'a VecDeque<Node> = self.nodes;
        loop {
            let buf = &nodes.get(self.front.0)?.buf;
            if self.front.1 >= buf.len() {
                self.front = (self.front.0 + 1, 0);
                continue;
            }
            let (elem, size) = decode(buf, self.front.1);
            self.front.1 += size;
            self.remaining -= 1;
            return Some(elem);
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<'a> DoubleEndedIterator for Iter<'a> {
    fn next_back(&mut self) -> Option<Elem<'a>> {
        if self.remaining == 0 {
            return None;
        }
        let nodes: &'a VecDeque<Node> = self.nodes;
        loop {
            if self.back.1 == 0 {
                let prev = self.back.0.checked_sub(1)?;
                self.back = (prev, nodes.get(prev)?.buf.len());
                continue;
            }
            let buf = &nodes.get(self.back.0)?.buf;
            let start = prev_start(buf, self.back.1);
            self.back.1 = start;
            self.remaining -= 1;
            return Some(decode(buf, start).0);
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
mod tests {
    //! The quicklist against a `VecDeque<Vec<u8>>` model, with node caps small enough
    //! that every operation crosses node boundaries.

    use super::*;
    use quickcheck::{Arbitrary, Gen, TestResult};

    fn contents(l: &ListValue) -> Vec<Vec<u8>> {
        l.iter().map(Elem::to_vec).collect()
    }

    #[test]
    fn push_pop_both_ends() {
        let mut l = ListValue::new();
        for i in 0..1000 {
            l.push_bytes(End::Tail, i.to_string().as_bytes(), 3);
            l.push_bytes(End::Head, format!("h{i}").as_bytes(), 3);
        }
        l.check(3);
        assert_eq!(l.len(), 2000);
        assert_eq!(l.get(0), Some(Elem::Bytes(b"h999")));
        assert_eq!(l.get(1999), Some(Elem::Int(999)));
        assert_eq!(l.get(1000), Some(Elem::Int(0)));
        assert_eq!(l.pop(End::Tail), Some(Item::Int(999)));
        assert_eq!(l.pop(End::Head), Some(Item::Bytes(b"h999".to_vec())));
        let rev: Vec<_> = l.iter().rev().take(2).collect();
        assert_eq!(rev, vec![Elem::Int(998), Elem::Int(997)]);
        l.check(3);
    }

    #[test]
    fn byte_caps_and_big_elements() {
        let mut l = ListValue::new();
        let big = vec![b'x'; 10_000];
        for _ in 0..3 {
            l.push_bytes(End::Tail, b"small", -1);
            l.push_bytes(End::Tail, &big, -1);
        }
        l.check(-1);
        assert!(l.node_count() >= 4);
        assert!(l.insert(b"small", &big, true, -1));
        assert!(l.set(0, &big, -1));
        l.check(-1);
        assert_eq!(l.len(), 7);
        assert_eq!(l.get(0), Some(Elem::Bytes(&big)));
    }

    #[test]
    fn million_small_integers_stay_compact() {
        let mut l = ListValue::new();
        for i in 0..1_000_000i64 {
            l.push(End::Tail, Elem::Int(i), -2);
        }
        l.check(-2);
        // Entries average under 5 bytes here; full 8 KB nodes hold them with little slack.
        assert!(l.heap_bytes() < 5_200_000, "{}", l.heap_bytes());
    }

    #[derive(Clone, Debug)]
    enum Op {
        Push(bool, Vec<u8>),
        Pop(bool),
        Set(usize, Vec<u8>),
        Insert(Vec<u8>, Vec<u8>, bool),
        Remove(Vec<u8>, i8),
        Trim(usize, usize),
        Range(usize, usize),
    }

    fn value(g: &mut Gen) -> Vec<u8> {
        match u8::arbitrary(g) % 6 {
            0 => vec![b'v'; usize::from(u8::arbitrary(g)) * 8],
            1 => i64::arbitrary(g).to_string().into_bytes(),
            2 => (i64::from(i8::arbitrary(g)) * 37).to_string().into_bytes(),
            _ => vec![b'a' + u8::arbitrary(g) % 4],
        }
    }

    impl Arbitrary for Op {
        fn arbitrary(g: &mut Gen) -> Self {
            let idx = |g: &mut Gen| usize::from(u8::arbitrary(g) % 64);
            match u8::arbitrary(g) % 10 {
                0..=2 => Op::Push(bool::arbitrary(g), value(g)),
                3 => Op::Pop(bool::arbitrary(g)),
                4 => Op::Set(idx(g), value(g)),
                5 => Op::Insert(value(g), value(g), bool::arbitrary(g)),
                6 => Op::Remove(value(g), i8::arbitrary(g) % 4),
                7 => Op::Trim(idx(g), idx(g)),
                _ => Op::Range(idx(g), idx(g)),
            }
        }
    }

    fn end(head: bool) -> End {
        if head { End::Head } else { End::Tail }
    }

    fn prop(fill_pick: u8, ops: Vec<Op>) -> TestResult {
        let fill = [1, 2, 3, 5, -1, -2, 0][usize::from(fill_pick % 7)];
        let mut l = ListValue::new();
        let mut m: VecDeque<Vec<u8>> = VecDeque::new();
        for op in &ops {
            match op {
                Op::Push(head, v) => {
                    l.push_bytes(end(*head), v, fill);
                    if *head {
                        m.push_front(v.clone());
                    } else {
                        m.push_back(v.clone());
                    }
                }
                Op::Pop(head) => {
                    let got = l.pop(end(*head)).map(Item::into_vec);
                    let want = if *head { m.pop_front() } else { m.pop_back() };
                    if got != want {
                        return TestResult::error(format!("{op:?}: {got:?} vs {want:?}"));
                    }
                }
                Op::Set(i, v) => {
                    let ok = l.set(*i, v, fill);
                    if ok != (*i < m.len()) {
                        return TestResult::error(format!("{op:?}"));
                    }
                    if let Some(slot) = m.get_mut(*i) {
                        *slot = v.clone();
                    }
                }
                Op::Insert(pivot, v, after) => {
                    let ok = l.insert(pivot, v, *after, fill);
                    let pos = m.iter().position(|e| e == pivot);
                    if ok != pos.is_some() {
                        return TestResult::error(format!("{op:?}"));
                    }
                    if let Some(p) = pos {
                        m.insert(if *after { p + 1 } else { p }, v.clone());
                    }
                }
                Op::Remove(v, count) => {
                    let got = l.remove_matching(v, i64::from(*count), fill);
                    let limit = if *count == 0 {
                        usize::MAX
                    } else {
                        count.unsigned_abs() as usize
                    };
                    let mut idx: Vec<usize> = (0..m.len()).filter(|&i| &m[i] == v).collect();
                    if *count < 0 {
                        idx.reverse();
                    }
                    idx.truncate(limit);
                    idx.sort_unstable();
                    for &i in idx.iter().rev() {
                        m.remove(i);
                    }
                    if got != idx.len() {
                        return TestResult::error(format!("{op:?}: removed {got}"));
                    }
                }
                Op::Trim(front, back) => {
                    l.remove_front(*front);
                    l.remove_back(*back);
                    for _ in 0..*front {
                        m.pop_front();
                    }
                    for _ in 0..*back {
                        m.pop_back();
                    }
                }
                Op::Range(start, len) => {
                    let got: Vec<Vec<u8>> = l.range(*start, *len).map(Elem::to_vec).collect();
                    let want: Vec<Vec<u8>> = m.iter().skip(*start).take(*len).cloned().collect();
                    let got_rev: Vec<Vec<u8>> =
                        l.range(*start, *len).rev().map(Elem::to_vec).collect();
                    let want_rev: Vec<Vec<u8>> = want.iter().rev().cloned().collect();
                    if got != want || got_rev != want_rev {
                        return TestResult::error(format!("{op:?}"));
                    }
                }
            }
            l.check(fill);
            if l.len() != m.len() || m.iter().ne(contents(&l).iter()) {
                return TestResult::error(format!("after {op:?}: contents differ"));
            }
        }
        TestResult::passed()
    }

    #[test]
    fn model_quicklist() {
        crate::testkit::qc_check(
            "model_quicklist",
            100,
            300,
            prop as fn(u8, Vec<Op>) -> TestResult,
        );
    }
}
