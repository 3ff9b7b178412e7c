//! The sorted set value type, in Redis 7.0's two encodings: a compact buffer while the
//! set is small ([`Listpack`], OBJECT ENCODING "listpack") and a hash index plus an
//! order-statistic tree once it grows ([`Skiplist`], "skiplist"). A set starts compact
//! and converts, once and for good, when an insertion would take it past
//! `zset-max-listpack-entries` entries or add a member longer than
//! `zset-max-listpack-value` bytes, as Redis does.
//!
//! Order: by score, then by member bytes (memcmp). Scores compare as IEEE numbers, so
//! -0 and 0 are equal and ties between them go by member; NaN is never stored (the
//! commands refuse it before it gets here).

mod listpack;
mod skiplist;
mod tree;

use std::cmp::Ordering;

pub use listpack::Listpack;
pub use skiplist::Skiplist;

use crate::keyspace::KeyHasher;

/// Orders `(score, member)` pairs as a sorted set does.
pub fn cmp_entry(s1: f64, m1: &[u8], s2: f64, m2: &[u8]) -> Ordering {
    if s1 < s2 {
        Ordering::Less
    } else if s1 > s2 {
        Ordering::Greater
    } else {
        m1.cmp(m2)
    }
}

/// What decides the encoding of a growing set, taken from the configuration, and the
/// key of the member hash once the set is large.
#[derive(Copy, Clone, Debug)]
pub struct ZSetLimits {
    /// `zset-max-listpack-entries`.
    pub max_listpack_entries: usize,
    /// `zset-max-listpack-value`.
    pub max_listpack_value: usize,
    /// Keyed hash for the member index.
    pub hasher: KeyHasher,
}

/// A score interval, each end inclusive or exclusive (`(1.5` in a command).
#[derive(Copy, Clone, Debug, PartialEq)]
pub struct ScoreRange {
    /// Lower end.
    pub min: f64,
    /// Upper end.
    pub max: f64,
    /// Whether `min` itself is excluded.
    pub min_ex: bool,
    /// Whether `max` itself is excluded.
    pub max_ex: bool,
}

impl ScoreRange {
    /// Whether `score` lies below the interval.
    pub fn below_min(&self, score: f64) -> bool {
        if self.min_ex {
            score <= self.min
        } else {
            score < self.min
        }
    }

    /// Whether `score` is at most the upper end.
    pub fn within_max(&self, score: f64) -> bool {
        if self.max_ex {
            score < self.max
        } else {
            score <= self.max
        }
    }
}

/// One end of a lexicographic interval (`-`, `+`, `[a`, `(a`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LexBound<'a> {
    /// `-`: below every string.
    Min,
    /// `+`: above every string.
    Max,
    /// `[x`: `x` included.
    Incl(&'a [u8]),
    /// `(x`: `x` excluded.
    Excl(&'a [u8]),
}

/// A lexicographic interval over members (meaningful when all scores are equal).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct LexRange<'a> {
    /// Lower end.
    pub min: LexBound<'a>,
    /// Upper end.
    pub max: LexBound<'a>,
}

impl LexRange<'_> {
    /// Whether `member` lies below the interval.
    pub fn below_min(&self, member: &[u8]) -> bool {
        match self.min {
            LexBound::Min => false,
            LexBound::Max => true,
            LexBound::Incl(b) => member < b,
            LexBound::Excl(b) => member <= b,
        }
    }

    /// Whether `member` is at most the upper end.
    pub fn within_max(&self, member: &[u8]) -> bool {
        match self.max {
            LexBound::Min => false,
            LexBound::Max => true,
            LexBound::Incl(b) => member <= b,
            LexBound::Excl(b) => member < b,
        }
    }
}

#[derive(Clone, Debug)]
enum Repr {
    Listpack(Listpack),
    Skiplist(Box<Skiplist>),
}

/// A sorted set value.
#[derive(Clone, Debug)]
pub struct ZSetValue {
    repr: Repr,
}

impl Default for ZSetValue {
    fn default() -> Self {
        Self::new()
    }
}

impl ZSetValue {
    /// An empty set in the compact encoding (it converts on insertion if the limits
    /// say so).
    pub fn new() -> Self {
        ZSetValue {
            repr: Repr::Listpack(Listpack::default()),
        }
    }

    /// A set holding `items`, which must be sorted (by score, then member) and free of
    /// duplicates, encoded as Redis encodes a freshly stored result: compact if it fits
    /// the limits, large otherwise (ZUNIONSTORE, ZRANGESTORE, ...).
    pub fn from_sorted<'a>(
        items: impl ExactSizeIterator<Item = (&'a [u8], f64)> + Clone,
        limits: &ZSetLimits,
    ) -> Self {
        let fits = items.len() <= limits.max_listpack_entries
            && items
                .clone()
                .all(|(m, _)| m.len() <= limits.max_listpack_value);
        if fits {
            let mut lp = Listpack::default();
            for (m, s) in items {
                lp.push_sorted(m, s);
            }
            lp.shrink_to_fit();
            ZSetValue {
                repr: Repr::Listpack(lp),
            }
        } else {
            let mut sl = Skiplist::new(limits.hasher);
            for (m, s) in items {
                sl.insert(m, s);
            }
            ZSetValue {
                repr: Repr::Skiplist(Box::new(sl)),
            }
        }
    }

    /// The name OBJECT ENCODING replies with.
    pub fn encoding(&self) -> &'static str {
        match &self.repr {
            Repr::Listpack(_) => "listpack",
            Repr::Skiplist(_) => "skiplist",
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Listpack(l) => l.len(),
            Repr::Skiplist(s) => s.len(),
        }
    }

    /// Whether there are no members.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Approximate bytes allocated by the value (not counting the value itself).
    pub fn allocated_bytes(&self) -> usize {
        match &self.repr {
            Repr::Listpack(l) => l.allocated_bytes(),
            Repr::Skiplist(s) => std::mem::size_of::<Skiplist>() + s.allocated_bytes(),
        }
    }

    /// The score of `member`.
    pub fn score(&self, member: &[u8]) -> Option<f64> {
        match &self.repr {
            Repr::Listpack(l) => l.find(member).map(|(_, e)| e.score),
            Repr::Skiplist(s) => s.score(member),
        }
    }

    /// The 0-based rank of `member` (lowest score first).
    pub fn rank(&self, member: &[u8]) -> Option<usize> {
        match &self.repr {
            Repr::Listpack(l) => l.find(member).map(|(r, _)| r),
            Repr::Skiplist(s) => s.rank(member),
        }
    }

    /// Member and score at rank `rank`.
    pub fn get(&self, rank: usize) -> Option<(&[u8], f64)> {
        match &self.repr {
            Repr::Listpack(l) => l.get(rank).map(|e| (e.member, e.score)),
            Repr::Skiplist(s) => s.get(rank),
        }
    }

    /// Adds `member`, which must be absent, converting to the large encoding first if
    /// the set would outgrow `limits`.
    pub fn insert(&mut self, member: &[u8], score: f64, limits: &ZSetLimits) {
        if let Repr::Listpack(l) = &self.repr
            && (l.len() + 1 > limits.max_listpack_entries
                || member.len() > limits.max_listpack_value)
        {
            let mut sl = Skiplist::new(limits.hasher);
            for e in l.iter() {
                sl.insert(e.member, e.score);
            }
            self.repr = Repr::Skiplist(Box::new(sl));
        }
        match &mut self.repr {
            Repr::Listpack(l) => l.insert(member, score),
            Repr::Skiplist(s) => s.insert(member, score),
        }
    }

    /// Changes the score of `member`, which must be present.
    pub fn set_score(&mut self, member: &[u8], score: f64) {
        match &mut self.repr {
            Repr::Listpack(l) => {
                if let Some((_, e)) = l.find(member) {
                    let (start, end) = (e.start, e.end);
                    l.remove_span(start, end);
                    l.insert(member, score);
                }
            }
            Repr::Skiplist(s) => s.set_score(member, score),
        }
    }

    /// Removes `member`; returns whether it was present.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Listpack(l) => match l.find(member) {
                Some((_, e)) => {
                    let (start, end) = (e.start, e.end);
                    l.remove_span(start, end);
                    true
                }
                None => false,
            },
            Repr::Skiplist(s) => s.remove(member),
        }
    }

    /// Removes the members of ranks `lo..hi`.
    pub fn remove_ranks(&mut self, lo: usize, hi: usize) {
        match &mut self.repr {
            Repr::Listpack(l) => l.remove_ranks(lo, hi),
            Repr::Skiplist(s) => s.remove_ranks(lo, hi),
        }
    }

    /// Calls `f` on the members of ranks `lo..hi` (clamped), ascending, or descending
    /// if `rev`.
    pub fn visit(&self, lo: usize, hi: usize, rev: bool, mut f: impl FnMut(&[u8], f64)) {
        let hi = hi.min(self.len());
        if lo >= hi {
            return;
        }
        match &self.repr {
            Repr::Listpack(l) => {
                let start = l.offset_of_rank(lo);
                let it = l.iter_from(start).take(hi - lo);
                if rev {
                    let items: Vec<_> = it.collect();
                    items.iter().rev().for_each(|e| f(e.member, e.score));
                } else {
                    it.for_each(|e| f(e.member, e.score));
                }
            }
            Repr::Skiplist(s) => s.visit(lo, hi, rev, f),
        }
    }

    /// Calls `f` on every member in order.
    pub fn for_each(&self, f: impl FnMut(&[u8], f64)) {
        self.visit(0, self.len(), false, f);
    }

    /// The ranks `lo..hi` of the members whose score is in `range`.
    pub fn score_span(&self, range: &ScoreRange) -> (usize, usize) {
        match &self.repr {
            Repr::Listpack(l) => {
                let lo = l.count_while(0, |_, s| range.below_min(s));
                (lo, l.count_while(lo, |_, s| range.within_max(s)))
            }
            Repr::Skiplist(sl) => {
                let lo = sl.partition_point(|_, s| range.below_min(s));
                let hi = sl.partition_point(|_, s| range.within_max(s));
                (lo, hi.max(lo))
            }
        }
    }

    /// The ranks `lo..hi` of the members in the lexicographic `range` (assuming equal
    /// scores, as ZRANGEBYLEX does).
    pub fn lex_span(&self, range: &LexRange<'_>) -> (usize, usize) {
        match &self.repr {
            Repr::Listpack(l) => {
                let members = compact_members(l);
                match lex_first(&members, range) {
                    Some(lo) => (lo, walk_up(&members, lo, usize::MAX, range)),
                    None => (0, 0),
                }
            }
            Repr::Skiplist(sl) => {
                if !self.lex_may_overlap(range) {
                    return (0, 0);
                }
                let lo = sl.partition_point(|m, _| range.below_min(m));
                let hi = sl.partition_point(|m, _| range.within_max(m));
                (lo, hi.max(lo))
            }
        }
    }

    /// The ranks `lo..hi` that ZRANGE BYLEX with LIMIT `offset limit` returns, walked
    /// upwards or (`rev`) downwards. On a compact set this is Redis's listpack walk
    /// exactly, so members with different scores (an order the lex commands do not
    /// define) give what Redis gives: the walk starts at the first member from the
    /// start (from the end with `rev`) that is past the range's near end, skips
    /// `offset` members whatever they are, then takes members while they are within
    /// the far end. A negative offset gives nothing, a negative limit no limit.
    pub fn lex_window(
        &self,
        range: &LexRange<'_>,
        offset: i64,
        limit: i64,
        rev: bool,
    ) -> (usize, usize) {
        let Repr::Listpack(l) = &self.repr else {
            return limit_window(self.lex_span(range), offset, limit, rev);
        };
        let Ok(offset) = usize::try_from(offset) else {
            return (0, 0);
        };
        let limit = usize::try_from(limit).unwrap_or(usize::MAX);
        let members = compact_members(l);
        if rev {
            let Some(start) = lex_last(&members, range).and_then(|i| i.checked_sub(offset)) else {
                return (0, 0);
            };
            let mut lo = start + 1;
            while lo > 0 && start + 1 - lo < limit {
                match members.get(lo - 1) {
                    Some(m) if !range.below_min(m) => lo -= 1,
                    _ => break,
                }
            }
            (lo, start + 1)
        } else {
            let Some(start) = lex_first(&members, range).and_then(|i| i.checked_add(offset)) else {
                return (0, 0);
            };
            if start >= members.len() {
                return (0, 0);
            }
            (start, walk_up(&members, start, limit, range))
        }
    }

    /// Redis's `zslIsInLexRange` check: false when the range surely holds nothing
    /// because the last member is below its minimum or the first above its maximum.
    fn lex_may_overlap(&self, range: &LexRange<'_>) -> bool {
        let len = self.len();
        match (self.get(0), len.checked_sub(1).and_then(|i| self.get(i))) {
            (Some((first, _)), Some((last, _))) => {
                !range.below_min(last) && range.within_max(first)
            }
            _ => false,
        }
    }

    /// One step of ZSCAN: a compact set is returned whole (cursor 0 next); a large one
    /// walks its index from `cursor` for about `count` members.
    pub fn scan<'a>(&'a self, cursor: u64, count: usize, mut f: impl FnMut(&'a [u8], f64)) -> u64 {
        match &self.repr {
            Repr::Listpack(l) => {
                l.iter().for_each(|e| f(e.member, e.score));
                0
            }
            Repr::Skiplist(s) => s.scan(cursor, count, f),
        }
    }
}

/// The members of a compact set, in order.
fn compact_members(l: &Listpack) -> Vec<&[u8]> {
    l.iter().map(|e| e.member).collect()
}

/// Redis's `zzlIsInLexRange`: false when the range surely holds nothing because the
/// last member is below its minimum or the first above its maximum.
fn lex_overlaps(members: &[&[u8]], range: &LexRange<'_>) -> bool {
    match (members.first(), members.last()) {
        (Some(first), Some(last)) => !range.below_min(last) && range.within_max(first),
        _ => false,
    }
}

/// Redis's `zzlFirstInLexRange`: the first member not below the minimum, if it is
/// within the maximum too.
fn lex_first(members: &[&[u8]], range: &LexRange<'_>) -> Option<usize> {
    if !lex_overlaps(members, range) {
        return None;
    }
    let i = members.iter().position(|m| !range.below_min(m))?;
    range.within_max(members.get(i)?).then_some(i)
}

/// Redis's `zzlLastInLexRange`: the last member within the maximum, if it is not
/// below the minimum either.
fn lex_last(members: &[&[u8]], range: &LexRange<'_>) -> Option<usize> {
    if !lex_overlaps(members, range) {
        return None;
    }
    let i = members.iter().rposition(|m| range.within_max(m))?;
    (!range.below_min(members.get(i)?)).then_some(i)
}

/// The end of the run of at most `limit` members from `from` that are within the
/// range's maximum.
fn walk_up(members: &[&[u8]], from: usize, limit: usize, range: &LexRange<'_>) -> usize {
    from + members
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take(limit)
        .take_while(|m| range.within_max(m))
        .count()
}

/// Applies LIMIT `offset count` to the members of ranks `span` walked upwards or
/// (`rev`) downwards: a negative offset leaves nothing, a negative count means all.
pub fn limit_window(span: (usize, usize), offset: i64, limit: i64, rev: bool) -> (usize, usize) {
    let (lo, hi) = span;
    let n = hi.saturating_sub(lo) as u64;
    if offset < 0 || offset as u64 >= n {
        return (0, 0);
    }
    let avail = n - offset as u64;
    let take = if limit < 0 {
        avail
    } else {
        avail.min(limit as u64)
    };
    let (offset, take) = (offset as usize, take as usize);
    if rev {
        (hi - offset - take, hi - offset)
    } else {
        (lo + offset, lo + offset + take)
    }
}

#[cfg(test)]
mod tests;
