//! The hash value type, with Redis 7.0's two encodings:
//!
//! - `listpack` ([`Listpack`]): every pair in one buffer, in insertion order, while the
//!   hash has at most `hash-max-listpack-entries` pairs and no field or value is longer
//!   than `hash-max-listpack-value` bytes;
//! - `hashtable` ([`KeyedTable`] of [`Pair`]): past either limit. As in Redis, a hash
//!   never converts back, even when it shrinks.
//!
//! Replies list a listpack hash in insertion order, as Redis does; a hashtable hash in
//! table order (clients must not rely on it, and tests sort it).

pub mod listpack;

use smallvec::SmallVec;

use crate::keyspace::KeyHasher;
use crate::types::table::{Either, Keyed, KeyedTable};
pub use listpack::Listpack;

/// Redis's `LISTPACK_MAX_SAFETY_SIZE`: a listpack never grows past 1 GiB; a write that
/// would take it there converts the hash first.
const LISTPACK_MAX_SAFETY_SIZE: usize = 1 << 30;

/// Bytes of a pair stored inline in the table slot; longer pairs go to the heap.
const PAIR_INLINE: usize = 32;

/// One field and its value in a hashtable-encoded hash, in one buffer:
/// `len(field)` (LEB128), the field, then the value. A pair of up to
/// [`PAIR_INLINE`] bytes in all needs no allocation of its own.
#[derive(Clone, Debug)]
pub struct Pair {
    buf: SmallVec<[u8; PAIR_INLINE]>,
}

impl Pair {
    /// A pair holding `field` and `value`.
    pub fn new(field: &[u8], value: &[u8]) -> Self {
        let mut buf = SmallVec::new();
        let mut len = field.len();
        let prefix = usize::BITS - len.leading_zeros();
        buf.reserve((prefix as usize).div_ceil(7).max(1) + field.len() + value.len());
        while len >= 0x80 {
            buf.push((len as u8 & 0x7f) | 0x80);
            len >>= 7;
        }
        buf.push(len as u8);
        buf.extend_from_slice(field);
        buf.extend_from_slice(value);
        Pair { buf }
    }

    /// Where the field starts and ends.
    fn field_range(&self) -> (usize, usize) {
        let mut len = 0usize;
        let mut shift = 0u32;
        let mut p = 0;
        while let Some(&b) = self.buf.get(p) {
            p += 1;
            len |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        (p, (p + len).min(self.buf.len()))
    }

    /// The field.
    pub fn field(&self) -> &[u8] {
        let (s, e) = self.field_range();
        &self.buf[s..e]
    }

    /// The value.
    pub fn value(&self) -> &[u8] {
        let (_, e) = self.field_range();
        &self.buf[e..]
    }

    /// Replaces the value.
    pub fn set_value(&mut self, value: &[u8]) {
        let (_, e) = self.field_range();
        self.buf.truncate(e);
        self.buf.extend_from_slice(value);
    }
}

impl Keyed for Pair {
    fn key(&self) -> &[u8] {
        self.field()
    }
}

/// A field and its value, borrowed from a hash.
pub type PairRef<'a> = (&'a [u8], &'a [u8]);

/// The thresholds and hasher a write needs (from the node's config).
#[derive(Copy, Clone, Debug)]
pub struct HashLimits {
    /// `hash-max-listpack-entries`.
    pub max_listpack_entries: usize,
    /// `hash-max-listpack-value`.
    pub max_listpack_value: usize,
    /// The keyed hash for a hashtable encoding.
    pub hasher: KeyHasher,
}

/// A hash value.
#[derive(Clone, Debug)]
pub enum HashValue {
    /// Small: pairs in insertion order in one buffer.
    Listpack(Listpack),
    /// Big: a hash table of pairs.
    Table(Box<KeyedTable<Pair>>),
}

impl Default for HashValue {
    fn default() -> Self {
        HashValue::Listpack(Listpack::new())
    }
}

impl HashValue {
    /// An empty hash (listpack-encoded, as Redis creates them).
    pub fn new() -> Self {
        Self::default()
    }

    /// The name OBJECT ENCODING replies with.
    pub fn encoding(&self) -> &'static str {
        match self {
            HashValue::Listpack(_) => "listpack",
            HashValue::Table(_) => "hashtable",
        }
    }

    /// Number of fields.
    pub fn len(&self) -> usize {
        match self {
            HashValue::Listpack(lp) => lp.len(),
            HashValue::Table(t) => t.len(),
        }
    }

    /// Whether the hash has no fields (never true of a stored hash).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value of `field`.
    pub fn get(&self, field: &[u8]) -> Option<&[u8]> {
        match self {
            HashValue::Listpack(lp) => lp.get(field),
            HashValue::Table(t) => t.get(field).map(Pair::value),
        }
    }

    /// Whether `field` exists.
    pub fn contains(&self, field: &[u8]) -> bool {
        self.get(field).is_some()
    }

    /// Every pair: insertion order for a listpack, table order for a hashtable.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &[u8])> + '_ {
        match self {
            HashValue::Listpack(lp) => Either::Left(lp.iter()),
            HashValue::Table(t) => Either::Right(t.iter().map(|p| (p.field(), p.value()))),
        }
    }

    /// Redis's `hashTypeTryConversion`: before a write of the strings `args`, converts
    /// a listpack to a hashtable if any is longer than `hash-max-listpack-value`, or if
    /// they would take the listpack past its safety size.
    pub fn convert_for_args(&mut self, args: &[&[u8]], limits: &HashLimits) {
        let HashValue::Listpack(lp) = self else {
            return;
        };
        let mut sum = 0usize;
        for a in args {
            if a.len() > limits.max_listpack_value {
                self.convert(limits.hasher);
                return;
            }
            sum = sum.saturating_add(a.len());
        }
        if lp.byte_len().saturating_add(sum) > LISTPACK_MAX_SAFETY_SIZE {
            self.convert(limits.hasher);
        }
    }

    /// Redis's `hashTypeSet`: sets `field` to `value` (converting first if either is
    /// too long for a listpack, and after if the listpack has too many entries).
    /// Returns whether the field is new.
    pub fn set(&mut self, field: &[u8], value: &[u8], limits: &HashLimits) -> bool {
        if let HashValue::Listpack(_) = self
            && (field.len() > limits.max_listpack_value || value.len() > limits.max_listpack_value)
        {
            self.convert(limits.hasher);
        }
        match self {
            HashValue::Listpack(lp) => {
                let new = lp.set(field, value);
                if new && lp.len() > limits.max_listpack_entries {
                    self.convert(limits.hasher);
                }
                new
            }
            HashValue::Table(t) => {
                t.upsert(field, || Pair::new(field, value), |p| p.set_value(value))
            }
        }
    }

    /// Removes `field`; returns whether it existed.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        match self {
            HashValue::Listpack(lp) => lp.remove(field),
            HashValue::Table(t) => t.remove(field).is_some(),
        }
    }

    /// Converts to the hashtable encoding (a no-op if already there).
    pub fn convert(&mut self, hasher: KeyHasher) {
        if let HashValue::Listpack(lp) = self {
            let mut t = KeyedTable::new(hasher);
            for (f, v) in lp.iter() {
                t.insert_new(Pair::new(f, v));
            }
            *self = HashValue::Table(Box::new(t));
        }
    }

    /// [`random_pair`](Self::random_pair), with an id that tells entries apart (a
    /// position or an address, never client data): for sampling without repeats.
    pub fn random_pair_with_id(
        &self,
        mut random: impl FnMut(u64) -> u64,
    ) -> Option<(usize, PairRef<'_>)> {
        match self {
            HashValue::Listpack(lp) => {
                if lp.is_empty() {
                    return None;
                }
                let i = random(lp.len() as u64) as usize;
                lp.iter().nth(i).map(|p| (i, p))
            }
            HashValue::Table(t) => t
                .random(random)
                .map(|p| (p as *const Pair as usize, (p.field(), p.value()))),
        }
    }

    /// A uniformly chosen pair (`None` when empty). `random(n)` gives a uniform value
    /// in `0..n`.
    pub fn random_pair(&self, mut random: impl FnMut(u64) -> u64) -> Option<(&[u8], &[u8])> {
        match self {
            HashValue::Listpack(lp) => {
                if lp.is_empty() {
                    return None;
                }
                let i = random(lp.len() as u64) as usize;
                lp.iter().nth(i)
            }
            HashValue::Table(t) => t.random(random).map(|p| (p.field(), p.value())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(entries: usize, value: usize) -> HashLimits {
        HashLimits {
            max_listpack_entries: entries,
            max_listpack_value: value,
            hasher: KeyHasher::new(1, 2),
        }
    }

    #[test]
    fn pair_layout() {
        let long = [b'f'; 200];
        for (f, v) in [
            (&b""[..], &b""[..]),
            (b"field:1", b"value:1"),
            (&long[..], b"v"),
            (b"f", &long[..]),
        ] {
            let mut p = Pair::new(f, v);
            assert_eq!((p.field(), p.value()), (f, v));
            p.set_value(b"new");
            assert_eq!((p.field(), p.value()), (f, &b"new"[..]));
        }
    }

    #[test]
    fn converts_past_the_limits_and_never_back() {
        let l = limits(2, 4);
        let mut h = HashValue::new();
        assert!(h.set(b"a", b"1", &l));
        assert!(h.set(b"b", b"2", &l));
        assert_eq!(h.encoding(), "listpack");
        assert!(h.set(b"c", b"3", &l));
        assert_eq!(h.encoding(), "hashtable");
        assert!(h.remove(b"c"));
        assert!(h.remove(b"b"));
        assert_eq!(h.encoding(), "hashtable");
        assert_eq!(h.get(b"a"), Some(&b"1"[..]));

        let mut h = HashValue::new();
        h.set(b"a", b"1", &l);
        assert!(!h.set(b"a", b"12345", &l));
        assert_eq!(h.encoding(), "hashtable");
        assert_eq!(h.get(b"a"), Some(&b"12345"[..]));

        let mut h = HashValue::new();
        h.set(b"a", b"1", &l);
        h.convert_for_args(&[b"a", b"1234"], &l);
        assert_eq!(h.encoding(), "listpack");
        h.convert_for_args(&[b"a", b"12345"], &l);
        assert_eq!(h.encoding(), "hashtable");
    }

    #[test]
    fn value_type_stays_small() {
        // Every key's slot holds a `Value`; a hash must not make it bigger.
        assert!(std::mem::size_of::<HashValue>() <= 32);
        assert_eq!(std::mem::size_of::<Pair>(), 40);
    }
}
