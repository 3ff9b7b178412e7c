//! The compact encoding of a small sorted set (OBJECT ENCODING "listpack"): every
//! entry in one contiguous buffer, in order, each written as a LEB128 member length,
//! the member bytes and the score as 8 little-endian bytes. Lookups and edits walk the
//! buffer, which is O(n) as Redis's listpack is, and cheap while n stays under
//! `zset-max-listpack-entries`.
//!
//! As in Redis, a score stored here loses the sign of a zero (Redis writes listpack
//! scores as text, and `-0` becomes `0`).

use std::cmp::Ordering;

use super::cmp_entry;

/// A sorted set in one buffer.
#[derive(Clone, Debug, Default)]
pub struct Listpack {
    buf: Vec<u8>,
    len: u32,
}

/// One decoded entry: its byte span in the buffer, member and score.
#[derive(Copy, Clone, Debug)]
pub struct Entry<'a> {
    /// Offset of the entry's first byte.
    pub start: usize,
    /// Offset just past the entry.
    pub end: usize,
    /// The member.
    pub member: &'a [u8],
    /// The score.
    pub score: f64,
}

/// Decodes the entry at `pos`, or `None` at the end (or on a malformed buffer, which
/// only a bug could produce).
fn decode(buf: &[u8], pos: usize) -> Option<Entry<'_>> {
    let mut len = 0usize;
    let mut shift = 0u32;
    let mut p = pos;
    loop {
        let b = *buf.get(p)?;
        p += 1;
        len |= usize::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    let member = buf.get(p..p.checked_add(len)?)?;
    p += len;
    let raw: [u8; 8] = buf.get(p..p + 8)?.try_into().ok()?;
    Some(Entry {
        start: pos,
        end: p + 8,
        member,
        score: f64::from_le_bytes(raw),
    })
}

/// The LEB128 length prefix of an entry: its bytes and how many are used.
fn len_prefix(mut n: usize) -> ([u8; 10], usize) {
    let mut out = [0u8; 10];
    let mut i = 0;
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 || i == out.len() - 1 {
            out[i] = b;
            return (out, i + 1);
        }
        out[i] = b | 0x80;
        i += 1;
    }
}

/// The stored form of a score: Redis stores listpack scores as text, where -0 reads
/// back as 0.
fn stored_score(score: f64) -> [u8; 8] {
    let score = if score == 0.0 { 0.0 } else { score };
    score.to_le_bytes()
}

/// Iterator over a listpack's entries, in order.
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        let e = decode(self.buf, self.pos)?;
        self.pos = e.end;
        Some(e)
    }
}

impl Listpack {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes allocated for the buffer.
    pub fn allocated_bytes(&self) -> usize {
        self.buf.capacity()
    }

    /// The entries in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            buf: &self.buf,
            pos: 0,
        }
    }

    /// The entries from byte offset `pos` on.
    pub fn iter_from(&self, pos: usize) -> Iter<'_> {
        Iter {
            buf: &self.buf,
            pos,
        }
    }

    /// The entry holding `member` and its rank.
    pub fn find(&self, member: &[u8]) -> Option<(usize, Entry<'_>)> {
        self.iter().enumerate().find(|(_, e)| e.member == member)
    }

    /// The entry of rank `rank`.
    pub fn get(&self, rank: usize) -> Option<Entry<'_>> {
        self.iter().nth(rank)
    }

    /// Byte offset of the entry of rank `rank` (the buffer's end past the last).
    pub fn offset_of_rank(&self, rank: usize) -> usize {
        self.iter()
            .nth(rank)
            .map_or(self.buf.len(), |e: Entry<'_>| e.start)
    }

    /// Inserts `member` (which must be absent) at its place.
    pub fn insert(&mut self, member: &[u8], score: f64) {
        let at = self
            .iter()
            .find(|e| cmp_entry(e.score, e.member, score, member) == Ordering::Greater)
            .map_or(self.buf.len(), |e| e.start);
        let (prefix, n) = len_prefix(member.len());
        let score = stored_score(score);
        // Grow by exactly what is needed: small sets are many, keep them tight.
        self.buf.reserve_exact(n + member.len() + 8);
        let bytes = prefix[..n].iter().chain(member).chain(&score).copied();
        self.buf.splice(at..at, bytes);
        self.len += 1;
    }

    /// Appends an entry known to sort after every present one (bulk building).
    pub fn push_sorted(&mut self, member: &[u8], score: f64) {
        let (prefix, n) = len_prefix(member.len());
        self.buf.extend_from_slice(&prefix[..n]);
        self.buf.extend_from_slice(member);
        self.buf.extend_from_slice(&stored_score(score));
        self.len += 1;
    }

    /// Releases spare capacity (after bulk building).
    pub fn shrink_to_fit(&mut self) {
        self.buf.shrink_to_fit();
    }

    /// Removes the entries of ranks `lo..hi`.
    pub fn remove_ranks(&mut self, lo: usize, hi: usize) {
        let hi = hi.min(self.len());
        if lo >= hi {
            return;
        }
        let start = self.offset_of_rank(lo);
        let end = self
            .iter_from(start)
            .nth(hi - lo - 1)
            .map_or(self.buf.len(), |e| e.end);
        self.buf.drain(start..end);
        self.len -= (hi - lo) as u32;
        if self.buf.capacity() > 2 * self.buf.len() + 64 {
            self.buf.shrink_to_fit();
        }
    }

    /// Removes the entry spanning `start..end` (from [`Listpack::find`]).
    pub fn remove_span(&mut self, start: usize, end: usize) {
        if start < end && end <= self.buf.len() {
            self.buf.drain(start..end);
            self.len -= 1;
        }
    }

    /// The number of leading entries for which `pred` holds, scanning from the start
    /// and stopping at the first that fails (what Redis's listpack walks do).
    pub fn count_while(&self, from: usize, mut pred: impl FnMut(&[u8], f64) -> bool) -> usize {
        let start = self.offset_of_rank(from);
        from + self
            .iter_from(start)
            .take_while(|e| pred(e.member, e.score))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_round_trips() {
        let mut lp = Listpack::default();
        lp.insert(b"b", 2.0);
        lp.insert(b"a", 2.0);
        lp.insert(b"z", -1.0);
        let long = vec![b'x'; 300];
        lp.insert(&long, 5.0);
        lp.insert(b"zero", -0.0);
        let got: Vec<(Vec<u8>, f64)> = lp.iter().map(|e| (e.member.to_vec(), e.score)).collect();
        assert_eq!(got.len(), 5);
        assert_eq!(got[0], (b"z".to_vec(), -1.0));
        assert_eq!(got[1].0, b"zero");
        assert!(got[1].1.is_sign_positive(), "-0 is stored as 0");
        assert_eq!(got[2], (b"a".to_vec(), 2.0));
        assert_eq!(got[3], (b"b".to_vec(), 2.0));
        assert_eq!(got[4], (long.clone(), 5.0));
        let (rank, e) = lp.find(b"b").unwrap();
        assert_eq!(rank, 3);
        lp.remove_span(e.start, e.end);
        assert_eq!(lp.len(), 4);
        lp.remove_ranks(0, 2);
        let got: Vec<&[u8]> = lp.iter().map(|e| e.member).collect();
        assert_eq!(got, vec![&b"a"[..], &long[..]]);
    }
}
