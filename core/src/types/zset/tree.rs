//! An order-statistic B+tree of `(score, id)` pairs: the sorted view of a large sorted
//! set. Every operation that changes the shape goes by rank (insert at rank, remove at
//! rank), and searches go through [`RankTree::partition_point`] with a caller-supplied
//! predicate, because ordering ties by member needs the member bytes, which live in the
//! caller's slab (ids index it). Each inner node keeps the size and the first key of
//! each child, so rank, select, insert and remove are O(log n), and walking a range of
//! k ranks is O(log n + k).
//!
//! Leaves keep scores and ids in two fixed arrays (12 bytes an entry, no per-entry
//! allocation). A leaf that overflows at its very end (or start) splits unevenly, so
//! ascending or descending insertion leaves full leaves behind rather than half-full
//! ones; underfull nodes borrow from or merge with a sibling.

/// Entries a leaf holds at most.
const LEAF_CAP: usize = 64;
/// Children an inner node holds at most.
const INNER_CAP: usize = 64;
/// Below this a leaf borrows from or merges with a sibling.
const LEAF_MIN: usize = LEAF_CAP / 4;
/// Below this an inner node borrows from or merges with a sibling.
const INNER_MIN: usize = INNER_CAP / 4;

/// A key stored in the tree: a score and the caller's id for the member.
pub type Key = (f64, u32);

/// The tree.
#[derive(Clone, Debug)]
pub struct RankTree {
    root: Node,
}

impl Default for RankTree {
    fn default() -> Self {
        RankTree {
            root: Node::Leaf(Box::new(Leaf::new())),
        }
    }
}

#[derive(Clone, Debug)]
enum Node {
    Leaf(Box<Leaf>),
    Inner(Box<Inner>),
}

#[derive(Clone, Debug)]
struct Leaf {
    len: usize,
    scores: [f64; LEAF_CAP],
    ids: [u32; LEAF_CAP],
}

#[derive(Clone, Debug)]
struct Inner {
    /// Number of keys below this node.
    total: usize,
    children: Vec<Node>,
    /// Number of keys below each child.
    counts: Vec<usize>,
    /// First key of each child.
    firsts: Vec<Key>,
}

impl Leaf {
    fn new() -> Self {
        Leaf {
            len: 0,
            scores: [0.0; LEAF_CAP],
            ids: [0; LEAF_CAP],
        }
    }

    fn key(&self, i: usize) -> Key {
        (self.scores[i], self.ids[i])
    }

    fn insert(&mut self, i: usize, key: Key) {
        let len = self.len;
        self.scores.copy_within(i..len, i + 1);
        self.ids.copy_within(i..len, i + 1);
        self.scores[i] = key.0;
        self.ids[i] = key.1;
        self.len += 1;
    }

    fn remove(&mut self, i: usize) -> Key {
        let key = self.key(i);
        let len = self.len;
        self.scores.copy_within(i + 1..len, i);
        self.ids.copy_within(i + 1..len, i);
        self.len -= 1;
        key
    }

    /// Moves the entries from `at` on into a new leaf.
    fn split_off(&mut self, at: usize) -> Leaf {
        let mut right = Leaf::new();
        let n = self.len - at;
        right.scores[..n].copy_from_slice(&self.scores[at..self.len]);
        right.ids[..n].copy_from_slice(&self.ids[at..self.len]);
        right.len = n;
        self.len = at;
        right
    }

    /// Appends every entry of `other`.
    fn append(&mut self, other: &Leaf) {
        let (l, n) = (self.len, other.len);
        self.scores[l..l + n].copy_from_slice(&other.scores[..n]);
        self.ids[l..l + n].copy_from_slice(&other.ids[..n]);
        self.len += n;
    }
}

impl Inner {
    fn with_children(children: Vec<Node>) -> Self {
        let counts: Vec<usize> = children.iter().map(Node::len).collect();
        let firsts = children.iter().map(Node::first).collect();
        let total = counts.iter().sum();
        let mut inner = Inner {
            total,
            children: Vec::with_capacity(INNER_CAP + 1),
            counts: Vec::with_capacity(INNER_CAP + 1),
            firsts: Vec::with_capacity(INNER_CAP + 1),
        };
        inner.children.extend(children);
        inner.counts.extend(counts);
        inner.firsts = firsts;
        inner
    }

    /// Moves the children from `at` on into a new inner node.
    fn split_off(&mut self, at: usize) -> Inner {
        let children = self.children.split_off(at);
        self.counts.truncate(at);
        self.firsts.truncate(at);
        self.total = self.counts.iter().sum();
        Inner::with_children(children)
    }

    /// The child holding rank `rank` (an insertion point: `rank` may equal the total)
    /// and the rank inside it.
    fn locate(&self, mut rank: usize, inserting: bool) -> (usize, usize) {
        let last = self.children.len().saturating_sub(1);
        for (i, &c) in self.counts.iter().enumerate() {
            if rank < c || (inserting && rank == c) || i == last {
                return (i, rank);
            }
            rank -= c;
        }
        (0, rank)
    }

    /// Refreshes the size and first key recorded for child `i`.
    fn refresh(&mut self, i: usize) {
        let child = &self.children[i];
        self.counts[i] = child.len();
        if child.len() > 0 {
            self.firsts[i] = child.first();
        }
    }
}

impl Node {
    fn len(&self) -> usize {
        match self {
            Node::Leaf(l) => l.len,
            Node::Inner(n) => n.total,
        }
    }

    fn first(&self) -> Key {
        match self {
            Node::Leaf(l) => l.key(0),
            Node::Inner(n) => n.firsts[0],
        }
    }

    /// Width: entries of a leaf, children of an inner node.
    fn width(&self) -> usize {
        match self {
            Node::Leaf(l) => l.len,
            Node::Inner(n) => n.children.len(),
        }
    }

    fn get(&self, rank: usize) -> Key {
        match self {
            Node::Leaf(l) => l.key(rank),
            Node::Inner(n) => {
                let (i, r) = n.locate(rank, false);
                n.children[i].get(r)
            }
        }
    }

    /// Inserts `key` at `rank`; returns the new right sibling if the node split.
    fn insert_at(&mut self, rank: usize, key: Key) -> Option<Node> {
        match self {
            Node::Leaf(l) => {
                if l.len < LEAF_CAP {
                    l.insert(rank, key);
                    return None;
                }
                let (mut right, into_left) = if rank == LEAF_CAP {
                    // Appending: leave this leaf full.
                    (l.split_off(LEAF_CAP), false)
                } else if rank == 0 {
                    // Prepending: everything moves right, the new key stays alone.
                    (l.split_off(0), true)
                } else {
                    (l.split_off(LEAF_CAP / 2), rank <= LEAF_CAP / 2)
                };
                if into_left {
                    l.insert(rank, key);
                } else {
                    right.insert(rank - l.len, key);
                }
                Some(Node::Leaf(Box::new(right)))
            }
            Node::Inner(n) => {
                let (i, r) = n.locate(rank, true);
                let split = n.children[i].insert_at(r, key);
                n.total += 1;
                n.refresh(i);
                if let Some(new) = split {
                    n.counts.insert(i + 1, new.len());
                    n.firsts.insert(i + 1, new.first());
                    n.children.insert(i + 1, new);
                    if n.children.len() > INNER_CAP {
                        let at = if i + 1 == INNER_CAP {
                            INNER_CAP
                        } else {
                            INNER_CAP / 2
                        };
                        return Some(Node::Inner(Box::new(n.split_off(at))));
                    }
                }
                None
            }
        }
    }

    /// Removes and returns the key at `rank`.
    fn remove_at(&mut self, rank: usize) -> Key {
        match self {
            Node::Leaf(l) => l.remove(rank),
            Node::Inner(n) => {
                let (i, r) = n.locate(rank, false);
                let key = n.children[i].remove_at(r);
                n.total -= 1;
                n.refresh(i);
                if n.children[i].len() == 0 {
                    n.children.remove(i);
                    n.counts.remove(i);
                    n.firsts.remove(i);
                } else if n.children[i].width() < n.children[i].min_width() {
                    rebalance(n, i);
                }
                key
            }
        }
    }

    fn min_width(&self) -> usize {
        match self {
            Node::Leaf(_) => LEAF_MIN,
            Node::Inner(_) => INNER_MIN,
        }
    }

    fn partition_point(&self, pred: &mut impl FnMut(Key) -> bool) -> usize {
        match self {
            Node::Leaf(l) => {
                let (mut lo, mut hi) = (0, l.len);
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if pred(l.key(mid)) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                lo
            }
            Node::Inner(n) => {
                // Children whose first key satisfies the predicate.
                let (mut lo, mut hi) = (0, n.firsts.len());
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if pred(n.firsts[mid]) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                if lo == 0 {
                    return 0;
                }
                let before: usize = n.counts[..lo - 1].iter().sum();
                before + n.children[lo - 1].partition_point(pred)
            }
        }
    }

    /// Calls `f` on ranks `lo..hi` of this node, in order or reversed.
    fn visit(&self, lo: usize, hi: usize, rev: bool, f: &mut impl FnMut(Key)) {
        match self {
            Node::Leaf(l) => {
                if rev {
                    (lo..hi).rev().for_each(|i| f(l.key(i)));
                } else {
                    (lo..hi).for_each(|i| f(l.key(i)));
                }
            }
            Node::Inner(n) => {
                // Child i covers ranks start..end of this node; visit the overlaps.
                if rev {
                    let mut end = n.total;
                    for (i, &c) in n.counts.iter().enumerate().rev() {
                        let start = end - c;
                        if start < hi && end > lo {
                            n.children[i].visit(lo.max(start) - start, hi.min(end) - start, rev, f);
                        }
                        if start <= lo {
                            break;
                        }
                        end = start;
                    }
                } else {
                    let mut start = 0;
                    for (i, &c) in n.counts.iter().enumerate() {
                        let end = start + c;
                        if end > lo && start < hi {
                            n.children[i].visit(lo.max(start) - start, hi.min(end) - start, rev, f);
                        }
                        if end >= hi {
                            break;
                        }
                        start = end;
                    }
                }
            }
        }
    }
}

/// Fixes child `i` of `n`, which fell under its minimum width, by merging it with a
/// neighbour when both fit in one node, or else by sharing the neighbour's entries.
fn rebalance(n: &mut Inner, i: usize) {
    if n.children.len() < 2 {
        return;
    }
    let left = if i + 1 < n.children.len() { i } else { i - 1 };
    let (a, b) = n.children.split_at_mut(left + 1);
    let (l, r) = (&mut a[left], &mut b[0]);
    let merged = match (l, r) {
        (Node::Leaf(l), Node::Leaf(r)) => {
            if l.len + r.len <= LEAF_CAP {
                l.append(r);
                true
            } else {
                // Even the two out: move from the fuller to the emptier.
                let total = l.len + r.len;
                let want_left = total / 2;
                if l.len < want_left {
                    let take = want_left - l.len;
                    let moved = Leaf {
                        len: take,
                        scores: r.scores,
                        ids: r.ids,
                    };
                    l.append(&moved);
                    let rest = r.split_off(take);
                    **r = rest;
                } else {
                    let mut moved = l.split_off(want_left);
                    moved.append(r);
                    **r = moved;
                }
                false
            }
        }
        (Node::Inner(l), Node::Inner(r)) => {
            if l.children.len() + r.children.len() <= INNER_CAP {
                l.children.append(&mut r.children);
                l.counts.append(&mut r.counts);
                l.firsts.append(&mut r.firsts);
                l.total += r.total;
                true
            } else {
                let total = l.children.len() + r.children.len();
                let want_left = total / 2;
                if l.children.len() < want_left {
                    let take = want_left - l.children.len();
                    let moved: Vec<Node> = r.children.drain(..take).collect();
                    r.counts.drain(..take);
                    r.firsts.drain(..take);
                    for c in moved {
                        l.total += c.len();
                        l.counts.push(c.len());
                        l.firsts.push(c.first());
                        l.children.push(c);
                    }
                    r.total = r.counts.iter().sum();
                } else {
                    let moved = l.split_off(want_left);
                    let mut children = moved.children;
                    children.append(&mut r.children);
                    **r = Inner::with_children(children);
                }
                false
            }
        }
        // Siblings are always at the same depth.
        _ => false,
    };
    if merged {
        n.children.remove(left + 1);
        n.counts.remove(left + 1);
        n.firsts.remove(left + 1);
        n.refresh(left);
    } else {
        n.refresh(left);
        n.refresh(left + 1);
    }
}

impl RankTree {
    /// Number of keys.
    pub fn len(&self) -> usize {
        self.root.len()
    }

    /// The key at `rank` (0-based), if any.
    pub fn get(&self, rank: usize) -> Option<Key> {
        (rank < self.len()).then(|| self.root.get(rank))
    }

    /// Inserts `key` so that it gets rank `rank` (clamped to the length).
    pub fn insert_at(&mut self, rank: usize, key: Key) {
        let rank = rank.min(self.len());
        if let Some(right) = self.root.insert_at(rank, key) {
            let left = std::mem::replace(&mut self.root, Node::Leaf(Box::new(Leaf::new())));
            self.root = Node::Inner(Box::new(Inner::with_children(vec![left, right])));
        }
    }

    /// Removes the key at `rank`, if any.
    pub fn remove_at(&mut self, rank: usize) -> Option<Key> {
        if rank >= self.len() {
            return None;
        }
        let key = self.root.remove_at(rank);
        // Collapse a root left with a single child.
        while let Node::Inner(n) = &mut self.root {
            if n.children.len() > 1 {
                break;
            }
            self.root = match n.children.pop() {
                Some(child) => child,
                None => Node::Leaf(Box::new(Leaf::new())),
            };
        }
        Some(key)
    }

    /// The number of leading keys (in order) for which `pred` holds; `pred` must hold
    /// for a prefix of the keys and fail for the rest.
    pub fn partition_point(&self, mut pred: impl FnMut(Key) -> bool) -> usize {
        self.root.partition_point(&mut pred)
    }

    /// Calls `f` on the keys of ranks `lo..hi` (clamped), ascending, or descending if
    /// `rev`.
    pub fn visit(&self, lo: usize, hi: usize, rev: bool, mut f: impl FnMut(Key)) {
        let hi = hi.min(self.len());
        if lo < hi {
            self.root.visit(lo, hi, rev, &mut f);
        }
    }

    /// Bytes allocated by the tree (for MEMORY USAGE-style estimates and tests).
    pub fn allocated_bytes(&self) -> usize {
        fn walk(n: &Node) -> usize {
            match n {
                Node::Leaf(_) => std::mem::size_of::<Leaf>(),
                Node::Inner(i) => {
                    std::mem::size_of::<Inner>()
                        + i.children.capacity() * std::mem::size_of::<Node>()
                        + i.counts.capacity() * std::mem::size_of::<usize>()
                        + i.firsts.capacity() * std::mem::size_of::<Key>()
                        + i.children.iter().map(walk).sum::<usize>()
                }
            }
        }
        walk(&self.root)
    }

    /// Checks the structure's invariants (tests only).
    #[cfg(test)]
    fn check(&self) {
        fn walk(n: &Node, root: bool) -> usize {
            match n {
                Node::Leaf(l) => {
                    assert!(root || l.len >= 1);
                    l.len
                }
                Node::Inner(i) => {
                    assert!(!i.children.is_empty() && i.children.len() <= INNER_CAP);
                    let mut total = 0;
                    for (k, c) in i.children.iter().enumerate() {
                        let len = walk(c, false);
                        assert_eq!(i.counts[k], len);
                        assert_eq!(i.firsts[k].1, c.first().1);
                        total += len;
                    }
                    assert_eq!(total, i.total);
                    total
                }
            }
        }
        walk(&self.root, true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &RankTree) -> Vec<u32> {
        let mut v = Vec::new();
        t.visit(0, usize::MAX, false, |k| v.push(k.1));
        v
    }

    #[test]
    fn matches_vec_under_random_edits() {
        // Deterministic LCG so the test needs no crate and replays exactly.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % n.max(1)
        };
        let mut t = RankTree::default();
        let mut v: Vec<u32> = Vec::new();
        for step in 0..40_000u32 {
            let grow = (step / 5000) % 2 == 0 || step > 35_000;
            if v.is_empty() || next(10) < if grow { 7 } else { 3 } {
                let at = next(v.len() + 1);
                t.insert_at(at, (f64::from(step), step));
                v.insert(at, step);
            } else {
                let at = next(v.len());
                assert_eq!(t.remove_at(at).map(|k| k.1), Some(v.remove(at)));
            }
            if step % 997 == 0 {
                t.check();
                assert_eq!(keys(&t), v);
            }
        }
        t.check();
        assert_eq!(keys(&t), v);
        for (r, &id) in v.iter().enumerate().step_by(37) {
            assert_eq!(t.get(r).map(|k| k.1), Some(id));
        }
        assert!(v.len() > 1000, "{}", v.len());
        let mut rev = Vec::new();
        t.visit(3, v.len() - 2, true, |k| rev.push(k.1));
        let want: Vec<u32> = v[3..v.len() - 2].iter().rev().copied().collect();
        assert_eq!(rev, want);
        while !v.is_empty() {
            let at = next(v.len());
            assert_eq!(t.remove_at(at).map(|k| k.1), Some(v.remove(at)));
        }
        t.check();
        assert_eq!(t.len(), 0);
    }

    #[test]
    fn sequential_inserts_fill_leaves() {
        let mut t = RankTree::default();
        for i in 0..100_000u32 {
            t.insert_at(i as usize, (f64::from(i), i));
        }
        t.check();
        // Full leaves: about 12 bytes a key plus a little for inner nodes.
        assert!(
            t.allocated_bytes() < 100_000 * 14,
            "{}",
            t.allocated_bytes()
        );
        let mut d = RankTree::default();
        for i in 0..100_000u32 {
            d.insert_at(0, (-f64::from(i), i));
        }
        d.check();
        assert!(
            d.allocated_bytes() < 100_000 * 14,
            "{}",
            d.allocated_bytes()
        );
        assert_eq!(t.partition_point(|k| k.0 < 500.0), 500);
        assert_eq!(t.partition_point(|k| k.0 <= 500.0), 501);
        assert_eq!(t.partition_point(|_| false), 0);
        assert_eq!(t.partition_point(|_| true), 100_000);
    }
}
